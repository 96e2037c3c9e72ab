"""Reader Audit 21, Timeline (docs/audit.md 22.4 item 5): a date inside a noun phrase (a noun's
prepositional modifier, a compound before a noun, a parenthesis) that is not the main verb's own adjunct
dates the noun's event, not the sentence's: "jurors were selected for the trial over the death in June
2009", "conceded that the firm had not been prepared for the 20 April blow-out", "wondering whether
talks (first held in 2007) might resume" are no events of June 2009, 20 April or 2007. The noun's own
event may still be named by its noun phrase ("[The] 20 April blow-out"). Articles written for this
test; first score (before the rule, 2026-11-30) in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline


def _entries(text: str) -> list[tuple[str, str]]:
    """(date, entry text) of each timeline entry of ``text``, published 3 June 2010."""
    return entries_of(text, "2010-06-03")


@pytest.mark.parametrize(("text", "date", "verb"), [
    # a nested noun phrase: the date modifies a noun inside the complement of the main verb
    ("Seven men and five women were selected as jurors in the trial of the doctor charged over the "
     "singer's death in June 2009.", "2009-06", "selected"),
    ("Twelve people were chosen as jurors for the trial of the nurse accused over the patient's death "
     "in March 2008.", "2008-03", "chosen"),
    ("The chief executive conceded that the company had not been fully prepared for the 20 April blow-out.",
     "2010-04-20", "conceded"),
    ("The minister admitted that the army had been slow to respond to the 14 March floods.",
     "2010-03-14", "admitted"),
    # a parenthesis inside a noun phrase, in a present speculation
    ("Analysts are wondering whether merger talks (first held in 2007) might arise again.", "2007", "wondering"),
    ("Traders now ask whether the pipeline deal (first signed in 2005) will survive.", "2005", "ask"),
    # a present or present perfect main verb with a date modifying a noun in its object
    ("The inquiry is examining the causes of the 20 April explosion.", "2010-04-20", "examining"),
    ("Critics have questioned the response to the oil spill in April 2009.", "2009-04", "questioned"),
])
def test_a_noun_phrase_date_does_not_date_the_main_clause(text: str, date: str, verb: str) -> None:
    # The date may name the noun's own event, but never with the main clause as its entry.
    assert [e for d, e in _entries(text) if d == date and verb in e] == []


@pytest.mark.parametrize(("text", "date"), [
    # near misses: the date is the main verb's own adjunct
    ("The plant closed on 20 April.", "2010-04-20"),
    ("The singer died in June 2009 after an overdose.", "2009-06"),
    ("Seven jurors were selected in June 2009.", "2009-06"),
    ("Merger talks were first held in 2007.", "2007"),
    ("The company conceded on 20 April that it had not been prepared.", "2010-04-20"),
    ("The doctor was charged in February 2010 over the singer's death.", "2010-02"),
    ("The 2004 earthquake destroyed the harbour.", "2004"),
    ("In 2007, the two companies held merger talks.", "2007"),
    ("The well blew out on 20 April, killing 11 workers.", "2010-04-20"),
    ("Police arrested the driver after the crash on 12 May.", "2010-05-12"),
])
def test_a_date_of_the_main_clause_keeps_its_entry(text: str, date: str) -> None:
    assert [d for d, _e in _entries(text)] == [date]
