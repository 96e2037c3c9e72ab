"""Unlabelled tabloid captions glued into a flattened paragraph with a "pictured" cue and no stop, before a
sentence ("Jane Roe, pictured with her daughter at their home in Hull The mother of two said ..."): cut. A
writer's own "pictured" ("She was pictured leaving ...", "..., pictured, said ...") stays. The paragraphs are
invented for these tests."""

from __future__ import annotations

import pytest

from newsbrief.ingest.repair import without_inline_furniture

CUT = (
    ("The council closed the pool last spring. Mary Dunmore, pictured with her son Theo at their home in Hull The "
     "mother of two said the closure had left families with nowhere to swim.",
     "The council closed the pool last spring. The mother of two said the closure had left families with nowhere "
     "to swim."),
    ("Karl Benn, pictured left, and his brother outside the bakery in 2009 He said the business had been in the "
     "family for three generations.",
     "He said the business had been in the family for three generations."),
)
KEPT = (
    "The singer was pictured leaving the studio in London on Tuesday. She said she felt fine.",
    "Mary Dunmore, pictured, said the closure had left families with nowhere to swim. The council disagreed.",
    "Photographs of the mayor, pictured at the opening in March, were shared widely online. He declined to comment.",
)


@pytest.mark.parametrize(("paragraph", "want"), CUT, ids=[str(i) for i in range(len(CUT))])
def test_pictured_caption_cut(paragraph: str, want: str) -> None:
    assert without_inline_furniture(paragraph) == want


@pytest.mark.parametrize("paragraph", KEPT, ids=[str(i) for i in range(len(KEPT))])
def test_pictured_in_a_sentence_kept(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
