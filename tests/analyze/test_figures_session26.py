"""Session 26 (Audit 40, 41.4 #2 and #7): detached tolls, descriptor appositives and glosses that lost their numbers."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

# A toll inside an "in which / during which / where" clause belongs to that clause's event, not the article's.
DETACHED = [
    ("The spill is not the equal of the Harlow flood in which, let us recall, some 900 residents drowned. "
     "The company says the leak will be capped soon. Engineers worked through the night on the well.", "900"),
    ("Critics compare the outage to the Marlow blackout of 2003, during which about 40 people died. "
     "The utility says power will return by Monday. Crews were sent to the area.", "40"),
    ("Officials recalled the Denton riots, where some 60 people were killed. "
     "The mayor said the city was calm on Tuesday. Schools reopened as planned.", "60"),
]

# An appositive that only describes what a named body is counts nothing a reader keeps.
DESCRIPTORS = [
    ("Shoppers in Ireland have so far donated more than $9m to the Famine Relief Board (FRB), an umbrella group of "
     "14 major Dublin-based charities, which has broadcast appeals on TV and radio. The board said the money would "
     "buy tents.", "14"),
    ("The aid goes through the Harbor Trust, a network of 40 local food banks. Demand rose sharply this winter, "
     "the trust said.", "40"),
    ("Volunteers joined the Coastal Alliance, a coalition of 25 regional environmental groups, which has sued the "
     "state twice. The case opens in May.", "25"),
]

# "In 2009 X struck more than 80 times, killing 300 to 400 people": no line may keep the words but lose the numbers.
GLOSSES = [
    "In 2009, the army struck more than 80 times, killing 300 to 400 people. Officials said the raids would go on.",
    "Last year, the rebels attacked more than 50 times, killing 120 to 150 soldiers. The government denied the figures.",
]


@pytest.mark.parametrize(("text", "number"), DETACHED)
def test_detached_toll_withheld_or_with_event(text: str, number: str) -> None:
    """A toll of another event is withheld or names its event (41.4 #2: A6's Katrina toll in a spill brief)."""
    for line in figure_lines(text):
        if number in line:
            assert any(w in line for w in ("flood", "blackout", "riots")), line


@pytest.mark.parametrize(("text", "number"), DESCRIPTORS)
def test_descriptor_appositive_withheld(text: str, number: str) -> None:
    """A count that only describes a named body is not a key figure (41.4 #7: A2's descriptor of the DEC)."""
    assert not any(number in line for line in figure_lines(text)), figure_lines(text)


@pytest.mark.parametrize("text", GLOSSES)
def test_gloss_keeps_numbers(text: str) -> None:
    """A shown gloss never drops the numbers it reads (41.4 #7: A4's "attacked times killing people")."""
    for line in figure_lines(text):
        assert " times killing" not in line and "times," not in line.split("—")[-1][:8], line


# A clause joined after a relative clause by ", and" is a clause of its own, even where the parser hangs it on the
# relative clause (the lead's eval reader run after the merge of session 26: "two of the borough's seven leisure
# centres will close" was withheld as detached). Written for this test.
JOINED_AFTER_RELATIVE = [
    ("Under the plan, 90 jobs will go, of which 30 are now vacant, and three of the city's nine libraries will shut.",
     "three"),
    ("The trust will sell 40 farms, of which 15 are let, and two of the region's six visitor centres will close.",
     "two"),
]


@pytest.mark.parametrize(("text", "number"), JOINED_AFTER_RELATIVE)
def test_a_clause_after_a_relative_clause_keeps_its_count(text: str, number: str) -> None:
    assert any(number in line for line in figure_lines(text)), figure_lines(text)
