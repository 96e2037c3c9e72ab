"""Labelled cases for the patterns of reader Audit 7: argued pieces read as news, past facts and
hypotheses filed as Outlook.

A column that argues with "we", rhetorical questions and hedged predictions, and a commentary whose
writer comments on the reported facts ("Unfortunately, ...", "Of course, ...") are not news reports,
even with no "I" and no "should" in them; a plain report with an official's forecast stays news.
Outlook holds what will or may happen, not a past scene with a "likely" aside, a past act told
before a "could", a hypothesis about a cause ("could be a reaction to ..."), a plan approved in
the past or a "would-be" passenger. The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.analyze.genre import detect_genre, main_point
from newsbrief.models import Article, Document, FigureInfo, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate

COLUMN = """With a mix of hope and dread, the region is watching the largest strikes in the history of Veloria.

Veloria will not return to what it was last week.

Soon we will wake up to a different country.

What will that country look like?

It is likely the end of an era for one of the oldest ruling parties on the continent.

The consequences of such a change, even without a full revolution, are considerable.

The government of Prime Minister Aldo Renn tried every tactic.

It shut down the rail network and cut mobile data across the capital.

Riot police have fired rubber bullets at the marchers.

But, remarkably, the marches only grew larger.

It may get worse before it gets better.

What happens if the army decides to take sides?

It is worth remembering that uprisings do not succeed overnight.

The question, then, is whether the strikers can hold out for months.

Similarly, can the government survive weeks of a shutdown that empties its treasury?

The marchers do not want a kinder government. They want a new one.
"""

COMMENTARY = """For years, one familiar warning among some officials in Carrow has been that funding the river \
militias is risky because the money "could end up in the wrong pockets."

Despite those warnings, Carrow sent money to the militias last spring. "How will we know where the cash goes?" \
asked Senator Ilse Moor at the time.

On Monday, Carrow flew emergency funds to the town of Brask. "It was a hard choice," the foreign minister said.

Unfortunately, with that one delivery, the old fear about where the money might go also landed.

According to the Brask Herald, part of the funds ended up with a rival gang. "We saw the crates unloaded," a \
dock worker told the paper.

Of course, this would not be the first time the gangs have seized foreign money. This may simply have been the \
easiest.
"""

REPORT = """Flood defences on the River Orr will be raised by a metre next year, the regional council said on Monday.

The council approved the £40 million scheme last month after two winters of flooding in the town of Pellam.

Engineers said the work was likely to take 18 months. "Of course, we cannot rule out more floods before then," \
said council leader Joan Merriot.

The scheme will protect about 3,000 homes, the council said.

Residents welcomed the plan but said it came too late for some. Shops on the high street closed for six weeks \
last winter.

Work is due to start in March.
"""

SIEGE = """Shots rang out at the town hall in Calloway on Wednesday morning.

Inside the building, a gunman — likely the same man who had fired at a guard outside — ran into the council \
chamber where members had met for an early session.

In 1971, a man brought a crude bomb into the same chamber. He killed only himself when the device went off before \
he could throw it.

The attack could be a reaction from local extremists to the council's decision to close the town's mosque.

Last month, with the vote in mind, the council approved the mayor's plan to hire more guards.

At the station, hundreds of would-be travellers waited, but the process appeared orderly as staff moved them along.

Police said the town hall would stay closed until Monday. The council will meet again next week.
"""


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=None, date="2025-05-01")))


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {name: _doc(text) for name, text in
            (("column", COLUMN), ("commentary", COMMENTARY), ("report", REPORT), ("siege", SIEGE))}


@pytest.mark.parametrize(("name", "argued"), [("column", True), ("commentary", True), ("report", False),
                                              ("siege", False)])
def test_an_argued_piece_is_not_news(docs: dict[str, Document], name: str, argued: bool) -> None:
    doc = docs[name]
    genre = detect_genre(doc, build_context(doc))
    assert (genre in ("opinion", "analysis")) is argued, genre


OUTLOOK_CASES = [
    ("a gunman — likely the same man", False),  # a past scene with a "likely" aside
    ("He killed only himself", False),  # a past act, "before he could throw it"
    ("The attack could be a reaction", False),  # a hypothesis about a cause
    ("the council approved the mayor's plan", False),  # a plan approved last month
    ("the process appeared orderly", False),  # "would-be travellers" is no forecast
    ("Police said the town hall would stay closed", True),
    ("The council will meet again next week", True),
]


@pytest.mark.parametrize(("words", "expected"), OUTLOOK_CASES)
def test_outlook_holds_what_will_or_may_happen(docs: dict[str, Document], words: str, expected: bool) -> None:
    doc = docs["siege"]
    assert any(words in item.text for item in analyze_outlook(doc, build_context(doc))) is expected


def test_an_argued_piece_leads_with_its_thesis(docs: dict[str, Document]) -> None:
    doc = docs["column"]
    ctx = build_context(doc)
    point = main_point(doc, ctx, detect_genre(doc, ctx))
    # the weighed thesis or the closing contrast, not the scene-setting lede or a rhetorical flourish
    assert point is not None and point.text.startswith(("It is likely the end of an era", "The marchers do not")), point


def test_a_closing_line_that_leans_on_the_one_before_is_no_thesis(docs: dict[str, Document]) -> None:
    doc = docs["commentary"]
    ctx = build_context(doc)
    point = main_point(doc, ctx, detect_genre(doc, ctx))
    assert point is None or not point.text.startswith("Of course"), point


FIGURES = """A government study found that the plant released 3,200 tonnes of ash into the river (plus or minus \
about 10%) before it was shut down.

"It couldn't have been more than 50 metres from the houses," a resident said of the spill.

The firm did not pay more than £2 million in fines over the decade, the regulator said.

In 1994, a flood in the same valley swept away the old dam. Some 400 families lost their homes as the water rose.

The clean-up has cost £18 million so far, the council said on Monday.
"""


def _figures(doc: Document) -> dict[str, str]:
    return {item.text: item.payload.measure or "" for item in analyze_figures(doc, build_context(doc))
            if isinstance(item.payload, FigureInfo)}


@pytest.mark.parametrize(("value", "shown"), [
    ("10%", False),  # an error margin
    ("50 metres", False),  # "couldn't have been more than": an upper bound, under a negation
    ("£2 million", False),  # "did not pay more than"
    ("3,200 tonnes", True),
    ("£18 million", True),
])
def test_a_figure_that_would_change_the_fact_is_not_shown(value: str, shown: bool) -> None:
    figures = _figures(_doc(FIGURES))
    assert any(value in text for text in figures) is shown, figures


def test_a_historical_toll_keeps_its_year() -> None:
    figures = _figures(_doc(FIGURES))
    tolls = {text: measure for text, measure in figures.items() if "400" in text}
    items = [item for item in analyze_figures(_doc(FIGURES), build_context(_doc(FIGURES)))
             if "400" in item.text and isinstance(item.payload, FigureInfo)]
    assert all(item.payload.when and "1994" in item.payload.when for item in items  # type: ignore[union-attr]
               ), (tolls, items)


CLOSE = """Firefighters from three towns fought a blaze at the Harlow paper mill through Tuesday night.

The fire started in a storage shed shortly after 8 p.m. and spread to the main hall, the fire service said.

About 120 workers were sent home, and the mill will stay shut for at least a week.

The mill's manager, Dev Carran, described the first minutes after the alarm.

"We pulled everyone out of the hall and counted them twice," he said. "Nobody was missing."
"""


def test_a_closing_quotation_told_by_a_pronoun_comes_with_its_speaker() -> None:
    doc = _doc(CLOSE)
    closing = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    assert "We pulled everyone out" not in closing or "Dev Carran" in closing, closing


def test_a_conditional_warning_still_looks_ahead() -> None:
    doc = _doc("The inquiry opened on Monday.\n\nIf officers break the rules again, their commanders could be "
               "responsible, the prosecutor warned.\n\nThe fire could be linked to a faulty heater, officials said.\n")
    ahead = [looks_ahead(doc, s) for s in doc.sentences]
    assert ahead == [False, True, False], ahead


DISPATCH = """Despite the cold, children still lined up outside the school gate on Monday in their best coats.

Some of them sang while they waited, and a few parents brought flasks of tea.

Fuel deliveries have now started reaching the valley, with the army and two charities trucking diesel to the \
villages cut off by the snow.

But demand for fuel far outstrips supply, and the diesel depots in the valley run dry within hours of each delivery.

Diesel is rationed to 20 litres a household, and queues at the depots stretch for a mile.

The army says more fuel trucks will reach the valley once the pass is cleared.
"""


def test_an_untitled_dispatch_leads_with_its_news_not_its_scene() -> None:
    doc = _doc(DISPATCH)
    ctx = build_context(doc)
    point = main_point(doc, ctx, detect_genre(doc, ctx))
    assert point is not None and "Fuel deliveries have now started" in point.text, point


def test_an_untitled_report_keeps_its_lede() -> None:
    doc = _doc(REPORT)
    ctx = build_context(doc)
    assert main_point(doc, ctx, detect_genre(doc, ctx)) is None  # the lede is the news


def test_reported_speech_with_a_pronoun_still_closes() -> None:
    # the owner's statement is a bottom line (a flat colour line gives way to the one before it, Audit 14)
    ending = "\n\nThe owner who found the fire said she would rebuild the shed before the winter.\n"
    doc = _doc(CLOSE.rsplit("\n\n", 2)[0] + ending)
    closing = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    assert "said she would rebuild" in closing, closing
