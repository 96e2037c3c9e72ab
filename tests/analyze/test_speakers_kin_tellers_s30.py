"""A relative named inside a named teller's account is the teller's relative (session 30, left by session 29).

On a readers' page, "Owen Marsh, a reader in Cardiff, wrote:" sets out his account; its "My best friend drives a
lorry. He says ..." was shown as "the writer's friend", which a reader of the brief takes for the journalist's
friend. The relative is now shown as the teller's ("Owen Marsh's friend"). Near misses keep "the writer's": a
column's own first-person account (no teller), and a relative named in the writer's paragraph after a reported
speaker (the "my" there is the writer's, not the speaker's). Texts invented here.

The opening repair of a key point ("She says ..." -> "[<teller>] says ...") put the relative's words in the
teller's mouth where the relative's noun was not among the person nouns it knew ("cousin", "flatmate"); a
relative or friend just before is now the likelier referent, and the repair is withheld.

First score on the unchanged code: 6/8 failing (the three tellers' relatives; "The union says" right after a
relative's words was given to the relative; both opening repairs).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _credited(text: str, piece: str) -> list[str]:
    """The speakers of the sentence voices, Quotes and Who says what items that hold ``piece``."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    ctx = build_context(doc)
    voices = [v.speaker or "" for s, v in zip(doc.sentences, ctx.attributions.voices, strict=True) if piece in s.text]
    items = [*analyze_quotes(doc, ctx), *(i for i in analyze_positions(doc, ctx) if isinstance(i.payload, PositionInfo))]
    return voices + [getattr(i.payload, "speaker", None) or "" for i in items if piece in i.text]


def _page(teller: str, body: str) -> str:
    return ("Readers on the bus strike\n\nWe asked readers how the bus strike has changed their week.\n\n"
            f"{teller} wrote:\n\n{body}\n\nThe union says talks will resume on Monday.")


# (text, a piece of the relative's words, the speaker every item must show)
CASES = [
    (_page("Mina Sato, from Leeds,", "My sister works night shifts at a care home. She says she walks an hour to "
                                     "work in the dark."), "walks an hour", "Mina Sato's sister"),
    (_page("Greg Olsen, a reader in Hull,", "Our neighbour runs the corner shop. He says his takings have halved "
                                            "since the strike began."), "takings have halved", "Greg Olsen's neighbour"),
    (_page("Ada Brennan, from Derby,", "My flatmate is a junior doctor. She told me she sleeps at the hospital on "
                                       "strike days."), "sleeps at the hospital", "Ada Brennan's flatmate"),
    # near misses: the writer's own column; a relative in the writer's sentence after a quoted speaker
    ("The week the buses stopped\n\nI have taken the bus to work for twenty years.\n\nMy sister works night shifts "
     "at a care home. She says she walks an hour to work in the dark.\n\nThe union says talks will resume.",
     "walks an hour", "the writer's sister"),
    ("The week the buses stopped\n\nThe strike entered its second week on Monday.\n\nTom Reyes, a driver, said "
     "the drivers had not wanted a strike.\n\nMy sister works night shifts at a care home. She says she walks an "
     "hour to work in the dark.\n\nThe union says talks will resume.", "walks an hour", "the writer's sister"),
    # and "the union" after the relative's words is the union, never the relative (a capitalised "My sister" was
    # read as a named body that "the union" could mean)
    ("The week the buses stopped\n\nThe strike entered its second week on Monday.\n\nMy sister works night "
     "shifts at a care home. She says she walks an hour to work in the dark. The union says talks will resume.",
     "talks will resume", "the union"),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_the_relative_is_the_tellers(text: str, piece: str, speaker: str) -> None:
    credited = _credited(text, piece)
    assert credited and all(s == speaker for s in credited), credited


# (text, the start of the relative's sentence, the teller's surname the repair must not put on it)
OPENINGS = [
    (_page("Petra Lind, from Uppsala,", "My cousin is a nurse at the county hospital. She says the wards are cold."),
     "She says", "Lind"),
    (_page("Greg Olsen, a reader in Hull,", "My flatmate drives a tram. He says the depot has been shut all week."),
     "He says", "Olsen"),
]


@pytest.mark.parametrize(("text", "opening", "teller"), OPENINGS, ids=[f"opening{i}" for i in range(len(OPENINGS))])
def test_the_opening_repair_never_names_the_teller(text: str, opening: str, teller: str) -> None:
    """An item opening on the relative's "She says" is not repaired to "[<teller>] says" (a key point put the
    relative's words in the teller's mouth): the relative named just before is the likelier referent."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    ctx = build_context(doc)
    sentence = next(s for s in doc.sentences if s.text.startswith(opening))
    repaired = repair_opening(doc, sentence, ctx.actors)
    assert repaired is None or teller not in repaired, repaired
