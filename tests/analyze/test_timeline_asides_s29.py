"""Reader Audits 44-45 (issue #11 #4), timeline: the year of an incidental mention in an argument made an entry.
"The party first used that slogan in 1972" inside an opinion piece's argument became a "1972" event; the year is
backstory of a slogan, no dated event of the story. The class, in general form:

- a first use or a coinage: "first used that slogan in 1972", "was coined in 1974", "was first floated in 2003",
  "popularised in the 1980s" - the origin of a phrase, an idea or a practice;
- a last time, named to compare: "was last dredged in 1994", "the last time the council tried ... was in 1988";
- a comparison with what someone did then: "As the council did in 1988, it is promising ...".

A coinage is never an event; a first use or a last time only in an argument
(opinion, analysis): a news story's "The bank last raised rates ... in 1998" stays its history. Only years and
decades: a day or a month told with "first" ("first reported the leak on Monday", "first
detected in December 2019") is the story's own calendar. Near misses keep their dates: a plain past event ("In
1988 the council borrowed ..."), a founding with a named subject, "first" as an adjective ("the first vote was
held in 2019"), "As expected, ... in 2019", a day's news and a future weekday. Articles written for these tests.

First score on unchanged code: see the commit message.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.timeline import analyze_timeline
from newsbrief.models import Article, Source, TimelineEvent
from newsbrief.nlp.annotate import annotate
from tests.nlp.test_dates_session17c import _date_of

_OPENING = ("I have lived by this harbour for thirty years, and I think the council's plan for it is a mistake. "
            "We should say so, loudly, before it is too late.\n\n")
_CLOSING = ("\n\nResidents protested at the town hall on 3 November 2026. The council will vote on the plan on "
            "Thursday.\n\nI hope the councillors listen. We deserve a harbour that works, not another glossy "
            "brochure.")
_NEWS_OPENING = ("The town council approved a plan on Monday to turn the harbour into a marina with 400 berths.\n\n"
                 "The project will cost 60 million pounds, the council's finance director, Ruth Ames, said.\n\n")


def _events(text: str, genre: str = "opinion") -> list[tuple[str, str]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-11-20")))
    ctx = build_context(doc)
    assert ctx.genre == genre, ctx.genre  # the rule is for arguments; the cases must read as one
    events = []
    for candidate in analyze_timeline(doc, ctx):
        assert isinstance(candidate.item.payload, TimelineEvent)
        events.append((candidate.item.payload.date, candidate.item.text))
    return events

CASES = (
    # (name, middle paragraph, words of the entry, expected year/date prefix or None when no entry may carry them)
    ("first_used", "The party first used that slogan in 1972, when it was fighting a very different election.",
     "first used", None),
    ("coined", "The phrase was coined in 1974 by a speechwriter who later left politics.", "coined", None),
    ("first_floated", "The idea of a marina was first floated in 2003 by a developer.", "first floated", None),
    ("first_proposed", "A bridge to the island was first proposed in 1961, and it has been proposed ever since.",
     "first proposed", None),
    ("popularised", "The term \"waterfront renewal\" was popularised in the 1980s by American planners.",
     "popularised", None),
    ("last_dredged", "The harbour was last dredged in 1994, and the silt is back.", "last dredged", None),
    ("last_won", "The party last won this seat in 1997, on a promise much like this one.", "last won", None),
    ("last_time_was", "The last time the council tried a scheme of this size was in 1988, and it ended in debt.",
     "last time", None),
    ("as_did", "As the council did in 1988, it is promising jobs it cannot count.", "promising jobs", None),
    ("as_they_had", "Just as the planners had in 1988, the consultants count jobs that will never come.",
     "count jobs", None),
    # the class as earlier sessions already read it (kept here as the general form of the same aside)
    ("as_in", "As in 1983, the party risks writing a manifesto that only its members will read.", "manifesto", None),
    ("since_decade", "Governments of both colours have borrowed heavily since the 1990s.", "borrowed heavily", None),
    ("back_in_decade", "Back in the 1970s, the city trusted planners to rebuild the docks.", "trusted planners",
     None),
    # near misses
    ("near_plain_past", "In 1988 the council borrowed 40 million pounds to rebuild the docks.", "borrowed", "1988"),
    ("near_founding", "The harbour trust was formed in 2004 by local fishermen.", "harbour trust", "2004"),
    ("near_first_adjective", "The first vote on a marina was held in 2019 and the plan was rejected.",
     "first vote", "2019"),
    ("near_as_expected", "As expected, the council approved the budget in 2019 without a debate.",
     "approved the budget", "2019"),
    ("near_first_day", "The harbour master first reported the leak on 12 October 2026.", "first reported",
     "2026-10-12"),
    ("near_first_month", "Cracks in the sea wall were first detected in October 2025 by divers.", "first detected",
     "2025-10"),
    ("near_day_news", "The council's planners met the developer in private last month.", "met the developer",
     "2026-10"),
)


@pytest.mark.parametrize(("name", "middle", "words", "want"), CASES, ids=[c[0] for c in CASES])
def test_incidental_years_in_an_argument(name: str, middle: str, words: str, want: str | None) -> None:
    events = _events(_OPENING + middle + _CLOSING)
    got = _date_of(events, words)
    assert (got or "")[: len(want or "")] == (want or "") and (want is not None or got is None), (name, events)


def test_the_story_s_own_days_stay() -> None:
    events = _events(_OPENING + "The party first used that slogan in 1972." + _CLOSING)
    assert _date_of(events, "protested") == "2026-11-03"
    assert _date_of(events, "will vote") == "2026-11-26"  # a future weekday stays ahead of publication


@pytest.mark.parametrize(("middle", "words", "want"), [
    ("The harbour was last dredged in 1994, before the fishing fleet left.", "last dredged", "1994"),
    ("A bridge to the island was first proposed in 1961 by the county.", "first proposed", "1961"),
])
def test_a_news_story_keeps_its_history(middle: str, words: str, want: str) -> None:
    # near misses: in a news story a first or a last time is history the story tells (sessions 18 and 21)
    assert _date_of(_events(_NEWS_OPENING + middle, "news"), words) == want


def test_a_coinage_is_no_event_in_a_news_story_either() -> None:
    text = _NEWS_OPENING + "The phrase \"working waterfront\" was coined in 1974 by a planner in Boston."
    assert _date_of(_events(text, "news"), "coined") is None


@pytest.mark.parametrize(("middle", "words", "want"), [
    ("Today's voters are wary of big promises, and they know who pays the bill.", "voters are wary", None),
    ("In today's world, few young people read the council's leaflets.", "leaflets", None),
    ("Today's children will inherit the debt this plan runs up.", "inherit the debt", None),
    # near misses: the day's news
    ("Today's vote on the plan was postponed after a bomb threat at the town hall.", "postponed", "2026-11-20"),
    ("The harbour master resigned today, saying the plan was unsafe.", "resigned today", "2026-11-20"),
])
def test_today_s_generation_is_no_event(middle: str, words: str, want: str | None) -> None:
    # session 29: a possessive "today's" on people or a society means nowadays (analyze/date_calendar.py)
    assert _date_of(_events(_OPENING + middle + _CLOSING), words) == want
