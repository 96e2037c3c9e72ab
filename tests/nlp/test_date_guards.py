"""The cheap guards in front of the date patterns skip only patterns that could not match (session 16)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.nlp import dates

SENTENCES = [
    "The council will meet on Monday to vote on the budget.",
    "ON TUESDAY the minister resigned, two years AGO to the day.",
    "Talks ran from 3 to 5 March 2026 and again between May and June 2021.",
    "Sept. 5, 2019 was the deadline; the 1990s were calmer, as were 2010-11.",
    "He said the firm would report in the coming weeks, or in three months' time.",
    "The mid-June vote, last night's debate and this morning's count all mattered.",
    "Nothing in this sentence names a time at all.",
    "Residents said the water rose 40 centimetres in 2004 and again last winter.",
    "The park reopens next Friday, the spokeswoman said on 12 August.",
    "Prices rose 3.5 per cent over the past decade and for nearly 20 years before.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_guarded_matches_equal_the_unguarded_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    published = date(2026, 3, 10)
    guarded = [(k, m.span(), t, v) for k, m, t, v in dates._matches(text, published)]
    monkeypatch.setattr(dates, "_NEEDS", {})
    unguarded = [(k, m.span(), t, v) for k, m, t, v in dates._matches(text, published)]
    assert guarded == unguarded


def test_a_sentence_without_a_month_stem_skips_the_month_patterns() -> None:
    present = {need: guard.search("The vote was close.") is not None for need, guard in dates._GUARDS.items()}
    assert present == {"month": False, "digit": False, "day": False, "ago": False}
    assert dates._matches("The vote was close.", date(2026, 3, 10)) == []
