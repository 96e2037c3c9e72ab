"""A headline, caption or byline glued to the front of a plain text's first sentence is set apart (Audit 50 #1, #3,
#4, #6, #7: the Timeline17 pages, detokenised one sentence a line, keep no break between them).

Near misses stay whole: a name after a verb ("visited The Hague on Monday"), a paper named in apposition ("the
tabloid The Daily Post, reported"), "Texas A & M", a lead whose first sentence has no glued head, and a wire's
highlights run into its dateline (the header reader's). Articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.glued_heads import head_apart
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

_BODY = (
    "\n\nThe depot manager said the driver had stepped out for a few minutes to check a flat tyre.\n\n"
    "Police said they were looking for two men seen near the depot shortly before the lorry was driven away.\n\n"
    "The charity said it would hire another lorry so that the blankets reach the flooded towns this week.\n"
)


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings())


def test_a_headline_and_caption_glued_to_the_lead_go() -> None:
    article = _extract(
        "Flood aid lorry stolen in Leeds Volunteers have loaded supplies for the flooded towns A charity lorry "
        "carrying blankets for the victims of the floods has been stolen from a depot in Leeds." + _BODY)
    first = article.text.split("\n\n")[0]
    assert first.startswith("A charity lorry carrying blankets"), article.text
    assert "Volunteers have loaded" not in article.text


def test_a_headline_glued_to_a_lead_on_a_name_becomes_the_title() -> None:
    article = _extract(
        "Ferry strike: unions reject pay offer The National Union of Seafarers has rejected a pay offer from the "
        "ferry operators, extending the strike into a second week." + _BODY)
    assert article.source.title == "Ferry strike: unions reject pay offer"
    assert article.text.startswith("The National Union of Seafarers has rejected"), article.text


def test_a_byline_glued_to_the_lead_names_the_author_and_goes() -> None:
    article = _extract(
        "By Jo Reed Political correspondent, BBC News A city council in the north has voted to close three "
        "libraries and a swimming pool to balance its budget." + _BODY)
    assert article.text.startswith("A city council in the north has voted"), article.text
    assert article.source.author == "Jo Reed"
    assert article.source.title is None


def test_a_caption_under_a_headline_line_of_its_own_goes() -> None:
    article = _extract(
        "Who pays for the flood damage?\n\n"
        "Families cleared mud from their ruined homes It will cost at least two million pounds to repair the "
        "homes and roads damaged by last week's floods, the council says." + _BODY)
    assert article.source.title == "Who pays for the flood damage?"
    assert article.text.startswith("It will cost at least two million pounds"), article.text


@pytest.mark.parametrize("lead", [
    "Officials from the Dutch city of Delft visited The Hague on Monday to sign a deal that will fund new trams "
    "for both cities.",
    "According to the sometimes reliable tabloid The Daily Post, reported on Monday that the mayor would resign "
    "before the end of the year.",
    "Researchers from the University of Texas A & M University are on board for a ten day cruise to find the "
    "plumes of oil.",
    "The council said it would spend the money on roads A and B first, then on the bridges that the floods "
    "damaged last winter.",
    "Rebel fighters say they hold the port Misrata, Libya (CNN) -- Rebel fighters said on Sunday that they had "
    "taken the port after two days of fighting.",
])
def test_a_lead_with_no_glued_head_stays_whole(lead: str) -> None:
    assert head_apart(lead) == [lead]


def test_a_stopped_first_sentence_is_the_lead_and_nothing_after_it_is_split() -> None:
    text = ("The council met on Monday.\n\n"
            "Residents protested outside the hall The mayor told them the budget would be balanced by cutting "
            "the number of libraries and pools in the city." + _BODY)
    paragraphs = _extract(text).text.split("\n\n")
    assert paragraphs[0] == "The council met on Monday."
    assert paragraphs[1].startswith("Residents protested outside the hall"), paragraphs
