"""Audit 9's misattributions (issue #11, docs/audit.md section 10.4 pattern 1), on labelled articles
written for these tests (tests/data/misattribution/audit9_voices.jsonl, one per mechanism):

0. "AGENCY reported X as saying '...'": the agency is the channel, X the speaker.
1. A video's or document's title quoted after an official's quotation is not the official's.
2. A quotation inside a flashback goes to the one the flashback is about, not to the one quoted before.
3. "..., according to X." makes X the antecedent of the next "he told".
4. A document named after the quote ("the group's statement reads") is its speaker.
5. A phrase quoted as the object of the subject's verb ("thanked those who '...'") is the subject's.
6. "It said" after an organisation's sentence is the organisation's, not a place's; an "according to"
   speaker stops before a following "including ... whose ..." noun phrase.
7. The subject of the writer's own narration is no speaker.

The checks are those of test_audit8_voices (``checks``); the first score, before the rules changed,
is in the commit that added this file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.nlp.test_audit8_voices import checks, report

DATA = Path(__file__).resolve().parents[1] / "data" / "misattribution" / "audit9_voices.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()
                                 if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("record", RECORDS, ids=[f"article{i}" for i in range(len(RECORDS))])
def test_audit9_patterns(record: dict[str, Any]) -> None:
    wrong = [what for what, ok in checks(record) if not ok]
    assert not wrong, wrong


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    report(RECORDS)
