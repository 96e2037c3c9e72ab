"""The lead's reading of an untuned FNC-1 body (session 34): a complaint against a company named many times.

1. "When he tried to get help, he says, Harbour Homes sent him to collections." went to the company: the model typed
   it PERSON in two of its many mentions, and any PERSON mention left "he" free to mean it. A name typed PERSON in a
   quarter of its mentions or fewer (eight or more) is a body (nlp/speaker_bounds.not_a_person).
2. "He says he never received a single correct bill" was shown as the plaintiff denying, "disputing" his own
   complaint: an accuser who is the speaker's own document ("Berg's complaint") is no one he answers (nlp/voices).

The article is written for this test; the model's slips (two PERSON tags) are set by hand, as an invented text does
not reliably provoke them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Document, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from newsbrief.nlp.speech_charges import same_party

_TEXT = """Tenant sues Harbour Homes over years of wrong bills

Tom Berg, a tenant in Halden, has sued Harbour Homes, saying the landlord overcharged him for three years.

In his complaint, Berg alleges that Harbour Homes ignored eleven letters about his rent and told his employer he \
owed money.

Berg's complaint also argues that Harbour Homes misspelled his name on every bill, so the post office could not \
deliver them.

Harbour Homes then charged Berg almost $2,000 in fees for repairs he had never asked for. Harbour Homes also \
changed the locks twice.

When he tried to get help with these bills, he says, Harbour Homes sent him to a debt collector.

He says he never received a single correct bill in the four years he rented from Harbour Homes.

Harbour Homes did not respond to a request for comment. Harbour Homes manages 400 flats in the town, and \
Harbour Homes tenants have complained before.
"""


@pytest.fixture(scope="module")
def doc() -> Document:
    doc = annotate(Article(text=_TEXT, source=Source(title="Tenant sues Harbour Homes over years of wrong bills")))
    homes = [e for e in doc.entities if e.text.endswith("Harbour Homes")]
    assert len(homes) >= 8
    slips = {id(e) for e in homes[1:3]}  # the model's slips: two mentions typed PERSON, the rest ORG
    entities = tuple(replace(e, label="PERSON" if id(e) in slips else "ORG") if e in homes else e
                     for e in doc.entities)
    return replace(doc, entities=entities)


def test_he_is_the_tenant_not_the_company(doc: Document) -> None:
    sentence = next(s for s in doc.sentences if s.text.startswith("When he tried"))
    speakers = {a.speaker for a in attribute(doc).attributions if sentence.start <= a.content_start < sentence.end}
    assert speakers and "Harbour Homes" not in speakers


def test_his_own_complaint_is_not_what_he_denies(doc: Document) -> None:
    # a guard on the whole article (it passed before too: here the model's voices give no document accuser); the
    # rule itself is pinned below
    rows = [i.payload for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)]
    berg = [p for p in rows if p.speaker == "Tom Berg"]
    assert berg and all(p.stance != "denies" and p.disputes is None for p in berg)


@pytest.mark.parametrize(("accuser", "speaker", "same"), [
    ("O'Rourke's complaint", "Conal O'Rourke", True), ("Tom Berg", "Tom Berg", True),
    ("the complaint", "Tom Berg", False), ("Harbour Homes", "Tom Berg", False), (None, "Tom Berg", False),
    ("Berg’s lawyers", "Tom Berg", True),
    # session 35's review: a shared first word or title is no shared party
    ("The New York Times", "The White House", False), ("President Obama", "President Putin", False),
])
def test_an_accuser_who_is_the_speakers_own_side(accuser: str | None, speaker: str, same: bool) -> None:
    assert same_party(accuser, speaker) is same
