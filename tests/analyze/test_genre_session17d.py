"""Genre and key points, session 17 round 4 (reader Audit 28, docs/audit.md 29.2 and 29.3).

1. A short blog column that ends on a question to its readers ("What do you think? Will ...?") argues: opinion.
   Near miss: a news report quoting two sides stays news.
2. A signed comment piece closed by its writer's bio line ("X is head of research at Y.") whose body speaks as
   "we" of the writer's fund is opinion. Near miss: a report quoting a fund manager's "we" stays news.
3. An analysis that frames its piece with a count of outcomes ("Analysts see three possible outcomes: ...") and
   closes on a consensus ("Most analysts agree ...") is analysis, and the frame is among the first two key points.
4. A reported business analysis that sets named analysts against each other argues no view of the writer's: no
   opinion. Near miss: a real column stays opinion.
5. (Added after the first score, with the fix.) A history feature whose second sentence grants one reading and
   claims another ("may not have ..., but ...") after a series tagline has that thesis as key point 1 (the lead's
   Newsroom row 40). Near miss: a column that counts "two ways out" and argues with "should" stays opinion.
The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_points_session17c import _genre, _points

pytestmark = pytest.mark.slow


_BLOG = ("Heating oil went up again this week, to the highest price since the winter of 2008.\n\n"
         "For thirty years every government has promised to cut the country's dependence on imported fuel. "
         "Every plan was announced with great fanfare. Then the price fell and the plan was quietly shelved.\n\n"
         "Today the country imports more fuel than it did when the first plan was written. Families pay the bill "
         "every time a pipeline thousands of miles away is shut.\n\n"
         "Here's my question to you: What do you think? Will any government ever get serious about energy?")
_REPORT = ("Heating oil rose to its highest price since the winter of 2008 this week, the energy regulator said on "
           "Tuesday.\n\n"
           "The regulator said the rise followed the closure of two pipelines in the north. \"Prices will stay high "
           "until the pipelines reopen,\" said Mark Ellery, its chief economist.\n\n"
           "Suppliers disputed the figure. \"Our prices have barely moved,\" said Joan Pike of the Fuel Traders "
           "Association. The regulator will publish its next survey in March.")
_COMMENT = ("The fire on the Nerida platform last month has wiped a third off Calder Oil's share price. Could "
            "investors have seen it coming?\n\n"
            "At our fund we have questioned Calder's safety record since 2005. We sold most of our holding in 2006, "
            "after a refinery blast killed eleven workers.\n\n"
            "Calder told us then that a new management system would fix the problem. We were not convinced, and "
            "the record since suggests that a disaster of this kind was always a risk.\n\n"
            "Anna Kessler is head of responsible investment at Northgate Asset Management.")
_COMMENT_REPORT = ("The fire on the Nerida platform last month has wiped a third off Calder Oil's share price, "
                   "figures from the exchange showed on Monday.\n\n"
                   "\"We sold most of our holding in 2006, after a refinery blast killed eleven workers,\" said Anna "
                   "Kessler, head of responsible investment at Northgate Asset Management.\n\n"
                   "Calder said its safety record had improved since then. The company will report its quarterly "
                   "results on Thursday.")
_SCENARIOS = ("The rebels and the government's forces have fought to a standstill in Karsa, the top general of the "
              "peace mission told a parliamentary committee on Thursday.\n\n"
              "What lies ahead for Karsa? Analysts see three possible outcomes: a long stalemate, a negotiated "
              "settlement, or the fall of the regime in the capital.\n\n"
              "The first scenario is the most likely in the short run, said Ruth Alder, a fellow at the Barrow "
              "Institute. \"Neither side can take the coast road,\" she said.\n\n"
              "A settlement would need the president to step aside, said Omar Hadi of the Levant Policy Centre. "
              "\"He has shown no sign that he will,\" he said.\n\n"
              "Most analysts agree that the president must go sooner or later. The question is what follows.")
_SPLIT = ("Can Harlow Energy survive as an independent company?\n\n"
          "Its shares have lost a third of their value since the spill, and rivals are said to be circling.\n\n"
          "Peter Youngson, an analyst at Crane Securities, believes the group will be broken up within two years. "
          "\"The board has run out of options,\" he said.\n\n"
          "Leah Maxwell, of Dunmore Capital, disagrees. She thinks the company's oil fields are worth far more than "
          "its market value and that it will recover. \"This is a buying opportunity,\" she said.\n\n"
          "The company declined to comment on the speculation.")
_COLUMN = ("The board of Harlow Energy has failed its shareholders, and it should go.\n\n"
           "For five years it ignored warnings about its pipelines. It cut maintenance to pay a bigger dividend. "
           "When the spill came, it blamed its contractors.\n\n"
           "I have owned its shares for twenty years, and I have never seen a board so careless with other "
           "people's money. The shareholders must vote it out at the annual meeting.")


def test_a_blog_column_ending_on_a_question_to_readers_is_opinion() -> None:
    assert _genre(_BLOG) == "opinion"


def test_a_report_quoting_two_sides_stays_news() -> None:
    assert _genre(_REPORT) == "news"


def test_a_comment_piece_with_a_bio_line_and_the_funds_we_is_opinion() -> None:
    assert _genre(_COMMENT) == "opinion"


def test_a_report_quoting_a_fund_managers_we_stays_news() -> None:
    assert _genre(_COMMENT_REPORT) == "news"


def test_a_scenarios_frame_makes_analysis() -> None:
    assert _genre(_SCENARIOS) == "analysis"


def test_the_scenarios_frame_leads_the_key_points() -> None:
    assert any("three possible outcomes" in point for point in _points(_SCENARIOS)[:2])


def test_analysts_set_against_each_other_are_no_opinion() -> None:
    assert _genre(_SPLIT) != "opinion"


def test_a_real_column_stays_opinion() -> None:
    assert _genre(_COLUMN) == "opinion"


_HISTORY = ("Long Ago follows the river trade as it grew. The canal company may not have set out to build a town in "
            "1822, but the boatmen who wintered at its locks built one anyway. Within two years of the first boats, "
            "a dozen cabins stood along the towpath. The company, short of money, nonetheless let them stay, "
            "calling them \"lock tenants\" in its ledgers. Unsure what the spring floods would bring, the families "
            "were yet certain that the canal meant steady work. It took the state more than a decade to grant the "
            "settlement a charter. In 1834 the legislature named it Lockport, and by 1840 it had a mill, two "
            "churches and a school.")
_TWO_WAYS = ("There are two ways out of this mess, and only one of them works.\n\n"
             "The council could raise the parking fees again. It tried that in 2019, and the shops on the high street "
             "lost a fifth of their trade.\n\n"
             "Or it could open the old depot as a car park, as the traders have asked for years. The second option "
             "costs less and I think it is plainly the right one. The council should take it before Christmas.")


def test_a_history_features_concession_is_key_point_one() -> None:
    assert "may not have set out" in _points(_HISTORY)[0]


def test_a_column_counting_two_ways_stays_opinion() -> None:
    assert _genre(_TWO_WAYS) == "opinion"
