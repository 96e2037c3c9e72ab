"""Labelled cases: when a sentence has a speaker for Who says what (Audit 15, 16.3 and 16.4 items 2 and 10).

Written for these tests. A sentence has a speaker when a speech or cognition-report verb ("said",
"warned", "argue", "believe", "according to") has the source as its subject. Not when the writer's own
narration gives a noun a feeling ("People fear repression ...": "fear", "worry", "hope", "want" are
experiencer verbs, and the noun is the experiencer, not a source), nor when a modal makes the speech a
hypothesis or advice ("Newt could call that ...", "the mayor might say ..."), nor when "find themselves"
is a forecast about a group. Real attributed positions keep their place, including feelings that the
sentence itself attributes ("Residents say they fear ...", "X said workers fear ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Item, PositionInfo, Source
from newsbrief.nlp.annotate import annotate


def _positions(text: str) -> list[Item]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return list(analyze_positions(doc, build_context(doc)))


def _quotes(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    return [i.text for i in analyze_quotes(doc, build_context(doc))]


def _entry(items: list[Item], words: str) -> PositionInfo | None:
    for item in items:
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload
    return None


def _none(words: str) -> Callable[[str], bool]:
    return lambda text: _entry(_positions(text), words) is None


def _by(words: str, speaker: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is not None and speaker.lower() in found.speaker.lower()
    return check


def _with_stance(words: str, stance: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is not None and found.stance == stance
    return check


def _not_recommends(words: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is None or found.stance != "recommends"
    return check


@dataclass(frozen=True)
class Case:
    """One labelled passage and what a reader wants of Who says what."""

    name: str
    text: str
    check: Callable[[str], bool]


OPENING = "Protests spread to three more cities on Tuesday as the government held emergency talks.\n\n"
CASES = [
    # The writer's own narration: an experiencer subject is no source.
    Case("people_fear", OPENING + "People fear repression if they speak out against the council.",
         _none("People fear repression")),
    Case("families_worry", OPENING + "Many families worry that the schools will stay closed until next year.",
         _none("families worry")),
    Case("farmers_hope", OPENING + "Farmers in the valley hope the rains will come before the harvest.",
         _none("hope the rains")),
    Case("voters_want", OPENING + "Voters want the new council to repair the roads before anything else.",
         _none("Voters want")),
    Case("shopkeepers_feared", OPENING + "Shopkeepers feared that the looting would spread to the old market.",
         _none("Shopkeepers feared")),
    Case("traders_worried", OPENING + "Traders in the port worried the strike would cut off fuel supplies.",
         _none("Traders in the port worried")),
    # A modal over a speech verb: the writer's advice or speculation.
    Case("could_call", OPENING + "Governor Newt Harlan could call that the second worst thing he has done "
         "and be finished with it.", _none("could call that")),
    Case("might_argue", OPENING + "The senator might argue that the vote was only about procedure, "
         "but few in the chamber would believe him.", _none("might argue")),
    Case("could_say", OPENING + "The mayor could simply say that the budget was a mistake and move on.",
         _none("could simply say")),
    Case("should_admit", OPENING + "The minister should admit that the plan has failed and start again.",
         _none("should admit")),
    Case("may_claim", OPENING + "The company may claim that the fault lay with its suppliers, "
         "but the records tell another story.", _none("may claim")),
    # A forecast about a group is the writer's own.
    Case("find_themselves", OPENING + "Russia, China and others who have protected the regime would find "
         "themselves perhaps unable to continue doing so.", _none("find themselves")),
    Case("found_itself", OPENING + "The ruling party found itself unable to pass the budget for a third month.",
         _none("found itself")),
    # Real attributed positions stay.
    Case("residents_say_fear", OPENING + "Residents say they fear the river will flood their homes again "
         "this winter.", _by("Residents say they fear", "Residents")),
    Case("minister_warned", OPENING + "Interior Minister Sara Holt warned that the talks could collapse "
         "within days.", _by("warned that the talks", "Holt")),
    Case("critics_argue", OPENING + "Critics argue that the plan will cost far more than the government admits.",
         _by("Critics argue", "Critics")),
    Case("analysts_believe", OPENING + "Analysts at Ridge Capital believe the central bank will cut rates "
         "in June.", _by("believe the central bank", "Analysts")),
    Case("leader_said_fear", OPENING + "Union leader Jo Marsh said workers fear losing their jobs when "
         "the plant closes.", _by("workers fear losing", "Marsh")),
    Case("could_not_say", OPENING + "Police spokesman Tom Reyes could not say how many people had been "
         "hurt in the clashes.", _by("could not say", "Reyes")),
    Case("police_said_could", OPENING + "Police said the driver could face charges of dangerous driving.",
         _by("driver could face", "Police")),
    Case("told_would", OPENING + "Dr Ana Ruiz told reporters that the clinic would reopen on Monday morning.",
         _by("clinic would reopen", "Ruiz")),
    Case("according_to", OPENING + "According to the health ministry, at least forty people were hurt "
         "in the clashes.", _by("forty people were hurt", "health ministry")),
    Case("accused", OPENING + "Opposition leader Omar Nasser accused the council of wasting public money "
         "on the stadium.", _with_stance("accused the council", "alleges")),
    Case("denied", OPENING + "The Halden Group denied the claims in a statement on Wednesday.",
         _with_stance("denied the claims", "denies")),
    Case("urged", OPENING + "Aid agencies urged both sides to open the roads to food convoys.",
         _with_stance("urged both sides", "recommends")),
    Case("expects", OPENING + "Economist Lena Park expects prices to rise further next year.",
         _by("expects prices", "Park")),
    Case("would_not_say", OPENING + "Defence Minister Karl Berg would not say whether troops would be sent.",
         _by("would not say", "Berg")),
    Case("named_wants", OPENING + 'Councillor Tom Adair said the bus plan was "a scandal". He wants the county '
         "to spend part of the road budget on a half-hourly bus service.", _by("He wants the county", "Adair")),
    Case("named_fears", OPENING + "The Halden Group fears the new tax will drive investors out of the region.",
         _by("fears the new tax", "Halden")),
    # Past accounts labelled recommends (Audit 15: a festival organiser's account).
    Case("past_felt", OPENING + 'Festival organiser Ruth Dale said: "We felt it was important to do whatever '
         'we could to help as quickly as possible."', _not_recommends("felt it was important")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case) -> None:
    assert case.check(case.text), case.name


def score() -> tuple[int, int]:
    """How many cases pass (for the report)."""
    return sum(1 for c in CASES if c.check(c.text)), len(CASES)


def test_quotes_untouched_by_positions() -> None:
    """A feeling the writer narrates never became a quotation either."""
    assert not any("People fear" in q for q in _quotes(OPENING + "People fear repression if they speak out."))
