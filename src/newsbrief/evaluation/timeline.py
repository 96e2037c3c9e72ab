"""``newsbrief eval timeline``: timeline summarization on Timeline17, with the literature's metrics.

Each topic folder holds ``articles.jsonl`` (PTB-tokenized, one sentence per line, with
the crawled pages' furniture) and ``timelines.jsonl`` (gold timelines). For every gold
timeline the system gets what the published systems get (news-tls protocol): the
articles published between the timeline's first and last date, the number of dates,
the mean number of sentences per date (rounded), and those first and last dates. It is
scored with alignment-based ROUGE-1/2 F1 and Date-F1
(:mod:`newsbrief.evaluation.tilse_rouge`), averaged as news-tls does.

Texts are detokenized (:mod:`newsbrief.evaluation.detok`) and page furniture dropped
before the system sees them: lines repeated in several articles of the topic (comment
rules, share links), lines with links, handles or retweet stamps, and the lines of
comment and cookie notices. Systems are named ``module:function`` strings with the
signature of :func:`newsbrief.stories.timeline.build_timeline`, imported on first use
(stories is a sibling package of evaluation, so it is not imported by name).
"""

from __future__ import annotations

import importlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from newsbrief.errors import ConfigError, InputError
from newsbrief.evaluation.detok import detokenize
from newsbrief.evaluation.tilse_rouge import TimelineRouge, average, date_f1

SYSTEMS = {
    "newsbrief": "newsbrief.stories.timeline:build_timeline",
    "pubcount": "newsbrief.stories.timeline:pubcount_timeline",
}
# A line found in this many articles of one topic is page furniture, not reporting (a
# wire sentence repeated by two updates of one story survives). Read off t17 dev.
REPEATED_IN_ARTICLES = 3
_FURNITURE = re.compile(
    "|".join([
        r"https?:|www\.|\\/|\bbit\s*\.\s*ly\b|\bRETWEET\b|(?:^|\s)[@#]\w",
        r"\bcomments?\b.*\b(?:pre-screened|published|moderat\w*|post)\b",
        r"\b(?:e-?mail address|javascript|flash player|privacy policy|terms of (?:use|service)|cookies?|"
        r"all rights reserved|sign (?:in|up)|log in|subscribe|newsletter|click here)\b",
    ]),
    re.I,
)


class TimelineEntryLike(Protocol):
    """What the evaluation reads of a timeline entry."""

    @property
    def date(self) -> str: ...

    @property
    def summary(self) -> tuple[str, ...]: ...


class TimelineLike(Protocol):
    """What the evaluation reads of a timeline."""

    @property
    def entries(self) -> Sequence[TimelineEntryLike]: ...


System = Callable[..., TimelineLike]


@dataclass(frozen=True, slots=True)
class TopicArticle:
    """An article of a topic, detokenized, without page furniture."""

    article_id: str
    published: date
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldTimeline:
    """A gold timeline: its id and each date's summary sentences (detokenized)."""

    timeline_id: str
    days: dict[date, tuple[str, ...]]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"{path} is missing: a t17 topic folder holds articles.jsonl and timelines.jsonl")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def furniture(line: str) -> bool:
    """True for a line of page furniture rather than reporting (links, handles, comment notices)."""
    return bool(_FURNITURE.search(line))


def load_articles(folder: Path) -> list[TopicArticle]:
    """The topic's articles, detokenized, with furniture and lines repeated across articles dropped."""
    raw = [(r["id"], date.fromisoformat(r["date"][:10]), [detokenize(line) for line in r["text"].split("\n")])
           for r in _jsonl(folder / "articles.jsonl")]
    spread = Counter(line for _id, _day, lines in raw for line in set(lines))
    return [TopicArticle(article_id, day, tuple(
        line for line in lines
        if line and spread[line] < REPEATED_IN_ARTICLES and not furniture(line)))
        for article_id, day, lines in raw]


def load_timelines(folder: Path) -> list[GoldTimeline]:
    """The topic's gold timelines, detokenized."""
    timelines: list[GoldTimeline] = []
    for i, record in enumerate(_jsonl(folder / "timelines.jsonl")):
        days: dict[date, tuple[str, ...]] = {}
        for entry in record["entries"]:  # a date listed twice is one date with both summaries
            day = date.fromisoformat(entry["date"])
            days[day] = days.get(day, ()) + tuple(detokenize(s) for s in entry["summary"])
        timelines.append(GoldTimeline(str(record.get("timeline_id", i)), days))
    return timelines


def resolve_system(name: str) -> System:
    """The system a name (``newsbrief``, ``pubcount``) or a ``module:function`` string gives."""
    target = SYSTEMS.get(name, name)
    module_name, _, attribute = target.partition(":")
    if not attribute:
        raise ConfigError(f"unknown timeline system {name!r}: use one of {sorted(SYSTEMS)} or 'module:function'")
    try:
        function: System = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as error:
        raise ConfigError(f"timeline system {target!r} cannot be loaded: {error}") from error
    return function


def _inputs(articles: Sequence[TopicArticle], start: date, end: date) -> list[Any]:
    """The system's input for one gold timeline: the articles published inside its span."""
    timeline = importlib.import_module("newsbrief.stories.timeline")
    return [timeline.TimelineArticle.from_lines(a.article_id, a.published, a.lines)
            for a in articles if start <= a.published <= end]


def run_one(system: System, articles: Sequence[TopicArticle], gold: GoldTimeline,
            rouge: TimelineRouge) -> dict[str, Any]:
    """Run ``system`` for one gold timeline and score it; seconds are the system's alone."""
    days = sorted(gold.days)
    max_dates = len(days)
    per_date = max(1, round(sum(len(s) for s in gold.days.values()) / max_dates))
    inputs = _inputs(articles, days[0], days[-1])
    began = time.perf_counter()
    predicted = system(inputs, max_dates=max_dates, sentences_per_date=per_date, start=days[0], end=days[-1])
    seconds = time.perf_counter() - began
    summaries = {date.fromisoformat(e.date): list(e.summary) for e in predicted.entries}
    scores = rouge.score(summaries, gold.days)
    scores["date"] = date_f1(sorted(summaries), days)
    return {"timeline_id": gold.timeline_id, "dates": max_dates, "sentences_per_date": per_date,
            "articles": len(inputs), "predicted_dates": len(summaries), "seconds": round(seconds, 2),
            "scores": scores}


def topic_folders(data_dir: Path, topics: Sequence[str] | None = None) -> list[Path]:
    """The topic folders under ``data_dir`` (those holding timelines.jsonl), or the ``topics`` named."""
    if not data_dir.is_dir():
        raise InputError(f"timeline data not found at {data_dir}; pass the t17 folder (../shared/data/tls/t17)")
    folders = sorted(p for p in data_dir.iterdir() if (p / "timelines.jsonl").is_file())
    if topics:
        folders = [p for p in folders if p.name in set(topics)]
    if not folders:
        raise InputError(f"no topic folders with timelines.jsonl under {data_dir}")
    return folders


def _summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    mean = average([r["scores"] for r in rows])
    return {
        "AR1-F": round(mean["rouge_1"]["f_score"], 4), "AR2-F": round(mean["rouge_2"]["f_score"], 4),
        "Date-F1": round(mean["date"]["f_score"], 4),
        "means": {m: {k: round(v, 4) for k, v in s.items()} for m, s in mean.items()},
    }


def run_timeline_eval(
    data_dir: Path,
    *,
    systems: Sequence[str] = ("pubcount", "newsbrief"),
    topics: Sequence[str] | None = None,
    rouge: str = "perl",
) -> dict[str, Any]:
    """Score each system on every gold timeline under ``data_dir``; news-tls averages per system.

    ``rouge`` is ``perl`` (ROUGE-1.5.5 through tilse, the published metric) or ``python``
    (tilse's approximation, for development). Each system's report gives AR1-F, AR2-F and
    Date-F1 over all timelines, per-timeline rows, and its seconds per topic.
    """
    folders = topic_folders(data_dir, topics)
    scorer = TimelineRouge(rouge)
    loaded = {f.name: (load_articles(f), load_timelines(f)) for f in folders}
    report: dict[str, Any] = {"data": str(data_dir), "rouge": rouge, "topics": len(folders), "systems": {}}
    for name in systems:
        system = resolve_system(name)
        rows: list[dict[str, Any]] = []
        seconds: dict[str, float] = {}
        for topic, (articles, golds) in loaded.items():
            for gold in golds:
                row = run_one(system, articles, gold, scorer)
                rows.append({"topic": topic, **row})
                seconds[topic] = round(seconds.get(topic, 0.0) + row["seconds"], 2)
        report["systems"][name] = {**_summary(rows), "seconds_per_topic": seconds,
                                   "max_seconds": max(seconds.values()), "timelines": rows}
    return report
