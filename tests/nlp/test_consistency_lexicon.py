"""The checker's word-list findings (scales, kinds, bounds, connectives) on an article written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.nlp.consistency import annotate_texts, check, check_texts, describe
from newsbrief.nlp.consistency_features import SourceIndex
from newsbrief.nlp.opposites import ANTONYMS, KINDS, SCALES, kind_step, number_bound, scale_step

ARTICLE = """Norvik city hall bans messaging app on work phones

Staff at the Norvik city hall were ordered to remove the messaging app from their work phones on Monday, officials said.

About 300 employees are affected, and the rule is mandatory for all of them.

The federal government banned the app on official devices last year after a data leak.

The museum director, Anna Berg, said visitor numbers rose slightly in the morning hours.

The library closed early on Friday and reopened the next day. The mayor, Erik Dahl, did not comment.
"""

CONSISTENT = [
    "Norvik city hall staff were told to remove the messaging app from their work phones on Monday.",
    "Roughly 300 employees are affected, and the rule is compulsory for all of them.",
    "After a data leak, the federal government banned the app on official devices last year.",
    "Visitor numbers rose slightly in the morning, said museum director Anna Berg.",
    "The library closed early on Friday but reopened the next day.",
]

# (statement, the finding kind that must flag it)
INCONSISTENT = [
    ("Staff at the Norvik city hall were allowed to remove the messaging app from their work phones on Monday.",
     "scale_swap"),
    ("Staff at the Norvik city hall were advised to remove the messaging app from their work phones on Monday.",
     "scale_swap"),
    ("The museum director, Anna Berg, said visitor numbers rose sharply in the morning hours.", "scale_swap"),
    ("The federal government banned the app on official devices this year after a data leak.", "scale_swap"),
    ("More than 300 employees are affected, and the rule is mandatory for all of them.", "number_bound"),
    ("The provincial government banned the app on official devices last year after a data leak.", "kind_swap"),
    ("The museum director, Anna Berg, said visitor numbers rose slightly in the evening hours.", "kind_swap"),
    ("The federal government banned the app on official devices last year despite a data leak.", "contrast_added"),
    ("The library closed early on Friday due to a strike and reopened the next day.", "cause_added"),
    ("The museum director, Erik Dahl, said visitor numbers rose slightly in the morning hours.", "name_swap"),
]


@pytest.fixture(scope="module")
def source() -> SourceIndex:
    return SourceIndex(annotate_texts([ARTICLE])[0])


def test_paraphrases_within_a_step_or_kind_pass(source: SourceIndex) -> None:
    for text, doc in zip(CONSISTENT, annotate_texts(CONSISTENT), strict=True):
        found = check(source, doc)
        assert found.consistent, (text, [(f.kind, f.word) for f in found.findings])


def test_each_lexical_edit_is_flagged_with_its_kind(source: SourceIndex) -> None:
    texts = [text for text, _ in INCONSISTENT]
    for (text, kind), doc in zip(INCONSISTENT, annotate_texts(texts), strict=True):
        found = check(source, doc)
        assert not found.consistent, text
        kinds = {f.kind for f in found.findings}
        assert kind in kinds, (text, [(f.kind, f.word) for f in found.findings])
        assert all(describe(f) and "{" not in describe(f) for f in found.findings)


def test_number_bounds_read_the_words_before_the_number() -> None:
    assert number_bound("more than 300 people".split(), 2) == "lower"
    assert number_bound("fewer than 300 people".split(), 2) == "upper"
    assert number_bound("at least 300".split(), 2) == "lower"
    assert number_bound("up to 300".split(), 2) == "upper"
    assert number_bound("about 300".split(), 1) == "approximate"
    assert number_bound("the 300 staff".split(), 1) == "exact"
    assert number_bound(["300"], 0) == "exact"


def test_word_lists_are_consistent() -> None:
    for word, opposites in ANTONYMS.items():
        assert word not in opposites
        assert all(word in ANTONYMS[other] for other in opposites), word
    for table in (SCALES, KINDS):
        for family, steps in table.items():
            seen: set[str] = set()
            for step in steps:
                assert not step & seen, (family, step & seen)  # a word stands at one step only
                seen |= step
    assert scale_step("mandatory") == scale_step("required") != scale_step("allowed")
    assert kind_step("federal") is not None and kind_step("federal") != kind_step("provincial")
    assert kind_step("people") is None  # the word for the whole kind is not a member
    assert scale_step("last", "year") != scale_step("this", "year")
    assert scale_step("this", "report") is None  # deictic words date only units of time


def test_spelled_numbers_match_digits() -> None:
    source = "The council voted 7 to 2 on Tuesday to approve the sea wall."
    assert check_texts(source, "The council voted seven to two on Tuesday to approve the sea wall.").consistent
    found = check_texts(source, "The council voted seven to three on Tuesday to approve the sea wall.")
    assert not found.consistent and found.findings[0].word == "three"
