"""Genre signals of session 23 (reader Audit 37, docs/audit.md 38.2): first person and argument read from more than
surface cues.

- **A reporter's dispatch** whose "we" is the reporter with a source ("As we chat, a plane flies over") is still a
  dispatch: dispatch.is_dispatch takes any "we" that is not a crew's for a columnist's and says no. When the writer's
  "I" goes, asks and sees in MIN_WITNESS_I sentences, and never opines, the piece is told by a witness
  (:func:`reports_firsthand`); its "I"s take no stance (Audit 37 #1, a Cite Soleil dispatch read as an opinion piece).
  The writer asked by a source ("a mother asks me if I can help") is a witness too (:func:`witnessed`).
- **An opinion post bookended by the writer's verdict**: it opens on a judgement ("It's bad enough how much they crop
  it") and closes on one ("the network is butchering a classic"), with a home test between told in the first person
  (:func:`bookended`; Audit 37 #12, read as a feature). A news report opens on its news and rarely closes in the
  writer's own judgement.
- **An analysis that closes on what a settlement needs**: the writer's own calls ("Any solution must deal with the
  fears of the minorities", "The opposition has to unify") in the second half, the article's close among them
  (:func:`closes_on_calls`; Audit 37 #2, a bureau editor's analysis read as a feature because he "visited" and
  "diplomats told me"). A report leaves its calls to its sources.
- **A headline verdict restated**: under a "Topic: verdict" headline ("Gulf oil spill: An industry at war with
  itself") the writer says it again in the body, "This is an industry at war with itself." A report does not restate
  its headline as a "This is ..." sentence of its own (:func:`restates_headline`; Audit 37 #5, read as news).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyze.advice import prescribes
from newsbrief.analyze.dispatch import is_dispatch, scenery, witnesses
from newsbrief.analyze.genre_assess import delivers_verdict
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll)\b")
# The writer's view in the first person: an "I" that thinks or hopes is a columnist's, not a witness's.
_OPINES = re.compile(r"\bI (?:think|believe|feel|suspect|fear|doubt|hope|wish|would say|"
                     r"am (?:sure|convinced|afraid))\b|\bI'm (?:sure|convinced|afraid)\b|\bin my (?:view|opinion)\b")
# A source asking or begging the writer ("a mother asks me if I can help", "he begged us to tell the world").
_ASKED = re.compile(r"\b(?:asks?|asked|begs?|begged|pleads?|pleaded|urges?|urged)\s+(?:me|us)\b")
# Three of the writer's witness sentences: one or two "I asked" are as common in a column's aside. Set on Audit 37 #1
# (five witness sentences of seven "I"s) against the first 60 Newsroom and XSum rows.
MIN_WITNESS_I = 3
WITNESS_SHARE = 0.5  # the share of the writer's "I" sentences that must be a witness's


def witnessed(doc: Document, sentence: Sentence) -> bool:
    """True when the writer's "I" in the sentence is a witness's: going, seeing, meeting or being shown or told
    (dispatch.witnesses), placing a scene (dispatch.scenery), or being asked by a source (see _ASKED)."""
    return witnesses(doc, sentence) or scenery(doc, sentence) or bool(_ASKED.search(sentence.text))


def reports_firsthand(doc: Document, own: list[Sentence]) -> bool:
    """True when the writer's own "I" sentences (``own``) tell a witness's steps: at least MIN_WITNESS_I of them, the
    first in the article's first half, WITNESS_SHARE of all, and none opines (see the module docstring)."""
    mine = [s for s in own if _I.search(s.text)]
    if len(mine) < MIN_WITNESS_I or any(_OPINES.search(s.text) for s in mine):
        return False
    seen = [s for s in mine if witnesses(doc, s)]
    return len(seen) >= MIN_WITNESS_I and len(seen) >= WITNESS_SHARE * len(mine) \
        and seen[0].index < len(doc.sentences) / 2


def told_firsthand(doc: Document, ctx: Context, own: list[Sentence]) -> bool:
    """True when the piece is a witness's: a dispatch (dispatch.is_dispatch) or reported first-hand (see
    :func:`reports_firsthand`)."""
    return is_dispatch(doc, ctx) or reports_firsthand(doc, own)


# Loaded words of harm and grievance a report leaves to its sources: "butchering a classic", "It's bad enough".
# Present and progressive forms only: "were butchered" reports killings.
_LOADED = re.compile(r"\b(?:butcher(?:s|ing)|mangl(?:es|ing)|bad enough|a travesty|an insult to|shudders? to "
                     r"(?:think|imagine))\b", re.I)
_QUOTE = re.compile(r"[\"“”]")


def loaded(text: str) -> bool:
    """True when the text judges in loaded words (see _LOADED)."""
    return bool(_LOADED.search(text))


def bookended(doc: Document, own: list[Sentence], stance: Callable[[str], bool]) -> bool:
    """True when the article's first and last sentences are both the writer's own (in ``own``), without quotation
    marks, and both take a stance (``stance``: genre._stance, loaded words, or a verdict on a decision or camp such as
    "fears may be realized", "has proven to be a bad deal": genre_assess.VERDICTS, session 24): an argued post."""
    if len(doc.sentences) < 4 or len(own) < 4:
        return False
    ends = (doc.sentences[0], doc.sentences[-1])
    mine = {s.index for s in own}
    judged = [stance(s.text) or loaded(s.text) or delivers_verdict(s.text) for s in ends]
    return all(judged) and all(s.index in mine and not _QUOTE.search(s.text) for s in ends)


# Three calls of the writer's own in the second half: one "must" is as often a report's aside. Set on Audit 37 #2 (four,
# the last two closing it) against the first 60 Newsroom and XSum rows and Audit 37's other eleven inputs (none has
# more than two prescribing sentences of the writer's, and those are a source's recommendations).
MIN_CLOSING_CALLS = 3
CLOSE_SENTENCES = 2  # one of the article's last two sentences is a call


def closes_on_calls(doc: Document, own: list[Sentence]) -> bool:
    """True when at least MIN_CLOSING_CALLS of the writer's own sentences in the article's second half prescribe
    (advice.prescribes), one of them among its last CLOSE_SENTENCES sentences."""
    half = len(doc.sentences) // 2
    calls = [s.index for s in own if s.index >= half and not _QUOTE.search(s.text) and prescribes(doc, s)]
    return len(calls) >= MIN_CLOSING_CALLS and calls[-1] >= len(doc.sentences) - CLOSE_SENTENCES


def argued_shape(doc: Document, own: list[Sentence], stance: Callable[[str], bool]) -> bool:
    """True when the piece is bookended by the writer's verdicts (:func:`bookended`) or closes on the writer's calls
    (:func:`closes_on_calls`)."""
    return bookended(doc, own, stance) or closes_on_calls(doc, own)


_STOP = frozenset("a an the of in on at to for and or but with by from as is are was were be its it this that "
                  "his her their our your my".split())
_WORD = re.compile(r"[a-z]+")
# The writer's restatement: a demonstrative or "it" subject and a copula ("This is an industry at war with itself").
_RESTATES = re.compile(r"^(?:(?:And|But|So),? )?(?:This|That|It|Here) (?:is|was|remains|has become)\b")
MIN_VERDICT_WORDS = 3  # "An industry at war with itself": industry, war, itself -> 3 content words at least
RESTATE_SHARE = 0.66  # the headline verdict's content words the body's sentence repeats


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def restates_headline(doc: Document, ctx: Context, title: str) -> bool:
    """True when the headline is "Topic: verdict" and a writer's "This is ..." sentence in the body's second half
    repeats RESTATE_SHARE of the verdict's content words (see the module docstring)."""
    if ":" not in title or not doc.sentences:
        return False
    verdict = _content(title.split(":", 1)[1])
    if len(verdict) < MIN_VERDICT_WORDS:
        return False
    half = len(doc.sentences) // 2
    return any(_RESTATES.match(s.text) and not _QUOTE.search(s.text) and ctx.voice_of(s.index).voice == "reporter"
               and len(verdict & _content(s.text)) >= RESTATE_SHARE * len(verdict) for s in doc.sentences[half:])
