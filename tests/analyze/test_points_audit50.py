"""Key points of reader Audit 50 (docs/audit.md section 51; issue #11), as classes.

- **A deck glued onto the dateline** (#1): the page's standfirst lines run together and the splitter ends a sentence
  on "Washington (CNN) --"; that sentence was key point 2 (F) and the lede after it key point 3. The run-on is no
  point and the lede leads (point_prefixes.dateline_lede).
- **A feature's nut graf after its scene** (#6): "A newfound freedom of expression has sparked an explosion in
  revolutionary music and art" was weighed as scenery, and the hallway scene led. A boom is a dispatch's
  situation as a crisis is (dispatch._SITUATION).

All articles are written for these tests.
"""

from __future__ import annotations

from newsbrief.analyze.point_prefixes import ends_on_dateline
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

DECK = Case("deck_on_dateline", """\
By Ann Lowe, CNN Transport Producer The city of Leeds has said its old harbour bridge can reopen to buses next month.

Move follows two years of complaints from cyclists Council will have to find the money for a new bus route The \
vote comes as the council faces a budget gap Mayor has warned this is a "make-or-break moment," aides said \
Leeds, England (CNN) -- The city council of Leeds has voted to close the old harbour bridge to cars for good, a \
council spokesman told CNN.

The spokesman said the closure would let the council build a cycle lane and a bus stop on the bridge by the spring.

It follows a petition from 12,000 residents asking for the bridge to be closed to cars after two cyclists died there.

In March, the council closed the bridge for repairs to its steel supports, which had been found to be cracked.

Drivers' groups said the closure would add twenty minutes to journeys across the city at rush hour.
""", ("news",), ("has voted to close the old harbour bridge",), ('"make-or-break moment,"',))

NUT_GRAF = Case("nut_graf_after_scene", """\
Actors don't often trust strangers, so it was no surprise that the director Ama Boateng frowned when I first walked \
into her cramped rehearsal room in a former army barracks in Tamale.

This is where Boateng, 31, has been staging plays about the old regime ever since the protests began in March.

Ghanaian actors probably have a right to be wary.

For decades, they say, they feared informers who reported any play the police deemed hostile to the state.

But here in Tamale there is no sign of the informers anymore, or of the fear that kept the actors quiet.

A newfound freedom of speech has sparked an explosion in street theatre and protest songs.

Much of it takes place in the barracks, a three-storey building turned arts centre next to the market.

The building's corridors are covered with posters and cartoons, and the rooms are often busy late into the night \
with dozens of young actors at work.

"Tomorrow the street is our stage," Boateng tells her actors, a drum beating behind her.

A few doors down, a painter is finishing a mural of the old president as a clown.
""", ("feature", "news"), ("sparked an explosion in street theatre",))


def test_deck_on_dateline() -> None:
    genre, points = brief_points(DECK)
    assert genre in DECK.genres
    assert DECK.lead[0] in points[0], points
    assert not any(DECK.banned[0] in p for p in points), points


def test_nut_graf_leads() -> None:
    genre, points = brief_points(NUT_GRAF)
    assert genre in NUT_GRAF.genres
    assert any(NUT_GRAF.lead[0] in p for p in points[:2]), points


def test_ends_on_dateline() -> None:
    text = ("Mayor warns of hard choices, aides said Leeds, England (Reuters) - The council voted on Tuesday.\n\n"
            "The council said the vote -- its third this year -- was final.")
    doc = annotate(Article(text=text, source=Source()))
    assert [ends_on_dateline(s) for s in doc.sentences] == [True, False, False], [s.text for s in doc.sentences]
