"""Second looks at young stories: a later sibling event that recalls the earlier is split off; an orphan is adopted."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from newsbrief.stories.cluster import STATE_VERSION, ClusterSettings, StoryClusterer, cluster_items
from newsbrief.stories.items import ClusterItem

WORDS_ONLY = ClusterSettings(contrast_penalty=0.0, year_weight=0.0, entity_weight=0.0, number_weight=0.0)


def _arrest(item_id: str, title: str, player: str, position: str, road: str, year: str, recall: str) -> ClusterItem:
    text = (f"Harbor City Gulls {position} {player} was arrested early on Sunday on suspicion of driving under "
            f"the influence, the highway patrol said.\n"
            f"Officers stopped his car on {road} shortly after 2 a.m. and he was booked into county jail before "
            f"being released on bail later that morning.\n"
            f"The Gulls said they were aware of the arrest of {player} and were gathering information; the league "
            f"may fine the player under its conduct policy for {year}.{recall}")
    return ClusterItem(item_id, title, text, entities=("Harbor City Gulls", player, road))


def _first(item_id: str, title: str) -> ClusterItem:
    return _arrest(item_id, title, "Dario Venn", "receiver", "Route 17", "2019", "")


def _second(item_id: str, title: str) -> ClusterItem:
    # Two years later, reports of the second arrest recall the first one, deep in their text.
    return _arrest(item_id, title, "Ruben Okafor", "tackle", "Interstate 9", "2021",
                   "\nIt is the team's second such arrest since receiver Dario Venn was stopped in 2019; "
                   "the Gulls suspended no one then and the 2021 season opens next month.")


def test_a_later_sibling_event_that_recalls_the_earlier_one_is_split_off() -> None:
    items = [
        _first("e1-a", "Gulls receiver Venn arrested on suspicion of DUI"),
        _second("e2-a", "Gulls tackle Okafor arrested on suspicion of DUI"),
        _first("e1-b", "Venn booked after early-morning DUI stop, Gulls say"),
        _second("e2-b", "Okafor booked after early-morning DUI stop, Gulls say"),
    ]
    assert [s.articles for s in cluster_items(items, replace(WORDS_ONLY, split_min_group=0))] == [
        ("e1-a", "e2-a", "e1-b", "e2-b")]  # words alone join the four reports
    # The second arrest's reports mention Venn, so the rule that each side never mentions the other's
    # name keeps the story whole ...
    symmetric = cluster_items(items, replace(WORDS_ONLY, split_asymmetric=False))
    assert [s.articles for s in symmetric] == [("e1-a", "e2-a", "e1-b", "e2-b")]
    # ... while neither of them features Venn in its opening, and no report of the first arrest names
    # Okafor at all (it could not): the two arrests are split apart.
    clusterer = StoryClusterer(WORDS_ONLY)
    ids = clusterer.add_many(items)
    assert {s.story_id: s.articles for s in clusterer.stories()} == {ids[0]: ("e1-a", "e1-b"),
                                                                   ids[3]: ("e2-a", "e2-b")}
    assert clusterer.drain_splits() == [(ids[0], ids[3])]


def test_reports_of_one_arrest_that_feature_different_officials_stay_one_story() -> None:
    # Same event, same year; half the reports quote a spokesman in the opening, half a coach.
    items = [replace(_first(f"s{n}", f"Venn arrested, says {name}"), entities=("Harbor City Gulls", "Dario Venn",
                                                                               "Route 17", name))
             for n, name in enumerate(("Mara Quist", "Mara Quist", "Leon Harrow", "Leon Harrow"))]
    assert len(cluster_items(items, WORDS_ONLY)) == 1
    assert len(cluster_items(items, replace(WORDS_ONLY, split_years=0))) == 2  # the years check keeps them whole


# An early flash that named the closures before anyone named the fire, then four full reports.
EARLY = ClusterItem("early", "Quay Road shut, Oskay ferries held, roof down",
                    "Police shut Quay Road. Ferries to Oskay were held for two hours.\n"
                    "Residents were told to keep windows shut after the roof collapsed at noon.",
                    entities=("Quay Road", "Oskay"))
_DETAILS = (
    ("Crews fought the blaze for six hours", "Harbour master Ilse Drover closed the north quay",
     "Nobody was hurt, the brigade said"),
    ("Forty firefighters and eight engines attended", "The warehouse stored timber and rope",
     "Police closed Quay Road to traffic"),
    ("Residents were told to keep windows shut", "The roof of the warehouse collapsed at noon",
     "An investigation into the cause has begun"),
    ("The owner, Bramley Freight, said stock was insured", "Ferries to Oskay were delayed two hours",
     "Firefighters stayed overnight to damp down"),
)
FULL = [ClusterItem(f"full-{n}", f"Warehouse fire at Tarnwick harbour: {a.lower()}",
                    f"A fire destroyed a warehouse at Tarnwick harbour on Monday. {a}.\n{b}. {c}.\n"
                    "Smoke from the warehouse fire drifted across the harbour for most of the day.",
                    entities=("Tarnwick", "Ilse Drover", "Bramley Freight"))
        for n, (a, b, c) in enumerate(_DETAILS)]


def test_a_story_that_grew_adopts_an_early_report_that_had_opened_a_story_of_its_own() -> None:
    alone = StoryClusterer(replace(WORDS_ONLY, adopt_threshold=0.0))
    ids = alone.add_many([EARLY, *FULL])
    assert ids[0] not in ids[1:]  # the flash shares too little with any single full report to join it
    assert [s.articles for s in alone.stories()] == [("early",), tuple(item.id for item in FULL)]
    # Against the story the four reports made, the flash scores like a report of it, and is adopted;
    # the grown story keeps its id (a story keeps its id as it grows) and the merge is reported to the store.
    adopting = StoryClusterer(replace(WORDS_ONLY, adopt_threshold=0.15))
    ids = adopting.add_many([EARLY, *FULL])
    assert [s.articles for s in adopting.stories()] == [("early", *(item.id for item in FULL))]
    assert ids[-1] == ids[1] != ids[0] and (ids[1], ids[0]) in adopting.drain_merges()


def _version_4(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` as newsbrief wrote it at version 4: no member evidence, no asymmetric, wide or adopt settings."""
    old = json.loads(json.dumps(state))
    old["version"] = 4
    old["settings"] = {k: v for k, v in old["settings"].items()
                       if k not in {"split_asymmetric", "split_wide_group", "split_wide_share", "adopt_threshold",
                                    "adopt_size"}}
    for story in old["active"] + old["dormant"]:
        for member in story["young"] or ():
            del member[9:]
    return dict(old)


def test_a_version_4_state_loads_and_goes_on_like_a_clusterer_that_never_stopped() -> None:
    items = [EARLY, *FULL]
    whole = StoryClusterer(WORDS_ONLY)
    whole.add_many(items)
    first = StoryClusterer(WORDS_ONLY)
    first.add_many(items[:2])
    state = first.state()
    assert state["version"] == STATE_VERSION and any(
        m[9] < 1.0 for story in state["active"] for m in story["young"])  # evidence is kept from version 5
    restored = StoryClusterer.from_state(_version_4(state))
    assert all(m[9] == 1.0 for story in restored.state()["active"] for m in story["young"])
    restored.add_many(items[2:])
    # With words only, evidence weighs nothing, so the stories are the same as without the stop.
    assert restored.stories() == whole.stories()
    assert restored.state()["version"] == STATE_VERSION
