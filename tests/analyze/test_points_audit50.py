"""Key points of reader Audit 50 (docs/audit.md section 51; issue #11), as classes.

- **A deck glued onto the dateline** (#1): the page's standfirst lines run together and the splitter ends a sentence
  on "Washington (CNN) --"; that sentence was key point 2 (F) and the lede after it key point 3. The run-on is no
  point and the lede leads (point_prefixes.dateline_lede).
- **A feature's nut graf after its scene** (#6): "A newfound freedom of expression has sparked an explosion in
  revolutionary music and art" was weighed as scenery, and the hallway scene led. A boom is a dispatch's
  situation as a crisis is (dispatch._SITUATION).
- **A late turn answering a detail** (#5): "But Dr Fukuda said that there was no evidence to link exposure to pork
  with infection", sentence 34 of 49, was key point 2 as a report's turn to doubt; it doubts the pork bans told
  just before it, not the report's news (point_theses.TURN_SHARE).
- **An update at the foot** (the lead's reading of FNC-1 body 1500): "[UPDATE: ... tonight's programming 'was never
  going to be' a panel ...]" overturned the story and was in no key point. It is shown second, without its label
  (point_prefixes.closing_update).

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

LATE_TURN = Case("late_turn", """\
Health officials around the world are racing to contain a new strain of bird flu after outbreaks were reported in \
Chile, Peru and Argentina.

At least 40 people are now suspected to have died of the disease in Chile.

In Europe, health ministers called for an urgent meeting after one case was confirmed in Portugal.

The WHO has warned the virus could spread quickly, but said the world was better prepared than before.

Stocks of antiviral drugs are being readied, and travellers are being screened at some airports.

In Chile, the government has closed schools, cinemas and football grounds in the capital.

Hospitals in Santiago said they had treated more than 600 people with symptoms since Friday.

The army has been handing out face masks at metro stations and bus terminals.

Peru has reported 12 suspected cases, most of them in the port city of Callao.

Argentina said it had confirmed three cases, all in people who had recently been to Chile.

The United States has advised against travel to the affected regions of Chile.

Canada said it was testing two travellers who had returned from Santiago with a fever.

The strain is a mix of bird and human flu viruses, scientists at the WHO laboratory in London said.

There is no vaccine for it yet, but severe cases can be treated with antiviral drugs.

Drug makers said a vaccine could take six months to develop and test.

Japan, Korea and Vietnam have banned imports of chicken and eggs from Chile and parts of Peru.

But Dr Ana Ruiz said that there was no evidence to link eating chicken with infection.

Most of those who have died so far were older adults with other illnesses.

Airports in the region have begun screening travellers for fever and cough.

Shares in airlines and hotel groups fell sharply in Asia and Europe on Monday.

Schools in the capital will stay closed until the end of the month, the ministry said.

The WHO will meet again on Friday to decide whether to raise its alert level.
""", ("news",), ("racing to contain a new strain",), ("no evidence to link eating chicken",))

def test_late_turn_is_no_second_point() -> None:
    _, points = brief_points(LATE_TURN)
    assert LATE_TURN.lead[0] in points[0], points
    assert not any(LATE_TURN.banned[0] in p for p in points), points


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


UPDATED = Case("update_at_foot", """\
Tonight the city's football club is going to hold a public debate on racist chanting at its stadium. The debate \
will hear from eight club officials and not a single fan, in a remarkable show of how little the club listens.

The event was planned by people who are paid to run the club well. They are bad at their jobs.

Fans' groups have asked for a seat on the panel for months, and say the club has ignored every letter they sent.

The club's owner, Peter Vance, has said in the past that chanting is a matter for the police, not for the club.

Local councillors have called the line-up an insult to the fans who have campaigned against racism for years.

[UPDATE: A club spokesman, Tom Reed, told the Evening Post that tonight's event was never going to be a debate on \
chanting, and that it is a regular meeting of the club's board.]
""", ("news", "opinion"), ("was never going to be a debate on chanting",), ("[UPDATE",))


def test_update_shown_second() -> None:
    _, points = brief_points(UPDATED)
    assert UPDATED.lead[0] in points[1], points
    assert points[1].startswith("A club spokesman, Tom Reed, told the Evening Post"), points
