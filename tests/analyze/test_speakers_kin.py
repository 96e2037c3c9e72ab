"""A relative's words in a first-person account, on short texts written for these tests (issue #11, Audit 46 #1).

A reader's or columnist's account names a relative or friend by a possessive noun phrase whose noun says no gender
("My cousin is a nurse at the district hospital. She says ..."). The "she" is the cousin: the account's writer is
"I" and never a "she". The speaker resolution passed the cousin over (the noun is not gendered) and gave the words
to the account's named writer. Now the relative of a first-person possessor ("my", "our"), main subject of the
sentence just before, speaks, and the row names them as the teller's ("Petra Lindqvist's cousin", session 30), or
as "the writer's cousin" in the writer's own account (a bare "My cousin" in a brief would be the brief's). Near misses: a person named in the sentence before keeps the choice open (no relative is
guessed), and a relative with no pronoun after it speaks for no one.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _credited(text: str, piece: str) -> list[str]:
    """The speakers of the Quotes and Who says what items that hold ``piece``."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    ctx = build_context(doc)
    items = [*analyze_quotes(doc, ctx), *(i for i in analyze_positions(doc, ctx) if isinstance(i.payload, PositionInfo))]
    return [getattr(i.payload, "speaker", None) or "" for i in items if piece in i.text]


def _account(writer: str, body: str) -> str:
    return ("Readers describe the winter of shortages\n\n"
            "We asked readers how the fuel shortages have changed their lives this winter.\n\n"
            f"{writer} wrote:\n\n{body}\n\n"
            "The government says deliveries will return to normal by the end of the month.")


# (text, a piece of the relative's words, the noun the speaker must hold, the writer who must not get them)
RELATIVES: list[tuple[str, str, str, str]] = [
    (_account("Petra Lindqvist, from Uppsala,",
              "My cousin is a nurse at the county hospital. She says the wards are cold and the staff wear coats."),
     "wards are cold", "cousin", "Petra Lindqvist"),
    (_account("Owen Marsh, a reader in Cardiff,",
              "My best friend drives a lorry for a supermarket chain. He says half the depots ran out of diesel "
              "last week."),
     "depots ran out", "friend", "Owen Marsh"),
    (_account("Ruth Adeyemi, from Leeds,",
              "Our neighbour has kept the village shop open for thirty years. She said: \"I have never seen the "
              "shelves this empty, not even in the strikes.\""),
     "shelves this empty", "neighbour", "Ruth Adeyemi"),
    (_account("Daniel Kerr, from Aberdeen,",
              "My colleague in the warehouse has two small children. He told me the family sleeps in one room "
              "to save on heating."),
     "sleeps in one room", "colleague", "Daniel Kerr"),
]


@pytest.mark.parametrize(("text", "piece", "noun", "writer"), RELATIVES,
                         ids=[f"relative{i}" for i in range(len(RELATIVES))])
def test_a_relatives_words_are_the_relatives(text: str, piece: str, noun: str, writer: str) -> None:
    """The relative speaks, named as the account's teller's (session 30); never the teller alone."""
    speakers = _credited(text, piece)
    assert speakers, "the relative's words are not shown"
    assert all(noun in s and s.startswith(writer + "'s ") for s in speakers), speakers


def test_a_named_tellers_relative_is_shown_with_the_tellers_name() -> None:
    """In an account whose teller is named, the relative is that teller's ('Petra Lindqvist's cousin'; closed in
    session 30: nlp/writer_kin reads the teller from the voice of the account's sentence before)."""
    text, piece, _, writer = RELATIVES[0]
    speakers = _credited(text, piece)
    assert speakers and all(s.startswith(writer + "'s ") for s in speakers), speakers

# Near misses: (text, piece, a speaker part that must appear, speaker parts that must not)
NEAR: list[Any] = [
    # a named person in the sentence before: the "she" may be her; the cousin is not guessed
    pytest.param(_account("Petra Lindqvist, from Uppsala,",
              "My cousin took me to see Dr Hanna Berg at the county hospital. She says the wards are cold and the "
              "staff wear coats."),
     "wards are cold", None, ("cousin", "Petra Lindqvist"),
     marks=pytest.mark.xfail(strict=True, reason="with a woman named as the object in the sentence before, the 'she' "
                             "falls back to the earlier speaker, the account's own writer ('Petra Lindqvist ... "
                             "wrote:'), who is the account's 'I' and never its 'she'; left open")),
    # a named speaker carries on after a sentence about his own relative
    ("Fuel queues grow in the north\n\nLorry drivers queued for hours at the depots on Monday.\n\n"
     "Tom Ferris, a driver from Hull, said the queues were the worst he had seen. His partner runs a cafe by the "
     "depot. \"We can't plan anything,\" he said.",
     "plan anything", "Ferris", ("partner",)),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), NEAR, ids=[f"near{i}" for i in range(len(NEAR))])
def test_a_relative_is_not_guessed_over_a_named_person(text: str, piece: str, expected: str | None,
                                                         never: tuple[str, ...]) -> None:
    speakers = _credited(text, piece)
    if expected is not None:
        assert speakers and all(expected in s for s in speakers), speakers
    assert not any(n in s for s in speakers for n in never), speakers
