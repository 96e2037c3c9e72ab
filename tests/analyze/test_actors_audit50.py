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
