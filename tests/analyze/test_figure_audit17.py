"""Key figures a reader finds wrong or deletes (reader Audit 17, 18.4 items 7 and 10).

Each case is a short article written for this test, in the form of the Audit 14 cases: the number, the
words its bullet must hold (None: the figure must not be shown), words it must not hold, and whether
dropping it is acceptable. The kinds: a figure inside a charge, accusation or criticism shown as fact, a
part told without its total ("two of them in the head"), a predicate or referent cut ("unaccounted", "spent
five hours"), a hyphenated number-noun that lost its number ("in a -page report"), and trivia (a scene's
screens, a letter-writer's relatives, "a crowd of thousands"), with near-misses that must stay.
First score on the unchanged code: 10/20 (the first 20 cases), 13/24 with the near-misses added; now 24/24.
A vague amount setting a clause's scene ("With billions of dollars at stake"): 1/2 first, 2/2 now."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines as _lines
from tests.analyze.test_figure_audit14 import _passes  # one way of reading a figure bullet for all audits

pytestmark = pytest.mark.slow

_CHARGES = ("Among the key charges raised in Congress is that the firm was so anxious about a project that was "
            "43 days over time and $20m over budget that it skipped safety checks.")
_ACCUSED = "The mayor was accused of spending $50,000 of public money on private flights. He denies wrongdoing."
_CRITICISED = ("The agency was criticised for taking 12 days to reach the flooded villages. It said the roads had "
               "been cut.")
_CRITICS = "Critics say the new stadium has cost taxpayers $400m so far. The council insists it will pay for itself."
_SPENT = "The company said it had spent $4bn on the clean-up so far. Congress approved a further $20m for the inquiry."
_BULLETS = "At least six bullets struck Brown, two of them in the head, the autopsy found. The officer has been suspended."
_SHOT = "At least six bullets struck him, two of them in the head, the autopsy found."
_MPS = "Opposition MPs charged that the scheme had wasted $300m of public money."
_RUBBLE = "Rescuers pulled 30 people from the collapsed building on Monday. Forty homes were destroyed in the quake."
_MISSING = "Some 188 staff members remain unaccounted for, the United Nations said on Friday."
_HOURS = ("A US rescue team spent five hours freeing a woman from the rubble of the hotel. She was taken to "
          "hospital.")
_REPORT = "Eight main causes were listed in a 193-page report, the company said. Three firms share the blame."
_SCREENS = ("Organisers set up 10 giant video screens around the square for the ceremony. Police expect 200,000 "
            "people to attend.")
_LETTER = ("One reader wrote that her 11 surviving relatives were now sleeping in the street. The quake killed at "
           "least 50,000 people.")
_CROWD = "A ripple flowed through the crowd of thousands as the news spread. The rally ended peacefully."
_MARCH = "Thousands of people marched through the city on Saturday, police said."
_GUNMAN = "The gunman killed his 12 relatives before turning the gun on himself, police said."
_BLASTS = "Two huge explosions shook the capital on Sunday morning, witnesses said."
_STAKE = ("With billions of dollars at stake, lawyers for both sides are preparing for a long fight. The firm "
          "has set aside $3bn for claims.")
_SHELTERS = "Workers built 40 shelters for the families last week, the charity said."

CASES: list[tuple[str, str, list[str] | None, list[str], bool]] = [
    # a figure inside a charge, accusation or criticism keeps the frame
    (_CHARGES, '43', ['43 days', 'charges'], [], True),
    (_ACCUSED, '$50,000', ['$50,000', 'accused'], [], True),
    (_CRITICISED, '12', ['12 days', 'criticised'], [], True),
    (_CRITICS, '$400m', ['$400m', 'Critics say'], [], False),
    (_MPS, '$300m', ['$300m', 'charged'], [], False),
    (_SPENT, '$4bn', ['$4bn', 'clean-up'], ['accused', 'charge'], False),
    (_SPENT, '$20m', ['$20m', 'inquiry'], ['accused', 'charge'], False),
    # the total is the figure; a part is not shown without it
    (_BULLETS, 'six', ['six bullets', 'struck'], [], False),
    (_BULLETS, 'two', None, [], True),
    (_SHOT, 'two', None, [], True),
    (_RUBBLE, '30', ['30 people', 'pulled'], [], False),
    (_RUBBLE, 'Forty', ['Forty homes', 'destroyed'], [], False),
    # the predicate and what a span of time was spent on stay
    (_MISSING, '188', ['188 staff members', 'unaccounted for'], [], True),
    (_HOURS, 'five', ['five hours', 'freeing'], [], True),
    # a hyphenated number-noun keeps its number or the phrase is not cut before it
    (_REPORT, 'Eight', ['Eight main causes'], [' in a (', ' a -page', 'in a —'], True),
    # trivia and scene description are no figures; the story's counts stay
    (_SCREENS, '10', None, [], True),
    (_SCREENS, '200,000', ['200,000 people'], [], False),
    (_LETTER, '11', None, [], True),
    (_LETTER, '50,000', ['50,000 people', 'killed'], [], False),
    (_CROWD, 'thousands', None, [], True),
    (_MARCH, 'Thousands', ['Thousands of people', 'marched'], [], False),
    (_SHELTERS, '40', ['40 shelters', 'built'], [], False),
    (_STAKE, 'billions', None, [], True),
    (_STAKE, '$3bn', ['$3bn', 'claims'], [], False),
    (_GUNMAN, '12', ['12 relatives', 'killed'], [], False),
    (_BLASTS, 'Two', ['Two huge explosions', 'shook'], [], False),
]


@pytest.mark.parametrize("text, number, must, must_not, drop_ok", CASES)
def test_a_figure_keeps_its_frame_and_referent_or_is_not_shown(text: str, number: str, must: list[str] | None,
                                                                must_not: list[str], drop_ok: bool) -> None:
    assert _passes(text, number, must, must_not, drop_ok), _lines(text)


def test_the_score_does_not_fall() -> None:
    score = sum(_passes(*case) for case in CASES)
    assert score >= len(CASES), score
