"""Products typed as organisations and a stage name left beside the real name (reader Audit 49 #9 and #8, docs/audit.md
50.4 item 7). Articles written for these tests.

- a laptop written with its size ("the 14-inch Corvane Slate"), its parts ("the Slate's keyboard") or as the object
  of a launch verb ("announce a new Corvane Slate"), and a port standard introduced on it ("Link Type-B"), are
  not actors; the maker that acts stays;
- "X, the Chicago singer who ..., has died. The performer, real name Y, died ..." lists one person, Y;
Near misses that must not change: a body launched by a government stays; a person "released" stays.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actor_things import device_cued
from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

LAPTOP = ("If the latest leaks are right, Quenta's biggest launch of the year could be the Corvane Slate. According "
          "to early reports, Quenta has completely redesigned the Corvane Slate, dropping the card reader.\n\n"
          "The 14-inch Corvane Slate will be thinner than the current model. The Slate's keyboard runs edge to edge, "
          "and the bezels are smaller.\n\nQuenta could also introduce Link Type-B on the new Slate, since reports on "
          "Link Type-B say it can charge a laptop. Quenta has yet to announce a new Corvane Slate officially.")

SINGER = ("Big Money Mo, the Chicago singer who, as part of the Velvet Four, recorded what many call the first "
          "house record, has died at the age of 61.\n\nThe performer, real name Morris Dale, died from heart "
          "failure, according to reports.\n\nDale formed the Velvet Four with two school friends in 1981.\n\n"
          "\"We have lost a brother,\" said Lena Ruiz, who sang with the group.")


def _actors(text: str, title: str) -> dict[str, str]:
    doc = annotate(Article(text=text, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return {info.name: info.type for info in infos if isinstance(info, ActorInfo)}


@pytest.mark.slow
def test_laptop_and_port_standard_are_not_actors() -> None:
    names = _actors(LAPTOP, "Quenta to unveil a smaller laptop")
    assert not any("Slate" in name or "Type-B" in name for name in names), names
    assert "Quenta" in names, names  # the maker stays (the model types this made-up name as it likes)


@pytest.mark.slow
def test_stage_name_folds_into_the_real_name() -> None:
    names = _actors(SINGER, "Big Money Mo dies at 61")
    assert names.get("Morris Dale") == "person", names
    assert not any("Money" in name for name in names), names
    assert "Lena Ruiz" in names, names


def test_device_cues_are_not_read_into_bodies_or_makers() -> None:
    # The cues of the laptop hold; a launched body, a person's release and a maker inside a product's name do not.
    assert device_cued(LAPTOP, "Corvane Slate")
    assert device_cued(LAPTOP, "Link Type-B")
    assert not device_cued("The government launched the National Health Service in 1948.", "National Health Service")
    assert not device_cued("Police released Tom Hale on Friday.", "Tom Hale")
    assert not device_cued("It is larger than the 42mm Orion Watch.", "Orion")
    assert not device_cued("Quenta relies on Samsung's chip-making.", "Samsung")
