"""A cause told of an earlier episode and carried on by a pronoun (session 29; closes session 27's strict xfail on a
column's aside about an old campaign): labelled cases, each a short article written for this test.

"Back in 1994, the candidate ran for mayor by saying ... It did her little good: her party stayed at home because
..." gives the cause of that old defeat, not of the current news. A sentence opening on "It"/"That"/"This" right after
one that dates an earlier episode in words ("Back in", "years ago", "the last time") and naming no time of the
current news is withheld from Analysis. Near misses that stay: the same pronoun with a time of the news ("It
collapsed on Monday because ..."), a cause after a sentence dated by a bare year, a cause with its own subject.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate


def _analysis(text: str, url: str = "https://example.com/news/story") -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2024-03-14", url=url)))
    return [i.text for i in analyze_analysis(doc, build_context(doc))]


_WITHHELD = [
    ("old_campaign", "Voters want a mayor who gets things done\n\n"
     "Back in 1994, the candidate Ann Holt ran for mayor of Dunmore by saying the race was about roads, not ideas. "
     "It did her little good: her own party stayed at home because everyone knew she was speaking in code, and she "
     "lost. Today the mayor must show that she can fix the bridge.\n", "speaking in code"),
    ("years_ago_dam", "Town asks for help with leaking dam\n\n"
     "The town of Varna asked the water board for help on Tuesday as its dam kept leaking. "
     "Years ago, the town built a second dam upstream. "
     "It was abandoned because the builders ran out of money. "
     "The board will send engineers next week.\n", "ran out of money"),
]


@pytest.mark.parametrize(("name", "text", "part"), _WITHHELD, ids=[n for n, _, _ in _WITHHELD])
def test_earlier_cause_withheld(name: str, text: str, part: str) -> None:
    assert not any(part in a for a in _analysis(text, "https://example.com/opinion/story"))


_KEPT = [
    ("now_monday", "Ferry firm collapses\n\n"
     "The ferry firm Northway was founded back in 1994 by two fishermen. "
     "It collapsed on Monday because its lenders pulled their loans, the administrators said. "
     "Passengers will get refunds.\n", "lenders pulled their loans"),
    ("bare_year", "Ferry firm collapses\n\n"
     "The ferry firm Northway started sailing to the islands in 1994. "
     "It went bust because its lenders pulled their loans, the administrators said. "
     "Passengers will get refunds.\n", "lenders pulled their loans"),
    ("own_subject", "Ferry firm collapses\n\n"
     "Back in 1994, the ferry firm Northway started sailing to the islands. "
     "The firm went bust because its lenders pulled their loans, the administrators said. "
     "Passengers will get refunds.\n", "lenders pulled their loans"),
]


@pytest.mark.parametrize(("name", "text", "part"), _KEPT, ids=[n for n, _, _ in _KEPT])
def test_current_cause_kept(name: str, text: str, part: str) -> None:
    assert any(part in a for a in _analysis(text))
