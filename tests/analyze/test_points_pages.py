"""Labelled cases for non-standard pages (reader audits 15 and 16): a readers' accounts page, an eyewitness travel
story, a live page of stamped updates, a report with a history paragraph early, and a report with a joke. Each
case names the point a reader would lead with (one phrase of ``lead`` must be in the first key point) and
phrases that must not be among the first two key points (the page's set-up, its scenery, its minor updates,
its background, its joke). The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.point_pages import article_year, background
from newsbrief.analyze.summary import analyze_summary
from newsbrief.ingest.stamps import without_update_stamps
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case

READERS_FLOOD = Case("readers_flood", """\
We asked readers caught up in last week's floods to tell us what happened to them. Here is a selection of \
your accounts. Some responses have been edited for length and clarity.

Maria Lopes, 41, Corvale

The river burst its banks at two in the morning and within an hour the water was up to our windows. We \
climbed onto the roof with the children and waited until a rescue boat reached us at dawn.

Tom Reyes, 67, Linden

Our whole street was evacuated on Tuesday night. Soldiers took us to a school gym, where we slept on mats for \
three nights without power.

Anita Sharma, 29, Corvale

I lost my car and everything on the ground floor of the house. The insurer says it will take months to pay \
anything.
""", ("feature", "news", "roundup", "opinion", "qa", "analysis"),
    ("water was up to our windows", "street was evacuated", "rescue boat"),
    ("We asked readers", "selection of your accounts", "edited for length"),
    title="Your stories: 'The water was up to our windows'")

READERS_QUAKE = Case("readers_quake", """\
Thank you to everyone who got in touch to share your experiences of Sunday's earthquake. Below are some of the \
stories you sent us.

Jonas Weller, Tarvik

The shaking lasted almost a minute and the front of the apartment block across the road collapsed into the \
street. Neighbours dug through the rubble with their hands until the fire brigade arrived.

Leyla Demir, Osten

Every shop in the town centre is closed and there has been no running water for two days. People are queuing \
for bottled water outside the town hall.

Petra Lind, Tarvik

We are sleeping in the car because cracks have opened in every wall of our house.
""", ("feature", "news", "roundup", "opinion", "qa", "analysis"),
    ("apartment block across the road collapsed", "no running water", "dug through the rubble"),
    ("Thank you to everyone", "stories you sent us"),
    title="Readers describe the earthquake")

TRAVEL_TEMPLES = Case("travel_temples", """\
The temples of the old city were empty on Wednesday morning, their columns glowing pink in the early sun.

Tour boats sat moored along the river, their decks stacked with folded chairs, and the souvenir stalls by the \
gates were shuttered.

I had arrived two days earlier for a week of sightseeing with my sister.

The foreign ministry has told all travellers in the region to stay inside their hotels until further notice, \
after clashes near the airport road.

Airlines flying to the city are offering free rebooking to passengers who want to change their plans.

Hotel staff said the streets had been quiet since the curfew began.
""", ("feature", "news"), ("stay inside their hotels", "free rebooking"),
    ("columns glowing pink", "Tour boats sat moored"),
    title="Travellers told to stay in hotels as tourist city shuts down")

TRAVEL_SKI = Case("travel_ski", """\
Snow was still falling softly on the wooden chalets of the valley when I woke on Saturday.

The slopes above the village were white and silent, and not a single lift was turning.

The regional government ordered every ski resort in the province to close for at least a week after two \
avalanches killed four skiers on Friday.

Rail operators said they would run extra trains on Sunday so that visitors could leave the valley.

In the bakery, a queue of skiers in bright jackets waited for warm bread.
""", ("feature", "news"), ("ordered every ski resort", "avalanches killed four skiers"),
    ("Snow was still falling softly", "white and silent"),
    title="Ski resorts closed after deadly avalanches")

LIVE_CABINET = Case("live_cabinet", """\
(Update 6:40 p.m. ET) Traffic has returned to the main bridge into the capital, and buses are running again.

(Update 5:15 p.m. ET) The opposition leader said on television that the protests would go on until there are \
new elections.

(Update 3:05 p.m. ET) President Adem Korval dismissed his entire cabinet and named the central bank governor, \
Lina Sarac, as the new vice-president.

(Update 1:30 p.m. ET) Some shops in the old market reopened for the first time in a week, their owners said.

(Update 11:50 a.m. ET) Protesters gathered again outside parliament, chanting and waving flags, a day after the \
largest demonstration in the country's history.
""", ("live",), ("dismissed his entire cabinet",),
    ("Traffic has returned", "shops in the old market"),
    title="Live: protests in the capital")

LIVE_STORM = Case("live_storm", """\
(Update 9:20 p.m. ET) Power has been restored to parts of the northern suburbs, the utility said.

(Update 8:05 p.m. ET) A weather presenter on a local channel joked that the storm had finally done what the \
council could not and cleaned the streets.

(Update 6:45 p.m. ET) At least 14 people have been killed by the storm, and the governor declared a state of \
emergency across the coast.

(Update 4:10 p.m. ET) Wind gusts of up to 120 km/h were measured at the harbour, where several boats broke \
their moorings.

(Update 2:30 p.m. ET) Schools in the coastal districts will stay closed on Thursday, officials said.
""", ("live",), ("At least 14 people have been killed", "state of emergency"),
    ("joked",),
    title="Live updates: storm hits the coast")

REPORT_HISTORY = Case("report_history", """\
The city council voted on Tuesday to close Harbor Road Hospital by the end of next year and move its services \
to a new building on the ring road.

Opened in 1898 by a group of shipowners, the hospital was for decades the largest in the county and trained \
generations of nurses.

The council said the old building would cost more than 40 million to repair and no longer met fire safety rules.

Staff will be offered jobs at the new hospital, which is due to open in the autumn of next year.

Union leaders said they would fight the decision and called a protest for Saturday.

The hospital treats about 60,000 patients a year.
""", ("news",), ("voted on Tuesday to close", "cost more than 40 million", "Union leaders said"),
    ("Opened in 1898",),
    title="Council votes to close Harbor Road Hospital")

REPORT_JOKE = Case("report_joke", """\
The national football team's coach, Ivo Marsh, announced his retirement on Monday after eight years in charge.

Marsh joked that he was leaving because he had finally run out of excuses for the penalty shoot-outs.

The federation said it would name a successor before the qualifying matches in March.

Under Marsh, the team reached the semi-finals of two tournaments and climbed to ninth in the world rankings.

His assistant, Carla Voss, is the favourite to replace him, according to two people close to the federation.

Marsh said he would spend more time with his family and might coach a club side in the future.
""", ("news",), ("announced his retirement",), ("joked",),
    title="Football coach Ivo Marsh retires")

CASES = (READERS_FLOOD, READERS_QUAKE, TRAVEL_TEMPLES, TRAVEL_SKI, LIVE_CABINET, LIVE_STORM, REPORT_HISTORY,
         REPORT_JOKE)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_page_main_point(case: Case) -> None:
    # Ingest cuts a live page's entry stamps before sentences are split, as the pipeline does.
    doc = annotate(without_update_stamps(Article(text=case.text, source=Source(title=case.title, date="2026-10-20"))))
    ctx = build_context(doc)
    points = [item.text for item in analyze_summary(doc, ctx)]
    assert ctx.genre in case.genres
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not any(banned in point for point in points[:2] for banned in case.banned), points


@pytest.mark.parametrize(("text", "expected"), [
    ("Opened in 1898 by a group of shipowners, the hospital was for decades the largest in the county.", True),
    ("In 1979, the band played its last concert in the city.", True),
    # A year at the end dates a fact that identifies the subject: CNN/DM highlights keep such a sentence.
    ("The serial, about a family of lighthouse keepers, drew 80 million viewers back in 1979.", False),
    ("In 1979, the band played its last concert, and on Monday it announced a reunion.", False),
])
def test_background_opens_on_an_old_year(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source(date="2026-10-20")))
    assert background(doc, doc.sentences[0], article_year(doc)) is expected
