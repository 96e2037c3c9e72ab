"""Key figures that state a debunked or denied claim as fact, or read garbled (reader Audit 19, 20.3, 20.4).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds: a hoax's invented numbers in a column that debunks it (told by
the fake site, "none of it is true"), a newspaper's claim quoted under "it read" that a ministry denies,
with near-misses whose real figures stay (a report that gives its own figures beside a denial of
another claim, a figure of the hoax's spread); a figure rebuilt with its number moved ("60 coalition
flew to sorties"), a multiple that lost what it is compared with ("four times the size"), and figures
whose referent dangles ("its latest outbreak").
First score on the unchanged code: 12/23 figure cases and 0/1 key-point case; now 23/23 and 1/1.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

# A columnist debunks two fake stories; one story he tells is true.
_COLUMN = (
    "There are two kinds of fake news: the clever kind and the lazy kind. This week brought plenty of both.\n\n"
    "First, a true one. A federal agent told lawmakers that rabbits at a police farm ate seized cannabis, and "
    "yes, that part is real.\n\n"
    "Then came the story that a burger chain would sell cannabis in its Denver restaurants. The Weekly Racket "
    "reported that owners would pay an additional $40,000 licence fee and that 37 of the nearly 90 outlets in "
    "the state have already signed up.\n\n"
    "None of it is true. The Weekly Racket's own About page admits that its stories are fictional.\n\n"
    "Last winter another satire site claimed that 24 people had died of cannabis overdoses on the first day of "
    "legal sales. That story was fake too, but it was shared more than 200,000 times.\n\n"
    "Check the source before you share."
)
# The same hoax quoted under "It reads:".
_BLOCK = (
    "A hoax about a burger chain selling cannabis is spreading online. The fake article reads:\n\n"
    "\"Owners will pay an additional $40,000 licence fee, and 37 outlets have already signed up.\"\n\n"
    "The chain said on Monday it had never sold cannabis. Its 1,500 restaurants serve burgers only, a "
    "spokeswoman said."
)
# A rumour and its denial: the newspaper's numbers are the denied claim; the agency's are the article's.
_DENIED = (
    "Rumours that militants in the north had caught a deadly virus spread quickly online on Wednesday.\n\n"
    "The newspaper Al-Fajr reported that diseases were spreading in the city. \"Three Ebola and 31 HIV cases "
    "were registered in the main hospital,\" it read.\n\n"
    "The health ministry denied the report, calling it baseless. The World Health Organization said it had "
    "sent 15 experts to the region.\n\n"
    "The virus has killed more than 4,000 people in West Africa this year."
)
# Near-miss: a report's own figures beside a denied rumour.
_REAL = (
    "The carmaker said on Monday that it would cut 1,200 jobs at its plants in the north. A spokesman said a "
    "rumour that the firm would close its main factory was false. Profits fell 30% last year."
)
# Near-miss: a claim a person makes and another party answers stays framed.
_FRAMED = (
    "Opposition groups say 500 protesters were detained last week. The interior ministry denied the figure "
    "on Tuesday."
)
_SORTIES = "The coalition flew 60 sorties over Libya on Sunday, a US military spokesman said."
_SIZE = "Syria's army, with 300,000 troops, is four times the size of Libya's, analysts say."
_SIZE_BARE = ("The rebels control a strip of desert in the east. The area is about four times the size, and it "
              "is growing, a commander said.")
_OUTBREAK = ("Health officials in the capital are on alert. The virus has killed more than 4,000 people in its "
             "latest outbreak, mostly in West Africa.")
_SPREAD = ("The fake story had a lot of fans. Within a day 200,000-plus people had shared it on Facebook. The "
           "site that wrote it says its stories are fictional.")
_COMPARED = "The coalition flew 60 sorties over Libya on Sunday, compared to 40 on Saturday, Admiral Gortney said."
_ITS = ("Ebola was first found in 1976 near a river in Congo. More than 4,000 people have died in its latest "
        "outbreak, mostly in West Africa.")
_ITS_PAGE = "The site is run by two friends in Ohio. Its page has 200,000-plus followers on Facebook."
_FOLLOW = "The site is run by two friends in Ohio. 200,000-plus people follow its page on Facebook."
_SHARED = "The story went viral. It was shared by 200,000-plus people on Facebook."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # a hoax's numbers are the hoax's: framed as its claim or not shown
    (_COLUMN, '$40,000', None, [], True),
    (_COLUMN, '37', None, [], True),
    (_COLUMN, '24', None, [], True),
    (_BLOCK, '$40,000', None, [], True),
    (_BLOCK, '37', None, [], True),
    # a denied report's numbers are its claim, not a fact
    (_DENIED, '31', ['Al-Fajr'], [], True),
    (_DENIED, 'Three', ['Al-Fajr'], [], True),
    # the article's own figures stay
    (_BLOCK, '1,500', ['1,500 restaurants'], [], False),
    (_DENIED, '15', ['15 experts'], [], False),
    (_DENIED, '4,000', ['4,000 people'], [], False),
    (_REAL, '1,200', ['1,200 jobs'], [], False),
    (_REAL, '30%', ['30%', 'Profits'], [], False),
    (_FRAMED, '500', ['500 protesters', 'Opposition groups'], [], True),
    # a figure rebuilt with its number in the wrong place, or its comparator lost
    (_SORTIES, '60', ['60 sorties'], ['60 coalition', 'flew to'], False),
    (_SIZE, 'four times', ['four times the size of Libya'], [], True),
    (_SIZE_BARE, 'four times', None, [], True),
    # a dangling referent is named or the figure is not shown
    (_OUTBREAK, '4,000', ['4,000 people', 'virus'], [], True),
    (_SPREAD, '200,000', ['200,000', 'story'], [], True),
    (_ITS, '4,000', ['4,000 people', 'Ebola'], [], True),
    (_ITS_PAGE, '200,000', ['200,000-plus followers', 'site'], [], True),
    (_FOLLOW, '200,000', ['200,000-plus people', 'site'], [], True),
    (_SHARED, '200,000', ['200,000-plus people', 'shared'], [], True),
    # a compared number keeps its comparison, not the other number's clause with its own in front
    (_COMPARED, '40', ['compared to 40', 'Saturday'], ['40 coalition'], True),
]


# Left open (strict xfail; see the report of session 14).
_OPEN: set[tuple[str, str]] = set()


_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left open"))
           if (case[0], case[1]) in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", _PARAMS)
def test_a_figure_is_the_articles_fact_or_is_framed(text: str, number: str, must: list[str] | None,
                                                    must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= len(CASES) - len(_OPEN), score


def _key_points(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    return [item.text for item in analyze_summary(doc, build_context(doc))]


KEYPOINT_CASES = [(_COLUMN, ["none of it is true", "fictional", "hoax"])]


@pytest.mark.parametrize("text, words", KEYPOINT_CASES)
def test_a_debunk_columns_verdict_reaches_the_first_key_points(text: str, words: list[str]) -> None:
    # reader Audit 19, #12: the column's point (the story is invented) was in no key point
    first = " ".join(_key_points(text)[:2]).lower()
    assert any(word in first for word in words), first
