"""Articles given in any date order still group: ``newsbrief cluster`` reads a folder as it comes."""

from __future__ import annotations

from newsbrief.stories.cluster import ClusterSettings, StoryClusterer, cluster_items
from newsbrief.stories.items import ClusterItem

_QUAKE = ("A magnitude 6.1 earthquake struck near the fishing town of Valdoria on {day}, collapsing the harbour "
          "wall and damaging the old cathedral. Rescue teams from Porto Lenz searched the rubble for survivors, "
          "and the regional governor Elena Marsh declared an emergency. Report {n}.")
_FLOOD = ("Flood water covered the farming valley of Kessin after the river Auber burst its banks, and the "
          "mayor Tomas Brandt ordered the evacuation of four villages. Report {n}.")


def _quake(n: int, day: str) -> ClusterItem:
    return ClusterItem(id=f"quake-{n}", title=None, text=_QUAKE.format(day=day, n=n), date=day,
                       entities=("Valdoria", "Porto Lenz", "Elena Marsh"))


def test_a_story_keeps_its_reports_when_a_later_dated_article_comes_between() -> None:
    items = [_quake(1, "2008-04-02"), _quake(2, "2008-04-03"),
             ClusterItem(id="flood", title=None, text=_FLOOD.format(n=1), date="2013-09-20",
                         entities=("Kessin", "Auber", "Tomas Brandt")),
             _quake(3, "2008-04-04"), _quake(4, "2008-04-05")]
    stories = {frozenset(s.articles) for s in cluster_items(items)}
    assert stories == {frozenset({"quake-1", "quake-2", "quake-3", "quake-4"}), frozenset({"flood"})}
    # A long-running stream read in date order still lets old stories sleep by date.
    stream = StoryClusterer(ClusterSettings())
    stream.add_many(items[:3])
    assert stream.active_count() == 1 and len(stream.drain_dormant()) == 1


def test_a_date_gap_within_a_month_costs_nothing_and_years_cost_much() -> None:
    clusterer = StoryClusterer()
    clusterer.add(_quake(1, "2008-04-02"))
    story = next(iter(clusterer._active.values()))
    assert clusterer._decay(story.last_day + 30, story) == 1.0  # type: ignore[operator]
    assert clusterer._decay(story.last_day + 2 * 365, story) < 0.3  # type: ignore[operator]
