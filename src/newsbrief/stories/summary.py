"""The summary of a story: the points several articles make, each said once, newest first.

A story is told by many outlets over days; its summary must say each thing once
(even when two outlets word it differently), cite every outlet that reports it,
and lead with the most recent development. Unsupervised and extractive, so every
point is a source sentence that can be cited:

* each sentence scores by a model fitted to Multi-News summaries over features of
  its centrality, support, position and words (:mod:`newsbrief.stories.summary_model`),
  or, with ``scorer="handset"``, by its centrality in the story's TF-IDF cosine graph
  (continuous LexRank over the edges between articles), its cross-article support and,
  least, its place in its article. The article brief's penalties scale it for
  sentences a reader cannot use alone (fragments, questions, quote openings, openings
  that point back at something unseen, text cut off mid-sentence), and an article
  unlike the rest of its story weighs less; one sharing almost no words with the rest
  of a story of three or more (a misgrouped page) gives no point at all, nor does
  page furniture or a notice to the reader (:func:`~newsbrief.stories.summary_trim.never_a_point`);
* points are picked by maximal marginal relevance plus concept coverage (the
  words and word pairs other articles also use that no chosen point covers yet,
  per word: :mod:`newsbrief.stories.summary_trim`); a candidate that says the
  same as a chosen point (TF-IDF cosine, or a weaker cosine with the same names
  and numbers, or nearly all its content words inside the point) is never
  picked, and becomes that point's support when it comes from another article;
  a point drops a wire dateline and short parentheticals, so the words go to content;
* points are shown newest development first: a point's date is the earliest
  publication date among the articles that report it (when the story first
  reported it), ties broken by score. The best point by the hand-set score before
  a new development's bonus (what the story is about) is picked first, always.

scikit-learn builds the TF-IDF vectors (sparse, fast, already a dependency of the
clustering); numpy runs the power iteration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer

from newsbrief.analyze.actor_names import Actor, cluster_actors
from newsbrief.analyze.context import content_terms
from newsbrief.analyze.openings import BOILERPLATE, repair_opening
from newsbrief.analyze.summary import is_clause, prefix_length
from newsbrief.compose import repeats
from newsbrief.errors import InputError
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import Citation, Document, Item, KeyPoint, Sentence
from newsbrief.nlp.dates import parse_published
from newsbrief.stories.summary_model import FEATURES, SentenceScorer, WordWeights, feature_matrix, load_scorer
from newsbrief.stories.summary_trim import (
    concept_weights,
    concepts,
    keys,
    never_a_point,
    new_weight,
    opens_dangling,
    trim,
    wire_prefix,
)

# Weights tuned on ../shared/data/multi/multinews_dev.jsonl (250 stories) by ROUGE-1 at a
# 220-word budget, in coarse steps; the dev set was flat around them (each within +-0.2 R1):
# position weight 0.3-1.0 and decay 0.1-1.0, centrality weight 0.5-2.0, support 0-1, MMR lambda 0-1.
# A least-squares fit of each sentence's share of reference words on these features agreed on
# their order: cross-article centrality first, then article relevance and support, position last
# (Multi-News articles are truncated after a few paragraphs, so most sentences are near the lead).
POSITION_DECAY = 0.3  # position prior W_POSITION / (1 + decay * index in the article)
W_POSITION = 0.3
W_CENTRALITY = 1.0  # weight of normalised LexRank centrality
W_SUPPORT = 0.5  # weight of the share of other articles reporting the same content
# Not measurable on Multi-News (undated): a point that only a later article reports is the
# story's development, and the story summary must show it; 0.3 is worth a lead position.
W_NEW = 0.3
DAMPING = 0.85  # PageRank damping, as in LexRank
# Redundancy weight: marginal = score - lambda * max cosine to a chosen point. With concept coverage
# (W_COVERAGE, which already favours new words) 0.25 replaced 0.5: chosen on the even dev stories
# (lambda 0, 0.1, 0.25, 0.5, 1.0: R1 45.89, 45.84, 45.90, 45.70, 45.90), checked on the odd ones
# (45.15, 45.31, 45.25, 45.19, 44.99). Points saying the same thing are excluded whatever lambda is.
# Then the coverage gain was scaled by the stand-alone penalties (dangling openings 0.021 -> 0.015;
# R1 even 45.97, odd 45.04).
MMR_LAMBDA = 0.25
# Centrality counts only edges between articles: what several outlets report is central, while
# an off-topic page's sentences echo only each other (0.0 vs 1.0: +0.1 R1 on dev; 0.3 between).
WITHIN_ARTICLE = 0.0
# "Says the same thing": any of three tests, set by reading cross-article pairs of the dev stories.
# At cosine >= 0.4 pairs were restatements in other words; from 0.2 they were when they also
# shared two names or numbers (the same arrest, date and place told by two outlets, say).
# Lowering both from 0.5 / 0.25 also gave +0.2 R1 on dev.
SAME_COSINE = 0.4
KEYED_COSINE = 0.2
MIN_SHARED_KEYS = 2
KEY_OVERLAP = 0.5  # shared names and numbers / the fewer of the two sentences' names and numbers
CONTAINMENT = 0.8  # share of the shorter sentence's content lemmas inside the other
MIN_CONTAINED_TERMS = 4
# Pairs below this cosine are not tested further (on the dev stories no pair below it passed the
# containment test: 4+ shared content lemmas give a higher cosine).
CHECKED_COSINE = 0.1
# Stand-alone penalties (factors on the score), as in the article summary (analyze/summary.py).
QUESTION_FACTOR = 0.4
QUOTE_FACTOR = 0.8
# A point whose shown text still opens with a pronoun or connective is a last resort: 1.0 took
# dangling openings from 2.3 % to 1.4 % of points for -0.07 R1 (0.3: 2.2 %, 10: 1.1 % for -0.11).
DANGLING_PENALTY = 1.0
UNRESOLVED_FACTOR = 0.3  # stricter than an article's 0.5: a story has more sentences; 0.3-1.0 within 0.1 R1
TRUNCATED_FACTOR = 0.3  # text cut off mid-sentence (feeds' excerpts, truncated archives); 1.0: -0.35 R1
# Page furniture by the article brief's phrases or any ingest furniture rule, shape included: a
# feature of the learned scorer (fitted with it); the kinds reporting never has are no point at all.
BOILERPLATE_FACTOR = 0.1
# A sentence opening in lower case is the tail of a wrong split ("okafor – who ..." after a quote):
# unreadable alone. 0.5 cost 0.1 R1 on dev; kept for the reader.
LOWER_START_FACTOR = 0.5
# An article unlike the rest of its story (a misgrouped or boilerplate page) weighs less: each
# sentence's score is scaled by floor + (1 - floor) * the article's relative relevance (stories of
# 3+ articles). 0.2 gave +0.45 R1 on dev (0.5: +0.3, 0.0: +0.4).
ARTICLE_FLOOR = 0.2
# An article whose mean TF-IDF cosine to the rest of its story (3+ articles) is under this shares
# almost no words with it (a misgrouped page, a tweet widget, a web-archive or subscription notice):
# it gives no point. Dev ROUGE-1 was alike for 0.02-0.06; 0.04 flagged 63 of the 428 documents of
# 3+ stories, 71 % of them marked as noise by Multi-News+ (the rest mostly articles on another story).
OFF_TOPIC_COSINE = 0.04
NOT_CLAUSE_PENALTY = 10.0  # a fragment without a verb: last resort only
# The learned score's top within a story, as the hand-set score's. 3.0 gave 46.17 cross-half R1 but
# 3.3 % dangling openings (it outweighs DANGLING_PENALTY); scaling that penalty alike, 46.04.
W_LEARNED = 1.5
# LEARNED_FACTORS: on the learned path all factors (cross-half R1 45.88), their square root (46.01) or
# only the cut-off and lower-case ones (46.06); chosen on the even half (46.47, 46.61, 46.68), the odd
# agreed (45.30, 45.41, 45.44). Without the cut-off factor too: 46.31 but 7.8 % of points cut off.
# Concept coverage (Gillick & Favre 2009) added to the marginal relevance: the weight of the words
# and word pairs other articles also use that no chosen point covers yet, per word of the point.
# Chosen on the even-indexed stories of ../shared/data/multi/multinews_dev.jsonl (0, 1, 2, 4 tried:
# ROUGE-1 45.67, 45.66, 45.70, 45.59) and checked on the odd ones (44.94, 45.11, 45.19, 45.11).
W_COVERAGE = 2.0
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$|[\"'”’]$")


@dataclass(frozen=True, slots=True)
class StoryPoint:
    """One point of a story's summary: a cited source sentence and who else reports it.

    ``text`` is what is shown (a dangling opening repaired in brackets, a dateline
    dropped); ``start``/``end`` are offsets of the cited span in article ``article_id``.
    ``support`` cites the sentences of other articles that say the same thing;
    ``first_reported`` is the earliest publication date among them and the point's own.
    """

    text: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    published: date | None
    score: float
    support: tuple[Citation, ...] = ()
    first_reported: date | None = None

    @property
    def citation(self) -> Citation:
        """The citation of the point's own sentence."""
        return Citation(self.sentence_id, self.start, self.end, self.article_id)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The point's own citation, then one per other article reporting it."""
        return (self.citation, *self.support)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence of the story with what scoring and redundancy need."""

    doc: int
    sentence: Sentence
    terms: tuple[str, ...]
    keys: frozenset[str]
    published: date | None


def _units(docs: Sequence[Document]) -> list[_Unit]:
    units = []
    for k, doc in enumerate(docs):
        published = parse_published(doc.article.source.date)
        for sentence in doc.sentences:
            terms = tuple(content_terms(doc.sentence_tokens(sentence)))
            units.append(_Unit(k, sentence, terms, keys(doc, sentence), published))
    return units


def similarity_matrix(term_lists: Sequence[Sequence[str]]) -> NDArray[np.float64]:
    """Cosine similarities of TF-IDF vectors (sublinear tf, smoothed idf) of the given term lists."""
    n = len(term_lists)
    if not any(term_lists):
        return np.zeros((n, n))
    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True)
    matrix = vectorizer.fit_transform([list(t) for t in term_lists])
    return np.asarray((matrix @ matrix.T).toarray(), dtype=np.float64)


def pagerank(weights: NDArray[np.float64], damping: float = DAMPING, iterations: int = 100) -> NDArray[np.float64]:
    """PageRank of a weighted graph (dense, non-negative); isolated nodes keep the teleport share."""
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    out = weights.sum(axis=1)
    transition = np.divide(weights, out[:, None], out=np.zeros_like(weights), where=out[:, None] > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * (transition.T @ scores)
        if np.abs(new - scores).sum() < 1e-9:
            return np.asarray(new, dtype=np.float64)
        scores = new
    return scores


def same_point(a: _Unit, b: _Unit, cosine: float) -> bool:
    """True when two sentences say the same thing (see the module docstring)."""
    if cosine >= SAME_COSINE:
        return True
    shared = len(a.keys & b.keys)
    if cosine >= KEYED_COSINE and shared >= MIN_SHARED_KEYS \
            and shared / min(len(a.keys), len(b.keys)) >= KEY_OVERLAP:
        return True
    ta, tb = set(a.terms), set(b.terms)
    shorter = min(len(ta), len(tb))
    return shorter >= MIN_CONTAINED_TERMS and len(ta & tb) / shorter >= CONTAINMENT


def _same_matrix(units: Sequence[_Unit], sim: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Which pairs say the same thing; the set tests run only on pairs with some similarity."""
    same = sim >= SAME_COSINE
    for i, j in zip(*np.nonzero(np.triu((sim > CHECKED_COSINE) & ~same, k=1)), strict=True):
        same[i, j] = same[j, i] = same_point(units[i], units[j], float(sim[i, j]))
    np.fill_diagonal(same, False)
    return same


def _standalone_factor(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> float:
    """Penalties for a sentence a reader cannot use on its own."""
    text = sentence.text.rstrip()
    factor = 1.0
    if text.endswith("?"):
        factor *= QUESTION_FACTOR
    if text[:1] in "\"“'‘":
        factor *= QUOTE_FACTOR
    if text[:1].islower():
        factor *= LOWER_START_FACTOR
    if not _ENDS_SENTENCE.search(text):
        factor *= TRUNCATED_FACTOR
    if BOILERPLATE.search(text) or furniture_kind(text) is not None:
        factor *= BOILERPLATE_FACTOR
    if repair_opening(doc, sentence, actors) is None:
        factor *= UNRESOLVED_FACTOR
    return factor


def _article_relevance(units: Sequence[_Unit], count: int) -> tuple[list[float], list[bool]]:
    """How much each article is about what the others are about: its mean TF-IDF cosine to the
    rest of the story, relative to the most related article (1.0 for all when fewer than 3); and
    which articles are off the story (mean cosine under OFF_TOPIC_COSINE in a story of 3 or more)."""
    if count < 3:
        return [1.0] * count, [False] * count
    bags: list[list[str]] = [[] for _ in range(count)]
    for unit in units:
        bags[unit.doc].extend(unit.terms)
    sim = similarity_matrix(bags)
    np.fill_diagonal(sim, 0.0)
    related = sim.sum(axis=1) / (count - 1)
    top = float(related.max()) or 1.0
    off = [bool(r < OFF_TOPIC_COSINE) for r in related]
    return [float(r) / top for r in related], off if not all(off) else [False] * count


def _is_development(published: date | None, first_day: date | None, others: Sequence[date | None]) -> bool:
    """True when a later article than the story's first reports it and no earlier one does."""
    if published is None or first_day is None or published <= first_day:
        return False
    return not any(day is not None and day < published for day in others)


def _columns(docs: Sequence[Document], units: Sequence[_Unit], sim: NDArray[np.float64],
             same: NDArray[np.bool_], actors: Sequence[Sequence[Actor]]) -> dict[str, NDArray[np.float64]]:
    """Per sentence: centrality (normalised cross-article LexRank), support (share of other articles
    saying the same), stand-alone factor, clause or not, article relevance, article off-topic."""
    article = np.array([u.doc for u in units])
    graph = sim.copy()
    np.fill_diagonal(graph, 0.0)
    if len(docs) > 1:
        graph[article[:, None] == article[None, :]] *= WITHIN_ARTICLE
    centrality = pagerank(graph)
    others = max(len(docs) - 1, 1)
    relevance, off_topic = _article_relevance(units, len(docs))
    return {
        "centrality": centrality / (centrality.max() or 1.0),
        "support": np.array([len(set(article[same[i] & (article != u.doc)].tolist())) / others
                             for i, u in enumerate(units)], dtype=np.float64),
        "standalone": np.array([_standalone_factor(docs[u.doc], u.sentence, actors[u.doc]) for u in units]),
        "clause": np.array([float(is_clause(docs[u.doc], u.sentence)) for u in units]),
        "article_relevance": np.array([relevance[u.doc] for u in units], dtype=np.float64),
        "off_topic": np.array([float(off_topic[u.doc]) for u in units]),
        "furniture": np.array([float(never_a_point(u.sentence.text)) for u in units]),
        "unreadable": np.array([(TRUNCATED_FACTOR if not _ENDS_SENTENCE.search(u.sentence.text.rstrip()) else 1.0)
                                * (LOWER_START_FACTOR if u.sentence.text[:1].islower() else 1.0) for u in units]),
        "dangling": np.array([float(opens_dangling(repair_opening(docs[u.doc], u.sentence, actors[u.doc])
                                                   or u.sentence.text)) for u in units]),
    }


def _scores(docs: Sequence[Document], units: Sequence[_Unit], sim: NDArray[np.float64],
            same: NDArray[np.bool_], actors: Sequence[Sequence[Actor]], scorer: SentenceScorer | None
            ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Each sentence's score (hand-set, or ``scorer``'s scaled to its range; times the penalty factor),
    its development bonus (W_NEW), its penalty factor, and its hand-set score without the bonus
    (what the story leads with). Off-topic articles' sentences (OFF_TOPIC_COSINE) score -inf."""
    columns = _columns(docs, units, sim, same, actors)
    off = (columns["off_topic"] > 0) | (columns["furniture"] > 0)
    article = np.array([u.doc for u in units])
    dates = [u.published for u in units]
    first_day = min((d for d in dates if d is not None), default=None)
    factors = columns["standalone"] * (ARTICLE_FLOOR + (1 - ARTICLE_FLOOR) * columns["article_relevance"])
    bonus = np.array([
        W_NEW * factors[i] if _is_development(
            u.published, first_day, [dates[j] for j in np.flatnonzero(same[i] & (article != u.doc))]) else 0.0
        for i, u in enumerate(units)])
    hand = W_POSITION / (1.0 + POSITION_DECAY * np.array([u.sentence.index for u in units])) \
        + W_CENTRALITY * columns["centrality"] + W_SUPPORT * columns["support"]
    penalty = NOT_CLAUSE_PENALTY * (1.0 - columns["clause"]) + DANGLING_PENALTY * columns["dangling"]
    lead = (hand - penalty) * factors
    if scorer is None:
        scores = lead + bonus
    else:
        learned = scorer.score(feature_matrix(docs, units, sim, columns, scorer.words))
        # The learned score is centred on the story's mean: shifted to start at zero over the sentences that may
        # be points, so a factor below 1 always lowers it, and scaled to 0..W_LEARNED, the hand-set range, so
        # redundancy and coverage keep their weight. Only the factors for what a reader sees broken (cut off,
        # lower-case start) apply: the model has the stand-alone and article-relevance features (LEARNED_FACTORS).
        usable = learned[~off] if (~off).any() else learned
        low, spread = float(usable.min()), float(usable.max() - usable.min()) or 1.0
        scores = (W_LEARNED * (learned - low) / spread - penalty) * columns["unreadable"] + bonus
    scores[off] = lead[off] = -np.inf
    return scores, bonus, factors, lead


def sentence_features(docs: Sequence[Document], lexical: WordWeights | None = None) -> tuple[tuple[Sentence, ...],
                                                                                             NDArray[np.float64]]:
    """Every sentence of the story and its row of :data:`~newsbrief.stories.summary_model.FEATURES` (what
    ``benchmarks/train_summary_scorer.py`` fits on; the ``lexical`` column is zero without ``lexical``)."""
    units = _units(docs)
    if not units:
        return (), np.zeros((0, len(FEATURES)))
    sim = similarity_matrix([u.terms for u in units])
    same = _same_matrix(units, sim)
    columns = _columns(docs, units, sim, same, [cluster_actors(doc) for doc in docs])
    return tuple(u.sentence for u in units), feature_matrix(docs, units, sim, columns, lexical)


def _support(i: int, units: Sequence[_Unit], sim: NDArray[np.float64], same: NDArray[np.bool_]) -> list[int]:
    """For each other article, its sentence most like point ``i`` among those saying the same."""
    best: dict[int, int] = {}
    for j in np.flatnonzero(same[i]).tolist():
        k = units[j].doc
        if k != units[i].doc and (k not in best or sim[i, j] > sim[i, best[k]]):
            best[k] = j
    return sorted(best.values(), key=lambda j: (units[j].doc, units[j].sentence.index))


def _point(docs: Sequence[Document], units: Sequence[_Unit], i: int, score: float, support: list[int],
           actors: Sequence[Actor]) -> StoryPoint:
    unit = units[i]
    sentence = unit.sentence
    text = repair_opening(docs[unit.doc], sentence, actors) or sentence.text
    skip = prefix_length(sentence.text) or wire_prefix(sentence.text)
    start = sentence.start
    if skip and text.startswith(sentence.text[:skip]):
        text, start = text[skip:], sentence.start + skip
    text = trim(text)
    cited = [units[j] for j in support]
    dates = [u.published for u in (unit, *cited) if u.published is not None]
    return StoryPoint(
        text=text, article_id=sentence.article_id, sentence_id=sentence.id, start=start, end=sentence.end,
        published=unit.published, score=float(score),
        support=tuple(Citation(u.sentence.id, u.sentence.start, u.sentence.end, u.sentence.article_id)
                      for u in cited),
        first_reported=min(dates, default=None),
    )


def _order_key(point: StoryPoint) -> tuple[int, bool, float]:
    """Newest development first (undated after dated), a quotation after its day's statements, by score."""
    day = point.first_reported
    return (-day.toordinal() if day is not None else 0, point.text[:1] in "\"“'‘", -point.score)


LATEST_LEAD_SENTENCES = 3  # how far into the newest article its development is looked for: news leads with it


def _latest_development(units: Sequence[_Unit], lead: NDArray[np.float64], chosen: Sequence[int]) -> int | None:
    """When no chosen point comes from the story's newest article (later than its first), that
    article's best lead sentence by ``lead`` (the hand-set score: what news leads with): what
    happened last belongs in the summary even when earlier articles share its names (a committee
    vote "a day after the signing" is news of its own)."""
    dates = [u.published for u in units if u.published is not None]
    if not dates or min(dates) == max(dates):
        return None
    newest = max(dates)
    if any(units[c].published == newest for c in chosen):
        return None
    candidates = [i for i, u in enumerate(units) if u.published == newest and u.sentence.index < LATEST_LEAD_SENTENCES
                  and np.isfinite(lead[i])
                  and not any(repeats(u.sentence.text, units[c].sentence.text) for c in chosen)]
    return max(candidates, key=lambda i: float(lead[i])) if candidates else None


def _shown_words(unit: _Unit) -> int:
    """Words of the sentence as a point shows it (dateline and short parentheticals dropped)."""
    text = unit.sentence.text
    return max(len(trim(text[prefix_length(text) or wire_prefix(text):]).split()), 1)


def _select(docs: Sequence[Document], units: Sequence[_Unit], sim: NDArray[np.float64], same: NDArray[np.bool_],
            scored: tuple[NDArray[np.float64], NDArray[np.float64]], about: int, limit: int,
            max_words: int | None) -> list[int]:
    """Points by maximal marginal relevance plus concept coverage, starting with ``about``; a candidate saying
    the same as a chosen point is never picked. ``scored`` holds the scores and their penalty factors, which
    weigh a candidate's coverage too: a sentence a reader cannot use alone must not get in by its words."""
    scores, factors = scored
    found = [concepts(docs[u.doc], u.sentence) for u in units]
    weights = concept_weights(found, [u.doc for u in units])
    lengths = [_shown_words(u) for u in units]
    remaining = {i for i in range(len(units)) if np.isfinite(scores[i])} - {about}
    chosen = [about]
    covered = set(found[about])
    words = lengths[about]
    while remaining and len(chosen) < limit and (max_words is None or words < max_words):
        def marginal(i: int) -> float:
            overlap = max((float(sim[i, c]) for c in chosen), default=0.0)
            gain = factors[i] * new_weight(found[i], covered, weights) / lengths[i] if weights else 0.0
            return float(scores[i]) - MMR_LAMBDA * overlap + W_COVERAGE * gain

        best = max(sorted(remaining), key=marginal)
        remaining.discard(best)
        if any(same[best, c] for c in chosen):
            continue
        chosen.append(best)
        covered.update(found[best])
        words += lengths[best]
    return chosen


def summarize_story(docs: Sequence[Document], *, limit: int = 5, max_words: int | None = None,
                    scorer: SentenceScorer | Literal["handset"] | None = None) -> tuple[StoryPoint, ...]:
    """The story's summary points, newest development first.

    At most ``limit`` points; with ``max_words``, points are added until their words
    reach it (the last one may pass it). No two points say the same thing; each
    point's ``support`` cites the other articles' sentences that say what it says.
    Sentences are ranked by ``scorer`` (default: the shipped learned scorer,
    :func:`newsbrief.stories.summary_model.load_scorer`) or, with ``"handset"``, by the
    hand-set score; the first point and a dated story's latest development are chosen
    by the hand-set score either way. Page furniture and notices are never points.
    """
    if limit < 1:
        raise InputError(f"a story summary needs limit >= 1 point, not {limit}")
    units = _units(docs)
    if not units:
        return ()
    sim = similarity_matrix([u.terms for u in units])
    same = _same_matrix(units, sim)
    actors = [cluster_actors(doc) for doc in docs]
    learned = scorer if isinstance(scorer, SentenceScorer) else None if scorer == "handset" else load_scorer()
    scores, bonus, factors, lead = _scores(docs, units, sim, same, actors, learned)
    if not np.isfinite(lead).any():
        return ()  # nothing but page furniture and notices
    same &= np.isfinite(lead)[None, :]  # nor do they support a point
    # What the story is about comes first whatever is newest: the best score without the bonus.
    about = int(np.argmax(lead))
    chosen = _select(docs, units, sim, same, (scores, factors), about, limit, max_words)
    latest = _latest_development(units, lead + bonus, chosen) if limit > 1 else None
    if latest is not None:
        full = len(chosen) >= limit or (max_words is not None
                                         and sum(_shown_words(units[c]) for c in chosen) >= max_words)
        chosen = [*chosen[:-1], latest] if full and len(chosen) > 1 else [*chosen, latest]
    points = [_point(docs, units, i, float(scores[i]), _support(i, units, sim, same), actors[units[i].doc])
              for i in chosen]
    ordered = sorted(points, key=_order_key)
    if latest is not None:  # the latest development leads, whatever earlier articles share with it
        first = points[-1]
        ordered = [first, *(p for p in ordered if p is not first)]
    return tuple(ordered)


def summary_items(points: Sequence[StoryPoint]) -> tuple[Item, ...]:
    """The points as the story brief's summary items (``brief_story(..., given={"summary": ...})``):
    in the points' order, each citing its sentence and its support, ranked by score in the payload."""
    ranks = {id(p): rank for rank, p in enumerate(sorted(points, key=lambda p: -p.score), start=1)}
    return tuple(Item(text=p.text, citations=p.citations, payload=KeyPoint(rank=ranks[id(p)])) for p in points)
