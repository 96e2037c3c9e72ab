"""Session 27 (Audit 41, 42.4 #5 and #9): figures that lose their condition, are labels, lose their predicate or
purpose, are a share with only its whole, or an epithet; with near misses that must stay. All texts invented."""

from __future__ import annotations

import pytest

from tests.analyze.figure_cases import figure_lines

# A sum worked out under an "if" the line does not show states a supposition as a fact (42.4 #5: "$2,400 just for
# the gold" without "if the watch weighs two ounces").
CONDITIONED = [
    ("Copper now trades at $9,000 a tonne. If, for example, the new cable weighs 40 tonnes, that is already "
     "$360,000 just for the copper. The utility has not published its budget.", "360,000"),
    ("Wheat sells for $300 a tonne. If, say, the mill buys 50 tonnes a week, that is already $15,000 just for the "
     "grain. The mill declined to comment.", "15,000"),
    ("Copper now trades at $9,000 a tonne. If, say, the new cable needs 40 tonnes, that is already $360,000 "
     "before any labour is paid. The utility has not published its budget.", "360,000"),
    ("The ferry carries about 900 passengers a day. If each of them paid the proposed toll, that comes to "
     "$4,500 a day for the council. The council meets on Monday.", "4,500"),
    ("Unless the strike ends this week, the carmaker loses $50 million in output, analysts estimate. "
     "Talks resumed on Tuesday.", "50 million"),
]

# A number that names an item of a list (an article, a section, a clause) counts nothing (42.4 #5: "179 — repeal").
LABELS = [
    ("The trust opened talks with some of the unions, and its chair said she has asked for the rewording of three "
     "clauses -- 4, 9 and 11 -- and the deletion of a fourth -- 23.", "23"),
    ("The governor said she has asked for the amendment of four sections of the charter -- 12, 14, 31 and 40 -- "
     "and the removal of a fifth -- 52. Section 52 lets the governor close the courts.", "52"),
    ("The governor asked lawmakers to amend four sections of the charter -- 12, 14, 31 and 40 -- and to strike a "
     "fifth -- 52. Section 52 lets the governor close the courts.", "52"),
    ("The minister wants to rewrite two clauses -- 8 and 9 -- and to drop a third -- 17. Clause 17 sets the "
     "retirement age.", "17"),
]

# "N times out of M" with its predicate cut says nothing (42.4 #5: "99 times out of a 100 the best person").
FREQUENCY = [
    "Crowdsourcing, she says, is an admission that 99 times out of a 100 the best person to fix a fault is an "
    "engineer. The firm agreed.",
    "The engineer said that nine times out of ten the cheapest bid is the one that fails. The city has now changed "
    "its rules.",
    'The coach said: "Ninety-five times out of a hundred the team that scores first is the team that wins." '
    "The club lost on Sunday.",
]

# A prize or payment to "the person who ..." with the "who" clause cut (42.4 #9: a prize with its purpose cut).
PURPOSE = [
    ("In 1820 the guild offered £5,000 to the engineer who could do it, and the mason Tom Bell drew the first "
     "plans. Nobody claimed the sum for a decade.", "5,000"),
    ("In 1820 the guild offered £5,000 to the engineer who could bridge the gorge. Nobody claimed it for a decade.",
     "5,000"),
    ("The foundation will give $10,000 to the student who designs the best water filter. Entries close in May.",
     "10,000"),
]

# A share shown with only its whole ("two-thirds — of parliament") tells nothing (42.4 #9).
SHARE_ONLY = [
    ('Article 9 lets the mayor sell city land "in exceptional cases" as OK\'d by three-fifths of the council -- in '
     "effect a codification of emergency power, but it sets a time limit.", "three-fifths"),
    ("Article 9 lets the mayor sell city land in exceptional cases as approved by three-fifths of the council, a "
     "power critics call too broad. The article dates from 1962.", "three-fifths"),
    ("The rule lets the board raise fees when backed by two-thirds of the members, which the union opposes. "
     "The board meets in May.", "two-thirds"),
]

# An amount used as an epithet ("the million dollar videos") is no amount (42.4 #9).
EPITHETS = [
    ("Friends who saw them confirmed that Marta was behind the million dollar videos. The channel has 2 million "
     "subscribers.", "million dollar"),
    ("Neighbours said the couple were behind the million dollar cooking channel. The couple did not respond.",
     "million dollar"),
    ("Friends confirmed that the brothers ran the billion-dollar sneaker empire from a garage. "
     "The firm declined to comment.", "billion-dollar"),
]

# A count whose place drops its coordinated number alters its scope ("in stage three" for "in stage three and
# four"), and the stage is a step the article defines elsewhere (42.4 #9: "a stage with no definition").
SCOPE = [
    ("Each bid passes four rounds. There are 120 bids currently in round two and three, says the council. "
     "The council will pick a winner in June.", "120"),
    ("The trial has three phases. About 400 patients are now in phase one and two, the company said.", "400"),
]

# Near misses: ordinary figures that say what they count and matter, and must stay.
KEPT = [
    ("Copper now trades at $9,000 a tonne, the exchange said on Monday. Traders expect more rises.", "9,000"),
    ("The city spent $12 million on the bridge last year, and officials will ask for more if costs rise.",
     "12 million"),
    ("Two-thirds of the council voted for the budget on Tuesday, the clerk said. The mayor welcomed the vote.",
     "Two-thirds"),
    ("The firm signed a $2 million deal with the port authority on Friday. The deal runs for five years.",
     "2 million"),
    ("The flood killed 38 people in the valley, officials said on Sunday. Rescue teams are still searching.", "38"),
    ("In 1820 the guild offered a prize of £5,000 for a bridge over the gorge. It went unclaimed for a decade.",
     "5,000"),
    ("The chef won a million dollar prize on Sunday, the organisers said. She will open a restaurant.",
     "million dollar prize"),
    ("Voters backed the measure by 61 percent to 39 percent, the election board said. Turnout was high.", "61"),
]


@pytest.mark.parametrize(("text", "number"), CONDITIONED)
def test_conditioned_sum_withheld(text: str, number: str) -> None:
    """A sum under an "if"/"unless" is withheld unless the line shows the condition."""
    for line in figure_lines(text):
        if number in line:
            assert "if" in line.lower().split() or "unless" in line.lower(), line


@pytest.mark.parametrize(("text", "number"), LABELS)
def test_item_label_withheld(text: str, number: str) -> None:
    """A section or clause number is not a figure."""
    assert not any(line.endswith(f"-- {number}") or line.startswith(f"{number} ") for line in figure_lines(text)), \
        figure_lines(text)


@pytest.mark.parametrize("text", FREQUENCY)
def test_frequency_keeps_its_predicate(text: str) -> None:
    """"N times out of M" is withheld or shown with the verb of its clause."""
    for line in figure_lines(text):
        if "times out of" in line:
            assert any(f" {w} " in f" {line} " for w in ("is", "fails", "wins")), line


@pytest.mark.parametrize(("text", "number"), PURPOSE)
def test_payment_to_a_cut_who_clause_withheld(text: str, number: str) -> None:
    """A sum paid "to the X who ..." keeps the "who" clause or is withheld."""
    for line in figure_lines(text):
        if number in line:
            assert " who " in line, line


@pytest.mark.parametrize(("text", "number"), SHARE_ONLY)
def test_share_with_only_its_whole_withheld(text: str, number: str) -> None:
    """A share shown with nothing but "of X" is withheld."""
    for line in figure_lines(text):
        if number in line:
            assert "approved" in line or "backed" in line, line


@pytest.mark.parametrize(("text", "words"), EPITHETS)
def test_amount_epithet_withheld(text: str, words: str) -> None:
    """"the million dollar channel" is a description, not an amount."""
    assert not any(words in line for line in figure_lines(text)), figure_lines(text)


@pytest.mark.parametrize(("text", "number"), SCOPE)
def test_count_with_cut_conjunct_withheld(text: str, number: str) -> None:
    """A count is withheld when its place keeps one of two coordinated numbers."""
    for line in figure_lines(text):
        if line.startswith(number) or f" {number} " in line:
            assert " and " in line, line


@pytest.mark.parametrize(("text", "number"), KEPT)
def test_near_miss_figures_stay(text: str, number: str) -> None:
    """Figures that say what they count stay."""
    assert any(number in line for line in figure_lines(text)), figure_lines(text)


# Gaps left (the brief's "useless" kinds no rule here catches without a word list of verbs or nouns):
# a small count with nothing riding on it, told as the subject of a clause like a toll's ("Two men were seen"
# is built as "Two men were arrested"), and a thing's size told by "has"/"runs to" (a document's pages).
# ("Two men were seen near the gate" is withheld since session 30: a small count of people in narration, see
# tests/analyze/test_figures_session30.py)
GAPS = [
    ("The report runs to 300 pages and has 12 chapters. It says the river's fish stocks fell by 40% in a decade.",
     "300 pages"),
]


@pytest.mark.xfail(strict=True, reason="a count of 1-2 or a size in passing is parsed like a toll; no structural cue")
@pytest.mark.parametrize(("text", "words"), GAPS)
def test_trivial_count_withheld(text: str, words: str) -> None:
    """A small count in passing or a document's size is not a key figure."""
    assert not any(words in line for line in figure_lines(text)), figure_lines(text)
