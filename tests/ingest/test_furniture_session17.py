"""A lone reader's label line over an account (session 17), as labelled cases.

Written for these tests (the shape is reader Audit 26's: a contributor's "Name, role, place" line over a
first-person account was dropped like a caption, and with it the only name of the account's author).
A round-up's headers were kept only when there were two or more; a single label line above a
first-person paragraph or a quotation is the paragraph's speaker header too. Near-misses: a byline over
the lead (even a first-person column's), a byline-shaped label with a newsroom role, and a label over
third-person text stay furniture.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.settings import Settings

INTRO = ("Readers in the flooded towns told us how the storm changed their week, and what they need "
         "from the council now that the water has gone down.")
ACCOUNT = ("I woke at three to the sound of water in the kitchen, and by dawn my car was floating down "
           "the street. We have lost everything on the ground floor.")
QUOTED = ("\"The water came up through the floorboards faster than anyone could bail it out,\" she "
          "wrote, adding that the school had closed for the week.")
THIRD = ("The river rose by two metres overnight and the bridge was closed to traffic until the "
         "engineers had checked it.")
OUTRO = "The council says it will publish a plan for the flood defences next month."


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


LABELS = [
    "Jane Doe, Leeds:",
    "JANE DOE, nurse",
    "Jane Doe, nurse, Leeds",
    "Mark Hill, retired engineer, Ohio",
    "Dixie Bell, director of an orphanage, Port-de-Paix",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_lone_label_over_a_first_person_account_is_kept(label: str) -> None:
    article = _extract(f"{INTRO}\n\n{label}\n\n{ACCOUNT}\n\n{OUTRO}\n")
    assert label in article.text.split("\n\n")
    assert ACCOUNT in article.text


@pytest.mark.parametrize("label", LABELS[:3])
def test_a_lone_label_over_a_quotation_is_kept(label: str) -> None:
    article = _extract(f"{INTRO}\n\n{label}\n\n{QUOTED}\n\n{OUTRO}\n")
    assert label in article.text.split("\n\n")


@pytest.mark.parametrize("label", ["JANE DOE, nurse", "Mark Hill, retired engineer, Ohio"])
def test_a_lone_label_over_third_person_text_stays_furniture(label: str) -> None:
    article = _extract(f"{INTRO}\n\n{label}\n\n{THIRD}\n\n{OUTRO}\n")
    assert label not in article.text


@pytest.mark.parametrize("byline", ["By Jane Doe", "Jane Doe, Staff Writer", "Jane Doe, BBC News",
                                    "Jane Doe, Guardian columnist"])
def test_a_byline_over_a_first_person_column_stays_removed(byline: str) -> None:
    article = _extract(f"{byline}\n\n{ACCOUNT} I have lived here for twenty years.\n\n{OUTRO}\n")
    assert byline not in article.text
    assert ACCOUNT in article.text


@pytest.mark.parametrize("byline", ["Jane Doe, BBC News", "Jane Doe, Associated Press"])
def test_a_newsroom_label_mid_text_stays_removed(byline: str) -> None:
    article = _extract(f"{INTRO}\n\n{byline}\n\n{ACCOUNT}\n\n{OUTRO}\n")
    assert byline not in article.text


def test_the_kept_label_gives_the_account_its_speaker() -> None:
    """End to end through the attribution stage: the account is the reader's, not the reporter's."""
    doc = annotate(_extract(f"{INTRO}\n\nMark Hill, retired engineer, Ohio\n\n{ACCOUNT}\n\n{OUTRO}\n"))
    voices = attribute(doc)
    account = [s for s in doc.sentences if s.text.startswith("I woke")]
    assert account and voices.voice_of(account[0].index).speaker == "Mark Hill"
