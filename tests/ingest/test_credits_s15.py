"""Credits and pointers that came back in reader Audit 23 (docs/audit.md 24.3-24.4), as labelled cases.

Two routes brought furniture into briefs (the pages are written for these tests; the shapes are the
audit's): a wire writer's credit of the "<Outlet> writer <Name> contributed from <Place>" shape, which
became the conclusion, an actor and the essay's last line; and a pointer to a video and a transcript,
"Watch more about this and read an edited transcript:", which became a key point. Near-misses are the
article's own sentences: a person who contributed money, a sentence telling what someone watched.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

CREDITS = [
    "Associated Press writer Tom Hale contributed from Mexico City.",
    "Associated Press writers Tom Hale in Havana and Ann Holm in Miami contributed.",
    "AP writer Ann Holm contributed from Havana, Cuba.",
    "Reuters correspondent Lars Berg contributed from Oslo.",
]
POINTERS = [
    "Watch more about what this might mean and read an edited transcript from the host:",
    "Watch the video above to see the full interview.",
    "Read an edited transcript of the interview below:",
    "Click here to watch the full speech.",
]
KEPT = [
    "The mayor's brother contributed from his own savings to the campaign, the filing shows.",
    "Thousands watched the video on the first day, and the ministry asked sites to take it down.",
    "Read the fine print, the regulator told shoppers on Tuesday, because the offers expire quickly.",
    "Local businesses contributed from their profits to rebuild the bridge.",
    # the session 15 review's near-misses: a media word inside, not at the end; a company's move
    "Watch for black ice on roads where temperatures dip below freezing.",
    "Watch the sky above the eastern horizon after midnight for the best view of the meteor shower.",
    "Amazon.com moved its headquarters to 410 Terry Avenue North in Seattle in 2010.",
]

LEAD = ("Officials in the capital denied on Monday that the former leader had died, saying he was resting "
        "and would appear in public within days.")
MIDDLE = "Rumours had spread online since the weekend, fed by a post on a foreign news site."
CLOSE = "A spokesman said there was no reason for concern and asked people to ignore the rumours."


@pytest.mark.parametrize("line", CREDITS + POINTERS)
def test_a_credit_or_pointer_line_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", KEPT)
def test_the_articles_own_sentence_is_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_glued_to_the_last_paragraph_is_cut(credit: str) -> None:
    article = extract(RawDocument(f"Leader alive\n\n{LEAD}\n\n{MIDDLE} {CLOSE} {credit}\n".encode(),
                                  content_type="text/plain"), Settings())
    assert credit not in article.text and CLOSE in article.text


@pytest.mark.parametrize("pointer", POINTERS)
def test_a_pointer_inside_a_paragraph_is_cut(pointer: str) -> None:
    article = extract(RawDocument(f"Leader alive\n\n{LEAD} {MIDDLE} {pointer}\n\n{CLOSE}\n".encode(),
                                  content_type="text/plain"), Settings())
    assert pointer not in article.text and MIDDLE in article.text and CLOSE in article.text


@pytest.mark.parametrize("sentence", KEPT)
def test_the_articles_own_sentence_stays_inside_a_paragraph(sentence: str) -> None:
    article = extract(RawDocument(f"Leader alive\n\n{LEAD} {MIDDLE} {sentence}\n\n{CLOSE}\n".encode(),
                                  content_type="text/plain"), Settings())
    assert sentence in article.text
