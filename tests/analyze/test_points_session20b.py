"""Key points, session 20 round 2 (reader Audit 33: A3, A5, A6, B1074, B2125).

Audit 33 found key points padded with set-up and background ("experts have long warned ...", "the plans have been
public since ...", "until now no name or price was given"), an aside on what an abbreviation "presumably refers to",
and a pointer to a video the brief does not have ("In the video below, ..."); a TV column whose point was its closing
question to viewers ("Here's my question to you: Should ...?") led by its set-up; and a debunk whose verdict on the
story ("Every part of this story seems absurdly improbable") was in no key point. Here the pointer and the aside are
no key points, the background set-up gives way, a column's closing question to its readers leads, and so does a
writer's verdict on the story it disputes. Near misses: a report whose lede is a search going on "since Monday", a
report closing on a mayor's quoted question, an analysis whose thesis opens it and that asks a rhetorical question
it answers, a report in which experts call a claim unlikely, a camp that "has long argued" a position, a short report whose
three points are all needed, and an "Until now" that tells the old rule the news changes.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow


ANY = ("news", "feature", "opinion", "analysis", "explainer", "qa", "review", "roundup")

COLUMN_QUESTION_TO_YOU = Case("column_question_to_you", """\
The mayor of Harlow has made it clear he will not back down over the new ring road.

Bulldozers are already clearing the water meadows on the east side of town.

More than 300 residents have signed a petition, and dozens chained themselves to the gates on Friday.

The council says the road will cut journey times by a quarter and bring new jobs to the industrial estate.

Campaigners say it will destroy the last wild flood plain in the county.

The environment agency has said it will review the scheme's flood plans next month.

Here's my question to you: Should the government step in and stop the ring road?
""", ANY, ("Should the government step in",), ())

COLUMN_WHAT_DO_YOU_THINK = Case("column_what_do_you_think", """\
Truancy in the county's secondary schools rose again last year, to almost one pupil in ten.

Head teachers say the fines the council hands out to parents have done nothing to stop it.

Some parents take their children on cheap holidays during term time and simply pay the fine.

Others say their children refuse to go because of bullying, and that no fine will change that.

The education minister wants the fines doubled from September.

Should parents be fined at all when their children skip school?

What do you think?
""", ANY, ("Should parents be fined",), ())

DEBUNK_VERDICT = Case("debunk_verdict", """\
A story doing the rounds this week claims that eleven fishermen from a village on the Baltic coast all won the \
national lottery on the same night.

The only source for it is a local radio host, Pavel Dorn, and his account of a party he says he attended.

Dorn told listeners that the men had bought their tickets together at the harbour kiosk.

No lottery official has confirmed any win in the region, and no local paper has followed the story up.

The odds of eleven separate winning tickets in one village are smaller than those of being struck by lightning \
twice in a week.

Every part of this story seems absurdly improbable, from the win itself to the way it reached the national press.

Yet three national papers and two television channels ran it within a day, without a single call to the lottery.
""", ANY, ("absurdly improbable",), ())

POINTER_TO_VIDEO = Case("pointer_to_video", """\
Two people were killed and more than 200 injured on Saturday when rival groups of protesters clashed in the main \
square of Corvale, the health ministry said.

Riot police used water cannon to separate the two sides after nightfall.

In the video below, our correspondent Anna Brill reports on the clashes from a rooftop overlooking the square.

The interior minister blamed the violence on what he called paid agitators.

Opposition leaders said the government had sent its supporters into the square to break up a peaceful sit-in.

The United Nations called on both sides to show restraint.
""", ANY, ("Two people were killed",), ("In the video below",))

ASIDE_PRESUMABLY = Case("aside_presumably", """\
A viral post claims that the health ministry of Marland has banned school trips abroad after a outbreak of \
measles among pupils.

The post cites a statement from the "MHW", which presumably refers to the ministry of health and welfare.

No such statement appears on the ministry's website or in the national press.

A ministry spokeswoman told us on Tuesday that no ban had been ordered.

Schools in the capital said their spring trips would go ahead as planned.
""", ANY, ("No such statement appears", "no ban had been ordered", "viral post claims"),
    ("presumably refers to",))

BACKGROUND_LONG_WARNED = Case("background_long_warned", """\
A new strain of bird flu has been found on three poultry farms in the north of the country, the farm ministry \
said on Monday.

Experts have long warned that an outbreak of this kind was only a matter of time.

More than 40,000 birds are to be culled, and a ten-kilometre exclusion zone has been set up around the farms.

Government laboratories will test samples from the farms this week to find out how the virus spreads.

The ministry said the risk to the public remained very low.

Farmers in the zone will be compensated for the birds they lose.
""", ANY, ("new strain of bird flu",), ("have long warned",))

BACKGROUND_PUBLIC_SINCE = Case("background_public_since", """\
Streamline is in talks to offer its film service on the Vega television box, according to a report on Monday.

The company's plans for a service of its own have been public since October.

Until now, the company had given no name or price for the service.

The report said the service would cost $12 a month and launch in April.

Vega's box already carries three rival services, and the company declined to comment.

Analysts said the deal would give Streamline a quick route into millions of homes.
""", ANY, ("in talks to offer its film service",), ("have been public since", "Until now"))

NEAR_SEARCH_SINCE = Case("near_search_since", """\
Police have been searching for a missing hill walker on the Marren ridge since Monday, when she failed to return \
from a day's walk.

The woman, 34, set out from the car park at Deepdale early on Monday morning.

A helicopter and two mountain rescue teams joined the search on Tuesday.

Her family said she was an experienced walker who knew the ridge well.

Snow is forecast for the hills on Wednesday night.
""", ANY, ("searching for a missing hill walker",), ())

NEAR_QUOTED_QUESTION = Case("near_quoted_question", """\
The river Alder burst its banks in Harlow on Sunday, flooding more than 200 homes for the second time in a year.

Residents were moved to a school hall overnight as the water rose.

The environment agency said flood defences promised after last year's floods had not yet been built.

Work on them is due to begin in the spring, the agency said.

"Should we really wait for a third flood before anyone acts?" asked the mayor, Ruth Kell.
""", ANY, ("burst its banks",), ())

NEAR_ANALYSIS_THESIS_FIRST = Case("near_analysis_thesis_first", """\
The government's new housing plan will not make homes cheaper, whatever ministers claim.

It promises 300,000 new homes a year, but builders have not managed half that for a decade.

Land prices in the south have doubled since 2015, and the plan does nothing about them.

The planning reforms it offers will take years to pass into law.

Will buyers notice any difference before the next election?

Almost certainly not.
""", ANY, ("will not make homes cheaper",), ())

NEAR_EXPERTS_UNLIKELY = Case("near_experts_unlikely", """\
A Marland farmer says he has grown a pumpkin weighing more than 1,400 kilograms, which would be a world record.

Otto Weiss, 61, said the pumpkin was weighed on the village's grain scales on Saturday.

Experts from the national growers' society said the claim seemed unlikely but would be checked next week.

The current record of 1,226 kilograms was set in Belgium in 2021.

Weiss said he had fed the plant a secret mix of seaweed and fish meal.
""", ANY, ("grown a pumpkin weighing",), ())

NEAR_LONG_ARGUED = Case("near_long_argued", """\
The protests in the capital have reopened an old quarrel among the country's diplomats.

The pragmatists have long argued that trade must come before human rights in dealing with the regime.

Their rivals say the protests show that a foreign policy without principles buys no lasting friends.

The foreign minister has not said which camp he now favours.

His speech to parliament next week may give the first sign.
""", ANY, ("reopened an old quarrel", "have long argued that trade"), ())

CASES = [COLUMN_QUESTION_TO_YOU, COLUMN_WHAT_DO_YOU_THINK, DEBUNK_VERDICT, POINTER_TO_VIDEO, ASIDE_PRESUMABLY,
         BACKGROUND_LONG_WARNED, BACKGROUND_PUBLIC_SINCE, NEAR_SEARCH_SINCE, NEAR_QUOTED_QUESTION,
         NEAR_ANALYSIS_THESIS_FIRST, NEAR_EXPERTS_UNLIKELY, NEAR_LONG_ARGUED]


@pytest.mark.parametrize("case", case_params(CASES))
def test_session20b_points(case: Case) -> None:
    """The case's point is among the first two key points, and no banned phrase is a key point."""
    genre, points = brief_points(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points


REPORT_ALL_NEEDED = """\
A fire at a chemical plant in Deepdale forced 2,000 people from their homes on Thursday night.

Firefighters brought the blaze under control after six hours, the fire service said.

Three workers were taken to hospital with burns, one of them in a serious condition.

The plant's owner, Korlen Chemicals, said the cause of the fire was not yet known.

Residents were told they could return home on Friday afternoon.
"""


def test_report_keeps_all_points_needed() -> None:
    """Near miss: a short straight report's three points (the fire, the injured, the cause) all stay."""
    _, points = brief_points(Case("report_all_needed", REPORT_ALL_NEEDED, ANY, ()))
    assert len(points) == 3, points
    assert "forced 2,000 people" in points[0], points
    assert any("Three workers" in p for p in points), points


OLD_RULE_UNTIL_NOW = """\
Pilots with diabetes will be allowed to fly passenger planes in Marland from next spring, the aviation authority \
said on Tuesday.

Until now, any pilot who needed insulin was grounded for life.

Pilots will have to check their blood sugar before take-off and every hour in the air.

The pilots' union said the change was long overdue.

The authority said it had studied similar rules in three other countries.
"""


def test_until_now_old_rule_stays() -> None:
    """Near miss: an "Until now" that tells the old rule the news changes is no set-up (XSum dev row 24's shape)."""
    _, points = brief_points(Case("until_now_old_rule", OLD_RULE_UNTIL_NOW, ANY, ()))
    assert any("Until now, any pilot" in p for p in points), points
