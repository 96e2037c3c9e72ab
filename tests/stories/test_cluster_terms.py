"""Vectorising an article ahead of time (as annotation would) assigns it exactly as ``add`` alone does."""

from __future__ import annotations

import json

from newsbrief.stories.cluster import ClusterSettings, StoryClusterer
from newsbrief.stories.items import ClusterItem

# Two invented events of one kind (two bridge closures) and an unrelated one, reports interleaved.
_BRIDGE = ("The {name} bridge over the river {river} was closed on {day} after engineers found a {size} cm crack "
           "in its main span. Mayor {mayor} said repairs would take {weeks} weeks and cost {cost} million. "
           "Commuters queued for ferries instead. Report {n}.")
_EVENTS = [
    dict(name="Harnet", river="Oske", size="40", mayor="Lina Toller", weeks="six", cost="12", day="2026-05-04"),
    dict(name="Vellby", river="Marra", size="15", mayor="Ansel Kroon", weeks="three", cost="4", day="2026-05-06"),
]
_ORCHARD = ("Frost destroyed most of the apricot blossom in the orchards of Talvik on {day}, growers said, and the "
            "cooperative chair Ruth Ekland warned of a poor harvest. Report {n}.")


def _items() -> list[ClusterItem]:
    items = []
    for n in range(4):
        for k, event in enumerate(_EVENTS):
            text = _BRIDGE.format(n=n, **event)
            items.append(ClusterItem(id=f"bridge{k}-{n}", title=f"{event['name']} bridge shut over crack",
                                     text=text, date=event["day"],
                                     entities=(f"{event['name']}", f"{event['river']}", f"{event['mayor']}")))
        items.append(ClusterItem(id=f"orchard-{n}", title=None, text=_ORCHARD.format(day="2026-05-05", n=n),
                                 date="2026-05-05", entities=("Talvik", "Ruth Ekland")))
    return items


def test_terms_computed_ahead_give_the_same_stories_and_state() -> None:
    alone, ahead = StoryClusterer(ClusterSettings()), StoryClusterer(ClusterSettings())
    items = _items()
    ids_alone = [alone.add(item) for item in items]
    terms = [ahead.terms(item) for item in items]  # all before any assignment: they need no state
    ids_ahead = [ahead.add(item, t) for item, t in zip(items, terms, strict=True)]
    assert ids_ahead == ids_alone
    assert ids_alone[2] != ids_alone[0] and len(set(ids_alone)) >= 2  # the orchard frost is not a bridge story
    assert json.dumps(ahead.state(), sort_keys=True) == json.dumps(alone.state(), sort_keys=True)
