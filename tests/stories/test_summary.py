"""The story summary on three outlets' reports of one event, one of them a day later."""

from __future__ import annotations

import re
from itertools import combinations

import pytest

from newsbrief.errors import InputError
from newsbrief.models import Article, Document, Hints, KeyPoint, RawDocument, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.stories.summary import StoryPoint, summarize_story, summary_items

# Three reports written for this test: the Harwick plant fire. The first two (same day) tell the
# same facts in different words; the third, a day later, adds the cause and a fine.
VALLEY_HERALD = """A fire at the Delmont Chemicals plant in Harwick forced about 2,000 residents to leave their homes on Monday.

Firefighters from four towns fought the blaze for six hours before bringing it under control, fire chief Maria Okafor said.

Two workers were treated in hospital for smoke inhalation and later released.

The plant makes industrial solvents and employs 340 people, according to the company.

Residents were allowed to return late on Monday evening after air quality tests."""

COAST_TIMES = """Some 2,000 people in Harwick were evacuated on Monday as flames tore through a Delmont Chemicals factory.

Crews from four neighbouring towns needed six hours to contain the fire, said Maria Okafor, the town's fire chief.

The Harwick mayor, Tom Bell, praised the emergency services for their quick response.

Schools in the east of the town will stay closed until Wednesday as a precaution."""

DAILY_POST = """State investigators said on Tuesday that a faulty pressure valve caused the fire at the Delmont Chemicals plant.

The Environmental Protection Agency fined Delmont Chemicals $1.2 million for failing to replace the valve after a 2023 inspection.

About 2,000 Harwick residents had been evacuated on Monday when the fire broke out.

Delmont Chemicals said it would appeal the fine and reopen the plant next month."""


@pytest.fixture(scope="module")
def story() -> list[Document]:
    articles = [
        Article(VALLEY_HERALD, Source(title="Chemical plant fire forces evacuation", outlet="Valley Herald",
                                      date="2025-03-10")),
        Article(COAST_TIMES, Source(title="Thousands flee factory blaze", outlet="Coast Times", date="2025-03-10")),
        Article(DAILY_POST, Source(title="Faulty valve blamed for Harwick fire", outlet="Daily Post",
                                   date="2025-03-11")),
    ]
    return list(annotate_many(articles))


@pytest.fixture(scope="module")
def points(story: list[Document]) -> tuple[StoryPoint, ...]:
    return summarize_story(story, limit=5)


def _about(points: tuple[StoryPoint, ...], pattern: str) -> list[StoryPoint]:
    return [p for p in points if re.search(pattern, p.text, re.I)]


def test_the_newer_development_comes_first(story: list[Document], points: tuple[StoryPoint, ...]) -> None:
    first = points[0]
    assert first.article_id == story[2].article.id
    assert re.search(r"valve|fined", first.text)
    assert str(first.first_reported) == "2025-03-11"
    dated = [p.first_reported for p in points if p.first_reported is not None]
    assert dated == sorted(dated, reverse=True)


def test_what_the_story_is_about_is_present(points: tuple[StoryPoint, ...]) -> None:
    # The evacuation is what every outlet leads with: it is one point, first reported on day one.
    evacuation = _about(points, r"2,000")
    assert len(evacuation) == 1
    assert str(evacuation[0].first_reported) == "2025-03-10"


def test_no_two_points_say_the_same_thing(points: tuple[StoryPoint, ...]) -> None:
    # Each fact the outlets share is told once, whichever outlet's words are shown.
    for pattern in (r"2,000", r"six hours", r"valve caused|caused the fire"):
        assert len(_about(points, pattern)) <= 1, pattern
    for a, b in combinations(points, 2):
        assert a.citation != b.citation
        assert not {a.citation, *a.support} & {b.citation, *b.support}


def test_support_cites_the_other_outlets(story: list[Document], points: tuple[StoryPoint, ...]) -> None:
    evacuation = _about(points, r"2,000")[0]
    cited = {c.article_id for c in evacuation.citations}
    assert cited == {doc.article.id for doc in story}  # all three outlets report the evacuation
    texts = {doc.article.id: doc.article.text for doc in story}
    for citation in evacuation.support:
        assert citation.article_id != evacuation.article_id
        assert "2,000" in texts[citation.article_id][citation.start:citation.end]
    firefight = _about(points, r"six hours")
    if firefight:  # the day-one detail, told by both day-one outlets
        assert len(firefight[0].citations) == 2


def test_points_cite_their_own_sentence(story: list[Document], points: tuple[StoryPoint, ...]) -> None:
    texts = {doc.article.id: doc.article.text for doc in story}
    for point in points:
        cited = texts[point.article_id][point.start:point.end]
        shown = point.text.replace("[", "").replace("]", "")
        assert shown in cited or point.text == cited or _in_order(shown.split(), cited.split())


def _in_order(shown: list[str], cited: list[str]) -> bool:
    """True when the shown words are the cited words with some left out (a trimmed point)."""
    rest = iter(cited)
    return all(any(word == other for other in rest) for word in shown)


def test_limits(story: list[Document]) -> None:
    assert len(summarize_story(story, limit=2)) == 2
    short = summarize_story(story, limit=50, max_words=20)
    assert 1 <= len(short) <= 2
    assert summarize_story([], limit=3) == ()
    with pytest.raises(InputError, match="limit"):
        summarize_story(story, limit=0)


def test_one_article_is_a_story_without_support(story: list[Document]) -> None:
    points = summarize_story(story[:1], limit=3)
    assert len(points) == 3
    assert all(p.support == () for p in points)
    assert points[0].sentence_id == "s1"  # the lead: the event


def test_a_one_point_summary_states_what_the_story_is_about(story: list[Document]) -> None:
    # The newest development is ranked up, but a one-point summary still says what happened.
    (point,) = summarize_story(story, limit=1)
    assert "2,000" in point.text
    assert len(point.support) == 2


def test_summary_items_for_the_story_brief(points: tuple[StoryPoint, ...]) -> None:
    items = summary_items(points)
    assert [item.text for item in items] == [p.text for p in points]
    assert all(item.citations[0] == p.citation and item.citations[1:] == p.support for item, p in zip(items, points, strict=True))
    ranks = [item.payload.rank for item in items if isinstance(item.payload, KeyPoint)]
    assert sorted(ranks) == list(range(1, len(points) + 1))
    best = max(points, key=lambda p: p.score)
    assert ranks[points.index(best)] == 1


def test_a_quotation_never_leads_the_points_of_its_day(settings: Settings) -> None:
    herald = ("Flood barrier on the River Alder approved\n\nThe county council approved a flood barrier on the "
              "River Alder on Tuesday, with the work expected to cost 62 million pounds, council leader Maria "
              "Okafor said.\n\nThe barrier will protect about 4,000 homes in the valley from winter floods, "
              "Okafor told councillors.\n\nConstruction will start in June and take three years.\n")
    post = ("Council backs River Alder flood barrier\n\nEastbridge county council approved the River Alder flood "
            "barrier on Tuesday, with the work expected to cost 85 million pounds.\n\nThe barrier will protect "
            "about 4,000 homes in the valley from winter floods, the council said.\n\nOpposition councillor Priya "
            "Nand said the cost had been underestimated. \"The taxpayers deserve a straight answer and a full "
            "account of the budget,\" Nand said.\n")
    docs = [annotate_raw(RawDocument(text.encode(), content_type="text/plain",
                                     hints=Hints(title=text.split("\n")[0], outlet=outlet, date=day)), settings)
            for text, outlet, day in ((herald, "Valley Herald", "2026-03-10"), (post, "Eastbridge Post", "2026-03-11"))]
    points = summarize_story(docs, limit=5)
    quoted = [n for n, p in enumerate(points) if p.text[:1] in "\"“"]
    for n in quoted:  # a quotation comes after every statement first reported the same day
        same_day = [m for m, p in enumerate(points) if p.first_reported == points[n].first_reported]
        assert all(m < n for m in same_day if m not in quoted), [p.text for p in points]
