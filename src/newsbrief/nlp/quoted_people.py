"""A person a document quotes is who the next "he said" means (issue #11; docs/audit.md 37, Audit 36 #7).

"... the 2008 cable, in which a diplomat who went to Derna quoted a local businessman who had '...'" and then
'"It's jihad ...," he said': the businessman speaks, not the leader the paragraph is about, whom the pronoun
resolution (the subject of the sentence before, or the last person named) chose. The object of "quoted" is noted
as the unnamed speaker just before, which a following "he"/"she" takes (as "as one aide put it" does).
"""

from __future__ import annotations

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.speech import _core_subject, _Doc, voice_type

__all__ = ["note_quoted_person"]


def note_quoted_person(d: _Doc, verb: Token, sentence: Sentence) -> None:
    """Note the described person ``verb`` ("quoted a local trader") quotes as the sentence's unnamed speaker."""
    if verb.lemma.lower() != "quote" or verb.pos != "VERB" or d.in_quote(verb.start):
        return  # a keyword test first: one lemma comparison per token
    tokens = d.doc.tokens
    obj = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "dobj"), None)
    # One described person ("a local trader", "an aide"); a named person is resolved as names are, and a
    # plural or a document ("quoted figures", "quoted a report") is no "he".
    if obj is None or obj.pos != "NOUN" or obj.tag != "NN":
        return
    first, last = _core_subject(d, obj)
    if voice_type(d, first, last) != "unnamed":
        return
    phrase = d.span_text(first, last)
    d.unnamed_one[sentence.index] = Attribution(obj.start, obj.end, phrase, phrase, "unnamed", "asserts", "speech",
                                                verb.start, verb.end)
