"""Speech verbs told as acts, not statements: "They would cook it and ask people to eat it".

Split from :mod:`newsbrief.nlp.speakers` (at its size limit); a rule over the dependency parse in
:class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

from newsbrief.models import Token
from newsbrief.nlp.speech import CUE_LEMMAS, _Doc

__all__ = ["asked_as_act"]


def asked_as_act(d: _Doc, verb: Token, kids: list[Token]) -> bool:
    """Whether ``verb`` is "ask someone to do something" told as one of a run of acts (a conjunct of an act that is
    no speech, or a habit under "would"): what they did, not their statement (the lead's reading of XSum row 122:
    "The rebels — asks" for "cook it up with onions and ask people to eat it"). A call on its own ("Police asked
    drivers to stay away") stays a speech cue. ``kids`` are the verb's children."""
    tokens = d.doc.tokens
    if verb.lemma.lower() != "ask" or not any(k.dep == "xcomp" for k in kids):
        return False
    head = tokens[verb.head]
    acted = verb.dep == "conj" and head.pos == "VERB" and head.lemma.lower() not in CUE_LEMMAS
    scope = (verb, head) if verb.dep == "conj" else (verb,)
    habit = any(tokens[c].dep == "aux" and tokens[c].text.lower() == "would"
                for v in scope for c in d.children.get(v.i, ()))
    return acted or habit
