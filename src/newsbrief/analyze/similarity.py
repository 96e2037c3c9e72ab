"""Sentence similarity of one document as one sparse TF-IDF matrix: every bulk comparison in linear time.

Key-point selection and the context compare sentences with each other: each
sentence's centrality (mean cosine to all others), PacSum's directed centrality
(cosine to the sentences before and after it) and the MMR redundancy of each
candidate with the points already chosen. Done pair by pair over Python dicts,
that was n^2 cosines: 1.76 million calls and most of the analysis time for a
20,000-word text, and 8x the time for 4x the words at 80,000.

Here the document's sentences are the rows of one L2-normalised TF-IDF matrix
(the arrays of a scipy.sparse CSR matrix), so a cosine is a dot product of rows, and:

- centrality_i = x_i . (sum of all rows) - x_i . x_i: one sparse product, O(nnz);
- before_i = x_i . (sum of the rows before i): per term, a running sum down its
  column (CSC order), so the directed sums are O(nnz) too, never an n x n matrix;
- the similarities of one sentence to all others are one sparse product with its
  row (MMR needs one per chosen point, so O(k * nnz)).

The weights are those the dict version used (sublinear tf ``1 + log(tf)`` times
smooth idf ``log((1 + n) / (1 + df)) + 1``, the same as scikit-learn's
``TfidfVectorizer(sublinear_tf=True)``), so the results equal the old pairwise
sums up to float rounding. scipy.sparse is built directly rather than through
scikit-learn: the terms are already spaCy's content lemmas, and importing
scikit-learn would add its start-up time and memory to every brief for nothing
the three array operations above need. scipy and numpy are core dependencies.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

import numpy as np
from scipy import sparse


class SentenceMatrix:
    """The L2-normalised TF-IDF rows of a document's sentences (one row per sentence).

    Held as the arrays of a CSR matrix; the products run as numpy reductions over them
    (``bincount`` by row), which for a 30-sentence article avoid scipy's per-call cost
    (slicing a row, building a diagonal) that outweighed the arithmetic. ``matrix`` gives
    the scipy CSR matrix itself for callers that want it.
    """

    def __init__(self, terms: Sequence[Sequence[str]]) -> None:
        n = len(terms)
        df: Counter[str] = Counter()
        for bag in terms:
            df.update(dict.fromkeys(bag, 1))  # first-seen order: the same columns (and sums) in every process
        vocabulary = {term: k for k, term in enumerate(df)}
        # idf as the dict version computed it: n counts at least one sentence.
        idf = np.array([math.log((1 + max(n, 1)) / (1 + df[t])) + 1.0 for t in vocabulary])
        indptr: list[int] = [0]
        indices: list[int] = []
        weights: list[float] = []
        for bag in terms:
            counts = Counter(bag)
            indices.extend(vocabulary[t] for t in counts)
            weights.extend(1.0 + math.log(c) for c in counts.values())
            indptr.append(len(indices))
        self.n, self.width = n, len(vocabulary)
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.columns = np.asarray(indices, dtype=np.int64)
        self.rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.indptr))
        data = np.asarray(weights, dtype=np.float64) * idf[self.columns] if indices else np.zeros(0)
        norms = np.sqrt(np.bincount(self.rows, weights=data * data, minlength=n))
        norms[norms == 0] = 1.0  # a sentence without content words stays a zero row (cosine 0)
        self.data = data / norms[self.rows]
        self._total = np.bincount(self.columns, weights=self.data, minlength=self.width)
        self._self = np.bincount(self.rows, weights=self.data * self.data, minlength=n)

    @cached_property
    def matrix(self) -> sparse.csr_matrix:
        """The rows as a scipy CSR matrix."""
        return sparse.csr_matrix((self.data, self.columns, self.indptr), shape=(self.n, self.width))

    def _times(self, vector: np.ndarray) -> np.ndarray:
        """The product of the matrix with a dense term vector: each row's dot with it."""
        product: np.ndarray = np.bincount(self.rows, weights=self.data * vector[self.columns], minlength=self.n)
        return product

    def _row(self, i: int) -> np.ndarray:
        vector = np.zeros(self.width)
        vector[self.columns[self.indptr[i] : self.indptr[i + 1]]] = self.data[self.indptr[i] : self.indptr[i + 1]]
        return vector

    def to_all(self, i: int) -> np.ndarray:
        """Cosine of sentence ``i`` with every sentence (itself included), as a dense vector."""
        return self._times(self._row(i))

    def pair(self, i: int, j: int) -> float:
        """Cosine of sentences ``i`` and ``j``."""
        lo, hi = self.indptr[j], self.indptr[j + 1]
        return float(np.dot(self._row(i)[self.columns[lo:hi]], self.data[lo:hi]))

    def summed(self) -> np.ndarray:
        """For each sentence, the sum of its cosines with all other sentences."""
        return self._times(self._total) - self._self

    def before(self) -> np.ndarray:
        """For each sentence i, the sum of its cosines with sentences 0 .. i-1.

        Down each term's column (rows ascending), an entry's product with the running
        sum of the column above it is its share of the dot with the earlier rows.
        """
        order = np.lexsort((self.rows, self.columns))  # by column, then row
        data = self.data[order]
        counts = np.bincount(self.columns, minlength=self.width)
        # The running sum before each entry, less the sum before its column starts: exactly 0
        # for a column's first entry (the same float subtracted from itself).
        running = np.concatenate(([0.0], np.cumsum(data)))
        starts = running[np.concatenate(([0], np.cumsum(counts)))[:-1]]
        above = running[:-1] - np.repeat(starts, counts)
        before: np.ndarray = np.bincount(self.rows[order], weights=data * above, minlength=self.n)
        return before

    def directed(self) -> tuple[np.ndarray, np.ndarray]:
        """For each sentence, the sums of its cosines with the sentences before it and after it."""
        before = self.before()
        return before, self.summed() - before
