"""Audit 9's dangling items (issue #11, docs/audit.md section 10.4 pattern 5), written for these tests.

An item shown alone whose place is fixed only by the sentence before ("the city", "the state's
attorney general", with no place named in the item) or a fact-box fragment with no finite verb
("Possibly the worst flood to hit the valley.") is withheld; the same facts told with their place,
or a full sentence, stay. The first score, before the rules changed, is in the commit that added
this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context, cite
from newsbrief.analyze.openings import repair_sections
from newsbrief.models import Article, Candidate, Item, Source
from newsbrief.nlp.annotate import annotate

TEXT = """Kurdish fighters pushed into the centre of Kessab on Monday after weeks of street battles.

The militants have abandoned all of their positions in the city, a monitoring group said.

Oil washed ashore along the coast of Alabama last month.

The state's attorney general said it was suing the operator for the damage.

1955: A flood struck the Varn valley.

Possibly the worst flood to hit the valley.

The militants have left their positions in Kessab, the monitoring group said.

Alabama's attorney general said the lawsuit would be filed next week.
"""


@pytest.mark.parametrize(("words", "kept"), [
    ("abandoned all of their positions in the city", False),
    ("The state's attorney general said", False),
    ("Possibly the worst flood", False),
    ("have left their positions in Kessab", True),
    ("Alabama's attorney general said", True),
])
def test_dangling_places_and_fragments_are_withheld(words: str, kept: bool) -> None:
    doc = annotate(Article(text=TEXT, source=Source(date="2026-03-02")))
    ctx = build_context(doc)
    items = tuple(Candidate(Item(text=s.text, citations=(cite(s),))) for s in doc.sentences)
    texts = [c.item.text for c in repair_sections(doc, ctx, {"outlook": items})["outlook"]]
    assert any(words in t for t in texts) is kept, texts
