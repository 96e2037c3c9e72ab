"""Labelled cases for reader Audit 17's main-point misses (section 18.3) and genre lines (18.4, item 10).

- A field report whose opening is scenery (flags, a crowd, stretchers) and whose news (tens of thousands
  fleeing, an agency's count and warning) comes five sentences down.
- A local business story that opens on the company's background (what it has made for decades, what it did
  before) and tells its news (shipping kit to a spill, hiring) third.
- A blog that opens on the writer's general complaint, naming nobody, before the case it is about.
- A live page of four-digit clock stamps ("2140 The Red Cross says ..."), read as a news report.
- A magazine column that argues in loaded words and a call ("needs to lay down the law"), read as news, and
  a magazine feature of reported facts and quotes with a few flourishes, read as opinion.

Near-misses that must stay as they are: a report whose colourful lede names its actors and counts, a report
whose lede carries background in a relative clause ("a firm that has made windows for 40 years has gone into
administration"), and a report that opens on a real news sentence before two set-up lines.
The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.ingest.stamps import without_update_stamps
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case

FIELD_BORDER = Case("field_border", """\
Two flags flutter over the border post at Ras Kamal, one red and one green.

A crowd of men in dusty jackets presses against the metal barrier, clutching plastic bags and suitcases.

When the gate swings open, a ripple runs through the crowd and the men surge forward.

Volunteers carry stretchers back and forth between the gate and a row of white tents.

Tens of thousands of foreign workers have fled across the border in the past week, escaping the fighting in \
the east.

The UN refugee agency says 62,000 people have entered the country so far, and it warned on Monday of a \
humanitarian crisis unless more aid arrives.

Officials at the crossing say between 8,000 and 11,000 people arrive each day.

"We left everything behind," said Karim Dasa, a construction worker from Ghana.

Another 12,000 are expected by the weekend, aid workers said.

Those without passports are being turned back, and some fear reprisals at home.
""", ("news", "feature"), ("Tens of thousands of foreign workers", "62,000 people"),
    ("Two flags", "crowd of men", "ripple runs", "stretchers"),
    title="Thousands flee fighting across the border")

BUSINESS_TANKS = Case("business_tanks", """\
Harland Process Engineering has been making storage tanks for the oil and chemical industries for more than \
30 years.

The company has previously supplied water purification units to aid agencies working in Haiti.

Now the Lisburn firm is shipping oil-skimming equipment and floating booms to the Gulf of Mexico, where crews \
are trying to contain the spill.

Managing director Neil Carson said demand for the equipment had risen sharply since the spill began.

"Normally at this time of year we would be winding down, but we are taking on 15 extra staff," he said.

The firm employs 60 people at its factory on the outskirts of the town.

The first consignment left Belfast harbour on Friday.
""", ("news",), ("shipping oil-skimming equipment",),
    ("storage tanks for the oil", "previously supplied"))

BUSINESS_TANKS_TITLED = Case("business_tanks_titled", BUSINESS_TANKS.text, ("news",),
                             ("shipping oil-skimming equipment",), ("storage tanks for the oil", "previously supplied"),
                             title="Lisburn firm ships spill clean-up kit to the Gulf")

BLOG_TELCO = Case("blog_telco", """\
There is nothing quite as infuriating as calling a customer service line.

You wait on hold for an hour, get passed from one department to another, and end up exactly where you started.

Big companies long ago stopped caring whether their customers are happy.

But this latest case may top them all, with Telvora getting a man named Dario Brecht fired from his job after \
he complained about his bill.

According to the Consumer Watch blog, Brecht had spent months trying to get a faulty modem replaced.

When he finally wrote to the company's head office, Telvora contacted his employer, an accounting firm, which \
dismissed him days later.

Telvora says it is looking into the matter.
""", ("news", "opinion", "feature"), ("Telvora getting a man named Dario Brecht fired",),
    ("nothing quite as infuriating", "wait on hold"))

# Near-misses: the lede is the news and stays the first key point.
NEWS_PROTEST = Case("news_protest", """\
Police fired tear gas at thousands of protesters outside parliament on Tuesday as anger over fuel prices \
spilled into the streets.

Flags waved above the crowd and drums echoed off the government buildings.

Smoke drifted across the square as the afternoon wore on.

The interior ministry said 45 people had been arrested and 12 officers injured.

Opposition leaders called for a general strike on Friday.
""", ("news",), ("fired tear gas at thousands",), ())

NEWS_WINDOWS = Case("news_windows", """\
A Derry company that has been making windows for 40 years has gone into administration, with the loss of 85 \
jobs.

Foyle Glazing was founded in 1984 by two brothers and grew into one of the largest employers in the city.

Administrators said they would try to find a buyer for the business.

Staff were told of the decision at a meeting on Monday morning.

The company blamed rising energy costs and the loss of a major contract.
""", ("news",), ("has gone into administration",), ("was founded in 1984",))

NEWS_LEDE_FIRST = Case("news_lede_first", """\
The city council has approved a plan to close four public libraries to save 2 million a year.

It was a grey evening, and the chamber was nearly empty.

Rain beat against the tall windows as the vote was taken.

Campaigners said they would challenge the decision in court.

The libraries will close at the end of March.
""", ("news",), ("close four public libraries",), ())

POINT_CASES = (FIELD_BORDER, BUSINESS_TANKS, BUSINESS_TANKS_TITLED, BLOG_TELCO, NEWS_PROTEST, NEWS_WINDOWS,
               NEWS_LEDE_FIRST)
# Scenery and set-up: at most one key point of the opening's scene (reader Audit 17: five of five were).
SCENE = {"field_border": ("Two flags", "crowd of men", "ripple runs", "stretchers"),
         "blog_telco": ("nothing quite as infuriating", "wait on hold", "long ago stopped caring")}


def _brief(case: Case) -> tuple[str, list[str]]:
    doc = annotate(without_update_stamps(Article(text=case.text, source=Source(title=case.title,
                                                                              date="2026-10-20"))))
    ctx = build_context(doc)
    return ctx.genre, [item.text for item in analyze_summary(doc, ctx)]


@pytest.mark.slow
@pytest.mark.parametrize("case", POINT_CASES, ids=[c.name for c in POINT_CASES])
def test_audit17_main_point(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    assert not any(banned in point for point in points[:2] for banned in case.banned), points
    scene = SCENE.get(case.name, ())
    assert sum(1 for point in points if any(phrase in point for phrase in scene)) <= 1, points


LIVE_CLOCK = Case("live_clock", """\
2140 The Red Cross says it estimates that 30,000 people have died in the earthquake.

2115 Aid flights into the capital's airport have resumed after a three-hour halt, the airport authority says.

1930 E-mail from Ana in Lisbon: My cousin is still missing in the city and we have heard nothing since Tuesday.

1805 The UN says 120 of its staff are unaccounted for after its headquarters collapsed.

1520 The US president promises a swift and aggressive relief effort.

0945 The BBC's correspondent describes grim scenes in the centre of the capital, with bodies lying in the streets.

0810 The scale of the disaster is still emerging, but the government fears the toll could be high.
""", ("live",), ("30,000 people have died",), title="Earthquake aftermath: as it happened")

COLUMN_COUNCILS = Case("column_councils", """\
The row over the library closures exposes an awkward problem for the Government. It has forced deep cuts on \
councils, but has done nothing to make sure they cut the right things – lavish salaries, junkets and pointless \
consultants – while keeping the services people value. In Westshire, the council has splurged £40 million on a \
new headquarters while closing three libraries. Across the country, elderly residents are losing their day \
centres while council flunkeys carry on living the high life. The borough of Northam has even made a video \
moaning about the unfairness of it all, while spending £300,000 a year on its glossy magazine. Earlier \
governments took a different approach and capped the rates of councils that overspent. The Prime Minister needs \
to do something similar: he needs to lay down the law and stop front-line services being cut. So rather than \
moaning about councils' behaviour, why not give ministers the power to cap town hall salaries? It would hardly \
be a vote-loser. This is an edited version of a piece that appears in the current issue of The Weekly Review.
""", ("opinion",), ("has done nothing to make sure", "lay down the law"), ())

FEATURE_CLIFFS = Case("feature_cliffs", """\
If last year was the year of the cliff-top photo, this year took the craze to a new and dangerous level. \
Walkers are, quite literally, falling over themselves to get the perfect shot. In Norway this summer two \
tourists died after stepping backwards off a ledge while posing for a picture. In June, a student fell to \
his death from a quarry edge in Wales as he tried to film himself. The problem isn't just limited to Europe. \
At least 14 people have died this year while taking pictures of themselves near cliffs, according to the \
travel site Wayfarer. In August, rangers at Eagle Point in Oregon were forced to fence off a viewing platform. \
"We've seen people climb over the barrier with their backs to a 200-foot drop," said ranger Maya Ortiz. \
In Australia, a sea stack shaped like a chimney was closed to visitors after too many people climbed it for \
photos. In Portugal, the interior ministry launched a campaign warning that a photo could cost you your life. \
The campaign's posters list the most dangerous places to take a picture. A video compiling the most dangerous \
cliff photos has been viewed more than 10 million times. It includes a man standing on one leg at the edge of a \
fjord and a woman dangling her feet over a 300-metre drop. \
So why are people willing to risk their lives for a photo? It may come down to simple bravado, thinks \
photographer Tom Haller. "People see pictures like mine and want the same thing," he said. Researchers at \
the University of Leeds found that people who post many such photos score higher for risk-taking. \
The manufacturer of one popular phone is sensitive to the issue of risky photos and has warned buyers in its \
advertising. Despite the warnings, there doesn't appear to be any let-up in the number of photos being taken. \
It seems that even the most careful walkers cannot resist the view.
""", ("feature", "news"), ("At least 14 people have died", "new and dangerous level", "two tourists died"), ())

CALLS = {"column_councils": ("has done nothing to make sure", "lay down the law")}
GENRE_CASES = (LIVE_CLOCK, COLUMN_COUNCILS, FEATURE_CLIFFS)


@pytest.mark.slow
@pytest.mark.parametrize("case", GENRE_CASES, ids=[c.name for c in GENRE_CASES])
def test_audit17_genre_line(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres, genre
    assert any(phrase in point for point in points[:2] for phrase in case.lead), points
    # The thesis and the call are both key points (Audit 17: the column's were neither).
    assert all(any(phrase in point for point in points) for phrase in CALLS.get(case.name, ())), points
