"""A flat last line gives way to a bottom line only up to a named source's later statement (reader Audit 53 #6: a court
report closed on "Murray could also lose his licence", s8 of 10, over the prosecutor's "..., Mr Walgren said Murray
had shown no remorse" before a flat backstory line). The look-back that passes over a flat last line stops at a
statement a named person made: that statement is the close. Without one between, the bottom line still closes (the
rule of reader Audit 14). The articles are written for these tests.

First score on the unchanged code: 1 of 2 failing (the middle sentence closed); the near miss passed.
"""

from __future__ import annotations

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

BODY = (
    "Prosecutors have asked a judge to fine the owners of a furniture factory 2 million pounds over a fire that "
    "killed three workers.\n\n"
    "The owners' lawyers have asked for a smaller fine, saying the firm has already paid the families.\n\n"
    "The firm admitted breaking fire safety rules at a hearing in October.\n\n"
    "As well as the fine, prosecutor Helen Marsh also asked that the firm pay the costs of the case.\n\n"
    "The firm could also lose its licence to make furniture.\n\n"
)
LAST = "The fire at the factory in Leeds broke out on 3 March 2021 in a paint store.\n\n"
STATEMENT = ("In a letter delivered to the judge ahead of the hearing, Ms Marsh said the owners had shown no regret "
             "for the deaths.\n\n")


def _close(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title="Fire", date="2026-11-20")))
    return " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))


def test_a_named_statement_before_the_flat_line_closes() -> None:
    close = _close(BODY + STATEMENT + LAST)
    assert "shown no regret" in close, close
    assert "lose its licence" not in close


def test_without_a_statement_between_the_bottom_line_closes() -> None:
    close = _close(BODY + LAST)
    assert "lose its licence" in close, close
