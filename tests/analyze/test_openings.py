"""Dangling openings are repaired in brackets or withheld in every sentence-level section."""

from __future__ import annotations

from newsbrief.analyze.context import build_context, cite
from newsbrief.analyze.openings import repair_sections
from newsbrief.models import Article, Item, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

TEXT = ("Finance Minister Ruth Adler presented the budget on Tuesday. She will publish the tax tables next month. "
        "But the opposition said the plan would fail. It is a mess. The vote is due in March.")


def test_repair_sections_brackets_or_withholds() -> None:
    doc = annotate(Article(text=TEXT, source=Source()))
    ctx = build_context(doc, Settings())
    items = tuple(Item(text=s.text, citations=(cite(s),)) for s in doc.sentences)
    out = repair_sections(doc, ctx, {"outlook": items, "quotes": items})
    texts = [i.text for i in out["outlook"]]
    assert "[Adler] will publish the tax tables next month." in texts
    assert "[T]he opposition said the plan would fail." in texts
    assert not any(t.startswith("It is") for t in texts)  # no honest referent: withheld
    assert "The vote is due in March." in texts
    assert out["quotes"] == items  # sections outside the repaired set are left alone
