"""Set-up key points of reader Audit 48 (docs/audit.md 49.2, 49.3; issue #11, session 32).

- **A round-up's announcement** ("questions are being asked ...", "The Courier spoke to several experts ... Here is
  what they said.") is hook, and the experts' answer leads (point_announced).
- **A Q&A explainer's harm answer** (tanks sent in, a toll) leads over an early background answer, and answers to a
  looking-back question ("What prompted ...?") weigh less (point_answers).
- **A hoax written as news**: the dated act leads over a background trend lede, and a closing conditional line the
  scores mark as a last resort does not lead (point_news_acts, summary.usable).
- **A sensed lede** ("Sirens were heard ...") is colour (point_verdicts).
- **An open question announced** ("But questions are being asked about who will now lead ...") is a set-up
  (point_announced.open_question).
- Near misses: a report whose lede tells its news and which later "spoke to experts" keeps its lede; a trend lede
  with no dated act keeps its place; a Q&A with no harm keeps its first answer; what a recording lets one hear is
  the evidence, not colour.

All articles are written for these tests (tests/analyze/points_s32_cases.py).
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points
from tests.analyze.points_s32_cases import EXPERTS, HOAX, HOAX_CLOSE, OPEN_QUESTION, QA_CRACKDOWN, RECORDING, SIRENS

CASES = [EXPERTS, QA_CRACKDOWN, HOAX, HOAX_CLOSE, SIRENS, OPEN_QUESTION]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_first_points(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not [phrase for phrase in case.banned if any(phrase in point for point in points)], points


REPORT_WITH_EXPERTS = Case("report_with_experts", """\
A footbridge over the river Tane collapsed on Saturday morning, injuring four people, the city council said.

Council leader Maria Stone said the bridge had passed an inspection in March and that an inquiry would begin at once.

Investigators spoke to several experts about the steel used in the bridge, which was built in 1978.

The bridge will stay closed while the inquiry takes place, and a ferry will run in its place.
""", ("news",), ("footbridge over the river Tane collapsed",))

TREND_ONLY = Case("trend_only", """\
The number of cyclists in the city has tripled over the last decade, according to figures from the transport office.

Cycle lanes now run along most of the main roads, and a bike-share scheme has 4,000 bicycles.

Shopkeepers say the change has brought more customers to the high street, though some drivers complain of delays.
""", ("news", "feature"), ("number of cyclists in the city has tripled",))


@pytest.mark.parametrize("case", [REPORT_WITH_EXPERTS, TREND_ONLY, RECORDING],
                         ids=["report_with_experts", "trend_only", "recording"])
def test_lede_kept(case: Case) -> None:
    _, points = brief_points(case)
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points


def test_announcement_and_hook_are_no_points() -> None:
    _, points = brief_points(EXPERTS)
    assert not any("under growing pressure" in p or "Here is what they said" in p for p in points), points


def test_qa_without_harm_keeps_its_first_answer() -> None:
    case = Case("qa_plain", """\
The city of Lorne will hold a vote next month on whether to ban cars from its old town.

What would change?

Only buses, taxis and delivery vans would be allowed in the old town between 7am and 7pm.

Who is for the plan?

Shopkeepers in the old town and a group of residents have campaigned for the ban for two years.

What happens next?

The result of the vote will be binding, and the ban could start as early as next spring.
""", ("qa", "explainer", "news"), ("will hold a vote next month",))
    _, points = brief_points(case)
    assert any("will hold a vote next month" in p for p in points[:2]), points
