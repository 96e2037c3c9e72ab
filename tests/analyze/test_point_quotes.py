"""The middle of a speaker's quotation is no key point (FNC-1 body 2170's class, session 34; point_quotes).

A gynaecologist's quotation ran over four sentences; its third, "The girls have all moved to new schools.", has no
quotation mark and no speaker of its own, and was key point 3, read as the article's own statement.

The article is written for this test.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_quotes import mid_quotation
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

TRIP = Case("quotation_middle", """\
Split (Croatia) - The story has shocked readers across Europe: five pupils came home pregnant from a school ski \
trip, and none of them was older than 15.

Their families live in a small town in the hills above the coast, says the doctor who made the case public.

Marko Horvat, a gynaecologist and the region's health coordinator, told the Jutarnji daily: "Can you imagine how the \
parents felt when they learned that their daughters were pregnant? In a small town that is a disaster. The girls \
have all moved to new schools. The families are ashamed. "

He said he had waited a year before making the story public, out of respect for the families.

Horvat: "The girls are healthy now and back at school. "

Schools in the region teach little about sex, and the ministry has promised to review the lessons.

Last year 40 pregnancies were registered among girls under 16 in the capital alone.
""", ("news",), ("five pupils came home pregnant",), ("moved to new schools", "that is a disaster"))


def test_a_piece_of_a_quotation_is_no_key_point() -> None:
    genre, points = brief_points(TRIP)
    assert genre in TRIP.genres
    assert TRIP.lead[0] in points[0], points
    assert not any(phrase in p for p in points for phrase in TRIP.banned), points


def test_mid_quotation_needs_the_speaker_and_the_open_mark() -> None:
    text = ('The mayor spoke on Monday. "We will build the bridge. It will open in May. Nobody will pay a toll," '
            "she told reporters. The bridge will cost 40 million euros.")
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    assert [mid_quotation(doc, ctx, s) for s in doc.sentences] == [False, False, True, True, False], \
        [s.text for s in doc.sentences]
