"""Session 27b (Audit 42, docs/audit.md 43.4 #7): figures whose comparison ("a similar range", "the same level")
or whose whole ("will take 45%", of what?) points outside the line; with near misses that must stay. All texts
invented."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

# A comparison word whose standard is not in the line: "similar to what?" (43.4 #7: "a similar $29 to $35 range").
COMPARED_OUTSIDE = [
    ("Based on the price of the firm's current chargers, which sell at $20, the analyst expects the new cables "
     "to sell in a similar $15 to $20 range, while premium cables could cost $40.", "$15 to $20"),
    ("Rival bakeries charge about $4 a loaf. The new chain plans to open at the same $4 price in its first "
     "stores, its founder said.", "$4 price"),
    ("Last year's festival drew 30,000 visitors. Organisers hope for a comparable 30,000 crowd this summer, "
     "though ticket prices have risen.", "30,000 crowd"),
]

# A share whose whole is named only in the clause before (43.4 #7: "the mid-tier Apple Watch will take 45%").
WHOLE_ELIDED = [
    ("The analyst expects the basic phone to make up 60% of all handset sales, while the premium phone "
     "will take 40%. The maker will report results in May.", "40%"),
    ("Wind farms supplied 35 percent of the region's power last year, while coal plants provided 25 percent. "
     "The grid operator published the figures on Monday.", "25 percent"),
]

# Near misses: a comparison with its standard shown, a share with its own whole, an ordinary percentage.
NEAR_MISSES = [
    ("The council approved a budget of $12 million, similar to last year's. The vote was 7 to 2.", "12 million"),
    ("Unemployment fell to 4.1% in March, while inflation rose to 2.9%, the statistics office said.", "2.9%"),
    ("The company said sales rose 12 percent in the quarter to $3.4 billion. Its shares rose.", "12 percent"),
    ("Wind farms supplied 35 percent of the region's power last year, up from 20 percent in 2015, the grid "
     "operator said.", "35 percent"),
    ("The ferry operator cut fares by 15% on Monday, the same day its rival raised prices.", "15%"),
    ("The club fielded the same 11 players who won the cup final in May, and lost 3-0.", "11 players"),
    ("The museum charges $25 for entry, a similar price to other city museums, its director said.", "25"),
]


@pytest.mark.parametrize(("text", "number"), COMPARED_OUTSIDE)
def test_comparison_pointing_outside_withheld(text: str, number: str) -> None:
    """A figure with "similar"/"same"/"comparable" is withheld unless its line shows what it is compared with."""
    value = number.split()[0]
    for line in figure_lines(text):
        assert not any(f"{word} {value}" in line for word in ("similar", "same", "comparable")), line


@pytest.mark.parametrize(("text", "number"), WHOLE_ELIDED)
def test_share_with_elided_whole_withheld(text: str, number: str) -> None:
    """A share whose "of ..." whole is only in another clause is withheld unless the line shows a whole."""
    for line in figure_lines(text):
        if number in line:
            assert " of " in line, line


@pytest.mark.parametrize(("text", "number"), NEAR_MISSES)
def test_near_miss_figures_stay(text: str, number: str) -> None:
    """Ordinary figures that say what they measure stay."""
    lines = figure_lines(text)
    assert any(number in line for line in lines), lines


# A line that joins a main clause to a "while"/"because" clause with the subordinator cut reads garbled (43.4 #7:
# "$7,500 — analyst forecasts model classifying segment ASP").
GARBLED = [
    ("Regarding the premium tablet, the analyst forecasts the base model to start at $900, while putting the "
     "range's average price at $1,400. Shipments begin in June.", "1,400"),
    ("On the new line, the broker expects the small van to sell for $30,000, while setting the fleet's average "
     "price at $41,000. Orders open in May.", "41,000"),
]

# A line that ends on a noun whose number was cut from it (43.4 #7: "to start at $499 to $549, with an overall ASP",
# where the sentence goes on "at around $650"); a line that narrows "a package of X and Y" to Y alone (43.4 #7:
# "salary increases amounting to some $600 million").
TAIL_CUT = [
    ("The basic tablet model is expected to start at $300 to $350, with an average price at around $420. "
     "The maker did not comment.", "300", "average price"),
    ("But after promising to trim spending, the ministry changed tack in March with a bundle of tax breaks and "
     "pension rises amounting to some $300 million, to ease higher fuel costs. Critics were unimpressed.",
     "300 million", "pension rises amounting"),
    ("After vowing to cut debt, the city council reversed course in May with a mix of grants and fee cuts "
     "amounting to about $25 million, to win back voters.", "25 million", "fee cuts amounting"),
]

TAIL_NEAR_MISSES = [
    ("The council approved road repairs worth $40 million on Tuesday, the mayor said.", "40 million"),
    ("The firm hired 200 engineers and 50 designers last year, its annual report shows.", "200 engineers"),
    ("The basic tablet will start at $300, with delivery in June, the maker said.", "300"),
    ("The analyst expects sales of $2 billion this year, while margins should hold, the note says.", "2 billion"),
]


@pytest.mark.parametrize(("text", "number"), GARBLED)
def test_line_without_its_subordinator_withheld(text: str, number: str) -> None:
    """A line that shows two clauses but drops the "while" between them is withheld or keeps the "while"."""
    after = text.split("while", 1)[1]
    for line in figure_lines(text):
        if number in line and " while " not in line:
            words = line.split(" — ")[-1].replace("(", " ").replace(")", " ").split()
            assert all(w in after for w in words), line


@pytest.mark.parametrize(("text", "number", "cut"), TAIL_CUT)
def test_line_with_cut_tail_or_narrowed_list_withheld(text: str, number: str, cut: str) -> None:
    """A line ending on a noun whose number was cut, or narrowing a list to its last member, is withheld."""
    for line in figure_lines(text):
        if number in line:
            assert not line.endswith(cut) and not line.startswith(cut.split()[0]), line


@pytest.mark.parametrize(("text", "number"), TAIL_NEAR_MISSES)
def test_tail_near_misses_stay(text: str, number: str) -> None:
    """Ordinary lines with a "with" phrase, a listed count or a "while" clause stay."""
    lines = figure_lines(text)
    assert any(number in line for line in lines), lines


# The owner of a sum named in a fronted topic phrase ("Starting with X,", "As for X,") is kept in the line
# (43.4 #7: "an ASP ... of $450" with the model cut).
TOPIC_OWNER = [
    ("The maker will sell three tablets this autumn. Starting with the Nova Mini, the analyst expects an average "
     "price of $320 including storage options. The maker did not comment.", "320", "Nova Mini"),
    ("The group sells two phones. As for the Orion Max, Kim expects the company to sell 12 million units this "
     "year. The group declined to comment.", "12 million", "Orion Max"),
]

TOPIC_NEAR_MISSES = [
    ("After the vote, the council raised the levy by $5 million, the mayor said.", "5 million"),
    ("According to Reuters, the firm paid $5 billion for the stake in March.", "5 billion"),
]


@pytest.mark.parametrize(("text", "number", "owner"), TOPIC_OWNER)
def test_fronted_owner_kept(text: str, number: str, owner: str) -> None:
    """A sum whose owner is only in the fronted topic phrase keeps that phrase, or is withheld."""
    for line in figure_lines(text):
        if number in line:
            assert owner in line, line


@pytest.mark.parametrize(("text", "number"), TOPIC_NEAR_MISSES)
def test_topic_near_misses_stay(text: str, number: str) -> None:
    """A fronted time or source phrase is no owner: the figure stays."""
    lines = figure_lines(text)
    assert any(number in line for line in lines), lines


@pytest.mark.xfail(strict=True, reason="a count in a 'when' clause on a time noun ('one of the worst weeks ..., "
                   "when officials admitted the leak could be 9,000 litres an hour') is the story's own fact, but "
                   "figure_detached reads it like a recalled event ('the storm of 2005, when 1,500 died'); telling "
                   "them apart needs the clause's time order, not the parse alone (43.5: the 60,000 barrels a day)")
def test_admission_in_when_clause_shown() -> None:
    """A headline-scale measure told in a "when" clause about the story's own week is shown."""
    text = ("The mayor signed the repair deal on Friday. It came hours after one of the worst weeks of her term, "
            "when city officials admitted the leak could now be 9,000 litres an hour, and critics mocked her "
            "first speech for lacking detail.")
    assert any("9,000" in line for line in figure_lines(text))
