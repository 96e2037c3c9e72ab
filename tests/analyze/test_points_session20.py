"""Key points, session 20 round 1 (reader Audit 32 A4/A5/A6/A7, the lead's Newsroom row 1).

Audit 32 found a blog op-ed whose thesis came last ("As I argue ..., limited interventions ... can also avoid
catastrophic failures") led by its illustrations and a premise, and CNN columns whose stop-less standfirst
highlights, glued into one or two sentences ("... overseas He says ... he says"), were shown as a run-on key point.
Here an op-ed's or analysis's argued thesis leads even when it comes late ("the real question is", "the lesson
is", "That is why ... must", "In the end,", "Ultimately,", "As I argue"), and a paragraph of glued highlights is no
key point, and an opening claim the next sentence offers an example of ("And there is no better example than
...", the lead's Newsroom row 1) leads. Near misses: straight reports whose lede is the point (a quoted "ultimately", a late "That is why"), an
analysis whose thesis is its first sentence, an op-ed closing on a quip, and a report's own "he says" paragraph.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow


ANY = ("news", "feature", "opinion", "analysis", "explainer", "qa")

OPED_AS_I_ARGUE = Case("oped_as_i_argue", """\
Here is a passage from the column I wrote this week for the Evening Ledger: cities have always tried small \
fixes for problems that matter but are not urgent.

From painted cycle lanes to parking meters to the many pilot schemes of the past decade (the night buses, the \
car-free Sundays, the school streets), the council has often tried to change habits without big spending.

Some worked better than others, and in each case the hard part was matching the goal to the money on offer.

The one time nobody asked about the cost, we ended up with the tram that never ran.

The temptation for a mayor is to promise a complete transformation, whatever it costs.

Mayors want to be remembered for great projects, and the new harbour bridge is certainly a handsome project.

But the bigger the promises, the bigger the bill that follows.

My fingers are crossed for the bridge.

As I argue in the column, small schemes may bring small gains, but they also spare the city a costly failure.
""", ANY, ("small schemes may bring small gains",), ("My fingers are crossed",))

OPED_REAL_QUESTION = Case("oped_real_question", """\
Last winter the Harlow library opened until midnight for the first time in its history.

Students queued at the door with flasks of coffee, and the reading room was full by nine.

A month later the late opening was quietly dropped, and the same students went back to the cafes.

The council blamed the heating bill, and the unions blamed the council.

I was one of them, and I still cannot see why nobody, it seems, asked the students what they wanted.

The real question is whether the council still believes a library is a public service at all.
""", ANY, ("real question is whether the council",), ())

OPED_THAT_IS_WHY = Case("oped_that_is_why", """\
My grandfather kept bees on a strip of land behind the railway for forty years.

Every summer he sold the honey at the church fair, and every summer the jars ran out by noon.

Today the strip is a car park, and the nearest hives are twenty miles away.

Farmers across the county say their orchards set less fruit each spring.

The sprays that were meant to save the crops are killing the insects that pollinate them.

That is why the county must ban the worst of these sprays before another summer is lost.
""", ANY, ("county must ban the worst of these sprays",), ())

OPED_IN_THE_END = Case("oped_in_the_end", """\
The stadium has been the pride of Corvale since the club won the cup there in 1978.

On match days the streets around it fill with scarf sellers, burger vans and families in the team's colours.

The owners now want to move the club to a new ground by the motorway, with a hotel and a shopping centre.

They promise more seats, better transport and a museum for the old trophies.

I have held a season ticket for thirty years, and I signed the supporters' petition against the move.

In the end, a football club belongs to its town, and no shopping centre can buy that back.
""", ANY, ("a football club belongs to its town",), ())

ANALYSIS_LESSON = Case("analysis_lesson", """\
By Tom Hale, Environment correspondent

When the river burst its banks in Orsay in 2019, army engineers arrived within a day with pumps, boats and \
field kitchens.

Volunteers filled sandbags in the town square, and the local radio read out the names of streets to evacuate.

When the same river flooded Tessin last month, the first pumps arrived after four days.

Residents waited on their roofs while officials argued over which agency should pay.

The lesson is that a flood plan is only as good as the chain of command behind it.

Tessin had a plan on paper but nobody who could order the pumps to move.
""", ANY, ("flood plan is only as good as the chain of command",), ())

ANALYSIS_ULTIMATELY = Case("analysis_ultimately", """\
By Tom Hale, Economics correspondent

In Belmar, the new tax on sugary drinks raised prices on supermarket shelves within a week.

In Ostrava, a similar tax was absorbed by the bottlers, and prices barely moved.

In Lanza, shops simply stopped stocking the largest bottles.

Health officials in all three cities say sales have fallen, though by very different amounts.

Ultimately, a drinks tax works only when the price that shoppers see actually rises.
""", ANY, ("a drinks tax works only when the price",), ())

REPORT_QUOTED_ULTIMATELY = Case("report_quoted_ultimately", """\
The Marren county council voted on Tuesday to close three of its five public swimming pools by the end of the year.

The decision will save about 1.2 million pounds a year, the council's finance officer said.

Parents protested outside the town hall during the vote, holding banners and children's armbands.

"Ultimately, we had to choose between pools and care homes," council leader Anna Ribe told reporters.

The two remaining pools will extend their opening hours from January.
""", ANY, ("close three of its five public swimming pools",), ())

REPORT_LATE_THAT_IS_WHY = Case("report_late_that_is_why", """\
A fire destroyed a furniture warehouse on the edge of Dunmore on Sunday night, sending smoke over the motorway.

About sixty firefighters fought the blaze for six hours, and no one was hurt, the fire service said.

The warehouse had been empty since the company moved its stock to a new site in the spring.

Police said they were treating the fire as suspicious.

That is why the motorway was closed in both directions until Monday morning, officers added.
""", ANY, ("destroyed a furniture warehouse",), ())

ANALYSIS_THESIS_FIRST = Case("analysis_thesis_first", """\
By Tom Hale, Economics correspondent

The lesson of the Halden strike is that a government cannot cut wages and expect the trains to run on goodwill.

For three weeks, drivers have refused overtime, and a third of all services have been cancelled.

Ministers say the pay offer is the best the country can afford.

The unions point out that drivers' pay has fallen by a tenth since 2015 once prices are counted.

In the end, commuters will decide which side wins the argument.
""", ANY, ("a government cannot cut wages",), ())

OPED_QUIP_CLOSE = Case("oped_quip_close", """\
The city's new parking app is the worst piece of public software I have used in twenty years.

It asks for your car's registration three times, forgets it twice, and charges you for the minutes it spends \
loading.

Last week it fined me for parking in a space I had already paid for.

The council says the app saved it money on ticket machines.

It should count the hours its residents now spend shouting at their phones.

My phone, for one, has never been so well exercised.
""", ANY, ("the worst piece of public software",), ("so well exercised",))

COLUMN_HIGHLIGHTS = Case("column_glued_highlights", """\
By Maria Olsen, Special to the Ledger

Voters have long argued over how much the state should spend abroad Maria Olsen says "hawks" want the aid budget \
cut to fund the army He says "doves" say aid buys more security than tanks Outcome of the budget fight likely to \
shape policy for a decade, she says

Harlow (Ledger) -- When the finance committee published its draft budget on Monday, it reopened one of the \
oldest arguments in the country's politics.

For years, the "hawks" in parliament have argued that every krone sent abroad is a krone taken from defence.

The "doves" reply that schools and clinics in poor countries prevent the wars the army would have to fight.

The vote next month will show which of the two camps now holds the majority.
""", ANY, ("reopened one of the oldest arguments",), ("He says \"doves\"", "Maria Olsen says"))

REPORT_OWN_SAYS = Case("report_own_says", """\
The head of the Marren hospital trust says the emergency department will close at night from next month.

She says the trust cannot find enough doctors to staff the night shifts, and he says the same, added the \
deputy chief.

Patients will be sent to Corvale, forty minutes away by road, a spokesman says.

Local councillors say they will fight the decision.
""", ANY, ("emergency department will close at night",), ())

COLUMN_EXAMPLE = Case("column_exemplified_claim", """\
In pop music these days, sadness is the surest way to a hit record.

And there is no better example than the singer Lena Brook, whose new album of break-up songs has topped the \
charts in eleven countries.

Her videos show rain on windows, empty kitchens and long walks along grey beaches.

Fans post their own tearful covers of her songs, and some of them have millions of views.

Her label says a tour of forty cities is planned for the spring.
""", ANY, ("sadness is the surest way to a hit",), ())

FEATURE_TAKE_FERRY = Case("feature_take_the_ferry", """\
The morning fog lifts slowly over the harbour of Harrow, a small island off the west coast.

Take the ferry from the mainland and the first thing you see is a row of empty cottages by the pier.

The island has lost half of its people in twenty years, and its only school may close next summer.

Only eleven children are still enrolled at the school, and the youngest is five.

The council says it cannot keep a school open for so few pupils.
""", ANY, ("lost half of its people", "Only eleven children", "school open for so few"), ())

CASES = [COLUMN_EXAMPLE, FEATURE_TAKE_FERRY, OPED_AS_I_ARGUE, OPED_REAL_QUESTION, OPED_THAT_IS_WHY, OPED_IN_THE_END, ANALYSIS_LESSON,
         ANALYSIS_ULTIMATELY, REPORT_QUOTED_ULTIMATELY, REPORT_LATE_THAT_IS_WHY, ANALYSIS_THESIS_FIRST,
         OPED_QUIP_CLOSE, COLUMN_HIGHLIGHTS, REPORT_OWN_SAYS]


@pytest.mark.parametrize("case", case_params(CASES))
def test_thesis_leads_and_no_glued_highlights(case: Case) -> None:
    """The genre is one the case allows; the thesis (or a report's lede) is the first key point; no key point is a
    run of glued highlights or the piece's illustration or closing quip."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert points and any(phrase in points[0] for phrase in case.lead), (genre, points)
    assert not any(phrase in p for p in points for phrase in case.banned), (genre, points)
