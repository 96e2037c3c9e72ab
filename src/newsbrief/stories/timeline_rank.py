"""Which dates matter to a story: the days its sentences name, and how its articles refer to each.

Timeline summarization reads hundreds of articles per story, so it cannot afford a
spaCy parse of each (the t17 topics hold up to 400 articles and 30,000 sentences, and
the budget is 16 s a topic on two cores). The rule-based resolver of
:mod:`newsbrief.nlp.dates` works on plain text: it reads "on Monday", "yesterday",
"Feb. 14" and "14 February 2011" against the publication date, with the tense around
a weekday or a yearless month deciding past or future. What it costs is its many
patterns, so a cheap pre-filter first skips the sentences that cannot hold a day-level
date (most of them): only days matter to a daily timeline, and a day needs a day
number, a weekday or a deictic word ("today", "yesterday", "days ago").

Which days matter: three signals, all counts over the collection (Tran et al. 2013 use them as features of
a supervised ranker; here they are combined by a fixed formula tuned on the t17
development topics, so that no model has to be trained or shipped):

- mentions: how many articles name the day ("on February 17", "last Monday");
  an event that later reports keep coming back to is one the story turns on;
- publications: how many articles were published on the day or the day after (news
  breaks the day it happens and is written up the next morning);
- how early: a day referred to soon after it (within a few days) is news; one that is
  only recalled weeks later as background counts less.

Reports cluster around an important day, but damping the neighbours of a chosen day
(to spread the timeline) lost Date-F1 on the t17 development topics (0.66 to 0.63),
and so did dividing by the number of articles published around the day: the gold
timelines follow the news where it is dense.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsbrief.lexicon import MONTH_ALTERNATION
from newsbrief.nlp.dates import DateValue, find_dates

if TYPE_CHECKING:
    from newsbrief.stories.timeline import TimelineArticle

# Below this confidence a resolved day is a guess (weeks counted back, "this week" as a
# day); the same floor as the article timeline (analyze/timeline.py, MIN_CONFIDENCE).
MIN_CONFIDENCE = 0.55

# Everything that can name a single day: a month next to a day number (either order), an
# ISO date, a weekday, a deictic word, a count of days. Anything else is at best a month.
_DAY_CUE = re.compile(
    "|".join([
        rf"\b(?:{MONTH_ALTERNATION})\.?\s+\d",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_ALTERNATION})\b",
        r"\b\d{4}-\d\d-\d\d\b",
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
        r"\b(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
        r"\bdays?\s+(?:ago|later|earlier|before|after)\b",
    ]),
    re.I,
)


def may_name_a_day(text: str) -> bool:
    """True when ``text`` holds a cue without which no day-level date can be read."""
    return _DAY_CUE.search(text) is not None


def is_event_day(value: DateValue) -> bool:
    """A day that can date an event: sure enough, not background, not a stretch's start or a range's end."""
    return (value.granularity == "day" and value.confidence >= MIN_CONFIDENCE
            and not value.background and not value.span and not value.ends_range)


def sentence_days(text: str, published: date | None, quoted: bool = False) -> tuple[date, ...]:
    """The days ``text`` reports events on, in text order, each once.

    Relative expressions ("on Monday", "yesterday") need ``published`` and give nothing
    without it; absolute ones ("February 14, 2011") do not.
    """
    if not may_name_a_day(text):
        return ()
    days: list[date] = []
    for value in find_dates(text, published, quoted):
        if is_event_day(value):
            day = date.fromisoformat(value.iso)
            if day not in days:
                days.append(day)
    return tuple(days)


# Sentences shorter than this (in words) say too little to stand in a timeline ("It was
# a bolt from the blue."), longer ones are run-on page furniture or lists; both bounds
# read off the t17 gold timelines, whose sentences run 8 to 45 words.
MIN_WORDS = 6
MAX_WORDS = 60
# The leads (first sentences) of articles published on a day and the day after tell
# that day's news (Gholipour Ghalandari & Ifrim 2020 use five sentences, two days).
LEAD_SENTENCES = 5
LEAD_DAYS = 2
# Weights of the signals, tuned on the nine t17 development topics for Date-F1: an
# article published on the day or the next counts half an article that names the day.
# Each article counts once however often it names the day: live blogs stamp every
# update with the day, and counting their sentences put such days first (tried: Date-F1
# fell from 0.66 to 0.64 with up to 2, 3 or 5 sentences an article).
PUBLICATION_WEIGHT = 0.5
# Mentions from articles published within this many days after the day are "early".
EARLY_DAYS = 3
EARLY_BONUS = 0.5


@dataclass(frozen=True, slots=True)
class PoolSentence:
    """A sentence that may enter the timeline, with where it comes from and the days it names."""

    text: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    position: int  # index of the sentence in its article
    published: date | None
    days: tuple[date, ...]
    index: int = 0  # its row in the collection's sentence space


@dataclass
class DayStats:
    """The collection's sentences and, per day, who names it and what was published on it."""

    sentences: list[PoolSentence] = field(default_factory=list)
    mentions: dict[date, list[int]] = field(default_factory=lambda: defaultdict(list))
    leads: dict[date, list[int]] = field(default_factory=lambda: defaultdict(list))
    mention_articles: dict[date, set[str]] = field(default_factory=lambda: defaultdict(set))
    early_articles: dict[date, set[str]] = field(default_factory=lambda: defaultdict(set))
    publications: Counter[date] = field(default_factory=Counter)


def usable(text: str) -> bool:
    """True for a sentence of a length a timeline can show."""
    words = len(text.split())
    return MIN_WORDS <= words <= MAX_WORDS


def _add_article(stats: DayStats, article: TimelineArticle) -> None:
    published = article.published
    if published is not None:
        stats.publications[published] += 1
    for position, sentence in enumerate(article.sentences):
        if not usable(sentence.text):
            continue
        days = sentence_days(sentence.text, published)
        index = len(stats.sentences)
        stats.sentences.append(PoolSentence(sentence.text, article.article_id, sentence.sentence_id,
                                         sentence.start, sentence.end, position, published, days, index))
        for day in days:
            stats.mentions[day].append(index)
            stats.mention_articles[day].add(article.article_id)
            if published is not None and day <= published <= day + timedelta(days=EARLY_DAYS):
                stats.early_articles[day].add(article.article_id)
        if not days and published is not None and position < LEAD_SENTENCES:
            for back in range(LEAD_DAYS):
                stats.leads[published - timedelta(days=back)].append(index)


def day_statistics(articles: Sequence[TimelineArticle]) -> DayStats:
    """Every usable sentence of ``articles`` with its days, and the per-day counts."""
    stats = DayStats()
    for article in articles:
        _add_article(stats, article)
    return stats


def day_score(stats: DayStats, day: date) -> float:
    """How much the collection makes of ``day`` (see the module docstring)."""
    articles = len(stats.mention_articles.get(day, ()))
    published = stats.publications.get(day, 0) + stats.publications.get(day + timedelta(days=1), 0)
    early = len(stats.early_articles.get(day, ()))
    return articles + PUBLICATION_WEIGHT * published + EARLY_BONUS * early


def rank_days(stats: DayStats, start: date | None, end: date | None) -> list[date]:
    """Days inside [start, end] that have sentences to tell them, best first (ties: earlier first)."""
    days = {d for d in (*stats.mentions, *stats.leads)
            if (start is None or d >= start) and (end is None or d <= end)}
    return sorted(days, key=lambda d: (-day_score(stats, d), d))
