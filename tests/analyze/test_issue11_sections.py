"""Outlook, recommendations and genre on short articles written for issue #11 (reader Audit 6).

A past fact told with "as X knew it would" is no outlook; measures a report lists as taken are no
advice; an explainer headed by a question is no opinion piece; a profile is no news report.
"""

from __future__ import annotations

from newsbrief.analyze.advice import prescribes
from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre import detect_genre
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.ahead import looks_ahead
from newsbrief.nlp.annotate import annotate


def _doc(text: str, title: str | None = None) -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2026-03-17")))


def test_a_past_ellipsis_does_not_look_ahead() -> None:
    past = _doc("The upshot was that when the fever came back, as the doctor knew it would, only 300 villagers died.")
    ahead = _doc("The fever will come back next winter, and more villagers would die without the new clinic.")
    assert not looks_ahead(past, past.sentences[0])
    assert looks_ahead(ahead, ahead.sentences[0])


def test_measures_taken_are_not_advice() -> None:
    taken = _doc("In Peru, the authorities have shut schools, cancelled concerts and advised families to keep "
                 "children indoors.")
    advice = _doc("Doctors advise people to wash their hands often. The agency has urged travellers to avoid the region.")
    alert = _doc("The health agency sent a notice to clinics listing the signs to watch for, and what checks "
                 "should be made if nurses suspect a case.")
    assert not prescribes(taken, taken.sentences[0])
    assert not prescribes(alert, alert.sentences[0])  # an embedded question describes the notice
    assert all(prescribes(advice, s) for s in advice.sentences)


EXPLAINER = """Salt fog is a coastal haze that forms when sea spray dries in cool air.

It is most common on calm winter mornings, when the wind drops and the air near the water cools quickly.

The fog is made up of tiny crystals of salt wrapped in droplets of water.

Each crystal attracts moisture, so the droplets grow until the air turns white.

Salt fog rarely harms people, but it corrodes metal and can damage power lines.

Engineers coat cables and pylons near the shore with grease to protect them.

Forecasters watch the wind and the temperature of the sea to warn of heavy fog.

The haze usually lifts by midday, when the sun warms the ground."""


def test_a_question_headline_over_a_plain_body_is_an_explainer() -> None:
    doc = _doc(EXPLAINER, title="What is salt fog?")
    assert detect_genre(doc, build_context(doc)) == "qa"


PROFILE = """When the harbour bridge opened in May 2024, Dr Ilse Varga stood among the engineers who had built it.

Months later, the 61-year-old was named in a report on the cracks found in its deck.

Born in a mining town in 1963, Varga grew up above her parents' bakery.

She studied mathematics at a provincial university and moved to the capital in 1985.

She joined a small design office and worked on footbridges and car parks.

In 1994, she founded her own practice with two former classmates.

The firm grew quickly, and she won her first large contract in 2001.

Varga was known for long hours and for checking every drawing herself.

She married a fellow engineer in 1998, and the couple had two sons.

Her practice struggled after a downturn in 2009, and she sold half of it to a larger group.

She later said the sale was the hardest choice of her career.

Colleagues describe her as demanding but fair.

She has not spoken in public since the report was published."""


def test_a_profile_is_a_feature() -> None:
    doc = _doc(PROFILE)
    assert detect_genre(doc, build_context(doc)) == "feature"
