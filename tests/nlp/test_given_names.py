"""Given names that say a gender, and people typed as organisations that a given name and a role show to be people
(newsbrief.nlp.given_names; pronoun_speakers.jsonl's first-name and person-typed-as-organisation classes), on short
articles written for these tests."""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.given_names import given_name_gender
from tests.nlp.speaker_cases import voiced_speakers_of

_AID = """Aid agencies say they have been unable to reach the besieged town of Karvan for a second week.

Beatrice Lenoir-Vasseur, the relief group's regional head of operations, said fighting had been raging for ten \
days in parts of the town.

The town has been at the centre of the revolt against President Omar Haddad.

"Hundreds of families are trapped in the old quarter, unable to leave," she said.

The group said it had asked both sides for a two-hour pause.
"""

_ISLAND = """The sale of a private island in a Swedish lake drew attention around the world this week, after reports \
that a famous golfer owned it.

The claim is false, says Anders Lindqvist of the estate agency, who does not know how the story began.

In several articles the island's seller quoted a Sabine Rothkegel, an employee of the island broker. To one \
newspaper, she says the golfer bought the island years ago.

But when reached by email, she writes that she never spoke to the newspaper.
"""


def _label(text: str, name: str) -> str:
    doc = annotate(Article(text=text, source=Source()))
    return next(e.label for e in doc.entities if e.text == name)


def test_a_given_name_says_a_gender_only_in_a_full_name() -> None:
    assert given_name_gender("Beatrice Lenoir-Vasseur") == "f"
    assert given_name_gender("Anders Lindqvist") == "m"
    assert given_name_gender("Jean Dupont") is None  # worn by both
    assert given_name_gender("Ford") is None  # a lone word is a surname


def test_a_woman_typed_as_an_organisation_with_a_role_is_a_person_and_her_she_said_is_hers() -> None:
    assert _label(_AID, "Beatrice Lenoir-Vasseur") == "PERSON"
    speakers = voiced_speakers_of(_AID, "Hundreds of families", speech_only=True)
    assert any(s and "Lenoir-Vasseur" in s for s in speakers), speakers
    assert not any(s and "Haddad" in s for s in speakers), speakers


def test_a_name_typed_as_an_organisation_without_a_persons_role_stays_one() -> None:
    text = _AID.replace("the relief group's regional head of operations", "the relief charity")
    assert _label(text, "Beatrice Lenoir-Vasseur") == "ORG"


def test_a_womans_she_says_is_not_the_man_named_before_her() -> None:
    for piece in ("golfer bought", "never spoke"):
        speakers = voiced_speakers_of(_ISLAND, piece, speech_only=True)
        assert any(s and "Rothkegel" in s for s in speakers), (piece, speakers)
        assert not any(s and "Lindqvist" in s for s in speakers), (piece, speakers)
