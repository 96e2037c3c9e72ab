"""Figures: numbers, amounts and percentages with the phrase they measure."""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context, cite
from newsbrief.lexicon import DIGIT_WORDS
from newsbrief.models import Document, Entity, FigureInfo, Item

FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
_RATE = re.compile(r"^\s+(annually|a year|per year|each year|a month|per month|a day|per day|"
                   r"a week|per week|per cent|percent)\b", re.I)


def _is_figure(entity: Entity) -> bool:
    text = entity.text.strip()
    if entity.label not in FIGURE_LABELS or _YEARLIKE.match(text):
        return False
    if entity.label == "CARDINAL" and text.lower() in DIGIT_WORDS:
        return False  # "two leaders": a count, not a figure worth reporting
    return any(ch.isdigit() for ch in text) or entity.label != "CARDINAL" or len(text.split()) > 1


def figure_span(doc: Document, entity: Entity) -> tuple[int, int]:
    """Character span of the figure with the noun phrase it measures."""
    tokens = doc.tokens
    sentence = doc.sentences[entity.sentence_index]
    last = tokens[entity.token_end - 1]
    end_token = entity.token_end - 1
    if last.dep in ("nummod", "quantmod", "compound", "amod", "pobj") and last.head > end_token:
        head = tokens[last.head]
        if head.pos in ("NOUN", "PROPN") and head.i - end_token <= 5:
            end_token = head.i
            # "of" complement: "20 percent of the vote"
            for t in tokens[head.i + 1 : min(head.i + 2, sentence.token_end)]:
                if t.text.lower() == "of" and t.head == head.i and t.right - t.i <= 6:
                    end_token = t.right
    elif entity.label == "PERCENT" or last.dep in ("dobj", "nsubj", "pobj", "attr"):
        for t in tokens[entity.token_end : min(entity.token_end + 1, sentence.token_end)]:
            if t.text.lower() == "of" and t.head == last.i and t.right - t.i <= 6:
                end_token = t.right
    start = entity.start
    end = tokens[end_token].end
    rate = _RATE.match(doc.article.text[end:sentence.end])
    if rate:
        end += rate.end()
    return start, min(end, sentence.end)


def analyze_figures(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Key figures in text order, each the number with what it counts."""
    items: list[Item] = []
    seen: set[str] = set()
    for entity in doc.entities:
        if not _is_figure(entity):
            continue
        start, end = figure_span(doc, entity)
        text = doc.article.text[start:end].strip(" ,;:")
        key = text.lower()
        if key in seen or len(text) < 2:
            continue
        seen.add(key)
        sentence = doc.sentences[entity.sentence_index]
        items.append(
            Item(
                text=text,
                citations=(cite(sentence, start, start + len(text)),),
                payload=FigureInfo(value=entity.text, unit=entity.label.lower()),
            )
        )
    # Money and percentages are the figures readers look for first.
    priority = {"money": 0, "percent": 0, "quantity": 1, "cardinal": 2}
    ranked = sorted(items, key=lambda i: priority.get(i.payload.unit if isinstance(i.payload, FigureInfo) else "",
                                                      3))[:10]
    return tuple(sorted(ranked, key=lambda i: i.citations[0].start))
