"""Audit 13's misattributions (section 14.3 "Misattributed", 14.4 pattern 2), on short texts written for these tests:

1. A first-person writer's own thought or question in quotation marks ('I thought at once, "Hold on. ..."')
   was printed *unattributed*: the writer speaks it ("the writer", or the byline's name when known).
   Near-miss: an "I" inside someone else's quotation stays that person's.
2. A parenthetical attribution with a colon ('(Holm commented: "...")') left the quotation unattributed.
   Near-miss: "X has not commented" says nothing.
3. A quantifier heading an appositive about the people counted ("80,000 people, many of them farm workers
   who ..., the agency said") was made the source: the source is the agency.
   Near-miss: "Many of the villagers said ..." is the villagers' claim.
4. A "he says" sentence shown in a section after the opening repair ("[D]amp housing ..., he says.") kept
   the bare pronoun: it names the person the attribution stage resolved it to.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

_ESSAY = ("Ferries: a coastal town's grief\n\nFor a harbour town whose families have worked the boats for "
          "generations, the sinking means the end of an era.\n\nMy grandfather built boats. When I saw the pictures "
          "of the capsized ferry, I thought at once, \"Hold on. That ship is brand new, fitted with every alarm money "
          "can buy. Why did it roll so fast?\"\n\nLater, when the hull slid under, I asked myself, \"Why did nobody "
          "sound the alarm in time?\"")

# (text, author on the byline, a piece of the content, the speaker expected, a speaker that must never hold it)
CASES: list[tuple[str, str | None, str, str, str | None]] = [
    # 1. the writer's own quoted thoughts
    (_ESSAY, None, "Hold on", "the writer", None),
    (_ESSAY, None, "nobody sound the alarm", "the writer", None),
    (_ESSAY, "Mara Quint", "Hold on", "Mara Quint", None),
    ("The council voted on Monday to build the dam.\n\nI wrote to the mayor the same night: \"Your dam will drown "
     "the whole of the lower valley.\"", None, "drown the whole", "the writer", None),
    # near-miss: an "I" inside another's quotation is that person's
    ("\"I thought at once, this ship is far too new to sink,\" said the harbour master, Tom Berg.", None,
     "far too new", "Tom Berg", "the writer"),
    # 2. a parenthetical attribution with a colon
    ("The navy has been sent to the coast.\n\n(Holm commented: \"Force is a blunt tool for fixing a famine, but "
     "sometimes it is the only tool left.\")", None, "Force is a blunt", "Holm", None),
    ("The budget passed on Friday. Vega commented: \"The budget leaves the schools short of teachers.\"", None,
     "short of teachers", "Vega", None),
    # near-miss: "has not commented" says nothing; the union leader speaks
    ("Vega has not commented on the budget. \"It is a scandal for the schools,\" said union leader Ada Mertz.", None,
     "a scandal", "Ada Mertz", "Vega"),
    # 3. a quantifier over the people counted is not the source
    ("By Friday the floods had driven out nearly 80,000 people, many of them seasonal farm workers who were stuck "
     "at the border, the U.N. refugee agency said.", None, "80,000", "refugee agency", "many"),
    ("More than 300 miners were trapped, most of them contract workers from the south, the mine's owner said.",
     None, "300 miners", "owner", "most"),
    # near-miss: a quantifier that is the speaker
    ("Many of the villagers said the water had turned brown after the flood.", None, "turned brown", "villagers",
     None),
]


def _speakers_of(text: str, author: str | None, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source(author=author)))
    return [a.speaker for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "author", "piece", "expected", "never"), CASES,
                         ids=[f"case{i}" for i in range(len(CASES))])
def test_the_speaker_is_the_one_speaking(text: str, author: str | None, piece: str, expected: str,
                                         never: str | None) -> None:
    speakers = _speakers_of(text, author, piece)
    assert speakers, f"no attribution holds {piece!r}"
    assert any(s is not None and expected in s for s in speakers), speakers
    if never is not None:
        assert not any(s is not None and (s == never or s.lower().split()[0] == never) for s in speakers), speakers


@pytest.mark.slow
def test_the_writers_thought_is_not_an_unattributed_quote_in_the_brief() -> None:
    brief = brief_article(Article(text=_ESSAY, source=Source()), Settings())
    quotes = brief.section("quotes")
    assert quotes is not None and quotes.items, brief.sections
    held = [item for item in quotes.items if "Hold on" in item.text]
    assert held and all(getattr(item.payload, "speaker", None) == "the writer" for item in held), held


_CORRESPONDENT = ("Flu cases rise in northern villages\n\nHealth officials in Norway are investigating why flu has hit "
                  "the fishing villages of the far north so hard this winter.\n\nThe ministry said 40 people had "
                  "been taken to hospital since November.\n\nOur correspondent Tom Reyes in Oslo says there are no "
                  "clear reasons why rates are higher in the villages.\n\nBut damp housing, poor diet and long "
                  "distances to clinics are thought to be the most likely causes, he says.\n\nThe ministry will send "
                  "two more doctors to the region next month, officials said.")


@pytest.mark.slow
def test_a_repaired_he_says_sentence_names_its_speaker() -> None:
    brief = brief_article(Article(text=_CORRESPONDENT, source=Source()), Settings())
    texts = [item.text for section in brief.sections for item in section.items]
    dangling = [t for t in texts if re.search(r"\bhe says\b", t)]
    assert not dangling, dangling
    # near-miss: the sentence that names him is shown as it is
    assert not any("[Tom Reyes]" in t and "Our correspondent" in t for t in texts), texts

