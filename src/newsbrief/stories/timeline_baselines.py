"""PUBCOUNT, the date-wise baseline of the timeline-summarization literature, to compare against.

Gholipour Ghalandari & Ifrim (2020): dates ranked by how many articles were published
on them, each date told by CENTROID-OPT over all the sentences published that day,
with no check for repeats across dates. It shares the sentence filter and the TF-IDF
space of :mod:`newsbrief.stories.timeline_select`, so that the difference measured is
the method's, not the preprocessing's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import numpy as np

from newsbrief.models import Document
from newsbrief.stories.timeline import Timeline, TimelineArticle, TimelineEntry, _articles, _check_limits
from newsbrief.stories.timeline_rank import PoolSentence, day_statistics
from newsbrief.stories.timeline_select import SentenceSpace

# The published baseline drops only exact repeats (cosine > 0.9999).
EXACT_REPEAT = 0.9999


def _centroid_opt(space: SentenceSpace, indices: list[int], k: int) -> list[int]:
    """CENTROID-OPT: greedily add the sentence that brings the summary closest to the centroid."""
    rows = space.rows(indices, space.columns(indices))
    centroid = np.asarray(rows.sum(axis=0)).ravel()
    centroid /= float(np.linalg.norm(centroid)) or 1.0
    to_centroid = np.asarray(rows @ centroid).ravel()
    summary = np.zeros(rows.shape[1])
    chosen: list[int] = []
    open_rows = set(range(len(indices)))
    while open_rows and len(chosen) < k:
        dots = np.asarray(rows @ summary).ravel()
        scores = (float(summary @ centroid) + to_centroid) / np.sqrt(float(summary @ summary) + 2 * dots + 1.0)
        for j in sorted(open_rows, key=lambda j: -scores[j]):
            open_rows.discard(j)
            sims = space.similarity(indices[j], [indices[c] for c in chosen])
            if not chosen or float(sims.max()) <= EXACT_REPEAT:
                chosen.append(j)
                summary += rows[j].toarray().ravel()
                break
    return [indices[j] for j in chosen]


def pubcount_timeline(
    items: Iterable[Document | TimelineArticle],
    *,
    max_dates: int,
    sentences_per_date: int,
    start: date | None = None,
    end: date | None = None,
) -> Timeline:
    """The PUBCOUNT baseline with :func:`~newsbrief.stories.timeline.build_timeline`'s signature."""
    _check_limits(max_dates, sentences_per_date, start, end)
    stats = day_statistics(_articles(items))
    space = SentenceSpace(stats.sentences)
    by_day: dict[date, list[PoolSentence]] = defaultdict(list)
    for sentence in stats.sentences:
        if sentence.published is not None:
            by_day[sentence.published].append(sentence)
    days = [d for d in by_day if (start is None or d >= start) and (end is None or d <= end)]
    days.sort(key=lambda d: (-stats.publications[d], d))
    entries: list[TimelineEntry] = []
    for day in days[:max_dates]:
        chosen = [space.sentences[i] for i in _centroid_opt(space, [s.index for s in by_day[day]],
                                                              sentences_per_date)]
        entries.append(TimelineEntry(day.isoformat(), tuple(s.text for s in chosen),
                                     tuple(space.citations(s) for s in chosen)))
    entries.sort(key=lambda e: e.date)
    return Timeline(tuple(entries))
