"""Key points and genre, session 18 round 3 (reader Audit 29, 30.3; the lead's reading of Newsroom row 5).

1. A column whose first key point opens on an "It" that leans on the sentence before ("It would be a political
   steering committee ...") while its thesis ("the allies are not getting along") comes later: the thesis leads.
2. A first-person blog post: the writer's evaluative summing-up of the event ("It was a momentous night ...")
   outranks an interviewee's thanks and the writer's clock-time scene ("It is 2 am here ...").
3. A fact-check states the claim it checks ("A viral story says ...") and its verdict ("It was never true").
4. A TV critic's commentary on award nominations, full of the writer's verdicts ("vastly superior", "truly
   brilliant", "much-deserved", "should have been up for"), is opinion or analysis (or a review), not news.
Near misses: a news report whose second sentence opens on "It" keeps its lede first; a feature's nut graf stays
among the first two; a straight report of award nominations stays news.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

pytestmark = pytest.mark.slow

COLUMN_IT = Case("column_it_detail", """\
Valdoria has proposed a new way to run the air campaign over Estmark.

It would be a political steering committee of foreign ministers, meeting every week, with the generals reporting \
to it instead of to the alliance council.

The proposal came a day after the defence secretary, Tom Harlan, warned that the alliance was running short of \
planes and pilots.

The truth is that the allies are not getting along. I have rarely seen the partners so divided over a war they \
all say they support.

Valdoria wants the credit for leading, but it does not want to pay for the bombs. The smaller members resent \
being told what to do by a committee they did not choose.

My guess is that the committee will never meet, and that nobody will miss it.
""", ("opinion", "analysis"), ("allies are not getting along",), ("It would be a political",),
    title="The allies squabble over Estmark")

BLOG_NIGHT = Case("blog_momentous_night", """\
"Thank you for everything you have done for us," Karim Osei told the network in a telephone interview moments \
after the announcement.

It is 2 am here in Singapore and I have been glued to the television for hours. My hotel room is lit only by \
the screen, and the coffee went cold long ago.

I watched the crowds in Liberty Square sing and weep as the news spread through the city.

It was a momentous night; Norland's present is rapturous, but its future is far from secure.

The army now holds power, and nobody I have spoken to knows what it intends to do with it.

I will keep watching, and I will write again in the morning.
""", ("opinion", "feature", "analysis"), ("momentous night",), ("It is 2 am",))

FACT_CHECK = Case("factcheck_claim", """\
What's not being reported is, well, anyone ever saying that in the first place.

A viral story says the Norland leader has opened a restaurant in Dublin that serves dog meat. The story has been \
shared more than 200,000 times on Facebook since Sunday.

It was never true. The story began on a satirical website, and no restaurant of that name exists in the city.

The website's owner told us the piece was a joke and that he was surprised anyone believed it.

Several newspapers repeated the story without checking it, and two have since removed their articles.
""", ("factcheck", "news", "opinion"), ("viral story says",), ("What's not being reported",))

CRITIC = Case("critic_nominations", """\
For the first time in the prize's history, none of the big three networks received a nomination for best comedy \
series. Even that reliable collector of trophies, Harbour Lane, failed to make the list, and the nods went \
instead to streaming shows.

It tells us a lot about the rise of the streaming upstarts and the slow decline of the network sitcom.

The Tide, the outstanding cable drama starring Mara Lind, has not been a ratings hit, but its nominations are a \
vote of confidence in its sheer quality: it is a grown-up, sophisticated drama that deserves the love.

Blackwater has not been a solid show since its first season, and yet somehow it is nominated for best drama \
again, alongside the vastly superior Frontier and The Counsel. Sorry about that, viewers.

The Counsel's truly brilliant fifth season was snubbed last year. This time it is emphatically included, with a \
much-deserved nod for best supporting actor for Owen Reyes. Of course Clara Benn should have been up for best \
actress, but you can't win them all.

The small screen has gone huge.
""", ("opinion", "analysis", "review"), ("none of the big three", "streaming upstarts", "vastly superior",
                                         "grown-up, sophisticated"))

NEWS_IT = Case("news_it_lede", """\
The city council approved a new bridge over the River Amble on Monday after a two-year debate.

It will cost 20 million pounds and is due to open in 2028, the council said.

Opponents had argued that the money should be spent on repairing existing roads. The vote was 31 to 12.

Work is expected to start in the spring.
""", ("news",), ("approved a new bridge",), ("It will cost",))

NUT_GRAF = Case("feature_nut_graf", """\
Maria Duval opened her bakery in the village of Saint-Amour thirty years ago, when there were four others on \
the same street.

Today hers is the last one left, and she says she will close it when she retires next year.

Rural bakeries across the country are closing at a rate of about a thousand a year, as supermarkets sell bread \
more cheaply and young people move to the cities.

"People come to me for bread, but also to talk," she said. "When I close, where will they go?"

The government has promised grants to help new bakers take over shops in small villages.
""", ("feature", "news"), ("closing at a rate of about a thousand a year", "last one left"))

NEWS_NOMINATIONS = Case("news_nominations", """\
The streaming drama The Tide led the nominations for the Silver Screen television awards on Tuesday, with six.

The cable series Frontier and the network comedy Harbour Lane received four nominations each, the organisers \
said.

The awards, voted on by about 90 critics, will be presented at a ceremony in Los Angeles on January 11.

Last year's best drama, Blackwater, was nominated again in the same category.
""", ("news",), ("led the nominations",))

CASES = [COLUMN_IT, BLOG_NIGHT, FACT_CHECK, CRITIC, NEWS_IT, NUT_GRAF, NEWS_NOMINATIONS]


@pytest.mark.parametrize("case", case_params(CASES))
def test_genre_and_points(case: Case) -> None:
    """The genre is one the case allows; a lead phrase is in the first two key points; no banned phrase leads."""
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points[:3])
    first = " ".join(points[:2])
    assert any(phrase in first for phrase in case.lead), (genre, points[:3])
    assert not any(phrase in p for p in points[:1] for phrase in case.banned), (genre, points[:3])


def test_factcheck_states_claim_and_verdict() -> None:
    """The checked claim and the verdict are both among the first three key points."""
    _, points = brief_points(FACT_CHECK)
    first = " ".join(points[:3])
    assert "viral story says" in first and "never true" in first, points[:3]
