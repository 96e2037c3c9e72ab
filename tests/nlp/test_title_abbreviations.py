"""Sentences are not split after a title's abbreviation before a name ("Cpl. Jane Doe").

The sentences are written for these tests; each pairs a title with a capitalised name,
and the last cases check that a real sentence end after an abbreviation still splits.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

WHOLE = [
    "The standoff followed the shooting of Cpl. Nathan Hale standing guard at the memorial, police said.",
    "The attack came hours after Sgt. Maria Lopez was shot near the gate, officials said.",
    "Witnesses saw Insp. Tom Reed and Det. Const. Sarah Hill arrive at the scene before noon.",
    "The motion was tabled by Pte. John Bell of the second battalion, who later resigned.",
    "The ceremony honoured Supt. Ann Gray, Lt. Col. Peter Mills and Maj. Gen. Rob Hart at the base.",
    "Orders came from Capt. Liam Ford and Adm. Joan Marsh, who commanded the fleet.",
    "The report was signed by Pvt. Ed Cole, Cmdr. Ray Stone and Brig. Alan Price.",
    "They moved to Ft. Worth and later to St. Louis, where Mt. Hood was only a memory.",
    "He was the No. 2 official at the agency and the No. 3 pick in the draft.",
    "The bill was written by Rep. Anna Diaz and Sen. Carl Byrd, with help from Gov. Lee Park.",
    "The mass was said by Fr. Tom Walsh and Msgr. Paul Dunn at the cathedral.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_title_before_a_name_does_not_end_the_sentence(text: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert [s.text for s in doc.sentences] == [text]


@pytest.mark.parametrize("text", [
    "The award went to Martin Luther King Jr. He accepted it in Oslo the next winter.",
    "The council met on Tuesday. Sgt. Maria Lopez told members the station would close.",
])
def test_a_real_sentence_end_still_splits(text: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    assert len(doc.sentences) == 2
