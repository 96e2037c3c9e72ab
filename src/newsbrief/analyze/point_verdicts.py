"""An analysis's stated verdict and a business report's colour lede (reader Audit 46, docs/audit.md 47.3 and 47.5).

- **A verdict.** An analysis sets out its givens and the reasons on each side, then states what it expects: "The most
  likely scenario is a long stalemate ...", "The likeliest outcome ...", "In the end, the two sides are likely to
  ...". That sentence is the piece's thesis; Audit 46's analysis gave one of its givens and the lede as key points
  and left the likely scenario to the outlook. :func:`likely_verdict` finds it: the writer's own sentence (no
  quotation), past the opening paragraph, that opens on the verdict frame. "In the end" counts only with a forecast
  ("are likely to", "will"), so a narrative "In the end, the jury acquitted him" is no verdict.
- **A colour lede.** A business report that opens on the mood ("The mood at the meeting was subdued", "There was
  little cheer among the traders ...") and tells its figures in the next sentence: the mood is no key point.
  :func:`colour_ledes` marks it only when it carries no figure itself and the next sentence does, so a lede that
  gives a figure with its mood ("Shareholders in a gloomy mood heard ... a loss of £320m") stays.
- **A sensed lede.** A report that opens on what could be heard or seen ("Sirens were heard across the capital as
  people ran for shelter", "Explosions could be heard in the city centre") and tells the event in the next sentence:
  the sound is colour (Audit 48 #1: "sirens blared and ... emergency vehicles could be seen" was a key point a reader
  deleted). Such a lede is marked when its main verb is a sensing verb in the passive or a siren's sound, it names
  no harm done and no figure, and the next sentence is a statement. Further down, such a sentence weighs SENSED_FACTOR.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

_VERDICT = re.compile(
    r"^(?:But |So |Yet )?(?:the (?:most likely|likeliest|most probable) (?:scenario|outcome|result|course|end|"
    r"prospect)s?\b|in the end,[^.]{0,80}?\b(?:(?:is|are) (?:likely|unlikely|expected|set) to|will|would|"
    r"probably)\b)", re.I)
# The writer's weighing of what matters more ("But despite the ill-feeling directed towards Britain's biggest company,
# the more resounding lesson to come from the catastrophe could be for the United States ...": Audit 53 A5's thesis,
# KP4): a comparative or superlative of weight on a lesson, question or story, after an optional concession.
_WEIGHED = re.compile(
    r"^(?:But |So |Yet |And )?(?:(?:despite|for all|whatever)\b[^,.]{0,120},\s*)?the (?:more|most|real|bigger|biggest|"
    r"larger|largest|greater|wider|deeper) (?:\w+ )?(?:lesson|question|story|issue|danger|risk|test|challenge)s?\b"
    r"[^.]{0,100}?\b(?:is|are|was|could be|may be|might be|will be|would be)\b", re.I)
_QUOTE_MARKS = "\"“'‘"
MAX_VERDICT_WORDS = 60  # a verdict is one sentence, not a run-on paragraph glued by the splitter


def likely_verdict(doc: Document) -> Sentence | None:
    """The first sentence, past the opening paragraph, in the writer's voice that states the likely outcome or what
    matters more (_WEIGHED)."""
    first = doc.sentences[0].paragraph if doc.sentences else 0
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if sentence.paragraph == first or text[:1] in _QUOTE_MARKS or len(text.split()) > MAX_VERDICT_WORDS:
            continue
        if (_VERDICT.match(text) or _WEIGHED.match(text)) and not text.endswith("?"):
            return sentence
    return None


# The mood of a meeting, a market, a room: the lede's colour, not its news.
_MOOD = re.compile(
    r"^(?:the (?:mood|atmosphere|spirits?|tone|feeling)\b[^.]{0,60}?\b(?:was|were|is|are|remained|turned|grew)\b|"
    r"there (?:was|were|is) (?:little|no|not much|much|a (?:sombre|gloomy|subdued|festive|tense)) "
    r"(?:cheer|gloom|celebration|optimism|joy|mood|atmosphere)\b)", re.I)
_FIGURE = re.compile(r"\d")
MAX_MOOD_WORDS = 25


# What the writer's witnesses sensed: "were heard", "could be seen", "sirens blared"; harm done is news, not colour.
_SENSED = re.compile(r"\b(?:could|can|were|was|are|is)\s+(?:be\s+|being\s+)?(?:heard|seen|felt|smelled|smelt)\b|"
                     r"\bsirens?\s+(?:blared|wailed|sounded|went off|rang out)\b", re.I)
_HARM = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|destroyed|damaged|collapsed)\b", re.I)
# A figure is news ("The quake was felt all over the island and reached 7.0", a T17 report read in session 32).
# "was seen as a police state" judges; what a recording lets one hear ("In the recording, shots can be heard") is the
# evidence itself (FNC-1's audiotape reports, read in session 32): neither is colour.
_NOT_SCENE = re.compile(r"\b(?:seen|heard) as\b|\b(?:recording|video|audio|footage|tape|clip|photo|picture|image)s?\b",
                        re.I)
SENSED_REACH = 5  # colour stands near the lede: the first sentences (Audit 48 #1: the third)
MIN_STATEMENT_WORDS = 8  # the next sentence tells the event: a statement, not another short line of colour
SENSED_FACTOR = 0.5  # below the report's statements, above its last resorts (the #1 case of the session 32 tests)


def sensed(sentence: Sentence) -> bool:
    """True for the writer's line of what was heard or seen with no harm in it (see _SENSED)."""
    text = sentence.text.strip()
    return text[:1] not in _QUOTE_MARKS and bool(_SENSED.search(text)) and not _HARM.search(text) \
        and not _NOT_SCENE.search(text) and not _FIGURE.search(text)


def colour_ledes(doc: Document) -> set[int]:
    """The opening sentence when it tells the mood with no figure and the next sentence brings figures, or when it
    tells only what was heard or seen and the next sentence states the event (a sensed lede)."""
    if len(doc.sentences) < 2:
        return set()
    lede, after = doc.sentences[0], doc.sentences[1]
    text = lede.text.strip()
    if sensed(lede) and not sensed(after) and len(after.text.split()) >= MIN_STATEMENT_WORDS:
        return {lede.index}
    if not _MOOD.match(text) or _FIGURE.search(text) or len(text.split()) > MAX_MOOD_WORDS:
        return set()
    return {lede.index} if _FIGURE.search(after.text) else set()


def sensed_factors(doc: Document) -> list[float]:
    """Per sentence, SENSED_FACTOR for the writer's line of what was heard or seen (:func:`sensed`) among the first
    SENSED_REACH sentences, else 1."""
    return [SENSED_FACTOR if s.index < SENSED_REACH and sensed(s) else 1.0 for s in doc.sentences]
