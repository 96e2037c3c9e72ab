"""Labelled cases for session 16b's genre line and main point (reader Audit 26, docs/audit.md 27.3 and 27.4).

- **A correspondent's eyewitness dispatch** ("I", the scenes on arrival, no argument) is a feature, not opinion, and
  its point (the destruction far worse than the pictures) leads, not the hook.
- **Readers' eyewitness accounts** under their name labels are a readers' page (Q&A) or a feature, not opinion.
- **An opinion column** asking questions it does not answer as turns is opinion, not a Q&A.
- **A first-person tribute** to a killed colleague is a feature, not a news report.
- **A short tech blog's comment** with an explicit first-person judgement ("certainly believable to me") is opinion,
  and its news (the leaked prices) leads, not the background.
- **A question is never a key point** outside a Q&A's question line.
- **A debunk**: the denial ("is not by X", "his spokesman denied") leads, not the set-up of the false belief.
- Near-misses: a straight report stays news; a real Q&A stays a Q&A; an argued column stays opinion.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

QUAKE_DISPATCH = Case("quake_dispatch", """\
The runway lights were still working when our plane touched down in Port Valen late on Tuesday night.

Beyond the airport fence the city was dark. I could see no lights in the houses, only the headlamps of lorries \
crawling along the coast road.

We drove into the centre at first light. I had seen the pictures before I left, but nothing prepared me for this.

The destruction is far worse than the pictures suggest. Whole streets have collapsed, and the dead still lie where \
they fell because there is no mortuary big enough to hold them.

At the main square a crowd had gathered around a water tanker. A man held up a plastic bottle and shouted that he \
had waited since dawn.

In a side street I watched a family digging through the rubble of their home with their bare hands.

Aid workers told me the first relief flights had landed, but the supplies were still stuck at the airport.
""", ("feature",), ("far worse than the pictures", "dead still lie"), (), title="Arriving in a broken city")

READERS_ACCOUNTS = Case("readers_accounts", """\
Readers in the region told us what they saw when the storm struck the coast on Sunday night.

Maria Lopez, Santo Alto

I was at home with my two children when the windows started to shake. We hid in the bathroom for three hours. \
When we came out, the roof of the house next door was in our garden. We have had no electricity since.

Tomas Berg, Lindvik

I drive a delivery van and I was on the coast road when the wind picked up. Trees were coming down in front of me \
and behind me. I left the van and sheltered in a petrol station with a dozen other people until the morning.

Anna Kowal, Port Mira

Our street flooded within an hour. The water reached the second step of the stairs. My neighbours are elderly and \
we carried them up to our flat. Nobody from the council has come to see us yet.
""", ("qa", "feature", "roundup"), ("storm struck the coast", "windows started to shake"), (),
    title="Your stories: the night the storm came")

COLUMN_QUESTIONS = Case("column_questions", """\
For two years the president has promised a foreign policy that is neither reckless nor timid. On the evidence of \
this month, he has managed to please nobody.

The hawks say he moved too slowly. The doves say he should never have moved at all. Both have a point, and that is \
the problem.

So what does he actually want? Nobody in his own party can say.

The truth is that Americans do not want to go it alone, but we do not trust anybody else to lead either. The \
president has turned that confusion into a policy.

And what of his critics? They attack every step he takes without ever telling us what they would do instead. That \
is not leadership either.

If the mission succeeds, all this improvisation will look like a plan. If it fails, he will own it alone.
""", ("opinion",), ("managed to please nobody", "do not want to go it alone"), (), title="A policy that pleases no one")

TRIBUTE = Case("tribute", """\
The last message Karim sent me was a photograph of his daughter's birthday cake.

I first met him in 2009, when he was a young translator who wanted to be a reporter. For six years he was our \
eyes in Halbar. When the roads were closed he found a way through; when the phones were cut he found a line.

On Thursday Karim was killed when a shell hit the building where he was filming. He was 34.

He never took sides. He told me once that his job was to show what happened to ordinary people, whoever was \
firing.

I spoke to him almost every day for six years, and I never heard him complain about the danger.

He leaves his wife, Leila, and two daughters.

The war that he recorded so carefully has now taken him too.
""", ("feature",), ("was killed when a shell hit",), (), title="Remembering Karim, our man in Halbar")

TECH_COMMENT = Case("tech_comment", """\
The new smartwatch from Orchard will come in three editions, with dozens of possible combinations of case and strap.

Orchard has said only that the basic sport model will start at $349 when it goes on sale in the spring.

Now a blog that follows the company claims to know the rest. According to its sources, the steel model will cost \
$500 and the gold edition as much as $4,000.

The blog has been right about Orchard before. A $4,000 watch sounds absurd, but the gold model is aimed at buyers \
who spend that much on jewellery anyway, so the figure is certainly believable to me.

A rival's steel watch with much the same functions costs $199.
""", ("opinion",), ("steel model will cost", "believable to me"), (),
    title="How much will the gold smartwatch cost?")

ANALYSIS_QUESTION = Case("analysis_question", """\
The spill off the northern coast is already the largest accidental release of oil in the country's history. But \
will it be the most damaging?

What impacts are we talking about? Scientists say it is too early to tell, and that the answer will differ from \
one stretch of coast to the next.

Marshes take oil up into their roots and can take decades to recover, said Dr Ruth Alder, an ecologist at the \
state university. Sandy beaches, by contrast, can be cleaned within months.

Birds are the most visible victims. An earlier spill in colder waters killed up to 250,000 seabirds, far more than \
have been found so far.

The warm water here may also help bacteria break down the oil faster, researchers say.

Different parts of the coast are likely to see very different levels of impact.
""", ("analysis", "news", "feature"), ("most damaging", "too early to tell"), ("What impacts are we talking",))

DEBUNK_SPOKESMAN = Case("debunk_spokesman", """\
A pencil drawing of a weeping clock tower spread across social media on Monday after the fire at the city's old \
station.

Thousands of people shared it with the name of the street artist Nox, and several newspapers printed it as his \
tribute to the station.

Many fans praised it as one of his finest works.

But the drawing is not by Nox. His spokesman denied on Tuesday that the artist had anything to do with it.

It was in fact drawn by Clara Ventin, a 26-year-old illustrator, who posted it on her own account two hours after \
the fire.

Ms Ventin said she was glad the drawing had touched people but wanted her name on it.
""", ("factcheck", "news"), ("not by Nox", "in fact drawn by", "spokesman denied"), (),
    title="Station fire drawing was not by Nox")

NEWS_STRAIGHT = Case("news_straight", """\
A powerful earthquake struck the coast of Tarvia on Tuesday night, killing at least 300 people and leaving \
thousands homeless, officials said.

The magnitude 7.1 quake hit at 11.40pm local time, about 20 kilometres from the port city of Valen.

Rescue teams were searching collapsed buildings through the night, the interior ministry said.

The United Nations said it was sending emergency supplies, and the first relief flight landed on Wednesday.

Aftershocks continued into the morning.
""", ("news",), ("killing at least 300 people",), ())

REAL_QA = Case("real_qa", """\
Q: Why is the bridge closed?

A: Engineers found cracks in two of its steel supports during an inspection last week.

Q: How long will it stay shut?

A: At least three months, the council says, while the supports are replaced.

Q: How do I get across the river now?

A: A free shuttle bus runs every ten minutes from the station to the north bank.
""", ("qa",), ("cracks in two of its steel supports", "three months"), ())

CASES = (QUAKE_DISPATCH, READERS_ACCOUNTS, COLUMN_QUESTIONS, TRIBUTE, TECH_COMMENT, ANALYSIS_QUESTION,
         DEBUNK_SPOKESMAN, NEWS_STRAIGHT, REAL_QA)
_GAPS: set[str] = set()


@pytest.mark.parametrize("case", case_params(CASES, _GAPS))
def test_session16b_genre_and_point(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in point for point in points[:2] for phrase in case.lead), (genre, points)
    assert not any(phrase in point for point in points for phrase in case.banned), points
    # A question is never a key point outside a Q&A's question line.
    assert genre == "qa" or not any(point.rstrip().endswith("?") for point in points), points
