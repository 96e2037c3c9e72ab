"""Key figures keep the hedge, negation and comparison that make them true (check 8, four unseen briefs).

A number under a negated subject ("no survey can be 100% accurate") states the opposite when shown
with its verb; a count the article only suspects ("it suspected 60 people had died") is no count of
the dead; a comparison that loses its "half" ("would be roughly half the old level") misstates the
amount. Each is dropped or keeps its qualifier. The article is written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.models import Article, Document, FigureInfo, Source
from newsbrief.nlp.annotate import annotate

FLU = """The health ministry of Norland closed all schools on Monday after an outbreak of a new strain of flu.

It informed the regional health agency that it suspected 45 people had already died from the virus.

The ministry said 1,200 people had been admitted to hospital, and that no survey can be 100% accurate.

Grain exports of 3.5m tonnes are expected this year, and the predicted dividend of 9 cents a share would be roughly \
half the level before the outbreak.

The country has 12 million inhabitants and spent $40m on vaccines in March.
"""


@pytest.fixture(scope="module")
def shown() -> dict[str, str]:
    doc: Document = annotate(Article(text=FLU, source=Source(title=None, date="2025-05-02")))
    return {item.text: item.payload.measure or "" for item in analyze_figures(doc, build_context(doc))
            if isinstance(item.payload, FigureInfo)}


def _glosses(shown: dict[str, str], value: str) -> list[str]:
    return [f"{text} {measure}" for text, measure in shown.items() if value in text]


@pytest.mark.parametrize(("value", "must", "must_not"), [
    ("100%", None, None),  # under "no survey": dropped
    ("45", "suspected", "45 people had already died"),  # shown only with its hedge
    ("9 cents", None, "would be"),  # the comparison is no fact without "half"
    ("1,200", "admitted", None),
    ("$40m", "vaccines", None),
])
def test_a_figure_keeps_what_makes_it_true(shown: dict[str, str], value: str, must: str | None,
                                          must_not: str | None) -> None:
    glosses = _glosses(shown, value)
    if must is None and must_not is None:
        assert not glosses, glosses
    if must is not None:
        assert all(must in g for g in glosses), glosses
    if must_not is not None:
        assert all(must_not not in g for g in glosses), glosses


def test_a_target_of_a_plan_told_in_the_past_perfect_is_no_figure() -> None:
    text = ("The ferry company will drop its timetable targets this week.\n\n"
            "The company had counted on new ships to help it reach its target of increasing passenger numbers "
            "by 1%-2% a year until 2030.\n\nThe company carried 2 million passengers last year.")
    doc = annotate(Article(text=text, source=Source(title=None, date="2025-01-30")))
    shown = [item.text for item in analyze_figures(doc, build_context(doc))]
    assert "1%-2%" not in shown and "2 million passengers" in shown, shown
