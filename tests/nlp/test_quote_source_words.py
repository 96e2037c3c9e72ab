"""A surname found occurrence by occurrence reads as r"\\bname\\b" and r"\\bname<says>" do (session 16 speed)."""

from __future__ import annotations

import random
import re

from newsbrief.nlp import quote_sources


def test_word_at_agrees_with_the_word_boundary_patterns() -> None:
    rnd = random.Random(16)
    parts = ["Smith", "Smith's", "Smithson", "O'Brien", "said", "says", " ", "told", "a story", ",", "the mayor,",
             "Jones", "-", "'", "writes", "tells", "é", "Smith-Jones", " ", " ", " "]
    for _ in range(5000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 10)))
        for name in ("Smith", "O'Brien", "Jones", "é"):
            plain = re.search(rf"\b{re.escape(name)}\b", text) is not None
            says = re.search(rf"\b{re.escape(name)}{quote_sources._SAYS}", text) is not None
            assert quote_sources._word_at(text, name, None) == plain, (text, name)
            assert quote_sources._word_at(text, name, quote_sources._SAYS_AFTER) == says, (text, name)
