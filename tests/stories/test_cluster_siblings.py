"""Sibling events (two of one kind) stay apart; reports of one event join; nameless page furniture stays alone."""

from __future__ import annotations

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
