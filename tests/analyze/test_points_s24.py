"""Key points, session 24 (reader Audit 38 follow-ups and the lead's CNN/DM reading of row 12).

- An untitled report whose lede states a trend or a crisis in general terms ("Greece is struggling with a growing
  number of wildfires ...") leads with that lede: a later, more central background line ("There has been a sharp
  rise in ...") is no delayed news. The scene lede that gives way stays as it was: a still scene with no situation
  word ("The morning market was busy as usual ...").

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points

TREND_LEDE = Case("trend_lede", """\
Greece is struggling with a growing number of wildfires sweeping across its islands. Between Thursday and Sunday, \
firefighters tackled 212 separate blazes, according to the fire service, which said it had called in planes from \
three countries. On Monday, a spokesman for the Red Cross told reporters that the group fears dozens of homes could \
be lost on Evia, citing residents who said the flames had reached the edge of two villages. The fire service, \
however, said it could not confirm that any village had been reached. Nothing had burned in either village by \
nightfall, fire officer Nikos Pappas said. There has been a sharp rise in wildfires across southern Europe and an \
increase in the number of evacuations ordered by the Greek authorities to protect homes and villages from the fires. \
According to the European forest fire service, Greece recorded more than 900 fires in the first half of the year, \
and about 300 homes were evacuated in the first week of July. Most of the fires this year started on farmland, the \
service said. At least 12 people have died in wildfires in Greece since the start of the year, the service said.
""", ("news",), ("struggling with a growing number",))

UNTITLED_SCENE = Case("untitled_scene", """\
The little harbour at Port Elva looked as it always does on a Sunday, with fishing boats tied up along the quay.

A few walkers strolled past the shuttered cafes.

Hours later, coastguards pulled nine sailors from the sea after their cargo ship sank in a storm ten miles off the \
coast, and three more are still missing.

The ship had left Rotterdam on Friday with a load of timber, its owners said.

The search for the missing men will resume at first light, the coastguard said.
""", ("news",), ("pulled nine sailors",))


PRESENT_SCENE = Case("present_scene", """\
Smoke hangs over the hillside camp at Dera, where thousands of families shelter in tents and wait for aid.

Children queue for water beside a broken pump.

On Tuesday, militia fighters shelled the camp's northern edge, killing seven people and wounding 30, the regional \
health office said.

The camp's managers said the shelling had stopped food deliveries for two days.

Aid agencies said they would try to reach the camp again on Thursday.
""", ("news",), ("shelled the camp's northern edge",))


@pytest.mark.slow
def test_a_present_scene_with_situation_words_still_gives_way() -> None:
    """Review of session 24: a present-tense scene lede that uses situation words ("thousands of families", "aid")
    states no trend; the news after it leads."""
    genre, points = brief_points(PRESENT_SCENE)
    assert genre in PRESENT_SCENE.genres, genre
    assert any(PRESENT_SCENE.lead[0] in p for p in points[:2]), points


@pytest.mark.slow
def test_trend_lede_leads() -> None:
    """A lede that states the trend is the first key point, not the background line further down."""
    genre, points = brief_points(TREND_LEDE)
    assert genre in TREND_LEDE.genres, genre
    assert points and TREND_LEDE.lead[0] in points[0], points


@pytest.mark.slow
def test_untitled_scene_still_gives_way() -> None:
    """Near miss: a still scene opening an untitled report is not its point; the news is among the first two."""
    genre, points = brief_points(UNTITLED_SCENE)
    assert genre in UNTITLED_SCENE.genres, genre
    assert any(UNTITLED_SCENE.lead[0] in p for p in points[:2]), points


# - A live page's main development (Audit 38 #7): "X has decided to step down" is a government's change, as
#   "X resigned" is; "dismissed the notion that ..." rejects an idea and is no act (it led the page as a sacking).
ACTS = [
    ("Prime Minister Ana Kroll has decided to step down, her office said on Friday.", 2.0),
    ("Governor Tomas Ebert stepped down on Friday after a week of protests.", 2.0),
    ("The opposition leader dismissed the notion that the generals should be put on trial at once.", 0.0),
    ("Senator Rae Holt dismissed claims that the vote had been rigged.", 0.0),
    # review of session 24: a claim turned down by a court, and calls rejected by a government, are acts
    ("The court dismissed the claim against the council on Monday.", 2.0),
    ("The government rejected calls for a public inquiry.", 1.0),
    # near misses: a sacking is still an act; a resignation stays one
    ("President Ivo Maric dismissed the army chief on Monday.", 2.0),
    ("The interior minister resigned on Tuesday.", 2.0),
]


@pytest.mark.parametrize(("text", "weight"), ACTS, ids=[f"act{i}" for i in range(len(ACTS))])
def test_act_weight(text: str, weight: float) -> None:
    """A decision to step down weighs as a resignation; dismissing an idea is no act."""
    from newsbrief.analyze.point_pages import act_weight
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=text, source=Source()))
    assert act_weight(doc, doc.sentences[0]) == weight


# - An analysis whose opening sets up a contrast ("X and Y make for odd partners. One is a monarchy, the other a
#   republic.") and whose point is a contested claim further down: a government accuses X of helping Y, and X's
#   denials recur (Audit 38 #4). The accusation, the claim the piece weighs, is among the first two key points.
CONTESTED = Case("contested_analysis", """\
By Hanna Lind, regional correspondent

Norland and Vesta make for odd partners.

Norland's king rules through a council of nobles. Vesta's president heads an elected, secular government.

One country is mountainous and poor, the other flat and rich.

But since the border treaty of 1988, the two have found reasons to stand together.

"The partnership was born of shared rivals," writes the historian Pavel Orin in his study of the region.

Mediators trying to end the fighting in Vesta recognise how much sway Norland holds over its partner.

The envoy Marta Quell says talks are under way about a group of countries able to influence both sides.

The Republic of Kassia accuses Norland of giving direct military help to the Vestan government.

Officials in Kassia say Norland has sent trainers to Vesta and supplied armoured cars and drones to its police.

Kassia has already imposed sanctions on several Norland officers.

In March, a newspaper in Kassia reported that a Norland general had set up an office in the Vestan capital.

Norland quickly denied the report, and its foreign ministry said it was "in no way" involved in Vesta's affairs.

Rebel groups have posted photographs that they say show Norland soldiers at a Vestan air base.

Other observers say the pictures prove very little.

More telling, perhaps, may be a speech by a Norland colonel to cadets in May, in which he spoke of "our men in \
Vesta". The speech was soon taken off the academy's website.

Norland has repeated its denials of any direct role in the fighting.

But the partnership between the two countries holds.
""", ("analysis", "news", "feature"), ("accuses Norland of giving direct military help",))


@pytest.mark.slow
def test_contested_claim_leads_analysis() -> None:
    """The accusation the piece weighs (its denials recur) is among the first two points, not the contrast hook."""
    genre, points = brief_points(CONTESTED)
    assert genre in CONTESTED.genres, genre
    assert any(CONTESTED.lead[0] in p for p in points[:2]), points


def test_one_denial_is_a_reply() -> None:
    """Near miss: an accusation answered once is a report's right of reply, not the thread of the piece."""
    from newsbrief.analyze.point_contests import contested_claim
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    text = ("The port reopened on Monday after a week of strikes. The union accuses Harbourco of breaking the deal. "
            "Harbourco denied the claim. Ships queued outside the harbour for two days.")
    doc = annotate(Article(text=text, source=Source()))
    assert contested_claim(doc) is None


# - An options piece (Audit 38 #6): the question it asks and its numbered options are the first key point.
OPTIONS = Case("options_piece", """\
By Carla Vance, special to the Herald

Six weeks of talks have made it plain that the city and the bus drivers' union are far apart on pay.

The strike, however, is not ending as quickly as the council hoped.

The mayor still refuses calls from business leaders to raise the council's offer.

She argues that holding firm will in time bring the union back to the table.

But holding firm needs patience that commuters may not have.

What could the council do if it decides that waiting is not working?

Here are four options: 1) Go to arbitration.

An independent arbiter could set a pay rise both sides must accept. The union has asked for this before.

2) Raise the offer.

A bigger rise would cost money the council says it does not have, and other unions would ask for the same.

3) Hire private operators.

Private firms could run some routes for a few months, but the union would see it as strike-breaking.

4) Wait for the courts.

A court case on the legality of the strike is due in the spring, and its ruling could change everything.

Whatever the council chooses, the real test comes after the strike ends.
""", ("analysis", "opinion", "news"), ("1) Go to arbitration",))


@pytest.mark.slow
def test_options_lead() -> None:
    """The options piece leads with its question and the list of its options."""
    genre, points = brief_points(OPTIONS)
    assert genre in OPTIONS.genres, genre
    assert points and all(part in points[0] for part in ("What could the council do", "1) Go to arbitration",
                                                         "3) Hire private operators", "4) Wait for the courts")), points
