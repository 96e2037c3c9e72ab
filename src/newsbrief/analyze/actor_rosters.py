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
# Tokens either side of a name within which another name hanging from the same word counts as one list.
_REACH = 12


class _Listed(Protocol):
    actor: Actor
    label: str
    voiced: int
    headline: bool
    lead: bool

    @property
    def mentions(self) -> int: ...


def _listed(doc: Document, token_end: int) -> int:
    """How many people's names the coordination of the name ending before *token_end* joins ("A, B and C" is 3;
    a name in no coordination is 1)."""
    tokens = doc.tokens
    root = tokens[token_end - 1]
    while root.dep == "conj" and root.head != root.i:
        root = tokens[root.head]  # "C" <- "B" <- "A": the first conjunct heads the chain
    # Names the parser hung side by side from one word ("A, B and C are producing" read as two subjects, B's with
    # C as conjunct) are one list too.
    siblings = [t.i for t in tokens[max(0, root.i - _REACH) : root.i + _REACH]
                if t.head == root.head and t.dep == root.dep and t.ent_type == "PERSON" and root.head != root.i]
    joined, frontier = {root.i, *siblings}, [root.i, *siblings]
    while frontier:
        head = frontier.pop()
        for t in tokens[head + 1 : tokens[head].right + 1]:
            if t.head == head and t.dep == "conj" and t.i not in joined:
                joined.add(t.i)
                frontier.append(t.i)
    return sum(tokens[i].ent_type == "PERSON" for i in joined)


def roster_only(doc: Document, item: _Listed, evidence: Sequence[_Listed]) -> bool:
    """A silent person outside the headline and the lead, every mention in one sentence, as one name of a list of
    three people or more, beside a principal named elsewhere (module docstring)."""
    mentions = item.actor.mentions
    if item.label != "PERSON" or item.voiced or item.headline or item.lead or not mentions:
        return False
    sentences = {m.sentence_index for m in mentions}
    if len(sentences) != 1 or not any(_listed(doc, m.token_end) >= _ROLL for m in mentions):
        return False
    (index,) = sentences
    return any(other is not item and other.label == "PERSON" and (other.voiced or other.mentions >= 2)
               and any(m.sentence_index != index for m in other.actor.mentions) for other in evidence)


def person_conjoined(doc: Document, token_index: int) -> bool:
    """Whether the name ending at *token_index* has another person's name as its conjunct ("the Kim Kardashian and
    Kanye West cover"): the "the" before it is the later noun's, shared by both names, not the name's own
    (Audit 39 #11: a celebrity typed an organisation as if "the X" were a shop)."""
    last = doc.tokens[token_index]
    return any(t.head == last.i and t.dep == "conj" and t.ent_type == "PERSON"
               for t in doc.tokens[last.i + 1 : last.right + 1])
