"""Key-point padding of session 36's labelled set (tests/data/keypoint_padding.jsonl; issue #11), as classes.

- **A then-and-now lede** ("As a toddler, X was ... in the 1990s." before "... is now 24 and ..."; "One week ago,
  crowds ... on Friday" before the present news): the lede is the news's background (point_openings).
- **A passer-by's words** ('"We want the mayor to go," said one 19-year-old man'): the day's mood, no news
  (point_eventless.passerby); an official's or a witness's words stay.
- **A noun phrase with a clause on it** ("At last, a budget meeting that ends on time."): a quip with no main verb
  (point_columns.fragment).
- **A question quoted at a line's end** ('The station asks in its report, "Does anyone think ...?"'): it asks, and
  weighs as a question (summary._asked).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_columns import fragment
from newsbrief.analyze.point_eventless import passerby
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

THEN_AND_NOW = Case("then_and_now", """\
As a giggling toddler, Amy Hart was the face of a breakfast cereal on Dutch television in the 1990s.

As the channel prepares to bring the old adverts back, the smiling toddler in the kitchen is now 24 and a trainee \
vet in Utrecht.

She revealed her past to her classmates during her first week at the college, when each of them had to share a \
secret.

The channel said on Monday that the new adverts would be shown from March.

Hart said she had agreed to appear in one of them with her own daughter.
""", ("news",), ("is now 24",), ("As a giggling toddler",))

WEEK_AGO = Case("week_ago", """\
One week ago, thousands of angry workers marched out of Friday prayers, blocked the port road and chanted for \
the governor to go.

"We want the governor to leave," said one 19-year-old man hours after the march.

Governor Paul Okoro has not resigned, but his hold on the province is slipping.

He agreed on Tuesday not to seek a third term in the spring election.

His opponents are planning another march on the port this Friday, which they have called a day of farewell.

The police chief said on Wednesday that officers would keep the port road open.
""", ("news",), ("has not resigned",), ("One week ago", "said one 19-year-old man"))


def test_then_and_now_lede_gives_way_to_the_news() -> None:
    genre, points = brief_points(THEN_AND_NOW)
    assert genre in THEN_AND_NOW.genres
    assert any(THEN_AND_NOW.lead[0] in p for p in points[:2]), points
    assert not any(b in p for b in THEN_AND_NOW.banned for p in points), points


def test_week_ago_lede_and_passerby_are_no_points() -> None:
    genre, points = brief_points(WEEK_AGO)
    assert genre in WEEK_AGO.genres
    assert any(WEEK_AGO.lead[0] in p for p in points[:2]), points
    assert not any(b in p for b in WEEK_AGO.banned for p in points), points


def test_passerby_is_a_private_person_speaking_of_themselves() -> None:
    text = ("Crowds filled the square on Monday after the vote was delayed.\n\n"
            '"We will not leave until he goes," said one protester.\n\n'
            '"We have no water," said a resident of the camp.\n\n'
            '"We are investigating the blast," said a police spokesman.\n\n'
            '"I saw the car explode," one witness said.\n\n'
            '"The vote was rigged," said one man.')
    doc = annotate(Article(text=text, source=Source()))
    ctx = build_context(doc)
    found = [passerby(ctx, s) for s in doc.sentences]
    # a protester and a resident on themselves; not a spokesman, a witness, or a man's claim on no one's own life
    assert found == [False, True, True, False, False, False], found


def test_noun_phrase_with_a_clause_is_a_fragment() -> None:
    text = ("The council met for four hours on Monday.\n\nAt last, a budget meeting that ends on time.\n\n"
            "The man who set the fire was arrested on Tuesday.\n\nPolice fire tear gas at crowds near the station.")
    doc = annotate(Article(text=text, source=Source()))
    shown = {s.text: fragment(doc, s) for s in doc.sentences}
    assert shown["At last, a budget meeting that ends on time."], shown
    assert not shown["The man who set the fire was arrested on Tuesday."], shown
    assert not shown["The council met for four hours on Monday."], shown
    # a long lede the parser may root on its subject noun is no quip (a CNN/DM row, NOMINAL_MAX_WORDS)
    long_lede = ("A timewarp cottage which has remained unchanged since the 1950s is up for sale complete with its "
                 "original kitchen, its tiled bathroom and its coal-fired range.")
    doc = annotate(Article(text=long_lede, source=Source()))
    assert not fragment(doc, doc.sentences[0])


QUOTED_QUESTION = Case("quoted_question", """\
Rumours spread online on Sunday that a vintage race car had been stolen from a film set in Leeds.

Local media are taking the reports seriously enough that police have been asked to look into them.

Radio Aire asks in its report, "Does this person really think they can drive this car around town and nobody \
will notice?"

Most sites point to a single blog as the source of the rumour, which says it heard it from crew members.

The film's studio said on Monday that all its cars were accounted for.
""", ("news",), ("stolen from a film set",), ("Does this person",))


def test_question_quoted_at_the_end_is_no_point() -> None:
    genre, points = brief_points(QUOTED_QUESTION)
    assert genre in QUOTED_QUESTION.genres
    assert any(QUOTED_QUESTION.lead[0] in p for p in points[:2]), points
    assert not any(QUOTED_QUESTION.banned[0] in p for p in points), points

