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
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

_VERDICT = re.compile(
    r"^(?:But |So |Yet )?(?:the (?:most likely|likeliest|most probable) (?:scenario|outcome|result|course|end|"
    r"prospect)s?\b|in the end,[^.]{0,80}?\b(?:(?:is|are) (?:likely|unlikely|expected|set) to|will|would|"
    r"probably)\b)", re.I)
_QUOTE_MARKS = "\"“'‘"
MAX_VERDICT_WORDS = 60  # a verdict is one sentence, not a run-on paragraph glued by the splitter


def likely_verdict(doc: Document) -> Sentence | None:
    """The first sentence, past the opening paragraph, in the writer's voice that states the likely outcome."""
    first = doc.sentences[0].paragraph if doc.sentences else 0
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if sentence.paragraph == first or text[:1] in _QUOTE_MARKS or len(text.split()) > MAX_VERDICT_WORDS:
            continue
        if _VERDICT.match(text) and not text.endswith("?"):
            return sentence
    return None


# The mood of a meeting, a market, a room: the lede's colour, not its news.
_MOOD = re.compile(
    r"^(?:the (?:mood|atmosphere|spirits?|tone|feeling)\b[^.]{0,60}?\b(?:was|were|is|are|remained|turned|grew)\b|"
    r"there (?:was|were|is) (?:little|no|not much|much|a (?:sombre|gloomy|subdued|festive|tense)) "
    r"(?:cheer|gloom|celebration|optimism|joy|mood|atmosphere)\b)", re.I)
_FIGURE = re.compile(r"\d")
MAX_MOOD_WORDS = 25


def colour_ledes(doc: Document) -> set[int]:
    """The opening sentence when it tells the mood with no figure and the next sentence brings figures."""
    if len(doc.sentences) < 2:
        return set()
    lede, after = doc.sentences[0], doc.sentences[1]
    text = lede.text.strip()
    if not _MOOD.match(text) or _FIGURE.search(text) or len(text.split()) > MAX_MOOD_WORDS:
        return set()
    return {lede.index} if _FIGURE.search(after.text) else set()
