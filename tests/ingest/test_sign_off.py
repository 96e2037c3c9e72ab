"""Session 35 (Audit 52 #5): a reporter's sign-off on the last line ("Rajesh Roe, BBC News, Los Angeles") names the
author; before, it was dropped as furniture and the brief named none. Near misses: a name with a post on the last line
("Jo Roe, US President") is no sign-off, and a byline at the top still wins. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_BODY = (
    "Port strike enters second week\n\n"
    "The trial of the union's leaders is due to start in early May, and lawyers have begun to choose the jury.\n\n"
    "They deny organising the blockade of the harbour that stranded thousands of passengers last spring.\n\n"
    "The court has called nearly 500 people to take part in the jury selection process.\n\n"
)


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings())


@pytest.mark.parametrize("sign_off", ["Rajesh Roe, BBC News, Los Angeles", "Jeanne Dell, CNN, New York.",
                                      "Ana Lima, BBC World"])
def test_a_closing_sign_off_names_the_author(sign_off: str) -> None:
    article = _extract(_BODY + sign_off + "\n")
    assert article.source.author == sign_off.split(",")[0]
    assert sign_off not in article.text


def test_a_name_with_a_post_on_the_last_line_is_no_sign_off() -> None:
    assert _extract(_BODY + "Jo Roe, US President\n").source.author is None


def test_a_byline_wins_over_a_sign_off() -> None:
    text = _BODY.replace("\n\n", "\n\nBy Mary Kendal\n\n", 1) + "Rajesh Roe, BBC News, Los Angeles\n"
    assert _extract(text).source.author == "Mary Kendal"
