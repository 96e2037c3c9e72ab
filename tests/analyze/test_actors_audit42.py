"""Actors, reader Audit 42 (issue #11; docs/audit.md 43.2 and 43.4 item 6: four false types of 52 entries).

- A question's first word is no forename: "-- Will Okafor be tried for the shelling?" gave a person "Will Okafor"
  beside "President Samuel Okafor". An auxiliary ("Will", "Can", "Should", "Did", ...) opening a question, run into
  the name after it, is cut off.
- A thing or a creature given a name ("The robot bear, named Barnaby, ...", "a dog called Rex") is no person: the
  name is a thing's, as "the anaesthetic Propofol" is.
- A name set beside a plural maker noun ("Marlex, the makers of ...") is a company's: one person is never "the
  makers".

Near misses that must not change: "Will Carter, the club's captain, said" keeps its person Will Carter; "a man named
Joe Porter" stays a person; "Maria Gonzalez, the maker of the film, said" stays a person. All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.actor_names import cluster_actors
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


_QUESTIONS = """The ceasefire in Norland has held for a week, and the hard questions are now political ones.

Although several governments have called for Col. Omar Haddad to step down, the peace plan does not ask for it.

-- Will the rebels be satisfied with a political settlement that leaves Haddad in power in Tarnow?

-- Will Haddad be held legally accountable for violence against civilians, and if so, by whom?

That would need a court that both sides accept, and there is none.
"""


_CAPTAIN = """Will Carter, the club's captain, said the team would appeal against the ban.

Carter was sent off in the second half of Saturday's match against Ashbury.

"We think the referee got it wrong," Carter said.

The league will hear the appeal on Thursday, a spokesman said.
"""

_BEAR = """A carol-singing robot bear outside a cafe in Millbrook has been told it may have to keep quiet.

The robot bear, named Barnaby, stands by the door of the Acorn Cafe and sings carols to passers-by.

The district council said it had received one complaint about the noise.

"Barnaby has not been found to be a nuisance," the council said in a statement.

The cafe's owner, Jean Walsh, said Barnaby would keep singing until Christmas.

Customers have started a petition to save Barnaby.
"""

_MAN = """A man named Joe Porter has been charged with stealing a bus in Eastfield, police said.

Porter, 41, drove the bus for three miles before he stopped at a red light, police said.

Porter will appear in court on Monday.

Porter told officers he had wanted to get home.
"""

_MAKERS = """Word spread online on Monday that Marlex, the makers of the popular fizzy drink, were about to launch a bacon flavour.

The picture turned out to be a hoax.

"Marlex has heard that people think we launched a bacon drink," Marlex said in a statement.

"We didn't, but we love the idea," Marlex added.
"""

_MAKER = """Director Maria Gonzalez, the maker of the film, said on Tuesday that she had spent six years on it.

Gonzalez shot most of it in her home town of Carvela.

"I wanted to show the town as it is," Gonzalez said.

The film opens in cinemas on Friday.
"""


def test_question_opener_is_no_forename() -> None:
    raw = RawDocument(_QUESTIONS.encode(), content_type="text/plain", hints=Hints(trusted=True))
    names = {alias for actor in cluster_actors(annotate_raw(raw, Settings())) for alias in actor.aliases}
    assert "Will Haddad" not in names  # a phantom person wherever the surname is not merged (Audit 42 #6)


def test_will_carter_stays_a_person() -> None:
    actors = _actors(_CAPTAIN)
    assert actors["Will Carter"].type == "person"


def test_named_robot_bear_is_no_person() -> None:
    actors = _actors(_BEAR)
    assert "Barnaby" not in actors or actors["Barnaby"].type != "person"


def test_man_named_stays_a_person() -> None:
    actors = _actors(_MAN)
    assert actors["Joe Porter"].type == "person"


def test_makers_plural_is_a_company() -> None:
    actors = _actors(_MAKERS)
    assert actors["Marlex"].type == "organisation"


def test_maker_singular_stays_a_person() -> None:
    actors = _actors(_MAKER)
    assert actors["Maria Gonzalez"].type == "person"
