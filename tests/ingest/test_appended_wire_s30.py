"""A second, unrelated wire story pasted after the article (session 30, issue #11; left from session 29).

A page's text can run on, after the article's end, into another short story: its own dateline ("LONDON
(Reuters) - ..."), often under its own headline line, or after an "In other news" / "Also today" line. Read as
part of the article, its last sentence became the brief's close. The second story is cut from its start when the
signal is clear: a wire dateline (a place in capitals and an agency in brackets, then a dash) opening a paragraph
after the article's body, or such a cue, and a block that shares few names and words with the article. A single
article that quotes a dateline, or whose second dateline carries the same story on, keeps every paragraph.
All pages are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import drop_furniture
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

STORY = [
    "MANCHESTER (Reuters) - A regional water company was fined 4 million pounds on Tuesday for letting raw sewage "
    "into the River Ashby on more than 300 days last year, the environment regulator said.",
    "The regulator said Northvale Water had failed to repair two pumping stations near Ashford Bridge despite "
    "warnings from its inspectors in 2023.",
    "\"These were not accidents,\" said Helen Marsh, the regulator's director of enforcement. \"The company knew the "
    "pumps were failing and chose to wait.\"",
    "Northvale Water said it accepted the fine and would spend 60 million pounds replacing both stations by 2027.",
]
OTHER_HEAD = "Copper miner cuts output forecast after flooding"
OTHER_LEDE = ("LONDON (Reuters) - Shares in Carrow Mining fell 6 percent on Wednesday after the copper producer cut "
              "its annual output forecast, blaming heavy rain at its largest pit in Chile.")
OTHER_MORE = "Chief executive Dario Velez told analysts the pit would reopen within a month."

# (paragraphs after the article) -> all of them go
APPENDED = {
    "headline_and_dateline": [OTHER_HEAD, OTHER_LEDE, OTHER_MORE],
    "dateline_alone": [OTHER_LEDE, OTHER_MORE],
    "one_paragraph": [OTHER_LEDE],
    "dated_dateline": [OTHER_HEAD, OTHER_LEDE.replace("LONDON (Reuters)", "LONDON, March 4 (Reuters)"), OTHER_MORE],
    "ap_dateline": [OTHER_LEDE.replace("LONDON (Reuters) -", "SANTIAGO, Chile (AP) —"), OTHER_MORE],
    "in_other_news_line": ["In other news", OTHER_LEDE.replace("LONDON (Reuters) - ", ""), OTHER_MORE],
    "also_today_line": ["Also today:", OTHER_HEAD, OTHER_LEDE.replace("LONDON (Reuters) - ", ""), OTHER_MORE],
    "in_other_news_glued": ["In other news, " + OTHER_LEDE.replace("LONDON (Reuters) - ", "").replace("Shares", "shares"),
                            OTHER_MORE],
    "related_colon": ["Related:", OTHER_HEAD, OTHER_LEDE, OTHER_MORE],
}


@pytest.mark.parametrize("after", list(APPENDED.values()), ids=list(APPENDED))
def test_an_appended_unrelated_story_is_cut(after: list[str]) -> None:
    assert drop_furniture([*STORY, *after]) == STORY


# Near misses: one article, every paragraph stays.
SAME = {
    # a second dateline carries the same story on (its names recur)
    "same_story_dateline": [
        "ASHFORD BRIDGE (Reuters) - Residents near the Northvale Water pumping stations said the River Ashby had "
        "smelled of sewage all summer, and that Helen Marsh's inspectors had visited twice.",
        "Northvale Water said the work at Ashford Bridge would start in March.",
    ],
    # a source's dateline quoted by the article
    "quoted_dateline": [
        "\"LONDON (Reuters) - Northvale Water was warned in 2023\", ran the first report on the spills, which the "
        "company disputed at the time.",
        "Helen Marsh said the regulator would publish its inspectors' reports on Northvale Water next month.",
    ],
    # the same story's next event under "Also today," (its names recur)
    "also_today_same_story": [
        "Also today, Helen Marsh said the regulator would inspect every Northvale Water pumping station on the "
        "River Ashby before the summer.",
    ],
}


@pytest.mark.parametrize("after", list(SAME.values()), ids=list(SAME))
def test_one_article_keeps_its_paragraphs(after: list[str]) -> None:
    assert drop_furniture([*STORY, *after]) == [*STORY, *after]


def test_a_page_opening_on_its_dateline_keeps_it() -> None:
    page = [OTHER_LEDE, OTHER_MORE, "The company's shares had risen 20 percent this year before the floods."]
    assert drop_furniture(page) == page


def test_the_extracted_article_ends_with_its_own_story() -> None:
    text = "\n\n".join(["Water company fined over river spills", *STORY, OTHER_HEAD, OTHER_LEDE, OTHER_MORE])
    article = extract(RawDocument(text.encode(), filename="page.txt"), Settings())
    assert "Carrow" not in article.text and "Velez" not in article.text and "Copper miner" not in article.text
    assert "replacing both stations by 2027" in article.text
