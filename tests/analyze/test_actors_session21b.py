"""Actors listed wrongly or folded wrongly (session 21 round 2; reader Audit 34, docs/audit.md 35.4-35.5, and the
lead's readings of XSum rows). Articles written for these tests.

- A person the writer says does not exist ("the so-called professor behind the claim, X, is not real") is the
  hoax's invention, not an actor.
- A bare surname ("Mr Okafor") that two full-named people share joins the one named most recently before it,
  not the first-named; the other keeps a mention and stays an actor.
- "Prof Lund-Berg", a title written without a full stop, is the "Anna Lund-Berg" the article names in full.
- A capitalised abstract noun that opens a lede beside a lower-case one ("Grief and anger replaced ...") is no
  body acting in the lead.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import lone_subject
from newsbrief.models import Article, Document, Entity, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_actors_session20 import _actors

pytestmark = pytest.mark.slow


def test_a_person_the_writer_says_is_not_real_is_no_actor() -> None:
    actors = _actors(
        "",
        "A satire site has posted a story claiming that a lost diary proves a medieval king survived his last "
        "battle. The story is invented. The so-called archivist who found the diary, Lorenzo Benedetti, is not "
        "real. That has not stopped thousands of people from sharing the story online, and some blogs have "
        "repeated it as fact.",
    )
    assert "Lorenzo Benedetti" not in actors, sorted(actors)


def test_a_person_who_does_not_exist_is_no_actor() -> None:
    actors = _actors(
        "",
        "The post quotes a doctor, Helga Mortensen, who says the drink cures colds. Helga Mortensen does not "
        "exist: no medical register lists her, and the photo shows a model from a stock picture library.",
    )
    assert "Helga Mortensen" not in actors, sorted(actors)


def test_a_real_person_beside_a_denial_stays() -> None:
    actors = _actors(
        "",
        "Health minister Carla Dunne said on Monday that the claim was not real and urged people to ignore it. "
        "Dunne said the ministry would publish the figures next week.",
    )
    assert "Carla Dunne" in actors, sorted(actors)


@pytest.mark.xfail(strict=True, reason="a family's bare surname goes to the first-named relative (actor_variants."
                   "principal, for Newsroom row 25); telling the adult 'Mr Okafor' from the boy needs more time")
def test_a_shared_surname_joins_the_person_named_just_before() -> None:
    actors = _actors(
        "",
        "A teenager who went missing as a small child has been found living under a false name in Leeds.\n\n"
        "The boy, Samuel Okafor, vanished when he was four and is now 17, police said.\n\n"
        "Daniel Okafor, 49, was arrested on Tuesday and is being held in custody.\n\n"
        "Records show that Mr Okafor told the school he was moving abroad with his son in 2011.",
    )
    assert "Daniel Okafor" in actors, sorted(actors)


def test_a_title_without_a_full_stop_folds_into_the_full_name() -> None:
    actors = _actors(
        "",
        "Prof Anna Lund-Berg said the study of 80 hours of film changed how scientists saw the birds. "
        "\"They signal to each other all the time,\" Prof Lund-Berg, who led the work, said. "
        "Prof Lund-Berg said the next study would follow the birds through a whole winter.",
    )
    assert "Anna Lund-Berg" in actors, sorted(actors)
    assert not any(name.endswith("Lund-Berg") and name != "Anna Lund-Berg" for name in actors), sorted(actors)


def _opening(text: str) -> tuple[Document, Actor]:
    """The article's first capitalised word after the dateline's dash, as the one-mention body the model made it."""
    doc = annotate(Article(text=text, source=Source(title="")))
    token = next(t for t in doc.tokens if t.i > 0 and doc.tokens[t.i - 1].text == "--")
    entity = Entity(text=token.text, label="ORG", start=token.start, end=token.end, sentence_index=0,
                    token_start=token.i, token_end=token.i + 1)
    return doc, Actor(token.text, "ORG", mentions=[entity], aliases={token.text})


def test_an_abstract_noun_opening_a_lede_is_no_acting_body() -> None:
    doc, actor = _opening("(Wire) -- Grief and anger replaced Monday's scenes of celebration in the port city on "
                          "Tuesday, as at least three people died in clashes outside the city hall.")
    assert not lone_subject(doc, actor, frozenset())


def test_a_body_opening_a_lede_still_acts() -> None:
    doc, actor = _opening("(Wire) -- Oxfam said on Tuesday that it would send water to the port city.")
    assert lone_subject(doc, actor, frozenset())
