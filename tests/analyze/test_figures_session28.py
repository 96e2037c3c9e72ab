"""Key figures after reader Audit 43 (44.2, 44.4 items 5 and 8): claims printed bare as facts, fragments and cut
referents, and a date taken from a timeline's next entry. Articles written for this test in the style of the audited
failures; each class has near misses that must keep working.

* A figure in the continuation sentence of a multi-sentence quotation names no speaker of its own: the attribution
  stage says whose it is, and the figure carries that speaker ("— per NAME") or, when the speaker is only guessed, is
  withheld. A figure inside a claim the article disputes ("the claim that ... is unsupported") is withheld.
  A crowd's "thousands" and a time clause on a date ("in late autumn, when the virus kills 2%") stay (other files).
* A count in a relative clause whose antecedent is a date ("in April, which killed 11 workers"), a bare count
  coordinated with a place it is not part of ("the port city, Kalmora and 40,000 people"), and a sum with no number
  ("billions in lost fares") say nothing a reader can keep: withheld.
* A date that heads a timeline's next entry ("April 21 - 22 - The BOP fails") is not the time of the figure before it.
"""

from __future__ import annotations

import re

import pytest

from tests.analyze.figure_cases import figure_lines

pytestmark = pytest.mark.slow


def _with(lines: list[str], value: str) -> list[str]:
    return [line for line in lines if value in line]


# ---------------------------------------------------------------- claims carry their speaker or are withheld

@pytest.mark.parametrize(("text", "value", "speaker"), [
    ('Opposition leader Mark Stenning caused outrage on Monday. Writing on his blog, he said: "The country is broke. '
     '40,000 pensioners will freeze to death this winter. Nobody in government cares." Ministers called the remarks '
     'disgraceful.', "40,000", "Mark Stenning"),
    ('The union\'s general secretary, Rita Moss, addressed the rally. "Our members are at breaking point," she said. '
     '"3,000 nurses have quit this year alone. The ministry is not listening."', "3,000", "Rita Moss"),
])
def test_a_quotation_continued_carries_its_speaker(text: str, value: str, speaker: str) -> None:
    lines = figure_lines(text)
    assert all(speaker in line for line in _with(lines, value)), lines


def test_a_guessed_speaker_is_not_printed() -> None:
    # the second quotation has no cue of its own: its speaker is a guess, so the figure is withheld, never given
    # to the council the next sentence names
    lines = figure_lines('The mayor of Eastport angered residents with a speech on Tuesday. "This town is finished," '
                         'said Councillor Paul Brack. "1,200 families will lose their homes by next spring. The council '
                         'has done nothing." The council said it had rebuilt 40 homes since the storm.')
    assert not [line for line in _with(lines, "1,200") if "Paul Brack" not in line], lines


@pytest.mark.parametrize(("text", "value"), [
    ("A viral post says to wear a hat all winter. The claim that people lose 40 percent of their body heat through "
     "the head is unsupported by any scientific evidence, physiologists say. The post was shared widely.",
     "40 percent"),
    ("The idea that we use only 10 percent of our brains is a myth, neuroscientists say. Scans show activity across "
     "the whole brain.", "10 percent"),
    ("The often repeated belief that a goldfish remembers things for only three seconds has no basis in fact, "
     "researchers found.", "three seconds"),
])
def test_a_disputed_claim_is_withheld(text: str, value: str) -> None:
    assert not _with(figure_lines(text), value), figure_lines(text)


@pytest.mark.parametrize(("text", "value"), [
    # near misses: a frame in the sentence, the reporter's own figure after a quotation
    ("Police said the coach overturned on the motorway near Lyon. They said 23 passengers died at the scene.", "23"),
    ("Sales of electric cars rose 18 percent in March, according to industry figures. The rise was led by cheaper "
     "models.", "18 percent"),
    ('"We are delighted with the result," said chief executive Anna Berg. The company made a net profit of $45 million '
     'last year, up from $30 million.', "$45 million"),
    ("Rescuers said the floods had killed 212 people in the south. The government declared a state of emergency.",
     "212"),
])
def test_framed_and_own_figures_stay(text: str, value: str) -> None:
    lines = figure_lines(text)
    assert _with(lines, value), lines
    assert not [line for line in _with(lines, value) if "— per" in line], lines


# ---------------------------------------------------------------- fragments and cut referents

@pytest.mark.parametrize(("text", "fragment"), [
    # the relative clause's antecedent is the month, not the blast: "April, which killed 11 workers", "April injured"
    ("The oil company blamed the contractor for the blast on the platform in April, which killed 11 workers and "
     "injured 17 others. Shares fell 4 percent on Friday.", r".*April.*"),
    # the count is parsed as a second object of "devastated", with nothing of its own clause
    ("The cyclone flattened the port city, Kalmora and 40,000 people are now homeless, the Red Cross said. Aid "
     "agencies have flown in 600 tonnes of food.", r"(?:40,000 people|.*Kalmora.*)"),
    # a magnitude word with no number says no figure
    ("The strike, the longest in a decade, cost the rail operators billions in lost fares. The operators have since "
     "cut 4,000 jobs.", r".*billions.*"),
])
def test_fragments_are_withheld(text: str, fragment: str) -> None:
    lines = figure_lines(text)
    assert not [line for line in lines if re.fullmatch(fragment, line)], lines


@pytest.mark.parametrize(("text", "value"), [
    # near misses: a relative clause on an event, a count that is its clause's subject, an amount with its number
    ("The company blamed the contractor for the explosion, which killed 11 workers and injured 17 others.", "11"),
    ("The cyclone killed an estimated 2,000 people in and around the port city, the government said.", "2,000"),
    ("The strike cost the rail operators $2 billion in lost fares, the transport ministry said.", "$2 billion"),
])
def test_completed_figures_stay(text: str, value: str) -> None:
    assert _with(figure_lines(text), value), figure_lines(text)


# ---------------------------------------------------------------- a time from the figure's own entry only

def test_a_timeline_entry_does_not_date_the_one_before() -> None:
    lines = figure_lines("The rig's operator published its own account of the disaster. 20 April - Gas rises up the "
                         "well and an explosion on the rig kills 11 men April 21 - 22 - The blowout preventer fails "
                         "to seal the well.")
    assert _with(lines, "11 men"), lines
    assert not [line for line in lines if "21" in line], lines


def test_a_date_in_running_prose_still_dates_its_figure() -> None:
    lines = figure_lines("The regulator fined the bank $40 million on 12 March for failing to check its customers.")
    assert [line for line in _with(lines, "$40 million") if "12 March" in line], lines


def test_a_clause_cut_after_its_verb_is_withheld() -> None:
    lines = figure_lines("The foreign ministry has committed $30 million in support for projects that help dissidents "
                         "evade online censorship, including training for bloggers in 12 countries, a spokesman said.")
    assert not [line for line in _with(lines, "$30 million") if "dissidents" not in line], lines


@pytest.mark.xfail(strict=True, reason="a paraphrase carried on with no quotation marks and no cue ('..., in his view') "
                   "gets the reporter's voice from the attribution stage, so its figure is printed bare")
def test_a_paraphrase_continued_carries_its_speaker() -> None:
    lines = figure_lines("The party's deputy leader defended the post. Britain, he argued, was bankrupt. Some 60,000 "
                         "pensioners would die of cold this winter, in his view.")
    assert not [line for line in _with(lines, "60,000") if "— per" not in line], lines
