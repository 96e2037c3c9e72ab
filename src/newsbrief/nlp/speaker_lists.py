"""A speaker span that runs back over a list item's spaced dash: "Foam used - engineers warn it may harm fish".

A factbox printed as a list ("Dispersant used - scientists warn ...", "Huge dome placed over leak - became
blocked") reaches the parser glued into one paragraph, so the subject of "warn" reads "Dispersant used -
scientists". Reader Audit 41 (#3, docs/audit.md 42.3) found "used - scientists" as a speaker in Who says what.
Across a single spaced dash the words before it are the list item, not the speaker: the speaker is what follows
it. A pair of dashes is a parenthesis ("The mayor - a former teacher - said") and a hyphen inside a word
("Jean-Pierre") has no spaces round it, so neither is cut.
"""

from __future__ import annotations

import re

from newsbrief.nlp.speech import _Doc

__all__ = ["after_list_dash", "glued_list"]

_DASHES = frozenset({"-", "–", "—", "--"})


def after_list_dash(d: _Doc, first: int, last: int) -> int:
    """The first token of the speaker in the span ``first``..``last``: the one after its only spaced dash
    when words come before it and after it, else ``first``."""
    tokens = d.doc.tokens
    dashes = [k for k in range(first + 1, last) if tokens[k].text in _DASHES
              and d.text[tokens[k].start - 1 : tokens[k].start] == " "
              and d.text[tokens[k].end : tokens[k].end + 1] == " "]
    if len(dashes) != 1 or any(tokens[k].text == "," for k in range(first, dashes[0])):
        # a comma before the dash makes it a parenthesis whose closing dash the ", said" swallowed ("Brendan
        # Gormley, chief executive of the committee - an umbrella group of charities, said"): the name speaks
        return first
    return dashes[0] + 1


# A list item's spaced dash between its subject and what became of it ("Top hat - smaller dome not yet used").
_ITEM_DASH = re.compile(r"\s[-–—]\s")
# Where the next item begins: a capitalised word straight after a lower-case one ("harm fish Big cap placed").
_NEXT_ITEM = re.compile(r"[a-z] [A-Z][a-z]")
_END_MARKS = (".", "!", "?", '"', "”", "'", "’", ")")


def glued_list(text: str) -> bool:
    """Whether a sentence is a list of items glued into one line: two spaced dashes or more, no end mark and a
    capitalised word straight after a lower-case one past the first dash, where the next item begins (Audit 41
    #3's factbox, "Dispersant used - scientists warn ... Huge dome placed over leak - became blocked ..."). Its
    words are no one's position, whoever a verb inside one item names."""
    dashes = list(_ITEM_DASH.finditer(text))
    return len(dashes) >= 2 and not text.rstrip().endswith(_END_MARKS) \
        and _NEXT_ITEM.search(text, dashes[0].end()) is not None
