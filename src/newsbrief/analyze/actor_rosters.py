"""Roll calls: people named once, only as one name of a list of three or more (reader Audit 39, 40.4 item 7).

"Ada Quill, Morten Sand and Yusuf Bellamy are producing" closes a casting item; "the killing of other hostages,
including reporter A, aid worker B, driver C and nurse D" recalls earlier victims in a report on a suspect. Each
name is a credit or an example, met once in one sentence and never again: a reader deletes them from the Actors
list (Audit 39: a film piece's three producers; one of five victims listed). A list is the news itself when its
names come back ("A, B and C were elected ... A said"), when it stands in the headline or the lead, or when one of
them speaks; and a list is only a roll call beside a principal, a person the story names twice or quotes.

Dependency arcs of the annotate stage's parse: a name of a list is the head or a conjunct of a coordination.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document

# Three names make a list that rolls a call; two ("Smith and Jones scored") are a pair of parties.
_ROLL = 3


class _Listed(Protocol):
    actor: Actor
    label: str
    voiced: int
    headline: bool
    lead: bool

    @property
    def mentions(self) -> int: ...


def _coordinated(doc: Document, token_end: int) -> bool:
    """Whether the name ending before *token_end* is joined to another by a coordination ("A, B and C")."""
    last = doc.tokens[token_end - 1]
    if last.dep == "conj":
        return True
    return any(t.head == last.i and t.dep == "conj" for t in doc.tokens[last.i + 1 : last.right + 1])


def roster_only(doc: Document, item: _Listed, evidence: Sequence[_Listed]) -> bool:
    """A silent person outside the headline and the lead, every mention in one sentence that names three people
    or more, as one name of a coordination there, beside a principal named elsewhere (module docstring)."""
    mentions = item.actor.mentions
    if item.label != "PERSON" or item.voiced or item.headline or item.lead or not mentions:
        return False
    sentences = {m.sentence_index for m in mentions}
    if len(sentences) != 1 or not any(_coordinated(doc, m.token_end) for m in mentions):
        return False
    (index,) = sentences
    named = {e.text for e in doc.entities if e.sentence_index == index and e.label == "PERSON"}
    if len(named) < _ROLL:
        return False
    return any(other is not item and other.label == "PERSON" and (other.voiced or other.mentions >= 2)
               and any(m.sentence_index != index for m in other.actor.mentions) for other in evidence)


def person_conjoined(doc: Document, token_index: int) -> bool:
    """Whether the name ending at *token_index* has another person's name as its conjunct ("the Kim Kardashian and
    Kanye West cover"): the "the" before it is the later noun's, shared by both names, not the name's own
    (Audit 39 #11: a celebrity typed an organisation as if "the X" were a shop)."""
    last = doc.tokens[token_index]
    return any(t.head == last.i and t.dep == "conj" and t.ent_type == "PERSON"
               for t in doc.tokens[last.i + 1 : last.right + 1])
