"""Reader Audit 37 (docs/audit.md 38), prose essay: a reader aside ("Keep an eye on both directors' Twitter
pages.") told as a line of the story (#10). An imperative that sends the reader somewhere is the page talking to its
reader, not news: the essay never tells it. Lines that open on the same verbs and report news stay. The lines are
written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.render.prose import render_prose
from newsbrief.render.prose_context import is_furniture
from newsbrief.settings import Settings

ASIDES = (
    "Keep an eye on both of the coaches' Twitter feeds.",
    "Stay tuned for more on the trade talks.",
    "So check out the trailer and decide for yourself.",
    "Be sure to watch the full interview on the channel's site.",
    "Don't forget to vote in our poll.",
)
NEWS = (
    "Keep Britain Tidy said litter on beaches had doubled in a year.",
    "Check-in queues at the airport stretched for an hour on Friday.",
    "Stay orders were granted by the court to three of the families.",
    "[Ms Lyle:] Keep an eye on the price of bread, she told the meeting.",
)


@pytest.mark.parametrize("text", ASIDES)
def test_a_reader_aside_is_never_told(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", NEWS)
def test_news_that_opens_on_the_same_words_is_told(text: str) -> None:
    assert not is_furniture(text)


PAGE = ("Two film directors traded jokes online on Tuesday after a rumour that a prop car had been stolen from a "
        "studio lot in Leeds.\n\n"
        "The rumour began on a fan site, which said thieves had driven the car out of the gates at night.\n\n"
        "Director Ola Brandt posted a photo of the car parked in his drive, with a note thanking the thieves for "
        "returning it.\n\n"
        "Keep an eye on both of the directors' Twitter pages.\n\n"
        "The fan site has since withdrawn its report and apologised to the studio.")


def test_the_essay_leaves_out_the_aside() -> None:
    essay = render_prose(brief_source(RawDocument(content=PAGE.encode(), filename="p.txt"), Settings()))
    assert "Keep an eye on" not in essay, essay
    assert "withdrawn its report" in essay, essay


# Audit 37 #4: the essay lost the close, a named speaker's quotation opening on "They're ...": the essay's rule for
# a sentence that leans on the one before took the quoted "They" for the writer's. The close is the conclusion's
# choice, and a quotation told with its speaker's name is the speaker's to mean.
CLOSING_QUOTE = (
    "A British nurse has stayed on in the port city of Halvik as rival militias fight for its harbour.\n\n"
    "Mara Quinn, 29, who works at a children's clinic, told a radio programme on Monday why she had not left.\n\n"
    "Phone lines have been cut for three days, and the clinic runs on a generator.\n\n"
    "Queues for bread now start before dawn, she said, and prices have tripled since the fighting began.\n\n"
    "The clinic has twelve beds and two doctors, and a third doctor left last week.\n\n"
    "Some nights the shelling is close enough to rattle the windows.\n\n"
    "\"They look after us, the families here, and they keep asking what the world is doing,\" Quinn said. "
    "\"They want to know that someone abroad is listening.\"")


def test_the_essay_tells_a_named_speakers_closing_quote() -> None:
    essay = render_prose(brief_source(RawDocument(content=CLOSING_QUOTE.encode(), filename="q.txt"), Settings()))
    assert "someone abroad is listening" in essay, essay
