"""A modal of obligation before a verb of feeling or wonder urges nothing (the lead's reading of Audit 40 #6 after the
merge of session 26: "Anyone who doesn't hate him has to feel a little badly for Obama" was filed as a Recommendation).

"You have to admire ...", "one has to wonder ...", "anyone ... must feel sorry for ..." say what the writer thinks a
fair reader feels; they name no act for anyone to take. Calls that name an act ("The council has to act", "Ministers
must explain ...") stay. Short articles written for this test.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.section_rhetoric import NOT_CALL_PATTERNS

FEELINGS = [
    "Anyone who doesn't despise the mayor has to feel a little sorry for her.",
    "You have to admire the committee's persistence.",
    "One has to wonder whether the board read the report at all.",
    "Even her rivals must marvel at how quickly the plant was rebuilt.",
    "You have to laugh at the timing of the announcement.",
]
CALLS = [
    "The council has to act before the winter floods.",
    "Ministers must explain why the report was delayed.",
    "The regulator should feel free to fine the company.",
]


def _not_a_call(sentence: str) -> bool:
    return any(p.search(sentence) for p in NOT_CALL_PATTERNS)


@pytest.mark.parametrize("sentence", FEELINGS)
def test_a_modal_before_a_feeling_is_no_call(sentence: str) -> None:
    assert _not_a_call(sentence)


@pytest.mark.parametrize("sentence", CALLS)
def test_calls_that_name_an_act_stay(sentence: str) -> None:
    # The last carries "feel": "feel free to fine" names an act.
    assert not _not_a_call(sentence)
