"""Figures that would change the fact (issue #11, pattern 6): a number paired with another's value
or subject, and a rate shown without its base. Sentences written for these tests."""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.models import Article, FigureInfo, Source
from newsbrief.nlp.annotate import annotate


def _figures(text: str) -> dict[str, str]:
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-03-17")))
    out = {}
    for item in analyze_figures(doc, build_context(doc)):
        assert isinstance(item.payload, FigureInfo)
        out[item.payload.value] = item.payload.measure or ""
    return out


def test_a_list_of_chart_places_pairs_no_number_with_another_song() -> None:
    figures = _figures("Sunrise re-entered the charts at number 11, nearly 20 years after its original release, "
                       "while Blue Door got to 25, Red Kite to 28, Open Road reached 30 and Paper Moon number 38.")
    measure = figures.get("30", "")
    assert "38" not in measure and "Blue Door" not in measure, figures


def test_a_rate_keeps_its_base() -> None:
    figures = _figures("Most outbreaks happen in late autumn, when the virus kills around 2% to 5% of the birds "
                       "it infects.")
    assert "of the birds it infects" in figures["around 2% to 5%"], figures


def test_a_pronoun_in_a_subordinate_clause_still_takes_the_main_subject() -> None:
    figures = _figures("Harbour City lost a record £12.5m last season, as its wage bill rose above its income.\n\n"
                       "The accounts show Harbour City paid £3.1m in fees to agents, as it signed 9 players in a "
                       "failed push for promotion.")
    assert "Harbour City" in figures.get("9 players", ""), figures
