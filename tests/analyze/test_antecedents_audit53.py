"""Audit 53 #4 (docs/audit.md section 54, issue #11): an opening "He added" after "<Surname> repeated the <President>
government's opposition ..." is the spokesman's, not the president's named in the object. The tagger read the
surname subject as a plural noun (and a place), so the subject was passed over and the nearest person named went
in. Text written for this test, with the parse the audited article had."""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import cluster_actors
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_PORT = """President Adam Marsh and his government "strongly condemn the violence at the port of Velka" and want it \
to end quickly, Government Spokesman Daniel SURNAME said on Tuesday.

Fishermen blocked the harbour mouth with their boats for a third day, and two people were hurt in scuffles, \
according to the port police.

"It is our hope that what we saw today we won't see tomorrow," SURNAME told reporters.

SURNAME repeated the Marsh government's opposition to any violence in the dispute, either by the police or by \
the fishermen.

He added that if the harbour authority is stirring up the trouble, "it should stop at once."
"""


@pytest.mark.parametrize("surname", ["Sands", "Combs"])
def test_he_added_after_a_surname_subject_read_as_a_noun_is_that_persons(surname: str) -> None:
    doc = annotate(Article(text=_PORT.replace("SURNAME", surname), source=Source()))
    subject = next(t for s in doc.sentences if "repeated" in s.text for t in doc.sentence_tokens(s))
    assert subject.pos == "NOUN"  # the misparse the audited article had ("Gibbs reiterated ...")
    sentence = next(s for s in doc.sentences if s.text.startswith("He added"))
    repaired = repair_opening(doc, sentence, cluster_actors(doc))
    assert repaired is not None and repaired.startswith(f"[{surname}] added"), repaired
