"""Repairs only when certain, after Audit 16 (docs/audit.md 17.3 "Misattributed", 17.4 item 2), on short texts
written for these tests:

1. A "he"/"she" is given a name only when exactly one agreeing person is named in the sentence before it and its
   own sentence (subjects, objects and appositions counted); with two, no name (the audit: "wants his successor,
   Brian Williams, thrown out ... after [Tom Brokaw] admitted").
2. A bare surname is the nearest full name before it with that surname, or no one when two people sharing it are
   both named within reach; never a person named later (the audit: one Ibrahim's charge given to another).
3. A rescuer's "He described her location" is the rescuer's, not the girl's.
4. A "they" after a group of people is not bracketed with an organisation named in the same sentence.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

# (text, a piece of the content, a speaker that must hold it (substring) or None for none of a name, never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]] | object] = [
    # 1. two agreeing people in one sentence, a later "he"/"she": no name
    ("Veteran anchor Tom Reed reportedly wants his successor, Brian Hale, removed from the desk after he admitted "
     "inventing parts of a story about the war.", "inventing parts", None, ("Reed", "Hale")),
    ("Senator Ana Ruiz wants her deputy, Maria Lopez, to step down after she admitted leaking the budget memo.",
     "leaking the budget", None, ("Ruiz", "Lopez")),
    ("The board met the coach, Brian Hale, on Monday.\n\nTom Reed resigned from the club later that day after he "
     "admitted hiding the debts.", "hiding the debts", None, ("Reed", "Hale")),
    # near-misses: one agreeing person only
    ("Coach Tom Reed resigned from the club on Monday after he admitted hiding the debts from the board.",
     "hiding the debts", "Reed", ()),
    # "her deputy, Brian Hale": the "her" owns the noun apposed to Hale, so it is Ruiz's (nlp/gender_votes.py)
    ("Senator Ana Ruiz wants her deputy, Brian Hale, to step down after he admitted leaking the budget memo.",
     "leaking the budget", "Hale", ()),
    ("The board met the treasurer, Ana Ruiz, on Monday.\n\nTom Reed resigned from the club later that day after he "
     "admitted hiding the debts.", "hiding the debts", "Reed", ("Ruiz",)),
    # 2. shared surnames on opposite sides
    ("Fighting went on in the east, where rebel spokesman Adil Karim said four fighters had been killed.\n\n"
     "The alliance said its jets hit a depot near the town.\n\n"
     "A spokesman for the government, Samir Karim, called the strike \"a crime beyond words.\"\n\n"
     "Speaking to reporters in the town on Tuesday, Karim accused the alliance of bombing the town to help the "
     "rebels advance.", "bombing the town", "Samir Karim", ("Adil Karim",)),
    ("A spokesman for the government, Samir Karim, called the strike \"a crime beyond words.\"\n\n"
     "The alliance said its jets hit a depot near the town.\n\n"
     "Fighting went on in the east, where rebel spokesman Adil Karim said four fighters had been killed.\n\n"
     "Speaking to reporters on Tuesday, Karim accused the government of shelling the market.",
     "shelling the market", "Adil Karim", ("Samir Karim",)),
    ("Rebel spokesman Adil Karim and government spokesman Samir Karim both spoke on Monday.\n\n"
     "Karim accused the alliance of bombing the town.", "bombing the town", None, ("Adil Karim", "Samir Karim")),
    ("Karim accused the alliance of bombing the town on Monday.\n\n"
     "The alliance denied the charge.\n\nLater, rebel spokesman Adil Karim said the front was quiet.",
     "bombing the town", None, ("Adil Karim",)),
    ("Rebel spokesman Adil Karim said four fighters had been killed.\n\n"
     "Karim accused the army of shelling the market.", "shelling the market", "Adil Karim", ()),
    # 3. a rescuer describing the one rescued
    ("Rescuers pulled Dana Joseph, 16, from the rubble of her house on Friday.\n\n"
     "\"She just said thank you, she is very weak,\" said Sam Berne, head of the team that found her.\n\n"
     "He described her location as \"in a pocket, surrounded by concrete\".", "in a pocket", "Berne", ("Dana Joseph",)),
    ("Rescuers pulled Leo Marks, 9, from the ruins of a school on Friday.\n\n"
     "\"He only asked for water,\" said Ruth Lane, who leads the team that found him.\n\n"
     "She described his location as \"a gap under the stairs\".", "a gap under", "Lane", ("Leo Marks",)),
    ("Rescuers pulled Dana Joseph, 16, from the rubble of her house on Friday.\n\n"
     "Dana Joseph described the place as \"dark and cold\".", "dark and cold", "Dana Joseph", ()),
]

# (text, a piece of an item, brackets that must not appear in an item holding the piece)
BRACKETS: list[tuple[str, str, tuple[str, ...]]] = [
    ("Veteran anchor Tom Reed reportedly wants his successor, Brian Hale, removed from the desk after he admitted "
     "inventing parts of a story about the war. The network has not commented on the report.\n\n"
     "Reed, 74, has complained to colleagues for weeks.", "inventing parts", ("[Tom Reed]", "[Reed]", "[Brian Hale]",
                                                                              "[Hale]")),
    ("Harbour Oil has hired dozens of scientists to study the spill, and the work will cost $40 million.\n\n"
     "Jackie Marsh, a biologist, said some scientists were worried.\n\n"
     "\"The scientists I have spoken to are aware that Harbour Oil could try to sway the work. For example, with "
     "Harbour Oil constantly looking over their shoulders when they collect data, they have to do it 100% right "
     "otherwise Harbour Oil could challenge it in court later.\"", "100%", ("[Harbour Oil]",)),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.speaker for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_certain_or_none(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    speakers = _speakers_of(text, piece)
    for speaker in speakers:
        assert speaker is None or not any(bad == speaker or bad in speaker.split(", ") for bad in never), speakers
    if expected is not None:
        assert any(s and expected in s for s in speakers), speakers


def _all_items(brief: Brief) -> list[str]:
    """Each item's text with a figure's measure after it (where a key figure's bracket shows)."""
    return [f"{item.text} {getattr(item.payload, 'measure', '') or ''}" for section in brief.sections
            for item in section.items]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "never"), BRACKETS, ids=[f"bracket{i}" for i in range(len(BRACKETS))])
def test_no_guessed_bracket(text: str, piece: str, never: tuple[str, ...]) -> None:
    items = [t for t in _all_items(brief_article(Article(text=text, source=Source()), Settings())) if piece in t]
    assert not any(bad in t for t in items for bad in never), items
