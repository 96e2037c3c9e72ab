"""``newsbrief eval summ --multi``: the story summary against multi-document references.

Each record of the data (Multi-News JSONL: ``documents``, ``reference``) is one
story. Its documents are annotated by newsbrief's pipeline (detokenized, then
spaCy through :func:`newsbrief.nlp.annotate.annotate_many`, as ``eval summ`` does),
and every system picks sentences of them up to the same word budget: newsbrief's
:func:`newsbrief.stories.summary.summarize_story` and three baselines
(:mod:`newsbrief.evaluation.multi_baselines`). The budget defaults to the median
word count of the file's references, the same for every story and system; the
last sentence is cut at the budget so no system gains by length.

Scores: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 (rouge-score, stemmed), with
95% bootstrap intervals, and newsbrief's paired difference to the best baseline.
Checks where they apply: citation coverage and unsupported statements (newsbrief's
points only: the baselines cite nothing), repeated statements (the article checks'
test) and similar pairs (bag-of-words cosine >= 0.5) for every system, dangling
openings, and how many points cite other outlets' sentences as support.
"""

from __future__ import annotations

import hashlib
import json
import math
import pickle
import statistics
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from newsbrief.compose import repeats
from newsbrief.errors import InputError
from newsbrief.evaluation.checks import dangling, unsupported
from newsbrief.evaluation.detok import detokenize
from newsbrief.evaluation.multi_baselines import MULTI_BASELINES, fit
from newsbrief.evaluation.summ import bootstrap, read_records
from newsbrief.lexicon import BASELINE_STOP_WORDS, words
from newsbrief.models import Article, Document, Source
from newsbrief.stories.summary import StoryPoint, summarize_story
from newsbrief.stories.summary_model import load_scorer

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")
# newsbrief's story summary as shipped (the learned sentence scorer, stories/summary_model.py); the
# same by its explicit name; and with the hand-set sentence score, for comparison
# (``--systems newsbrief,newsbrief-handset,lead,lexrank,textrank``).
LEARNED = "newsbrief-learned"
HANDSET = "newsbrief-handset"
OURS = ("newsbrief", LEARNED, HANDSET)
SIMILAR_COSINE = 0.5  # a pair of summary sentences this similar in words says much the same
NOTES = ("Multi-News documents are the truncated version (about 430 words per story, cut mid-sentence) "
         "and lower-cased except at sentence starts, which weakens spaCy's named entities and the "
         "entity overlap used against redundancy; some documents are archive boilerplate. "
         "The documents carry no dates, so the newest-first order is not exercised here.")


def load_stories(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Records with ``documents`` (a list of texts) and ``reference`` from a JSONL file."""
    if not path.is_file():
        raise InputError(f"multi-document data not found at {path}; pass the Multi-News JSONL file "
                         "(../shared/data/multi/multinews_dev.jsonl)")
    return read_records([path], lambda r: isinstance(r.get("documents"), list) and "reference" in r,
                        "a 'documents' list or a 'reference'", limit)


def annotate_stories(records: Sequence[dict[str, Any]], cache: Path | None = None) -> list[list[Document]]:
    """Each record's non-empty documents, detokenized and annotated (pickled to ``cache`` if given).

    The cache file is named by a hash of the texts, so changed data is annotated afresh;
    it holds a pickle, so point it only at a directory you own (``/tmp/...`` while developing).
    """
    from newsbrief.nlp.annotate import annotate_many

    texts = [[detokenize(str(d)) for d in record["documents"]] for record in records]
    digest = hashlib.sha256(json.dumps(texts).encode("utf-8")).hexdigest()[:16]
    target = cache / f"multi-{digest}.pkl" if cache is not None else None
    if target is not None and target.exists():
        with target.open("rb") as handle:
            stored: list[list[Document]] = pickle.load(handle)  # our own cache file
        return stored
    owners: list[int] = []
    articles: list[Article] = []
    for k, story in enumerate(texts):
        for j, text in enumerate(story):
            if text.strip():
                owners.append(k)
                articles.append(Article(text=text, source=Source(outlet=f"document {j + 1}")))
    stories: list[list[Document]] = [[] for _ in records]
    for owner, doc in zip(owners, annotate_many(articles), strict=True):
        stories[owner].append(doc)
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            pickle.dump(stories, handle)
    return stories


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b[w] for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def pair_checks(sentences: Sequence[str]) -> dict[str, float]:
    """Shares of sentence pairs that repeat each other and that are similar in words; dangling openings."""
    pairs = list(combinations(sentences, 2))
    bags = {s: Counter(w for w in words(s) if w not in BASELINE_STOP_WORDS) for s in sentences}
    n = len(pairs) or 1
    return {
        "duplicate_rate": sum(repeats(a, b) for a, b in pairs) / n,
        "similar_pair_rate": sum(_cosine(bags[a], bags[b]) >= SIMILAR_COSINE for a, b in pairs) / n,
        "dangling_rate": sum(dangling(s) for s in sentences) / (len(sentences) or 1),
    }


def point_checks(points: Sequence[StoryPoint], docs: Sequence[Document]) -> dict[str, float]:
    """Citation coverage, unsupported statements and cross-outlet support of newsbrief's points."""
    texts = {d.article.id: d.article.text for d in docs}
    n = len(points) or 1
    covered = sum(all(c.article_id in texts and 0 <= c.start < c.end <= len(texts[c.article_id])
                      for c in p.citations) for p in points)
    bad = sum(unsupported(p.text, texts.get(p.article_id, "")[p.start:p.end]) for p in points)
    return {
        "citation_coverage": covered / n,
        "unsupported_rate": bad / n,
        "supported_by_other_outlets": sum(bool(p.support) for p in points) / n,
        "support_per_point": sum(len(p.support) for p in points) / n,
    }


def _system_outputs(docs: Sequence[Document], budget: int, systems: Sequence[str]
                    ) -> tuple[dict[str, list[str]], dict[str, dict[str, float]]]:
    outputs: dict[str, list[str]] = {}
    checks: dict[str, dict[str, float]] = {}
    articles = [[s.text for s in doc.sentences] for doc in docs]
    for name in systems:
        if name in OURS:
            points = summarize_story(docs, limit=10_000, max_words=budget,
                                     scorer="handset" if name == HANDSET else load_scorer())
            outputs[name] = [p.text for p in points]
            checks[name] = point_checks(points, docs)
        else:
            outputs[name] = MULTI_BASELINES[name](articles, budget)
    return outputs, checks


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def run_multi_eval(data: Path, *, limit_words: int | None = None, limit: int | None = None,
                   systems: Sequence[str] = ("newsbrief", *MULTI_BASELINES), cache: Path | None = None
                   ) -> dict[str, Any]:
    """Score newsbrief's story summaries and the baselines on ``data``; the report as a dict.

    ``limit_words`` is the output budget in words (default: the median reference length);
    ``limit`` takes only the first stories; ``cache`` is a directory for the annotations.
    ROUGE values are F1 in percent.
    """
    from rouge_score import rouge_scorer  # the eval extra; imported only here

    unknown = [s for s in systems if s not in OURS and s not in MULTI_BASELINES]
    if unknown:
        raise InputError(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(OURS)}, "
                         + ", ".join(MULTI_BASELINES))
    records = load_stories(data, limit)
    references = ["\n".join(detokenize(line) for line in str(r["reference"]).split("\n")) for r in records]
    budget = limit_words or int(statistics.median(len(r.split()) for r in references))
    stories = annotate_stories(records, cache)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {s: {m: [] for m in METRICS} for s in systems}
    checks: dict[str, list[dict[str, float]]] = {s: [] for s in systems}
    for docs, reference in zip(stories, references, strict=True):
        outputs, own = _system_outputs(docs, budget, systems)
        for name, sentences in outputs.items():
            summary = fit(sentences, budget)
            result = scorer.score(reference, "\n".join(summary))
            for metric in METRICS:
                scores[name][metric].append(100 * result[metric].fmeasure)
            found = pair_checks(sentences)
            found["words"] = float(sum(len(s.split()) for s in summary))
            found["sentences"] = float(len(sentences))
            found.update(own.get(name, {}))
            checks[name].append(found)
    report: dict[str, Any] = {
        "data": str(data), "n": len(records), "budget_words": budget,
        "documents": sum(len(d) for d in stories), "notes": NOTES, "systems": {},
    }
    for name in systems:
        entry: dict[str, Any] = {}
        for metric in METRICS:
            entry[metric] = _mean(scores[name][metric])
            entry[metric + "_ci"] = list(bootstrap(scores[name][metric]))
        entry["checks"] = {key: _mean([c[key] for c in checks[name]]) for key in checks[name][0]} \
            if checks[name] else {}
        report["systems"][name] = entry
    baselines = [s for s in systems if s in MULTI_BASELINES]
    if "newsbrief" in systems and baselines:
        best = max(baselines, key=lambda s: report["systems"][s]["rouge1"])
        diffs = [a - b for a, b in zip(scores["newsbrief"]["rouge1"], scores[best]["rouge1"], strict=True)]
        report["best_baseline"] = best
        report["rouge1_vs_best"] = _mean(diffs)
        report["rouge1_vs_best_ci"] = list(bootstrap(diffs))
    for name, key in ((LEARNED, "learned_rouge1_vs_best"), (HANDSET, "handset_rouge1_vs_best")):
        if name in systems and baselines:
            best = max(baselines, key=lambda s: report["systems"][s]["rouge1"])
            diffs = [a - b for a, b in zip(scores[name]["rouge1"], scores[best]["rouge1"], strict=True)]
            report[key] = [best, _mean(diffs), *bootstrap(diffs)]
    return report


def format_multi_table(report: dict[str, Any]) -> str:
    """A plain-text table of :func:`run_multi_eval`'s report."""
    lines = [f"data: {report['data']}  (stories={report['n']}, documents={report['documents']}, "
             f"budget={report['budget_words']} words)", f"note: {report['notes']}", ""]
    lines.append(f"{'system':<10} " + " ".join(f"{m:>20}" for m in METRICS))
    for name, entry in report["systems"].items():
        cells = [f"{entry[m]:5.2f} [{entry[m + '_ci'][0]:5.2f},{entry[m + '_ci'][1]:5.2f}]" for m in METRICS]
        lines.append(f"{name:<10} " + " ".join(f"{c:>20}" for c in cells))
    if "best_baseline" in report:
        low, high = report["rouge1_vs_best_ci"]
        lines.append(f"\nnewsbrief - {report['best_baseline']} (ROUGE-1): "
                     f"{report['rouge1_vs_best']:+.2f} [{low:+.2f},{high:+.2f}]")
    for name, key in ((LEARNED, "learned_rouge1_vs_best"), (HANDSET, "handset_rouge1_vs_best")):
        if key in report:
            best, mean, low, high = report[key]
            lines.append(f"{name} - {best} (ROUGE-1): {mean:+.2f} [{low:+.2f},{high:+.2f}]")
    lines.append("")
    for name, entry in report["systems"].items():
        lines.append(f"checks {name}: " + ", ".join(f"{k}={v:.3f}" for k, v in entry["checks"].items()))
    return "\n".join(lines)
