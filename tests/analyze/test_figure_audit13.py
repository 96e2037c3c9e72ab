"""Key figures a reader finds wrong or deletes (reader Audit 13, issue #11): a rate "N out of M" cut to
its last number, a start time of a since-period shown as the time of the figure, counts of words in
speech read as figures. Sentences written for these tests; near-misses check the rules do not overreach."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _texts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence, whole", [
    ("In the southern towns the water supply is shut off 16 hours out of 24, residents said.",
     "16 hours out of 24"),
    ("Nurses at the clinic say seven of every ten patients arrive with untreated infections.",
     "seven of every ten"),
    ("Officials said one in five households in the province now lacks a working stove.",
     "one in five"),
    ("The ferry company said 3 out of 4 crossings were cancelled in the storm week.",
     "3 out of 4"),
])
def test_a_rate_of_two_numbers_is_shown_whole(sentence: str, whole: str) -> None:
    texts = _texts(sentence)
    assert any(whole in t for t in texts), texts


def test_a_rate_does_not_leave_its_base_as_a_figure() -> None:
    texts = _texts("In the southern towns the water supply is shut off 16 hours out of 24, residents said.")
    assert not any(t.startswith("24") for t in texts), texts


@pytest.mark.parametrize("sentence, bad", [
    ("Since the start of the uprising in Tamaris two years ago, more than 8,000 people have been killed, "
     "according to a monitoring group.", "(two years ago)"),
    ("Since the dam failed three months ago, about 40,000 residents have left the valley, the council said.",
     "(three months ago)"),
])
def test_a_time_inside_a_since_clause_is_not_the_time_of_the_figure(sentence: str, bad: str) -> None:
    texts = _texts(sentence)
    assert texts, texts
    assert not any(t.endswith(bad) or bad + " [" in t or t.rstrip().endswith(bad) for t in texts), texts
    assert not any("ago)" in t and "since" not in t.lower() for t in texts), texts


def test_a_time_of_its_own_clause_is_still_kept() -> None:
    texts = _texts("Two years ago, more than 8,000 people were killed in the fighting in Tamaris, "
                   "a monitoring group said.")
    assert any("8,000" in t and "two years ago" in t.lower() for t in texts), texts


@pytest.mark.parametrize("sentence", [
    "\"People ask me what I will do, and my reply is three words: we will win,\" the minister said.",
    "\"Everyone wants a long speech from me, but my message is one word. Patience,\" she told reporters.",
])
def test_a_count_of_words_in_speech_is_no_figure(sentence: str) -> None:
    texts = _texts(sentence + " The ministry said 2,300 families had been moved from the coast.")
    assert not any("word" in t for t in texts), texts
    assert any("2,300 families" in t for t in texts), texts


def test_a_word_limit_of_a_rule_is_still_a_figure() -> None:
    texts = _texts("The new rules cap each public consultation response at 500 words, the regulator said "
                   "on Tuesday, after 12,000 responses swamped its staff last year.")
    assert any("12,000 responses" in t for t in texts), texts


@pytest.mark.parametrize("sentence, subject", [
    ("The frigate Aldergrove left Tobruk on Monday. The Aldergrove departed Sfax carrying 311 passengers, "
     "about 90 of them Dutch, the ministry said.", "Aldergrove"),
    ("A wide garden sprinkler spraying water out of a two-inch nozzle operates on a pressure of 2,000 pounds "
     "per square inch.", "sprinkler"),
    ("Police stopped a van carrying 2,000 cartons of cigarettes near the border.", "van"),
])
def test_a_figure_keeps_its_subject(sentence: str, subject: str) -> None:
    texts = _texts(sentence)
    figure = [t for t in texts if "311" in t or "2,000" in t]  # "Sfax carrying 311 passengers": of what?
    assert figure and all(subject in t for t in figure), texts


def test_a_figure_with_its_subject_already_shown_is_unchanged() -> None:
    texts = _texts("The ministry said 2,300 families had been moved from the coast by Sunday.")
    assert any(t.startswith("2,300 families") or "2,300 families had been moved" in t for t in texts), texts


def test_a_participle_after_a_pronoun_subject_is_unchanged() -> None:
    texts = _texts("The aid convoy reached Mersa on Monday. They left the port carrying 4,000 boxes of medicine.")
    assert any("4,000 boxes" in t for t in texts), texts


def test_a_count_describing_the_people_counted_is_not_the_source() -> None:
    """ "(many said)" for the agency that said it (Audit 13; fails without ParsedSentence._count_aside)."""
    text = ("As of Tuesday morning, the drought had driven out nearly 40,000 people, many of them young herders who "
            "have been stranded at the northern and eastern borders, the U.N. refugee agency said.")
    shown = " | ".join(_texts(text))
    assert "40,000" in shown and "(the U.N. refugee agency said)" in shown
    assert "many said" not in shown
