"""A key figure that only repeats a key point already shown.

Key figures are composed after key points (their record's priority is higher), and a figure read from a
sentence the key points already show says nothing new: reader Audit 21 (docs/audit.md 22.4 item 10)
counted ten of its twenty useless key figures as bare or cut copies of a key point ("A landslide buried 40
homes in the village (officials said)" under the key point "A landslide buried 40 homes in the village
... officials said."). Such a figure is dropped unless it adds a time, a unit or a rate the key point
lacks: "£4m a day" beside a key point that gives only the total is news.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.lexicon import VERIFIER_STOP_WORDS, words
from newsbrief.models import FigureInfo, Item

# Share of a figure's content words that must stand in one key point for the figure to repeat it. Set by
# hand on tests/analyze/test_figure_audit21.py: a figure cut from the key point's sentence shares all its
# words (1.0); one from another sentence about the same count ("1,200 people moved to a school gym" beside
# "1,200 people fled") shares under half. The same share as a quote inside a key point (compose).
ECHO_SHARE = 0.8
# Share of the key point's content words the figure must show to restate it. Set by hand on the Audit 21
# cases (a figure that is its point's sentence less the attribution covers 0.8 and more) and on the reader
# figures set, whose figures lifted out of a sentence of several numbers cover under half of it.
RESTATED_SHARE = 0.6
# Share of an article's sentences holding a figure at or above which its numbers are its substance and
# Key figures its look-up table: the reader figures set (results, budgets, polls; 5-10 sentences) has
# 0.62-1.00 and wants every number shown, even one its key point states ("Revenue rose to £3.9 billion");
# an ordinary report (reader Audit 23's 800-word aid report, our 17-sentence flood report in
# tests/analyze/test_figures_session15.py) has about 0.2, and there a key point's number shown again is the
# point's sentence again (five of its eight figures).
NUMBERS_SHARE = 0.5


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in VERIFIER_STOP_WORDS]


def figure_words(item: Item) -> list[str]:
    """The content words a reader sees in the figure's bullet: its phrase, or its value and measure."""
    payload = item.payload
    if not isinstance(payload, FigureInfo):
        return _content(item.text)
    measure = payload.measure or ""
    shown = measure if payload.value in measure else f"{item.text} {measure}"
    return _content(shown)


def echoes_point(item: Item, point: str, lifted: bool = True) -> bool:
    """True when the figure's bullet says nothing the key point ``point`` does not: its value and time
    stand in the point, and most of its other words too.

    ``lifted``: a figure lifted out of a longer point (covering little of it) is a look-up, not a repeat;
    False where the article is not made of numbers and any figure inside a point is the point again."""
    payload = item.payload
    if not isinstance(payload, FigureInfo):
        return False
    said = set(words(point))
    value = words(payload.value)
    if not value or not set(value) <= said:
        return False  # the point gives another number, or none
    if payload.when and not set(_content(payload.when)) <= said:
        return False  # the figure dates what the point leaves undated
    mine = figure_words(item)
    if not mine or sum(w in said for w in mine) < ECHO_SHARE * len(mine):
        return False
    # the figure restates the point rather than lifting one number out of it: a factbox's "£214 million —
    # net profit for 2025" from a lead that also gives the year's loss and its passengers is a reader's
    # look-up (tests/data/reader figures set), a bullet that is the point's sentence again is not
    if not lifted:
        return True
    theirs = _content(point)
    return sum(w in set(mine) for w in theirs) >= RESTATED_SHARE * len(theirs)


def made_of_numbers(figures: Sequence[Item], sentences: int) -> bool:
    """True when the sentences the figures cite are at least ``NUMBERS_SHARE`` of the article's: a results
    report whose Key figures are a look-up table, where a key point's number keeps its own line."""
    cited = {item.citations[0].sentence_id for item in figures if item.citations}
    return len(cited) >= NUMBERS_SHARE * max(sentences, 1)


def echoes_points(item: Item, points: Sequence[str], lifted: bool = True) -> bool:
    """True when the figure repeats one of the key points shown (``lifted`` as in :func:`echoes_point`)."""
    return any(echoes_point(item, point, lifted) for point in points)
