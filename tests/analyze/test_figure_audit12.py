"""Key figures a reader deletes or finds wrong (reader Audit 12, issue #11): list numerals, event names
and terms read as figures, one value shown twice, pairs cut apart, trivia and a qualifier from another
clause. Sentences written for these tests; near-misses check the rules do not overreach."""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.models import Article, FigureInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.render.markdown import figure_line

pytestmark = pytest.mark.slow


def _items(text: str) -> list[tuple[str, FigureInfo]]:
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    out = []
    for item in analyze_figures(doc, build_context(doc)):
        assert isinstance(item.payload, FigureInfo)
        out.append((figure_line(item), item.payload))
    return out


def _texts(text: str) -> list[str]:
    return [shown for shown, _ in _items(text)]


def test_list_item_numerals_glued_to_text_are_no_figures() -> None:
    texts = _texts("The ministry said 120 protesters had been detained since March.\n\n"
                   "The mediators' plan sets out the following steps.\n\n"
                   "Release of detained protesters held in the capital 4.\n\n"
                   "Access for aid workers to all districts in the north 5.\n\n"
                   "Talks between the parties within a month.")
    assert not any(t.rstrip().endswith((" 4", " 5")) for t in texts), texts
    assert any("120 protesters" in t for t in texts), texts


def test_an_event_name_is_no_figure() -> None:
    texts = _texts("The mayor said commuters still remember the 7/7 bombings every time the trains stop. "
                   "Rents in the city rose 12% in the year to June.")
    assert not any("7/7" in t for t in texts), texts
    assert any("12%" in t for t in texts), texts


def test_a_term_with_a_number_word_is_no_figure() -> None:
    texts = _texts("A farmer in Lyon went to a clinic on Monday with a fever and told nurses he had had contact "
                   "with \"patient zero\" at a market, local officials said in a statement. "
                   "Health officials said 38 people had been tested for the virus.")
    assert not any("zero" in t for t in texts), texts
    assert any("38 people" in t for t in texts), texts


def test_a_multiple_and_its_estimate_are_one_figure() -> None:
    texts = _texts("Harlow Mills has grown quickly. Its shares trade at 22 times my earnings estimate of $2.40 "
                   "per share, which looks cheap for a company growing this fast.")
    assert sum("22 times" in t or "$2.40" in t for t in texts) == 1, texts


def test_a_clause_already_shown_with_its_neighbour_is_not_listed_again() -> None:
    texts = _texts("The insurer said on Friday that almost 12,000 claims have been filed and more than 5,000 "
                   "payments have been made. Its chief executive resigned in May.")
    assert sum("12,000" in t for t in texts) == 1, texts


def test_the_same_count_of_the_same_thing_is_listed_once() -> None:
    texts = _texts("The first 40 inspectors reached the port on Tuesday. Officials said up to 40 unarmed "
                   "inspectors would be deployed by May, and the mission could later grow to about 300 inspectors.")
    assert sum("40" in t for t in texts) == 1, texts


def test_a_currency_conversion_is_not_cut_inside_its_brackets() -> None:
    texts = _texts("The airline will invest $8bn (£6.2 bn) in new aircraft over five years, its chief executive "
                   "said on Monday.")
    assert texts, texts
    assert all(t.count("(") == t.count(")") for t in texts), texts


def test_a_pair_of_shares_is_shown_together() -> None:
    texts = _texts("A strike is not certain, the union leader added, putting the odds at \"60% walk out, 40% "
                   "stay\". Union members voted last week.")
    shown = [t for t in texts if "40%" in t]
    assert shown and "60%" in shown[0], texts


def test_the_articles_own_sources_are_no_figure() -> None:
    texts = _texts("Prices will keep rising through the winter, three energy analysts told the BBC on Monday. "
                   "Four engineers were killed in the blast at the refinery.")
    assert not any("analysts" in t for t in texts), texts
    assert any("Four engineers" in t for t in texts), texts


def test_a_count_in_a_biography_aside_is_no_figure() -> None:
    texts = _texts("Dr Mara Venn, who has written four books on the region, said the talks would fail. "
                   "The firm employs 4,000 people in the region.")
    assert not any("four books" in t for t in texts), texts
    assert any("4,000 people" in t for t in texts), texts


def test_a_qualifier_from_another_clause_is_not_given_to_the_figure() -> None:
    items = _items("The council will pay $2bn into the account, known as a reserve account, before the end of "
                   "2025, plus $400m per quarter for the following two years.")
    later = [info for _, info in items if "400m" in info.value]
    assert later and "2025" not in (later[0].when or ""), items


def test_a_toll_keeps_what_happened() -> None:
    texts = _texts("The fire led to the deaths of 14 people and destroyed the warehouse, police said.")
    shown = [t for t in texts if "14 people" in t]
    assert shown and "deaths" in shown[0], texts
