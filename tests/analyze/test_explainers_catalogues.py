"""An explainer's questioned belief and a catalogue's quoted items are not the article's view (reader Audit 12).

Labelled articles written for this test, in new wording (13.3 "Stance reversed", 13.4 pattern 3, 13.5):

- a question-led explainer states a belief ("The common belief is that the floodwater will spread
  cholera"), doubts it ("But is that assumption correct?") and answers no. The belief is no Outlook and
  no key point; the answer ("floodwater on its own does not cause cholera outbreaks") is the main point;
- a catalogue of a rail chief's blunders ("here are Northline's worst PR blunders") quotes her forecast
  and her apology as items: neither is Outlook or Analysis, and the lead's framing is the main point.

Near-misses that must not change: a belief the explainer answers "yes", a headline on one admitted
mistake (no catalogue), and an ordinary report whose chief executive's forecast stays in the Outlook.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.framing import catalogue_frame, questioned_premises
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _doc(text: str, title: str | None = None) -> Document:
    return annotate(Article(text=text, source=Source(title=title)))


EXPLAINER = """In flood-struck Merrow, families are boiling every drop of water, amid fears the floodwater spreads cholera.

But is that true?

Across the delta, thousands of people have lost their homes, their cattle and their crops.

The common belief is that the floodwater will spread cholera through the villages.

But is that assumption correct?

"People think the flood itself brings the disease," said Dr Amara Lind, an epidemiologist at the Coastal \
Health Institute. "It does not, unless the bacteria are already there."

A review of twelve floods by the institute found that floodwater on its own does not cause cholera outbreaks.

Dirty wells and broken latrines are a much greater danger, the review says.

Boiling water is still sensible, Dr Lind said, because the wells in Merrow are old.
"""

ANSWERED_YES = """The common belief is that the new bridge will cut journeys into the city by half.

But is that assumption correct?

Engineers at the county council say it is: their traffic models show the morning journey falling from 40 \
minutes to 20 minutes.

The bridge opens in May.
"""


def test_the_questioned_belief_is_no_outlook_and_the_answer_is_the_point() -> None:
    doc = _doc(EXPLAINER)
    ctx = build_context(doc)
    belief = next(s.index for s in doc.sentences if s.text.startswith("The common belief"))
    assert belief in ctx.rejected
    assert all("common belief" not in item.text for item in analyze_outlook(doc, ctx))
    points = [item.text for item in analyze_summary(doc, ctx)]
    assert all("common belief" not in p for p in points)
    assert "does not cause cholera outbreaks" in points[0]


def test_a_belief_answered_yes_stays() -> None:
    assert questioned_premises(_doc(ANSWERED_YES)) == frozenset()


CATALOGUE_TITLE = "Rail chief Dana Roper's blunders in full"
CATALOGUE = """From Dana Roper telling commuters to cycle instead to her promise of delays measured in seconds, \
here are Northline's worst PR blunders.

Days after a signal failure stranded 4,000 passengers, Northline chief executive Dana Roper tells local radio \
that the network is "in great shape".

"Nobody was hurt. The trains are fine," she said.

In an interview with the Evening Post, Roper says that the delays on the coast line will be "measured in \
seconds, not minutes".

Her next blunder comes at a press conference in Harlow, when she says: "We're sorry for the chaos it has \
caused to your journeys. There's nobody who wants this over more than me."

Transport historian Tom Greaves called the remarks "tone-deaf and careless" and said the company had lost \
the trust of its passengers.

A Northline spokesman said Roper was on leave this week with her family.
"""


def test_a_catalogues_items_are_no_outlook_or_cause_and_its_frame_is_the_point() -> None:
    doc = _doc(CATALOGUE, CATALOGUE_TITLE)
    ctx = build_context(doc)
    assert all("seconds" not in item.text for item in analyze_outlook(doc, ctx))
    assert all("sorry" not in item.text for item in analyze_analysis(doc, ctx))
    assert "blunders" in analyze_summary(doc, ctx)[0].text


def test_a_catalogue_framed_only_by_its_headline_leads_with_an_item_named_as_such() -> None:
    body = CATALOGUE.split("\n\n", 1)[1]  # without the standfirst
    doc = _doc(body, CATALOGUE_TITLE)
    ctx = build_context(doc)
    assert "blunder" in analyze_summary(doc, ctx)[0].text
    assert all("seconds" not in item.text for item in analyze_outlook(doc, ctx))


NEWS_TITLE = "Minister admits mistakes over flood response"
NEWS = """The environment minister, Carla Voss, admitted on Tuesday that mistakes were made in the response \
to last month's floods in the north.

Voss told parliament that pumps had arrived two days late in Kelby and that warnings had gone out too slowly.

Harbour Foods chief executive Lena Marsh said the flood damage to the company's warehouses will cost it about \
$40m this year.

The government will publish a full review of the response in March, Voss said.
"""


def test_a_report_on_one_mistake_is_no_catalogue_and_keeps_its_outlook() -> None:
    doc = _doc(NEWS, NEWS_TITLE)
    ctx = build_context(doc)
    assert catalogue_frame(doc) == (False, None)
    outlook = " ".join(item.text for item in analyze_outlook(doc, ctx))
    assert "$40m" in outlook and "review" in outlook
