"""Sparse article vectors with an online IDF, for clustering articles as they arrive.

Articles come one at a time, so the IDF cannot be fitted on a corpus first:
:class:`RunningIdf` counts document frequencies over the articles seen so far
(the IDF never looks at an article's future). Terms are hashed into a fixed
number of buckets with CRC-32 (stable across processes, unlike ``hash()``), so
the table's memory is bounded however long the stream runs, and its state is
a plain dict that serialises to JSON. Vectors are ``dict[int, float]``: an
article has a few hundred terms, and dict arithmetic over them is faster than
building a scipy matrix per article. Stop words are scikit-learn's English
list (scikit-learn is already a dependency; no second list to keep).

The first articles of a stream would get a cold IDF (every word is rare among
three documents), so the running counts are blended with a prior from general
English word frequencies (``wordfreq``: a small, maintained package whose
tables come from Wikipedia, subtitles, news, books and the web, none of them
the evaluation data): each term counts as if ``prior_documents`` earlier
articles had contained it at the rate its frequency predicts
(see :func:`prior_share`). As the stream grows, the observed counts dominate.

Memory stays flat on an endless stream (benchmarks/cluster_stream.py): every
table here is either fixed-size (the document frequencies, and the prior of
each hashed bucket, looked up once per bucket) or a bounded LRU cache; an
earlier unbounded-in-practice LRU of 131k terms per cache and a set of every
non-zero counter grew the process by 36 MB between 40k and 100k articles.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import zlib
from array import array
from collections.abc import Iterable, Mapping
from itertools import repeat

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from wordfreq import get_frequency_dict
from wordfreq.numbers import digit_freq, smash_numbers
from wordfreq.tokens import lossy_tokenize

Vector = dict[int, float]

BUCKETS = 1 << 20  # ~1M buckets: collisions are rare for a news vocabulary, the table stays a few MB
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,:]\d+)*(?![\w])")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "s", "t", "mr", "mrs", "ms"}
DOCUMENT_TOKENS = 500.0  # tokens of a typical news article, turning a word's frequency into a document share


# A dict hit is cheaper than encoding and hashing the same word again; 32k words cover a day's
# working vocabulary (the synthetic stream's ~30k), and the cache stops growing once it is full.
FEATURE_CACHE = 1 << 15
PRIOR_CACHE = 1 << 14  # prior_share by term (the clusterer looks priors up by bucket, see BucketPriors)


@functools.lru_cache(maxsize=FEATURE_CACHE)
def feature(namespace: str, term: str) -> int:
    """The hashed bucket of ``term`` in ``namespace`` (words and entities do not share buckets by design)."""
    return zlib.crc32(f"{namespace}:{term}".encode()) % BUCKETS


def words(text: str) -> list[str]:
    """Lower-cased content words of ``text`` (stop words and one-letter tokens dropped)."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]


def numbers(text: str) -> list[str]:
    """The numbers of ``text`` as written ("6.1", "7:30", "2012"; thousands separators dropped).

    Two events of the same kind (two earthquakes, two shootings) share their
    words but rarely their magnitudes, tolls, times and years.
    """
    return [n.replace(",", "") for n in _NUMBER.findall(text)]


_YEAR = re.compile(r"(?<![\w.,:$£€])(?:19[5-9]\d|20\d\d)(?![\w%]|[.,:]\d)")


def years(text: str) -> list[str]:
    """The years ``text`` names (1950-2099), once per mention ("in 2008", "July 8, 2012").

    Two events of the same kind are usually years apart, and a report names
    its event's year far more often than any other; a date line carries it too.
    """
    return _YEAR.findall(text)


def entity_terms(entities: Iterable[str]) -> list[str]:
    """Normalised entity names plus their single words.

    "Tara Reid" also yields "reid", so a later "Reid" matches; a leading
    "the" and a possessive are dropped ("the Promises Treatment Center's").
    """
    terms: list[str] = []
    for entity in entities:
        name = re.sub(r"^the\s+|'s$|’s$", "", entity.strip().lower())
        parts = words(name)
        if not parts:
            continue
        terms.append(" ".join(parts))
        if len(parts) > 1:
            terms.extend(parts)
    return terms


@functools.lru_cache(maxsize=PRIOR_CACHE)
def prior_share(term: str) -> float:
    """The share of news articles expected to contain ``term``, from its general English frequency.

    A word of frequency f appears in a document of L tokens with probability
    1 - exp(-L f) (Poisson); words wordfreq does not know (rare names) get 0.
    """
    return _prior_share(term)


def _prior_share(term: str) -> float:
    if " " in term or any(c.isdigit() for c in term):
        frequency = _phrase_frequency(term)  # wordfreq's rules for phrases and digits (slow: tokenizes)
    else:
        frequency = _frequencies().get(term, 0.0)  # a plain word: one dict lookup, ~50x faster
    return 1.0 - math.exp(-DOCUMENT_TOKENS * frequency)


def _phrase_frequency(term: str) -> float:
    """wordfreq's ``word_frequency(term, "en")`` (without its rounding to 3 digits) from its public parts.

    ``word_frequency`` keeps every phrase and number it was asked about in a cache of up to
    100,000 entries (about 20 MB); the clusterer asks once per bucket (:class:`BucketPriors`), so
    that cache only grew the process on an endless stream. Tokens combine as 1/f = sum(1/f_i);
    a token with digits counts as its digit shape times wordfreq's distribution of digit values.
    """
    tokens = lossy_tokenize(term, "en")
    if not tokens:
        return 0.0
    frequencies = _frequencies()
    inverse = 0.0
    for token in tokens:
        shape = smash_numbers(token)
        frequency = frequencies.get(shape)
        if not frequency:
            return 0.0  # wordfreq: any unknown token makes the phrase unknown
        if shape != token:
            frequency *= digit_freq(token)
        inverse += 1.0 / frequency
    return 1.0 / inverse


@functools.lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("en")


class BucketPriors:
    """:func:`prior_share` of each hashed bucket, computed the first time the bucket is seen.

    A flat array of BUCKETS doubles (8 MB, allocated on first use), so the prior of a term is
    looked up in O(1) however many distinct terms an endless stream brings (an LRU keyed by term
    grew by about 200 bytes per new term, and an evicted phrase or number costs wordfreq's slow
    path again). Terms sharing a bucket share its prior, as they already share its document count.
    """

    __slots__ = ("_table",)
    UNSET = -1.0

    def __init__(self) -> None:
        self._table: array[float] | None = None

    def share(self, key: int, term: str) -> float:
        """The expected document share of bucket ``key``, first computed from ``term``."""
        if self._table is None:
            self._table = array("d", [self.UNSET]) * BUCKETS
        value = self._table[key]
        if value < 0.0:
            value = self._table[key] = _prior_share(term)
        return value


_BUCKET_PRIORS = BucketPriors()


def term_counts(namespace: str, weighted_terms: Iterable[tuple[str, float]],
                priors: dict[int, float] | None = None) -> dict[int, float]:
    """Sum of the weights of each hashed term; ``priors`` (if given) gets each term's prior share.

    The prior share is :func:`prior_share` of the first term seen in the same bucket (see :class:`BucketPriors`).
    """
    counts: dict[int, float] = {}
    for term, weight in weighted_terms:
        key = feature(namespace, term)
        if priors is not None and key not in counts:
            priors[key] = _BUCKET_PRIORS.share(key, term)
        counts[key] = counts.get(key, 0.0) + weight
    return counts


class RunningIdf:
    """Document frequencies over the articles seen so far; IDF as scikit-learn's smooth IDF.

    The table is a flat array of BUCKETS counters (4 MB), so it does not grow with the stream.
    """

    __slots__ = ("df", "n", "used")

    def __init__(self, df: Mapping[int, int] | None = None, n: int = 0) -> None:
        self.df = array("I", bytes(4 * BUCKETS))
        # The non-zero counters, so that saving the state (after every article filed into a story
        # in the library) does not scan all BUCKETS counters: that scan took 0.28 s an article.
        # A flat array of 4-byte keys, each appended once (at most BUCKETS of them): a set of
        # Python ints cost about 70 bytes a key and grew with every new word of the stream.
        self.used = array("I")
        for key, count in (df or {}).items():
            if count and not self.df[key]:
                self.used.append(key)
            self.df[key] = count
        self.n = n

    def add(self, keys: Iterable[int]) -> None:
        """Count one article whose distinct features are ``keys``."""
        self.n += 1
        df = self.df
        for key in set(keys):
            if not df[key]:
                self.used.append(key)
            df[key] += 1

    def idf(self, key: int, prior: float = 0.0, prior_documents: float = 0.0) -> float:
        """Smoothed IDF, ln((1 + n) / (1 + df)) + 1, of one feature.

        With ``prior_documents`` > 0 the counts are blended with that many
        pseudo-articles holding the feature at its expected share ``prior``.
        """
        return math.log((1 + self.n + prior_documents) / (1 + self.df[key] + prior_documents * prior)) + 1.0

    def state(self) -> dict[str, object]:
        """JSON-serialisable state: the article count and the non-zero counters."""
        return {"n": self.n, "df": {str(k): self.df[k] for k in sorted(self.used)}}

    @classmethod
    def from_state(cls, state: Mapping[str, object]) -> RunningIdf:
        """Rebuild from :meth:`state`."""
        raw = state.get("df", {})
        df = {int(k): int(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        n = state.get("n", 0)
        return cls(df, int(n) if isinstance(n, int) else 0)


def tfidf(counts: Mapping[int, float], idf: RunningIdf, priors: Mapping[int, float] | None = None,
          prior_documents: float = 0.0) -> Vector:
    """L2-normalised sublinear-tf (1 + ln tf) times IDF vector of term counts.

    ``priors`` holds each feature's expected document share, weighed as ``prior_documents`` articles.
    """
    if priors and prior_documents > 0:
        vector = {k: (1.0 + math.log(c)) * idf.idf(k, priors.get(k, 0.0), prior_documents)
                  for k, c in counts.items() if c > 0}
    else:
        vector = {k: (1.0 + math.log(c)) * idf.idf(k) for k, c in counts.items() if c > 0}
    return normalised(vector)


def normalised(vector: Mapping[int, float]) -> Vector:
    """``vector`` scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm > 0 else {}


def dot(small: Mapping[int, float], large: Mapping[int, float]) -> float:
    """Dot product; iterate the shorter mapping."""
    if len(small) > len(large):
        small, large = large, small
    # map() over C-level callables: about twice as fast as a generator expression on the hot path
    return float(sum(map(operator.mul, small.values(), map(large.get, small.keys(), repeat(0.0)))))


def add_into(target: dict[int, float], vector: Mapping[int, float], scale: float = 1.0) -> None:
    """target += scale * vector, in place."""
    for k, v in vector.items():
        target[k] = target.get(k, 0.0) + scale * v


def top_terms(vector: Mapping[int, float], k: int) -> list[int]:
    """The ``k`` heaviest features of ``vector``."""
    if len(vector) <= k:
        return sorted(vector, key=vector.__getitem__, reverse=True)
    return sorted(vector, key=vector.__getitem__, reverse=True)[:k]  # C sort: faster than heapq here
