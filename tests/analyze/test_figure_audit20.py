"""Key figures that lose their referent or their unit of time, garble a rank, or state a question's premise
(reader Audit 20, docs/audit.md 21.4 item 3 and item 9's figures).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds: a toll cut before "as a result of <event>" or without the place a
side story happened in; a cost per day shown as a total; a rank ("outside the top 70 in the world") read
as a count; a number in a reader's question ("Only nine people have died, so why the panic?"). Near-misses
keep plain tolls, rates and shares that were right before.
First score on the unchanged code: 14/20; now 20/20. Three near-misses added after the fix: 16/23 on the
unchanged code (the side town's case fails there), now 23/23.
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

# A live page about one country with side tolls from others.
_LIVE = (
    "Security forces in Libya opened fire on protesters in Tripoli on Monday, witnesses said. The government "
    "has cut internet access across the country.\n\n"
    "Elsewhere in the region, 12 people have died as a result of protests in Yemen, a rights group said.\n\n"
    "In Iraq, 39 people were injured in clashes in Sulaimaniya on Sunday, police said.\n\n"
    "Libyan state television said the capital was calm."
)
# The same complement when the event is the article's own: nothing is lost by keeping it.
_RESULT = (
    "A chemical leak at a plant near Dortmund forced thousands from their homes. Four workers have died as a "
    "result of the leak, the company said on Tuesday."
)
# "as a result" with no complement: nothing to keep, the toll stands.
_BARE_RESULT = (
    "Floods swept through the valley on Friday. More than 200 homes were destroyed, and 30 people died as a "
    "result, officials said."
)
# A plain toll in the article's own place stays as it was.
_OWN = "Police in Lagos fired tear gas at marchers on Saturday. At least 45 people were injured in the clashes."
_DAY = ("BP is still struggling to stop the leak in the Gulf. The spill is costing the company £4m a day, "
        "including attempts to cap the well, analysts said.")
_WEEK = "The charity said the shelter spends $20,000 each week on food for the families."
_HOUR = "The airline loses about €90,000 per hour while its fleet is grounded, its chief executive said."
_TOTAL = "The spill has cost BP £350m so far, the company said on Monday."
# A sum with its conversion in brackets: one figure, its rate kept, the conversion not shown alone.
_CONVERTED = ("BP is still struggling to stop the leak. Its bill is put at £4m ($6m) a day, including attempts to "
              "cap the well.")
_FRONTED = ("Libya's leader spoke on state television. In Sulaimaniya, Iraq, 39 people were injured when police "
            "fired on protesters.")
_RANK = ("Tiger Woods has fallen outside of the top 70 in the world for the first time since 1996. He has not "
         "won a tournament since his knee surgery.")
_NO = "The Spaniard is now No. 12 in the world after winning in Dubai on Sunday."
_TOP10 = "The top 10 banks hold 70% of the country's deposits, the central bank said."
_QUESTION = (
    "Readers sent us their questions about the flu outbreak.\n\n"
    "Only nine people have died, so why the panic? asks Tom Evans, Cardiff.\n\n"
    "Dr Jane Hill answers: The virus has infected more than 1,600 people in 20 countries in two weeks, and "
    "it spreads easily."
)
_QUESTION3 = "Schools reopened in Wales. So far just 20 people have been infected in Britain, so why close them?"
_QUESTION2 = ("Why did 300 workers lose their jobs at the plant? The firm blames falling demand. Sales fell "
              "15% last year, it said.")

# Near-misses: a question after a semicolon leaves the figure's clause a statement; a quoted question's
# number stated again as fact stays; a fronted side place keeps the town; the article's own place is no news.
_SEMICOLON = "The carmaker had a bad year. Sales fell 15% to $2bn; what went wrong?"
_ASKED = ('"Why should we pay £300 for a licence?" asked one driver. The council raised the fee to £300 in '
          'May.')
_SIDE_TOWN = "Crowds gathered in Cairo on Friday. In Alexandria, 20 people were arrested at a march, police said."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # a side toll keeps its event and place
    (_LIVE, '12', ['12 people', 'as a result of', 'Yemen'], [], False),
    (_LIVE, '39', ['39 people', 'Sulaimaniya'], [], False),
    (_RESULT, 'Four', ['workers', 'died'], [], False),
    (_BARE_RESULT, '200', ['200 homes', 'destroyed'], [], True),
    (_FRONTED, '39', ['39 people', 'Sulaimaniya'], [], True),
    (_OWN, '45', ['45 people', 'injured'], [], False),
    # a rate keeps its unit of time
    (_DAY, '£4m', ['£4m a day'], [], False),
    (_WEEK, '$20,000', ['$20,000', 'each week'], [], False),
    (_HOUR, '€90,000', ['€90,000 per hour'], [], False),
    (_CONVERTED, '£4m', ['£4m', 'a day'], [], False),
    (_CONVERTED, '$6m', None, [], True),
    (_TOTAL, '£350m', ['£350m'], ['a day'], False),
    # a rank is shown whole or not at all
    (_RANK, '70', ['top 70', 'in the world'], ['70 —', '70 world'], True),
    (_NO, '12', ['No. 12', 'world'], ['12 —'], True),
    (_TOP10, '70%', ['70%', 'deposits'], [], False),
    # a question's premise is no figure; the answer's figures stay
    (_QUESTION, 'nine', None, [], True),
    (_QUESTION, '1,600', ['1,600 people'], [], False),
    (_QUESTION3, '20', None, [], True),
    (_QUESTION2, '300', None, [], True),
    (_SEMICOLON, '15%', ['15%', 'Sales'], [], False),
    (_ASKED, '£300', ['£300', 'council'], ['Why'], False),
    (_SIDE_TOWN, '20', ['20 people', 'Alexandria', 'arrested'], [], False),
    (_QUESTION2, '15%', ['15%', 'Sales'], [], False),
]


# Left open (strict xfail; see the report of session figures4).
_OPEN: set[tuple[str, str]] = set()


_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="left open"))
           if (case[0], case[1]) in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", _PARAMS)
def test_a_figure_keeps_its_referent_and_unit_or_is_not_shown(text: str, number: str, must: list[str] | None,
                                                              must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= len(CASES) - len(_OPEN), score
