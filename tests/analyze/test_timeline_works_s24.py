"""Reader Audit 39 (#7, docs/audit.md 40.5): a commentary's anecdote about a comedy film gave the Timeline its only
entry of that section, "the 1992 film was a smash hit": the year is the film's, and the sentence judges the work, it
reports no event of the story. A year qualifying a work (a film, a book, an album ...) that is the subject of its
sentence dates nothing (analyze/date_roles.py). A dated event stays, and so does a work's year where the sentence
tells an act with it ("The minister banned the 1992 film ..."). Articles written for this test; first score (before
the rule) in the commit message."""

from __future__ import annotations

import pytest

from tests.analyze.test_timeline_audit20 import _entries as entries_of  # one reading of the timeline

_PIECE = ("Street protests forced the prime minister of Valdoria to resign on Monday.\n\n"
          "Many in the capital had long mocked the government in jokes and songs.\n\n"
          "{line}\n\n"
          "Protest leaders said they would stay in the main square until elections are called.")


def _dates(text: str) -> list[str]:
    return [d for d, _e in entries_of(text, "2012-03-05")]


@pytest.mark.parametrize("line", [
    "The 1987 film was a huge success, and it remains one of the country's best-loved comedies.",
    "His 1994 novel became a bestseller and is still taught in schools.",
])
def test_a_works_year_dates_nothing(line: str) -> None:
    assert not [d for d in _dates(_PIECE.format(line=line)) if d.startswith("19")]


@pytest.mark.parametrize("line", [
    "The 1987 election was won by the army's candidate amid claims of fraud.",
    "The censors banned the 1987 film within a week of its release.",
])
def test_a_dated_event_stays(line: str) -> None:
    assert [d for d in _dates(_PIECE.format(line=line)) if d.startswith("1987")]
