"""Rebuild the story summary's sentence scorer (src/newsbrief/stories/data/summary_scorer.json).

Usage:
    python benchmarks/train_summary_scorer.py [--data ../shared/data/multi/multinews_dev.jsonl]
        [--train FILE ...] [--cache /tmp/msumm] [--out PATH] [--check-only]

Reads the Multi-News development stories (``--data``) and, with ``--train``, Multi-News
training clusters by path (nothing of them is copied: the file written holds feature
names, numbers and a list of common words with their weights), annotates them as
``newsbrief eval summ --multi`` does (``--cache`` keeps the annotation between runs,
one file per input file), computes every sentence's features
(:func:`newsbrief.stories.summary.sentence_features`) and its target: the share of
its words plus the share of its word pairs that the story's reference uses (ROUGE-1
and ROUGE-2 precision of the sentence alone, rouge-score's tokenizer and stemmer),
less the story's mean. A ridge regression over the sentences' common words gives the
``lexical`` feature (held out: each training sentence is scored by a fit on the other
four fifths of the stories), then histogram gradient-boosted trees (scikit-learn) are
fitted to all the features and exported as plain arrays
(:class:`newsbrief.stories.summary_model.SentenceScorer`), checked to reproduce
scikit-learn's predictions.

``--train`` takes JSONL records like the development file (``documents``, ``reference``)
or the Multi-News+ release's files (JSON lists of records with ``raw_document``,
``summary`` and ``split``; only the training split is read), such as
``cleansing/cleansed_data/cleansed_data_cot_{0,100,...,3900}_*.json`` of
github.com/c-juhwan/multi_news_plus at e347c8e (clusters 0-3999, all of the training
split: the shipped weights were fitted on them). A training cluster with a development
story's reference is dropped.

Honest estimate first: fitted on the training clusters and the even-indexed development
stories and used to summarise the odd ones, then the other way round; the ROUGE-1 of
those held-out summaries is printed next to LexRank's on the same half, at the eval's
budget (median reference length), with the paired difference's 95 % bootstrap interval
over both halves (as ``eval summ --multi`` computes it). With ``--train`` the fit on the
training clusters alone is scored on all the development stories too. Then the scorer
is fitted on everything and written to ``--out`` (the package data file by default;
``--check-only`` writes nothing). The full-dev score of the shipped weights is
optimistic (they have seen those stories); the cross-half numbers are the estimate to quote.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multi" / "multinews_dev.jsonl"
DEFAULT_OUT = ROOT / "src" / "newsbrief" / "stories" / "data" / "summary_scorer.json"
# Chosen by the held-out ROUGE-1 of the development stories. Fitted on the 250 development stories
# alone (scikit-learn's exact GradientBoostingRegressor): depth 3 x 300 trees at 0.05 gave a cross-half
# 46.37, depth 4 46.46, depth 5 46.16, a ridge regression 46.01. With 4,000 training clusters (about
# 80,000 sentences) larger trees paid: fitted on them alone and scored on all of dev, 31 leaves
# x 400 trees gave +2.07 over LexRank against +1.97 for the dev-only cross-half; with the word
# feature, cross-half 15 leaves +2.25, 31 leaves +2.33, depth 4 x 600 +2.27 (within noise: the
# smaller file; the script's own run, its vocabulary counted on dev too, +2.32). No early stopping,
# so the fit is deterministic.
TREES: dict[str, Any] = {"learning_rate": 0.05, "max_iter": 400, "max_leaf_nodes": 15, "min_samples_leaf": 40,
                         "early_stopping": False}
# The word feature: words at least one training story in 40 uses (about 1,500 of 4,000 stories'
# words: the kind of sentence, not its topic; one story in 200 kept names such as politicians' and
# did no better on dev), a ridge penalty of 10 (3: within-story correlation with the target 0.34,
# 10: 0.34, both with the sentences' word vectors normalised).
MIN_STORY_SHARE = 0.025
RIDGE_ALPHA = 10.0
FOLDS = 5  # the training sentences' word scores come from fits on the other folds of stories


@dataclass
class Corpus:
    """Stories with, per story, its sentences' feature rows, texts and targets."""

    features: list[NDArray[np.float64]] = field(default_factory=list)
    texts: list[list[str]] = field(default_factory=list)
    values: list[NDArray[np.float64]] = field(default_factory=list)

    def add(self, other: Corpus, keep: Sequence[int] | None = None) -> Corpus:
        """A corpus of this one's stories and ``other``'s (those at ``keep``, or all)."""
        picked = range(len(other.features)) if keep is None else keep
        return Corpus(self.features + [other.features[k] for k in picked],
                      self.texts + [other.texts[k] for k in picked], self.values + [other.values[k] for k in picked])


def _tokens(text: str) -> list[str]:
    from nltk.stem import porter  # type: ignore[import-untyped]
    from rouge_score import tokenize

    stemmer = porter.PorterStemmer()
    return [stemmer.stem(w) if len(w) > 3 else w for w in tokenize.tokenize(text, None)]


def targets(sentences: Sequence[str], reference: str) -> NDArray[np.float64]:
    """Each sentence's ROUGE-1 plus ROUGE-2 precision against the reference (stemmed)."""
    ref = _tokens(reference)
    unigrams, bigrams = set(ref), set(itertools.pairwise(ref))
    out = []
    for sentence in sentences:
        tokens = _tokens(sentence)
        pairs = list(itertools.pairwise(tokens))
        out.append(sum(t in unigrams for t in tokens) / max(len(tokens), 1)
                   + sum(p in bigrams for p in pairs) / max(len(pairs), 1))
    return np.array(out, dtype=np.float64)


def _rounded(values: NDArray[np.float64], digits: int = 9) -> NDArray[np.float64]:
    """Leaf values and word weights to ``digits`` significant digits: a smaller file."""
    return np.array([float(f"{v:.{digits}g}") for v in values], dtype=np.float64)


def _vectorizer(texts: Sequence[Sequence[str]]) -> Any:
    """The bag of words the word weights are fitted on: words used by MIN_STORY_SHARE of the stories."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsbrief.lexicon import words

    used = Counter(w for story in texts for w in {w for text in story for w in words(text)})
    vocabulary = sorted(w for w, n in used.items() if n >= MIN_STORY_SHARE * len(texts))
    # words() as the analyzer, so the shipped WordWeights split sentences exactly as the fit did.
    return TfidfVectorizer(analyzer=words, vocabulary=vocabulary, binary=True, use_idf=False, norm="l2").fit([""])


def fit_words(texts: Sequence[Sequence[str]], values: Sequence[NDArray[np.float64]]) -> Any:
    """WordWeights: a ridge regression of the sentences' targets (less their story's mean) on their words."""
    from sklearn.linear_model import Ridge

    from newsbrief.stories.summary_model import WordWeights

    vectorizer = _vectorizer(texts)
    flat = [t for story in texts for t in story]
    ridge = Ridge(alpha=RIDGE_ALPHA).fit(vectorizer.transform(flat), np.concatenate([v - v.mean() for v in values]))
    vocabulary = vectorizer.get_feature_names_out()
    # Every word of the vocabulary stays, a zero weight too: it counts in the normalisation.
    lexical = WordWeights(dict(zip((str(w) for w in vocabulary), _rounded(ridge.coef_, 6).tolist(), strict=True)),
                          float(ridge.intercept_))
    check = flat[:500]
    if not np.allclose(lexical.score(check), ridge.predict(vectorizer.transform(check)), atol=1e-4):
        raise SystemExit("the exported word weights do not reproduce the ridge regression's predictions")
    return lexical


def held_out_words(corpus: Corpus) -> list[NDArray[np.float64]]:
    """Each story's sentences scored by word weights fitted on the other folds (no story scores itself)."""
    from sklearn.model_selection import KFold

    out: list[NDArray[np.float64]] = [np.zeros(len(v)) for v in corpus.values]
    for fitted, scored in KFold(FOLDS, shuffle=True, random_state=0).split(corpus.texts):
        lexical = fit_words([corpus.texts[k] for k in fitted], [corpus.values[k] for k in fitted])
        for k in scored:
            out[k] = lexical.score(corpus.texts[k])
    return out


def fit(corpus: Corpus) -> Any:
    """A SentenceScorer: word weights, then histogram gradient-boosted trees (scikit-learn) on the
    expanded features (the word feature held out) fitted to each story's targets less their mean
    (what matters is the order within a story), exported as arrays."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    from newsbrief.stories.summary_model import EXPANDED, FEATURES, SentenceScorer, Tree, expand

    column = FEATURES.index("lexical")
    matrices = []
    for matrix, scores in zip(corpus.features, held_out_words(corpus), strict=True):
        matrix = matrix.copy()
        matrix[:, column] = scores
        matrices.append(matrix)
    stories = [k for k, m in enumerate(matrices) if len(m)]
    x = np.vstack([expand(matrices[k]) for k in stories]).astype(np.float32)
    y = np.concatenate([corpus.values[k] - corpus.values[k].mean() for k in stories])
    model = HistGradientBoostingRegressor(random_state=0, **TREES).fit(x, y)
    trees = []
    for (predictor,) in model._predictors:  # each node: feature_idx, num_threshold, left, right, value, is_leaf
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        # Thresholds at full precision: a histogram tree's threshold can be a data value itself, which
        # a rounded copy would send the other way.
        trees.append(Tree(np.where(leaf, -2, nodes["feature_idx"]).astype(np.int64),
                          np.where(leaf, -2.0, nodes["num_threshold"]).astype(np.float64),
                          np.where(leaf, -1, nodes["left"].astype(np.int64)),
                          np.where(leaf, -1, nodes["right"].astype(np.int64)), _rounded(nodes["value"])))
    # The leaves' values already carry the learning rate: the rate of the sum is 1.
    scorer = SentenceScorer(EXPANDED, float(np.asarray(model._baseline_prediction).reshape(-1)[0]), 1.0,
                            tuple(trees), fit_words(corpus.texts, corpus.values))
    check = np.vstack([matrices[k] for k in stories[:20]])
    if not np.allclose(scorer.score(check), model.predict(expand(check).astype(np.float32)), atol=1e-6):
        raise SystemExit("the exported trees do not reproduce scikit-learn's predictions")
    return scorer


def _references(records: Sequence[dict[str, Any]]) -> list[str]:
    from newsbrief.evaluation.detok import detokenize

    return ["\n".join(detokenize(line) for line in str(r["reference"]).split("\n")) for r in records]


def read_training(paths: Sequence[Path]) -> list[tuple[Path, list[dict[str, Any]]]]:
    """Each training file's clusters as ``{"documents", "reference"}`` records (training split only)."""
    from newsbrief.evaluation.multi import load_stories

    out = []
    for path in paths:
        if path.suffix == ".jsonl":
            out.append((path, load_stories(path)))
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((path, [{"documents": r["raw_document"], "reference": r["summary"]} for r in data
                           if r.get("split") == "train"]))
    return out


def corpus_of(stories: Sequence[Sequence[Any]], references: Sequence[str]) -> Corpus:
    """Features (the word column left zero), sentence texts and targets of annotated stories."""
    from newsbrief.stories.summary import sentence_features

    corpus = Corpus()
    for docs, reference in zip(stories, references, strict=True):
        sentences, matrix = sentence_features(docs)
        texts = [s.text for s in sentences]
        corpus.features.append(matrix)
        corpus.texts.append(texts)
        corpus.values.append(targets(texts, reference))
    return corpus


def training_corpus(paths: Sequence[Path], dev: Sequence[dict[str, Any]], cache: Path | None) -> Corpus:
    """The training clusters' corpus, without any that has a development story's reference. (Clusters
    0-3999 share no reference with dev; the documents they share with it are page notices only: an
    archive's crawl notice, a tweet widget's, a script or comments notice.)"""
    from newsbrief.evaluation.multi import annotate_stories

    seen = {str(r["reference"]).strip() for r in dev}
    corpus = Corpus()
    for path, records in read_training(paths):
        kept = [r for r in records if str(r["reference"]).strip() not in seen]
        print(f"{path}: {len(kept)} training clusters ({len(records) - len(kept)} with a dev reference dropped)")
        corpus = corpus.add(corpus_of(annotate_stories(kept, cache), _references(kept)))
    return corpus


def _rouge1(stories: Sequence[Any], references: Sequence[str], budget: int, scorer: Any | None) -> list[float]:
    from rouge_score import rouge_scorer

    from newsbrief.evaluation.multi_baselines import fit as cut
    from newsbrief.evaluation.multi_baselines import lexrank
    from newsbrief.stories.summary import summarize_story

    rouge = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    out = []
    for docs, reference in zip(stories, references, strict=True):
        if scorer == "lexrank":
            sentences = lexrank([[s.text for s in d.sentences] for d in docs], budget)
        else:
            sentences = [p.text for p in summarize_story(docs, limit=10_000, max_words=budget,
                                                         scorer=scorer if scorer is not None else "handset")]
        out.append(100 * rouge.score(reference, "\n".join(cut(sentences, budget)))["rouge1"].fmeasure)
    return out


def _report(name: str, ours: Sequence[float], lex: Sequence[float], hand: Sequence[float] | None = None) -> None:
    from newsbrief.evaluation.summ import bootstrap

    diffs = [a - b for a, b in zip(ours, lex, strict=True)]
    low, high = bootstrap(diffs)
    extra = f" (hand-set score, scorer=\"handset\": {statistics.mean(hand):.2f})" if hand is not None else ""
    print(f"{name}: R1 {statistics.mean(ours):.2f}, LexRank {statistics.mean(lex):.2f}, "
          f"difference {statistics.mean(diffs):+.2f} [95 % CI {low:+.2f}, {high:+.2f}]{extra}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Fit across halves, print the held-out ROUGE-1, fit on all and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--train", type=Path, nargs="*", default=[], help="Multi-News training clusters (see above)")
    parser.add_argument("--cache", type=Path, default=None, help="a directory you own for the annotation pickles")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check-only", action="store_true", help="print the cross-half numbers, write nothing")
    args = parser.parse_args(argv)
    missing = [p for p in (args.data, *args.train) if not p.is_file()]
    if missing:
        print(f"no data at {', '.join(map(str, missing))}; pass --data / --train", file=sys.stderr)
        return 0
    from newsbrief.evaluation.multi import annotate_stories, load_stories

    records = load_stories(args.data)
    references = _references(records)
    budget = int(statistics.median(len(r.split()) for r in references))
    stories = annotate_stories(records, args.cache)
    dev = corpus_of(stories, references)
    train = training_corpus(args.train, records, args.cache)
    halves = {"even": list(range(0, len(stories), 2)), "odd": list(range(1, len(stories), 2))}
    lex = _rouge1(stories, references, budget, "lexrank")
    held: dict[int, float] = {}
    for name, part in halves.items():
        other = [k for k in range(len(stories)) if k not in set(part)]
        scorer = fit(train.add(dev, other))
        ours = _rouge1([stories[k] for k in part], [references[k] for k in part], budget, scorer)
        held.update(zip(part, ours, strict=True))
        hand = _rouge1([stories[k] for k in part], [references[k] for k in part], budget, None)
        _report(f"{name} half, fitted on the other{' and the training clusters' if train.features else ''}",
                ours, [lex[k] for k in part], hand)
    order = [k for part in halves.values() for k in part]
    _report("cross-half, both halves", [held[k] for k in order], [lex[k] for k in order])
    if train.features:
        _report("fitted on the training clusters alone, all dev", _rouge1(stories, references, budget, fit(train)), lex)
    everything = train.add(dev)
    scorer = fit(everything)
    print(f"fitted on {len(everything.features)} stories ({sum(len(v) for v in everything.values)} sentences): "
          f"{len(scorer.trees)} trees, {sum(len(t.value) for t in scorer.trees)} nodes, "
          f"{len(scorer.words.weights)} words")
    if not args.check_only:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(scorer.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
