"""Session 26 (actors): Audit 40 gaps left open, as strict xfails. A body named only by a common noun ("the
army", "the military") that is the subject of the story is not listed (Audit 40 #7, the Egyptian military); a
relative named once in passing ("His brother, Mark, flew ...") is listed (Audit 40 #9's "John"). Articles written
for these tests."""

from __future__ import annotations

import pytest

from tests.analyze.actor_cases import actors_of as _actors

ARMY = (
    "The army moved tanks into the centre of Norvask on Thursday as protests against President Ivo Kral entered "
    "their third week.\n\n"
    "The military said in a statement that it would protect the protesters and would not fire on them.\n\n"
    "The army has run the country's largest companies for decades, and the military fears losing them if Kral "
    "falls, said Anna Berg, a professor at the University of Lund.\n\n"
    "Kral said on television that he would not step down. The military has not said whether it still backs him."
)


@pytest.mark.xfail(strict=True, reason="Actors lists named entities only; a body named by a common noun ('the "
                   "military', 'the army') that acts and speaks through the story needs a common-noun actor stage")
def test_the_military_as_subject_is_an_actor() -> None:
    actors = _actors(ARMY)
    assert any(name.lower() in ("military", "the military", "army", "the army") for name in actors), sorted(actors)


BROTHER = (
    "Foreign Ministry officials said on Monday that the journalist Peter Vance, 41, had been freed after two months "
    "in captivity.\n\n"
    "Vance's mother, Ruth Vance, said the family was overjoyed. \"We never gave up hope,\" she said.\n\n"
    "His brother, Mark, flew to the capital to meet him.\n\n"
    "The ministry said Vance would return home on Friday."
)


@pytest.mark.xfail(strict=True, reason="a relative named once by a first name in apposition to a kin noun acts "
                   "('flew') and has a role ('His brother'), which keeps him; telling a walk-on relative from a "
                   "party needs more than the mention count")
def test_a_brother_named_once_in_passing_is_no_actor() -> None:
    actors = _actors(BROTHER)
    assert "Mark" not in actors, sorted(actors)
    assert "Peter Vance" in actors, sorted(actors)
