"""Genre session 21, round 2 (Audit 34, docs/audit.md 35.2): first-person and opinion pieces read as news or opinion.

- An editor's post about how the newsroom covers a story ("our reporters", "our task is", "we have tried to", "I hope
  our coverage ...", a closing "NAME is editor of ...") is an opinion piece, not a news report (Audit 34 #4's pattern).
- A rant that debunks one fake story in the writer's sneers ("Another week, another ...", "dumb", "peddlers",
  "chicanery", "the story is a total fake") is an opinion piece or a fact-check, not a news report (Audit 34 #12's).
- A page of first-person accounts that the outlet introduces ("Volunteers have been sharing their experiences with
  us") and that tell, in the past, what each writer did and saw, argues nothing: a feature, not an opinion piece
  (Audit 34 #7's).
Near misses: a report quoting "our correspondent" with a "we" only inside quotations, a straight report of a hoax
whose verdict is the police's, a report of what volunteers told the outlet, in the third person, and a report of a
raid on drug peddlers and their ill-gotten gains stay news.
All texts are invented for these tests.
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


_EDITORS_POST = """Lena Varga | 09:10 local time, Friday, 4 March 2022

For ten days now, one story has led our bulletins: the eruption on the island of Kessa.

It has kept our reporters on the island busy day and night, along with our science team in the capital.

It has also pushed us to think again about what our coverage of a slow disaster is for.

Put simply, our job is to tell you what is known, to be clear about what is not, and to keep calm while doing it.

Some commentators have asked whether the whole country is getting too worked up about a mountain.

Any story about a natural hazard carries the risk that warnings turn into worry.

We have tried throughout to report the volcanologists soberly, giving due weight to how uncertain the forecasts are.

Our listeners have sent in hundreds of questions, most of them from the coast.

Last night our phone-in put some of those questions to a geologist and a harbour master.

At our morning meetings we keep asking whether the tone and the pictures are right.

The mountain may settle down next week, or it may not, and at this stage nobody can say.

I hope that our reporting so far will help you make sense of whatever comes next.

Lena Varga is editor of the national newsroom
"""

_RANT = """Another week, another dumb hoax site harvesting clicks from people who still trust what they read. \
Once upon a time, a newspaper was something a family could rely on. These days any clown with a laptop can \
dress up pure chicanery as a scoop. Among the worst peddlers of this rubbish is a site called Daily Globe Wire, \
which last week ran a piece claiming that a farmer in Wales had dug up a Roman helmet full of gold coins. \
In case the spelling mistakes in the headline didn't give it away, the story is a total fake. The photo of the \
helmet was lifted from a museum catalogue. The farmer it names does not exist. That hasn't stopped a dozen \
other sites from repeating it and some 40,000 people from sharing it. If a friend posts it, kindly tell them \
the story is made up.
"""

_AID_DIARIES = """Relief convoys reached the flooded delta on Sunday, ten days after the river burst its banks.

Volunteers working in the region have been sharing their experiences with our website.

I arrived at the district clinic on Tuesday with a team of four nurses from the capital.

The building had lost its ground floor to the water, so we set up beds in the school next door.

By the first evening we had seen more than sixty patients, most of them with infected cuts.

I had never worked anywhere without clean water before, and it changed everything we did.

A boy of about nine followed me around all afternoon, carrying the box of bandages for me.

His mother had walked two days with him to reach us.

I drove down from the hills last week with a truck of tents and blankets that my church had collected.

I am not a professional aid worker, but I could not sit at home watching the pictures.

My brother warned me the roads were too dangerous, but I went anyway.

When we reached the main town the mayor's office sent us straight to a camp on the football ground.

I watched families queue for an hour for a single blanket each.

We handed out everything we had in less than a morning.

I am going back on Thursday with a second truck.

We have been running a water pump at the market square for four days now.

On the first day the queue stretched past the bus station.

Yesterday a group of engineers from the coast joined us and we opened a second pump.

I spoke to an old fisherman who had lost his boat, his nets and his house in one night.

He told me he would start again as soon as the water went down.
"""

_CORRESPONDENT_REPORT = """Flights from the island of Kessa were cancelled on Friday after the volcano threw a new \
column of ash into the sky.

The airport authority said no planes would take off until the ash cloud had moved east.

Our correspondent on the island says hundreds of tourists spent the night in the terminal.

"We have been told nothing, we just sit and wait," said one traveller, Anna Berg.

The national weather office said the wind was expected to change direction on Sunday.

Volcanologists said the eruption showed no sign of ending and could last for weeks.

About 2,000 residents of villages on the northern slope were moved to the capital on Thursday.
"""

_HOAX_REPORT = """Police in the city of Aldby have warned residents about a fake news site that claimed a farmer had \
found a Roman helmet full of gold coins.

The story was shared about 40,000 times before it was taken down on Tuesday.

Police said the photograph used in the article had been copied from a museum catalogue.

"The story is a total fake and the farmer it names does not exist," a police spokesman said.

The site's owner could not be reached for comment.

Officers said they were looking into whether the site had broken advertising rules.
"""

_VOLUNTEERS_REPORT = """Relief convoys reached the flooded delta on Sunday, ten days after the river burst its banks.

Volunteers working in the region told our website about the conditions they found.

A team of four nurses from the capital set up beds in a school after the district clinic lost its ground floor.

They said they had seen more than sixty patients on the first evening, most with infected cuts.

A church group from the hills drove a truck of tents and blankets to a camp on the football ground.

The regional governor said on Monday that 12,000 people were still living in camps.

Engineers opened a second water pump at the market square on Saturday, officials said.
"""

_PEDDLERS_REPORT = """Police in the port city of Marro arrested eleven suspected drug peddlers in dawn raids on Tuesday.

Officers seized cash and jewellery they described as ill-gotten gains, worth about 3 million dollars.

The peddlers had used a fleet of delivery scooters to move the drugs around the old town, police said.

Investigators said two of the peddlers had been arrested before, in a raid in 2019.

A court will decide next month whether the ill-gotten gains can be confiscated.

The city's mayor said the raids sent a clear message to peddlers operating near schools.
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_EDITORS_POST, {"opinion"}),
    (_RANT, {"opinion", "factcheck"}),
    (_AID_DIARIES, {"feature"}),
], ids=["editors_post", "rant_debunk", "aid_diaries"])
def test_first_person_and_opinion_pieces(text: str, expected: set[str]) -> None:
    assert _genre(text) in expected


@pytest.mark.parametrize("text", [_CORRESPONDENT_REPORT, _HOAX_REPORT, _VOLUNTEERS_REPORT, _PEDDLERS_REPORT],
                         ids=["correspondent_report", "hoax_report", "volunteers_report", "peddlers_report"])
def test_reports_stay_news(text: str) -> None:
    assert _genre(text) == "news"
