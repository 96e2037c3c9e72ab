"""The last quotation mark of a text, read from its end, agrees with a scan of every mark (session 16)."""

from __future__ import annotations

import random
import re

from newsbrief.analyze import quote_marks
from newsbrief.analyze.quote_marks import inside_open_quote, opens_quote
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate


def _scan_every_mark(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> bool:
    """The plain reading the fast path replaces: every match of both patterns, the last one decides."""
    marks = list(opening.finditer(text)) + list(closing.finditer(text))
    return bool(marks) and max(marks, key=lambda m: m.start()).re is opening


def test_fast_last_mark_agrees_with_a_scan_of_every_mark() -> None:
    rnd = random.Random(16)
    alphabet = 'ab A"“” .,:(\n—-\'‘’'
    pairs = [(opening, closing) for opening, closes, may in quote_marks._KINDS for closing in (closes, may)]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        for opening, closing in pairs:
            assert quote_marks._last_mark_opens(text, opening, closing) == _scan_every_mark(text, opening, closing), text


def test_open_quotations_are_read_as_before() -> None:
    assert opens_quote('He said: "We will not stop')
    assert not opens_quote('He said: "We will not stop," and left.')
    assert opens_quote("She wrote: “The vote is")
    assert not opens_quote("“The vote,” she wrote, “is over.”")


def test_a_quote_left_open_by_an_earlier_sentence_is_still_open() -> None:
    text = ('The mayor spoke at noon. She said: "These findings are clear. "There is no evidence of harm. '
            'We will publish everything." The council met later.')
    doc = annotate(Article(text=text, source=Source()))
    flags = [inside_open_quote(doc, s) for s in doc.sentences]
    assert flags[:4] == [False, False, True, True]  # the quote reopened without a closing mark runs on
