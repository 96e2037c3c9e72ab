"""Key points and genre, session 17 round 3 (Audit 27 28.3/28.5, the lead's Newsroom rows 8 and 40).

1. A rumour piece announces a source's claims in one paragraph and gives them, attributed, in the next ones: the
   claims are the key points, not the announcement. Near miss: an announcement that states its own news stays.
2. "The health agency reports a lower figure of 73" leans on the sentence before for what it is lower than: no key
   point alone. Near miss: "a lower figure than last year's 90" says it in the sentence.
3. An essay about events a century and more before its date, told in the past tense with no news peg, is a feature,
   not a news report (its closing list of sources may cite recent books). Near miss: a report of this week's event that recalls an old year stays news.
4. An inverted conditional ("should the striker leave the club") is no writer's stance: a transfer report is news.
   Near miss: a column whose writer says what the club should do stays opinion.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

pytestmark = pytest.mark.slow


def _genre(text: str) -> str:
    article = extract(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return str(build_context(annotate(article)).genre)


def _points(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), content_type="text/plain"), Settings())
    section = next(s for s in brief.sections if s.name == "summary")
    return [item.text for item in section.items]


_RUMOUR = (
    "Brightline is expected to unveil its first smartwatch at an event in the autumn.\n\n"
    "Details of the device are still under wraps, but one industry analyst claims to know its specifications.\n\n"
    "The watch will have 512MB of RAM and 4GB of storage, the analyst said. It will run on a chip made by Corvane, "
    "he added.\n\n"
    "The battery will last two days on a single charge, according to the analyst.\n\n"
    "Brightline declined to comment. We would take these claims with a pinch of salt until the device is shown.\n"
)


def test_a_rumours_claims_outrank_their_announcement() -> None:
    points = _points(_RUMOUR)[:3]
    assert not any("claims to know" in p for p in points[:2])
    assert any("512MB" in p for p in points)


_FLU = (
    "The flu outbreak has now spread to 14 countries, health officials said on Tuesday.\n\n"
    "Mexico's health ministry says 152 people have died of the disease since early April. "
    "The World Health Organisation reports a lower figure of 73. "
    "Schools across the country remain closed.\n\n"
    "In the United States, officials confirmed 64 cases in five states. Most patients had mild symptoms.\n"
)

_FLU_FULL = _FLU.replace("a lower figure of 73", "a lower figure of 73 deaths than the ministry's 152")


def test_a_dangling_lower_figure_is_no_point_alone() -> None:
    points = _points(_FLU)
    assert not any(p.startswith("The World Health Organisation reports a lower figure") for p in points)


def test_a_lower_figure_than_stated_in_the_sentence_may_stand() -> None:
    from newsbrief.analyze.point_leads import leans_on_comparison
    assert not leans_on_comparison("The World Health Organisation reports a lower figure of 73 deaths than the "
                                   "ministry's 152.")
    assert leans_on_comparison("The agency gives a higher toll of 90.")
    assert leans_on_comparison("Police said the same.")


_HISTORY = (
    "The war was barely six weeks old in 1861 when three men slipped out of a plantation and rowed across the "
    "river to the Union fort.\n\n"
    "The commander, no friend of abolition, refused to send them back. He called them contraband of war, and the "
    "word spread through the camps within days.\n\n"
    "By the summer of 1862 thousands of families had followed them. Congress passed a second confiscation act in "
    "July 1862, and the army built dozens of camps along the rivers.\n\n"
    "Conditions in the camps were grim. Disease killed hundreds in the winter of 1863, and the chaplains who ran "
    "them begged for blankets and teachers.\n\n"
    "By 1864 many of the men had joined the army as soldiers, and their families worked the abandoned farms.\n\n"
    "Sources: Ann Reid, \"The River Camps\" (Harbour Press, 2009); Paul Ames, \"Contraband\", Weekly Review, March 2, "
    "2012.\n"
)

_ANNIVERSARY = (
    "Hundreds of people gathered at the old fort on Saturday to mark the day three men escaped slavery there in "
    "1861.\n\n"
    "The mayor unveiled a plaque at the gate and said the town had waited too long to honour them. "
    "The museum will open a new exhibition about the camps next month, its director said.\n\n"
    "The men rowed across the river in May 1861, and the commander refused to return them.\n"
)


def test_an_essay_on_long_past_events_is_a_feature() -> None:
    assert _genre(_HISTORY) == "feature"


def test_a_report_of_a_commemoration_stays_news() -> None:
    assert _genre(_ANNIVERSARY) == "news"


_TRANSFER = (
    "Rovers are leading the race to sign striker Tomas Berg, should he leave United this summer.\n\n"
    "The Norwegian said this week that he would not sign a new contract with the club, which has a year left to "
    "run. Three clubs are now chasing him, according to people close to the talks.\n\n"
    "Both City and Albion are ready to offer him a move, should he want to stay in England, but Rovers are pushing "
    "hard with a bigger offer.\n\n"
    "Berg is on holiday and is due back for training next week, when more talks with United are planned.\n\n"
    "Albion have been linked too, and whilst nobody could deny they could afford him, the player would not "
    "consider a move there at this stage of his career. Other clubs are also in the running, should the price "
    "fall.\n"
)

_COLUMN = (
    "United should let Tomas Berg go this summer. The club must stop paying a striker who no longer wants to be "
    "there.\n\n"
    "The Norwegian said this week that he would not sign a new contract. Keeping him for one more year would be "
    "reckless, and the fans know it.\n\n"
    "The board should take the best offer it gets and spend the money on defenders. It is time to move on.\n"
)


def test_an_inverted_conditional_is_no_stance() -> None:
    assert _genre(_TRANSFER) == "news"


def test_a_column_that_says_what_a_club_should_do_stays_opinion() -> None:
    assert _genre(_COLUMN) == "opinion"
