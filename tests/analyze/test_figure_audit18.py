"""Key figures a reader finds broken or deletes (reader Audit 18, 19.4 items 4 and 9).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds: a phrasal verb cut from its particle ("had been turned" without
"away"), a noun cut from its "of"-complement ("died from lack"), a pronoun speaker ("It said"), a bracket
that gives the figure to the wrong subject, a rhetorical count ("only two kinds of story"), a change
that lost its direction ("only 1.3%" without "down"), and trivia (a career's length, calories, mortar
positions, species counts), with near-misses that must stay.
First score on the unchanged code: 13/20; now 18/20. With the direction cases added (a change's
"down to only 1.3% growth"): 14/22 first, 20/22 now. Left open (xfail): a number inside a participle on
the subject ("A convoy carrying 40 tonnes of food was sent back") loses its verb. A passive's object count
("was given to 3 million children") keeps its clause since session 21 (figure_eventless's host clause).
"""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_TURNED = ("The charity said a cargo plane with 12 tonnes of medical supplies had been turned away from the "
           "airport on Sunday. Aid workers were furious.")
_BACK = "A convoy carrying 40 tonnes of food was sent back at the border, officials said."
_LACK = ("The hospital was overwhelmed on Monday. It said five patients died from lack of oxygen overnight. "
         "Doctors begged for help.")
_DETAINED = ("The committee published its annual report on Tuesday. The attacks it lists include 25 detentions "
             "of reporters and three killings.")
_KINDS = ("People say there are only two kinds of medical story: the scare and the cure. The new vaccine was "
          "given to 3 million children last year.")
_TURNED2 = ("A cargo plane with 12 tonnes of medical supplies had been turned away, the charity said. "
            "It landed in the capital a day later.")
_THEY = ("The committee recorded 40 attacks on journalists last year. They include 25 detentions and three "
         "killings, it said.")
_LACK2 = "Five patients died from a lack of oxygen, the hospital said."
_SALES = "Car sales were down only 1.3% in May, the industry body said. Dealers had feared worse."
_DOWN_TO = "Car sales, which had been falling for a year, were down to only 1.3% growth in May."
_FELL_BY = "Exports fell by 12% to $4bn last year, the trade ministry said."
_ROSE = "Prices rose 4.5% in the year to March, the statistics office said."
_CAREER = ("Professor Lee, who has studied influenza for 30 years, said the risk was low. Seasonal flu kills "
           "250,000 to 500,000 people around the world every year.")
_CALORIES = ("Each family gets a food parcel worth 1,200 calories a day. The agency said 2 million people now "
             "depend on food aid.")
_MORTAR = ("Troops destroyed three mortar positions near the town, the army said. At least 40 civilians were "
           "killed in the shelling.")
_SPECIES = ("The reserve is home to 400 species of birds. The oil spill has already coated 120 miles of "
            "coastline.")

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # a phrasal verb keeps its particle
    (_TURNED, '12', ['12 tonnes', 'turned away'], [], True),
    (_TURNED2, '12', ['12 tonnes', 'turned away'], [], True),
    (_BACK, '40', ['40 tonnes', 'sent back'], [], True),
    # a noun keeps its "of"-complement; the pronoun speaker is not shown bare
    (_LACK, 'five', ['five patients', 'lack of oxygen'], ['It said', 'It says'], True),
    (_LACK2, 'Five', ['Five patients', 'lack of oxygen'], [], True),
    # a bracket does not give the figure to the wrong subject
    (_DETAINED, '25', ['25 detentions'], ['[Committee]', '[The committee]'], True),
    (_THEY, '25', ['25 detentions'], ['[Committee]', '[The committee]'], True),
    (_THEY, '40', ['40 attacks', 'journalists'], [], False),
    # a rhetorical count is no figure; the story's count stays
    (_KINDS, 'two', None, [], True),
    (_KINDS, '3 million', ['3 million children', 'vaccine'], [], False),
    # a change keeps its direction
    (_SALES, '1.3%', ['1.3%', 'down'], [], True),
    (_DOWN_TO, '1.3%', ['1.3%', 'down'], [], True),
    (_FELL_BY, '12%', ['12%', 'fell'], [], False),
    (_ROSE, '4.5%', ['4.5%', 'rose'], [], False),
    # a count keeps what it counts
    (_CAREER, '250,000', ['250,000 to 500,000 people', 'flu'], [], False),
    # trivia is no figure; the story's counts stay
    (_CAREER, '30', None, [], True),
    (_CALORIES, '1,200', None, [], True),
    (_CALORIES, '2 million', ['2 million people', 'food aid'], [], False),
    (_MORTAR, 'three', None, [], True),
    (_MORTAR, '40', ['40 civilians', 'killed'], [], False),
    (_SPECIES, '400', None, [], True),
    (_SPECIES, '120', ['120 miles', 'coastline'], [], False),
]


# Closed in session 24 (figure_stranded.condition_only): the count told inside a participle on the subject of a
# verb the line does not show is not shown ("A convoy carrying 40 tonnes of food" without "was sent back").
_OPEN: set[tuple[str, str]] = set()


_PARAMS = [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="a count's verb inside a participle "
                                                                            "or after a passive is lost"))
           if (case[0], case[1]) in _OPEN else pytest.param(*case) for case in CASES]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", _PARAMS)
def test_a_figure_is_whole_and_worth_reading_or_is_not_shown(text: str, number: str, must: list[str] | None,
                                                             must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= len(CASES) - len(_OPEN), score
