"""Labelled cases: speakers of reader Audit 33's misattributions and the lead's unseen rows (session 20, round 2).

Written for these tests; no dataset text. Audit 33 found a travel writer's own description ('pointing what I can
only describe as a ...') filed under the people it describes, and a sentence closed by a relative clause with
its own 'according to X' ('... his idol, a banker who is ranked the 90th richest man, according to a magazine.')
given whole to that source. The lead found a quotation after a narrative sentence whose subject struggles to
recall something ('she struggled to recall the day. "My first memory? ..."') shown without its speaker. Round 1
left Audit 32 A7's column line 'But on most other fronts, he has found that ...' as the president's position.

Near misses: 'according to X' closing a whole sentence; a person's 'said she would describe it as ...'; a
quotation after a recalling sentence that names its own speaker after it; a report's investigator who 'has found
that ...' keeps the finding.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_speakers_session18c import position_ok, positions_of, quote_ok, quote_speakers

pytestmark = pytest.mark.slow

_DESCRIBE = ("The ferry docked at noon. The officers walked slowly down each row, pointing what I can only "
             "describe as a toy pistol at each passenger's forehead (we made their work easier by sitting still).\n\n"
             "Nobody was turned back that morning.")
_RELATIVE = ("Tariq is only 17. He bought a sports car, but he has no licence to drive it, so his uncle drives him "
             "past the house of his hero, the banker Leon Hartley, an investor who is ranked the 90th richest man "
             "in Britain, according to a business magazine.\n\n"
             "He hopes to buy a house on the same street one day.")
_CHOSE_ANSWER = ("The champion was in good spirits after the match. When she was shown a picture of herself with "
                 "her rival as a girl, Nina Petrova struggled to recall the day. \"My first memory? Probably a junior "
                 "event somewhere in Spain. I really do not know how long ago that was.\"\n\n"
                 "Petrova plays her semi-final on Thursday.")
# Audit 32 A7 (left by round 1): a column's account of what a governor learned in office
_COLUMN_FOUND = ("Editor's note: Ruth Bell is a professor of law. The opinions expressed in this commentary are "
                 "solely those of the author.\n\n"
                 "I have watched Governor Sam Hanley for six years, and I think he deserves more credit than he gets.\n\n"
                 "He has kept his promise to close two prisons. But on most other fronts, Hanley has found that "
                 "campaign promises rarely survive the first budget.\n\n"
                 "I suspect voters will forgive him for that.")
# near misses
_REPORT_FOUND = ("The crash closed the motorway for six hours on Monday.\n\n"
                 "The chief crash investigator, Tom Reyes, has found that the lorry's brakes failed on the hill "
                 "and that the driver was not to blame.")
_ACCORDING = ("The factory will close in March and about 400 jobs will go, according to the local council.\n\n"
              "The owners have not commented.")
_SAID_DESCRIBE = ("The storm hit the coast overnight. Mayor Lena Ortiz said she would describe the damage as the "
                  "worst the town has seen in fifty years.")
_RECALL_NAMED = ("The coach tried to remember the final. \"It was a blur, to be honest,\" said his captain, "
                 "Omar Diaz.")

POSITIONS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_DESCRIBE, "toy pistol", None, ("officer",)),
    (_RELATIVE, "sports car", None, ("magazine",)),
    (_ACCORDING, "400 jobs", "council", ()),
    (_SAID_DESCRIBE, "worst the town", "Ortiz", ()),
    (_COLUMN_FOUND, "campaign promises", None, ("hanley",)),
    (_REPORT_FOUND, "brakes failed", "Reyes", ()),
]
QUOTES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_CHOSE_ANSWER, "first memory", "Petrova", ()),
    (_RECALL_NAMED, "blur", "Diaz", ("coach",)),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), POSITIONS,
                         ids=[f"position{i}" for i in range(len(POSITIONS))])
def test_the_position_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert position_ok(text, piece, expected, never), positions_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), QUOTES, ids=[f"quote{i}" for i in range(len(QUOTES))])
def test_the_quote_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert quote_ok(text, piece, expected, never), quote_speakers(text, piece)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(position_ok(*case) for case in POSITIONS) + sum(quote_ok(*case) for case in QUOTES)
    return right, len(POSITIONS) + len(QUOTES)


if __name__ == "__main__":
    print(score())
