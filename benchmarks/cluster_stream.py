"""Story clustering over a long synthetic stream: assignment speed and memory with dormancy.

A stream of ARTICLES made-up articles (default 100,000): 2,000 a day, about
100 new stories a day, each with up to 5-40 articles over at most five days
(articles of several live stories interleave), every article mixes
Zipf-distributed common words with its story's own words and names. Prints,
per 10,000 articles, the assignment rate by the wall clock and per CPU second
of this process (the steadier figure on a shared machine), the active stories
and the process RSS; the RSS should stay flat once the first stories go dormant.

What is timed is the assignment step after annotation: ``StoryClusterer.add(item, terms)``,
everything ``add`` does for a real article (the running IDF, TF-IDF weights, candidate lookup,
scoring, the join or new story, splits, merges, adoption, dormancy). Not timed: generating the
made-up text, and vectorising it (``StoryClusterer.terms``: tokenising, hashing words, names and
figures into buckets, finding years and featured names), which needs no clusterer state and belongs
with the annotation (it can run where the article is annotated). The last column, ``+terms``, is the
rate per CPU second with that vectorising counted too (what a caller of ``add(item)`` alone sees).

    PYTHONPATH=src python benchmarks/cluster_stream.py [ARTICLES]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

from newsbrief.stories.cluster import ClusterSettings, StoryClusterer
from newsbrief.stories.items import ClusterItem

PER_DAY = 2000
CHUNK = 10_000
PART = 500


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


class _Stream:
    """Deterministic made-up articles; about 100 stories open a day and each lasts at most five days."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.common = [f"word{k}" for k in range(20_000)]
        self.weights = [1.0 / (k + 1) for k in range(20_000)]  # Zipf: a few words are everywhere
        self.live: list[tuple[int, int, int]] = []  # (story number, articles left, last day)
        self.next_story = 0

    def _story(self, day: int) -> int:
        self.live = [entry for entry in self.live if entry[2] >= day]
        if not self.live or self.rng.random() < 0.05:
            self.live.append((self.next_story, self.rng.randint(5, 40), day + self.rng.randint(0, 4)))
            self.next_story += 1
        index = self.rng.randrange(len(self.live))
        story, left, last = self.live[index]
        if left <= 1:
            self.live.pop(index)
        else:
            self.live[index] = (story, left - 1, last)
        return story

    def article(self, n: int) -> ClusterItem:
        story = self._story(n // PER_DAY)
        own = [f"story{story}term{k}" for k in self.rng.sample(range(15), 8)]
        common = self.rng.choices(self.common, self.weights, k=120)
        day = dt.date(2026, 1, 1) + dt.timedelta(days=n // PER_DAY)
        return ClusterItem(
            id=f"a{n}", title=" ".join(own[:4]), text=" ".join(own + common + own[:3]),
            date=day.isoformat(), outlet=f"outlet{n % 7}",
            entities=(f"Person{story} Name", f"Place{story % 500}"),
        )


def main(total: int = 100_000) -> None:
    """Run the stream and print one line per CHUNK articles."""
    stream = _Stream()
    clusterer = StoryClusterer(ClusterSettings(dormant_after_days=7))
    drained = 0
    print(f"{'articles':>9} {'art/s':>8} {'art/CPU-s':>10} {'active':>7} {'dormant':>8} {'RSS MB':>7} {'+terms':>7}")
    for start in range(0, total, CHUNK):
        batch = [stream.article(n) for n in range(start, min(total, start + CHUNK))]
        elapsed = cpu = terms_cpu = 0.0
        for part in range(0, len(batch), PART):  # a few hundred vectorised at a time: RSS stays as without
            began_terms = time.process_time()
            terms = [clusterer.terms(item) for item in batch[part:part + PART]]  # annotation's part
            began, began_cpu = time.perf_counter(), time.process_time()
            for item, item_terms in zip(batch[part:part + PART], terms, strict=True):
                clusterer.add(item, item_terms)
            elapsed += time.perf_counter() - began
            cpu += time.process_time() - began_cpu
            terms_cpu += began_cpu - began_terms
        drained += len(clusterer.drain_dormant())  # a store would persist these
        clusterer.drain_merges()
        clusterer.drain_splits()
        print(f"{start + len(batch):>9} {len(batch) / elapsed:>8.0f} {len(batch) / cpu:>10.0f} "
              f"{clusterer.active_count():>7} {drained:>8} {_rss_mb():>7.1f} {len(batch) / (cpu + terms_cpu):>7.0f}",
              flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
