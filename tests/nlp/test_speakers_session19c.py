"""Labelled cases: speakers of reader Audit 32's misattributions (session 19, round 4).

Written for these tests; no dataset text. Audit 32 found a quotation inside a bracket after one of several named
politicians given to the last one named in the sentence ('A (last seen telling a rally "...") and B (who said
"...")'), a quotation after 'perhaps X is not in control, according to Y' given to X, whom it names, and a
columnist's own sentence given to 'an objective assessment of the record' as an allegation, a state broadcaster's
report shown under the opponents of the sentence's next clause ('..., state media reported, but some opponents have
rejected the invitation'), a writer's 'Carter did A, and Reagan rejected B' shown whole under Reagan, and a
quantifier over a pronoun ('some of them') as a source.

Near misses: a quotation naming a third person keeps its own speaker cue ('"Rivas is a shadow," Ortiz said.'); a
column that really quotes a person with 'said' keeps that person; a study that 'shows' something keeps its voice
when it is made by someone named ('by the Congressional Budget Office', 'A Reuters analysis'); a sentence whose
first source speaks first keeps that source.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_speakers_session18c import position_ok, quote_ok, quote_speakers

pytestmark = pytest.mark.slow

_BRACKETS = ("The caucus is split on the war. Its loudest members include Paul Ferris (last seen telling a "
             "union rally \"you have to get out there and get your hands dirty\") and Nora Blake (a committee "
             "member who last year said \"We are fighting two wars at once, side by side\").")
_ACCORDING = ("Her brother is ill and she runs the office. Then again, perhaps Ri Son is not fully in charge, "
              "according to Pak Chol-min, the head of the exile group.\n\n\"Some say the general took the second "
              "seat, but what we saw this week shows the general is a shadow and Pak Sol-ju is the real deputy,\" "
              "he said.")
_COLUMN = ("Editor's note: Dan Hale is a contributor to this site. The opinions are his own.\n\n"
           "The president has been called a soft liberal by his critics for years. An objective assessment of "
           "the president's record on defence shows that he has not been the timid leader his rivals want to "
           "run against. He opposed the first war, then backed a surge in the second one.")
# near misses
_OWN_CUE = ("The council met on Monday. \"Rivas is a shadow and Mora is the real boss of this town,\" Ana Ortiz "
            "said after the vote.")
_SAID_COLUMN = ("Editor's note: Dan Hale is a contributor to this site. The opinions are his own.\n\n"
                "The president has been called a soft liberal for years. His defence secretary, Mark Lund, said "
                "the record shows a leader who is willing to use force.")

_MEDIA = ("Protests filled the capital for a tenth day. The prime minister and his deputy were meeting with "
          "opposition groups, including students in the main square, state television reported, but some "
          "government opponents have rejected the invitation.")
_HISTORY = ("Some hawks, such as Senator Henry Jackson, claimed that the country had to insist on human rights. "
            "Carter put these concerns into new rules at the State Department, and Ronald Reagan rejected the "
            "realism of Presidents Nixon and Ford.")
_SOME_OF_THEM = ("The party has a powerful inner circle, the defector said. The group is called the Central Bureau, "
                 "and some of them say the old system must stay while others want to open up the market.")
# near misses: a reading someone named made keeps its maker
_CBO = ("The deficit has grown for years. An analysis of the budget by the Congressional Budget Office shows that "
        "the deficit will double by 2030.")
_REUTERS = ("Tax rules have changed. A Reuters analysis of tax records shows that the richest paid less than their "
            "own staff last year.")
_TWO_SOURCES = ("The vote was close. Senator Ann Ruiz said the bill would hurt farmers, and the governor said she "
                "would sign it within a week.")

QUOTES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_BRACKETS, "hands dirty", "Ferris", ("blake",)),
    (_BRACKETS, "two wars at once", "Blake", ("ferris",)),
    (_ACCORDING, "real deputy", "Pak Chol-min", ("ri son", "sol-ju")),
    (_OWN_CUE, "real boss", "Ortiz", ("rivas", "mora")),
]

POSITIONS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_COLUMN, "timid leader", None, ("assessment",)),
    (_SAID_COLUMN, "willing to use force", "Lund", ()),
    (_MEDIA, "meeting with opposition", "state television", ("opponents",)),
    (_BRACKETS, "loudest members", None, ("ferris", "blake")),
    (_HISTORY, "rejected the realism", None, ("reagan",)),
    (_SOME_OF_THEM, "old system", None, ("some of them",)),
    (_CBO, "double by 2030", "Congressional Budget Office", ()),
    (_REUTERS, "richest paid less", "Reuters", ()),
    (_TWO_SOURCES, "hurt farmers", "Ruiz", ()),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), QUOTES, ids=[f"quote{i}" for i in range(len(QUOTES))])
def test_the_quote_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert quote_ok(text, piece, expected, never), quote_speakers(text, piece)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), POSITIONS,
                         ids=[f"position{i}" for i in range(len(POSITIONS))])
def test_the_position_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert position_ok(text, piece, expected, never)


# Left (Audit 32 A7): a chain of "he" subjects that began in a 'While NAME has ..., he has ...' sentence goes
# back past it to a columnist quoted before, so the writer's 'he has found that ...' about the president became
# the columnist's. The chain's origin is read in nlp/pronoun_chains.py (outside this change's files).
_CHAIN = ("An excellent book by my colleague Paul Carter analyzes the president's war doctrine at length.\n\n"
          "Carter writes, \"The office changes its occupant far more than the occupant changes the office.\"\n\n"
          "While Obama has changed the style of his predecessor, he has kept much of the substance.\n\n"
          "He has drawn down troops in the desert, as promised.\n\n"
          "But on many other fronts, he has found that campaign rhetoric often does not square with governing.")


def test_a_chain_begun_in_a_while_clause_is_not_the_columnists() -> None:
    assert position_ok(_CHAIN, "campaign rhetoric", None, ("carter",))
