"""Labelled cases: a photo caption glued onto an article's text is no main point and no key point ahead of
the lede's own sentences (the CNN/DM dev set's largest losses to Lead-3 were such captions leading the key
points). The articles are written for these tests. First score on the unchanged code: 6/10 checks (is_caption taken as always false).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary, is_caption
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

# One paragraph, as flattened wire copy arrives: the caption sits mid-text with no full stop of its own.
STRIKER = (
    "Marco Delgado has said that keeping Northfield in the top division would mean more to him than any of "
    "the cups he won abroad. Northfield are six points from safety with seven games left and face Easton on "
    "Saturday. Delgado joined the club last summer on a free transfer and has started every league game since. "
    "The coach said the whole squad had been lifted by his attitude in training. "
    "The veteran midfielder poses with the trophy after his team won the 2012 cup final Delgado won eleven "
    "trophies during a long career in Spain and Italy before moving north. "
    "He told local radio that he had never been in a relegation fight before."
)
JET = (
    "Pictures released this week show how a passenger jet has been turned into a private home for a "
    "businessman, complete with bedrooms, a cinema and a dining room. The converted aircraft is believed to "
    "have cost its owner more than 300 million pounds after three years of work. An ordinary airliner of its "
    "size would carry up to 500 passengers. Opulent: The main cabin of the jet, as depicted in an artist's "
    "impression by the design firm, has two sofas and a bar for the owner's guests. The firm would not say who "
    "the owner is."
)


def _points(text: str, title: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title, date="2026-10-20")))
    ctx = build_context(doc)
    items = analyze_summary(doc, ctx)
    return [item.text for item in sorted(items, key=lambda i: i.payload.rank)]  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "title", "lead"), [
    (STRIKER, "Delgado: keeping Northfield up would be like a trophy", "Marco Delgado has said"),
    (JET, "Passenger jet turned into a private home", "Pictures released this week"),
])
def test_caption_does_not_lead(text: str, title: str, lead: str) -> None:
    points = _points(text, title)
    assert lead in points[0], points
    assert not any(("poses with" in p or "artist's impression" in p) for p in points[:3]), points


@pytest.mark.parametrize(("text", "caption"), [
    ("The striker poses with the trophy after the final.", True),
    ("Jay Dasilva (right) has been included in the squad for the tournament.", True),
    ("The lounge, as depicted in an artist's impression, seats twelve.", True),
    ("The minister posed a question to the committee about the budget.", False),
    ("The risk the drought poses for farmers in the south is growing.", False),
    ("A teacher at the school (pictured) was arrested again on Monday.", False),
])
def test_is_caption(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


def test_a_sentence_whose_speaker_the_page_lost_is_no_key_point() -> None:
    from newsbrief.analyze.summary import _SPEAKER_LOST

    assert _SPEAKER_LOST.search("But protesters disputed that account, said.")
    assert not _SPEAKER_LOST.search("Protesters disputed that account, the sheriff said.")
    assert not _SPEAKER_LOST.search("The deal is done, she said.")
