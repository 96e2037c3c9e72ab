"""Side names a reader deletes from Actors (reader Audit 46, 47.2: 9 of 52 entries useless).

A person named once, who neither speaks nor acts in the news's present, only in a comparison ("like X before him")
or in a dated background act ("Former chairman X brought in the rule in 2009"), is padding when the list has enough
parties. Near misses stay: a once-named victim, a judge who ruled this week, a spokesperson who said something, a
person who acts now, and a background name in a piece with too few actors to pad. All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

from .actor_cases import actors_of, info_of

_BASE = """Striker Leon Marsh on Tuesday signed a three-year contract with Harbour City, ending months of talks.

Marsh, 27, scored 19 goals last season. "I want to win trophies here," Marsh said.

Harbour City manager Owen Price said the club had wanted Marsh since the summer. "He is the player we needed," Price
said.

Marsh's former club, Eastfield Rovers, said in a statement that it wished him well. Rovers chairman Gary Blunt said
the fee was fair.

{extra}

Marsh will make his debut against Northport on Saturday.
"""

_SHORT = """Striker Leon Marsh on Tuesday signed a three-year contract with Harbour City.

{extra}
"""

_CASES = [
    ("comparison", _BASE, "Fans compared his pace to that of Danny Kells, the winger who left the club a decade ago.",
     "Danny Kells", False),
    ("like", _BASE, "Like former captain Frank Doyle before him, Marsh came through the youth ranks in the north.",
     "Frank Doyle", False),
    ("dated-act", _BASE, "The league's former chief executive Paul Hendry introduced the transfer cap in 2009.",
     "Paul Hendry", False),
    ("years-ago", _BASE, "Manager Ray Tolland signed Marsh's father for the club thirty years ago.", "Ray Tolland",
     False),
    ("then-decade", _BASE, "Then manager Ray Tolland built the club's academy in the 1990s.", "Ray Tolland", False),
    ("victim", _BASE, "Goalkeeper Tom Reyes was taken to hospital on Tuesday after a collision in training.",
     "Tom Reyes", True),
    ("judge", _BASE, "Judge Ann Pike ruled on Monday that the transfer could go ahead despite the dispute.",
     "Ann Pike", True),
    ("spokesperson", _BASE, "A league spokeswoman, Lisa Grove, said the registration had been approved.",
     "Lisa Grove", True),
    ("acts-now", _BASE, "Agent Mark Lowe negotiated the deal over the weekend.", "Mark Lowe", True),
    ("dated-now", _BASE, "Agent Mark Lowe agreed the fee in 2026, after a bid in 2024 had failed.", "Mark Lowe", True),
    ("short-piece", _SHORT, "The league's former chief executive Paul Hendry introduced the transfer cap in 2009.",
     "Paul Hendry", True),
]


@pytest.mark.parametrize(("text", "extra", "name", "listed"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES])
def test_a_side_name_is_no_actor(text: str, extra: str, name: str, listed: bool) -> None:
    """A once-named comparison or background name goes; one who is hurt, rules, speaks or acts now stays."""
    found = actors_of(text.format(extra=extra))
    assert (name in found) is listed, sorted(found)


def test_the_principals_stay_beside_a_side_name() -> None:
    """Striking a side name keeps the story's parties."""
    found = actors_of(_BASE.format(extra=_CASES[2][2]))
    assert {"Leon Marsh", "Owen Price", "Gary Blunt"} <= set(found)


@pytest.mark.parametrize(("date", "listed"), [("2009-06-02", True), ("2026-12-02", False)], ids=["same-year", "later"])
def test_a_bare_year_reads_against_the_publication_date(date: str, listed: bool) -> None:
    """With a dated source, an act in the publication year is the news's own, an act years before is background."""
    text = _BASE.format(extra="The league's former chief executive Paul Hendry introduced the transfer cap in 2009.")
    doc = annotate(Article(text=text, source=Source(date=date)))
    names = {info_of(item).name for item in analyze_actors(doc, build_context(doc))}
    assert ("Paul Hendry" in names) is listed


def test_a_director_named_once_as_trivia_is_no_actor() -> None:
    """A film director named once for a scene shot at the ground, years unsaid, is trivia (Audit 46 47.2's shape)."""
    found = actors_of(_BASE.format(extra="The ground is where director Sam Reid shot the final scene of a film about "
                                         "the miners' strike."))
    assert "Sam Reid" not in found and "Owen Price" in found
