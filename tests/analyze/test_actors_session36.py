"""Actors, session 36 (issue #11; Audit 52, docs/audit.md section 53, and its leftovers).

- A bare family word ("Pak") goes to the person named in full last before it; within one sentence a possessor
  ("Pak Ho Jin's children") ranks below the name it is set in, so a relative named once as a possessor is not
  given the next sentence's "Little Pak" and listed (Audit 52 #8: the dead father kept a row by that word).

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_amends import regroup_surnames
from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Entity

from .actor_cases import doc_of

pytestmark = pytest.mark.slow


_SISTER = """The reclusive leader Pak Sung Chol has not been seen in public for more than a month, leading to rumours that
his sister has taken over.

Analysts believe 27-year-old Pak Yo Jin, the youngest of Pak Ho Jin's children, has risen rapidly within the regime.
Little Pak reportedly went to the same boarding school as Pak Sung Chol and has held posts in the government.

After the leader's vanishing act, health theories have abounded. Pak is said to suffer from gout.
"""


def _person(doc: Document, name: str, skip: tuple[str, ...] = ()) -> Actor:
    """An actor of every place the words of ``name`` are written in ``doc`` as a whole name (not followed by a
    longer name's next word in ``skip``), tagged a person's as the model did for the Audit 52 input."""
    words = name.split()
    mentions = []
    for token in doc.tokens[: len(doc.tokens) - len(words)]:
        span = doc.tokens[token.i : token.i + len(words)]
        following = doc.tokens[token.i + len(words)].text
        if [t.text for t in span] == words and following not in skip:
            end = span[-1].end + (2 if following == "'s" else 0)  # the model's span keeps the possessive's "'s"
            sentence = next(x.index for x in doc.sentences if x.token_start <= token.i < x.token_end)
            mentions.append(Entity(doc.article.text[token.start : end], "PERSON", token.start, end, sentence,
                                   token.i, token.i + len(words) + (following == "'s")))
    return Actor(name, "PERSON", mentions, {name})


def test_a_bare_family_word_after_a_possessor_is_the_sentences_subject() -> None:
    doc = doc_of(_SISTER)
    leader, sister, father = (_person(doc, n) for n in ("Pak Sung Chol", "Pak Yo Jin", "Pak Ho Jin"))
    bare = _person(doc, "Pak", skip=("Sung", "Yo", "Ho"))
    father.mentions.extend(bare.mentions)  # the clusterer files every bare "Pak" under one of the three
    father.aliases.add("Pak")
    kept = {a.name: a for a in regroup_surnames(doc, [leader, sister, father])}
    assert len(bare.mentions) == 2
    assert sorted(m.sentence_index for m in kept["Pak Yo Jin"].mentions) == [1, 2]  # "Little Pak": the sister
    assert [m.sentence_index for m in kept["Pak Ho Jin"].mentions] == [1]  # the father keeps his one possessor
    assert len(kept["Pak Sung Chol"].mentions) == 3  # "Pak is said to suffer": the leader named last before it
