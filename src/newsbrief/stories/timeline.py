"""Timeline summarization: the dates that matter in a story, each told in a few cited sentences.

A story's history is spread over many articles: the same day is reported on that day,
recalled days later ("on Monday", "since the February 17 uprising") and announced
before. The timeline picks the dates the collection keeps coming back to
(:mod:`newsbrief.stories.timeline_rank`: how many articles refer to a date, how many
were published on it, and how soon after it they did), then tells each date with the
sentences that say what happened on it (:mod:`newsbrief.stories.timeline_select`:
the sentences dated to it and the leads of the articles published on it, ranked by
how central they are to that date's reports, no two saying the same thing). A
sentence that several articles repeat is one statement citing every one of them.

The design follows the date-wise approach of Gholipour Ghalandari & Ifrim (2020,
"Examining the state of the art in news timeline summarization"), without their
supervised date ranker, and with the rule-based date resolver of :mod:`newsbrief.nlp`
instead of HeidelTime so that it runs on plain text in seconds (no parse needed).

Input is annotated :class:`~newsbrief.models.Document` objects, or, for large
collections, :class:`TimelineArticle` records built from plain sentences
(:meth:`TimelineArticle.from_lines`); citations name the article and sentence either way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsbrief.errors import InputError
from newsbrief.models import Article, Citation, Document
from newsbrief.nlp.dates import parse_published
from newsbrief.stories.timeline_rank import DayStats, PoolSentence, day_statistics, rank_days
from newsbrief.stories.timeline_select import SentenceSpace, centroid_opt, day_pool, summarize_day

# A sentence: the shortest run of text up to a terminal mark that is followed by space
# and a capital or quote and is not an abbreviation's (a capital letter then a full stop,
# a short abbreviation like "Feb." or "Mr.", or "p.m."), or up to a blank line.
_SENTENCE = re.compile(
    r"\S.*?(?:(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Za-z][a-z]{2})(?<!\.[a-z])[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(A-Z0-9])"
    r"|(?=\n\s*\n)|$)",
    re.S,
)

# PUBCOUNT as published drops only exact repeats (cosine above this).
EXACT_REPEAT = 0.9999

__all__ = [
    "Timeline",
    "TimelineArticle",
    "TimelineEntry",
    "TimelineSentence",
    "build_timeline",
    "pubcount_timeline",
    "timeline_dict",
]


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    """One sentence of an article: its text, id (``s1``, ``s2``, ...) and offsets into the article text."""

    text: str
    sentence_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineArticle:
    """What the timeline needs of an article: its id, publication date and sentences."""

    article_id: str
    published: date | None
    sentences: tuple[TimelineSentence, ...]

    @classmethod
    def from_document(cls, doc: Document) -> TimelineArticle:
        """The timeline's view of an annotated document (its spaCy sentences and source date)."""
        article = doc.article
        return cls(
            article.id,
            parse_published(article.source.date),
            tuple(TimelineSentence(s.text, s.id, s.start, s.end) for s in doc.sentences),
        )

    @classmethod
    def from_article(cls, article: Article) -> TimelineArticle:
        """The timeline's view of an extracted article, split into sentences by rule, without a parse.

        For collections too large to annotate: a sentence ends at ``.``, ``!`` or ``?`` (and
        a closing quote) before a capital or an opening quote, or at a paragraph break; an
        abbreviation's full stop ("Feb. 14", "U.S. officials") ends none.
        """
        sentences: list[TimelineSentence] = []
        for m in _SENTENCE.finditer(article.text):
            text = m.group().strip()
            if text:
                start = m.start() + (len(m.group()) - len(m.group().lstrip()))
                sentences.append(TimelineSentence(text, f"s{len(sentences) + 1}", start, start + len(text)))
        return cls(article.id, parse_published(article.source.date), tuple(sentences))

    @classmethod
    def from_lines(cls, article_id: str, published: date | None, lines: Sequence[str]) -> TimelineArticle:
        """An article given as one sentence per line; offsets are into the lines joined by newlines."""
        sentences: list[TimelineSentence] = []
        offset = 0
        for index, line in enumerate(lines):
            sentences.append(TimelineSentence(line, f"s{index + 1}", offset, offset + len(line)))
            offset += len(line) + 1
        return cls(article_id, published, tuple(sentences))


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One date of the timeline: its summary sentences and, for each, the sentences it rests on.

    ``citations[i]`` cites every article sentence that says what ``summary[i]`` says: the
    sentence shown and its near-copies in other articles.
    """

    date: str
    summary: tuple[str, ...]
    citations: tuple[tuple[Citation, ...], ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Entries in chronological order."""

    entries: tuple[TimelineEntry, ...]


def _articles(items: Iterable[Document | TimelineArticle]) -> list[TimelineArticle]:
    articles: list[TimelineArticle] = []
    for item in items:
        if isinstance(item, Document):
            articles.append(TimelineArticle.from_document(item))
        elif isinstance(item, TimelineArticle):
            articles.append(item)
        else:
            raise InputError(f"build_timeline takes Document or TimelineArticle items, not {type(item).__name__}")
    return articles


def _check_limits(max_dates: int, sentences_per_date: int, start: date | None, end: date | None) -> None:
    if max_dates < 1 or sentences_per_date < 1:
        raise InputError(
            f"a timeline needs at least one date and one sentence per date (got max_dates={max_dates}, "
            f"sentences_per_date={sentences_per_date}): pass positive numbers")
    if start is not None and end is not None and start > end:
        raise InputError(f"the timeline's start {start} is after its end {end}: swap them")


def build_timeline(
    items: Iterable[Document | TimelineArticle],
    *,
    max_dates: int,
    sentences_per_date: int,
    start: date | None = None,
    end: date | None = None,
) -> Timeline:
    """The timeline of a story told by ``items``: at most ``max_dates`` dates inside [start, end].

    Each date has at most ``sentences_per_date`` summary sentences. Dates are ranked by how
    the collection refers to them (:func:`~newsbrief.stories.timeline_rank.rank_days`) and
    a date none of whose sentences survive the redundancy check is skipped for the next.
    """
    _check_limits(max_dates, sentences_per_date, start, end)
    articles = _articles(items)
    stats: DayStats = day_statistics(articles)
    space = SentenceSpace(stats.sentences)
    entries: list[TimelineEntry] = []
    shown: list[PoolSentence] = []
    for day in rank_days(stats, start, end):
        chosen = summarize_day(space, stats, day, sentences_per_date, shown)
        if not chosen:
            continue
        shown.extend(chosen)
        entries.append(TimelineEntry(
            day.isoformat(),
            tuple(c.text for c in chosen),
            tuple(space.citations(c, day_pool(stats, day)) for c in chosen),
        ))
        if len(entries) == max_dates:
            break
    entries.sort(key=lambda e: e.date)
    return Timeline(tuple(entries))


def pubcount_timeline(
    items: Iterable[Document | TimelineArticle],
    *,
    max_dates: int,
    sentences_per_date: int,
    start: date | None = None,
    end: date | None = None,
) -> Timeline:
    """PUBCOUNT, the baseline of Gholipour Ghalandari & Ifrim (2020), with :func:`build_timeline`'s signature.

    Dates ranked by how many articles were published on them, each told by CENTROID-OPT
    over all the sentences published that day, dropping only exact repeats. It shares the
    sentence filter and TF-IDF space of :func:`build_timeline`, so that a difference
    measured between the two is the method's, not the preprocessing's.
    """
    _check_limits(max_dates, sentences_per_date, start, end)
    stats = day_statistics(_articles(items))
    space = SentenceSpace(stats.sentences)
    by_day: dict[date, list[int]] = defaultdict(list)
    for sentence in stats.sentences:
        if sentence.published is not None:
            by_day[sentence.published].append(sentence.index)
    days = sorted((d for d in by_day if (start is None or d >= start) and (end is None or d <= end)),
                  key=lambda d: (-stats.publications[d], d))
    entries: list[TimelineEntry] = []
    for day in days[:max_dates]:
        chosen = [space.sentences[i] for i in centroid_opt(space, by_day[day], sentences_per_date, EXACT_REPEAT)]
        entries.append(TimelineEntry(day.isoformat(), tuple(s.text for s in chosen),
                                     tuple(space.citations(s) for s in chosen)))
    entries.sort(key=lambda e: e.date)
    return Timeline(tuple(entries))


def _citation_dict(citation: Citation, summary_index: int) -> dict[str, Any]:
    return {"summary": summary_index, "article_id": citation.article_id, "sentence_id": citation.sentence_id,
            "start": citation.start, "end": citation.end}


def timeline_dict(timeline: Timeline) -> dict[str, Any]:
    """The JSON form: ``{"entries": [{"date", "summary": [...], "citations": [...]}]}``.

    Each citation names the summary sentence it supports (its index in ``summary``), the
    article, the sentence id and the character offsets into the article.
    """
    return {"entries": [
        {"date": entry.date,
         "summary": list(entry.summary),
         "citations": [_citation_dict(c, i) for i, cites in enumerate(entry.citations) for c in cites]}
        for entry in timeline.entries
    ]}
