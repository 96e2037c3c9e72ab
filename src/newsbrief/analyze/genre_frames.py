"""Argument and analysis the writer frames: a count of outcomes, a fund's "we", sources set against each other.

Reader Audit 28 (docs/audit.md 29.2 and 29.3) found three argument or analysis pieces read as news reports and two
reports read as opinion; the genre line (:mod:`newsbrief.analyze.genre`) adds these readings:

- **A scenarios frame.** "What lies ahead? Analysts see three possible outcomes: a stalemate, a settlement or the
  regime's fall." announces the piece's structure with a count, and the piece comes back to it ("The first
  scenario ...") or closes on a consensus ("Most analysts agree ..."). The writer lays out views: analysis, and
  the frame sentence is the piece's main point. A news report that says "the council has three options" once
  and never returns to them stays news (both the count and a return or consensus are needed).
- **A group's view is not the writer's.** "Most analysts agree that the president must go" is the analysts'
  "must": :func:`without_group_views` cuts such a clause before the writer's stance is counted, as a quotation's
  words are cut.
- **A fund's "we".** A signed comment piece by the head of research of a fund speaks as "we" of it ("At our fund
  we have questioned its safety record; we sold our holding in 2006"). A reporter never says "our fund" in
  the text's own voice (a fund manager's "we" in a report is inside quotation marks): the writer speaks for the
  organisation they lead, an opinion piece. The bio line that names the writer is often cut as page furniture
  before the genre stage reads the text, so the "we" is the signal read here.
- **Sources set against each other.** A question headline ("Will the spill sink the company?") over a body in
  which named analysts answer it both ways ("Youngson believes ...", "Maxwell disagrees") and the writer's own
  sentences judge nothing is a reported analysis, not the writer's argument the question mark suggested.
- **A concession and claim.** A feature's or analysis's opening "X may not have ..., but ..." grants one
  reading and argues another: the piece's thesis, its main point (:func:`concessive_thesis`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_voice import unquoted, writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_COUNT = r"(?:two|three|four|five|several)"
_FRAME_NOUNS = r"(?:outcomes?|scenarios?|options?|paths?|possibilit(?:y|ies)|futures?|ways? forward)"
# "three possible outcomes", "two broad scenarios", "four options": the count names the piece's structure.
COUNT_FRAME = re.compile(rf"\b{_COUNT} (?:[a-z-]+ ){{0,2}}?{_FRAME_NOUNS}\b", re.I)
# The piece coming back to its frame ("The first scenario", "the second option") ...
_ORDINAL_FRAME = re.compile(rf"\b(?:first|second|third|fourth|last|final|other) {_FRAME_NOUNS}\b", re.I)
_GROUPS = (r"(?:analysts|experts|observers|economists|diplomats|critics|officials|investors|commentators|"
           r"historians|scholars|strategists|insiders|observers)")
# ... or closing on what a group agrees ("Most analysts agree that ...").
CONSENSUS = re.compile(rf"\b(?:most|many|nearly all|almost all) (?:[a-z-]+ )?{_GROUPS} (?:agree|believe|think|expect|"
                       rf"say|concur)\b", re.I)
# A group's view that runs to the end of the sentence: its modal or verdict is the group's, not the writer's.
_GROUP_VIEW = re.compile(rf"\b(?:most|many|some|few|other|several|nearly all|almost all) (?:[a-z-]+ )?{_GROUPS} "
                         rf"(?:agree|believe|think|say|argue|expect|fear|suspect|warn|concur)s?\b.*", re.I)
# What outlets say is theirs too: a media analysis reports that "state outlets called the demonstrations a disgrace"
# or "the party's newspaper wrote that the protesters must be punished" and argues no view of its own (Audit 29's
# BBC media analysis read as opinion).
_MEDIA_VIEW = re.compile(r"\b(?:TV|television|newspapers?|papers?|outlets?|media|channels?|press|broadcasters?|"
                         r"tabloids?|commentators?|pundits?|presenters?|anchors?)(?: [\w'-]+){0,3}? (?:call(?:s|ed)|"
                         r"describ(?:es|ed)|brand(?:s|ed)|label(?:s|led)|dub(?:s|bed)|term(?:s|ed)|wr(?:ote|ites)|"
                         r"suggest(?:s|ed)|says?|said|claim(?:s|ed)|portray(?:s|ed)|accus(?:es|ed))\b.*")
# The organisation the writer speaks for ("our fund", "at our firm"); newsroom nouns ("our correspondent") are the
# outlet's, not the writer's.
_ORG_OURS = re.compile(r"\bour (?:funds?|firm|company|organi[sz]ation|charity|bank|clients|members|portfolio|"
                       r"holdings?|shareholders|union|association|foundation|institute|think tank|campaign|"
                       r"investors|research team|analysts)\b", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
ORG_WE_SENTENCES = 2  # the fund's "we" in two sentences at least: one "our clients" may be a quoted aside
MIN_SPLIT_SPEAKERS = 2
# A history feature's thesis (the lead's Newsroom row 40, points17c's report): the writer grants one reading and
# claims another in one sentence, "X may not have ..., but ...". A scene opening ("Unsure what might greet them,
# the slaves were confident ...") grants nothing. Looked for in the first three sentences, where a series tagline
# or a one-line hook may stand before it.
_CONCESSIVE = re.compile(r"\b(?:may|might)(?: well)? (?:not )?(?:have|be)\b[^.;:?!]{3,150}?,\s*but\b", re.I)
CONCESSIVE_REACH = 3  # a question answered both ways needs two named voices


def without_group_views(text: str) -> str:
    """``text`` without a group's view clause ("most analysts agree that X must go") or an outlet's ("state TV
    called it a farce"), whose stance is theirs."""
    return _MEDIA_VIEW.sub(" ", _GROUP_VIEW.sub(" ", text))


def frames_outcomes(doc: Document, own: list[Sentence]) -> Sentence | None:
    """The writer's own sentence that frames the piece with a count of outcomes, when the piece comes back to the
    frame or closes on a consensus (see the module docstring), else None."""
    frame = next((s for s in own if COUNT_FRAME.search(unquoted(s.text))), None)
    if frame is None:
        return None
    later = doc.sentences[frame.index + 1:]
    return frame if any(_ORDINAL_FRAME.search(s.text) or CONSENSUS.search(s.text) for s in later) else None


def concessive_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's concession-and-claim among the first CONCESSIVE_REACH sentences ("The administration may not
    have gone to war to end slavery, but no one told the slaves."), a feature's or analysis's thesis, else None."""
    for sentence in doc.sentences[:CONCESSIVE_REACH]:
        if ctx.voice_of(sentence.index).voice == "reporter" and sentence.text.lstrip()[:1] not in "\"“‘'" \
                and _CONCESSIVE.search(unquoted(sentence.text)):
            return sentence
    return None


def speaks_for_organisation(doc: Document, ctx: Context) -> bool:
    """True when the writer's own sentences speak as "we" of an organisation ("At our fund we ...")."""
    own = [unquoted(s.text) for s in writer_sentences(doc, ctx)]
    return any(_ORG_OURS.search(text) for text in own) and sum(1 for text in own if _WE.search(text)) \
        >= ORG_WE_SENTENCES


def sources_split(doc: Document, ctx: Context, stance: Callable[[str], bool]) -> bool:
    """True when two named voices or more answer and the writer's own sentences judge nothing (``stance`` says
    whether a text judges)."""
    speakers = {v.speaker for s in doc.sentences if (v := ctx.voice_of(s.index)).voice == "person" and v.speaker}
    own = writer_sentences(doc, ctx)
    return len(speakers) >= MIN_SPLIT_SPEAKERS and not any(stance(unquoted(s.text)) for s in own)


__all__ = ["CONSENSUS", "COUNT_FRAME", "concessive_thesis", "frames_outcomes", "sources_split",
           "speaks_for_organisation",
           "without_group_views"]
