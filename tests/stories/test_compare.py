"""Claims compared across three outlets' reports of one flood, with differences planted on purpose."""

from __future__ import annotations

import pytest

from newsbrief.models import ComparisonInfo, Document, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings
from newsbrief.stories.claims import claims_of
from newsbrief.stories.compare import ClaimRelation, compare_claims
from newsbrief.stories.compare_items import comparison_items

RIVERTON = """Floods kill 12 in Riverton as the Alder river bursts its banks

At least 12 people were killed when the Alder river burst its banks in Riverton on Tuesday, officials said.

"We have never seen water rise this fast in living memory," Mayor Helen Brandt told reporters at the town hall.

The old Mill Street bridge collapsed on Tuesday afternoon, cutting the town in two.

The Greystone dam upstream did not break, according to the regional water authority.

The warehouse fire on Quay Road was started deliberately.

About 3,000 residents were moved to emergency shelters in schools and sports halls overnight.
"""

VALLEY = """Riverton flood toll reaches 15 as rescuers search homes

Fifteen people were killed when the Alder river burst its banks in Riverton on Tuesday, rescue teams said.

"We have never seen water rise this fast in living memory," Governor Paul Okafor told reporters at the town hall.

The old Mill Street bridge collapsed on Monday afternoon, cutting the town in two.

Nearly 3,000 residents were moved to emergency shelters in schools and sports halls overnight.

The army sent two helicopters and a field hospital to the town on Tuesday evening.
"""

LATER = """Death toll in Riverton floods rises to 21

The number of people killed in the Riverton floods rose to 21 on Wednesday as rescuers reached the last cut-off streets.

According to police, the warehouse fire on Quay Road was started deliberately.

The Greystone dam upstream broke on Tuesday night, the regional water authority said.

Insurers estimate the damage to homes and businesses at 40 million pounds.
"""


@pytest.fixture(scope="module")
def flood(settings: Settings) -> list[Document]:
    articles = [(RIVERTON, "Riverton Post", "2026-06-02"), (VALLEY, "Valley Wire", "2026-06-02"),
                (LATER, "County Herald", "2026-06-03")]
    return [annotate_raw(RawDocument(text.encode(), content_type="text/plain",
                                     hints=Hints(title=text.split("\n")[0], outlet=outlet, date=day)), settings)
            for text, outlet, day in articles]


def _find(relations: tuple[ClaimRelation, ...], label: str, kind: str, *phrases: str) -> list[ClaimRelation]:
    return [r for r in relations if r.label == label and r.kind == kind
            and all(any(p in c.text for c in r.claims) for p in phrases)]


@pytest.fixture(scope="module")
def relations(flood: list[Document]) -> tuple[ClaimRelation, ...]:
    return compare_claims([c for doc in flood for c in claims_of(doc)])


def test_a_number_that_differs_on_the_same_day_is_a_conflict(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "conflict", "number", "At least 12 people", "Fifteen people")


def test_a_rising_toll_reported_a_day_later_is_an_update_not_a_conflict(relations: tuple[ClaimRelation, ...]) -> None:
    updates = _find(relations, "update", "number", "rose to 21")
    assert updates and all(r.claims[-1].published == "2026-06-03" for r in updates)
    assert not _find(relations, "conflict", "number", "rose to 21")


def test_the_same_quote_given_to_another_speaker_is_a_conflict(relations: tuple[ClaimRelation, ...]) -> None:
    found = _find(relations, "conflict", "speaker", "Helen Brandt", "Paul Okafor")
    assert found and "Brandt" in found[0].detail and "Okafor" in found[0].detail


def test_a_different_date_and_a_negation_are_conflicts(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "conflict", "date", "collapsed on Tuesday", "collapsed on Monday")
    assert _find(relations, "conflict", "negation", "did not break", "dam upstream broke")


def test_fact_in_one_outlet_attributed_in_another(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "attributed-differently", "attribution", "was started deliberately", "According to police")


def test_single_source_and_paraphrase(relations: tuple[ClaimRelation, ...]) -> None:
    assert _find(relations, "single-source", "claim", "40 million pounds")
    assert _find(relations, "single-source", "claim", "two helicopters")
    # "About 3,000" and "Nearly 3,000" residents: rounding, not a conflict.
    assert not [r for r in relations if r.label == "conflict" and any("3,000" in c.text for c in r.claims)]
    assert _find(relations, "agree", "same", "About 3,000", "Nearly 3,000")


def test_the_section_shows_conflicts_first_with_both_sides_cited(flood: list[Document]) -> None:
    items = comparison_items(flood)
    assert items and isinstance(items[0].payload, ComparisonInfo) and items[0].payload.relation == "conflict"
    for item in items:
        assert isinstance(item.payload, ComparisonInfo) and item.kind == "commentary"
        expected = 1 if item.payload.relation == "single-source" else 2
        assert len(item.citations) == expected == len(item.payload.outlets)
        assert len({c.article_id for c in item.citations}) == expected
    relations = [i.payload.relation for i in items if isinstance(i.payload, ComparisonInfo)]
    order = ["conflict", "update", "attributed-differently", "single-source", "agree"]
    assert relations == sorted(relations, key=order.index)


def test_the_story_shows_an_outlet_by_claim_matrix(flood: list[Document], settings: Settings) -> None:
    from newsbrief.render import render
    from newsbrief.serialize import brief_dict
    from newsbrief.stories.brief import brief_story

    story = brief_story(flood, settings)
    matrix = brief_dict(story)["matrix"]
    assert matrix["outlets"] == ["Riverton Post", "Valley Wire", "County Herald"]
    conflict = next(row for row in matrix["claims"] if "fifteen" in row["text"])
    assert conflict["cells"] == {"Riverton Post": "reports", "Valley Wire": "contradicts",
                                 "County Herald": "does not mention"}
    html = render(story, "html")
    assert '<table class="matrix">' in html and html.count("<tr>") == len(matrix["claims"]) + 1
    markdown = render(story, "markdown")
    assert "## Where sources agree and differ" in markdown and markdown.index("**Conflict**") < markdown.index("**Agree**")


HARBOUR = """Ferry sinks off Port Lenna

The ferry had sent a distress call before it sank off Port Lenna on Sunday, the coastguard said.

The offences took place between 2019 and 2023, the court heard during the trial in the capital.

Oil from the wreck has already reached the beaches of Skarn Island, which lies east of the port.

Divers will return to the wreck on Monday to recover the ship's data recorder.
"""

COAST = """Questions mount after Port Lenna ferry sinking

No distress call was sent before the ferry sank off Port Lenna on Sunday, the coastguard said.

The offences took place between 2018 and 2023, the court heard during the trial in the capital.

Oil from the wreck has not yet reached the beaches of Skarn Island, which lies east of the port.

Relatives gathered at the harbour as the search went on through the night.
"""


def test_a_denied_noun_a_span_and_not_yet_against_already_are_conflicts(settings: Settings) -> None:
    docs = [annotate_raw(RawDocument(text.encode(), content_type="text/plain",
                                     hints=Hints(title=text.split("\n")[0], outlet=outlet, date="2026-05-04")),
                         settings)
            for text, outlet in ((HARBOUR, "Lenna Post"), (COAST, "Coast Wire"))]
    found = compare_claims([c for doc in docs for c in claims_of(doc)])
    assert _find(found, "conflict", "negation", "had sent a distress call", "No distress call")
    assert _find(found, "conflict", "date", "between 2019 and 2023", "between 2018 and 2023")
    assert _find(found, "conflict", "negation", "has already reached", "has not yet reached")


def test_two_reports_from_one_outlet_are_told_apart(settings: Settings) -> None:
    docs = [annotate_raw(RawDocument(text.encode(), content_type="text/plain",
                                     hints=Hints(title=text.split("\n")[0], outlet="Valley Wire", date=day)), settings)
            for text, day in ((RIVERTON, "2026-06-02"), (VALLEY, "2026-06-03"))]
    conflict = next(i for i in comparison_items(docs)
                    if isinstance(i.payload, ComparisonInfo) and i.payload.relation == "conflict")
    assert "Valley Wire (2026-06-02)" in conflict.text and "Valley Wire (2026-06-03)" in conflict.text
    info = conflict.payload
    assert isinstance(info, ComparisonInfo) and info.outlets == ("Valley Wire", "Valley Wire")  # matrix keys


def test_names_and_numbers_alone_are_no_claim(settings: Settings) -> None:
    text = RIVERTON.rstrip() + " Riverton, Alder, June 2, 2026. The final toll: twelve dead and three missing.\n"
    doc = annotate_raw(RawDocument(text.encode(), content_type="text/plain"), settings)
    texts = [c.text for c in claims_of(doc)]
    assert not [t for t in texts if t.startswith("Riverton, Alder")]
    assert [t for t in texts if t.startswith("The final toll")]  # a verbless sentence with a noun still claims


PIER_LEDGER = """Harbour towns sign deal to rebuild the Kessa pier after four years of stop-start talks

Lenna and Port Avel signed a deal on Monday to rebuild the Kessa pier, ending four years of stop-start talks over who should pay, with work set to start next year and the first ferries due to return in 2029.

Talks broke down in 2022 over a formula that would have left Lenna paying 70 percent of the construction bill.

Under the deal, Port Avel will pay 40 percent of the construction cost and Lenna the rest.
"""

PIER_PAGE = """Pier deal signed

Construction is due to begin in the spring, and the first ferries are expected to return in 2029.

Under the deal, Port Avel will pay 40 percent of the construction cost, and Lenna the rest.

Fishing crews in both towns have waited since the old pier was closed after the storm of 2021 damaged its piles.
The harbour master said boats had been mooring in the open bay through two winters.
"""


def test_shared_names_alone_are_not_agreement(settings: Settings) -> None:
    docs = [annotate_raw(RawDocument(PIER_LEDGER.encode(), content_type="text/plain",
                                     hints=Hints(title=PIER_LEDGER.split("\n")[0], outlet="Lenna Ledger",
                                                 date="2027-04-06")), settings),
            annotate_raw(RawDocument(PIER_PAGE.encode(), content_type="text/plain",
                                     hints=Hints(date="2027-04-07")), settings)]
    found = compare_claims([c for doc in docs for c in claims_of(doc)])
    # The lead names both towns and a deal; the other sentence is one town's share of the cost: the shared
    # names are not the same claim.
    assert not _find(found, "agree", "same", "Lenna and Port Avel signed", "Port Avel will pay 40 percent")
    assert _find(found, "agree", "same", "Port Avel will pay 40 percent")
    items = comparison_items(docs)
    # The untitled-outlet article is named by its title in quotation marks, never run into the sentence.
    assert any("“Pier deal signed”" in i.text for i in items)
    assert not any(i.text.startswith("Only Pier deal signed") for i in items)
