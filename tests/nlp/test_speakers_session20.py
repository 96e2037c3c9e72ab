"""Labelled cases: speakers of reader Audit 32's remaining misattributions (session 20, round 1).

Written for these tests; no dataset text. Audit 32 (A7, a signed column) found the writer's 'he has found that
...' about a president given to a columnist quoted two paragraphs before: the chain of "he" subjects began in a
'While NAME has ..., he has ...' sentence, whose "he" is the NAME of its own subordinate clause, and went back past
it. It also found the writer's account of a politician's record ('While he opposed the first war, he backed the
second, even proposing air strikes across the border') filed as the politician's recommendation: a participle
of proposing under a verb of the person's record, with a bare noun phrase for its object, narrates an act.

Near misses: a column that really quotes a person with 'said'; a 'While NAME spoke, he ...' sentence whose "he"
is that NAME and speaks; a news report whose "he" continues a quoted speaker; a participle of saying with a
clause of its own ('backed the bill, saying it would protect farmers') is a statement.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_speakers_session18c import position_ok, positions_of, quote_ok, quote_speakers

pytestmark = pytest.mark.slow

_WHILE_CHAIN = ("A new book by my colleague Ruth Bell studies Governor Sam Hanley's budget record in detail.\n\n"
                "Bell writes, \"The job reshapes the person far more than the person reshapes the job.\"\n\n"
                "While Hanley has softened the tone of his predecessor, he has kept most of the cuts.\n\n"
                "He has closed two prisons, as promised.\n\n"
                "But on most other fronts, he has found that campaign promises rarely survive a budget year.")
_RECORD = ("He can be criticised for talking more with allies than with his own party.\n\n"
           "But the plain fact is that Tom Hanley was never the simple peace candidate his supporters hoped for "
           "or his rivals feared.\n\n"
           "While he opposed the first war from the start, he backed the second one, even proposing air strikes "
           "across the border during the campaign.\n\n"
           "The fight over his record is likely to heat up this summer.")
# near misses
_SAID_COLUMN = ("Editor's note: Ruth Bell writes a weekly column. The opinions are her own.\n\n"
                "The governor has been called a spendthrift for years. His budget chief, Omar Diaz, said the "
                "record shows a leader who is willing to cut.")
_WHILE_SPEAKS = ("The minister toured the flooded valley on Monday. Critics said the aid came too late.\n\n"
                 "While Karl Weber spoke to farmers in the square, he promised that the dams would be rebuilt "
                 "before winter.\n\n"
                 "He said the army would stay until the roads were open.")
_NEWS_CHAIN = ("Police closed the bridge after the crash. \"We are working around the clock,\" said police chief "
               "Tom Reyes.\n\n"
               "He added that the bridge would reopen on Monday if the inspectors agreed it was safe.")
_SAYING = ("The vote was close. Senator Ann Ruiz backed the bill, saying it would protect small farmers from "
           "the drought.")
# a participle bringing a quotation, and one hung on a verb of writing, are words (found by the 120-row check)
_CRIED = ("The jury found the driver guilty on Friday. His sister, Lena Ward, wept when the verdict was read, "
          "saying, \"We will appeal this to the highest court.\"")
_WROTE = ("The plant's future is unclear. Local MP Alan Price had written to the energy minister asking for "
          "clarification of the government's plans for the site.")

POSITIONS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_WHILE_CHAIN, "campaign promises", None, ("bell",)),
    (_RECORD, "air strikes", None, ("hanley",)),
    (_SAID_COLUMN, "willing to cut", "Diaz", ()),
    (_WHILE_SPEAKS, "army would stay", "Weber", ()),
    (_NEWS_CHAIN, "reopen on Monday", "Reyes", ()),
    (_SAYING, "protect small farmers", "Ruiz", ()),
    (_CRIED, "highest court", "Ward", ()),
    (_WROTE, "clarification", "Price", ()),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), POSITIONS,
                         ids=[f"position{i}" for i in range(len(POSITIONS))])
def test_the_position_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert position_ok(text, piece, expected, never), positions_of(text, piece)


def test_the_quote_before_a_while_chain_keeps_its_writer() -> None:
    assert quote_ok(_WHILE_CHAIN, "reshapes the person", "Bell", ("hanley",)), \
        quote_speakers(_WHILE_CHAIN, "reshapes the person")


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(position_ok(*case) for case in POSITIONS) + quote_ok(_WHILE_CHAIN, "reshapes the person", "Bell", ())
    return right, len(POSITIONS) + 1


if __name__ == "__main__":
    print(score())
