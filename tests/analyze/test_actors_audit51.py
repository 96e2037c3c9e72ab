"""Actors, Audit 51 (issue #11; docs/audit.md section 52, item 4 of the error patterns: groups and duplicates typed wrong).

- A Korean name gives the family name first ("Pak Kwan-il"): a later "Pak said" is the same person, not a second
  actor typed an organisation, whatever the NER model tagged the full name.
- A name the text sets before a group's member noun ("Jamal Karam leader NAME", "a Jamal Karam faction") is a group's,
  though the model tags most of its mentions as a person's.

All texts and names are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_amends import regroup_surnames
from newsbrief.analyze.actor_kinds import organisation_cued
from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Entity

from .actor_cases import doc_of

pytestmark = pytest.mark.slow

_EDITOR = """North Korea has denied reports that its leader ordered the closure of a whisky bar in the capital.

But Pak Kwan-il, managing editor of pro-Pyongyang newspaper Chosun Shinbo, said the story was false. "There is no
such bar and there never was," Pak said.

Pak added that foreign reporters had been misled by rumours.
"""


def _actor(doc: Document, name: str, label: str) -> Actor:
    """An actor of every place ``name`` is written in ``doc``, each mention tagged ``label`` (as the model did for
    the Audit 51 input: the full name and the family name both as bodies)."""
    mentions = []
    for token in doc.tokens:
        words = name.split()
        span = doc.tokens[token.i : token.i + len(words)]
        if [t.text for t in span] == words and (len(words) > 1 or doc.tokens[token.i + 1].text != "Kwan-il"):
            sentence = next(x.index for x in doc.sentences if x.token_start <= token.i < x.token_end)
            mentions.append(Entity(name, label, token.start, span[-1].end, sentence, token.i, token.i + len(words)))
    return Actor(name, label, mentions, {name})


def test_a_family_name_written_first_is_the_full_named_person() -> None:
    doc = doc_of(_EDITOR)
    actors = [_actor(doc, "Pak Kwan-il", "ORG"), _actor(doc, "Pak", "ORG"), _actor(doc, "North Korea", "GPE")]
    assert len(actors[1].mentions) == 2
    kept = regroup_surnames(doc, actors)
    assert [a.name for a in kept] == ["Pak Kwan-il", "North Korea"]  # "Pak said" is the editor, no second body
    assert kept[0].label == "PERSON" and len(kept[0].mentions) == 3


_GROUP = """A man claiming to be Jamal Karam leader Ibrahim Gondal said on Friday that the kidnapped teachers had been freed.

The video is likely to raise doubts about talks between a Jamal Karam faction and the government.

Supporters of Ibrahim Gondal say he is still alive. Jamal Karam has killed hundreds of people in the north since 2011.
"""


def test_a_name_before_a_groups_member_noun_is_a_body() -> None:
    cued = organisation_cued(doc_of(_GROUP))
    assert "jamal karam" in cued  # "Jamal Karam leader NAME", "a Jamal Karam faction"
    assert "ibrahim gondal" not in cued  # the leader himself is a person
