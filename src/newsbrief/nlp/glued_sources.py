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


def after_glued_mark(d: _Doc, first: int, last: int) -> tuple[int, Token] | None:
    """None unless a token of first..last holds a closing quotation mark glued to a lower-case word ('us,"he') or to
    a "he"/"she"; else (the token after it, that token cut to the word after the mark)."""
    tokens = d.doc.tokens
    for i in range(last, first - 1, -1):
        text = tokens[i].text
        mark = max(text.rfind(m) for m in _MARKS)
        word = text[mark + 1 :]
        # glued on both sides ('us,"he') or a mark glued to "He" ('."He said'); an opening mark glued to a title
        # ('host of "Knife Fight,"') is the role's
        if word.isalpha() and ((mark > 0 and word[:1].islower()) or (mark >= 0 and word.lower() in ("he", "she"))):
            return i + 1, replace(tokens[i], text=word, lemma=word.lower(), start=tokens[i].start + mark + 1)
    return None


# A plural of initials ("MPs", "PoWs", "GIs", "NGOs"): a group, never the one a "he"/"she" means.
_PLURAL_INITIALS = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]s")


def plural_initials(name: str | None) -> bool:
    """Whether ``name`` is a plural of initials ('But when the British PoWs were allowed out ... '"...," he said':
    the lead's reading of XSum row 26 gave the old soldier's words to "PoWs")."""
    return name is not None and _PLURAL_INITIALS.fullmatch((name.split() or [""])[-1]) is not None
