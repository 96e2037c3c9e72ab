"""Labelled cases: Who says what after reader Audit 38 (14 % wrong, 27 % would delete).

Written for these tests (no article text copied). A Who says what entry is a position its holder states:

* an "according to" source is the one the phrase names: "According to the tabloid, Marek Lind, 31, moved ..." is
  the tabloid's claim about Lind, never Lind's own (the parser may hang the clause's subject on the source);
* a verb that is no speech in its sentence makes no source: "Opinion polls explain the senator's reluctance" (polls
  account for something), "The council can insist that ..." (the writer's option of what someone could say);
* a denial disputes the party whose claim it answers: the source of the sentence right before it, else an earlier
  charge that shares its words; when neither, no "(disputing X)";
* a source's label is the person the sentence names: "the Deputy Permanent Representative ..., Karen Holm" is Holm,
  not "Deputy Permanent"; a role is the speaker's own, not the title of the person named beside them ("Mayor Lisa
  Ortega and Police Chief Dan Brooks"); "Earlier statements by the company" names no one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Item, PositionInfo, Source
from newsbrief.nlp.annotate import annotate


def _positions(text: str) -> list[Item]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return list(analyze_positions(doc, build_context(doc)))


def _entry(items: list[Item], words: str) -> PositionInfo | None:
    for item in items:
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload
    return None


def _none(words: str) -> Callable[[str], bool]:
    return lambda text: _entry(_positions(text), words) is None


def _not_by(words: str, speaker: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is None or speaker.lower() not in found.speaker.lower()
    return check


def _by(words: str, speaker: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is not None and speaker.lower() in found.speaker.lower()
    return check


def _disputes(words: str, party: str | None) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        if found is None or found.stance != "denies":
            return False
        return found.disputes is None if party is None else party.lower() in (found.disputes or "").lower()
    return check


def _not_disputing(words: str, party: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is None or party.lower() not in (found.disputes or "").lower()
    return check


def _role_without(words: str, speaker: str, absent: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is not None and speaker.lower() in found.speaker.lower() \
            and absent.lower() not in (found.role or "").lower()
    return check


@dataclass(frozen=True)
class Case:
    """One labelled passage and what a reader wants of Who says what."""

    name: str
    text: str
    check: Callable[[str], bool]


OPENING = "Floods closed the coastal road for a third day on Tuesday as crews worked to clear the mud.\n\n"
CASES = [
    # "According to X, NAME, 31, moved ...": the claim is X's, about NAME.
    Case("according_subject_cut", OPENING + "The Evening Courier said the man, Marek Lind, had been named. "
         "According to the newspaper, Lind, 31, left his parents' flat in a quiet suburb of the capital last year.",
         _not_by("left his parents", "Lind")),
    Case("according_kept", OPENING + "According to the health ministry, at least forty people were hurt in the "
         "flooding.", _by("forty people were hurt", "health ministry")),
    # A thing that accounts for something, and a speech the writer imagines, are no positions.
    Case("polls_explain", OPENING + "Opinion polls explain the senator's reluctance to back the levy right now "
         "voters in the north take a dim view of it.", _none("Opinion polls explain")),
    Case("surveys_explain", OPENING + "Recent surveys explain the mayor's caution.", _none("surveys explain")),
    Case("can_insist", OPENING + "The council can insist that the builders pay for a new sea wall.",
         _none("can insist")),
    Case("can_argue", OPENING + "The governor can argue that the money was never his to spend.",
         _none("can argue")),
    Case("explained_that_kept", OPENING + "Harbour master Ellen Voss explained that the road would stay shut "
         "until the tide turned.", _by("explained that the road", "Voss")),
    Case("can_confirm_kept", OPENING + "Police can confirm that a man was arrested in the town on Friday "
         "night.", _by("can confirm", "Police")),
    # Whom a denial disputes.
    Case("disputes_previous_report", OPENING + "Councillor Ana Webb accused the port authority of hiding "
         "pollution data. Crews pumped water from the tunnels overnight. The Harbour Gazette reported last week "
         "that the port had dumped sludge in the bay. The port authority called the report false.",
         _disputes("called the report false", "Gazette")),
    Case("disputes_writer_report", OPENING + "Mayor Tim Hale announced that drivers found with expired permits "
         "would be fined rather than arrested. Union leader Rosa Dane accused the mayor of punishing drivers who "
         "cannot pay, because the fines are set in another county. Hale said the change would help young "
         "drivers. The announcement followed a report in this newspaper last week that revealed the police had "
         "quietly stopped the checks. Hale called the article false on Monday.",
         _disputes("called the article false", None)),
    Case("disputes_previous_charge", OPENING + "Opposition leader Omar Nasser accused the mining firm Corvel of "
         "poisoning the river. Corvel denied poisoning the river.", _disputes("Corvel denied", "Nasser")),
    Case("disputes_shared_charge", OPENING + "Opposition leader Omar Nasser accused the mining firm Corvel of "
         "poisoning the river with mercury. Fishermen have stopped selling their catch. The market has been "
         "closed since May. Corvel denied that any mercury had reached the river.",
         _disputes("Corvel denied", "Nasser")),
    Case("disputes_not_own_statement", OPENING + "Regulators said Corvel and its contractor Brandt both had test "
         "results showing the pumps were unsafe. Corvel has blamed Brandt for the failure. Corvel said last month "
         "that it would pay for the repairs. Brandt later issued a statement saying its tests were different. "
         '"The board tested parts bought in a shop, whereas Brandt tested the parts used at the plant," it said. '
         "The company also denied any suggestion that it knowingly supplied faulty parts.",
         _not_disputing("The company also denied", "Brandt")),
    # Labels: the person named, their own role; no label that names no one.
    Case("appositive_person", OPENING + 'But the Deputy Permanent Representative to the United Nations, Karen '
         'Holm, has called the embargo "a failure of nerve".', _by("a failure of nerve", "Holm")),
    Case("joint_role", OPENING + "Mayor Lisa Ortega and Police Chief Dan Brooks announced on Monday that the "
         "checks would end. A report last week said the police had stopped the checks. Brooks called the "
         "report false on Monday.", _role_without("called the report false", "Brooks", "Ortega")),
    Case("statements_by_the_company", OPENING + "Earlier statements by the company had said the tests showed "
         "the sea wall to be sound.", _none("Earlier statements")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    assert case.check(case.text), case.name


def score() -> tuple[int, int]:
    """How many cases pass (for the report)."""
    return sum(1 for c in CASES if c.check(c.text)), len(CASES)
