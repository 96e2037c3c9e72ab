"""A quotation whose own cue is the writer's "I said" / "I told her" is the writer's words.

Audit 39 #12: '"You might want to consider changing your name," I said, explaining ...' went to the student the
paragraph was about (the quote finder's carried-over "she"). The cue standing right against the quotation wins
over any speaker carried from around it: the attribution is re-sourced to "I", which the attribution stage's
last step names as the byline's author or "the writer" (an "I" inside someone's quotation is theirs, and this
looks only outside the marks).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speech import _Doc

_VERBS = r"(?:said|say|told|tell|asked|ask|wrote|replied|added|answered|explained|suggested|warned|offered)"
# ', I said' / ' I told her,' right after the closing mark, or 'I said, ' / 'I told him: ' right before the opening.
# The comma closing the quotation ('...," I said' or '...", I said') and the space before "I" are required: a
# glued '..."I said' is a page whose quotation marks are out of pairs (XSum row 27: a man's account of his own
# "I said" inside his quotation), where the writer's cue cannot be told from the speaker's.
_AFTER = re.compile(r"^\s*,?\s+I\s+" + _VERBS + r"\b")
_BEFORE = re.compile(r"(?:^|(?<=\s))I\s+" + _VERBS + r"(?:\s+(?:him|her|them|the\s+\w+))?\s*[,:]?\s*$")


def writer_cued_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each quotation cued by the writer's own "I said" given to "I" (see the module docstring)."""
    if " I " not in d.text:
        return found  # cheap exit: no first-person cue on the page
    kept = []
    for sentence, a in found:
        if a.kind == "quote" and (a.source_text or "") != "I":
            after = d.text[a.content_end : a.content_end + 40]
            before = d.text[max(sentence.start, a.content_start - 40) : a.content_start]
            comma = d.text[a.content_end - 2 : a.content_end].startswith(",") or after.startswith(",")
            cue, earlier = _AFTER.match(after) if comma else None, _BEFORE.search(before)
            at = a.content_end + cue.end() - 1 if cue else (a.content_start - len(before) + earlier.start() if earlier
                                                            else None)
            # An "I said" inside someone's quotation is theirs ('"He said: ... I said: '...'"': XSum row 27).
            if at is not None and d.in_quote(at) is None:
                a = replace(a, source_text="I", speaker="I", voice="person")
        kept.append((sentence, a))
    return kept
