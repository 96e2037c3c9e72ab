"""Genre, reader Audit 42 (issue #11; docs/audit.md 43.2 and 43.4 item 5: three genre lines wrong of twelve).

- A reported reconstruction under a "How ..." headline ("How the port strike was settled") read as an opinion piece
  because "After all that haggling, ..." was taken for the writer's aside "after all" ("He is, after all, the
  mayor"). "after all" before "that"/"the"/"those" + a noun is a preposition and its object ("after the whole of"),
  no aside; the piece is an analysis (or news), not opinion.
- A contributor's commentary under an editor's note ("Editor's note: Jane Roe is a CNN contributor ...") whose
  paragraphs pose the hard questions ("-- Will the rebels hold the city?") read as questions and answers. A page that
  names its writer a contributor (or disclaims the opinions as the writer's) is a commentary, whatever its
  questions: a Q&A is not signed.
- An entertainment feature behind the scenes ("Sadly this time there's no ...", "Hardly a ... moment, but then
  again ...", "As for the drummer, ...", "expect to see ...") read as news: the writer's chatty asides, three or more
  of them in the writer's own sentences, make a feature.

Near misses that must not change: a news report with "after all the votes were counted", a column with the aside
"after all," (stays opinion), an explainer in question paragraphs without a note (stays Q&A), a straight
entertainment report with one "Sadly" (stays news). All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_RECONSTRUCTION = """The governor settles the port strike within a day of a speech that critics called empty

Twelve days into a strike that had left forty ships waiting off the coast, Governor Dana Whitlock took charge of the dispute yesterday.

The breakthrough came behind closed doors after six hours of talks, when the governor got the dockers' union and the port authority to sign a three-year pay deal.

It came a day after her televised address, which business leaders said had offered nothing new.

The outline of the deal had been drafted in advance, but it took hard bargaining before the port authority agreed to drop its demand for longer shifts.

"There were two or three points where it nearly fell apart," said Ruth Okafor, the governor's labour adviser.

She declined to say which.

Whitlock was joined in the talks by her deputy, Mark Ellery, and two members of her cabinet.

The union was led by its general secretary, Paul Deverill, who brought two lawyers.

The governor was meant to attend only the first hour of the meeting, but stayed to the end.

The deal drew the first praise for Whitlock since the strike began.

On Monday her speech had been judged a missed chance by the chamber of commerce.

After all that haggling, the final agreement ran to only four pages.

Opposition members said the governor had waited too long to act.
"""

_ASIDE_COLUMN = """The council has done it again, and I for one am tired of it.

It has raised parking charges for the third time in two years, while the streets it is meant to maintain fall apart.

The council should be ashamed of the state of the High Street.

I walk down it every morning and count the potholes, and the count only goes up.

The council is, after all, elected to look after the town, not to squeeze its shoppers.

It is time the councillors walked the streets they charge us to park in.

We deserve better than this, and we should say so at the next election.
"""

_VOTES = """The ruling party kept its majority in the regional assembly on Sunday, the electoral commission said.

After all the votes were counted, the party held 41 of the 80 seats, two fewer than before.

Turnout was 58%, up from 52% at the last election.

The opposition alliance won 30 seats and the rest went to independents.

The commission said the count had passed without incident.

The new assembly meets for the first time next week.
"""

_COMMENTARY = """Editor's note: Jane Roe is a CNN contributor and a former ambassador to the United Nations.

(CNN) -- The ceasefire has held for a week.

The guns around the capital have fallen silent.

This is what the envoys had been working towards for months.

Yet the hard part was never the ceasefire; it is the peace that follows it.

-- Will the rebels hand back the towns they took in the spring, or hold them as a bargaining chip?

Some outside monitors would need to enter those towns and count who lives there now.

-- Will the government agree to share power with the men it called terrorists a month ago?

That would take more than a signature in a hotel in Geneva.

-- Who will pay to rebuild the roads and the schools?

The donors have promised much before and delivered little.

-- And will anyone be held to account for the shelling of the market?

Without an answer to that, the ceasefire may not outlast the winter.

The opinions expressed in this commentary are solely those of Jane Roe.
"""

_EXPLAINER = """The city is to introduce a low-emission zone next month.

What is the low-emission zone?

It is an area in the centre where older diesel cars will pay a daily charge.

Which cars have to pay?

Diesel cars registered before 2015 and petrol cars registered before 2006, according to the city transport office.

How much is the charge?

The charge is 12 a day, payable online or at kiosks.

When does it start?

The zone starts on 1 March, with a grace period of two weeks.
"""

_FEATURE = """If the guest list does not already make this charity concert feel like the old days, then the rehearsal room certainly does.

Five singers have squeezed into the same basement studio in Camden this week, one after the other.

It is the room where a famous punk band cut its first record in 1977.

Sadly this time there are no leather jackets and no spitting.

Instead each singer comes in alone to sing two lines of an old folk song.

The lines will then be stitched together to make one track.

Monday began with Lara Quinn arriving straight from the airport.

She also got to play the fiddle on the track, a "proper barn-dance fiddle", as she put it.

Each singer had forty minutes to get it right.

Quinn overran, so Tom Adeyemi had to wait, which meant a quick sandwich from the cafe across the road.

"I got the chorus, and I was like, 'Brilliant!'" Adeyemi said.

Hardly a stadium anthem moment, but then again this was a small affair.

As for the drummer, he turned up an hour late and blamed the buses.

When the video comes out, expect to see a lot of headphones and a lot of tea.

The single is out on 3 May, with the money going to a flood relief fund.
"""

_SHOW_REPORT = """A charity concert for flood victims raised 2 million on Saturday, its organisers said.

Twelve acts played to 40,000 people at the city stadium, among them the singer Lara Quinn and the band Red Harbour.

Sadly the headline act, Tom Adeyemi, pulled out on Friday with a throat infection, the organisers said.

The money will go to a flood relief fund run by three charities.

A second concert is planned for next year, the organisers said.

Tickets for it go on sale in June.
"""


def test_reconstruction_with_after_all_that_is_not_opinion() -> None:
    assert _genre(_RECONSTRUCTION, title="How the port strike was settled") != "opinion"


def test_column_with_after_all_aside_stays_opinion() -> None:
    assert _genre(_ASIDE_COLUMN) == "opinion"


def test_report_with_after_all_the_votes_stays_news() -> None:
    assert _genre(_VOTES) == "news"


def test_contributors_commentary_with_questions_is_opinion() -> None:
    assert _genre(_COMMENTARY) == "opinion"


def test_explainer_in_questions_stays_qa() -> None:
    assert _genre(_EXPLAINER, title="Low-emission zone: what you need to know") == "qa"


def test_chatty_studio_feature_is_feature() -> None:
    assert _genre(_FEATURE) == "feature"


def test_concert_report_with_one_sadly_stays_news() -> None:
    assert _genre(_SHOW_REPORT) == "news"
