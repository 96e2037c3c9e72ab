"""Timeline: events with explicit dates, normalized and sorted chronologically."""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context, cite
from newsbrief.models import Candidate, Document, Item, Sentence, TimelineEvent
from newsbrief.nlp.dates import DateValue, find_dates

# Below this confidence a resolved date is too much of a guess to show
# (weeks counted back, "this week"); chosen by reading the example articles.
MIN_CONFIDENCE = 0.55


def _informativeness(doc: Document, ctx: Context, sentence: Sentence) -> float:
    """How much a sentence says: content words, entities and centrality."""
    entities = sum(1 for e in doc.sentence_entities(sentence) if e.label != "DATE")
    return len(set(ctx.terms[sentence.index])) + 2 * entities + 5 * ctx.centrality[sentence.index]


_SPECIFICITY = {"day": 3, "month": 2, "year": 1}


def dated_sentences(doc: Document, ctx: Context) -> list[tuple[DateValue, Sentence]]:
    """Each dated sentence with the date it is about.

    A sentence that names several dates is about its most specific one ("Talks
    resumed in June 2023, after ... 2022 levels" is a June 2023 event); ties go
    to the date named first.
    """
    pairs: list[tuple[DateValue, Sentence]] = []
    for sentence in doc.sentences:
        values = [v for v in find_dates(sentence.text, ctx.published)
                  if v.confidence >= MIN_CONFIDENCE]
        if values:
            best = max(values, key=lambda v: (_SPECIFICITY[v.granularity], -v.start))
            pairs.append((best, sentence))
    return pairs


def label(value: DateValue) -> str:
    """A readable label for a normalized date ("June 2018", "27 February 2019")."""
    from calendar import month_name

    parts = value.iso.split("-")
    if value.granularity == "year":
        return parts[0]
    if value.granularity == "month":
        return f"{month_name[int(parts[1])]} {parts[0]}"
    return f"{int(parts[2])} {month_name[int(parts[1])]} {parts[0]}"


def _date_clause(doc: Document, sentence: Sentence, value: DateValue) -> str | None:
    """The sentence cut at the first clause break after its date, when that is shorter.

    Used by compose when the whole sentence is already a key point: the
    timeline then keeps the dated core ("X signed Y on Wednesday") only, and
    only when that core is a clause with a verb, not a noun phrase.
    """
    match = re.search(r"[,;:]\s|\s[–—-]\s", sentence.text[value.end :])
    if not match:
        return None
    cut = sentence.text[: value.end + match.start()].strip()
    end = sentence.start + len(cut)
    has_verb = any(t.pos in ("VERB", "AUX") and t.end <= end for t in doc.sentence_tokens(sentence))
    return cut if len(cut.split()) >= 5 and has_verb else None


def analyze_timeline(doc: Document, ctx: Context) -> tuple[Candidate, ...]:
    """One event per date, told by the most informative sentence about it, oldest first."""
    candidates: dict[str, list[tuple[float, DateValue, Sentence]]] = {}
    for value, sentence in dated_sentences(doc, ctx):
        score = _informativeness(doc, ctx, sentence) * value.confidence
        candidates.setdefault(value.iso, []).append((score, value, sentence))
    items: list[Candidate] = []
    for iso in sorted(candidates):
        _score, value, sentence = max(candidates[iso], key=lambda c: c[0])
        start = sentence.start + value.start
        short = _date_clause(doc, sentence, value)
        event = TimelineEvent(
            date=value.iso,
            granularity=value.granularity,
            label=label(value),
            confidence=value.confidence,
            future=value.future,
            expression=doc.article.text[start : sentence.start + value.end],
        )
        items.append(Candidate(Item(text=sentence.text, citations=(cite(sentence),), payload=event), short=short))
    return tuple(items)
