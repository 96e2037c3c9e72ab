"""Articles written for the non-news key-point cases (issue: key points and genre of pieces that are not
third-person news reports). Each case: text, title, the genres accepted, sentences (by a phrase) of which
one must be among the first two key points, and phrases no key point may contain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pytest


@dataclass(frozen=True)
class Case:
    """One labelled article."""

    name: str
    text: str
    genres: tuple[str, ...]
    lead: tuple[str, ...]  # one of these phrases must be in the first two key points
    banned: tuple[str, ...] = ()  # no key point may contain any of these
    title: str | None = None


def case_params(cases: Iterable[Case], gaps: Iterable[str] = ()) -> list[Any]:
    """pytest params, one per case, a case named in ``gaps`` as a strict xfail (an open gap)."""
    open_gaps = set(gaps)
    return [pytest.param(c, id=c.name, marks=pytest.mark.xfail(reason="open gap", strict=True))
            if c.name in open_gaps else pytest.param(c, id=c.name) for c in cases]


def brief_points(case: Case, date: str = "2026-10-20") -> tuple[str, list[str]]:
    """The case's genre and key points (the real pipeline: annotation, context, the summary analyzer)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.analyze.summary import analyze_summary
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=case.text, source=Source(title=case.title, date=date)))
    ctx = build_context(doc)
    return ctx.genre, [item.text for item in analyze_summary(doc, ctx)]


DISPATCH_CAMP = Case("dispatch_camp", """\
I walked through the camp at the edge of the city this morning, past rows of tents made from bed sheets.

There is a painted sign hanging over the road with a green arrow pointing towards the football pitch.

Further along, two boys are tying a fresh banner between two lamp posts, with the camp's new name on it.

Tens of thousands of survivors are now crammed into makeshift camps like this one, and almost all of them are \
short of clean water.

The humanitarian crisis here is growing by the day, and aid is still not reaching most of the people who need it.

A woman called Marthe showed me the school where she used to teach; only the front wall is still standing.

Prices of rice and cooking oil have tripled since the earthquake, people told me.

In the long term, they say here, without jobs and without a government they can never rebuild.
""", ("feature", "news"), ("crammed into makeshift camps", "humanitarian crisis here is growing"),
    ("painted sign", "fresh banner"))

DISPATCH_HERE = Case("dispatch_here", """\
Here in the river town of Salvor, the morning starts with the sound of shovels scraping mud off the pavements.

A wooden boat lies on its side outside the post office, where the water left it three days ago.

The shopkeepers have piled their ruined stock in heaps along the main street.

The floods have left more than 4,000 families in the district homeless, and the relief effort is badly \
stretched.

Officials admit that the emergency shelters are already full and that the worst may be yet to come.

On the bridge, a man sells tea from a flask to volunteers in yellow jackets.

Further rain is forecast for the weekend, and the river is still rising.
""", ("feature", "news"), ("4,000 families", "relief effort is badly"), ("wooden boat", "sound of shovels"))

DISPATCH_WARD = Case("dispatch_ward", """\
I arrived at the hospital in Kelmar just after dawn, when the corridor was already lined with stretchers.

A nurse in a torn blue gown waved me past a hand-written notice taped to the door.

The notice said visitors must wear masks, but there were no masks to be had.

The hospital, the only one still working in the province, is running out of almost everything, from \
antibiotics to fuel for its generators.

Doctors say that unless supplies arrive within a week, they will have to stop operating.

I watched a surgeon scrub his hands with bottled water because the taps had run dry.

Outside, families sleep in the car park, waiting for news of their relatives.
""", ("feature",), ("running out of almost everything", "stop operating"), ("hand-written notice", "torn blue gown"))

DISPATCH_BORDER = Case("dispatch_border", """\
Standing at the border crossing at Tavri, I could see the queue of lorries stretching back over the hill.

A faded billboard advertising a seaside hotel towers over the customs shed.

Drivers have strung washing lines between their cabs.

The closure of the crossing has cut off the main route for food into the north, and shortages are already \
spreading to towns far from the border.

Traders told me that the price of flour has doubled in a fortnight.

One driver, Petar, said he had been waiting for eleven days.

Nobody here expects the crossing to reopen soon.
""", ("feature",), ("cut off the main route for food", "shortages are already"),
    ("faded billboard", "washing lines"))

DISPATCH_VILLAGE = Case("dispatch_village", """\
My guide, a schoolteacher named Ilse, led me up a goat track to what was once the village of Orna.

A church bell lies in the grass beside the road, its rope still attached.

Painted on a broken wall are the words "We will return".

The village is one of dozens emptied by the fighting this spring, and its people have little hope of going \
home.

The United Nations estimates that 60,000 people have fled the valley since March.

Ilse showed me her old classroom, where the desks are still arranged in rows.

She says she will not come back until the soldiers leave.
""", ("feature",), ("one of dozens emptied", "60,000 people have fled"), ("church bell", "broken wall"))

COLUMN_TASER = Case("column_taser", (
    "Every week brings another story of a stun gun used on someone who posed no danger to anyone. "
    "Last month it was a 70-year-old man in a wheelchair; this month it was a schoolboy on a bus. "
    "The police call the devices a safe alternative to firearms. "
    "The truth is that stun guns have become a tool of convenience rather than a last resort. "
    "Officers reach for them to end an argument, not to save a life. "
    "Forces should be required to publish every use of a stun gun and the reason for it. "
    "Without that, the public cannot judge whether the weapons make anyone safer. "
    "It is time to stop pretending that a weapon that can kill is harmless.\n"),
    ("opinion",), ("tool of convenience", "should be required to publish"), ())

COLUMN_TRAINS = Case("column_trains", (
    "On Monday morning the 7.42 from Harwick was cancelled again, the fourth time this month. "
    "Commuters stood on the platform in the rain, refreshing their phones. "
    "The rail company blamed a shortage of drivers. "
    "But the shortage is not bad luck; it is the predictable result of a decade of cutting training budgets. "
    "Ministers were warned about it in 2019 and did nothing. "
    "We should stop treating each cancellation as an accident and start holding the people responsible to "
    "account. "
    "Passengers deserve a railway that runs, and they are paying for one.\n"),
    ("opinion",), ("predictable result of a decade", "holding the people responsible"), ())

COLUMN_PARKS = Case("column_parks", (
    "The council's plan to sell the Greenway allotments was announced in a press release on a Friday "
    "afternoon. "
    "The plots have been worked by the same families for three generations. "
    "The council says the sale will raise 2 million pounds for road repairs. "
    "Selling green space to patch potholes is a short-sighted and shameful bargain. "
    "Once the land is built on, it will never come back. "
    "Councillors must withdraw the plan and find the money elsewhere. "
    "Surely a town that calls itself green can do better than this.\n"),
    ("opinion",), ("short-sighted and shameful bargain", "must withdraw the plan"), ())

COLUMN_EXAMS = Case("column_exams", (
    "This summer 600,000 teenagers will sit their final exams in sweltering halls. "
    "Many will have spent two years learning to answer questions rather than to think. "
    "The exam board insists that the system is fair and rigorous. "
    "I believe we have built a school system that rewards memory and punishes curiosity. "
    "Teachers know it, parents know it and the pupils certainly know it. "
    "The government should replace at least half of the written papers with coursework. "
    "Anything less will fail another generation.\n"),
    ("opinion",), ("rewards memory and punishes curiosity", "should replace at least half"), ())

COLUMN_DATA = Case("column_data", (
    "When the health service announced last week that patient records would be shared with private firms, "
    "it promised that every file would be anonymised. "
    "Officials say the data will help researchers find new treatments. "
    "Yet anonymised data can often be traced back to the person it describes. "
    "The real problem is that patients were never asked whether they agree. "
    "A decision of this size should not be slipped out in a press notice. "
    "Patients must be given a clear and simple way to opt out before a single record leaves the system.\n"),
    ("opinion",), ("patients were never asked", "must be given a clear"), ())

DOUBT_METEORITE = Case("doubt_meteorite", """\
A crater twelve metres wide that appeared near the airport of the capital on Saturday night was most probably \
made by a small meteorite, government scientists said on Monday.

Residents reported a loud bang shortly before midnight, and some said the ground shook.

The government's geophysics institute said the object was probably a fragment of an asteroid that passed \
close to the Earth on the same day.

Soldiers have sealed off the site while samples are taken.

Experts outside the country, however, aren't so sure that a meteorite was to blame.

Nobody has come forward to say they saw a fireball, which a meteorite of that size would have produced, \
said an astronomer at a European observatory.

A space agency scientist said the timing did not match the asteroid's path.

The institute said it would publish its findings next week.
""", ("news",), ("aren't so sure",), (), "Crater near capital was made by meteorite, scientists say")

DOUBT_CURE = Case("doubt_cure", """\
A clinic in the northern city of Darlow says a herbal tea it developed has cured dozens of patients of type 2 \
diabetes.

The clinic's director told reporters on Tuesday that 40 of 50 patients no longer needed medication after \
drinking the tea for three months.

Patients queued outside the clinic on Wednesday to buy the tea, which sells for 30 dollars a packet.

The clinic plans to open two more branches next year.

Independent doctors, however, say the claims are not supported by any published evidence.

The study had no control group and has not been reviewed by other scientists, said a professor of medicine \
at the national university.

The health ministry said it was looking into the clinic's advertising.
""", ("news",), ("not supported by any published evidence",), ())

DOUBT_RECORD = Case("doubt_record", """\
A farmer in the village of Lusk says he has grown the heaviest pumpkin ever recorded, weighing 1,300 kilograms.

Tomas Breck, 58, said he fed the plant a secret mixture of seaweed and milk.

The pumpkin was weighed on the farm's own scales on Sunday in front of neighbours.

Breck said he would apply to have the record recognised.

But growers' associations say the weight cannot count, because the scales were never checked by an official.

The current world record, set at an official weigh-off, is about 1,250 kilograms.

Breck said he would enter the pumpkin in a regional show next month.
""", ("news",), ("weight cannot count",), ())

DOUBT_DRONE = Case("doubt_drone", """\
The army said on Thursday it had shot down a drone over the eastern port of Varna, calling it an attack by \
rebel forces.

A spokesman said the drone had been carrying explosives and was destroyed before it reached the harbour.

Television showed pieces of wreckage laid out on a table at a military base.

The army said it had tightened security at all ports.

Analysts who studied the pictures, however, question whether the wreckage came from a military drone at all.

The parts shown look like those of a hobby model sold online, said one defence analyst.

The rebels denied any role in the incident.
""", ("news",), ("question whether the wreckage",), ())

FAQ_ARMS = Case("faq_arms", """\
Washington is debating whether to send weapons to the rebels fighting the government in the north.

Supporters say arms would help the rebels protect civilians; critics warn the weapons could end up in the \
wrong hands.

Here are some frequently asked questions about the debate.

Who are the rebels?

The rebels are a loose alliance of former soldiers and local militias with no single leader.

Why it's a bad idea

Arming rebel groups comes down to trust.

Past programmes to arm rebels have backfired when the weapons were later turned on their suppliers, officials \
say.

Why it's a good idea

Without weapons, the rebels cannot hold the towns they have taken, their supporters argue.
""", ("qa", "analysis", "news"), ("debating whether to send weapons", "arms would help the rebels"),
    ("frequently asked questions",))

FAQ_VACCINE = Case("faq_vaccine", """\
A new vaccine against the winter virus will be offered to everyone over 65 from next month, the health \
ministry said on Friday.

The ministry expects to vaccinate four million people before Christmas.

Here are some common questions and answers about the vaccine.

Is the vaccine safe?

Trials in 30,000 volunteers found no serious side effects, according to the ministry.

Where can I get it?

Family doctors and pharmacies will offer the vaccine free of charge.
""", ("qa", "news"), ("offered to everyone over 65",), ("common questions and answers",))

FAQ_TAX = Case("faq_tax", """\
The government's new property tax comes into force on 1 April, and millions of homeowners will pay more.

Below, we answer the most frequently asked questions about the change.

How much will I pay?

Most owners will pay between 200 and 600 pounds a year more, the treasury estimates.

Who is exempt?

Pensioners on low incomes and owners of homes worth less than 100,000 pounds are exempt.
""", ("qa", "news"), ("new property tax comes into force",), ("frequently asked questions",))

SPLIT_PROSECUTOR = Case("split_prosecutor", """\
The chief prosecutor of the international court said on Tuesday he had evidence that soldiers were ordered \
to attack civilians in the city of Merra.

He said his office had interviewed more than 50 witnesses.

"We have found that the attacks were planned in advance. The issue is who organized them," the prosecutor \
told reporters in The Hague.

He said he expected to ask the judges for arrest warrants within two months.

The government has denied that its forces attacked civilians.

"The accusations are lies invented by our enemies. We will prove it," said a government spokesman.
""", ("news",), ("evidence that soldiers were ordered",))  # the closing half alone: test_points_session19b

SPLIT_IMPACT = Case("split_impact", """\
Scientists in the southern province said on Wednesday that a bright flash seen over the coast was caused by a \
small asteroid burning up in the atmosphere.

Thousands of people reported the flash, which lit up the sky for several seconds.

"We saw it from the observatory. We have seen the track of the object on three cameras," said Dr Lena Oru, \
who leads the team.

No fragments have been found on the ground, she said.

"It was like daylight for a moment. Then it was gone," said a fisherman who saw the flash from his boat.

The team will search the coast for fragments next week.
""", ("news",), ("caused by a", "small asteroid"), ("Then it was gone",))  # the first half: test_points_session19b

SPLIT_MINISTER = Case("split_minister", """\
The finance minister resigned on Friday after a week of protests over a plan to raise fuel prices.

In a televised address he said he took full responsibility for the failure of the plan.

"I listened to the people. The decision to leave is mine alone," he said.

The prime minister accepted the resignation and named the deputy minister as his acting replacement.

Protest leaders said they would continue their demonstrations until the fuel plan was withdrawn.
""", ("news",), ("finance minister resigned",), ("The decision to leave is mine alone",))

NEWS_PLAIN = Case("news_plain", """\
The central bank raised its main interest rate by half a point to 5.5 percent on Thursday, its biggest \
increase in two decades.

The bank said inflation, now at 9 percent, was likely to stay high for longer than it had expected.

Economists had expected a smaller increase of a quarter point.

The governor said further rises could not be ruled out.

Business groups warned that the rise would push more firms into difficulty.
""", ("news",), ("raised its main interest rate",), ())

NEWS_ONE_PARAGRAPH = Case("news_one_paragraph", (
    "Police arrested three men on Sunday after a lorry carrying 40 tonnes of stolen copper cable was stopped "
    "on the motorway near Brisk. "
    "The cable had been taken from a railway depot on Friday night, police said. "
    "Train services between Brisk and the coast were delayed for most of Saturday while engineers replaced "
    "the missing cable. "
    "The three men, aged between 25 and 40, are due to appear in court on Tuesday. "
    "The railway company said thefts of cable had cost it 3 million pounds this year.\n"),
    ("news",), ("Police arrested three men",), ())

CASES = (DISPATCH_CAMP, DISPATCH_HERE, DISPATCH_WARD, DISPATCH_BORDER, DISPATCH_VILLAGE, COLUMN_TASER,
         COLUMN_TRAINS, COLUMN_PARKS, COLUMN_EXAMS, COLUMN_DATA, DOUBT_METEORITE, DOUBT_CURE, DOUBT_RECORD,
         DOUBT_DRONE, FAQ_ARMS, FAQ_VACCINE, FAQ_TAX, SPLIT_PROSECUTOR, SPLIT_IMPACT, SPLIT_MINISTER, NEWS_PLAIN,
         NEWS_ONE_PARAGRAPH)
