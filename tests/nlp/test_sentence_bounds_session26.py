"""A sentence split inside a quotation at a run of exclamation marks ("We did it!!!!! and nobody ...") is joined
when the next piece starts in lower case; a capital after the run, or a run outside a quotation, keeps the
split. The sentences are invented for these tests."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

CASES = (
    ('The fan wrote on her page: "We did it!!!!! and nobody can take this away from us," Marta Velez said. '
     'The club won the cup on Sunday.', 2),
    ('"Finally!!!!! we are going home after six long months," the sailor posted from the harbour. '
     'His ship docked at noon.', 2),
    # kept apart: a capital after the run, or no quotation
    ('The crowd roared: "Goal!!!!! What a strike!" The match ended two to one.', None),
    ('We won!!!!! and then the bus broke down on the way home. Nobody minded.', None),
)


@pytest.mark.parametrize(("text", "want"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_exclamation_run_in_quote(text: str, want: int | None) -> None:
    doc = annotate(Article(text=text, source=Source(date="2026-03-04", url="https://example.com/news/story")))
    texts = [s.text for s in doc.sentences]
    if want is not None:
        assert len(texts) == want, texts
    else:
        assert not any("!!!!! " in t and t.index("!!!!!") < len(t) - 6 and t[t.index("!!!!!") + 6].islower()
                       for t in texts if '"' not in t), texts
