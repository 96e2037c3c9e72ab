"""genre_body.callout_start: the outlet's call for readers' stories closing a report, found in linear time.

The form's questions ("Were you affected?") count only when the form's terms ("Your comments may be published")
follow them. The rule scanned the rest of the text for the terms once per question: a page of 5,000 short questions
(50,000 characters) took over five seconds on the loaded session h35 machine; the terms are now looked up once.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.genre_body import callout_start
from newsbrief.models import Article, Document, Sentence, Source


def _document(lines: list[str]) -> Document:
    """A document of one sentence per paragraph (callout_start reads only the sentences' text and order)."""
    sentences, start = [], 0
    for index, line in enumerate(lines):
        sentences.append(Sentence(id=f"s{index + 1}", index=index, text=line, start=start, end=start + len(line),
                                  paragraph=index, token_start=0, token_end=0))
        start += len(line) + 2
    return Document(article=Article(text="\n\n".join(lines), source=Source()), sentences=tuple(sentences), tokens=(),
                    entities=())


REPORT = [
    "Banks in Norland blocked card payments to three flood charities on Monday.",
    "The banks said their fraud checks had flagged the sudden rise in donations.",
    "The charities said thousands of gifts had been turned away over the weekend.",
    "The regulator said it would ask the banks to explain the checks.",
    "Have you had a donation blocked?",
    "Were you affected by the floods?",
    "Send us your experiences using the form below.",
    "Your comments may be published.",
]


def test_the_form_after_the_report_is_found() -> None:
    assert callout_start(_document(REPORT)) == 4


def test_closing_questions_without_the_form_are_the_writers() -> None:
    assert callout_start(_document(REPORT[:6])) is None


@pytest.mark.timeout(2)
def test_a_page_of_short_questions_is_read_in_linear_time() -> None:
    assert callout_start(_document(["Are you?"] * 5_000)) is None
