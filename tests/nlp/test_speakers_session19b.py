"""Labelled cases: a press review's columnists (session 19, reader Audit 31 A5).

Written for these tests; no dataset text. A press review (BBC Monitoring style) quotes named columnists of named
papers with a label and no speech verb: "NAME in PAPER: "..."", "PAPER's NAME: "..."", "NAME, writing in PAPER:
"..."", "An editorial in PAPER: "..."", and, where the copy lost the colon, "NAME in PAPER "..."". Audit 31 found
such a review's ten voices missing from Quotes and Who says what. The quotation is the columnist's (role: the
paper) or the paper's. Near misses: a label that does not open the paragraph ("Life for NAME in CITY "..."") and a
lost colon after a bare city (no paper is sure) give no columnist.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_REVIEW = """Newspapers across the region condemn the river deal signed on Monday.

Karim Dawood in Cairo's Al-Mustaqbal "The deal hands our river to strangers. Nobody asked the farmers."

Lina Haddad in Beirut's independent Al-Sabah: "This is a good day for the region. Water shared is water saved."

"Nothing in this treaty protects the fishermen of the delta, who were never consulted by anyone."

The Morning Star's Anna Fisk: "We have seen this before, and it ended in tears."

Omar Fathi, writing in the Gulf Herald: "The ministers have signed away a century of rights."

An editorial in the Jordan Observer: "The quarrel cost too much and deserved to end."

Former envoy to Peru Chen Wei in Xinhua Ribao "Sharing rivers is the oldest test of neighbours."

Sara Cole of the Water Policy Institute in the Capital Times "Treaties like this one rarely last a decade."
"""

_NEAR = """Farmers along the river fear the new treaty.

Life for Ahmed Salem in Aswan "has never been harder", his brother Tarek Salem said.

Yusuf Kamal in Aswan "We will march to the dam tomorrow and nobody will stop us."
"""


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    piece: str
    speaker: str | None  # the expected speaker (None: no attribution may name ``never``)
    role: str | None = None
    never: str | None = None


CASES = [
    Case("lost colon, city's paper", _REVIEW, "hands our river", "Karim Dawood", "Al-Mustaqbal"),
    Case("colon, described paper", _REVIEW, "Water shared", "Lina Haddad", "Al-Sabah"),
    Case("paper's columnist", _REVIEW, "ended in tears", "Anna Fisk", "Morning Star"),
    Case("writing in, colon", _REVIEW, "signed away", "Omar Fathi", "Gulf Herald"),
    Case("editorial in", _REVIEW, "cost too much", "Jordan Observer"),
    Case("titled columnist, lost colon", _REVIEW, "oldest test", "Chen Wei", "Xinhua Ribao"),
    Case("columnist of a body, lost colon", _REVIEW, "rarely last", "Sara Cole", "Capital Times"),
    Case("review: an unlabelled paragraph is not the last columnist's", _REVIEW, "fishermen of the delta", None,
         never="Lina Haddad"),
    Case("near miss: label inside a clause", _NEAR, "never been harder", None, never="Ahmed Salem"),
    Case("near miss: lost colon after a bare city", _NEAR, "march to the dam", None, never="Yusuf Kamal"),
]


def _holders(text: str, piece: str) -> list[tuple[str | None, str | None]]:
    found = attribute(annotate(Article(text=text, source=Source())))
    return [(a.speaker, a.role) for a in found.attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_press_review_voice(case: Case) -> None:
    holders = _holders(case.text, case.piece)
    if case.never is not None:
        assert not any(s is not None and case.never in s for s, _ in holders), holders
    if case.speaker is not None:
        assert any(s is not None and case.speaker in s for s, _ in holders), holders
    if case.role is not None:
        speaker = case.speaker or ""
        assert any(r is not None and case.role in r for s, r in holders if s is not None and speaker in s), holders


# Stance left by stance19 (session 19): the stance of a Who says what entry. Written for these tests; no dataset text.

def _position(text: str, words: str) -> PositionInfo | None:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    for item in analyze_positions(doc, build_context(doc)):
        if words in item.text and isinstance(item.payload, PositionInfo):
            return item.payload
    return None


STANCES = [
    ("explain over could says",
     "The old bridge could close for a year while the piers are rebuilt, the engineer Mark Doyle explained on Monday.",
     "could close", "asserts"),
    ("a study's finding asserts",
     "Children who sleep less than eight hours a night score lower in reading tests, according to the study "
     "published by the University of Leeds on Tuesday.", "score lower", "asserts"),
    ("an inquiry that found no evidence asserts",
     "A two-year inquiry by the financial regulator found no evidence that the bank had hidden losses from its "
     "shareholders, its report said on Friday.", "no evidence", "asserts"),
    ("a state's territorial claim says",
     "Beijing claims almost all of the Coral Sea shelf, including waters near the coasts of three of its "
     "neighbours. Hanoi rejects the claim.", "claims almost all", "asserts"),
]


@pytest.mark.parametrize("case", STANCES, ids=[c[0] for c in STANCES])
def test_stance(case: tuple[str, str, str, str]) -> None:
    _, text, words, stance = case
    found = _position(text, words)
    assert found is not None and found.stance == stance, found


def test_neighbourhood_boundaries_no_position() -> None:
    """Near miss kept from stance19: a neighbourhood "claims" an area of a map states no position."""
    text = ("The Glenwood neighbourhood claims the western half of the old rail yard, according to a city map. "
            "Residents want a park there.")
    found = _position(text, "claims the western half")
    assert found is None or found.stance != "alleges", found


# The session 18 review's strict xfail: '"...," the 34-year-old said' after "NAME, 34," and a judge named in between.
_AGED = ("A man who hit a bus driver has been jailed for two years.\n\n"
         "Paul Grant{age} admitted assault at Hull Crown Court.\n\n"
         "Judge Helen Ward told him the attack had been cowardly.\n\n"
         "\"I wish I could take it back,\" the 29-year-old said as he was led away.\n\n"
         "The driver has since returned to work.")


@pytest.mark.parametrize(("age", "speaker"), [(", 29,", "Paul Grant"), (" (29)", "Paul Grant"),
                                              (", aged 29,", "Paul Grant"), (", 41,", None)])
def test_an_age_descriptor_means_the_person_given_that_age(age: str, speaker: str | None) -> None:
    text = _AGED.format(age=age)
    holders = [s for s, _ in _holders(text, "take it back")]
    if speaker is not None:
        assert speaker in holders, holders
    else:
        assert "Paul Grant" not in holders, holders  # the age given is another: no guess from the number
