"""Key figures from a debunked piece's quotation, and padding (issue #11; reader Audit 19, 20.4 items 1 and 10).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds:

* a column quotes a fake site's piece at length and answers it with a rhetorical question and a one-word
  verdict ("Sounds believable, right? Wrong.", "True? Not at all.", "Real? Nope."): the quoted numbers
  are the piece's claims; and a quotation of a piece the article calls fake news, even when "fake news"
  names the kind in the paragraph before ("Some more fake news is on the loose. X already has ... shares
  on its recent piece"). Near-misses: a question about something other than truth ("Surprising? Not
  really."), a real official quoted in a story about fake news, a real report on fake news quoted;
* padding: several figures from one sentence of a live page's update on a side matter (keep the most
  informative), and a bare count of people with nothing saying what happened to them ("15 men").
  Near-misses: a toll and an injury count of the main event in one sentence both stay; a count with its
  verb stays.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.debunk import rejected_indices
from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_WRONG = (
    "Some more fake news is on the loose. The Daily Spoof already has 90,000 shares on its recent piece about a "
    "taco chain.\n\n"
    "\"Owners will pay an additional $15,000 setup fee, and 23 of the nearly 80 franchises in Ohio have already "
    "signed up to sell beer tacos,\" the piece reads.\n\n"
    "Sounds believable, right? Wrong. The chain has never sold beer, and its 2,000 restaurants serve tacos only."
)
_NOT_AT_ALL = (
    "A story about a tax on dogs has gone viral this week.\n\n"
    "\"Every owner will pay $350 a year for each dog, starting in May,\" the Capital Gazette story says.\n\n"
    "True? Not at all. The city council has passed no new taxes since 2019."
)
_NOPE = (
    "Readers keep sending me the same article.\n\n"
    "\"Scientists found that 7 in 10 cats can read simple words,\" it says.\n\n"
    "Real? Nope. The study it cites does not exist."
)
# "fake news" names the kind in the paragraph before; no verdict after the quotation.
_KIND_BEFORE = (
    "Some more fake news is on the loose.\n\n"
    "The Weekly Fib already has 40,000 shares on its recent piece. \"The mayor has banned 14 kinds of cheese "
    "from the city's schools,\" the piece says.\n\n"
    "Check the source before you share."
)
# Near-misses: a question about something other than truth; a real official; a real report on fake news.
_SURPRISING = (
    "The store chain published its spring figures on Monday.\n\n"
    "\"Sales rose 14% in March,\" the report says.\n\n"
    "Surprising? Not really. Prices fell all winter."
)
_OFFICIAL = (
    "Fake news about the flood spread online on Tuesday.\n\n"
    "\"Crews evacuated 300 homes and nobody was hurt,\" the mayor said."
)
_ABOUT_FAKE = (
    "The Herald ran a long piece on fake news last week. \"About 60% of adults get their news from social "
    "media,\" the piece says."
)
# A live page: one update on a side matter gives three market figures; the main event's toll and injuries.
_LIVE = (
    "Air strikes hit the capital for a second night on Sunday.\n\n"
    "1405 GMT: The strikes killed 48 people and wounded 150 others, the health ministry said.\n\n"
    "1430 GMT: Oil rose $2.10 to $104.50 a barrel in New York, while Brent crude gained 1.8% to $115.60 in London.\n\n"
    "1512 GMT: Rebels said they had retaken the port town."
)
_MEN = (
    "She burst into the hotel on Saturday and told reporters her story.\n\n"
    "\"There were 15 men,\" she said. \"I could not escape.\"\n\n"
    "Officials said she was drunk."
)
_MEN_DID = "She said 15 men had held her for two days at a checkpoint outside the city."
# Near-miss: a count under another verb says what it counts.
_SURVEY = "A survey of 1,100 adults, carried out by Polling Co, found strong support for the plan."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # the quoted piece's numbers are its claims
    (_WRONG, '$15,000', None, [], True),
    (_WRONG, '23', None, [], True),
    (_NOT_AT_ALL, '$350', None, [], True),
    (_NOPE, '7 in 10', None, [], True),
    (_KIND_BEFORE, '14', None, [], True),
    # the article's own figures stay
    (_WRONG, '2,000', ['2,000 restaurants'], [], False),
    (_WRONG, '90,000', ['90,000 shares'], [], True),
    (_SURPRISING, '14%', ['14%', 'Sales'], [], False),
    (_OFFICIAL, '300', ['300 homes'], [], False),
    (_ABOUT_FAKE, '60%', ['60%', 'adults'], [], False),
    # padding: one figure per sentence of a side matter; the main event's counts stay
    (_LIVE, 'DUPOIL', None, [], True),
    (_LIVE, '48', ['48 people'], [], False),
    (_LIVE, '150', ['150'], [], False),
    (_MEN, '15', None, [], True),
    (_MEN_DID, '15', ['15 men', 'held'], [], True),
    (_SURVEY, '1,100', ['1,100 adults'], [], False),
]


def _case_passes(text: str, number: str, must: list[str] | None, must_not: list[str], drop_ok: bool) -> bool:
    if number == "DUPOIL":  # three market figures of one sentence: at most one bullet
        return len([line for line in _lines(text) if any(v in line for v in ("104", "115", "2.10", "1.8%"))]) <= 1
    return _passes(text, number, must, must_not, drop_ok)


# Left open (strict xfail; see the report of session 14).
_OPEN: set[tuple[str, str]] = set()


_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left open"))
           if (case[0], case[1]) in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", _PARAMS)
def test_a_figure_is_the_articles_and_worth_reading(text: str, number: str, must: list[str] | None,
                                                    must_not: list[str], drop_ok: bool) -> None:
    assert _case_passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_case_passes(*case) for case in CASES)
    assert score >= len(CASES) - len(_OPEN), score


# Near-miss: a bomb threat called a hoax, and the police report quoted on it, is an ordinary report.
_BOMB = (
    "Police said a bomb threat at the station on Friday was a hoax.\n\n"
    "\"Officers searched 40 trains and found nothing,\" the police report said."
)


def _rejected(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    return [doc.sentences[i].text for i in sorted(rejected_indices(doc))]


@pytest.mark.parametrize("text, quoted", [(_WRONG, "Owners will pay"), (_NOT_AT_ALL, "Every owner"),
                                          (_NOPE, "Scientists found"), (_KIND_BEFORE, "The mayor has banned")])
def test_the_quoted_piece_is_rejected_and_the_articles_own_lines_are_not(text: str, quoted: str) -> None:
    rejected = _rejected(text)
    assert any(quoted in line for line in rejected), rejected
    assert not any(word in line for line in rejected
                   for word in ("already has", "2,000 restaurants", "no new taxes", "does not exist", "Check the")), \
        rejected


@pytest.mark.parametrize("text", [_SURPRISING, _OFFICIAL, _ABOUT_FAKE, _BOMB])
def test_a_question_on_something_else_a_person_or_a_piece_about_fake_news_is_not_rejected(text: str) -> None:
    assert not _rejected(text), _rejected(text)
