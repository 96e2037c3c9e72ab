"""Actors session 27 (issue #11; reader Audits 40 and 41, docs/audit.md 41.5 and 42.4-42.5): the parties a reader
names, with the right type and the whole role.

- A wire item sourced to a newspaper ("Italian newspaper X said ... The newspaper said ...") lists no actor at all
  (Audit 41 #9): the newspaper whose report is the story, named once and then called "the newspaper", is a party;
  and a person named after a title with an "of" phrase, set off by a comma ("the bishop of nearby town Y, NAME,
  hasn't made any comment"), holds that title, so he is listed with it.
- An interviewee known by a pseudonym the model takes for a place (Audit 41 #6: "asked that we call her X"; her
  answers labelled "X:") is a person.

Near misses that must not change: a newspaper cited once in passing stays out; a wire agency that speaks twice stays
out; "the capital of Norland, Vessa," gives no one a role; a country that speaks in a report is no person.
All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _actors(text: str) -> dict[str, ActorInfo]:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(trusted=True))
    doc = annotate_raw(raw, Settings())
    found = analyze_actors(doc, build_context(doc))
    return {item.payload.name: item.payload for item in found if isinstance(item.payload, ActorInfo)}


_WIRE = """(ANSA) - Trento, March 4 - A retired teacher found a hoard of medieval coins in Borgo Valsera after digging in his garden, where he grows beans, Italian newspaper Il Gazzettino Alpino said on Saturday.
    The newspaper said the man, whose name wasn't given, handed the 240 silver coins to the police the next morning.
    The coins were taken to a museum in the province of Belluno for study.
    The museum hasn't confirmed the find and the mayor of nearby town Castelrotto, Aldo Venturini, hasn't made any comment on the case. A similar hoard was found in 2009 near Feltre, when a farmer ploughed up 90 gold coins.
    In that case, the coins were later sold at auction in Milan.
"""

_PSEUDONYM = """An opposition supporter in Vardan says street protests will only help the regime

(Vardan Times) -- A supporter of Kestria's opposition movement has warned that more street protests could lead to bloodshed.

The woman, a 29-year-old pharmacist who lives in the capital, gave her views in a series of emailed answers to questions put to her by the Vardan Times.

She does not want her real name published for fear of reprisals, so she has asked that we call her Ilvessa.

Does the opposition want a new government or only more freedom?

Ilvessa: Most of us want the army out of politics.

As long as the generals stay in their barracks, I do not think a new government is necessary.

How afraid are you of the security police?

Ilvessa: Very afraid. They arrest people at night and nobody hears from them again.

What should other countries do?

Ilvessa: Open pressure from abroad does not help us.

I think quiet sanctions on the generals' businesses would do more than any speech.
"""

_PASSING = """Fire crews fought a blaze at a timber yard in Harlow on Tuesday, the county fire service said.

About 60 firefighters were sent to the yard, which stores pallets and fencing panels.

No one was hurt, the service said, but nearby homes were told to keep their windows shut.

The capital of Norland, Vessa, had a similar fire last spring, the Harlow Courier reported at the time.

The cause of Tuesday's fire is being investigated.
"""

_WIRE_SPEAKS = """Flooding closed the main road between Dunmore and Keld on Monday, Reuters reported.

Reuters said the river rose by two metres overnight after heavy rain in the hills.

Police said drivers should use the coast road until the water goes down.

"We expect the road to reopen on Wednesday," said Mark Ellis, a spokesman for the county council.

Forecasters expect more rain later in the week.
"""

_COUNTRY = """Norland said on Tuesday it would close its border with Kestria for a week after a shooting at a crossing.

Norland's interior ministry said two guards were wounded in the attack on Monday night.

Kestria said it was not responsible and called the closure an overreaction.

Trade between the two countries is worth about $2bn a year.

Norland said the border would reopen once an inquiry was finished.
"""


def test_newspaper_whose_report_is_the_story_is_listed() -> None:
    actors = _actors(_WIRE)
    assert "Il Gazzettino Alpino" in actors, actors
    assert actors["Il Gazzettino Alpino"].type == "organisation"


def test_titled_person_after_of_phrase_keeps_title() -> None:
    actors = _actors(_WIRE)
    assert "Aldo Venturini" in actors, actors
    assert actors["Aldo Venturini"].type == "person"
    assert actors["Aldo Venturini"].role is not None and "mayor of nearby town Castelrotto" in actors["Aldo Venturini"].role


def test_pseudonymous_interviewee_is_a_person() -> None:
    actors = _actors(_PSEUDONYM)
    assert "Ilvessa" in actors, actors
    assert actors["Ilvessa"].type == "person"


def test_newspaper_cited_once_in_passing_stays_out() -> None:
    actors = _actors(_PASSING)
    assert "Harlow Courier" not in actors, actors
    assert "Vessa" not in actors or actors["Vessa"].role is None, actors


def test_wire_that_speaks_twice_stays_out() -> None:
    actors = _actors(_WIRE_SPEAKS)
    assert "Reuters" not in actors, actors
    assert "Mark Ellis" in actors


def test_country_that_speaks_is_no_person() -> None:
    # the model's own type for an invented country varies (here an organisation); what must not happen is that a
    # party which speaks in the third person becomes a person
    actors = _actors(_COUNTRY)
    assert actors.get("Norland") is not None and actors["Norland"].type != "person", actors
