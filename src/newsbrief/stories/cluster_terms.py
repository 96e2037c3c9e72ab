"""The part of an article's clustering features that needs no clusterer state: its hashed term counts.

Tokenising an article, hashing its words, names and figures into buckets, and finding its years
and featured names depend only on the article and the clusterer's settings, never on the stories
or the running IDF. :func:`article_terms` does that part, so a caller can do it where the
annotation is done (a worker process of a batch, or outside the timed assignment step of
``benchmarks/cluster_stream.py``) and hand the result to :meth:`StoryClusterer.add
<newsbrief.stories.cluster.StoryClusterer.add>`; everything that reads or changes the state (the
IDF counts, the TF-IDF weights, candidates, scoring, joins, splits, merges) stays in ``add``.
Without it ``add`` calls :func:`article_terms` itself: the result is the same either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.stories import vectors as vec
from newsbrief.stories.cluster_regroup import key_names, years_named
from newsbrief.stories.cluster_settings import ClusterSettings
from newsbrief.stories.items import ClusterItem


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """One article's hashed term counts and the other state-free parts of its features.

    ``priors`` holds each counted bucket's expected document share (None when the IDF prior is off).
    """

    counts: dict[int, float]
    entity_counts: dict[int, float]
    number_counts: dict[int, float]
    priors: dict[int, float] | None
    years: vec.Vector
    keys: dict[int, int]
    evidence: float


def article_terms(item: ClusterItem, s: ClusterSettings, keys_wanted: bool) -> ArticleTerms:
    """The state-free features of ``item`` under settings ``s`` (``keys_wanted``: find its featured names).

    The title and first line count ``lead_weight`` times in total; their extra counts get no prior of
    their own (a lead word the body lacks gets prior 0), as before this part was split out.
    """
    lead = " ".join(part for part in (item.title, item.text[: s.lead_chars].split("\n", 1)[0]) if part)
    priors: dict[int, float] | None = {} if s.prior_documents > 0 else None
    counts = vec.term_counts("w", [(w, 1.0) for w in vec.words(item.text)], priors)
    vec.add_into(counts, vec.term_counts("w", [(w, 1.0) for w in vec.words(lead)]), s.lead_weight - 1.0)
    entity_counts = vec.term_counts("e", [(t, 1.0) for t in vec.entity_terms(item.entities)], priors)
    number_counts = vec.term_counts("n", [(n, 1.0) for n in vec.numbers(item.text)], priors)
    years = vec.normalised(vec.term_counts("y", [(y, 1.0) for y in years_named(item)]))
    keys = key_names(item, s.contrast_lead) if keys_wanted else {}
    evidence = min(1.0, len(item.entities) / s.evidence_names) if s.evidence_names > 0 else 1.0
    return ArticleTerms(counts, entity_counts, number_counts, priors, years, keys, evidence)

