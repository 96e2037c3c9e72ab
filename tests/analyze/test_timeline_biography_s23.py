"""Reader Audit 37 (#3, docs/audit.md 38.5 "Key dates"): a quoted expert's life story ("Born in X, he left in 1977 to
study in Y and is now a professor at Z") gave the analysis its only Timeline entry; a step of a source's career is no
event of the story (analyze/date_origins.py). An obituary's dates (no present post) and a plain dated event stay.
Articles written for this test; first score (before the rule) in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline

_EXPERT = ("Rebel fighters pushed toward the capital on Tuesday, the alliance said.\n\n"
           "\"The regime is running out of fuel,\" said Karim Haddad, a political scientist.\n\n"
           "{line}\n\n"
           "He expects the government to hold out for weeks rather than days.")


def _dates(text: str) -> list[str]:
    return [d for d, _e in entries_of(text, "2011-08-23")]


@pytest.mark.parametrize("line", [
    "Born in Misrata, he left in 1984 to study in Canada and is now a professor of politics at a university in Ottawa.",
    "Haddad was born in Misrata, moved to France in 1984 and is now the head of a research centre in Lyon.",
])
def test_a_source_s_career_step_dates_nothing(line: str) -> None:
    assert "1984" not in _dates(_EXPERT.format(line=line))


@pytest.mark.parametrize("line", [
    # an obituary's life: no present post
    "Born in Misrata, he left in 1984 to study in Canada and never returned.",
    # a present post without an origin: the move is the story's
    "He moved to the capital in 1984 and is now the rebels' main adviser on oil.",
])
def test_other_dated_steps_stay(line: str) -> None:
    assert "1984" in _dates(_EXPERT.format(line=line))
