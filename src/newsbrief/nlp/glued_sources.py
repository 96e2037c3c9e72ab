"""A source phrase that runs over a closing quotation mark glued to the next word: '... squaddies like us,"he said.'

A quotation whose closing mark is glued to a lower-case "he" ('us,"he said') is one token to the tokenizer, and the
parse made the quotation's last words the subject of "said": the brief showed 'squaddies like us,"he' as the speaker
of three quotations (the lead's row diff of XSum row 26, session 23). No source runs over a quotation mark: the
source is the word after the last mark, and a lone word left of the mark is never part of it.

Split from :mod:`newsbrief.nlp.speakers` (at its size limit).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Token
from newsbrief.nlp.speech import _Doc

__all__ = ["after_glued_mark", "plural_initials"]

_MARKS = ('"', "“", "”")


def after_glued_mark(d: _Doc, first: int, last: int) -> tuple[int, Token | None] | None:
    """None when no token of first..last holds a quotation mark; else (the first token after the last mark, the
    mark's token cut to the word after the mark when the mark is glued to it, else None)."""
    tokens = d.doc.tokens
    for i in range(last, first - 1, -1):
        text = tokens[i].text
        mark = max(text.rfind(m) for m in _MARKS)
        if mark < 0:
            continue
        word = text[mark + 1 :]
        if not word.isalpha():
            return i + 1, None
        return i + 1, replace(tokens[i], text=word, lemma=word.lower(), start=tokens[i].start + mark + 1)
    return None


# A plural of initials ("MPs", "PoWs", "GIs", "NGOs"): a group, never the one a "he"/"she" means.
_PLURAL_INITIALS = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]s")


def plural_initials(name: str | None) -> bool:
    """Whether ``name`` is a plural of initials ('But when the British PoWs were allowed out ... '"...," he said':
    the lead's reading of XSum row 26 gave the old soldier's words to "PoWs")."""
    return bool(name) and _PLURAL_INITIALS.fullmatch(name.split()[-1]) is not None
