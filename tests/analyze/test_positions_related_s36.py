"""The lead's reading for session 36 (a t17 live page): "The son of Moammar Gadhafi warned ..." was filed under
"Moammar Gadhafi" in Who says what. A source headed by a common noun tied to a name by "of"/"for" is that
person's relative or agent, never the person named (analyze.position_sources.related_person_phrase). Text written
for this test."""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.position_sources import related_person_phrase
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate

_SON = """The son of President Omar Haddad warned on Monday that the country faced civil war if the protests went on.

Protesters have held the main square of Karvan for six days, and at least 40 people have been killed, rights \
groups said.

President Omar Haddad has ruled the country for 30 years and has not spoken in public since the protests began.

The army said it would not fire on the crowds.
"""


def test_the_sons_warning_is_not_filed_under_his_father() -> None:
    doc = annotate(Article(text=_SON, source=Source()))
    items = analyze_positions(doc, build_context(doc))
    speakers = {i.payload.speaker: i.payload.role for i in items
                if "civil war" in i.text and isinstance(i.payload, PositionInfo)}
    assert speakers, items
    assert all(s and s.lower().startswith("the son of") for s in speakers), speakers
    assert "President" not in {r for r in speakers.values() if r}, speakers


def test_only_a_common_nouns_of_or_for_phrase_is_related() -> None:
    assert related_person_phrase("the son of President Omar Haddad")
    assert related_person_phrase("a lawyer for Jane Roe")
    assert not related_person_phrase("the Interior Ministry")
    assert not related_person_phrase("Omar Haddad")
    assert not related_person_phrase("a spokesman for the ministry")
