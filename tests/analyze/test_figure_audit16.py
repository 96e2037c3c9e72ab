"""Key figures a reader deletes (reader Audits 15 and 16: 49% of the section's items deleted).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds: parts listed beside their total, one value shown twice in two
sentences, phone numbers and ages, small counts in passing, a figure inside an allegation shown without
who alleges it, and a figure whose referent is lost. First score on the unchanged code: 13/21; now 21/21."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_TWIN = ("Twin bombings killed 17 people in the capital on Tuesday, the state news agency said. Twelve people "
         "died in the market blast and five were killed at a checkpoint, the agency said.")
_CASES_LIST = "Health officials have confirmed 30 cases of the virus, including nine in Leeds. The outbreak began last month."
_FLOODS = "The floods have killed 85 people, officials said. Among the dead were 20 men and 65 children."
_PLEDGE = ("The government pledged $20bn for reconstruction on Monday. Finance minister Ana Reyes said the $20 billion "
           "would be paid over five years.")
_HOMES = ("The storm destroyed 3,000 homes, the Red Cross said. Aid workers said the 3,000 destroyed homes would take "
          "years to rebuild.")
_INCIDENT = "Anyone with information is asked to call the incident room on 101, quoting reference 4471."
_HOTLINE = "Police are appealing for witnesses. Anyone with information should call Crimestoppers on 0800 555 111."
_AGED = "A man aged 54 was arrested on Monday. Police said $2m had been stolen from the bank."
_FARMS = ("Soldiers searched two farms near the village after the attack. The raid left 40 people dead, officials "
          "said.")
_PLANES = "The attackers arrived in two planes on Sunday. They killed 32 people at the airport, police said."
_ALLEGED = "There are allegations that 85 people were killed in the air strike, but the army denies it."
_CLAIM = "The rebels claim that 200 fighters have joined them since March."
_LEVEL = "The WHO raised its alert level to four, two steps short of declaring a pandemic."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # parts listed beside their total: the total stays, the parts go
    (_TWIN, '17', ['17 people', 'killed'], [], False),
    (_TWIN, 'Twelve', None, [], True),
    (_CASES_LIST, '30', ['30 cases'], [], False),
    (_CASES_LIST, 'nine', None, [], True),
    (_FLOODS, '85', ['85 people', 'killed'], [], False),
    (_FLOODS, '20', None, [], True),
    (_FLOODS, '65', None, [], True),
    # one value in two sentences: one bullet
    (_PLEDGE, '$20', ['$20bn', 'reconstruction'], [], False),
    (_HOMES, '3,000', ['3,000 homes', 'destroyed'], [], False),
    # phone numbers, references and ages are no figures
    (_INCIDENT, '101', None, [], True),
    (_INCIDENT, '4471', None, [], True),
    (_HOTLINE, '0800', None, [], True),
    (_AGED, '54', None, [], True),
    (_AGED, '$2m', ['$2m', 'stolen'], [], False),
    # a small count of things in passing, beside the story's toll
    (_FARMS, 'two farms', None, [], True),
    (_FARMS, '40', ['40 people', 'dead'], [], False),
    (_PLANES, 'two', None, [], True),
    (_PLANES, '32', ['32 people', 'killed'], [], False),
    # a figure inside an allegation keeps who alleges it
    (_ALLEGED, '85', ['85 people', 'killed', 'allegations'], [], False),
    (_CLAIM, '200', ['200 fighters', 'rebels claim'], [], False),
    # a level keeps what it is the level of
    (_LEVEL, 'four', ['alert level'], [], True),
]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", CASES)
def test_a_figure_a_reader_keeps_or_none(text: str, number: str, must: list[str] | None,
                                         must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= len(CASES), score
