"""Names that the words right before them type: a firm after a firm noun, a boat or a river after a craft noun.

The NER model types a two-word firm as a person ("Martin Keane, analyst at stockbroker Dunmore Fitch"; the
reader Audit 45 #4, docs/audit.md section 46: a stockbroking firm listed as a person and given its analyst's words),
and a boat or a river as an organisation ("the oyster boat NAME", "on board the NAME", "the river NAME"; Audit 45 #2).
The word just before a mention (past "the"/"a") says what the name is, whatever the model said:

- a firm noun ("stockbroker", "bank", "firm", "agency", "consultancy") or a job title's "of"/"at" ("chief economist
  of NAME", "analyst at NAME") makes it an organisation: ``firm_named``;
- a vessel or waterway noun ("boat", "ship", "vessel", "river", "lake") or "on board"/"aboard" makes it a thing or a
  place, neither a person nor a body a reader lists: ``craft_named``; the caller drops it unless it speaks.

One cued mention is enough: the cue is read on the name's own words, and a firm or a boat is seldom written with
a person's cue elsewhere. A name with a personal title ("Mr", "Dr") in front of any mention is left alone.
"""

from __future__ import annotations

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Entity

__all__ = ["craft_named", "firm_named"]

_FIRM_NOUNS = frozenset("""
stockbroker stockbrokers broker brokers brokerage bank firm agency consultancy consultants consultant lender insurer
fund manufacturer retailer carmaker
""".split())
# Job titles whose "of"/"at" names the employer ("oil analyst at NAME", "chief economist of NAME").
_JOB_WORDS = frozenset("""
analyst analysts economist strategist director executive partner manager spokesman spokeswoman spokesperson
chairman chairwoman founder trader dealer researcher adviser advisor officer banker
""".split())
_CRAFT_NOUNS = frozenset("""
boat boats ship vessel yacht trawler tanker ferry liner freighter barge tug steamer schooner river lake canal
creek bayou estuary
""".split())
_SKIPPED = frozenset(("the", "a", "an"))
_PERSONAL_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir".split())


def _words_before(doc: Document, mention: Entity, count: int) -> list[str]:
    """Up to ``count`` lower-cased words before ``mention``, nearest last, an article just before it skipped."""
    start = mention.token_start
    if start > 0 and doc.tokens[start - 1].text.lower() in _SKIPPED:
        start -= 1
    return [t.text.lower() for t in doc.tokens[max(0, start - count) : start]]


def _titled(doc: Document, actor: Actor) -> bool:
    return any(m.token_start > 0 and doc.tokens[m.token_start - 1].text.lower() in _PERSONAL_TITLES
               for m in actor.mentions)


def _firm_cue(words: list[str]) -> bool:
    if words and words[-1] in _FIRM_NOUNS:
        return True  # "at stockbroker NAME", "the bank NAME"
    return len(words) >= 2 and words[-1] in ("of", "at") and words[-2] in _JOB_WORDS  # "economist of NAME"


def firm_named(doc: Document, actor: Actor) -> bool:
    """Whether a mention of ``actor`` follows a firm noun or a job title's "of"/"at" (module docstring)."""
    return not _titled(doc, actor) and any(_firm_cue(_words_before(doc, m, 2)) for m in actor.mentions)


def _craft_cue(words: list[str]) -> bool:
    if words and (words[-1] in _CRAFT_NOUNS or words[-1] == "aboard"):
        return True  # "the oyster boat NAME", "the river NAME", "aboard NAME"
    return words[-2:] == ["on", "board"]  # "on board the NAME"


def craft_named(doc: Document, actor: Actor) -> bool:
    """Whether a mention of ``actor`` follows a vessel or waterway noun or "on board" (module docstring)."""
    return not _titled(doc, actor) and any(_craft_cue(_words_before(doc, m, 2)) for m in actor.mentions)
