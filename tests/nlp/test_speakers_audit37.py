"""Audit 37's misattributions (docs/audit.md 38), on short texts written for these tests:

1. A source's bare surname that the parser reads as a plural common noun ("Walters said that may depend on ...") is
   still that source: the "he said" after it is his, never a person quoted a few sentences before.
2. A report's findings are not carried past another outlet that checks and debunks them: the paragraph after
   "The Riverton Ledger did some quick checking and exposed the story to be a hoax:" is never the hoax site's.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_ANALYST = (
    "Rebel fighters moved closer to the capital on Monday.\n\n"
    "Dr Peter Walters, a security analyst at the Halden Institute in Oslo, believes the momentum is with the "
    "rebels.\n\n"
    "\"They have the supply lines now,\" Walters said.\n\n"
    "At a briefing on Tuesday, Interior Minister Omar al-Rashidi said that the army is \"strong enough to hold "
    "the city\" but called for talks.\n\n"
    "Al-Rashidi said the offer of talks comes \"from strength, not weakness.\"\n\n"
    "The government was talking to all sides, he added.\n\n"
    "What happens next?\n\n"
    "Walters said that may depend on whether officers around the ruler decide to give up.\n\n"
    "\"The most likely outcome is a negotiated exit for the ruling family, without a final assault on the "
    "capital,\" he said.\n\n"
    "The fighting went on into the night.")

_DEBUNK = (
    "If a story about the singer Mara Quill being arrested has reached your feed, relax: it is not true.\n\n"
    "The hoax came from a fake news site called The Patriot Report, which invents stories that sound true.\n\n"
    "In a story posted early this morning, The Patriot Report claimed that Quill was arrested in Leeds and fined "
    "for smuggling parrots. The Riverton Ledger did some quick checking and exposed the story to be a hoax:\n\n"
    "Tom Baxter, the name of the arresting officer, is the same name the site gave a fake bank manager last "
    "year, and the police station it names closed in 2009.\n\n"
    "Quill is on tour in Spain this week.")


def _doc_and_attributions(text: str) -> tuple[Document, Attributions]:
    doc = annotate(Article(text=text, source=Source()))
    return doc, attribute(doc)


def _sentence_of(doc: Document, text: str, piece: str) -> int:
    at = text.index(piece)
    return next(s.index for s in doc.sentences if s.start <= at < s.end)


@pytest.mark.slow
def test_surname_read_as_plural_noun_keeps_the_next_he() -> None:
    """'Walters said that may depend on ...', then '"...," he said': the analyst's, never the minister's."""
    doc, att = _doc_and_attributions(_ANALYST)
    voice = att.voice_of(_sentence_of(doc, _ANALYST, "most likely outcome"))
    assert voice.speaker is not None and "Walters" in voice.speaker, voice


@pytest.mark.slow
def test_surname_read_as_plural_noun_is_a_speaker() -> None:
    """The sentence 'Walters said that may depend on ...' is the analyst's, not the writer's."""
    doc, att = _doc_and_attributions(_ANALYST)
    voice = att.voice_of(_sentence_of(doc, _ANALYST, "may depend on"))
    assert voice.voice == "person" and "Walters" in (voice.speaker or ""), voice


@pytest.mark.slow
def test_debunking_outlet_ends_the_hoax_report() -> None:
    """The paragraph after the debunking outlet's colon is never the hoax site's finding."""
    doc, att = _doc_and_attributions(_DEBUNK)
    for piece in ("quick checking", "the name of the arresting officer"):
        voice = att.voice_of(_sentence_of(doc, _DEBUNK, piece))
        assert "Patriot" not in (voice.speaker or ""), (piece, voice)


@pytest.mark.slow
def test_hoax_site_keeps_its_own_claim() -> None:
    """The sentence in which the hoax site claims something stays its own (the fix must not drop it)."""
    doc, att = _doc_and_attributions(_DEBUNK)
    voice = att.voice_of(_sentence_of(doc, _DEBUNK, "was arrested in Leeds"))
    assert "Patriot" in (voice.speaker or ""), voice


_GROUP = (
    "The city will stop jailing people for unpaid parking fines from next month, the mayor said on Monday.\n\n"
    "\"It frees our officers for serious work,\" said Police Commissioner Dana Holt.\n\n"
    "The Harbour Tenants Alliance said it was \"quietly hopeful\" about the change.\n\n"
    "\"Most of those jailed are poor, even though richer drivers owe more,\" the group said in a statement.\n\n"
    "The change takes effect on June 1.")


@pytest.mark.slow
def test_the_group_is_the_body_named_just_before() -> None:
    """'The Harbour Tenants Alliance said ...', then '"...," the group said': the Alliance's words, by name."""
    doc, att = _doc_and_attributions(_GROUP)
    voice = att.voice_of(_sentence_of(doc, _GROUP, "Most of those jailed"))
    assert voice.speaker is not None and "Harbour Tenants Alliance" in voice.speaker, voice
