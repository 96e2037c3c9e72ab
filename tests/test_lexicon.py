"""The shared lexicon: the lists keep the contents their users were built and measured with."""

from __future__ import annotations

import re

from newsbrief import lexicon


def test_words_are_lower_case_alphanumeric() -> None:
    assert lexicon.words("Lee's 2 cats, WELL-known.") == ["lee", "s", "2", "cats", "well", "known"]
    assert lexicon.LETTER_WORD.findall("korea's well-known 2 cats") == ["korea's", "well-known", "cats"]


def test_number_and_url_patterns() -> None:
    assert lexicon.NUMBER.findall("1,200 people and 3.5 percent in 2019") == ["1,200", "3.5", "2019"]
    assert lexicon.URL.findall("see https://example.org/a?b=1) or www.example.org.") == [
        "https://example.org/a?b=1", "www.example.org.",
    ]


def test_months_and_weekdays() -> None:
    assert lexicon.MONTHS["january"] == 1 and lexicon.MONTHS["sept"] == 9 and lexicon.MONTHS["may"] == 5
    assert len(lexicon.MONTHS) == 24
    alternation = re.compile(rf"(?:{lexicon.MONTH_ALTERNATION})")
    assert all(alternation.fullmatch(name) for name in lexicon.MONTHS)
    assert lexicon.WEEKDAYS["monday"] == 0 and lexicon.WEEKDAYS["sunday"] == 6
    assert lexicon.WEEKDAY_PREFIXES == ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    assert all(any(name.startswith(p) for p in lexicon.MONTH_PREFIXES) for name in lexicon.MONTH_NAMES)


def test_number_word_variants() -> None:
    assert lexicon.COUNT_WORDS["a few"] == 3 and lexicon.COUNT_WORDS["thirty"] == 30
    assert "hundred" not in lexicon.COUNT_WORDS
    assert lexicon.VERIFIER_NUMBER_WORDS == {
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "twenty": "20", "hundred": "100", "thousand": "1000",
        "million": "1000000", "billion": "1000000000",
    }
    assert set(lexicon.DIGIT_WORDS) == {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def test_stop_word_variants() -> None:
    assert lexicon.BASELINE_STOP_WORDS < lexicon.VERIFIER_STOP_WORDS
    assert len(lexicon.BASELINE_STOP_WORDS) == 42
    assert len(lexicon.VERIFIER_STOP_WORDS) == 78
    assert {"say", "being", "article", "reports"} <= lexicon.VERIFIER_STOP_WORDS - lexicon.BASELINE_STOP_WORDS


def test_dangling_openers_are_the_rule_lists() -> None:
    assert lexicon.DANGLING_OPENERS == lexicon.DANGLING_CONNECTIVES | lexicon.DANGLING_PRONOUNS
    assert {"that", "then", "thus", "besides", "nonetheless", "nevertheless"} <= lexicon.DANGLING_OPENERS
    assert "there" not in lexicon.DANGLING_OPENERS
