"""Support checks and repetition removal in compose, and brief-wide invariants."""

from __future__ import annotations

from itertools import combinations

from newsbrief.compose import compose, repeats, rouge_l_f1, supported
from newsbrief.models import Article, Brief, Citation, Engine, Item, Source
from newsbrief.nlp.annotate import annotate

TEXT = ("The council approved the budget on Tuesday. The mayor said the vote was close.\n\n"
        "Critics warned that the plan would raise taxes for most families in the town.")


def test_rouge_l() -> None:
    assert rouge_l_f1("a b c d".split(), "a b c d".split()) == 1.0
    assert rouge_l_f1("a b".split(), "c d".split()) == 0.0
    assert abs(rouge_l_f1("a b c d".split(), "a x c d".split()) - 0.75) < 1e-9


def test_repeats() -> None:
    assert repeats("The council approved the budget.", "the council approved the budget")
    assert repeats("The council approved the budget on Tuesday.",
                   "The council approved the budget on Tuesday night.")
    assert not repeats("The council approved the budget.", "Critics warned about taxes.")


def test_support_check() -> None:
    doc = annotate(Article(text=TEXT, source=Source()))
    s1, s2 = doc.sentences[0], doc.sentences[1]
    sentences = {s.id: s for s in doc.sentences}
    good = Item(s1.text, (Citation(s1.id, s1.start, s1.end),))
    bracketed = Item("[Officials] said the vote was close.", (Citation(s2.id, s2.start, s2.end),))
    invented = Item("The council rejected the budget.", (Citation(s1.id, s1.start, s1.end),))
    outside = Item(s1.text, (Citation(s1.id, s1.start, s1.end + 5),))
    unknown = Item(s1.text, (Citation("s99", 0, 5),))
    uncited = Item(s1.text, ())
    assert supported(good, doc, sentences)
    assert supported(bracketed, doc, sentences)
    for bad in (invented, outside, unknown, uncited):
        assert not supported(bad, doc, sentences)


def test_compose_drops_unsupported_and_repeated() -> None:
    doc = annotate(Article(text=TEXT, source=Source()))
    s1, s3 = doc.sentences[0], doc.sentences[2]
    c1, c3 = Citation(s1.id, s1.start, s1.end), Citation(s3.id, s3.start, s3.end)
    brief = compose(
        doc,
        {
            "summary": (Item(s1.text, (c1,)), Item("Taxes will fall.", (c3,))),
            "analysis": (Item(s1.text, (c1,)), Item(s3.text, (c3,))),
        },
        Engine("test", "0"),
    )
    assert [i.text for i in brief.section("summary").items] == [s1.text]  # type: ignore[union-attr]
    assert [i.text for i in brief.section("analysis").items] == [s3.text]  # type: ignore[union-attr]


def _check_invariants(brief: Brief) -> None:
    sentences = {s.id: s for s in brief.sentences}
    statements = []
    for section in brief.sections:
        for item in section.items:
            assert item.citations, (section.name, item.text)
            for c in item.citations:
                sentence = sentences[c.sentence_id]
                assert sentence.start <= c.start < c.end <= sentence.end
            if section.name in ("summary", "timeline", "analysis", "outlook", "recommendations",
                                "conclusion") and item.kind == "reported":
                statements.append(item.text)
    for a, b in combinations(statements, 2):
        assert not repeats(a, b), (a, b)


def test_example_briefs_are_grounded_and_do_not_repeat(cable_brief: Brief, seawall_brief: Brief) -> None:
    for brief in (cable_brief, seawall_brief):
        _check_invariants(brief)
        names = [s.name for s in brief.sections]
        assert names == ["summary", "timeline", "actors", "positions", "quotes", "figures", "analysis",
                         "outlook", "recommendations", "conclusion"]
        for name in ("summary", "timeline", "actors", "quotes", "figures", "conclusion"):
            assert brief.section(name).items, name  # type: ignore[union-attr]
