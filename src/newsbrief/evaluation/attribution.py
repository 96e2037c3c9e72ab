"""``newsbrief eval attribution``: who-said-what extraction on PolNeAR, with the metric its README defines.

A predicted content matches a gold content when their character overlap is at
least 50 % of the longer of the two (the gold side is the union of its
segments); matching is one-to-one and greedy by overlap ratio. Content P/R/F1
count matches. Speaker accuracy is measured on matched gold contents that have
a source: right when the last word of the core of the two spans agree (the
span cut at its first comma, bracket, colon, semicolon, dash or relative
pronoun; lower case; possessive and punctuation dropped). End-to-end F1 counts
a prediction right when its content matches and its speaker is right (for a
gold without source, when no speaker is predicted).

The system answers with the in-text mention of the speaker (what the gold
marks, "he" included) and, separately, with the name a pronoun resolves to;
``speaker_accuracy_names`` scores the resolved names on gold sources that are
names, not pronouns.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbrief.models import Article, Source

_CORE_CUT = re.compile(r",|\(|\[|:|;|—|–| - | who | whose | which ")
_TOKEN = re.compile(r"[a-z0-9]+")
PRONOUNS = frozenset("he she they it we i you him her them his their its".split())


def head(span: str | None) -> str:
    """The head word of a source span as the PolNeAR README defines it ("" for none)."""
    if not span:
        return ""
    core = _CORE_CUT.split(" " + span.lower() + " ", maxsplit=1)[0]
    words = _TOKEN.findall(core.replace("'s", "").replace("’s", ""))
    return words[-1] if words else ""


def _cover(segments: list[list[int]]) -> set[int]:
    return {i for s, e in segments for i in range(s, e)}


def match(gold: list[set[int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> predicted index, one-to-one, greedy by overlap ratio (>= 0.5 of the longer)."""
    pairs = []
    for p, (s, e) in enumerate(predicted):
        span = set(range(s, e))
        for g, cover in enumerate(gold):
            overlap = len(cover & span)
            if overlap:
                ratio = overlap / max(len(cover), len(span))
                if ratio >= 0.5:
                    pairs.append((ratio, g, p))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _ratio, g, p in sorted(pairs, reverse=True):
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


def _articles(path: Path, split: str | None, limit: int | None) -> Iterator[dict[str, Any]]:
    count = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if split and record.get("split") != split:
            continue
        yield record
        count += 1
        if limit is not None and count >= limit:
            return


def predict(text: str, title: str | None = None) -> list[dict[str, Any]]:
    """The system's attributions of one article: content span, speaker mention and resolved name."""
    from newsbrief.nlp.annotate import annotate
    from newsbrief.nlp.attribution import attribute

    doc = annotate(Article(text=text, source=Source(title=title)))
    return [{"content": [a.content_start, a.content_end], "source_text": a.source_text, "speaker": a.speaker}
            for a in attribute(doc).attributions]


def _body(text: str) -> tuple[str, int]:
    """The article without its headline line (PolNeAR puts the headline first), and its offset."""
    first, sep, rest = text.partition("\n")
    if sep and len(first.split()) <= 25:
        return rest, len(first) + 1
    return text, 0


def evaluate_attribution(path: Path, split: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Content P/R/F1, speaker accuracy and end-to-end F1 of the system on PolNeAR articles."""
    n_pred = n_gold = n_match = 0
    speaker_n = speaker_ok = names_n = names_ok = e2e_ok = 0
    articles = 0
    started = time.perf_counter()
    for record in _articles(path, split, limit):
        body, offset = _body(record["text"])
        predicted = predict(body, record["text"][:offset].strip() or None)
        spans = [(p["content"][0] + offset, p["content"][1] + offset) for p in predicted]
        gold = record["attributions"]
        covers = [_cover(g.get("content_segments") or [g["content"]]) for g in gold]
        matched = match(covers, spans)
        articles += 1
        n_pred += len(predicted)
        n_gold += len(gold)
        n_match += len(matched)
        for g_index, p_index in matched.items():
            g, p = gold[g_index], predicted[p_index]
            if g["source_text"] is None:
                e2e_ok += not p["source_text"]
                continue
            right = head(p["source_text"]) == head(g["source_text"])
            speaker_n += 1
            speaker_ok += right
            e2e_ok += right
            if head(g["source_text"]) not in PRONOUNS:
                names_n += 1
                names_ok += head(p["speaker"] or p["source_text"]) == head(g["source_text"])
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    e2e_p, e2e_r = (e2e_ok / n_pred if n_pred else 0.0), (e2e_ok / n_gold if n_gold else 0.0)
    return {
        "content": {"p": round(100 * precision, 1), "r": round(100 * recall, 1), "f1": round(100 * f1, 1)},
        "speaker_accuracy": round(100 * speaker_ok / speaker_n, 1) if speaker_n else 0.0,
        "speaker_accuracy_names": round(100 * names_ok / names_n, 1) if names_n else 0.0,
        "end_to_end_f1": round(100 * 2 * e2e_p * e2e_r / (e2e_p + e2e_r), 1) if e2e_p + e2e_r else 0.0,
        "n": n_gold,
        "articles": articles,
        "predicted": n_pred,
        "articles_per_s": round(articles / (time.perf_counter() - started), 2),
    }
