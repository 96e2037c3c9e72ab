"""Date normalization on news-style sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp.dates import find_dates, normalize, parse_published

PUBLISHED = date(2025, 8, 26)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "iso", "granularity", "future"),
    [
        ("The first summit took place in Singapore in June 2018.", "2018-06", "month", False),
        ("Talks in Hanoi collapsed on Feb. 27, 2019, without a deal.", "2019-02-27", "day", False),
        ("The treaty was signed on 30 June 2019 at the border.", "2019-06-30", "day", False),
        ("The law came into force in 2015.", "2015", "year", False),
        ("The minister resigned yesterday.", "2025-08-25", "day", False),
        ("Officials will meet again tomorrow.", "2025-08-27", "day", True),
        ("The company said on Monday that profits fell.", "2025-08-25", "day", False),
        ("The plant closed two years ago.", "2023", "year", False),
        ("Prices rose sharply last month.", "2025-07", "month", False),
        ("A vote is expected next month.", "2025-09", "month", True),
        ("The strike began last June.", "2025-06", "month", False),
        ("Construction will finish in three years.", "2028", "year", True),
        ("Ministers last met in March.", "2025-03", "month", False),
        ("The report is due on September 15.", "2025-09-15", "day", True),
        ("Elections are planned for 2027.", "2027", "year", True),
        ("The agency was founded on 2001-09-11 in the capital.", "2001-09-11", "day", False),
    ],
)
def test_normalize(sentence: str, iso: str, granularity: str, future: bool) -> None:
    value = normalize(sentence, PUBLISHED)
    assert value is not None
    assert (value.iso, value.granularity, value.future) == (iso, granularity, future)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company sold 2,019 units and raised prices by 2020 percent.",
        "Officials may soon decide.",
        "He scored 3 goals.",
    ],
)
def test_no_false_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


def test_relative_dates_need_a_publication_date() -> None:
    assert normalize("The minister resigned yesterday.", None) is None
    assert normalize("in June 2018", None) is not None


def test_several_dates_in_text_order() -> None:
    found = find_dates("Between March 2019 and 14 November 2021, talks stalled.", PUBLISHED)
    assert [v.iso for v in found] == ["2019-03", "2021-11-14"]


def test_parse_published() -> None:
    assert parse_published("2026-03-12T09:30:00+00:00") == date(2026, 3, 12)
    assert parse_published("12 March 2026") == date(2026, 3, 12)
    assert parse_published(None) is None


def test_future_cue_only_counts_in_the_same_clause() -> None:
    published = date(2023, 11, 9)
    assert [v.iso for v in find_dates("They will meet in May.", published)] == ["2024-05"]
    found = find_dates("Officials said the plant, which will close next year, was opened in May.", published)
    assert [v.iso for v in found] == ["2024", "2023-05"]
    assert [v.iso for v in find_dates("The vote will be held on Tuesday.", published)] == ["2023-11-14"]
    assert [v.iso for v in find_dates("The vote was held on Tuesday.", published)] == ["2023-11-07"]


def test_seasons_decades_ranges_and_fortnights() -> None:
    published = date(2026, 2, 3)
    assert [v.iso for v in find_dates("Crowds came last summer.", published)] == ["2025"]
    assert [(v.iso, v.confidence) for v in find_dates("It was planned in the 1990s.", published)] == [("1990", 0.4)]
    assert [v.iso for v in find_dates("It ran from March to June 2021.", published)] == ["2021-03", "2021-06"]
    assert [v.iso for v in find_dates("The strike began a fortnight ago.", published)] == ["2026-01-20"]
    assert find_dates("The talks lasted for a fortnight.", published) == []


def test_every_pattern_kind_has_one_resolver() -> None:
    from newsbrief.nlp import date_resolvers
    from newsbrief.nlp.dates import _PATTERNS, CLAIM_ONLY

    absolute, relative = date_resolvers.ABSOLUTE_RESOLVERS, date_resolvers.RELATIVE_RESOLVERS
    kinds = [kind for kind, _ in _PATTERNS if kind not in CLAIM_ONLY]
    assert not set(absolute) & set(relative)
    assert sorted(kinds) == sorted([*absolute, *relative])


# --- Tense: a weekday or a month without a year, ahead of or before publication -----------

WEDNESDAY = date(2026, 3, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        # explicit futures
        ("The board will vote on Friday on the merger.", "2026-03-20"),
        ("Parliament is to debate the bill on Monday.", "2026-03-23"),
        ("The airline plans to resume flights on Saturday.", "2026-03-21"),
        ("The verdict is due on Thursday.", "2026-03-19"),
        ("The union is going to strike on Tuesday.", "2026-03-24"),
        ("The two leaders are meeting in Geneva on Friday.", "2026-03-20"),
        ("The court adjourned the case until Monday.", "2026-03-23"),
        # the present simple of a timetable is ahead; the publication day counts
        ("Finance ministers gather in Lisbon on Friday to agree the budget.", "2026-03-20"),
        ("The exhibition opens on Sunday.", "2026-03-22"),
        ("Regional leaders meet on Wednesday.", "2026-03-18"),
        # past forms
        ("The board voted on Friday to approve the merger.", "2026-03-13"),
        ("The storm hit the island on Monday.", "2026-03-16"),
        ("Flights have been grounded since Saturday.", "2026-03-14"),
        ("Two men were arrested on Tuesday night.", "2026-03-17"),
        ("The report, published on Monday, found failings.", "2026-03-16"),
        ("On Sunday, thousands of people marched through the capital.", "2026-03-15"),
        ("In the northern city on Sunday, thousands of people marched, police said.", "2026-03-15"),
        ("The library is due to remain closed until Friday.", "2026-03-20"),
        ("The library remains closed until Friday.", "2026-03-20"),
        ("The library remained closed until Friday.", "2026-03-13"),
        ("Troops beat back the rebels on Monday near the border.", "2026-03-16"),
        ("Forces shelled the port, south of the capital, late on Monday.", "2026-03-16"),
        ("The valve was shut at 0600 (1100 GMT) on Monday.", "2026-03-16"),
        ("Engineers tested the pumps on Monday, and crews are clearing the roads.", "2026-03-16"),
        ("Cores drilled on Monday show that the ice is thinning.", "2026-03-16"),
        # months without a year
        ("The new tax takes effect in January.", "2027-01"),
        ("The contract is on track for completion by July.", "2026-07"),
        ("Exports are still recovering after the collapse of the port in October.", "2025-10"),
        ("The storm in October was the worst in decades.", "2025-10"),
        ("The scheme will be reviewed in October.", "2026-10"),
        ("The plant closed in October.", "2025-10"),
        ("The agency has cut its forecast twice since January.", "2026-01"),
        # day and month without a year
        ("The bill passed last week and becomes law on 1 February.", "2027-02-01"),
        ("The bridge reopened on 2 April.", "2025-04-02"),
    ],
)
def test_tense_places_weekdays_and_months(sentence: str, iso: str) -> None:
    assert iso in [v.iso for v in find_dates(sentence, WEDNESDAY)]


def test_tense_markers() -> None:
    from newsbrief.nlp.dates import tense_at

    def tense(sentence: str, expression: str) -> str:
        start = sentence.index(expression)
        return tense_at(sentence, start, start + len(expression))

    assert tense("Ministers will meet on Friday.", "on Friday") == "future"
    assert tense("Ministers meet on Friday.", "on Friday") == "present"
    assert tense("Ministers met on Friday.", "on Friday") == "past"
    assert tense("The flight was due to land on Friday.", "on Friday") == "unclear"
    assert tense("A ceremony on Friday.", "on Friday") == "unmarked"
    # the marker nearest before the date decides, in the date's own clause
    assert tense("Officials, who met on Monday, will decide on Friday.", "on Friday") == "future"
    assert tense("Officials, who met on Monday, will decide on Friday.", "on Monday") == "past"
    # a participle after "the" is an adjective, "be held" takes the tense of "will"
    assert tense("Workers will join the planned strike on Friday.", "on Friday") == "future"
    assert tense("The vote will be held on Friday.", "on Friday") == "future"
    # a reporting tail tells when the news was told
    assert tense("In Oslo on Friday, the summit, officials said.", "on Friday") == "unmarked"


def test_unsure_tense_lowers_confidence() -> None:
    sure = find_dates("The board will vote on Friday.", WEDNESDAY)[0]
    timetable = find_dates("The board meets on Friday.", WEDNESDAY)[0]
    unmarked = find_dates("A board vote on Friday.", WEDNESDAY)[0]
    assert sure.iso == timetable.iso == unmarked.iso == "2026-03-20"
    assert sure.confidence > timetable.confidence > unmarked.confidence


def test_a_future_seen_from_the_past_takes_the_nearer_day() -> None:
    sunday = date(2026, 3, 22)
    assert [v.iso for v in find_dates("Another convoy was due to leave on Monday.", sunday)] == ["2026-03-23"]
    assert [v.iso for v in find_dates("Another convoy was due to leave on Friday.", sunday)] == ["2026-03-20"]


# --- Vague periods, seasons and deictic words --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers remember the boom years of the last decade.",
        "Prices are expected to rise in the next year.",
        "Rents have climbed in recent years.",
        "Unemployment will fall in the coming months.",
        "The valley has been poor for decades.",
        "Sales have slowed over the past few weeks.",
        "The regulator fined the bank earlier this year.",
        "At the time, the plan was popular.",
        "Investment has fallen for several years.",
        # After a superlative, "in N years" is the stretch measured over, not a future date.
        "It was the largest natural disaster to hit the country in 200 years.",
        "Prices reached their highest level in a decade.",
        "It is the first rise in five years.",
    ],
)
def test_vague_periods_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, WEDNESDAY) == []


def test_a_future_stretch_without_a_superlative_is_still_a_date() -> None:
    assert [v.future for v in find_dates("The cable will be finished in three years.", WEDNESDAY)] == [True]


def test_month_names_need_a_word_boundary() -> None:
    assert find_dates("Growth was weak in the last decade.", WEDNESDAY) == []
    assert find_dates("The ferry docked in Marseille.", WEDNESDAY) == []


def test_earlier_this_month_keeps_its_month() -> None:
    assert [(v.iso, v.granularity) for v in find_dates("The firm was sold earlier this month.", WEDNESDAY)] == [
        ("2026-03", "month")]


def test_seasons_with_the_and_deictic_phrases() -> None:
    assert [v.iso for v in find_dates("The pier will reopen in the summer.", WEDNESDAY)] == ["2026"]
    assert [v.iso for v in find_dates("The pier closed in the autumn.", WEDNESDAY)] == ["2025"]
    assert [v.iso for v in find_dates("The pier reopened in the spring of 2021.", WEDNESDAY)] == ["2021"]
    assert [v.iso for v in find_dates("The mayor resigned last night.", WEDNESDAY)] == ["2026-03-17"]
    assert [v.iso for v in find_dates("The mayor resigned this morning.", WEDNESDAY)] == ["2026-03-18"]
    assert [v.iso for v in find_dates("The body was found the day before yesterday.", WEDNESDAY)] == ["2026-03-16"]


def test_stretch_in_the_perfect_after_the_duration() -> None:
    found = find_dates("For the past three years, tenants have complained about damp.", WEDNESDAY)
    assert [(v.iso, v.span) for v in found] == [("2023", True)]


# --- Ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The programme ran from 2012 to 2016.", "2012", "2016"),
        ("The programme ran 2012-2016.", "2012", "2016"),
        ("The programme ran 2012–16.", "2012", "2016"),
        ("The survey was carried out between 2012 and 2016.", "2012", "2016"),
        ("The works lasted from May 2019 until March 2021.", "2019-05", "2021-03"),
        ("The road was shut between March and June 2021.", "2021-03", "2021-06"),
        # a yearless range ending before publication, read in the past
        ("The road was shut between January and February.", "2026-01", "2026-02"),
        # a yearless range over the turn of the year
        ("The road was shut from November to February.", "2025-11", "2026-02"),
        ("The road will be shut from November to February.", "2026-11", "2027-02"),
    ],
)
def test_ranges_keep_both_ends(sentence: str, start: str, end: str) -> None:
    found = find_dates(sentence, WEDNESDAY)
    assert [v.iso for v in found] == [start, end]
    assert found[0].until == found[1] and found[1].ends_range
    assert not found[0].span  # "from 2012" opens the range, not a stretch up to now


def test_since_is_a_stretch_not_a_range() -> None:
    found = find_dates("Prices have doubled since 2012.", WEDNESDAY)
    assert [(v.iso, v.span, v.until) for v in found] == [("2012", True, None)]
    assert find_dates("Officials resigned and may face charges.", WEDNESDAY) == []


# --- Background: dates that frame a statement rather than date an event -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nobody here has forgotten the 1989 floods," the farmer said.',
        "Inflation is higher than in 2016.",
        "The town still lives with the memory of the 1974 strike.",
        "Output has grown since 2009.",
        "The harbour, which silted up in 1931, is being dredged.",
        "The founder, who was born in 1950, has never given an interview.",
        "The feud dates back to a contract signed in 1962.",
        "It was the wettest month since records began in 1910.",
        "Britain's 2016 referendum still divides the town.",
        "“We saw the same thing in 2008,” she said.",
    ],
)
def test_background_dates(sentence: str) -> None:
    found = find_dates(sentence, WEDNESDAY)
    assert found and all(v.background for v in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour silted up in 1931.",
        "In 2008 the bank collapsed.",
        '"We will start the works on Monday," the mayor said.',
        "The mayor, who resigned on Monday, left the city.",
    ],
)
def test_event_dates(sentence: str) -> None:
    found = find_dates(sentence, WEDNESDAY)
    assert found and not any(v.background for v in found)


def test_a_sentence_that_opens_inside_a_quotation() -> None:
    assert find_dates("Back in 1990 the mill employed everyone.", WEDNESDAY, quoted=True)[0].background
    assert not find_dates("Back in 1990 the mill employed everyone.", WEDNESDAY)[0].background


def test_a_named_past_event_is_background_only_in_a_sentence_about_now() -> None:
    assert find_dates("The 2011 floods still shape how the town builds.", WEDNESDAY)[0].background
    assert not find_dates("She won two medals at the 2012 Games.", WEDNESDAY)[0].background
    assert not find_dates("Ministers will meet before the 2027 election.", WEDNESDAY)[0].background


def test_a_possessive_date_in_an_apposition_says_who_not_when() -> None:
    published = date(2019, 11, 22)
    aside = find_dates("France, last year's Davis Cup runner-up, opened with a win over Japan.", published)
    assert [(v.iso, v.background) for v in aside] == [("2018", True)]
    event = find_dates("Last year's election was marred by fraud.", published)
    assert [(v.iso, v.background) for v in event] == [("2018", False)]


@pytest.mark.parametrize(("text", "iso"), [
    ("I saw him last Thursday.", "2009-04-23"),  # in Friday 1 May's paper: not yesterday
    ("We met last Friday.", "2009-04-24"),  # not the day of publication
    ("We met last Wednesday.", "2009-04-29"),
    ("We met on Thursday.", "2009-04-30"),
])
def test_last_weekday_is_never_yesterday_or_today(text: str, iso: str) -> None:
    assert [v.iso for v in find_dates(text, date(2009, 5, 1))] == [iso]


def test_a_date_after_publication_is_expected() -> None:
    found = find_dates("Construction starts in 2031 and power flows in March 2032; talks began in 2019.",
                       date(2030, 5, 4))
    assert [(v.iso, v.future) for v in found] == [("2031", True), ("2032-03", True), ("2019", False)]


@pytest.mark.parametrize(("text", "bound"), [
    ("The firm will pay the sum before the end of 2010.", "by"),
    ("The bridge must reopen before the middle of March.", "by"),
    ("The talks collapsed before October 2009.", "before"),
    ("They must finish before the start of 2011.", "before"),
])
def test_before_the_end_of_a_period_is_a_deadline_within_it(text: str, bound: str) -> None:
    """Reader Audit 12: "before the end of 2010" was labelled "before 2010" on the Timeline."""
    found = find_dates(text, date(2010, 6, 16))
    assert [v.bound for v in found] == [bound], found
