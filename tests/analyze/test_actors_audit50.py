"""Actors, Audit 50 (issue #11; docs/audit.md 51.4 item 3, 51.5 "Key people missing from Actors").

- One person as two actors: a full name with a surname particle ("Khalid Saleh al-Rashidi") and an honorific before the
  bare surname ("Sheikh Rashidi") are one person; so are "Dr bin Tariq" and the full name with the particle apart.
  Two people sharing the bare surname are left apart.

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import fold_titled_surnames
from newsbrief.models import Entity

from .actor_cases import actors_of

pytestmark = pytest.mark.slow

_CLERIC = """A prominent cleric in Qarwan has stirred a row by issuing a ruling that forbids children to keep pet birds.

Asked on a religious website whether fathers may buy songbirds for their sons, the cleric Khalid Saleh al-Rashidi replied,
"It is not permitted to cage a creature for amusement."

Citing older scholars, Sheikh Rashidi argued that a caged bird suffers, a harm the faith forbids.

Critics mocked the ruling online. Sheikh Rashidi later said his words had been taken out of context.
"""


def test_an_honorific_before_a_bare_surname_is_the_full_named_person() -> None:
    actors = actors_of(_CLERIC)
    assert "Khalid Saleh al-Rashidi" in actors
    assert not any("Rashidi" in name for name in actors if name != "Khalid Saleh al-Rashidi")
    assert actors["Khalid Saleh al-Rashidi"].mentions == 3


def _person(name: str, start: int) -> Actor:
    mention = Entity(name, "PERSON", start, start + len(name), 0, start, start + len(name.split()))
    return Actor(name, "PERSON", [mention], {name})


def test_a_particle_written_apart_or_a_second_bearer_of_the_surname() -> None:
    folded = fold_titled_surnames([_person("Omar bin Tariq", 0), _person("Dr bin Tariq", 20)])
    assert [a.name for a in folded] == ["Omar bin Tariq"] and len(folded[0].mentions) == 2
    folded = fold_titled_surnames([_person("Omar al-Tariq", 0), _person("Samir Tariq", 20),
                                   _person("Sheikh Tariq", 40)])
    assert len(folded) == 3  # two Tariqs: the sheikh cannot be told apart


_DROP = """Officials in Dorvan say some of the weapons dropped to fighters this week fell into the hands of militants.

The military had delivered nearly 30 bundles of weapons and medical supplies on Sunday, according to a statement by
the Northern Joint Command, or NORJCOM, released Sunday.

Tomas Brekke, a spokesperson for the DPF, a Valdan militia, had confirmed on Monday that its fighters had received the
weapons, and said that they would help greatly in the battle for the town, according to an Al Jazeera report.

"We are confident the rest reached the fighters," said Rear Admiral Paul Handry, a Pentagon spokesman. Handry added
that one bundle had been destroyed.
"""


def test_a_command_whose_statement_is_cited_and_a_spokespersons_militia_are_actors() -> None:
    actors = actors_of(_DROP)
    # "the Northern Joint Command, or NORJCOM": one body, which speaks through its statement
    assert actors["Northern Joint Command"].type == "organisation"
    assert actors["Northern Joint Command"].mentions == 2 and "NORJCOM" not in actors
    # the militia its spokesperson confirms for, though the sentence's voice is the outlet that reported it
    assert actors["DPF"].type == "organisation"
    assert "Al Jazeera" not in actors  # the outlet quoted as a source stays out


_RIG = """Who does Norcastle blame for the Tarven Sea oil spill?

Norcastle has released the findings of its internal investigation into the blast on the Tarven rig.

The report says no single action was behind the accident. It blames a series of mechanical failures and human
judgements.

Brightwater was responsible for the safety valve, and the report says six leaks were found in its hydraulic system.

It suggests that better cement testing and communication of risk by Halvex could have identified the flaws.

The report says the Brightwater crew and a team of mudloggers working for Halvex may have been distracted.
"""


def test_a_contractor_blamed_through_its_deeds_is_an_organisation_and_an_actor() -> None:
    actors = actors_of(_RIG)
    # "testing ... by Halvex could have identified": the agent of a deed written as a noun acts; people work for it
    assert actors["Halvex"].type == "organisation" and actors["Halvex"].mentions == 2


_WATCH = """Orion is reportedly aiming to sell 40 million of its new watches next year.

The news comes via a new report from Techwire, which claims that Orion has ordered up to four million screens a month.

The screens are being sourced from Kesong, which is already a supplier for many Orion phones.

The projected sales are above the 30 million suggested by Morgan Stanley's Kate Hume.
"""


def test_a_publication_whose_report_makes_the_claim_is_an_organisation_that_speaks() -> None:
    actors = actors_of(_WATCH)
    assert actors["Techwire"].type == "organisation"  # the model took it for a place


_PASSING = """Rescuers in Marlow pulled two men from the river on Friday, the fire service said.

The men, whose boat overturned near the weir, were taken to hospital, according to an ITV report.

A video produced by onlookers of the Marlow Rowing Club (MRC) which also showed the rescue was shared widely.

"They were very lucky," said fire officer Dana Whitlow. Whitlow said the river was running high after the rain.
"""


def test_a_cited_outlet_and_a_clause_misattached_to_a_name_make_no_actor() -> None:
    actors = actors_of(_PASSING)
    assert "Dana Whitlow" in actors
    assert "ITV" not in actors  # "according to an ITV report": a source
    assert "Marlow Rowing Club" not in actors and "MRC" not in actors  # "(MRC) which also showed": the video's clause
