"""A grown story that has taken in a sibling event is split again; a grown story of one event is not."""

from __future__ import annotations

import json
from dataclasses import replace

from newsbrief.stories.cluster import ClusterSettings, StoryClusterer
from newsbrief.stories.items import ClusterItem

# Leads that vary each report's wording, as outlets do; the body tells the event.
_LEADS = ("{site} fire: crews battle blaze at {owner} {kind}",
          "Huge fire destroys {owner} {kind} in {town}",
          "Firefighters spend the night at burning {owner} {kind}",
          "{town} residents told to shut windows as {kind} burns",
          "Blaze at {site} sends smoke over {town}",
          "Investigators look into cause of {owner} {kind} fire",
          "{chief} says {site} fire is under control",
          "No one hurt in {town} {kind} fire, {chief} says",
          "{owner} {kind} fire: what we know",
          "Smoke seen for miles as {site} goes up in flames",
          "{owner} promises to rebuild {kind} after fire",
          "Roads reopen near {site} after overnight fire",
          "{chief}: {site} blaze started in loading bay",
          "Insurers assess damage at {owner} {kind}")


def _fire(item_id: str, n: int, *, site: str, owner: str, kind: str, town: str, chief: str, year: str,
          engines: str, workers: str) -> ClusterItem:
    lead = _LEADS[n % len(_LEADS)].format(site=site, owner=owner, kind=kind, town=town, chief=chief)
    text = (f"{lead}\n"
            f"A large fire broke out at the {site} in {town} late on Friday, sending a column of black smoke "
            f"over the town and forcing nearby streets to close.\n"
            f"About {engines} fire engines and more than 100 firefighters fought the blaze through the night, "
            f"said {chief}, the chief fire officer.\n"
            f"The {owner} {kind} employs {workers} people; the company said all staff had been accounted for and "
            f"that no one was injured.\n"
            f"The cause of the fire is not yet known. The {kind} opened in {year}.")
    return ClusterItem(item_id, None, text, entities=(site, owner, town, chief))


def _first(n: int) -> ClusterItem:
    return _fire(f"a{n}", n, site="Kessling Mills warehouse", owner="Kessling", kind="warehouse",
                 town="Dunmore", chief="Ruth Abernay", year="1987", engines="20", workers="350")


def _second(n: int) -> ClusterItem:
    return _fire(f"b{n}", n + 5, site="Brandt Paper depot", owner="Brandt", kind="depot",
                 town="Wexley", chief="Otto Malinsky", year="2004", engines="14", workers="120")


def _stories(clusterer: StoryClusterer) -> list[tuple[str, ...]]:
    return sorted(story.articles for story in clusterer.stories())


def test_a_grown_story_that_took_in_a_sibling_event_splits_it_off() -> None:
    # Twelve reports of one warehouse fire grow a story past the young-story split; then six reports of
    # another fire of the same kind, in another town with other names, join it on their shared words.
    items = [_first(n) for n in range(12)] + [_second(n) for n in range(6)]
    clusterer = StoryClusterer()
    clusterer.add_many(items)
    assert _stories(clusterer) == [tuple(f"a{n}" for n in range(12)), tuple(f"b{n}" for n in range(6))]
    kept, new = clusterer.drain_split_moves()[0][:2]
    assert kept == clusterer.stories()[0].story_id and new != kept


def test_a_grown_story_of_one_event_is_not_split() -> None:
    # Eighteen reports of one fire, quoting two different officials in turn: one event, one story.
    items = [replace(_first(n), entities=(*_first(n).entities, "Lena Corby" if n % 2 else "Sam Ottley"))
             for n in range(18)]
    clusterer = StoryClusterer()
    clusterer.add_many(items)
    assert len(clusterer.stories()) == 1


def test_a_restored_clusterer_splits_a_grown_story_the_same_way() -> None:
    items = [_first(n) for n in range(12)] + [_second(n) for n in range(6)]
    whole = StoryClusterer()
    whole.add_many(items)
    first = StoryClusterer()
    first.add_many(items[:14])
    restored = StoryClusterer.from_state(json.loads(json.dumps(first.state())))
    restored.add_many(items[14:])
    assert _stories(restored) == _stories(whole)


def test_grown_splits_can_be_turned_off() -> None:
    items = [_first(n) for n in range(12)] + [_second(n) for n in range(6)]
    clusterer = StoryClusterer(ClusterSettings(regroup_below=0.0))
    clusterer.add_many(items)
    assert len(clusterer.stories()) == 1


def test_a_version_5_state_loads_and_its_stories_are_not_split_grown() -> None:
    # A state written before traces were kept: its stories' members are unknown, so they are never split
    # grown (a split from a partial list of members would move the wrong articles); new stories are.
    items = [_first(n) for n in range(12)] + [_second(n) for n in range(6)]
    first = StoryClusterer()
    first.add_many(items[:12])
    state = json.loads(json.dumps(first.state()))
    state["version"] = 5
    for story in state["active"]:
        del story["traces"]
    restored = StoryClusterer.from_state(state)
    restored.add_many(items[12:])
    assert len(restored.stories()) == 1
    assert restored.state()["version"] == 6
