"""Session 26: opening repairs that must not guess. A "He" the source already resolves in brackets or apposition
is not repaired again (a double repair "[Henry] [Arsene Wenger] has to do it" was seen); an unnamed man or woman
in either of the two sentences before is a rival to the named person (opening_names). Articles written for
these tests."""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import cluster_actors
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

# (text, a string the repaired last sentence must not contain, a string it must contain)
_CASES = (
    ("Tomas Berg was asked about the coach. He [Lukas Brandt] has to fix the defence.", "[Tomas Berg]",
     "He [Lukas Brandt] has"),
    ("Tomas Berg was asked about the coach. \"He [Brandt] has to fix the defence.\"", "[Tomas Berg]",
     "He [Brandt] has"),
    ("Tomas Berg was asked about the coach. He, Brandt, has to fix the defence.", "[Tomas Berg]", "He, Brandt,"),
    ("Officers said Peter Olsen was found injured at his home in Dale Street on Friday. "
     "A 31-year-old man was arrested at the scene and taken to a police station in the town. "
     "The street was closed for most of the day. "
     "He has been released on bail until next month.", "[Peter Olsen]", "has been released"),
    ("Thierry Vasseur spoke to reporters after the defeat on Sunday. "
     "\"He [Arno Weller] has to do it, nobody else can,\" Vasseur said.", "[Thierry Vasseur]", "[Arno Weller]"),
    ("Officers found Peter Olsen injured at his home on Friday, and a 31-year-old man was arrested at the scene. "
     "The street was closed for most of the day. "
     "He has been released on bail until next month.", "[Olsen]", "has been released"),
)


@pytest.mark.parametrize(("text", "banned", "kept"), _CASES, ids=["bracketed", "quoted_bracketed_surname", "appositive", "unnamed_two_back", "quoted_bracketed_said", "unnamed_in_clause_two_back"])
def test_no_guessed_repair(text: str, banned: str, kept: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    repaired = repair_opening(doc, doc.sentences[-1], cluster_actors(doc)) or doc.sentences[-1].text
    assert banned not in repaired, repaired
    assert kept in repaired, repaired


def test_passive_denial_is_no_denial() -> None:
    """ "Voss was denied bail" tells what a court refused Voss, not Voss denying the accusation (point_contests)."""
    from newsbrief.analyze.point_contests import contested_claim

    text = ("The trial opened in Lenmark on Monday. Prosecutors accuse Voss of hiding the firm's losses. "
            "Voss was denied bail by the court on Tuesday. Voss was later denied entry to the firm's offices. "
            "The hearing resumes next week.")
    doc = annotate(Article(text=text, source=Source()))
    assert contested_claim(doc) is None
