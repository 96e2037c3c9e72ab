"""Labelled cases for session 19b's genre work (Audits 29-31 left: a correspondent's analysis reasoning through
enumerated reasons read as news; a fact-check whose paragraphs open on verdict labels read as news).

- **Reasoning cues.** The writer gives the causes in order and weighs them: "In broad terms", "two other reasons
  why", "First of all", "Secondly", "Rather,", "More likely is that": an analysis.
- **Verdict labels.** Paragraphs opening "FACT:", "FALSE:", "MYTH:": a fact-check, whatever its tone.
- **A column polling its readers.** A reported column closing "Here's my question to you: ... ?": an opinion
  piece, not a feature.
- **Snark.** The writer swearing in the writer's own words ("Who the hell is he?") and a bracketed retort ("(It
  isn't, but we'll get there.)"): a blog's takedown, not news.
- Near misses: a fan's quoted "What the hell", a bracketed "(It is the third such ban this season.)", a report closing "What do you think? Let us know in the comments", a mayor's quoted "My question
  to you", straight reports listing a plan's steps ("First, ... Second, ..."), a minister's quoted "Firstly ...
  Secondly", "the reason is" in a quotation, reports quoting tweets, a report with one "Rather than", a forecast's
  "more likely" in a source's mouth, police giving two reasons, a report with one "Fact:" line or update labels.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_genre_session18d import GenreCase
from tests.analyze.test_genre_session19 import _genre

REASONS_ANALYSIS = GenreCase("reasons_analysis", """\
Norway and Iceland both refused to sign the fishing accord at the Reykjavik meeting on Thursday.

In broad terms, their choice was shaped by the money their fleets make from mackerel and by a long distrust of quotas set in Brussels.

But there were two other reasons why they turned down this particular text.

First of all, they never liked the way the talks were run.

The chair's draft reached them a day before the vote, with the catch limits already filled in.

Neither government believed the science behind the cut was settled.

Rather, both suspected that the larger fleets had written the limits to suit themselves.

Secondly, the accord counts fish where they are caught, not where they spawn.

That rule favours the states with the longest coasts.

Both governments had proposed a different count, and neither proposal was put to a vote.

None of this means the accord is dead.

More likely is that the two sides will now hold separate talks through the winter.

A deal on the spring season will need all of them at the table.
""", ("analysis",), "Fishing accord loses two signatories", "Lena Dahl")

REASON_IS_ANALYSIS = GenreCase("reason_is_analysis", """\
The central bank left its rate unchanged again on Wednesday, the fifth meeting in a row.

The reason is not hard to find.

Prices are still rising faster than wages, and the bank fears another rise would tip the economy into recession.

In broad terms, the bank is waiting for the government to act first.

Rather, it wants the budget to do the work that interest rates cannot.

What this means for borrowers is a long wait.

Mortgage rates are unlikely to fall before the summer.

Savers gain little either, since inflation eats their returns.

House sales fell by a tenth in the autumn.

Car loans fell too, by a smaller amount.

The bank's board meets again in six weeks.

More likely is that the bank moves only when the next budget is known.

There are three reasons why that could take months.

First of all, the coalition is split on spending cuts.

Secondly, an election is due in the autumn.

Thirdly, the finance minister has said he will not rush.
""", ("analysis",), "Rates held for fifth time", None)

FACT_LABELS = GenreCase("fact_labels", """\
A story that a city council plans to ban dogs from every park has been shared thousands of times this week.

We checked what the council has actually said.

FALSE: The council is banning dogs from all parks. No such plan has been put to any committee.

FACT: Dogs must be kept on a lead in two playgrounds from next month. The rule was agreed in March.

FACT: A councillor suggested a wider ban at a meeting in 2019. The idea was voted down.

FALSE: Owners will be fined 500 pounds. The fine for breaking the lead rule is 80 pounds.

So the viral post took an old proposal and a small rule and turned them into a ban that does not exist.
""", ("factcheck",), "Is the council banning dogs from parks?", None)

MYTH_LABELS = GenreCase("myth_labels", """\
Every winter the same advice about colds goes round again.

Here is what the research says.

MYTH: Going out with wet hair gives you a cold. Colds are caused by viruses, not by being chilly.

TRUE: Washing your hands cuts the spread. Several trials found fewer infections in offices that tried it.

MYTH: Vitamin C cures a cold. Large reviews found at most a small effect on how long a cold lasts.

MOSTLY TRUE: Sleep helps. People who slept less than six hours were more likely to fall ill in one study.
""", ("factcheck", "analysis"), "Cold weather myths", None)

NEAR_PLAN_STEPS = GenreCase("near_plan_steps", """\
The city council approved a plan on Tuesday to cut traffic in the old town.

The plan has three stages.

First, the main square will close to cars from June.

Second, buses will be rerouted along the river road.

Third, parking fees in the centre will double next year.

"We have talked about this for a decade," said councillor Ana Ruiz.

Shop owners said they feared losing customers.

The council will review the scheme after twelve months.
""", ("news",), "Council votes to close square to cars", None)

NEAR_MINISTER_LISTS = GenreCase("near_minister_lists", """\
The health minister set out two changes to hospital waiting lists on Monday.

"Firstly, we will publish waiting times for every hospital each month," she told parliament.

"Secondly, patients who wait more than a year will be offered treatment elsewhere."

Opposition members said the plan had no new money.

The changes take effect in April.

Hospitals have been told to prepare their data by March.
""", ("news",), "Minister announces waiting list changes", None)

NEAR_REASON_QUOTED = GenreCase("near_reason_quoted", """\
A bakery in Leeds has stopped selling white bread after 60 years.

"The reason is simple: nobody buys it any more," said owner Tom Hale.

The shop now sells sourdough and rye loaves.

Hale said sales of white bread had fallen by half since 2020.

"More likely than not, other bakeries will follow," he said.

The bakery employs eight people and opens six days a week.
""", ("news", "feature"), "Bakery drops white bread", None)

NEAR_TWEETS_REPORT = GenreCase("near_tweets_report", """\
A power cut left 40,000 homes in Cardiff without electricity on Sunday evening.

The supplier said a fault at a substation caused the outage.

"Power is back for most customers and we are working to restore the rest," the company wrote on Twitter.

The council tweeted that schools would open as normal on Monday.

One resident posted a photo of a street lit only by candles.

Engineers worked through the night and power was restored by 3am.

The supplier said it would investigate the fault.
""", ("news",), "Power cut hits Cardiff homes", None)

NEAR_RATHER_THAN = GenreCase("near_rather_than", """\
A school in Bristol will teach pupils to cook rather than run a second science lesson on Fridays.

The head teacher announced the change in a letter to parents on Wednesday.

Pupils aged 11 to 14 will spend one hour a week in the kitchen.

The school has spent 20,000 pounds on new ovens.

Some parents questioned the loss of science time.

The school said exam results would be checked at the end of the year.
""", ("news",), "School swaps science lesson for cooking", None)

NEAR_POLICE_REASONS = GenreCase("near_police_reasons", """\
Police closed a motorway bridge for six hours on Friday.

They gave two reasons for the closure.

Officers said a lorry had shed its load across both lanes.

They also said strong winds made it unsafe to clear the road.

The bridge reopened at 4pm.

Drivers were diverted through the town centre, causing long queues.

No one was hurt.
""", ("news",), "Motorway bridge closed for six hours", None)

NEAR_FACT_LINE = GenreCase("near_fact_line", """\
A rare white deer has been seen in a forest near Inverness for the first time in 30 years.

A walker photographed the animal on Saturday morning.

Fact: White deer carry a rare gene that removes colour from their coat.

Wildlife officers asked visitors to keep their distance.

The forest is open to the public every day.
""", ("news", "feature"), "Rare white deer seen near Inverness", None)

NEAR_UPDATE_LABELS = GenreCase("near_update_labels", """\
A fire broke out at a warehouse in Hull on Thursday morning.

UPDATE: Firefighters said the blaze was under control by midday.

CORRECTION: An earlier version of this story said the warehouse stored paint. It stored paper.

About 40 firefighters attended the scene.

Nearby roads were closed for several hours.

The cause of the fire is not yet known.
""", ("news",), "Warehouse fire in Hull", None)

NEAR_FORECAST = GenreCase("near_forecast", """\
Forecasters warned of heavy snow across northern England on Tuesday.

The Met Office said snow was more likely on high ground.

Up to 20cm could fall in parts of the Pennines.

Councils have gritted main roads.

Drivers were told to check their routes before setting out.

Schools in two counties said they may close early.
""", ("news",), "Heavy snow warning for the north", None)

READERS_QUESTION = GenreCase("readers_question_column", """\
The transport secretary, who is unusually candid for a minister, admitted on Monday that the rail timetable had been drawn up in a hurry.

He was explaining why trains are still late, why the new lines are over budget and why nobody seems to be in charge.

The rail firms, you see, are blaming each other.

Two of them said yesterday that the track operator had not shared its plans.

The track operator says the firms asked for changes too late.

Passenger groups have counted 4,000 cancelled trains since May.

The government has now suggested an independent panel to run the timetable.

With a panel in charge, no single firm takes the blame when trains are late.

Ministers will meet the rail firms in Manchester on Thursday.

Here's my question to you: the government wants a panel to run the railway timetable.

Would that fix anything?
""", ("opinion",), "", None)

NEAR_COMMENTS_INVITE = GenreCase("near_comments_invite", """\
A council in Kent has voted to turn off street lights between midnight and 5am to save money.

The change will save about 300,000 pounds a year, the council said.

Residents' groups said they feared more burglaries.

Police said they would monitor crime figures in the affected streets.

The lights will go off from January.

What do you think? Let us know in the comments below.
""", ("news",), "Street lights to go off at night", None)

NEAR_QUOTED_QUESTION = GenreCase("near_quoted_question", """\
The mayor of Leeds asked residents to help choose a site for a new park at a meeting on Tuesday.

"My question to you is simple," she told the meeting.

"Do you want the park by the river or in the city centre?"

About 200 people attended the meeting.

A vote will be held online next month.

The council has set aside two million pounds for the park.
""", ("news",), "Mayor asks residents to choose park site", None)

SWEARING_BLOG = GenreCase("swearing_blog", """\
A striker for a second-division club in Ohio says a Premier League side is about to sign him for 30 million dollars.

He made the claim on a podcast on Tuesday night.

Who the hell is he?

Good question!

He has scored four goals in two seasons and spent most of last year on loan.

"Three clubs want me, and one of them is in England," he said on the show.

That is a bold thing to say about yourself.

(It isn't, but we'll get there.)

On Wednesday the club said no bid had been received.

His agent said he was "misquoted", which is a damn flexible use of the word.
""", ("opinion",), "", None)

NEAR_QUOTED_SWEARING = GenreCase("near_quoted_swearing", """\
A football fan was banned from a stadium for three years on Monday after running onto the pitch.

"What the hell was I thinking?" he told reporters outside the court.

The man, 24, admitted a charge of entering the playing area.

The club said the ban would cover home and away matches.

(It is the third such ban this season.)

The match was stopped for five minutes while stewards removed him.
""", ("news",), "Pitch invader banned for three years", None)

CASES = [REASONS_ANALYSIS, REASON_IS_ANALYSIS, FACT_LABELS, MYTH_LABELS, NEAR_PLAN_STEPS, NEAR_MINISTER_LISTS,
         NEAR_REASON_QUOTED, NEAR_TWEETS_REPORT, NEAR_RATHER_THAN, NEAR_POLICE_REASONS, NEAR_FACT_LINE,
         NEAR_UPDATE_LABELS, NEAR_FORECAST, READERS_QUESTION, NEAR_COMMENTS_INVITE,
         NEAR_QUOTED_QUESTION, SWEARING_BLOG, NEAR_QUOTED_SWEARING]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_genre_session19b(case: GenreCase) -> None:
    """Each labelled article gets one of its accepted genres."""
    assert _genre(case) in case.genres
