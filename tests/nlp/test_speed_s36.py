"""Session 36's speed work on the annotation side keeps every answer the same.

- ``quote_spans`` is remembered by text (965 scans for 40 CNN/DM briefs, 90 % of them repeats): each caller still gets
  a list of its own, so one caller changing its list cannot change another's spans.
- ``sentence_bounds`` reads the parsed paragraph's ``doc.text`` once (spaCy joins every token anew at each read; it was
  read three times), and its joins (a quotation split at its inner stop, a split at a run
  of exclamation marks inside a quotation) still join.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsbrief.nlp.annotate import load_model
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.sentence_bounds import sentence_bounds

pytestmark = pytest.mark.slow

_QUOTED = 'The mayor said "the bridge stays shut" on Monday. \'We will wait,\' said a driver.'


def test_quote_spans_give_each_caller_its_own_list() -> None:
    first = quote_spans(_QUOTED)
    assert [_QUOTED[a:b] for a, b in first] == ['"the bridge stays shut"', "'We will wait,'"]
    first.append((0, 3))  # a caller changing its list ...
    first.clear()
    again = quote_spans(_QUOTED)  # ... changes no one else's answer
    assert [_QUOTED[a:b] for a, b in again] == ['"the bridge stays shut"', "'We will wait,'"]
    assert again is not quote_spans(_QUOTED)


class _CountingDoc:
    """A parsed doc that counts how often its ``text`` is read, the rest passed through."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self.reads = 0

    @property
    def text(self) -> str:
        self.reads += 1
        return str(self._doc.text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)

    def __getitem__(self, key: Any) -> Any:
        return self._doc[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)


# One paragraph with both joins: a quotation embedded in its sentence and split at its inner stop, and a quoted
# post's "!!!" before lower-case words.
_PARAGRAPH = ('Talks broke down on Monday. The minister called the plan "dead. It will never pass," adding that the '
              'unions had walked out. A fan posted "We did it!!! and nobody believed us" after the match.')


def test_sentence_bounds_read_the_text_once_and_still_join() -> None:
    doc = load_model()(_PARAGRAPH)
    counting = _CountingDoc(doc)
    bounds = sentence_bounds(counting)
    assert counting.reads == 1
    assert bounds == sentence_bounds(doc)
    texts = [doc[a:b].text.strip() for a, b in bounds]
    assert texts[1].startswith("The minister called the plan") and texts[1].endswith("walked out.")
    assert any(t.startswith("A fan posted") and t.endswith("after the match.") for t in texts)
