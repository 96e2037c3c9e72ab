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

from newsbrief.models import Article, Source
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
