"""Reader Audit 35, conclusion and essay close: a conclusion is the article's close, never a sentence from its
middle chosen because it looks conclusive (an "is not expected to ... until next year" two sentences before the
end, with the news between it and the last line left out), and the essay ends on that close even when one of its
sentences was told earlier. The articles are invented for these tests."""

from __future__ import annotations

from functools import cache

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Brief, Document, Item, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import render_prose
from newsbrief.settings import Settings

# one paragraph, as scraped gossip items often arrive: the outlook-looking line sits in the middle
BAKERY = (
    "The city's most famous bakery has a pigeon problem, a local paper reports.  The new riverside kitchen of "
    "Crumb & Co is overrun with birds and owner Marta Delgado is furious, according to the report.  The third "
    "floor of the converted warehouse is full of nests, and Delgado has told staff to clear the pastry room "
    "before she visits.  Fortunately, Delgado is not expected to move her office there until after the spring.  "
    "A kitchen worker told a food blog on Tuesday that so many birds are nesting in the roof that the bakery is "
    "weighing a later move from the old market hall.  \u201cThe real worry (funny as it sounds) is feathers in the "
    "dough,\u201d the worker said.")

# paragraphs: the last one opens with a forecast, then a new fact, then a flat quote
FERRY = (
    "A new ferry link between Harwick and the island of Skelt opened on Monday after three years of delays.\n\n"
    "The crossing takes 40 minutes and the operator, Skelt Lines, plans six sailings a day in summer.\n\n"
    "Islanders had campaigned for the link since the old pier closed in 2019, and the council paid for "
    "a new slipway.\n\n"
    "Fares are expected to rise once the council subsidy ends next year. Skelt Lines said on Monday that "
    "it had ordered a second, larger vessel for the route after bookings doubled. \u201cWe have never seen "
    "demand like it,\u201d a spokeswoman for the company said.")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Item", date="2026-03-12")))


def _conclusion(text: str) -> tuple[Document, tuple[Item, ...]]:
    doc = _doc(text)
    return doc, analyze_conclusion(doc, build_context(doc))


def _indexes(doc: Document, items: tuple[Item, ...]) -> list[int]:
    by_id = {s.id: s.index for s in doc.sentences}
    return sorted(by_id[c.sentence_id] for item in items for c in item.citations)


def test_a_middle_forecast_is_not_shown_before_the_close_of_a_one_paragraph_item() -> None:
    doc, items = _conclusion(BAKERY)
    shown = _indexes(doc, items)
    assert shown and shown[-1] == len(doc.sentences) - 1
    assert not any(s.text.startswith("Fortunately") for s in doc.sentences if s.index in shown)


def test_the_conclusion_is_a_run_ending_at_the_close() -> None:
    doc, items = _conclusion(FERRY)
    shown = _indexes(doc, items)
    assert shown == list(range(shown[0], shown[-1] + 1)), shown  # no sentence skipped between shown ones


def test_the_forecast_right_before_the_close_may_still_be_shown() -> None:
    text = FERRY.replace(
        "Skelt Lines said on Monday that it had ordered a second, larger vessel for the route after bookings "
        "doubled. ", "")
    doc, items = _conclusion(text)
    shown = [s.text for s in doc.sentences if s.index in _indexes(doc, items)]
    assert any(t.startswith("Fares are expected") for t in shown)


# The close's first sentence is a remark the essay may already tell among the positions ("As X remarked,
# ..."): the essay still ends on the close, not on an earlier outlook line.
BRIDGE = (
    "The collapse of the Venn river bridge was always going to cost the regional government dearly. As repair "
    "estimates keep climbing, the bill could swallow the whole roads budget.\n\n"
    "Until now, councillors have argued mainly over the tram extension, meant to cost 400 million euros.\n\n"
    "On Friday, 31 opposition councillors demanded that the government set aside 900 million euros in a "
    "separate fund for the rebuilding.\n\n"
    "The government says nothing has changed to justify such a fund, but that is hard to believe. Engineers "
    "now estimate the damage at three times the first survey.\n\n"
    "Only last month, the debate had been about whether the tram could be afforded at all.\n\n"
    "As Governor Ilse Brandt recently remarked, the region has never left a crossing unbuilt. But it is not "
    "in the opposition's interest for the roads budget to run dry; it will want the bridge rebuilt however "
    "long it takes.")


@cache
def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source(title="Bridge", date="2026-03-12")), Settings())


def test_the_essay_ends_on_the_close_even_when_its_first_sentence_was_told_before() -> None:
    essay = render_prose(_brief(BRIDGE))
    body = essay.split("Notes (source sentence ids)")[0].strip()
    last = body.split("\n\n")[-1]
    assert "roads budget to run dry" in last, last
