"""Actors, reader Audit 45 (issue #11; docs/audit.md 46.2 Actors, 46.4 items 3 and 9): false types and useless rows.

- A firm typed as a person: a name right after a firm noun ("at stockbroker NAME", "the bank NAME") or after "of"/"at"
  following a job title ("chief economist of NAME") is an organisation, not a person.
- A river or a boat typed as an organisation: a name right after a vehicle or waterway noun ("the trawler NAME",
  "the river NAME") or after "on board"/"aboard" is neither a person nor an organisation, and is dropped.
- Readers credited on a readers' Q&A page (nlp/credited_answers.py) each ask one question: not actors.

Near misses: a bank that speaks in its own name stays an organisation; the analyst himself stays a person; the captain
of a boat stays a person. All texts are invented.
"""

from __future__ import annotations

import pytest

from .actor_cases import actors_of

_ANALYST_AT = """Shares in Harwell Oil fell 6% on Tuesday after the company warned of losses.

"The market had priced it in," says Martin Keane, oil analyst at stockbroker Dunmore Fitch.

"Even a buyer would struggle to fund it," says Mr Keane of Dunmore Fitch. The shares have halved since March.
"""

_ECONOMIST_OF = """Tom Vesey, chief economist of Carrow Lyle, said growth would slow. Vesey said exports were weak.

Carrow Lyle said in a note that the pound could fall further.
"""

_BANK_SPEAKS = """The bank Halden Rowe said on Monday it would cut 300 jobs. Halden Rowe blamed falling profits.

Its chief executive, Ann Lowe, said the cuts were painful. "We had no choice," Lowe said.
"""

_BOATS = """Oil from the leaking well reached the coast on Friday as fishermen waited for news.

Workers raced to protect the marshes along the river Arlen, where the slick was thickest.

The Arlen has carried silt to the sea for centuries, and the Arlen feeds the oyster beds.

The oyster boat Sea Wren went out anyway, and a crew is doing odd jobs on board the Sea Wren.

The Sea Wren brings in about $9,000 worth of oysters a week, supporting five crew. The Sea Wren has lost a month.

Captain Ray Dufresne said the catch was ruined. "We lost everything," Dufresne said.
"""

_READERS = (
    "A new flu strain has reached the country, and many readers wrote in with questions.\n\n"
    "We put a selection of your questions to the family doctor Helen Marsh, who chairs the Royal Board of GPs.\n\n"
    "Should I keep my children home from school?\n\n"
    "Peter Dunne, Leeds Dr Marsh: No. Schools are the right place for healthy children.\n\n"
    "Keep a child home only when they have a fever.\n\n"
    "Will the vaccine be ready this winter?\n\n"
    "Lisa Grant, Hull, UK Dr Marsh: The first doses should arrive in the autumn.\n\n"
    "Health workers and pregnant women will be offered it first.\n\n"
    "My sister Lisa and I are booked on a flight to Spain in June. Is it safe to travel abroad?\n\n"
    "Owen Price, York Dr Marsh: Travel is safe, but wash your hands often.\n\n"
    "Do masks help on buses?\n\n"
    "Nina Shah, Ely Dr Marsh: Masks help a little, but hand washing helps more."
)

_CASES: list[tuple[str, str, str | None]] = [
    # (text, name, expected type or None for "not listed")
    (_ANALYST_AT, "Martin Keane", "person"),
    (_ECONOMIST_OF, "Carrow Lyle", "organisation"),
    (_ECONOMIST_OF, "Tom Vesey", "person"),
    (_BANK_SPEAKS, "Halden Rowe", "organisation"),
    (_BOATS, "Sea Wren", None),
    (_BOATS, "Arlen", None),
    (_BOATS, "Ray Dufresne", "person"),
    (_READERS, "Peter Dunne", None),
    (_READERS, "Lisa Grant", None),
    (_READERS, "Owen Price", None),
    (_READERS, "Nina Shah", None),
]


def _type_of(text: str, name: str) -> str | None:
    """The type the Actors list gives ``name`` (None when it is not listed, or listed under another name)."""
    found = actors_of(text)
    return found[name].type if name in found else None


@pytest.mark.parametrize(("text", "name", "expected"), _CASES, ids=[f"{c[1]}-{c[2]}" for c in _CASES])
def test_audit45_actor_types(text: str, name: str, expected: str | None) -> None:
    """A firm named after a firm noun or a job title's "of" is no person; a boat or river is no actor; a reader who
    only asks is no actor; the near misses keep their rows."""
    assert _type_of(text, name) == expected


def test_firm_after_title_is_never_a_person() -> None:
    """The analyst's firm, whether listed or not, is never typed as a person (the audit's "Seymour Pierce, person")."""
    found = actors_of(_ANALYST_AT)
    assert all(info.type != "person" for name, info in found.items() if "Fitch" in name)


_MERE_PLACE = """Senator Joan Pike said on Tuesday that the bill would pass. "We have the votes," Pike said.

The United States has debated the measure for years, and Ohio and the United States Senate will vote on it in May.
Ohio passed its own version in 2019, Pike said.
"""


def test_country_as_mere_place_is_no_actor() -> None:
    """A country or a state that is only where the story happens is no actor: what it will do is no act yet, and a
    country typed ORG at one mention is still a place (actor_agency, actor_targets)."""
    found = actors_of(_MERE_PLACE)
    assert "United States" not in found and "Ohio" not in found
