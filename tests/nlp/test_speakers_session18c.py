"""Quotes and positions in the wrong mouth, session 18 round 4 (reader Audit 30, 31.3 "Misattributed" and 31.4
pattern 1), on short texts written for these tests:

1. In a list of voices, a new named speaker introduced in the sentence that holds the quote ('Y, a farmer, added:
   "..."'; 'His lawyer, Ann Vale, said in a statement: "..."') takes the quote over the speaker quoted before.
2. A named person who says something about a body ('Omar Said, the council's spokesman, said no party leaders sit
   on the Town Council') is the speaker, never the body.
3. An adjective before "reports" ('Persistent reports that ... seem to be borne out') is no speaker.
4. The writer's hope for a future act of speaking ('With luck, the risk managers will look at the numbers and tell
   the traders to slow down') is the writer's, not the risk managers' words.
5. The paragraph after "The fake article reads:" is the fake article's, its "According to reports" and
   "BurgerTown says" included: never "reports" forecasting nor the company saying.

Cases 1 and 2 passed on main already (round 3's rules); they stay as guards. Near misses: an analyst's note after
"wrote in a note to clients:" stays hers; 'Reuters reports that', 'Unconfirmed reports said' and a plain 'X will
tell the delegates that' keep their speakers; a quote whose sentence names a person only as its topic ('"Nobody
trusts Paul Keller," he said.') stays with the speaker before. First score on unchanged main 035ec02: 10/12 for the
first cases, 12/16 with the hoax cases (see the commits).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, PositionInfo, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

_VOICES = ("Oil has leaked from the pipeline for a month. Chidi Okafor, a local MP, said: \"The fishermen have "
           "lost everything.\" Ada Nwosu, a village elder, added: \"The companies do not care whether we live or "
           "die.\"")
_AGENT = ("Golf fans were stunned on Monday. Tom Riley claimed on the radio that the player had failed a drug "
          "test. His agent, Mark Stenton, said in a statement: \"These claims are false and completely absurd.\"")
_RUN = ("Oil has leaked from the pipeline for a month. Chidi Okafor, a local MP, said: \"The fishermen have "
        "lost everything.\" \"Nobody trusts Paul Keller any more,\" he said.")
_LIAISON = ("The movement says it has no ties abroad. Omar Saleh, the council's spokesman, said no party leaders "
            "sit on the Town Council.")
_PERSISTENT = ("The war has entered a new phase. Persistent reports that the rebels are being armed from abroad "
               "seem to be borne out by the fighting.")
_LUCK = ("The lawsuit will take years. With luck, the bank's risk managers will look at the numbers and tell the "
         "traders to slow down.")
_HOAX = ("A story claiming that a burger chain will ban heavy customers is fake. The fake article reads:\n\n"
         "According to reports, beginning January 1, 2016, BurgerTown will no longer serve customers who weigh more "
         "than 300 pounds. BurgerTown says it wants to fight its junk food image.\n\nBurgerTown said the story was a "
         "hoax. Snopes rated it false.")
# near misses
_NOTE = ("Shares in the miner fell sharply. Analyst Ruth Cole wrote in a note to clients:\n\nWe expect copper "
         "prices to fall further this year.\n\nThe company said output rose.")
_REUTERS = "The war has entered a new phase. Reuters reports that the rebels are being armed from abroad."
_UNCONFIRMED = "The war has entered a new phase. Unconfirmed reports said the rebels were being armed from abroad."
_WILL_SAY = ("The summit opens on Monday. Premier Lena Voss will tell the delegates that the treaty must be "
             "signed this year.")

# Quotes: (text, a piece of the quote, a speaker part it must have (None: none needed), speakers it must not have)
QUOTES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_VOICES, "do not care", "Nwosu", ("okafor",)),
    (_VOICES, "lost everything", "Okafor", ("nwosu",)),
    (_AGENT, "completely absurd", "Stenton", ("riley",)),
    (_RUN, "Nobody trusts", "Okafor", ("keller",)),
]

# Who says what: (text, a piece of the statement, a speaker part that must own it (None: no such entry needed),
#  speaker parts that must not own an entry holding the piece)
POSITIONS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_VOICES, "do not care", "Nwosu", ("okafor",)),
    (_AGENT, "completely absurd", "Stenton", ("riley",)),
    (_LIAISON, "no party leaders", "Saleh", ("council",)),
    (_PERSISTENT, "being armed", None, ("persistent",)),
    (_LUCK, "look at the numbers", None, ("risk managers", "bank")),
    (_REUTERS, "being armed", "Reuters", ()),
    (_UNCONFIRMED, "being armed", "reports", ()),
    (_WILL_SAY, "treaty must be", "Voss", ()),
    (_HOAX, "no longer serve", "fake article", ("reports", "burgertown")),
    (_HOAX, "junk food", None, ("burgertown",)),
    (_HOAX, "was a", "BurgerTown", ()),
    (_NOTE, "copper", "Cole", ()),
]


def quote_speakers(text: str, piece: str) -> list[str | None]:
    """The speakers of the Quotes items holding ``piece`` (empty: no such quote)."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    items = analyze_quotes(doc, build_context(doc))
    return [item.payload.speaker if isinstance(item.payload, QuoteInfo) else None
            for item in items if piece in item.text]


def quote_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    """Whether the Quotes hold ``piece`` with the expected speaker and none of ``never``."""
    speakers = quote_speakers(text, piece)
    if expected is not None and not (speakers and all(s is not None and expected.lower() in s.lower()
                                                      for s in speakers)):
        return False
    return not any(s is not None and any(n in s.lower() for n in never) for s in speakers)


def positions_of(text: str, piece: str) -> list[tuple[str, str]]:
    """(speaker, stance) of the Who says what entries holding ``piece``."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [(item.payload.speaker, str(item.payload.stance)) for item in analyze_positions(doc, build_context(doc))
            if isinstance(item.payload, PositionInfo) and piece in item.text]


def position_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    """Whether ``expected`` owns an entry holding ``piece`` and no ``never`` does."""
    speakers = [speaker.lower() for speaker, _ in positions_of(text, piece)]
    if expected is not None and not any(expected.lower() in s for s in speakers):
        return False
    return not any(n in s for s in speakers for n in never)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), QUOTES, ids=[f"quote{i}" for i in range(len(QUOTES))])
def test_the_quote_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert quote_ok(text, piece, expected, never), quote_speakers(text, piece)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), POSITIONS,
                         ids=[f"position{i}" for i in range(len(POSITIONS))])
def test_the_position_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert position_ok(text, piece, expected, never), positions_of(text, piece)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(quote_ok(*case) for case in QUOTES) + sum(position_ok(*case) for case in POSITIONS)
    return right, len(QUOTES) + len(POSITIONS)


if __name__ == "__main__":
    for i, case in enumerate(QUOTES):
        print("quote", i, quote_ok(*case), quote_speakers(case[0], case[1]))
    for i, pcase in enumerate(POSITIONS):
        print("position", i, position_ok(*pcase), positions_of(pcase[0], pcase[1]))
    print(score())
