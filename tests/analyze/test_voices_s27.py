"""Borrowed voices, session 27 (Audit 41 #6, an emailed Q&A): an interview's answers shown in a brief say whose
they are, also the answer before the first "Name:" label, the closing answer and an item citing two sentences
of one answer; the bracketed source keeps an answer's "I" and does not lower a digit. Texts invented for these
tests. The first score (unchanged code) is in the commit that added this file."""

from __future__ import annotations

from functools import cache

import pytest

from newsbrief.analyze.voices import with_source
from newsbrief.models import Article, Brief, SentenceVoice, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

_VOICE = SentenceVoice(sentence=0, voice="person", speaker="Andrei", stance="asserts", explicit=False)


@pytest.mark.parametrize(("text", "shown"), [
    ("[I] doubt the ministry will listen.", "[According to Andrei, I] doubt the ministry will listen."),
    ("1998 was the worst year.", "[According to Andrei,] 1998 was the worst year."),
    ("I doubt the ministry will listen.", "[According to Andrei,] I doubt the ministry will listen."),
    ("[T]he ministry will not listen.", "[According to Andrei, t]he ministry will not listen."),  # near miss
    ("The ministry will not listen.", "[According to Andrei, t]he ministry will not listen."),  # near miss
])
def test_source_brackets(text: str, shown: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert with_source(doc, text, _VOICE, first_is_name=False) == shown


_EMAILED = (
    "A Corvian farmer warns that the new water law will empty the villages\n\n"
    "(Wire) -- A farmer from Corvia's dry south has warned that the new water law will drive families off the "
    "land.\n\n"
    "The man, a 52-year-old grower of olives, answered questions put to him by email. He asked that we call him "
    "Andrei.\n\n"
    "What do the farmers want from the government?\n\n"
    "Fair prices for water.\n\n"
    "As long as the wells stay open, I see no need for protests.\n\n"
    "But I doubt the ministry will listen to the villages.\n\n"
    "Will the farmers march on the capital?\n\n"
    "Andrei: I hope not.\n\n"
    "A march would only harden the ministry and the police would arrest hundreds of farmers.\n\n"
    "We need a new plan for the dry years.\n\n"
    "What should other countries do?\n\n"
    "Andrei: Outside pressure on the ministry does not help.\n\n"
    "Farmers distrust foreign money after the dam scandal of 1998.\n\n"
    "As a result, the villages will refuse any plan that comes from abroad.\n\n"
    "Quiet loans for new wells would help far more.\n\n"
    "Careful loans can still change the ministry's mind.")

_ANSWERS = ("I see no need", "I doubt the ministry", "march would only harden", "We need a new plan",
            "Outside pressure", "distrust foreign money", "villages will refuse", "Quiet loans", "Careful loans")


@cache
def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source(title="Water", date="2026-03-12")), Settings())


@pytest.mark.slow
def test_no_answer_in_no_ones_mouth() -> None:
    """Every item of Key points, Analysis, Outlook or Conclusion that shows an answer names Andrei."""
    brief = _brief(_EMAILED)
    shown = [(section.name, item.text) for section in brief.sections
             if section.name in ("summary", "analysis", "outlook", "conclusion") for item in section.items
             if any(answer in item.text for answer in _ANSWERS)]
    assert shown, [s.name for s in brief.sections]
    assert all("Andrei" in text for _, text in shown), shown
