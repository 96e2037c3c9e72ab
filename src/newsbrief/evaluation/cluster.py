"""``newsbrief eval cluster``: story clustering against gold stories, beside two TF-IDF baselines.

Data: ECB+ topics 1-35 (../shared/data/stories/ecbplus_dev.jsonl; the gold
story is the subtopic, i.e. the event level; the clusterer gets only the text)
and a mixture of every document of the Multi-News development clusters
(../shared/data/multi/multinews_dev.jsonl; each cluster is one story; its
documents are lower-cased and truncated, so NER finds little there).
Documents are fed in shuffled orders and every online system is reported as
the mean and sd over ``orders`` random orders (one order can be lucky).

Systems: newsbrief's :class:`~newsbrief.stories.cluster.StoryClusterer`
(running IDF, nothing fitted on the evaluated documents), and the two
baselines of ../shared/data/stories/README.md, which fit their IDF on the
evaluated documents (sublinear tf, English stop words, min_df 2, max_df 0.5):
a single-pass online centroid that joins the best cluster if cos >= 0.25, and
average-link agglomerative clustering cut at cosine distance 0.75
(order-independent). Metrics: B-cubed precision/recall/F1 over documents
(:mod:`newsbrief.evaluation.cluster`), pairwise F1, the number of
stories, and articles/s of the assignment step (annotation excluded).

**Clustering metrics against gold labels: B-cubed and pairwise precision, recall and F1.**

B-cubed (Bagga & Baldwin 1998) scores each document: precision is the share
of its predicted cluster that shares its gold label, recall the share of its
gold cluster inside its predicted cluster; both are averaged over documents.
Pairwise scores count document pairs put together. Both are computed from the
contingency table (counts per predicted x gold cell), so they are O(n).
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsbrief.errors import InputError
from newsbrief.stories.cluster import ClusterSettings, StoryClusterer
from newsbrief.stories.items import ClusterItem, embed_items, items_from_entities

Labelled = tuple[list[ClusterItem], list[str]]  # items and their gold story labels, in file order
ONLINE_BASELINE_THRESHOLD = 0.25  # ../shared/data/stories/README.md, chosen there on topics 1-35
AGGLOMERATIVE_DISTANCE = 0.75


def _read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"evaluation data not found at {path}; pass --data with the JSONL file")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number} is not valid JSON: {exc}") from exc
            if limit is not None and len(rows) >= limit:
                break
    return rows


def _entities(ids: list[str], texts: list[str], cache: Path | None) -> list[list[tuple[str, str]]]:
    """Named entities of each text, through the pipeline's spaCy module; cached by id when asked."""
    stored: dict[str, list[list[str]]] = {}
    if cache is not None and cache.is_file():
        stored = json.loads(cache.read_text(encoding="utf-8"))
    missing = [i for i, item_id in enumerate(ids) if item_id not in stored]
    if missing:
        from newsbrief.nlp.annotate import entities_in

        found = entities_in([texts[i] for i in missing])
        for i, ents in zip(missing, found, strict=True):
            stored[ids[i]] = [list(e) for e in ents]
        if cache is not None:
            cache.write_text(json.dumps(stored), encoding="utf-8")
    return [[(e[0], e[1]) for e in stored[item_id]] for item_id in ids]


def load_ecbplus(path: Path, entity_cache: Path | None = None, limit: int | None = None) -> Labelled:
    """ECB+ documents (the first ``limit`` lines) as cluster items (text only; opaque ids) and gold subtopics."""
    rows = _read_jsonl(path, limit)
    if rows and not {"id", "subtopic", "text"} <= rows[0].keys():
        raise InputError(f"{path} lacks 'id', 'subtopic' or 'text'; expected ecbplus_dev.jsonl")
    ids = [f"d{i}" for i in range(len(rows))]  # the upstream ids name the gold topic: hide them
    texts = [str(r["text"]) for r in rows]
    ents = _entities([str(r["id"]) for r in rows], texts, entity_cache)
    items = items_from_entities([(i, None, t, e) for i, t, e in zip(ids, texts, ents, strict=True)])
    return items, [str(r["subtopic"]) for r in rows]


def load_multinews(path: Path, entity_cache: Path | None = None, limit: int | None = None) -> Labelled:
    """Every document of every (of the first ``limit``) Multi-News cluster as one item; gold = its cluster."""
    rows = _read_jsonl(path, limit)
    if rows and "documents" not in rows[0]:
        raise InputError(f"{path} lacks 'documents'; expected multinews_dev.jsonl")
    keys, texts, gold = [], [], []
    for row in rows:
        for n, text in enumerate(row["documents"]):
            if str(text).strip():
                keys.append(f"{row['id']}#{n}")
                texts.append(str(text))
                gold.append(str(row["id"]))
    ents = _entities(keys, texts, entity_cache)
    ids = [f"d{i}" for i in range(len(texts))]
    return items_from_entities([(i, None, t, e) for i, t, e in zip(ids, texts, ents, strict=True)]), gold


# ---- the systems: each maps items in arrival order to one label per item ---------------------------
def newsbrief_system(settings: ClusterSettings | None = None) -> Callable[[list[ClusterItem]], list[str]]:
    """newsbrief's online clusterer; labels follow merges to the surviving story."""
    def run(items: list[ClusterItem]) -> list[str]:
        clusterer = StoryClusterer(settings)
        clusterer.add_many(items)
        label = {article: info.story_id for info in clusterer.stories() for article in info.articles}
        return [label[item.id] for item in items]
    return run


def _tfidf(items: Sequence[ClusterItem]) -> np.ndarray[Any, Any]:
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2, max_df=0.5)
    matrix = vectorizer.fit_transform([item.text for item in items])
    return np.asarray(matrix.toarray())


def online_baseline(items: list[ClusterItem]) -> list[str]:
    """Single-pass online centroid over TF-IDF: join the most similar cluster if cos >= 0.25."""
    x = _tfidf(items)
    sums: list[np.ndarray[Any, Any]] = []
    centroids = np.zeros((0, x.shape[1]))
    labels: list[str] = []
    for row in x:
        if len(sums):
            sims = centroids @ row
            best = int(sims.argmax())
            if sims[best] >= ONLINE_BASELINE_THRESHOLD:
                sums[best] = sums[best] + row
                centroids[best] = sums[best] / (np.linalg.norm(sums[best]) or 1.0)
                labels.append(str(best))
                continue
        sums.append(row.copy())
        centroids = np.vstack([centroids, row / (np.linalg.norm(row) or 1.0)])
        labels.append(str(len(sums) - 1))
    return labels


def agglomerative_baseline(items: list[ClusterItem]) -> list[str]:
    """Average-link agglomerative clustering over TF-IDF, cut at cosine distance 0.75."""
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=AGGLOMERATIVE_DISTANCE)
    return [str(label) for label in model.fit(_tfidf(items)).labels_]


def _summary(values: list[float]) -> dict[str, float]:
    return {"mean": round(statistics.fmean(values), 4),
            "sd": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0}


def evaluate_system(system: Callable[[list[ClusterItem]], list[str]], items: list[ClusterItem],
                    gold: list[str], orders: int, seed: int) -> dict[str, Any]:
    """Mean and sd of every metric over ``orders`` random arrival orders (items per second included)."""
    runs: list[dict[str, float]] = []
    for k in range(orders):
        order = list(range(len(items)))
        random.Random(seed + k).shuffle(order)
        start = time.perf_counter()
        labels = system([items[i] for i in order])
        elapsed = time.perf_counter() - start
        metrics = scores(labels, [gold[i] for i in order])
        metrics["articles_per_s"] = len(items) / elapsed if elapsed > 0 else float("inf")
        runs.append(metrics)
    return {name: _summary([run[name] for run in runs]) for name in runs[0]} | {"orders": orders}


def run_cluster_eval(data: Path, *, multinews: Path | None = None, orders: int = 30, seed: int = 0,
                     settings: ClusterSettings | None = None, embeddings: bool = False,
                     entity_cache_dir: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Evaluate newsbrief and both baselines on ECB+ (``data``) and, if given, the Multi-News mixture.

    ``embeddings`` adds a run with MiniLM embeddings (skipped with a note when the extra is missing).
    ``entity_cache_dir`` keeps the spaCy entities between runs (annotation is the slow part);
    ``limit`` reads only the first lines of each file (a quick check, not a result).
    """
    if orders < 1:
        raise InputError("orders must be at least 1")
    datasets: dict[str, Labelled] = {}
    cache = (lambda name: entity_cache_dir / f"cluster-entities-{name}.json") if entity_cache_dir else None
    datasets["ecbplus"] = load_ecbplus(data, cache("ecbplus") if cache else None, limit)
    if multinews is not None:
        datasets["multinews"] = load_multinews(multinews, cache("multinews") if cache else None, limit)
    report: dict[str, Any] = {"orders": orders, "seed": seed, "datasets": {}}
    for name, (items, gold) in datasets.items():
        systems: dict[str, Any] = {
            "newsbrief": evaluate_system(newsbrief_system(settings), items, gold, orders, seed),
            "tfidf_online_centroid": evaluate_system(online_baseline, items, gold, orders, seed),
            "tfidf_agglomerative": evaluate_system(agglomerative_baseline, items, gold, 1, seed),
        }
        if embeddings:
            embedded = embed_items(items)
            if embedded is None:
                systems["newsbrief_embeddings"] = {"skipped": "the embeddings extra is not installed"}
            else:
                with_embeddings = ClusterSettings(**{**_settings_dict(settings), "embedding_weight": 0.5})
                systems["newsbrief_embeddings"] = evaluate_system(
                    newsbrief_system(with_embeddings), embedded, gold, orders, seed)
        report["datasets"][name] = {"documents": len(items), "gold_stories": len(set(gold)), "systems": systems}
    return report


def _settings_dict(settings: ClusterSettings | None) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(settings or ClusterSettings())


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _check(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> None:
    if len(predicted) != len(gold) or not gold:
        raise ValueError(f"need one predicted label per gold label (got {len(predicted)} and {len(gold)})")


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``predicted`` labels against ``gold`` labels (same order)."""
    _check(predicted, gold)
    cells = Counter(zip(predicted, gold, strict=True))
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    # Each of the `count` documents of a cell has precision count/|its cluster| and recall count/|its gold|.
    precision = sum(count * count / sizes_p[p] for (p, _), count in cells.items()) / len(gold)
    recall = sum(count * count / sizes_g[g] for (_, g), count in cells.items()) / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over unordered document pairs (1.0 when no pair exists)."""
    _check(predicted, gold)

    def pairs(counts: Counter[Hashable] | Counter[tuple[Hashable, Hashable]]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    together = pairs(Counter(zip(predicted, gold, strict=True)))
    predicted_pairs, gold_pairs = pairs(Counter(predicted)), pairs(Counter(gold))
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return precision, recall, _f1(precision, recall)


def scores(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """Every metric the cluster evaluation reports, by name."""
    p, r, f = bcubed(predicted, gold)
    pp, pr, pf = pairwise(predicted, gold)
    return {"b3_precision": p, "b3_recall": r, "b3_f1": f, "pairwise_precision": pp,
            "pairwise_recall": pr, "pairwise_f1": pf, "stories": float(len(set(predicted)))}
