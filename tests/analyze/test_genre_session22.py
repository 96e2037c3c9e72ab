"""Genre session 22 (Audit 35, docs/audit.md 36): analyses, columns, a round-up of op-eds and a blog post mislabelled.

- A business analysis whose writer gives verdicts of their own ("does not look unreasonable", "this is
  disingenuous", "the figures are irrelevant") among hedged forecasts is an analysis, not a news report (#1's pattern).
- A short comment column judging a chief's gaffes ("the criticism is fair", "it looks increasingly hard for him to
  survive") is an analysis or opinion piece, not a news report (#5's pattern).
- Analysts' views on where a conflict is heading, many experts quoted on one question and no event of the day in the
  lede, make an analysis (#7's pattern).
- A page of excerpts from several writers' op-eds, announced as such, is a round-up of comments (#3's pattern).
- A first-person blog post that calls and judges ("needs to be exposed", "I refuse to share it") is an opinion
  piece, not a witness feature (#10's pattern).
Near misses stay news: a report with "free and fair elections" and a minister's "hard to say", a report of a
quake that quotes several experts, a report that mentions commentators once; a witness's first-person scene stays a
feature. All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return build_context(doc).genre


_BUSINESS_ANALYSIS = """Carver Mining faces a bill it may not survive

The collapse at the Tarn pit was always going to cost Carver Mining dearly.

But as the repair estimates keep climbing, the bill could end up sinking the company altogether.

For months investors worried mainly about the size of the annual payout to shareholders.

The chairman, Oskar Lind, has insisted the group can meet every obligation to its owners and to the valley.

Regional lawmakers have demanded that Carver set aside 8 billion crowns in a locked fund for repairs.

The company calls the figure absurdly high, but this is disingenuous.

In six weeks the flooded area has grown from two galleries to nine.

If the first estimate was 2 billion crowns and the damage has more than quadrupled, the lawmakers' figure does not look unreasonable.

The figure leaves out fines, which could add billions more if the inquiry finds the company careless.

In some respects, the competing estimates of lawmakers, brokers and the company are irrelevant.

Nobody knows how long the pumps will have to run, and the farms downstream could suffer for years.

The government has little interest in seeing the company fold; it would rather keep it paying for the clean-up.
"""

_COMMENT_COLUMN = """Mayor stumbles over the flood

When the prime minister is mocking you and your council's bonds slide 4%, Mayor Ida Kross starts to look exposed.

The prime minister's jibe at Kross's blunders is also fair.

Her remark that the damage was "a bit of a nuisance" was a poor slip, but telling families the river was safe was a plain blunder.

But would sacking her achieve much now?

At this stage it might only distract the council from shoring up the embankments.

That view would change quickly if the engineers' survey finds the walls badly cracked.

Either way, over the coming months it looks increasingly hard for Kross to hold on to her job.

If the prime minister keeps calling for her head, the council will have to ask whether a new mayor would restore trust faster.
"""

_WAR_ANALYSIS = """The campaign was meant to be short.

Ministers expected a few weeks of air strikes to force the junta in Varenia to the table.

That is not how it turned out.

As the strikes pass their fourth month, analysts blame a series of false assumptions for a war that some fear could last into next year.

"Nobody ever won a war like this from the air," said Petra Holm, a security analyst at the Nordic Defence Institute.

The core mistake, Holm said, was to overrate the rebels in the north.

"They thought they only had to turn up," she said.

The rebels are short of fuel and ammunition, Holm said.

Part of the failure lay in misreading the country's clans, said Tomas Reyes, a political scientist at Linden University.

"The planners imagined a united people rising against one man," he said.

"Any specialist on the region could have told them otherwise."

The war could yet get worse, said Amira Said, director of the Centre for Conflict Studies.

"Hoping the factions will unite is not a plan," she said.

But not everyone is gloomy about the outlook.

Jonas Berg, a historian of the region, believes the rebels can still win on their own.

"Give them time and they will surprise everyone," he said.
"""

_OPEDS_ROUNDUP = """Storm over harbour deal divides commentators

Commentators weigh in on the port sale. Ana Ruiz says the deal was rushed. Mark Olsen says the buyer is a safe pair of hands.

A heated debate has broken out over the sale of the national harbour company to a foreign operator.

In our Opinion section, several writers questioned the terms and the speed of the deal.

Here are links to the writers' op-eds and short excerpts:

The government could have waited for the new parliament before signing anything.

Instead it signed in a hurry, and the price looks low for an asset that earns so much.

The buyer runs forty ports on four continents and has never lost a licence.

There is no reason to think it will treat our harbour worse than its own.

What happens to the dock workers' contracts when the current ones expire?

Nobody in the cabinet has yet given a straight answer to that question.
"""

_BLOG_POST = """The militia seized the aid worker Tom Reed on March 3, 2019.

Reed was running a water project in the hill villages at the time.

Today the militia posted a video of his killing.

They want attention for this cruel act, and I refuse to give it to them by sharing a single frame.

But their cruelty needs to be exposed.

The government has done little about the militia beyond a few police raids. Those raids have pushed the fighters out of two valleys.

But the militia is far from beaten. It still holds the river towns. It is still kidnapping travellers and burning schools. It plans to use the hills as a base for attacks on the capital. Tellingly, the man in the video, which I will not link to here, speaks with a foreign accent.

The militia is still holding a second aid worker, Sara Quinn, and says her fate depends on what the government does next.
"""

_ELECTION_REPORT = """Voters in Marovia went to the polls on Sunday in what observers called a free and fair election.

Turnout reached 64 percent, the electoral commission said on Monday.

The ruling party won 41 of the 80 seats, according to the official count.

"It is hard to say what the coalition will look like," Interior Minister Paul Dane told reporters.

The opposition leader, Vera Kos, said the result was fair and that she would accept it.

Talks on forming a government are expected to start next week.
"""

_QUAKE_REPORT = """A magnitude 6.1 earthquake struck the coastal province of Alvar on Tuesday, killing at least 12 people.

The quake hit at 4.10 a.m. local time, the national seismic institute said.

"This fault has been building up stress for decades," said Lena Ortiz, a seismologist at the Alvar Institute of Geophysics.

Aftershocks could continue for weeks, said Karl Weiss, director of the Centre for Earthquake Studies.

"People should stay out of damaged buildings," he said.

Marta Lind, an engineer at Coastal University, said older houses had suffered most.

Rescue teams were searching for survivors in three villages on Wednesday.
"""

_COMMENTATORS_REPORT = """The finance minister presented a budget on Wednesday that cuts fuel subsidies by a third.

The cuts will save 2 billion dollars a year, the ministry said.

Some commentators raised questions about the effect on farmers.

Parliament will vote on the budget next month.

The opposition said it would table amendments to protect rural households.
"""

_WITNESS_FEATURE = """I arrived at the camp just after dawn, when the first water trucks were pulling in.

Children ran alongside the trucks, holding plastic jerrycans above their heads.

I followed one family, the Harouns, to their tent at the edge of the camp.

They had walked for nine days to get here, carrying what they could.

The camp now holds 30,000 people, three times the number it was built for.

Aid workers say the water supply is running short as more families arrive each week.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_BUSINESS_ANALYSIS, {"analysis"}),
    (_COMMENT_COLUMN, {"analysis", "opinion"}),
    (_WAR_ANALYSIS, {"analysis"}),
    (_OPEDS_ROUNDUP, {"roundup"}),
    (_BLOG_POST, {"opinion"}),
], ids=["business_analysis", "comment_column", "war_analysis", "opeds_roundup", "blog_post"])
def test_argued_pieces_get_their_genre(text: str, expected: set[str]) -> None:
    assert _genre(text) in expected


@pytest.mark.parametrize(("text", "expected"), [
    (_ELECTION_REPORT, "news"),
    (_QUAKE_REPORT, "news"),
    (_COMMENTATORS_REPORT, "news"),
    (_WITNESS_FEATURE, "feature"),
], ids=["election_report", "quake_report", "commentators_report", "witness_feature"])
def test_near_misses_keep_their_genre(text: str, expected: str) -> None:
    assert _genre(text) == expected
