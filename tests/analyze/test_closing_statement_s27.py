"""Reader Audit 42 (docs/audit.md 43.3), conclusion: a body's statement printed without quotation marks closed a
brief in no one's mouth (#9: the council's "... but we also want everyone ..."), and a teaser for a list the text
lacks closed another (#12: "If so, we've got a few suggestions."). The articles are invented. Near misses stay:
a writer's own "we", a quoted "we" told with its speaker, a close about a body with no "we", and a line that
offers suggestions and gives them."""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import without_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings
from tests.analyze.test_conclusion_session17 import Case, check_shown

_LEAK_HEAD = (
    "Harbourside Water has denied reports that it plans to cut supplies to three villages during the summer.\n\n"
    "A story in the Weekly Courier said villagers feared taps would run dry after the reservoir fell to a record "
    "low.\n\n"
    "A spokesman for the company said the report was wrong and that no cuts had been planned.\n\n")
SWITCH = _LEAK_HEAD + (
    "The company did admit that one pipe had burst near the village of Elm Cross last month.\n\n"
    "The company takes every leak seriously and has a duty to repair them quickly, but we also ask residents to "
    "save water where they can and to report any burst pipes they see.")
CREDITED = _LEAK_HEAD + (
    "We have met the parish councils twice and we will keep working with them until the new main is laid.\n\n"
    "Harbourside Water statement\n"
    "The Weekly Courier has since added a note to its story saying no cuts are planned.")
TEASER = _LEAK_HEAD + (
    "Even so, the dry spell suggests the villages might want to think about storing rainwater. If so, we've got "
    "a few suggestions.")
WRITERS_WE = _LEAK_HEAD + (
    "As we reported last week, the company expects the new main to be finished by the end of the summer.")
QUOTED_WE = _LEAK_HEAD + (
    '"We take every leak seriously, but we also ask residents to save water where they can," said Ana Ruiz, the '
    "company's operations director.")
NO_WE = _LEAK_HEAD + (
    "The company says the new main will be finished by the end of the summer, a month later than planned.")
GIVEN = _LEAK_HEAD + (
    "We have a few suggestions for the company: publish a map of every leak and fix the oldest mains first.")

CASES = (
    Case("body_we_switch", SWITCH, avoid=("we also ask residents",)),
    Case("credited_statement", CREDITED, avoid=("keep working with them",)),
    Case("teaser", TEASER, avoid=("a few suggestions",)),
    Case("writers_we", WRITERS_WE, want=("end of the summer",)),
    Case("quoted_we", QUOTED_WE, want=("save water", "Ana Ruiz")),
    Case("no_we", NO_WE, want=("a month later than planned",)),
    Case("suggestions_given", GIVEN, want=("fix the oldest mains",)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_statement_s27(case: Case) -> None:
    article = without_furniture(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)), Settings())
    doc = annotate(article)
    found = analyze_in_context(doc, build_context(doc))
    check_shown(case, " ".join(c.item.text for c in found["conclusion"]))
