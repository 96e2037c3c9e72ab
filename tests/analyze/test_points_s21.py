"""Key points, session 21 (reader Audit 33: a correspondent's blog, a start-up feature, a stock-picking column).

Audit 33's blog post led its key points with a detail of the scene ("As our flight came in to land, the crew handed
out forms") and kept a simile of the opening ("Arriving here is a bit like turning up at a laboratory") while the
writer's thesis sat second; a Newsroom feature led with its hook question ("Can an online game help ...?"); and a
stock-picking column led with one company's earnings detail while its frame ("Herewith are some companies poised to
benefit from ...") sat last. Here the thesis leads, the simile and the question are no lead, and a column's list
frame leads. Near miss: a report that quotes a question keeps its lede.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

ANY = ("news", "feature", "opinion", "analysis", "explainer", "qa", "review", "roundup")

BLOG_SIMILE = Case("blog_simile", (
    "Taiwan is treating the measles outbreak very seriously. "
    "Getting off a train in Taipei these days is a bit like walking into a hospital ward. "
    "I have just returned to Taipei after a week of reporting in Osaka. "
    "As our train pulled into the station, the guard handed out yellow health cards printed by the ministry. "
    "The cards asked for our carriage number and a phone number in the city. "
    "When the doors opened, we were told to wait on the platform. "
    "Two nurses in face shields walked along the line, holding a thermometer to each traveller's ear. "
    "After a few minutes, the nurses led a woman in a red coat away to a side room. "
    "She seemed rather upset. "
    "In the ticket hall, we passed two more checkpoints staffed by nurses looking for anyone with a rash. "
    "If the woman in the red coat is found to have measles, the ministry can trace every one of us and order us to "
    "stay home for ten days.\n"), ANY, ("treating the measles outbreak very seriously",),
    ("a bit like walking into", "I have just returned"))

HOOK_QUESTION = Case("hook_question", (
    "Office fitness apps are no longer just a gimmick. "
    "One young company says its app can cut the days workers take off sick. "
    "Can a phone game really keep a sales team healthy? "
    "Can it trim an employer's rising insurance costs? "
    "That is the wager of Dana Ortiz, a former bank analyst, who founded Stridely in Leeds two years ago. "
    "Stridely sells its app to employers, which offer it to their staff. "
    "Workers join teams of four and earn points for walking, sleeping well and eating fruit. "
    "Stridely charges $9 per worker a year. "
    "\"People quit when they are bored, so the game has to be fun,\" Ortiz says. "
    "A logistics firm in Hull signed up 3,000 workers, and about 40 percent said they had lost weight after ten weeks. "
    "Health researchers caution that short-term gains are easy and lasting change is hard. "
    "\"Almost anything works for a month,\" says Priya Nair, a professor of public health. "
    "Stridely has raised $6 million from investors and plans to open an office in Dublin next year.\n"),
    ANY, ("no longer just a gimmick", "cut the days workers take off sick", "wager of Dana Ortiz"), ())

LIST_FRAME = Case("list_frame", (
    "John Maynard Keynes, the economist I studied at university, would have cheered the state's return to the markets. "
    "Whatever you think of that, an investor has to work with the world as it is. "
    "Herewith are some companies set to profit from the new rules on home insulation. "
    "Corvel Materials (CVM, 14) makes the mineral wool that the rules now require in every new house. "
    "Its order book has doubled since March, and it is building a second plant in Ohio. "
    "Shares trade at 12 times my estimate of next year's earnings. "
    "Brightwall (BRW, 31) sells heat pumps to builders. "
    "The heat pump division is not yet profitable, but the rest of the business should earn $2.10 a share next year. "
    "I expect earnings to grow by a fifth a year for the next five years. "
    "Tessan Energy (TSN, 8) audits old homes for the grants the rules pay for. "
    "Its margins are thin, but it has no debt. "
    "Betting on new laws has its dangers, since politicians can change the rules overnight. "
    "Still, the three companies above sell things their customers need whatever Congress decides.\n"),
    ANY, ("companies set to profit from the new rules",), ())

NEAR_REPORT_QUESTION = Case("near_report_question", (
    "The city council voted on Monday to close the Westgate swimming pool at the end of the summer.\n\n"
    "Councillors said the pool would need $4 million in repairs to stay open.\n\n"
    "\"Where will our children learn to swim?\" asked Mara Lind, who has led a campaign to save it.\n\n"
    "The council said it would offer free lessons at the leisure centre across town.\n"),
    ANY, ("voted on Monday to close",), ())

CASES = [BLOG_SIMILE, HOOK_QUESTION, LIST_FRAME, NEAR_REPORT_QUESTION]


@pytest.mark.parametrize("case", case_params(CASES))
def test_session21_points(case: Case) -> None:
    """The case's point is among the first two key points, no banned phrase is a key point, none leads with a question."""
    genre, points = brief_points(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points
    assert not points[0].rstrip().endswith("?"), points


@pytest.mark.xfail(strict=True, reason="open gap: a short first-person piece's scene details outscore its one incident "
                   "and its close by position alone (Audit 33's blog post)")
def test_blog_incident_is_a_point() -> None:
    """The one incident of the blog (the woman led away) is a key point."""
    _, points = brief_points(BLOG_SIMILE)
    assert any("led a woman in a red coat" in p for p in points), points
