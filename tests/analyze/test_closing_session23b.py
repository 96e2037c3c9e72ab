"""Reader Audit 38 (docs/audit.md 39), conclusion: closes a reader would delete. The articles are invented for
these tests.

- a wire story's standing background line ("The Northern Front, also known as the NF, has seized large areas of
  the valley in recent months.") after the news: it explains a name, it closes nothing (#9);
- a joke line addressed to someone the article never mentions ('Stop trying to make "Tina Vale" happen, Marcy.'),
  a film quotation with its referent cut: the story's close is before it (#11).

Near misses stay: a close that answers in a name's appositive with news ("The Northern Front, also known as the
NF, said on Sunday it would withdraw.") and a line addressed to a person the article is about.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_RAID_HEAD = (
    "Police in Dorvik have named the man suspected of planning a bomb attack on the city's main station, the "
    "Evening Courier reported on Sunday.\n\n"
    "The paper attributed the information to senior police sources.\n\n"
    "The suspect, a 31-year-old electrician, left his flat in the harbour district last spring.\n\n"
    "The paper said the man is known to his associates as \"the Tinker.\"\n\n")
BACKGROUND = _RAID_HEAD + (
    "The Northern Front, also known as the NF, has seized large areas of the valley in recent months.")
APPOSITIVE_NEWS = _RAID_HEAD + (
    "The Northern Front, also known as the NF, said on Sunday it would withdraw its fighters from the valley.")

_HOAX_HEAD = (
    "The singer Lena Brook has not retired. A post claiming she had quit music is, once again, a hoax.\n\n"
    "The rumour began on a satire site, which said Brook had sold her guitars at a car boot sale in Leeds.\n\n"
    "Her record label said on Tuesday that she is in the studio finishing her fourth album.\n\n"
    "Someone out there keeps trying to make the name \"Tina Vale\" stick to her.\n\n")
ADDRESSED_JOKE = _HOAX_HEAD + "Stop trying to make \"Tina Vale\" happen, Marcy. It is never going to happen!"
ADDRESSED_SUBJECT = _HOAX_HEAD + "Keep the songs coming, Lena."

CASES = (
    Case("background", BACKGROUND, want=("the Tinker",), avoid=("seized large areas",)),
    Case("appositive_news", APPOSITIVE_NEWS, want=("withdraw its fighters",)),
    Case("addressed_joke", ADDRESSED_JOKE, avoid=("Marcy", "never going to happen")),
    Case("addressed_subject", ADDRESSED_SUBJECT, want=("Keep the songs coming",)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session23b(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)))
    shown = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    check_shown(case, shown)
