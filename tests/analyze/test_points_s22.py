"""Key points, session 22 (reader Audit 35: argument pieces lost their thesis to the set-up of their lede).

Audit 35 read a short comment column whose thesis came late after a conclusion marker ("Either way, in the long
run, it looks increasingly hard for X to ..."), and a first-person blog post whose argument was an obligation in the
writer's voice ("But their ... needs to be exposed") after three lines of background. Both briefs led with the
lede's set-up and background and lost the thesis. Here the writer's concluding or obligating claim leads an argument
piece; a straight report (a news day in its lede) keeps its lede, and a quoted "either way" is no thesis.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

COLUMN_EITHER_WAY = Case("column_either_way", """\
When a city's auditors start asking questions and the bond rating slips a notch, Mayor Ruth Kessler begins to look \
exposed.

"Nobody who signed that contract would still be on my team," said the state governor.

This read like a plain hint to the council to remove the mayor, since Kessler depends on the governor's money as \
much as on her voters.

The governor's dig at the mayor's handling of the bridge contract is also deserved.

Her remark that the overrun was "a rounding error" was careless, and calling the auditors "amateurs" was worse.

But would removing the mayor fix anything?

For now, it might only delay the repairs to the bridge.

That view would change if the auditors find that the money went to friends of the mayor's office.

Either way, over the coming months, it looks increasingly difficult for the mayor to hold on to her job.

The city's bonds fell again this afternoon, to their lowest price in a decade.
""", ("news", "opinion", "analysis"), ("increasingly difficult for the mayor",),
    title="Mayor stumbles over bridge contract")

BLOG_EXPOSED = Case("blog_exposed", """\
The militia seized the aid worker Hanna Lorenz on March 3, 2019.

Lorenz was a volunteer nurse running a clinic for refugees near the border at the time.

The group has held her since then, and this morning it posted a video of her execution.

The killers want attention for this cruelty, and I am reluctant to give it to them even in a short post.

But their cruelty needs to be exposed.

The prime minister is unwilling to do much about the militia's advance, beyond sending drones.

In recent days, the drones have helped the army push the militia back from two villages.

But the militia is far from beaten, and it still holds the port and three large towns.

It is still holding another aid worker, a teacher from Leeds.
""", ("feature", "opinion", "news"), ("cruelty needs to be exposed",), ("volunteer nurse",))

REPORT_QUOTED = Case("report_quoted", """\
The city council voted on Tuesday to remove Mayor Ruth Kessler over a bridge contract that ran $40 million over \
budget.

Kessler, who has led the city for six years, said she would challenge the vote in court.

"Either way, in the long run, this city will need a new bridge," said the council's leader, Omar Haddad.

The auditors found that the contract was signed without a tender.

The bridge has been closed to lorries since the spring.

Work on the repairs is expected to resume next month.
""", ("news",), ("voted on Tuesday to remove",), title="Council removes mayor over bridge contract")

REPORT_NEEDS = Case("report_needs", """\
A freight train came off the rails near the village of Dunmore on Sunday, spilling diesel into a stream.

Nobody was hurt, but about 200 homes were told to keep their windows shut overnight.

The rail operator said the line would stay closed until Wednesday.

Environmental officers said the stream needs to be cleaned before the fish return in the spring.

Engineers were inspecting the track for damage on Monday.

Either way, the operator said, passengers should expect delays all week.
""", ("news", "opinion"), ("came off the rails",), title="Freight train derails near Dunmore")

CASES = (COLUMN_EITHER_WAY, BLOG_EXPOSED, REPORT_QUOTED, REPORT_NEEDS)


@pytest.mark.parametrize("case", case_params(CASES))
def test_session22_points(case: Case) -> None:
    """The thesis (or a report's lede) is among the first two key points, and no banned line is a key point."""
    genre, points = brief_points(case)
    assert genre in case.genres, genre
    assert any(phrase in p for p in points[:2] for phrase in case.lead), points
    assert not any(phrase in p for p in points for phrase in case.banned), points


@pytest.mark.parametrize(("text", "call"), [
    ("But their cruelty needs to be exposed.", True),
    ("The law has to be changed before the next election.", True),
    ("That view would have to be reversed if the plumes are large.", False),
    ("The whole scheme will have to be scrapped and started again.", False),
    ("You don't need to be married to take part.", False),
    ("The tickets do not need to be printed.", False),
])
def test_call_or_hedge(text: str, call: bool) -> None:
    """A call is an obligation the writer states; a conditional, a forecast or a negation is none."""
    from newsbrief.analyze.point_conclusions import is_call

    assert is_call(text) is call
