"""Sibling events (two of one kind) stay apart; reports of one event join; nameless page furniture stays alone."""

from __future__ import annotations

import json
from dataclasses import replace

from newsbrief.stories import vectors as vec
from newsbrief.stories.cluster import ClusterSettings, StoryClusterer, cluster_items, key_names
from newsbrief.stories.items import ClusterItem


def _quake(item_id: str, town: str, country: str, province: str, agency: str, magnitude: str, toll: str,
           weekday: str, date: str, official: str, lead: str) -> ClusterItem:
    text = (f"{lead}\n"
            f"A magnitude {magnitude} earthquake struck near {town} in {province}, {country}, on {weekday}, "
            f"killing at least {toll} people and flattening houses in nearby villages.\n"
            f"Rescue teams dug through the rubble of collapsed homes through the night, the {agency} said.\n"
            f"{official}, the regional governor, said schools would stay closed while engineers inspected them.\n"
            f"The quake was felt across {province}; aftershocks continued into the morning of {date}.")
    return ClusterItem(item_id, None, text,
                       entities=(town, country, province, agency, official.split(", ")[0]))


def _first_quake(item_id: str, lead: str) -> ClusterItem:
    return _quake(item_id, "Vell Harad", "Tarvania", "Oskel province", "Tarvanian Red Crescent", "6.2", "31",
                  "Tuesday", "March 4, 2014", "Governor Mirek Alsan", lead)


def _second_quake(item_id: str, lead: str) -> ClusterItem:
    return _quake(item_id, "San Corvo", "Delmira", "Alta Vessa", "Delmiran Civil Protection", "5.7", "9",
                  "Sunday", "October 19, 2019", "Governor Lucia Varga", lead)


def test_two_earthquakes_in_different_countries_and_years_are_two_stories() -> None:
    items = [
        _first_quake("q1-a", "Vell Harad earthquake in Tarvania kills 31, says Governor Mirek Alsan"),
        _second_quake("q2-a", "San Corvo quake in Delmira leaves 9 dead, Governor Lucia Varga says"),
        _first_quake("q1-b", "Tarvania quake: Vell Harad death toll rises to 31 as Mirek Alsan visits"),
        _second_quake("q2-b", "Delmira earthquake near San Corvo kills 9; Lucia Varga closes schools"),
    ]
    stories = sorted(story.articles for story in cluster_items(items))
    assert stories == [("q1-a", "q1-b"), ("q2-a", "q2-b")]


def test_featured_names_contrast_keeps_siblings_apart_that_words_alone_would_join() -> None:
    # Two coaches of one club fired in different seasons, told in other words: the names differ.
    first = ClusterItem("a", None, (
        "Dale Brannock was fired as head coach of the Harbour City Herons on Saturday.\n"
        "The Herons had lost five straight games, and general manager Tom Reddle said the team needed "
        "a new voice. Assistant Sim Oyelaran will take over as interim coach.\n"
        "Brannock had two years left on his contract."),
        entities=("Dale Brannock", "Harbour City Herons", "Tom Reddle", "Sim Oyelaran"))
    other = ClusterItem("b", None, (
        "The Harbour City Herons dismissed Pete Ostrander after a single season in charge.\n"
        "Ostrander's team won only nine games; owners said a coach with playoff experience would be hired "
        "before the draft, and fans at the arena cheered the news.\n"
        "Ostrander was fired by phone, a club spokesman said."),
        entities=("Harbour City Herons", "Pete Ostrander"))
    without = ClusterSettings(contrast_penalty=0.0, year_weight=0.0, entity_weight=0.0, number_weight=0.0)
    assert len(cluster_items([first, other], without)) == 1  # words alone: one story (the hard case)
    # (evidence_names off: these short pages have four names, and a check counts in full from twelve)
    with_contrast = ClusterSettings(entity_weight=0.0, number_weight=0.0, evidence_names=0)
    assert len(cluster_items([first, other], with_contrast)) == 2
    # the names in the opening 150 characters are featured; the interim coach, named later, is not
    assert set(key_names(first, 150)) == {vec.feature("w", w) for w in ("brannock", "herons", "reddle")}


def test_nameless_page_furniture_does_not_gather_into_a_story() -> None:
    share = ("Share this with your friends. Add location information to your posts from the web and apps. "
             "You can always delete your location history. Learn more about cookies and privacy settings.")
    pages = [ClusterItem(f"page-{n}", None, share) for n in range(3)]
    clusterer = StoryClusterer()
    assert len({clusterer.add(page) for page in pages}) == 3
    # ... while the same words with names behind them are one story.
    named = [ClusterItem(f"named-{n}", None, share + " Posted by Arlo Penhaligon of Westmere Radio.",
                         entities=("Arlo Penhaligon", "Westmere Radio")) for n in range(2)]
    assert len({story.story_id for story in cluster_items(named)}) == 1


def test_years_are_read_from_dates_and_prose_but_not_from_other_figures() -> None:
    text = "On July 8, 2012 (27/09/2013) it cost $2000 in 1999; 12008 units, 2010% and 3,2015 are not years."
    assert vec.years(text) == ["2012", "2013", "1999"]


def _fight(item_id: str, lead: str, opponent: str, city: str, year: str, rounds: str) -> ClusterItem:
    text = (f"{lead}\n"
            f"Vasko Drelin kept his heavyweight title on Saturday night, stopping {opponent} in round {rounds} "
            f"before a sold-out crowd in {city}.\n"
            f"The champion controlled the fight with his jab and dropped {opponent} twice; the referee waved it "
            f"off as the challenger's corner threw in the towel.\n"
            f"It was the champion's third defence since he won the belt, and his promoter said a unification "
            f"bout could follow in {year} or the year after.")
    return ClusterItem(item_id, None, text, entities=("Vasko Drelin", opponent, city))


def _first_fight(item_id: str, lead: str) -> ClusterItem:
    return _fight(item_id, lead, "Omar Rastani", "Kelmberg", "2008", "seven")


def _second_fight(item_id: str, lead: str) -> ClusterItem:
    return _fight(item_id, lead, "Tony Marbeck", "Port Aster", "2012", "eleven")


def test_a_young_story_of_two_sibling_events_splits_once_each_has_two_reports() -> None:
    # Two title defences of one champion, years apart: words alone join all four reports.
    items = [
        _first_fight("f1-a", "Drelin stops Rastani in Kelmberg to keep his heavyweight belt"),
        _second_fight("f2-a", "Drelin stops Marbeck in Port Aster to keep his heavyweight belt"),
        _first_fight("f1-b", "Champion Drelin too strong for Rastani in seventh-round stoppage"),
        _second_fight("f2-b", "Champion Drelin too strong for Marbeck in eleventh-round stoppage"),
    ]
    words_only = ClusterSettings(contrast_penalty=0.0, year_weight=0.0, entity_weight=0.0, number_weight=0.0)
    unsplit = cluster_items(items, replace(words_only, split_min_group=0))
    assert [story.articles for story in unsplit] == [("f1-a", "f2-a", "f1-b", "f2-b")]
    clusterer = StoryClusterer(words_only)
    ids = clusterer.add_many(items)
    assert ids[:3] == [ids[0]] * 3  # the first three reports joined one story ...
    assert ids[3] != ids[0]  # ... and the fourth, the second report of the other fight, split it apart
    stories = {story.story_id: story.articles for story in clusterer.stories()}
    assert stories == {ids[0]: ("f1-a", "f1-b"), ids[3]: ("f2-a", "f2-b")}  # the first article's side keeps the id
    assert clusterer.drain_splits() == [(ids[0], ids[3])]
    # A clusterer restored from its JSON state after three reports keeps the members and splits the same way.
    first = StoryClusterer(words_only)
    first.add_many(items[:3])
    restored = StoryClusterer.from_state(json.loads(json.dumps(first.state())))
    assert restored.add(items[3]) == ids[3]
    assert {story.story_id: story.articles for story in restored.stories()} == stories
    # Reports of one fight featuring different trainers are not split: each pair features a name the
    # other lacks, but both name the same year.
    same = [replace(item, entities=(*item.entities, name)) for item, name in (
        (_first_fight(f"s{n}", f"Drelin beats Rastani, says trainer {name}"), name)
        for n, name in enumerate(("Ilse Varno", "Ilse Varno", "Kurt Emmel", "Kurt Emmel")))]
    assert vec.feature("w", "varno") in key_names(same[0], 250)
    assert len(cluster_items(same, words_only)) == 1
    assert len(cluster_items(same, replace(words_only, split_years=1))) == 1
    assert len(cluster_items(same, replace(words_only, split_years=0))) == 2
