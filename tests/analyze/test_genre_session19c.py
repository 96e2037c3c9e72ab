"""Labelled cases for session 19c's genre work (reader Audit 32: five genre lines wrong).

- **A live page that says so.** Its first line announces it ("This live page is ...") and its entries' clock stamps
  ("0946: NAME Role") are glued into one paragraph by the extraction, so no line opens on a stamp: a live page.
- **Readers' questions answered.** Paragraphs that are a reader's own question ("What happens to my pension?",
  "Will this affect me?") each followed by the writer's answer: questions and answers, even when the answers weigh
  ("Firstly, ...") and advise ("A decision for you, I'm afraid"); the reader's case may stand in a line of its
  own before the question ("I buy a season ticket every year.").
- **The writer's own op-ed.** "Here's an excerpt from the op-ed I wrote today", "in my column": the writer names
  the piece as his own comment; with an argument after it, an opinion piece.
- **A correspondent's standfirst.** "Our correspondent NAME, who covered both, looks at the differences ...": the
  piece is the correspondent's analysis, not a report.
- **A column's jeers.** "What an oversight.", "But that's not all.", a source who "rightly points out": the
  writer's own verdicts, three of them make a column.
- Near misses: a first-person essay asking "What has happened to my town?" of itself, a report mentioning live coverage of a match, a chronology with years glued into a line, a report
  quoting a resident's "Will my bins change?", a report whose UN study "looks at" the differences, a report on a
  documentary that "looks at" a scandal, a report on a senator's op-ed with her quoted "in my column", a match
  report with a fan's quoted "What a finish!", a report on an announcement of a live page by a broadcaster.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_genre_session18d import GenreCase
from tests.analyze.test_genre_session19 import _genre

LIVE_ANNOUNCED = GenreCase("live_announced_glued_stamps", """\
This live page is part of a trial of new ways to follow breaking news through the day.

The prime minister of Valdora faces calls to resign after losing a budget vote by three votes.

Fans gather in the capital to mourn the singer Rosa Lind, who died on Sunday aged 81.

A pilot of the national display team is hurt in a training crash at the northern base.

Mara Holt Business editor Tom Reyes Political correspondent 0946: Tom Reyes Political correspondent 0952: Ines Vane in Berlin 1010: Mara Holt Business editor 1135: Tom Reyes Political correspondent Valdora: Here is where things stand this morning: the coalition partner has urged the prime minister to step aside before the vote.

The prime minister says he will not go until the budget has passed.

Markets in Valdora fell sharply in the first hour of trading.
""", ("live",), "Valdora budget vote: latest")

LIVE_GLUED_STAMPS = GenreCase("live_glued_stamps_only", """\
The storm has reached the southern coast, with winds of up to 90 mph reported at the harbour.

0815: Coastguard crews say two fishing boats are missing off the point. 0832: The rail operator has cancelled all trains west of the city. 0901: Lena Cross, weather correspondent, says the worst of the wind is still to come. 0940: Schools in the county will stay closed today, the council says.

1012: Power has been cut to around 12,000 homes, the network operator says.

The storm is expected to move north by the evening.
""", ("live",), "Storm hits southern coast")

READERS_QA = GenreCase("readers_questions_answered", """\
The mill town's water company has been fined and will freeze its dividend for two years.

What does that mean for the people who own its shares or rely on it for their pensions?

Will I still get a dividend from my shares?

Not for two years. The company has said it will pay nothing to shareholders while it repairs the reservoirs.

There are two reasons for the freeze.

Firstly, the repairs will cost far more than the company set aside last year.

Secondly, the regulator has told it to keep more cash in reserve.

Could my pension be affected?

Only a little. Most pension funds hold a small share of the company, so the freeze will barely move their income.

Should I sell my shares now?

A decision for you, I'm afraid. The share price has already fallen by a third, so much of the bad news is priced in.
""", ("qa", "explainer"), "Water company fine: what does it mean for you?")

OPED_EXCERPT = GenreCase("own_oped_excerpt", """\
Here's an excerpt from the op-ed I wrote today in the Harbour Times: our leaders have always tried to use a little force for interests that matter but are not vital.

From the river wars to the blockade of the northern ports, the country has often looked for ways to use its navy without going to war.

Some of those efforts worked better than others, but each time the task was to match the goals to the means.

When we stopped asking about the costs, we ended up in a decade of war.

A leader is always pushed towards a decisive victory, whatever the price.

The mission in the islands is a good cause.

But the grander the goals, the wider the mission becomes.

Do we really want to own the islands' future, and largely alone?
""", ("opinion",), "Know the limits of the mission")

CORRESPONDENT_LOOKS_AT = GenreCase("correspondent_looks_at", """\
The last flood on the scale of this month's disaster in the delta was the one that swept the eastern plain in 2009.

The death toll in the plain's main town was close to that in the delta's capital.

Our development correspondent Ana Ruiz, who reported from both places, looks at the differences in the response.

Within days of the 2009 flood, an engineering unit had landed with trucks, pumps and water purification plants.

They were the most visible sign of a response that quickly brought in food, shelter and clean water.

In contrast, the most visible sign of aid in the delta this month has been helicopters dropping bottled water.

Aid workers shook their heads at that approach, good on television but poor at delivering the amounts needed.

But at least the helicopters were doing something.

The deeper difference lies in how the two governments let the aid agencies work.
""", ("analysis", "explainer"), "Why delta aid was slow")

COLUMN_JEERS = GenreCase("column_jeers", """\
With anger growing over the league's scandals, it made sense when the network announced a panel on player conduct.

But as the two sides planned the show, it became clear that no player would be at the table.

As the writer Joe Park pointed out last week, the panel will be made up of team owners and former coaches.

"Eight owners and three coaches will sit at the table. Zero players," Park wrote.

What an oversight. The decision has already drawn a storm of criticism online.

But that's not all. Park rightly points out that the network's record on holding the league to account is poor.

The network can now decide whether it wants to be a serious sports outlet or the league's cheerleader.
""", ("opinion",), "No players at the table")

READERS_QA_SETUP = GenreCase("readers_case_then_question", """\
The county's bus company has gone into administration, and its routes will stop at the end of the month.

I buy a season ticket every year.

Will I get my money back?

Probably not in full. Season ticket holders are creditors, and they will be paid only after the banks.

I use the 42 to get to hospital appointments.

What happens to my route?

The council says it will ask other firms to run the busiest routes, the 42 among them, from next month.

Who decides which routes survive?

The council's transport committee, which meets next week.
""", ("qa", "explainer"), "Bus company collapse: your questions")

NEAR_ESSAY_QUESTIONS = GenreCase("near_essay_own_questions", """\
I have lived in this town for forty years, and I have never seen the high street so empty.

What has happened to my town?

I remember when every shop had a queue on a Saturday morning.

Should I blame the out-of-town retail park?

I used to, but I think the truth is that we stopped caring about the place.

Can my neighbours and I bring it back?

I believe we can, if we start spending our money here again.
""", ("opinion", "feature"), "What happened to my town?")

NEAR_LIVE_COVERAGE = GenreCase("near_live_coverage_report", """\
The national broadcaster will carry live coverage of the cup final on Saturday, it announced on Monday.

The match, between Harbour City and Northfield, kicks off at 3pm at the national stadium.

Live coverage will begin at 1pm on the main channel, with the build-up presented by Sam Ode.

The broadcaster said more than eight million people watched last year's final.

Tickets for the match sold out within an hour, the football association said.
""", ("news",), "Cup final to be shown live")

NEAR_LIVE_PAGE_REPORT = GenreCase("near_live_page_report", """\
The broadcaster said on Tuesday that it would test a new live page for breaking news from next month.

The page will carry short updates from correspondents through the day, its head of digital news, Rui Dale, said.

"This live page is a trial, and we will listen to what readers tell us," Mr Dale said.

The trial will run for six weeks before a decision is made.
""", ("news",), "Broadcaster to test live page")

NEAR_CHRONOLOGY = GenreCase("near_chronology_glued_years", """\
The old bridge over the river will close for good next month, the county council said on Monday.

It has a long history. 1887: The first wooden bridge opens. 1923: It is rebuilt in stone. 1968: A second lane is added. 1994: Lorries are banned from it.

Engineers found cracks in two of its arches last year.

A new bridge downstream is due to open in the spring.
""", ("news",), "Old bridge to close")

NEAR_QUOTED_READERS = GenreCase("near_quoted_resident_questions", """\
The council answered residents' questions about the new bin collections at a meeting on Tuesday night.

"Will my bins still be collected on a Monday?" asked one resident, Ada Brook.

Officials said most streets would keep their collection day.

"What happens to my garden waste?" asked another.

Garden waste will be collected every two weeks from April, the council said.

About 200 people attended the meeting at the town hall.
""", ("news",), "Residents quiz council on bins")

NEAR_STUDY_LOOKS_AT = GenreCase("near_study_looks_at", """\
Aid reached flood victims in the delta more slowly than in past disasters, a United Nations study has found.

The study, published on Tuesday, looks at the differences between the response to this month's flood and to the 2009 flood on the eastern plain.

It found that aid took an average of nine days to reach the delta's villages, against four days in 2009.

The agency's director, Omar Lutz, said the findings would be discussed at a meeting in Geneva next week.

The flood killed more than 2,000 people.
""", ("news",), "Delta flood aid was slow, UN study finds")

NEAR_DOCUMENTARY = GenreCase("near_documentary_looks_at", """\
A new documentary presented by the former footballer Kit Marr looks at the match-fixing scandal of the 1990s.

The two-part film will be shown on the main channel on Sunday and Monday nights.

It includes interviews with three players who were banned for life, the broadcaster said.

Marr said he had wanted to make the film for ten years.
""", ("news",), "Documentary on match-fixing scandal")

NEAR_SENATOR_OPED = GenreCase("near_senator_oped", """\
Senator Ruth Gale, who wrote an op-ed in the Harbour Times on Tuesday calling for the mission to end, said on Wednesday that she would vote against its funding.

"In my column I argued that we cannot own the islands' future, and I stand by that," she told reporters.

The vote is due next week, and the government expects to win it by a small margin.

Two other senators have said they will join her.
""", ("news",), "Senator to vote against mission funding")

NEAR_FAN_EXCLAIMS = GenreCase("near_fan_exclaims", """\
Harbour City won the cup on Saturday with a goal in the last minute of extra time.

"What a finish!" said one fan, Dan Moor, outside the stadium. "What a team."

The winner came from the substitute Eli Kade, who had been on the pitch for four minutes.

The club's manager said the victory was the best day of his career.

Northfield had led for most of the second half.
""", ("news",), "Late goal wins cup for Harbour City")

CASES = [LIVE_ANNOUNCED, LIVE_GLUED_STAMPS, READERS_QA, READERS_QA_SETUP, NEAR_ESSAY_QUESTIONS, OPED_EXCERPT, CORRESPONDENT_LOOKS_AT, COLUMN_JEERS,
         NEAR_LIVE_COVERAGE, NEAR_LIVE_PAGE_REPORT, NEAR_CHRONOLOGY, NEAR_QUOTED_READERS, NEAR_STUDY_LOOKS_AT,
         NEAR_DOCUMENTARY, NEAR_SENATOR_OPED, NEAR_FAN_EXCLAIMS]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_genre_session19c(case: GenreCase) -> None:
    """Each labelled article gets one of its accepted genres."""
    assert _genre(case) in case.genres
