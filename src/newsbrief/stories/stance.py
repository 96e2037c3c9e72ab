"""Stance of an article towards a claim: supports, disputes, discusses or ignores it.

A small CPU model trained here on FNC-1 (Fake News Challenge stage 1) and
rebuilt from that data by a command, never downloaded. The design follows
the UCL Machine Reading system (third in FNC-1, 81.72): term-frequency
vectors of claim and body over one vocabulary of a few thousand words, the
TF-IDF cosine between them, and one hidden layer of an MLP. To those we add
the dense features of :mod:`newsbrief.stories.stance_features` (overlap,
refuting, hedging and negation-near-claim words, after the official
baseline), which help the rare ``disagree`` class that bag-of-words vectors
miss. scikit-learn, because the project already depends on it and its MLP
takes sparse input: training on 50,000 pairs takes minutes on two cores.

The model is pickled (gzip) to the user cache directory; load only files
you built yourself, as with any pickle.
"""

from __future__ import annotations

import gzip
import json
import logging
import pickle
import time
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler, normalize

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.stories.stance_features import pair_features

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED: frozenset[str] = frozenset({"agree", "disagree", "discuss"})
# What the story code reads: an article supports, disputes, discusses or ignores a claim.
STANCE_OF: dict[str, str] = {"agree": "supports", "disagree": "disputes", "discuss": "discusses",
                             "unrelated": "ignores"}
MODEL_FILE = "stance-model.pkl.gz"
_FORMAT = 1  # bumped when the saved layout changes; an older file is rebuilt, not misread


class StanceModelError(NewsbriefError):
    """The stance model is missing, unreadable, or was built by another version."""

    exit_code = 2


@dataclass(frozen=True)
class StancePair:
    """One FNC-1 row: a headline (the claim), the id of its body, and the gold stance."""

    headline: str
    body_id: int
    stance: str


@dataclass(frozen=True)
class StanceConfig:
    """The model's size and training.

    Chosen on the first of five body folds of FNC-1 train (benchmarks/stance_ablation.py): 30 epochs
    scored 89.73 (disagree F1 0.638) against 89.07 (0.594) for 10; more epochs cost time for little.
    """

    vocabulary: int = 5000  # UCL's size: larger vocabularies overfit the 1,683 training bodies
    hidden: int = 100
    alpha: float = 1e-3  # L2; stands in for UCL's dropout, which scikit-learn's MLP does not have
    epochs: int = 30
    learning_rate: float = 1e-3
    batch_size: int = 256
    seed: int = 0
    hand_features: bool = True
    class_weight: Mapping[str, float] = field(default_factory=dict)


def default_model_path() -> Path:
    """Where :func:`build_default_model` writes the model and :func:`load_default_model` reads it."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsbrief")) / MODEL_FILE


class StanceModel:
    """A fitted stance model: vectorizers, feature scaler and MLP. Built by :func:`train_stance_model`."""

    def __init__(self, tf: CountVectorizer, tfidf: TfidfVectorizer, scaler: StandardScaler | None,
                 mlp: MLPClassifier, config: StanceConfig) -> None:
        self.tf, self.tfidf, self.scaler, self.mlp, self.config = tf, tfidf, scaler, mlp, config

    def features(self, claims: Sequence[str], bodies: Sequence[str]) -> sp.csr_matrix:
        """The model's input rows for (claim, body) pairs; repeated texts are vectorized once."""
        return _features(self.tf, self.tfidf, self.scaler, claims, bodies)

    def probabilities(self, claims: Sequence[str], bodies: Sequence[str]) -> np.ndarray:
        """One row per pair: the probability of each of :data:`LABELS`, in that order."""
        if len(claims) != len(bodies):
            raise InputError(f"need one body per claim (got {len(claims)} claims, {len(bodies)} bodies)")
        proba = self.mlp.predict_proba(self.features(claims, bodies))
        order = [list(self.mlp.classes_).index(label) if label in self.mlp.classes_ else -1 for label in LABELS]
        out = np.zeros((len(claims), len(LABELS)))
        for column, index in enumerate(order):
            if index >= 0:
                out[:, column] = proba[:, index]
        return out

    def predict_labels(self, claims: Sequence[str], bodies: Sequence[str]) -> list[str]:
        """The FNC-1 label (agree, disagree, discuss, unrelated) of each pair."""
        if not claims:
            return []
        return [LABELS[i] for i in self.probabilities(claims, bodies).argmax(axis=1)]

    def predict(self, claim: str, article_text: str) -> tuple[str, dict[str, float]]:
        """Whether the article supports, disputes, discusses or ignores the claim, with each probability."""
        if not claim.strip() or not article_text.strip():
            raise InputError("stance needs a claim and an article text; one of them is empty")
        row = self.probabilities([claim], [article_text])[0]
        scores = {STANCE_OF[label]: float(p) for label, p in zip(LABELS, row, strict=True)}
        return STANCE_OF[LABELS[int(row.argmax())]], scores

    def save(self, path: Path) -> Path:
        """Write the model to ``path`` (parent folders are made); returns the path."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wb") as handle:
            pickle.dump({"format": _FORMAT, "tf": self.tf, "tfidf": self.tfidf, "scaler": self.scaler,
                         "mlp": self.mlp, "config": self.config}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        """Read a model written by :meth:`save` (a pickle: load only files you built)."""
        if not path.is_file():
            raise StanceModelError(f"no stance model at {path}; build it with `newsbrief eval stance --train "
                                   "STANCES.jsonl --train-bodies BODIES.jsonl --save-model`")
        try:
            with gzip.open(path, "rb") as handle:
                saved: dict[str, Any] = pickle.load(handle)  # a file this module wrote (see the docstring)
        except Exception as exc:  # any unpickling failure means the same thing: rebuild
            raise StanceModelError(f"cannot read the stance model {path} ({exc}); rebuild it") from exc
        if not isinstance(saved, dict) or saved.get("format") != _FORMAT:
            raise StanceModelError(f"the stance model {path} was built by another version; rebuild it")
        return cls(saved["tf"], saved["tfidf"], saved["scaler"], saved["mlp"], saved["config"])


def load_default_model() -> StanceModel:
    """The model in the user cache directory (see :func:`build_default_model`)."""
    return StanceModel.load(default_model_path())


def _index(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The distinct texts, and for each input the row of its text (bodies repeat ~30 times in FNC-1)."""
    rows: dict[str, int] = {}
    index = np.fromiter((rows.setdefault(t, len(rows)) for t in texts), dtype=np.int64, count=len(texts))
    return list(rows), index


def _dense(claims: Sequence[str], bodies: Sequence[str]) -> np.ndarray:
    return np.array([pair_features(c, b) for c, b in zip(claims, bodies, strict=True)], dtype=np.float64)


def _features(tf: CountVectorizer, tfidf: TfidfVectorizer, scaler: StandardScaler | None,
              claims: Sequence[str], bodies: Sequence[str], dense: np.ndarray | None = None) -> sp.csr_matrix:
    claim_texts, claim_rows = _index(claims)
    body_texts, body_rows = _index(bodies)
    # UCL: term frequencies, L2-normalised, of claim and body over one vocabulary.
    claim_tf = normalize(tf.transform(claim_texts).astype(np.float64))[claim_rows]
    body_tf = normalize(tf.transform(body_texts).astype(np.float64))[body_rows]
    claim_idf = tfidf.transform(claim_texts)[claim_rows]
    body_idf = tfidf.transform(body_texts)[body_rows]
    cosine = np.asarray(claim_idf.multiply(body_idf).sum(axis=1))  # rows are L2-normalised: a dot product
    blocks: list[Any] = [claim_tf, body_tf, sp.csr_matrix(cosine)]
    if scaler is not None:
        dense = _dense(claims, bodies) if dense is None else dense
        blocks.append(sp.csr_matrix(scaler.transform(dense)))
    return sp.hstack(blocks, format="csr")


def train_stance_model(stances: Sequence[StancePair], bodies: Mapping[int, str],
                       config: StanceConfig | None = None) -> StanceModel:
    """Fit the stance model on FNC-1 style pairs (headline, body id, stance) and their bodies."""
    config = config or StanceConfig()
    missing = {p.body_id for p in stances} - set(bodies)
    if missing:
        raise InputError(f"{len(missing)} pairs name bodies that are not given (e.g. body_id {min(missing)})")
    unknown = {p.stance for p in stances} - set(LABELS)
    if unknown or not stances:
        raise InputError(f"need pairs labelled {', '.join(LABELS)} (got {sorted(unknown) or 'no pairs'})")
    start = time.perf_counter()
    claims = [p.headline for p in stances]
    texts = [bodies[p.body_id] for p in stances]
    vocabulary_texts = list(dict.fromkeys(claims)) + [bodies[i] for i in sorted({p.body_id for p in stances})]
    tf = CountVectorizer(max_features=config.vocabulary, stop_words="english").fit(vocabulary_texts)
    tfidf = TfidfVectorizer(max_features=config.vocabulary, stop_words="english").fit(vocabulary_texts)
    for vectorizer in (tf, tfidf):  # the words cut by max_features: unused, and most of the pickle's size
        vectorizer.stop_words_ = None
    dense = _dense(claims, texts) if config.hand_features else None
    scaler = StandardScaler().fit(dense) if dense is not None else None
    x = _features(tf, tfidf, scaler, claims, texts, dense)
    mlp = MLPClassifier(hidden_layer_sizes=(config.hidden,), alpha=config.alpha,
                        batch_size=min(config.batch_size, len(stances)), learning_rate_init=config.learning_rate,
                        max_iter=config.epochs, random_state=config.seed, early_stopping=False,
                        n_iter_no_change=config.epochs, tol=0.0)
    y = np.array([p.stance for p in stances])
    weights = np.array([config.class_weight.get(label, 1.0) for label in y]) if config.class_weight else None
    with warnings.catch_warnings():  # a fixed number of epochs is the design, not a failure to converge
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp.fit(x, y, sample_weight=weights)
    # Adam's moment estimates and early stopping's best-weights copy serve only further training and would
    # make the saved model four times the size of its weights.
    mlp._optimizer = mlp._best_coefs = mlp._best_intercepts = None
    log.info("stance model: %d pairs, %d features, %.1f s", len(stances), x.shape[1], time.perf_counter() - start)
    return StanceModel(tf, tfidf, scaler, mlp, config)


def read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    """The JSON objects of a JSONL file, one a line (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number} is not JSON ({exc.msg})") from exc


def _field(row: Mapping[str, Any], names: tuple[str, ...], path: Path) -> Any:
    for name in names:
        if name in row:
            return row[name]
    raise InputError(f"{path}: a row has none of the fields {', '.join(names)}; is this an FNC-1 file?")


def read_fnc(stances_path: Path, bodies_path: Path) -> tuple[list[StancePair], dict[int, str]]:
    """FNC-1 pairs and bodies from JSONL (``headline``, ``body_id``, ``stance``; ``body_id``, ``text``).

    The original CSV column names (``Headline``, ``Body ID``, ``Stance``, ``articleBody``) are read too.
    """
    for path in (stances_path, bodies_path):
        if not path.is_file():
            raise InputError(f"no file {path}; give the FNC-1 stances and bodies JSONL files")
    bodies = {int(_field(r, ("body_id", "Body ID"), bodies_path)): str(_field(r, ("text", "articleBody"),
                                                                               bodies_path))
              for r in read_jsonl(bodies_path)}
    pairs = [StancePair(str(_field(r, ("headline", "Headline"), stances_path)),
                        int(_field(r, ("body_id", "Body ID"), stances_path)),
                        str(_field(r, ("stance", "Stance"), stances_path)).lower())
             for r in read_jsonl(stances_path)]
    return pairs, bodies


def build_default_model(stances_path: Path, bodies_path: Path, path: Path | None = None,
                        config: StanceConfig | None = None) -> Path:
    """Train on all of the given FNC-1 data and save the model (default: the user cache directory)."""
    pairs, bodies = read_fnc(stances_path, bodies_path)
    return train_stance_model(pairs, bodies, config).save(path or default_model_path())
