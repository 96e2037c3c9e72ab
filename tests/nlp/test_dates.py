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
    from newsbrief.nlp.dates import _PATTERNS

    absolute, relative = date_resolvers.ABSOLUTE_RESOLVERS, date_resolvers.RELATIVE_RESOLVERS
    kinds = [kind for kind, _ in _PATTERNS]
    assert not set(absolute) & set(relative)
    assert sorted(kinds) == sorted([*absolute, *relative])
