"""Intrinsic checks of a brief that need no reference summary.

* citation_coverage: share of statements with at least one citation of an existing sentence.
* unsupported_rate: share of statements with a named entity or number found in none of
  their cited sentences.
* duplicate_rate: share of statement pairs that repeat each other (same words after
  normalisation, or ROUGE-L F1 >= 0.7).
* dangling_rate: share of key points opening with a pronoun or connective whose
  referent is not inside the point; dangling_rate_all: the same over the reported
  statements of every section shown sentence by sentence (not quotes, actors, figures).
  The opening words are the ones the repair rule (analyze/openings.py) handles:
  :data:`newsbrief.lexicon.DANGLING_OPENERS`.

**Scores on the project's own labelled sets (tests/data): dates, quote speakers, sentence classes.**

The sets were written for this project (no benchmark text) and the rules were
developed while writing them, so these are development numbers.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from newsbrief.compose import repeats
from newsbrief.lexicon import DANGLING_OPENERS, NUMBER, words
from newsbrief.models import Article, Brief, Item, Source

_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


def statements(brief: Brief) -> list[tuple[str, Item]]:
    """Every (section name, item) of the brief."""
    return [(section.name, item) for section in brief.sections for item in section.items]


def citation_coverage(brief: Brief) -> float:
    """Share of statements citing at least one existing sentence."""
    ids = {s.id for s in brief.sentences}
    items = statements(brief)
    if not items:
        return 1.0
    ok = sum(1 for _, item in items if any(c.sentence_id in ids for c in item.citations))
    return ok / len(items)


def _cited_text(brief: Brief, item: Item) -> str:
    by_id = {s.id: s.text for s in brief.sentences}
    return " ".join(by_id.get(c.sentence_id, "") for c in item.citations)


def unsupported(text: str, cited: str) -> bool:
    """True when ``text`` has a number or capitalised name that ``cited`` lacks."""
    plain = re.sub(r"\[[^\]]*\]", " ", text)  # bracketed insertions are newsbrief's own
    cited_numbers = {n.replace(",", "") for n in NUMBER.findall(cited)}
    for number in NUMBER.findall(plain):
        if number.replace(",", "") not in cited_numbers:
            return True
    return any(name not in cited for name in _CAPITALISED.findall(plain))


def unsupported_rate(brief: Brief) -> float:
    """Share of reported statements with an entity or number absent from what they cite."""
    items = [item for _, item in statements(brief) if item.kind == "reported"]
    if not items:
        return 0.0
    return sum(1 for item in items if unsupported(item.text, _cited_text(brief, item))) / len(items)


def duplicate_rate(brief: Brief) -> float:
    """Share of statement pairs that repeat each other."""
    texts = [item.text for _, item in statements(brief) if item.kind == "reported"]
    pairs = list(combinations(texts, 2))
    if not pairs:
        return 0.0
    return sum(1 for a, b in pairs if repeats(a, b)) / len(pairs)


def dangling(text: str) -> bool:
    """True when ``text`` opens with a pronoun or connective pointing outside itself."""
    opening = words(text)[:1]
    return bool(opening) and opening[0] in DANGLING_OPENERS and not text.startswith("[")


def dangling_rate(brief: Brief) -> float:
    """Share of key points that open dangling."""
    section = brief.section("summary")
    if section is None or not section.items:
        return 0.0
    return sum(1 for item in section.items if dangling(item.text)) / len(section.items)


def dangling_rate_all(brief: Brief) -> float:
    """Share of reported statements in sentence-level sections that open dangling."""
    from newsbrief.sections import SECTIONS

    repaired = {spec.name for spec in SECTIONS if spec.repair_openings}
    items = [item for section in brief.sections
             if section.name in repaired or section.name == "summary"
             for item in section.items if item.kind == "reported"]
    return sum(1 for item in items if dangling(item.text)) / len(items) if items else 0.0


def words_per_section(brief: Brief) -> dict[str, int]:
    """Words per section of the brief."""
    return {s.name: sum(len(i.text.split()) for i in s.items) for s in brief.sections}


def check_brief(brief: Brief) -> dict[str, float]:
    """All intrinsic checks of one brief."""
    sections = words_per_section(brief)
    result = {
        "citation_coverage": citation_coverage(brief),
        "unsupported_rate": unsupported_rate(brief),
        "duplicate_rate": duplicate_rate(brief),
        "dangling_rate": dangling_rate(brief),
        "dangling_rate_all": dangling_rate_all(brief),
        "words": float(sum(sections.values())),
    }
    result.update({f"words_{name}": float(count) for name, count in sections.items()})
    return result


def score_dates(path: Path) -> dict[str, Any]:
    """Precision and recall of normalized (value, granularity) pairs."""
    from newsbrief.nlp.dates import find_dates

    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        got = [(v.iso, v.granularity) for v in find_dates(record["sentence"], date.fromisoformat(record["published"]))]
        expected = [tuple(e) for e in record["expected"]]
        tp += sum(1 for g in got if g in expected)
        fp += sum(1 for g in got if g not in expected)
        fn += sum(1 for e in expected if e not in got)
    return {"n": tp + fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def score_quotes(path: Path) -> dict[str, Any]:
    """Share of labelled quotes whose speaker is found (same surname)."""
    from newsbrief.analyze.actors import cluster_actors
    from newsbrief.analyze.quotes import find_quotes
    from newsbrief.nlp.annotate import annotate

    correct = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        doc = annotate(Article(text=record["text"], source=Source()))
        quotes = find_quotes(doc, cluster_actors(doc))
        for opening, speaker in record["quotes"]:
            total += 1
            match = [q for q in quotes if record["text"][q.start + 1 :].startswith(opening)]
            found = match[0].speaker if match else None
            correct += bool(found and found.split()[-1] == speaker.split()[-1])
    return {"n": total, "accuracy": correct / total if total else 1.0}


def score_classes(path: Path) -> dict[str, Any]:
    """Precision and recall per sentence class."""
    from newsbrief.analyze.classify import sentence_class

    hits: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label, text = line.split("\t", 1)
        guess = sentence_class(text)
        predicted[guess] += 1
        gold[label] += 1
        hits[label] += guess == label
    return {"n": sum(gold.values()), "classes": {
        c: {"precision": hits[c] / predicted[c] if predicted[c] else 0.0, "recall": hits[c] / gold[c]}
        for c in sorted(gold)}}


def score_all(folder: Path) -> dict[str, Any]:
    """All three labelled sets in ``folder``."""
    return {
        "dates": score_dates(folder / "dates_labelled.jsonl"),
        "quotes": score_quotes(folder / "quotes_labelled.jsonl"),
        "classes": score_classes(folder / "classes_labelled.tsv"),
    }
