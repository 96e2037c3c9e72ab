"""A weekday's possessive in the timeline (session 17b), as labelled cases on short articles written for these tests.

Reader Audit 27 saw "Monday's Postcard" in a column dated Wednesday 9 February dated 14 February
(expected): a weekday's possessive that names a thing already published or held ("Monday's column",
"Tuesday's vote") was read ahead, like a bare weekday in the present ("ministers meet on Wednesday").
In a present or unmarked clause the possessive names the most recent such day; near-misses: an
explicit future ("Friday's meeting will decide"), "next Monday's vote" and a possessive after "ahead of"
or "before" stay ahead, and a past clause stays behind as before.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.dates import find_dates, parse_published

# A Wednesday and a Thursday.
WEDNESDAY = "2011-02-09"
THURSDAY = "2026-03-19"


def _events(text: str, published: str) -> list[TimelineEvent]:
    doc = annotate(Article(text=text, source=Source(title="Test", date=published)))
    events = []
    for candidate in analyze_timeline(doc, build_context(doc)):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append(candidate.item.payload)
    return events


def _dates(text: str, published: str) -> list[str]:
    return [value.iso for value in find_dates(text, parse_published(published))]


BEHIND = [
    ("Today's post follows Monday's Postcard from the square, where the crowd has grown.", WEDNESDAY, "2011-02-07"),
    ("After Tuesday's vote, the party is split over the budget and its leader is under pressure.", THURSDAY,
     "2026-03-17"),
    ("Monday's column drew hundreds of letters from readers in the north.", THURSDAY, "2026-03-16"),
    ("On Monday's programme the minister admits that the plan has failed.", THURSDAY, "2026-03-16"),
    ("Since Tuesday's vote the minister has refused to answer questions about the deal.", THURSDAY, "2026-03-17"),
    ("Tuesday's vote was won by twelve votes, a far narrower margin than the whips expected.", THURSDAY,
     "2026-03-17"),
]


@pytest.mark.parametrize(("text", "published", "iso"), BEHIND)
def test_a_weekdays_possessive_names_the_last_such_day(text: str, published: str, iso: str) -> None:
    assert iso in _dates(text, published)
    assert all(value <= published for value in _dates(text, published))


AHEAD = [
    ("Friday's meeting will decide the budget for the next two years.", THURSDAY, "2026-03-20"),
    ("Ahead of next Monday's vote, the party is split over the budget.", THURSDAY, "2026-03-23"),
    ("Ahead of Monday's vote, the party is split over the budget.", THURSDAY, "2026-03-23"),
    ("Before Saturday's final, the coach is weighing up his options in defence.", THURSDAY, "2026-03-21"),
    ("Tuesday's vote is expected to be close, the whips say.", "2026-03-15", "2026-03-17"),
]


@pytest.mark.parametrize(("text", "published", "iso"), AHEAD)
def test_a_future_possessive_stays_ahead(text: str, published: str, iso: str) -> None:
    assert _dates(text, published) == [iso]


def test_the_column_case_end_to_end() -> None:
    """The audit's shape: a column introducing the writer of an earlier instalment, through the timeline."""
    text = ("Jane Roe's second report from the square follows Monday's Postcard, in which the teacher "
            "describes crowds too dense to walk through. Roe says the army now lets families through the "
            "checkpoints and that the square is calmer.")
    dates = {event.date for event in _events(text, WEDNESDAY)}
    assert "2011-02-14" not in dates
