"""Labelled cases for session 17's second genre round (reader Audit 27, docs/audit.md section 28).

- **A signed commentary says so**: an "Editor's note: X is a contributor and columnist ..." line and a closing
  "The opinions expressed in this commentary are solely those of X." make the piece opinion, and a photo caption
  run in ahead of the editor's note (a present-tense scene with no source) is no key point.
- **A rumour explainer and a report of a newspaper's claim argue nothing**: "Is X running the country? Here is
  what we know" and "a paper says X broke both ankles" stay news (or an explainer), never opinion.
- **A live blog whose writers hand over in the text** ("Ann Holt in London, taking over.", "Thanks Ben and Sara")
  is a live page.
- **A tech rumour's claims follow their announcement**: after "one source claims to know the specs", the specs
  themselves are a key point.
- Near-misses: a real opinion column stays opinion; a news report with a scene lede whose second sentence is the
  news leads with the news.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

DISCLAIMED = Case("disclaimed_commentary", (
    "A volunteer unlocks the doors of a polling station the morning of the county primary. Turnout was lower than "
    "officials expected. Editor's note: Dana Price is a contributor and senior political columnist for the Weekly "
    "Ledger. She is the author of the book \"Common Ground.\" Beneath the governor's easy win on Tuesday lies a "
    "stubborn sign of trouble for his party: its voters are staying at home. Turnout fell by a fifth against the "
    "last primary, according to the county clerk. In three counties fewer than one voter in six cast a ballot. "
    "Party officials blamed the weather and a short campaign. The numbers can be explained away by party officials "
    "all day long, but the fact remains that voters are not turning out for this field of candidates. The party "
    "will have to give them a reason to vote before November. The opinions expressed in this commentary are "
    "solely those of Dana Price."), ("opinion",), ("voters are staying at home", "not turning out"),
    ("polling station", "Turnout was lower"))

RUMOUR_EXPLAINER = Case("rumour_explainer", """\
Is the president's nephew running the country? Here is what we know.

Rumours that Ilan Moret has taken over the day-to-day running of the government have spread online since the \
president was last seen in public on 3 May.

Moret, 34, was named deputy head of the president's office in March, according to the official gazette.

State media have shown him at four official events in the past month, more than in the whole of last year.

Analysts say the rumours cannot be confirmed. Lena Sorel, a researcher at the Eastern Policy Institute, said it \
was more likely that Moret was passing on his uncle's orders while the president rested.

"There is no sign of a struggle at the top," she said.

Other rumours have claimed that the president is ill, which the government has denied.
""", ("news", "analysis", "qa", "feature"), ("cannot be confirmed", "passing on his uncle's orders"))

CLAIM_REPORT = Case("claim_report", """\
The leader of Varnia broke both of his ankles during a military inspection, a newspaper in the neighbouring \
capital has reported.

The Daily Meridian said on Tuesday that the leader had surgery in the middle of September and was now using a \
walking stick.

The paper cited an unnamed source close to the government in the capital.

The leader has not been seen in public since 3 September. State television said last week that he was \
"not feeling well" but gave no details.

Officials in Varnia have not commented on the report.
""", ("news",), ("broke both of his ankles",))

LIVE_HANDOVER = Case("live_handover", """\
Health officials around the world are racing to contain the spread of the new flu strain. Follow the latest \
developments here.

The World Health Organisation has raised its pandemic alert to level four, a sign that the virus is spreading \
from person to person.

Spain has confirmed its first case, a man who returned from a trip to the coast last week.

Here is a round-up of what the morning papers say. The Courier leads on the cancelled flights; the Standard \
warns of a run on face masks.

Ben Ward here, taking over from Sara for the afternoon.

The health secretary has told MPs that the country has enough antiviral drugs for half the population.

Airlines say bookings have fallen by a tenth since the weekend.

Thanks Ben and Sara. Ann Holt in Washington, taking over.

The White House says the president has been briefed and that there is no need for panic.

Schools in two states have closed for the rest of the week.
""", ("live",), ("pandemic alert", "spread of the new flu"))

TECH_RUMOUR = Case("tech_rumour", """\
The smartwatch was shown off early, months before it is due in shops.

The company has kept most of the details under wraps since the launch event.

But one analyst claims to know what is inside it.

According to Mark Dorne of Halden Research, the watch will come with 512MB of memory and 4GB of storage as \
standard, and a chip made by Lumicore.

Dorne also says the battery will last a full day.

He expects a GPS chip in the second model, though we think that is less likely, since it would drain the \
battery even faster.
""", ("news", "feature", "analysis", "opinion"), ("512MB of memory",))

OPINION_COLUMN = Case("opinion_column", """\
The council's plan to close the town's last public library is a mistake, and councillors should think again.

I have used that library for thirty years. My children learned to read in its children's corner.

The council says the closure will save money. But the savings are tiny next to what we would lose.

A library is not a luxury. It is the one warm place in town where anyone can sit without paying.

Councillors should find the money elsewhere. If they do not, we will all be poorer for it.
""", ("opinion",), ("is a mistake", "should think again", "should find the money"))

SCENE_LEDE_NEWS = Case("scene_lede_news", """\
The morning market in Sallow was busy as usual on Monday, with traders setting out fruit under the awnings.

Hours later, police closed the square after a gas explosion in a nearby bakery injured eleven people, two of \
them seriously, the fire service said.

The blast blew out the windows of three shops and sent smoke over the town centre.

"We heard a huge bang and then people were running," said one trader, Paul Anker.

The cause of the explosion is being investigated, police said. The square is expected to stay closed until \
Wednesday.
""", ("news",), ("gas explosion",))

DISPATCH_SCENE = Case("dispatch_scene", """\
The border crossing at Tell Amar is quiet this morning.

The heat is already fierce, and the few drivers waiting here sit in the shade of their lorries.

The last post on the other side is about three kilometres away, down a long straight road.

Rebel fighters took control of the border posts on the other side on Friday, after two days of fighting with \
government troops.

Since then the government has in effect closed the crossing, and no lorries have been allowed through.

A spokesman for the border authority told me the crossing would stay shut until the situation was clear.

The fall of the regime, if it comes, will take time, and the families waiting at this border know it.
""", ("news", "feature"), ("took control of the border posts", "in effect closed the crossing"),
    ("heat is already fierce",))

CASES = [DISCLAIMED, RUMOUR_EXPLAINER, CLAIM_REPORT, LIVE_HANDOVER, TECH_RUMOUR, OPINION_COLUMN, SCENE_LEDE_NEWS,
         DISPATCH_SCENE]
GAPS: tuple[str, ...] = ()


@pytest.mark.parametrize("case", case_params(CASES, GAPS))
def test_genre_and_lead(case: Case) -> None:
    """The genre is one the case accepts; a lead phrase is in the first two key points; no banned phrase is."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points[:3])
    assert any(p in k for k in points[:2] for p in case.lead), (genre, points[:3])
    assert not any(b in k for k in points for b in case.banned), (genre, points)
