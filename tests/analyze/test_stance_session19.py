"""Labelled cases: the stance of a Who says what entry (session 19, the lead's readings of unseen Newsroom rows).

Written for these tests; no dataset text. Three patterns the lead found:

- a verb of observation ("notes", "pointed out", "observes", "acknowledged") with a loose modal in what it
  reports ("could", "might", "may") states a possibility: *says*, not *expects*; a "will" or "expects to"
  under the same verb, and a plain "said ... could", keep *expects*;
- "claims" or "charges" with a thing as object ("claims the eastern half", "claimed 12 lives", "charges a
  fee") is no speech act and no position; "claims that ...", "claimed the mayor had lied" still allege;
- a statement that calls a claim false with a verb of naming ("called the reports fabrications", "dismissed
  the claims as fabrications", "branded it a lie") denies, whatever modal follows.

And, from the 120-row reading: "insisted" in answer to another's accusation (sharing what was charged) denies;
"rejected the idea" (a proposal) opposes it and denies nothing; a modal in a concession ("While fares may be
higher ...") or a past "expected" in a relative clause ("the answer we expected") forecasts nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.analyze.test_positions_speakers import Case, _entry, _positions
from tests.analyze.test_positions_speakers import _with_stance as _stance


def _not_alleged(words: str) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        found = _entry(_positions(text), words)
        return found is None or found.stance != "alleges"
    return check


_TOWN = ("The town council met on Tuesday to discuss the new bus plan for the eastern districts. "
         "The plan would add four routes and a night service from next spring. ")

CASES = (
    Case("notes_could", _TOWN + "Economist Ruth Alder noted that the plan could lower costs for small firms in the area.",
         _stance("could lower costs", "asserts")),
    Case("pointed_out_could", _TOWN + "Transport analyst Tom Reyes pointed out that fares might fall for older riders.",
         _stance("fares might fall", "asserts")),
    Case("acknowledged_may", _TOWN + "Council leader Maria Stone acknowledged that some routes may be cut later.",
         _stance("some routes may be cut", "asserts")),
    Case("near_notes_will", _TOWN + "Economist Ruth Alder noted that the plan will lower costs for small firms next year.",
         _stance("will lower costs", "predicts")),
    Case("near_said_could", _TOWN + "Economist Ruth Alder said that the plan could lower costs for small firms next year.",
         _stance("could lower costs", "predicts")),
    Case("claims_territory", "The city has redrawn its district map this year. "
         "The Maywood neighborhood association claims the eastern half of those boundaries, a spokesman for the "
         "city said.", _not_alleged("claims the eastern half")),
    Case("claims_territory_alone", "The city has redrawn its district map this year after a long survey. "
         "The Maywood neighborhood association now claims the eastern half of the old district.",
         _not_alleged("claims the eastern half")),
    Case("claimed_lives", "Heavy rain fell across the valley for three days. "
         "The flood claimed twelve lives and destroyed two bridges near the river.",
         _not_alleged("claimed twelve lives")),
    Case("claims_title", "The final was played in front of a full stadium on Sunday. "
         "Rovers claimed the title with a late goal from their captain.", _not_alleged("claimed the title")),
    Case("charges_fee", "Parking in the old town has been hard to find for years. "
         "The council charges a fee of ten pounds for each permit it issues.", _not_alleged("charges a fee")),
    Case("near_claims_that", _TOWN + "Councillor Ann Pike claims that the developer misled residents about the routes.",
         _stance("misled residents", "alleges")),
    Case("near_claimed_person", _TOWN + "Councillor Ann Pike claimed the mayor had hidden the real cost of the plan.",
         _stance("hidden the real cost", "alleges")),
    Case("called_fabrications", "A newspaper reported on Monday that the minister had taken money from a donor. "
         "Minister Paul Odell called the reports fabrications and said he would take legal action.",
         _stance("called the reports fabrications", "denies")),
    Case("dismissed_as", "A newspaper reported on Monday that the minister had taken money from a donor. "
         "Minister Paul Odell dismissed the claims as fabrications that would not survive scrutiny.",
         _stance("dismissed the claims", "denies")),
    Case("branded_lie", "Opposition leader Kate Moss accused the minister of taking money from a donor. "
         "Minister Paul Odell branded the accusation a lie that could damage the party.",
         _stance("branded the accusation a lie", "denies")),
    Case("insisted_answer", "Opposition leader Kate Moss accused the mayor of hiding the audit report from the council. "
         "Mayor John Banks insisted that the audit report had been published in full in May.",
         _stance("published in full", "denies")),
    Case("claims_with_participle", "The city has redrawn its district map this year after a long survey. "
         "The Maywood neighborhood association claims the eastern half of the old district, lending the area "
         "its odd shape.", _not_alleged("claims the eastern half")),
    Case("rejected_idea", "The council asked residents about a new parking charge in the spring. "
         "Most of the residents who replied rejected the idea in a survey published on Monday.",
         _stance("rejected the idea", "asserts")),
    Case("near_rejected_report", "A newspaper reported on Monday that the minister had taken money from a donor. "
         "Minister Paul Odell rejected the report in a statement on Tuesday.", _stance("rejected the report", "denies")),
    Case("concessive_may", _TOWN + "While fares may be higher in other towns, that is beside the point for the "
         "riders here, councillor Ann Pike said.", _stance("beside the point", "asserts")),
    Case("expected_relative", _TOWN + '"This was the answer we expected from the council," said Ann Pike, who '
         "leads the riders' group.", _stance("the answer we expected", "asserts")),
    Case("near_relative_will", _TOWN + "Ann Pike said the plan is a deal that riders will be able to use from May.",
         _stance("will be able to use", "predicts")),
    Case("near_warned_could", _TOWN + "Ann Pike warned that the new routes could be cut within a year.",
         _stance("could be cut", "predicts")),
    Case("near_insisted_plain", _TOWN + "Mayor John Banks insisted that the new routes were popular with riders.",
         _stance("were popular", "asserts")),
)


# "brand" is an attitude cue (lexicon.ATTITUDE_LEMMAS, shared with the PolNeAR extraction), so its sentence gets no
# voice and never reaches Who says what; position_checks would file it *denies* (_named_false) once it does.
_OPEN = frozenset({"branded_lie"})


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="'brand' gives no voice"))
                                  if c.name in _OPEN else c for c in CASES], ids=[c.name for c in CASES])
def test_stance_session19(case: Case) -> None:
    assert case.check(case.text)
