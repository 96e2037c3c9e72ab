"""Actors, session 35 (issue #11; Audit 51, docs/audit.md section 52.5: key parties missing from the Actors list).

- One body written with a part of its name as initials ("the U.N. Security Council", later "the United Nations
  Security Council") is one actor, not two actors named once each (actor_variants.fold_abbreviated_parts).
- A K/W initialism is a US station's call sign only where the text writes it as a station's ("affiliate KXAN",
  "KXAN-TV"); a party's initials ("the KRF", "WHO") are not struck from Actors as a news outlet
  (actor_sources.media_pattern).

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_names import Actor, cluster_actors
from newsbrief.analyze.actor_variants import fold_abbreviated_parts

from .actor_cases import actors_of, doc_of

pytestmark = pytest.mark.slow

_COUNCIL = """Warplanes from a coalition of five states struck air-defence sites in Veldoria on Saturday night.

The strikes came two days after the U.N. Security Council passed a resolution authorising force to protect
civilians in the port city of Marask.

Marask's defenders had pleaded for help for weeks as government columns moved along the coast.

Late last week, the regional bloc voted to ask the United Nations Security Council to impose a no-fly zone, its
secretary general Tomas Verhoen said.
"""


def test_a_body_written_with_initials_and_spelled_out_is_one_actor() -> None:
    names = {a.name: a for a in cluster_actors(doc_of(_COUNCIL))}
    assert "U.N. Security Council" not in names
    council = names["United Nations Security Council"]
    assert len(council.mentions) == 2 and "U.N. Security Council" in council.aliases


def test_the_joined_body_acting_twice_is_listed() -> None:
    listed = actors_of(_COUNCIL)
    assert "United Nations Security Council" in listed  # it passed a resolution; asked again: a party
    assert "U.N. Security Council" not in listed


def _body(name: str, label: str = "ORG") -> Actor:
    return Actor(name, label, [], {name})


@pytest.mark.parametrize(("short", "full"), [
    ("U.N. Security Council", "United Nations Security Council"),
    ("UN Security Council", "United Nations Security Council"),
    ("E.U. Commission", "European Union Commission"),
    ("U.S. Army", "United States Army"),
    ("DoJ inspectors", "Department of Justice inspectors"),
])
def test_initials_of_a_name_part_join_the_spelled_out_name(short: str, full: str) -> None:
    kept = fold_abbreviated_parts([_body(short), _body(full)])
    assert [a.name for a in kept] == [full] and short in kept[0].aliases


@pytest.mark.parametrize(("one", "two"), [
    ("UN", "United Nations"),  # a bare acronym is the acronym stage's, which needs the article's own tie
    ("UN Security Council", "United Nations General Assembly"),  # the rest differs: two bodies
    ("Korea Times", "Korean Times"),  # a capitalised word is no abbreviation
    ("US Open", "Ultra Sound Institute Open"),  # the initials spell other words
])
def test_other_names_stay_apart(one: str, two: str) -> None:
    assert len(fold_abbreviated_parts([_body(one), _body(two)])) == 2


_MILITIA = """Fighters of the KRF, a Kurdish militia, retook the village of Darbel on Tuesday after a week of shelling.

The KRF said its units had also cut the road to the border crossing, and would hold it until talks resumed.

Government troops withdrew to the town of Selik, residents said. "We heard the trucks leave at dawn," said farmer
Idris Kaya.

The KRF has fought for control of the valley since 2019.
"""

_STATION = """A fire destroyed a warehouse in east Marlow on Monday night, fire officials said.

"The building was fully engulfed when we arrived," fire chief Dana Ruiz told local station KXLM. KXLM said two
firefighters were treated for smoke inhalation.

Ruiz said the cause was not yet known. KXLM reported that the owner, Pell Storage, had been cited for blocked exits
last year. Pell Storage did not respond to requests for comment.
"""


def test_a_partys_k_initials_are_no_call_sign() -> None:
    listed = actors_of(_MILITIA)
    assert "KRF" in listed  # it said, and retook a village: a party, not a station


def test_a_station_the_text_names_as_one_is_an_outlet() -> None:
    listed = actors_of(_STATION)
    assert "Dana Ruiz" in listed
    assert "KXLM" not in listed  # "local station KXLM": the outlet that reported, no party
