"""Labelled cases for the sections readers judged wrong in Audits 4 and 5 (docs/audit.md 5.4, 6.4).

Outlook holds forward-looking statements, not spec lines, preparations told in the present
perfect, past narration or a past view of the future ("hinted they would use"); Recommendations
hold prescriptions only, not the view the author mocks, a legal standard, an epistemic "must" or a
question; a key figure's gloss is a well-formed phrase of what it counts, and a magnitude is a
value with its unit; an argument piece with few loaded words is still told apart from news.
The articles are written for these tests. Each case names a sentence (by its opening words) and
whether the section should hold it.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.analyze.genre import detect_genre, main_point
from newsbrief.models import Article, Document, FigureInfo, Item, Source
from newsbrief.nlp.annotate import annotate

LAUNCH = """Brightwell unveils the Arden electric hatchback

Brightwell Motors unveiled its first electric hatchback, the Arden, at the Geneva motor show on Tuesday.

The car will come with a 10-inch touchscreen and a heated steering wheel. It will be available in three trims, and the top version will offer a 420-mile range.

The 2026 Arden Sport will be able to go from zero to 60 mph in 4.5 seconds. Heated rear seats will be an option, as will be a panoramic roof.

The company has spent two years preparing its Leeds factory for the model, and engineers have been testing prototypes in Norway since January.

Deliveries will begin in September, chief executive Hannah Royce said, and the company expects to sell 40,000 cars next year.

Rivals hinted last month that they would use cheaper batteries to undercut the Arden. Analysts warned that a price war could squeeze margins across the industry.

The Arden would have cost far more five years ago, when battery packs were twice as expensive.

Brightwell plans to open a second plant in Spain by 2028.
"""

PREPARED = """Our hospitals are ready for the winter virus

That nobody is queueing for masks as the virus spreads shows how well our health service has prepared.

Hospitals have been preparing to take extra patients for months, and councils have been planning how the vaccine will be handed out to care homes.

The advice lines will have had time to train the extra staff they hired in the spring.

The health minister said he would rather be cautious than sorry when he ordered the extra beds in March.

More elderly people will catch the virus this winter, and some of them will die, as they do every year.

The first trial of the new vaccine is due to start in March, and we may have doses by the autumn.

We should be proud of how calmly the country has taken the news. The virus is serious, but we are ready for it.
"""

PANIC = """Stop panicking about the flu

Critics say we should all panic and stock up on masks, which is absurd. Some commentators even demand that schools close for a month, a suggestion that is frankly ridiculous.

The virus has killed 12 people in the country so far, fewer than an ordinary winter flu kills in a week.

Under the law, employers must give staff two days' notice before changing their shifts. This outbreak must be the most studied in history.

Should we close the borders? The answer is no.

The government should instead fund more nurses and publish its stockpile figures every week. Ministers must explain their plans to the public.
"""

QUAKE = """Haiti marks anniversary of the 2010 quake

Haiti on Tuesday marked ten years since a magnitude seven quake devastated the country in 2010, killing 316,000 people.

A 7.0-magnitude earthquake struck off the coast of Peru on Sunday, and a magnitude 6.1 tremor shook the north of Haiti in October.

13 major UK-based charities said on Monday they had launched a joint appeal. The appeal raised £4 million in its first day.

The government said 1.5 million people were left homeless by the disaster.
"""


ENGINE = """Nissan shows the new Sentra

Nissan showed the new Sentra in Los Angeles on Wednesday. An all-new 2.0-liter engine replaces the previous 1.8-liter unit from before.

The engine puts out 151 horsepower along with 197 Nm of torque, which Nissan claims is a 20% and 16% improvement respectively over the older engine.

More than 6 million Sentras have been sold since 1982.
"""


ANALYSIS = """By Ruth Avery, Business correspondent

Few mergers have divided a board as openly as this one.

But the issue that split the directors most was the question of whether the company should sell its shipping arm at all.

The chairman clearly wanted a quick sale. He was adamant the board should sell at once. The finance director, perhaps more cautious, preferred to wait a year.

In other words, the disagreement was about timing rather than price.

The fact of the matter is that shipping rates have fallen for two years. That probably weakened the case for waiting.

It is not clear that a buyer would pay more next year. The market seems to have priced in further falls.

Of course, the finance director had reasons of her own. The shipping arm still earns most of the group's cash.

The board met in March and again in May. The sale was approved by seven votes to four.

The buyers are a consortium of three pension funds. The deal is expected to close in the autumn.

What it means for the 2,000 staff remains to be seen.
"""


def _doc(text: str) -> Document:
    title, _, body = text.partition("\n\n")
    return annotate(Article(text=body, source=Source(title=title, date="2025-05-01")))


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {"launch": _doc(LAUNCH), "prepared": _doc(PREPARED), "panic": _doc(PANIC), "quake": _doc(QUAKE),
            "engine": _doc(ENGINE)}


def _filed(items: tuple[Item, ...], opening: str) -> bool:
    return any(item.text.lstrip("[").startswith(opening) or opening in item.text for item in items)


OUTLOOK_CASES = [
    ("launch", "The car will come with", False),  # a specification, not an event
    ("launch", "It will be available in three trims", False),
    ("launch", "The 2026 Arden Sport will be able to go", False),  # a performance figure
    ("launch", "Heated rear seats will be an option", False),
    ("launch", "Deliveries will begin in September", True),
    ("launch", "Rivals hinted last month", False),  # a past view of the future
    ("launch", "Analysts warned that a price war", True),
    ("launch", "The Arden would have cost", False),
    ("launch", "Brightwell plans to open", True),
    ("prepared", "Hospitals have been preparing", False),  # preparations told in the present perfect
    ("prepared", "The advice lines will have had time", False),
    ("prepared", "The health minister said he would rather", False),  # a preference told in the past
    ("prepared", "More elderly people will catch the virus", True),
    ("prepared", "The first trial of the new vaccine is due", True),
]


@pytest.mark.parametrize(("name", "opening", "expected"), OUTLOOK_CASES)
def test_outlook_holds_what_will_happen(docs: dict[str, Document], name: str, opening: str, expected: bool) -> None:
    doc = docs[name]
    assert _filed(analyze_outlook(doc, build_context(doc)), opening) is expected


RECOMMENDATION_CASES = [
    ("Critics say we should all panic", False),  # the view the author mocks
    ("Some commentators even demand", False),
    ("Under the law, employers must", False),  # a legal standard
    ("This outbreak must be", False),  # an epistemic "must"
    ("Should we close the borders?", False),
    ("The government should instead fund", True),
    ("Ministers must explain", True),
]


@pytest.mark.parametrize(("opening", "expected"), RECOMMENDATION_CASES)
def test_recommendations_are_prescriptions(docs: dict[str, Document], opening: str, expected: bool) -> None:
    doc = docs["panic"]
    assert _filed(analyze_recommendations(doc, build_context(doc)), opening) is expected


def _figures(doc: Document) -> list[tuple[str, str]]:
    return [(item.text, item.payload.measure or "") for item in analyze_figures(doc, build_context(doc))
            if isinstance(item.payload, FigureInfo)]


def test_a_magnitude_is_a_value_with_its_unit(docs: dict[str, Document]) -> None:
    shown = [text for text, _measure in _figures(docs["quake"])]
    for value in ("seven", "7.0", "6.1"):
        text = next((t for t in shown if value in t), None)
        assert text is None or "magnitude" in text.lower(), (value, shown)
    assert any("7.0-magnitude earthquake" in t or "magnitude 6.1 tremor" in t for t in shown), shown


# A gloss that is a bare reporting verb, or a modal before a past form, is no phrase of what is counted.
_BROKEN = re.compile(r"^(?:said|says|told|added)$|\b(?:will|would|could|may|might|can)\s+\w+ed\b", re.I)


def test_a_gloss_is_a_phrase_of_what_the_figure_counts(docs: dict[str, Document]) -> None:
    figures = _figures(docs["quake"])
    for text, measure in figures:
        rest = " ".join(w for w in measure.split() if w.lower() not in text.lower().split())
        assert not _BROKEN.search(rest), (text, measure)
    assert any("316,000" in text for text, _ in figures)


def test_a_value_does_not_end_on_a_conjunction_and_a_verb_keeps_its_object(docs: dict[str, Document]) -> None:
    figures = _figures(docs["engine"])
    assert figures, "the engine figures are worth showing"
    for text, measure in figures:
        assert not re.search(r"\b(?:and|or|to)$", text), text  # "20% and"
        assert not re.search(r"\breplaces from\b", measure), measure  # the verb without what it replaces


def test_an_argument_piece_with_few_loaded_words_is_opinion(docs: dict[str, Document]) -> None:
    doc = docs["prepared"]
    ctx = build_context(doc)
    assert detect_genre(doc, ctx) == "opinion"
    point = main_point(doc, ctx, "opinion")
    assert point is not None and ("prepared" in point.text or "ready" in point.text), point


def test_the_mocking_piece_is_opinion_and_its_point_is_not_the_mocked_view(docs: dict[str, Document]) -> None:
    doc = docs["panic"]
    ctx = build_context(doc)
    assert detect_genre(doc, ctx) == "opinion"
    point = main_point(doc, ctx, "opinion")
    assert point is not None
    assert not point.text.startswith(("Critics say", "Some commentators")), point.text


def test_a_correspondents_analysis_is_analysis_and_its_point_is_the_question(docs: dict[str, Document]) -> None:
    doc = _doc(ANALYSIS)
    ctx = build_context(doc)
    assert detect_genre(doc, ctx) == "analysis"
    point = main_point(doc, ctx, "analysis")
    assert point is not None and "question of whether" in point.text, point


def test_a_stance_told_in_the_past_is_no_recommendation_of_the_analysis() -> None:
    doc = _doc(ANALYSIS)
    assert not _filed(analyze_recommendations(doc, build_context(doc)), "He was adamant")


def test_a_launch_report_stays_news(docs: dict[str, Document]) -> None:
    doc = docs["launch"]
    assert detect_genre(doc, build_context(doc)) == "news"


def test_a_fact_set_against_another_is_no_cause() -> None:
    # "X despite Y" sets a fact against another; readers judged every such Analysis item useless (Audits
    # 8 and 9). A stated cause stays.
    from newsbrief.analyze.classify import states_cause
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text="The rebels gained ground near the port despite weeks of air strikes. "
                                "The talks collapsed because neither side would give up the port.",
                           source=Source(title="Port", date="2026-05-02")))
    assert [states_cause(doc, s) for s in doc.sentences] == [False, True]
