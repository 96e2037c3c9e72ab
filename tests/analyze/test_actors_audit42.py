"""Actors, reader Audit 42 (issue #11; docs/audit.md 43.2 and 43.4 item 6: four false types of 52 entries).

- A question's first word is no forename: "-- Will Haddad be held legally accountable ...?" gave a person "Will
  Haddad" beside "Col. Omar Haddad" (where the surname is not merged). An auxiliary ("Will", "Can", "Should", "Did", ...) opening a question, run into
  the name after it, is cut off.
- A creature, or a robot one, given a name ("The robot bear, named Barnaby, ...", "a dog called Rex") is no person:
  the name is a thing's, as "the anaesthetic Propofol" is.
- A name set beside a plural maker noun ("Marlex, the makers of ...") is a company's: one person is never "the
  makers".
- A plural common noun that opens its sentences ("Prosecutors say ...") beside the same noun in lower case ("The
  prosecutors will call ...") is no body (Audit 42 #2's "Prosecutors" beside the prosecutor).

Near misses that must not change: "Will Carter, the club's captain, said" keeps its person Will Carter; "a man named
Joe Porter" stays a person; "Maria Gonzalez, the maker of the film, said" stays a person; "Siemens", at the head of
each of its sentences, stays an organisation. All texts are invented.
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


_PROSECUTORS = """A nurse accused of poisoning three patients at a hospital in Westbury lied to police, a court heard on Monday.

Prosecutors say Ms Dana Holt's failure to record the doses she gave led to the deaths of two of the patients.

The lead prosecutor, Martin Ashe, told the court that Holt had hidden the empty vials in her locker.

A colleague, Irene Baptiste, said she had seen Holt near the medicine cabinet on the night of the first death.

The prosecutors will call six more witnesses this week.

Holt denies three charges of murder.
"""

_SIEMENS = """Siemens said on Monday it would cut 2,000 jobs at its plants in southern Germany.

Siemens blamed weak demand for its gas turbines.

The company's shares rose 3% in Frankfurt after the announcement.

Union leaders said they would fight the cuts, which come a year after the group closed a factory in Leipzig.
"""


def test_sentence_opening_plural_noun_is_no_body() -> None:
    actors = _actors(_PROSECUTORS)
    assert "Prosecutors" not in actors


def test_body_named_at_sentence_heads_stays() -> None:
    actors = _actors(_SIEMENS)
    assert actors["Siemens"].type == "organisation"
