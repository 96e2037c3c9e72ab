"""Key points, session 19 round 4 (reader Audit 32).

Audit 32 found a readers' Q&A leading with a list item cut from its frame ("Firstly, concerns over ...", a verbless
fragment), the frame itself ("There have been two main factors behind the fall") and an answer cut from its question
("A decision for you, I'm afraid, ..."); an op-ed's concession ("... is certainly a good cause") shown without the
"But" sentence that carries the writer's point; an analysis whose first key point announced its topic ("X looks at
the differences in ...") instead of giving its finding; and a column opening on a stock hook. Near misses: straight
reports whose lead quotes a "certainly", a report on a study that "examines", a concession with no turn after it.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

ANY = ("news", "feature", "opinion", "analysis", "explainer", "qa")

QA_FACTORS = Case("qa_enumerated_factors", """\
Flood insurance: what will it cost you?

The floods across the Marren valley have pushed up the price of home insurance by almost a third since March.

Insurers have also said they will stop offering new cover in the worst-hit villages until the defences are rebuilt.

Why has my premium gone up?

There have been two main reasons behind the rise in premiums.

Firstly, fears over the eventual size of the claims, which are still far from settled.

Thousands of homes are still waiting for assessors, and nobody knows how many will have to be rebuilt.

Secondly, the cost of reinsurance has climbed after a run of storms elsewhere in Europe.

Should I switch to another insurer?

A matter for you, I'm afraid, and not something we can advise on.

Brokers say that switching now may be hard, because most insurers are asking about flood history.

Will the government help?

Ministers have promised a new scheme to cap premiums for homes in flood zones from next year.
""", ANY, ("price of home insurance by almost a third", "stop offering new cover"),
    ("Firstly,", "two main reasons behind", "A matter for you"))

OPED_CERTAINLY = Case("oped_concession_certainly", """\
Governments have always tried to help neighbours in trouble without taking on their fate.

The tendency for a leader is to promise more and more, whatever the cost and whatever the interests at stake.

Leaders want to be seen backing great causes, and the rescue of the Delmar islands is certainly a worthy cause.

But the grander the promises, the larger the mission becomes, and the harder it is to leave.

And then we take responsibility for the future of islands with no working government and no money.

Do we really want to own this, and on our own?

It would be far wiser to share the burden with the regional partners who have offered to help.
""", ANY, ("grander the promises", "share the burden"), ("certainly a worthy cause",))

OPED_OF_COURSE = Case("oped_concession_of_course", """\
The city council wants to sell the old harbour warehouses to a hotel chain.

Of course, the council needs the money, and the warehouses have stood empty for a decade.

Yet selling them for a hotel would throw away the last stretch of public waterfront the city has left.

The warehouses could instead house the market stalls that the new road pushed out of the centre.

Other port cities have turned such buildings into markets and studios that pay their own way within a few years.

The council should put the sale on hold and ask residents what they want.
""", ANY, ("throw away the last stretch", "put the sale on hold"), ("Of course, the council needs",))

OPED_TO_BE_SURE = Case("oped_concession_to_be_sure", """\
The new exam timetable for secondary schools starts in June.

To be sure, the old timetable crammed too many papers into too few days.

However, the new one moves the hardest papers to the hottest weeks of the year, when pupils sleep worst.

Teachers warned the ministry about the heat last year and were ignored.

The ministry should move the main papers back to May before the timetable is printed.
""", ANY, ("hardest papers to the hottest weeks", "move the main papers back"), ("To be sure, the old",))

QUOTED_CERTAINLY = Case("report_quoted_certainly", """\
A court in Lanford jailed a former bank manager for six years on Tuesday for stealing from his customers.

"This was certainly the worst breach of trust I have seen," Judge Helen Croft told the court.

But the defence said the manager had repaid most of the money and would appeal against the sentence.

The manager, Paul Grieve, 52, took more than 300,000 pounds from 40 elderly customers over five years.

Police said the thefts came to light when a customer's daughter checked her statements.
""", ("news",), ("jailed a former bank manager",), ())

PLAIN_CERTAINLY = Case("report_certainly_no_turn", """\
The new bridge over the river Tamsey is certainly the largest building project the town has seen.

It will cost 40 million pounds and take three years to build, the county council said on Monday.

Work is due to start in the spring, and the old ferry will run until the bridge opens.

Residents have campaigned for a bridge for more than twenty years.
""", ("news",), ("largest building project", "cost 40 million pounds"), ())

TOPIC_LINE = Case("analysis_topic_line", """\
The last flood on the scale of this month's in Vesna was the storm surge that hit the coast of Orlan in 2012.

The death toll in Orlan was similar to that in the Vesnan capital.

Our environment correspondent Maya Holt, who reported from both places, looks at the differences in the response.

Within days of the surge in Orlan, army engineers had landed with trucks, pumps and water purification kits.

Rescue boats were commandeered to move supplies along a wide stretch of coast.

In Vesna, by contrast, aid stalled for weeks because agencies were told the capital was too dangerous to enter.

Security advisers kept most aid workers inside the fenced compound near the airport.

The military's control of the only working airport also held back relief flights for days.

Poor coordination between the agencies and the weak state of the country before the flood did the rest.
""", ANY, ("aid stalled for weeks",), ("looks at the differences",))

TOPIC_EXAMINES = Case("analysis_topic_examines", """\
Three years after the pension reform, pensioners in Brannock are poorer than they were before it.

Our economics editor Sam Ortega examines why the reform has failed the people it was meant to help.

The reform tied pensions to wages rather than to prices, just as wages stopped rising.

Prices have risen by 18% since then, while pensions have risen by 6%.

The reform has failed because it bet on a wage growth that never came.

Ministers now say they will review the link, but not before the next election.
""", ANY, ("pensioners in Brannock are poorer", "failed because it bet"), ("examines why",))

STUDY_EXAMINES = Case("report_study_examines", """\
A new study by the University of Harwell examines the sleep of 2,000 night-shift nurses and finds that half \
sleep less than five hours a day.

The researchers said the nurses who slept least made twice as many medication errors.

The study, published on Monday, calls for shorter night shifts and quiet rooms for rest.

The nurses' union said it would raise the findings with hospital managers.
""", ("news",), ("examines the sleep of 2,000 night-shift nurses",), ())

FIRST_MINISTER = Case("report_first_minister", """\
First Minister Aled Rees has announced a new fund of 20 million pounds to reopen rural bus routes.

The fund will pay for up to 60 routes that were cut during the last five years, his office said on Wednesday.

Councils can bid for the money from next month.

Bus operators welcomed the plan but said they would need drivers as well as money.
""", ("news",), ("new fund of 20 million pounds",), ())

STOCK_HOOK = Case("column_stock_hook", """\
By Nora Hale, columnist

Here we go again.

Councillor Ben Ash is talking about a recall vote.

Campaigners are grumbling that the mayor is a traitor to the party.

What is different this time is that the mayor provoking the protest crowd is one of their own.

The fact is that the mayor has never been the radical his old allies want him to be.

He has governed from the centre, and the budget he passed this spring proves it.
""", ANY, ("never been the radical", "talking about a recall vote"), ("Here we go again",))

CASES = [QA_FACTORS, OPED_CERTAINLY, OPED_OF_COURSE, OPED_TO_BE_SURE, QUOTED_CERTAINLY, PLAIN_CERTAINLY,
         TOPIC_LINE, TOPIC_EXAMINES, STUDY_EXAMINES, FIRST_MINISTER, STOCK_HOOK]


@pytest.mark.parametrize("case", case_params(CASES))
def test_point_not_setup_fragment_or_concession(case: Case) -> None:
    """The genre is one the case allows; the point is in the first two key points; no key point is a frame, a
    list item cut from it, an answer cut from its question, a concession without its turn or a topic line."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in p for p in points[:2] for phrase in case.lead), points
    assert not any(phrase in p for p in points for phrase in case.banned), points
