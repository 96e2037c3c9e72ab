"""A readers' Q&A whose answer lines open with the reader's credit glued to the expert's label (reader Audit 45
#7, docs/audit.md section 46): "Tom Hale, Leeds Prof Lund: Most of the ice ..." is Prof Lund's answer, the
question above it the reader's (nobody's in the brief), and the reader never speaks the answer. Near misses: an
interview's "Q:"/"A:" turns, a news report with a "Name, Place" caption, a round-up of readers' own comments.
All texts are written for these tests. The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

from functools import cache

import pytest

from newsbrief.models import Article, Brief, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.nlp.credited_answers import read_credited_answers
from newsbrief.nlp.transcript import read_transcript
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

PAGE = (
    "A cold snap has frozen lakes across the north, and many readers wrote in about thin ice.\n\n"
    "We put a selection of your questions to ice safety expert Ann Lund, head of water safety at the "
    "Northern Rescue Trust.\n\n"
    "How thick does ice have to be before it is safe to walk on?\n\n"
    "Tom Hale, Leeds Prof Lund: Ten centimetres of clear ice will usually hold one adult.\n\n"
    "Grey or snowy ice is much weaker, so you should allow twice that thickness.\n\n"
    "My son wants to skate on the pond behind our house.\n\n"
    "Is there any safe way for him to test it?\n\n"
    "Rita Moss, Hull, UK Prof Lund: Nobody should test ice by walking on it.\n\n"
    "Local councils measure the ice on public ponds and you should skate only where they say it is safe.\n\n"
    "What should you do if someone falls through?\n\n"
    "Omar Patel, York Prof Lund: Call the emergency services at once and do not go onto the ice yourself.\n\n"
    "Throw a rope or a branch and tell the person to kick their legs as they are pulled out.\n\n"
    "Do dogs fall through more often than people?\n\n"
    "Jane Cobb, Durham, UK Prof Lund: Dogs are lighter, but they run onto ice that people avoid.\n\n"
    "Owners must keep dogs on a lead near frozen water."
)
READERS = ("Tom Hale", "Rita Moss", "Omar Patel", "Jane Cobb", "Hale", "Moss", "Patel", "Cobb")

INTERVIEW = (
    "Ann Lund has led water safety at the Northern Rescue Trust for ten years. This is an edited transcript.\n\n"
    "Q: How many people fall through ice each winter?\n\n"
    "A: About forty in a cold year, most of them trying to save a dog.\n\n"
    "Q: What would you change?\n\n"
    "A: Every pond in a park should have a rope on a post beside it.\n\n"
    "Councils should pay for them."
)

CAPTION = (
    "Hundreds of skaters took to the frozen reservoir at Kelby on Sunday despite warnings.\n\n"
    "Tom Hale, Leeds\n\n"
    "Police said the ice was too thin in places and asked people to stay off it.\n\n"
    "\"We cannot be everywhere,\" Inspector Carol Dunn said. \"Please stay off the ice.\"\n\n"
    "Is anyone watching the reservoir at night?\n\n"
    "Rita Moss, Hull, a local councillor, said a warden would patrol it from Monday."
)

ROUNDUP = (
    "We asked readers what the council should do about the frozen reservoir.\n\n"
    "Tom Price, Leeds: I think they should fence it off until the thaw.\n\n"
    "Nobody listens to signs.\n\n"
    "Jane Roe, Hull: Put a warden there at weekends.\n\n"
    "Sam Kerr, York: Leave it alone, people know the risks."
)


@cache
def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source()))


@cache
def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source()), Settings())


def _voice_of(text: str, start: str) -> tuple[str, str | None, str]:
    doc = _doc(text)
    sentence = next(s for s in doc.sentences if s.text.startswith(start))
    voice = attribute(doc).voices[sentence.index]
    return voice.voice, voice.speaker, voice.stance


ANSWERS = [
    "Tom Hale, Leeds Prof Lund: Ten centimetres",
    "Grey or snowy ice",
    "Rita Moss, Hull, UK Prof Lund",
    "Local councils measure",
    "Omar Patel, York Prof Lund",
    "Throw a rope",
    "Jane Cobb, Durham, UK Prof Lund",
    "Owners must keep dogs",
]


@pytest.mark.slow
@pytest.mark.parametrize("start", ANSWERS)
def test_an_answer_is_the_experts(start: str) -> None:
    voice, speaker, _stance = _voice_of(PAGE, start)
    assert (voice, speaker) == ("person", "Ann Lund")


@pytest.mark.slow
@pytest.mark.parametrize("start", ["How thick does ice", "My son wants", "Is there any safe way",
                                   "What should you do", "Do dogs fall"])
def test_a_question_is_no_readers_and_no_experts(start: str) -> None:
    _voice, speaker, _stance = _voice_of(PAGE, start)
    assert speaker is None or speaker not in (*READERS, "Ann Lund")


@pytest.mark.slow
def test_no_attribution_names_a_reader() -> None:
    speakers = {a.speaker for a in attribute(_doc(PAGE)).attributions}
    assert not speakers & set(READERS), speakers


def _section(brief: Brief, name: str) -> list[str]:
    """The section's items as repr (their text and payload: a position's speaker, an actor's name)."""
    return [repr(item) for section in brief.sections if section.name == name for item in section.items]


def _texts(brief: Brief, name: str) -> list[str]:
    return [item.text for section in brief.sections if section.name == name for item in section.items]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["positions", "quotes", "actors"])
def test_no_reader_speaks_or_acts(name: str) -> None:
    payloads = [repr(item.payload) for section in _brief(PAGE).sections if section.name == name
                for item in section.items]
    assert not any(reader in text for text in payloads for reader in READERS[:4]), payloads


@pytest.mark.slow
@pytest.mark.parametrize("name", [
    "recommendations", "outlook", "quotes",
    "summary",  # closed by h28/points3: point_labels.bracket_label shows "[Ann Lund:] " and the answer
    "positions"])  # closed by the lead: positions._shown_text starts after the turn's label
def test_no_item_text_names_a_reader(name: str) -> None:
    texts = _texts(_brief(PAGE), name)
    assert not any(reader in text for text in texts for reader in READERS[:4]), texts


@pytest.mark.slow
def test_the_expert_is_an_actor() -> None:
    assert any("Ann Lund" in text for text in _section(_brief(PAGE), "actors")), _section(_brief(PAGE), "actors")


@pytest.mark.slow
def test_the_experts_advice_is_hers() -> None:
    texts = _section(_brief(PAGE), "recommendations") + _section(_brief(PAGE), "positions")
    assert any("Ann Lund" in text for text in texts), texts


# ---- near misses


@pytest.mark.slow
def test_an_interviews_answers_stay_the_interviewees() -> None:
    doc = _doc(INTERVIEW)
    assert read_credited_answers(doc, {}) is None
    transcript = read_transcript(doc)
    rope = next(s for s in doc.sentences if s.text.startswith("A: Every pond"))
    assert transcript.turns.get(rope.index) == "Ann Lund" and not transcript.readers


@pytest.mark.slow
def test_a_caption_makes_no_credited_page() -> None:
    doc = _doc(CAPTION)
    assert not read_transcript(doc).turns
    _voice, speaker, _stance = _voice_of(CAPTION, "\"We cannot be everywhere")
    assert speaker is not None and "Dunn" in speaker


@pytest.mark.slow
@pytest.mark.parametrize(("start", "reader"), [
    ("Tom Price, Leeds", "Tom Price"), ("Jane Roe, Hull", "Jane Roe"), ("Sam Kerr, York", "Sam Kerr")])
def test_a_roundup_of_readers_comments_stays_theirs(start: str, reader: str) -> None:
    assert not read_transcript(_doc(ROUNDUP)).readers
    _voice, speaker, _stance = _voice_of(ROUNDUP, start)
    assert speaker == reader
