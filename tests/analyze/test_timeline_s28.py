"""Reader Audit 43 (docs/audit.md 44.2, 44.4 item 8), timeline: dates put on the wrong event. Articles written
for these tests.

- a comparison's year taken as the event's date: "made a profit of $5bn, compared with $2.9bn for the same
  quarter of 2009" was a 2009 entry (#4); the year names the yardstick, not the event;
- a sentence whose weightier half is of another period dated by the year of its first half ("put down riots in
  1986, and he jailed 30,000 people when militants attacked tourists" for the 1990s, #3): when a second main
  clause joined by "and" tells an event that the date does not reach (its own "when" clause), it is withheld;
- a yearless chronology sidebar in a text with no publication date gave no Timeline (#1); since issue #11 its
  days are entered without a year ("--04-20"), never with a guessed one (nlp/date_yearless.py).

Near misses: a profit "in 2010, compared with a loss" keeps 2010; "marched against the war in 2003" keeps 2003;
"put down riots in 1986 and jailed their leaders" keeps 1986.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_dates_session17c import _date_of, _events

_BANK = ("Norvik Bank said on Tuesday that it would cut 2,000 jobs over two years as it closes branches.\n\n"
         "The chief executive, Anna Berg, said the bank had to adapt to customers who no longer visit branches.\n\n")

CASES = (
    # (name, text, words of the entry, expected date or None when no entry may carry them)
    ("compared_with_quarter", _BANK + "Stripping out one-off costs, the bank made a third-quarter profit of "
     "$1.2bn, compared with $900m for the third quarter of 2019.", "third-quarter profit", None),
    ("against_a_loss", _BANK + "The bank made a profit of $400m in the first half, against a loss of $150m in "
     "2018.", "profit of $400m", None),
    ("up_from", _BANK + "Its share of the home loan market rose to 12 percent, up from 9 percent in 2017.",
     "share of the home loan", None),
    ("near_profit_year", _BANK + "The bank made a profit of $400m in 2019, compared with a loss a year "
     "earlier.", "profit of $400m", "2019"),
    ("near_against_war", _BANK + "Ms Berg, a former diplomat, marched against the war in Iraq in 2003.",
     "marched against", "2003"),
    ("two_periods", _BANK + "The army put down riots by police conscripts in 1986, and the government jailed "
     "thousands of people when militants carried out a string of attacks on tourists.", "jailed thousands", None),
    ("near_one_period", _BANK + "The army put down riots by police conscripts in 1986 and jailed their "
     "leaders.", "put down riots", "1986"),
)


@pytest.mark.parametrize(("name", "text", "words", "want"), CASES, ids=[c[0] for c in CASES])
def test_timeline_s28(name: str, text: str, words: str, want: str | None) -> None:
    got = _date_of(_events(text, "2026-03-10"), words)
    assert (got or "")[:4] == (want or ""), (name, got)


_SPILL = ("The company faces criticism over its report on the spill.\n\n"
          "Rivals called the report self-serving and said it left out the failures of the operator.\n\n"
          "20 April: Rig explodes, killing 11 workers 28 April: Coastguard warns of one of the worst spills "
          "8 May: Dome fails to cap the leak 4 August: Company says the well is sealed\n\n"
          "A final report is due later this year.")


def test_yearless_chronology_without_publication_date() -> None:
    # Audit 43 #1: no publication date and no year anywhere; each day keeps its month and day (issue #11)
    assert [d for d, _ in _events(_SPILL, None)] == ["--04-20", "--04-28", "--05-08", "--08-04"]
