"""A split quotation framed by a role ('"...," the chairman said, "..."') after the chairman is named with his title.

The lead's reading of an unseen Newsroom column (session 20): the chairman's quotation was given to a congressman
who "observed" in the next sentence. "the chairman" is the one person the text names with that title ("Chairman Tom
Reed"), so the quotation is his. The article is written for this test.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

TEXT = """Chairman Tom Reed (R-Ohio) opened the hearing at 10 a.m. and read from the e-mails for an hour.

Reed, for his part, found it damning that aides passed along some of the advice to the ambassador. "It's relevant \
because our ambassador was asked to read and respond to this drivel," the chairman said, "in some instances on the \
very same day he was asking for security." Rep. Adam Ortiz (Calif.), a Democrat, observed that for all the time the \
panel has spent on the e-mails, you'd think "that he was in the city on the night."
"""


def test_a_quotation_framed_by_a_title_goes_to_its_holder() -> None:
    doc = annotate(Article(text=TEXT, source=Source()))
    voice = build_context(doc).attributions.voice_of(2)
    assert voice.speaker == "Tom Reed", voice
