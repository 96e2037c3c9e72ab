"""The online story clusterer groups one event's articles, keeps others apart, persists and forgets."""

from __future__ import annotations

import json

import pytest

from newsbrief.errors import ConfigError, InputError
from newsbrief.models import Article, Source
from newsbrief.stories import vectors as vec
from newsbrief.stories.cluster import ClusterSettings, StoryClusterer, cluster_items
from newsbrief.stories.items import ClusterItem, item_from_document

# One event (a ferry running aground off a fictional island), three outlets, one report a day later.
FERRY_ONE = ClusterItem(
    id="harbour-gazette-1", title="Ferry Morwenna runs aground off Skellig Varra, 212 passengers evacuated",
    text="The passenger ferry Morwenna ran aground on rocks off Skellig Varra early on Tuesday.\n"
         "Coastguard crews evacuated all 212 passengers by lifeboat; four were treated for mild hypothermia.\n"
         "The operator, Atlantic Isles Shipping, said the ferry lost steering in heavy swell.",
    date="2026-03-03", outlet="Harbour Gazette",
    entities=("Morwenna", "Skellig Varra", "Atlantic Isles Shipping"),
)
FERRY_TWO = ClusterItem(
    id="coast-radio-1", title="212 rescued after Morwenna ferry grounds near Skellig Varra",
    text="Lifeboats brought 212 passengers ashore after the ferry Morwenna ran aground near Skellig Varra.\n"
         "Atlantic Isles Shipping blamed a steering failure in the heavy swell.\n"
         "Four passengers were treated for hypothermia, the coastguard said.",
    date="2026-03-03", outlet="Coast Radio",
    entities=("Morwenna", "Skellig Varra", "Atlantic Isles Shipping"),
)
FERRY_LATER = ClusterItem(
    id="daily-ledger-2", title="Inquiry opens into Morwenna ferry grounding at Skellig Varra",
    text="Investigators opened an inquiry on Wednesday into why the ferry Morwenna ran aground off Skellig Varra.\n"
         "All 212 passengers were evacuated by lifeboat on Tuesday after the ferry lost steering in heavy swell.\n"
         "Atlantic Isles Shipping said it would cooperate with the coastguard inquiry.",
    date="2026-03-04", outlet="Daily Ledger",
    entities=("Morwenna", "Skellig Varra", "Atlantic Isles Shipping"),
)
CHESS = ClusterItem(
    id="chess-weekly-1", title="Teenager Ilse Brandvold wins the Nordic rapid chess title",
    text="Ilse Brandvold, 16, won the Nordic rapid chess championship in Tromsø on Sunday.\n"
         "She beat the defending champion in a sharp final game of the Sicilian Defence.\n"
         "The federation said a record number of juniors entered the tournament.",
    date="2026-03-03", outlet="Chess Weekly", entities=("Ilse Brandvold", "Tromsø"),
)


def _topic_items(topic: int, count: int, day: str | None = None) -> list[ClusterItem]:
    """Articles on a made-up topic: its own rare words plus a few shared ones."""
    words = [f"topic{topic}word{k}" for k in range(12)]
    items = []
    for n in range(count):
        text = " ".join(words[(n + k) % 12] for k in range(9)) + " officials reported the news today"
        items.append(ClusterItem(id=f"t{topic}-{n}", title=None, text=text, date=day,
                                 entities=(f"Place{topic}", f"Person{topic} Name")))
    return items


def _interleaved(topics: range, per_topic: int) -> list[ClusterItem]:
    streams = [_topic_items(t, per_topic) for t in topics]
    return [stream[n] for n in range(per_topic) for stream in streams]


def test_one_event_from_three_outlets_is_one_story_and_the_unrelated_article_is_apart() -> None:
    clusterer = StoryClusterer()
    ids = [clusterer.add(item) for item in (FERRY_ONE, CHESS, FERRY_TWO, FERRY_LATER)]
    assert ids[0] == ids[2] == ids[3]
    assert ids[1] != ids[0]
    stories = {story.story_id: story for story in clusterer.stories()}
    ferry = stories[ids[0]]
    assert ferry.articles == ("harbour-gazette-1", "coast-radio-1", "daily-ledger-2")
    assert (ferry.first_date, ferry.last_date) == ("2026-03-03", "2026-03-04")
    assert stories[ids[1]].articles == ("chess-weekly-1",)


def test_story_ids_are_stable_and_derived_from_the_first_article() -> None:
    first = cluster_items([FERRY_ONE, FERRY_TWO, CHESS])
    second = cluster_items([FERRY_ONE, CHESS, FERRY_TWO, FERRY_LATER])
    assert {s.story_id for s in first} == {s.story_id for s in second}


def test_a_day_gap_costs_little_but_a_month_gap_keeps_stories_apart() -> None:
    settings = ClusterSettings(half_life_days=2.0)
    late = ClusterItem(FERRY_TWO.id, FERRY_TWO.title, FERRY_TWO.text, "2026-04-20", FERRY_TWO.outlet,
                       FERRY_TWO.entities)
    clusterer = StoryClusterer(settings)
    assert clusterer.add(FERRY_ONE) != clusterer.add(late)


def test_state_round_trip_continues_identically() -> None:
    stream = _interleaved(range(6), 8)
    whole = StoryClusterer()
    expected = whole.add_many(stream)
    first = StoryClusterer()
    got = first.add_many(stream[:20])
    restored = StoryClusterer.from_state(json.loads(json.dumps(first.state())))
    got += restored.add_many(stream[20:])
    assert got == expected
    assert restored.stories() == whole.stories()
    assert json.dumps(restored.state(), sort_keys=True) == json.dumps(whole.state(), sort_keys=True)
    assert len({s for s in expected}) == 6  # and the stream was clustered into its six topics


def test_dormant_stories_leave_the_active_set() -> None:
    clusterer = StoryClusterer(ClusterSettings(dormant_after_days=5))
    for week in range(12):
        day = f"2026-01-{1 + week * 2:02d}" if week < 15 else None
        for item in _topic_items(week, 3, day):
            clusterer.add(item)
        assert clusterer.active_count() <= 4  # stories of the last five days only
    gone = clusterer.drain_dormant()
    assert len(gone) == 12 - clusterer.active_count()
    assert all(len(story.articles) == 3 for story in gone)
    assert clusterer.drain_dormant() == []


def test_undated_streams_go_dormant_by_article_count() -> None:
    clusterer = StoryClusterer(ClusterSettings(dormant_after_items=40))
    for topic in range(30):
        clusterer.add_many(_topic_items(topic, 4))
    assert clusterer.active_count() <= 11 + 16  # dropped within one 64-article sweep of going quiet
    assert clusterer.active_count() + len(clusterer.drain_dormant()) == 30


def test_converging_stories_merge_into_the_older_id() -> None:
    clusterer = StoryClusterer(ClusterSettings(join_threshold=0.6, merge_threshold=0.3))
    a = clusterer.add(ClusterItem("a", None, "topic1word1 topic1word2 topic1word3 alpha", entities=("Place1",)))
    b = clusterer.add(ClusterItem("b", None, "topic1word4 topic1word5 topic1word6 beta", entities=("Place1",)))
    assert a != b
    bridge = "topic1word1 topic1word2 topic1word3 topic1word4 topic1word5 topic1word6"
    joined = clusterer.add(ClusterItem("c", None, bridge, entities=("Place1",)))
    assert joined == a
    assert clusterer.drain_merges() == [(a, b)]
    assert [s.articles for s in clusterer.stories()] == [("a", "b", "c")]


def test_bad_dates_and_settings_are_refused_with_a_fix() -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        ClusterItem("x", None, "text", date="yesterday")
    with pytest.raises(ConfigError, match="thresholds"):
        ClusterSettings(join_threshold=1.5)
    with pytest.raises(ConfigError, match="version"):
        StoryClusterer.from_state({"version": 99})


@pytest.mark.slow
def test_items_from_annotated_documents_cluster_the_event() -> None:
    from newsbrief.nlp.annotate import annotate_many

    articles = [Article(item.text, Source(title=item.title, outlet=item.outlet, date=f"{item.date}T08:00:00Z"),
                        id=item.id) for item in (FERRY_ONE, CHESS, FERRY_TWO, FERRY_LATER)]
    items = [item_from_document(doc) for doc in annotate_many(articles)]
    assert items[0].date == "2026-03-03" and items[0].outlet == "Harbour Gazette"
    assert any("Skellig Varra" in name for name in items[0].entities)
    assert not any(name in {"Tuesday", "212", "four"} for name in items[0].entities)
    ids = StoryClusterer().add_many(items)
    assert ids[0] == ids[2] == ids[3] != ids[1]


def test_numbers_are_read_as_written() -> None:
    text = "A magnitude 6.1 quake at 7:30 killed 1,200 people in 2012; 3-year-old v2 and x.5 are not figures."
    assert vec.numbers(text) == ["6.1", "7:30", "1200", "2012", "3"]


def test_different_figures_keep_two_quakes_of_the_same_kind_apart() -> None:
    def quake(item_id: str, magnitude: str, toll: str, hour: str, year: str) -> ClusterItem:
        return ClusterItem(item_id, None, (
            f"A magnitude {magnitude} earthquake struck the mountain region at {hour}, killing {toll} people "
            f"and destroying villages, officials said. Rescue teams searched the rubble of collapsed homes "
            f"through the night. It was the deadliest quake since {year}, the seismological institute said."))

    first, second = quake("a", "6.1", "14", "04:20", "1997"), quake("b", "6.1", "14", "04:20", "1997")
    other = quake("c", "5.3", "230", "17:45", "2003")
    # The texts differ in their figures only (a hard case): a heavy number weight tells the quakes apart ...
    # (These pages name no one: the name checks are off so that the figures are tested alone.)
    strong = ClusterSettings(number_weight=2.0, number_centre=0.3, nameless_apart=False, evidence_names=0)
    assert [s.articles for s in cluster_items([first, second, other], strong)] == [("a", "b"), ("c",)]
    # ... and without the figures the words alone put the second quake into the first one's story.
    words_only = ClusterSettings(number_weight=0.0, year_weight=0.0, nameless_apart=False, evidence_names=0)
    assert len(cluster_items([first, second, other], words_only)) == 1
