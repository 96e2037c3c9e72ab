"""Story clustering over a long synthetic stream: assignment speed and memory with dormancy.

A stream of ARTICLES made-up articles (default 100,000): 2,000 a day, about
100 new stories a day, each with up to 5-40 articles over at most five days
(articles of several live stories interleave), every article mixes
Zipf-distributed common words with its story's own words and names. Prints,
per 10,000 articles, the assignment rate (articles/s of StoryClusterer.add
only; generating the text is not timed) by the wall clock and per CPU second
of this process (the steadier figure on a shared machine), the active stories
and the process RSS; the RSS should stay flat once the first stories go dormant.

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
    print(f"{'articles':>9} {'art/s':>8} {'art/CPU-s':>10} {'active':>7} {'dormant':>8} {'RSS MB':>7}")
    for start in range(0, total, CHUNK):
        batch = [stream.article(n) for n in range(start, min(total, start + CHUNK))]
        began, began_cpu = time.perf_counter(), time.process_time()
        for item in batch:
            clusterer.add(item)
        elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
        drained += len(clusterer.drain_dormant())  # a store would persist these
        clusterer.drain_merges()
        clusterer.drain_splits()
        print(f"{start + len(batch):>9} {len(batch) / elapsed:>8.0f} {len(batch) / cpu:>10.0f} "
              f"{clusterer.active_count():>7} {drained:>8} {_rss_mb():>7.1f}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
