"""A quotation whose owner is named in its own sentence: the words are that owner's (session 16b, reader Audit 25).

A column quoted a resident ("'...,' one resident told me"), then "Then there was Tony Hayward's 'I would like my
life back'": with no speech verb framing the second quotation, the speaker of the sentence before took it. A name
in the possessive just before the quotation owns it, as do "in Hayward's words, '...'" and "Hayward's remark
that '...'": the possessor is the speaker, whatever was said before. Only a name the tagger took for a person
counts (a possessive body, "the company's 'engineered device'", names a product, not a speech).

The rule runs before the quotation rule (:mod:`newsbrief.nlp.quote_speakers`), so a quotation it gives is
covered there and never handed to a nearby speaker. A quotation a speech verb already frames keeps its cue.
"""

from __future__ import annotations

import re

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.quote_relays import Resolve
from newsbrief.nlp.speech import MIN_CONTENT_TOKENS, _Doc, _stance

# The words between a possessive name and the opening mark: "Hayward's ", "Hayward's famous ", "In Hayward's
# words, ", "Hayward's remark that ". Bounded, anchored at the end of the text before the mark.
_OWNED = re.compile(
    r"['’]s(?: (?:own|famous|infamous|notorious|now-famous|memorable|plaintive|immortal))?"
    r"(?: (?:words|remark|remarks|line|comment|comments|phrase|quip|plea|complaint|declaration|promise|vow|"
    r"boast|lament|question|retort))?(?: that| were| was)?,?\s*$")

_POSSESSIVE_END = re.compile(r"['’]s$")


def _owner_tokens(d: _Doc, sentence: Sentence, cut: int) -> tuple[int, int] | None:
    """Token span (first, last) of the person's name that ends at offset ``cut`` (just before "'s")."""
    tokens = [t for t in d.doc.sentence_tokens(sentence) if t.end <= cut]
    if not tokens or tokens[-1].end != cut:
        return None
    if tokens[-1].ent_type != "PERSON" and not (tokens[-1].pos == "PROPN" and any(
            e.label == "PERSON" and e.text.split()[-1] == tokens[-1].text for e in d.doc.entities)):
        return None  # a surname the tagger typed otherwise ("In Hayward's words") is the person named in full
    last = tokens[-1].i
    first = last
    while first - 1 >= tokens[0].i and d.doc.tokens[first - 1].ent_type == "PERSON":
        first -= 1
    return first, last


def owned_quotes(d: _Doc, known: list[tuple[Sentence, Attribution]],
                 resolve: Resolve) -> list[tuple[Sentence, Attribution]]:
    """Attributions of the quotations a possessive name owns (see the module docstring), for quotations no
    known attribution covers."""
    found: list[tuple[Sentence, Attribution]] = []
    for start, end in d.quotes:
        if len(d.text[start + 1 : end - 1].split()) < MIN_CONTENT_TOKENS or any(
                a.content_start <= start + 1 and end - 1 <= a.content_end for _, a in known):
            continue
        sentence = next((s for s in d.doc.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        match = _OWNED.search(d.text, sentence.start, start)
        span = _owner_tokens(d, sentence, match.start()) if match else None
        if span is None:
            continue
        speaker, role = resolve(d, span[0], span[1], sentence)
        if not speaker:
            continue
        speaker = _POSSESSIVE_END.sub("", speaker)  # the name without the "'s" that owns the words
        content = d.text[start:end]
        found.append((sentence, Attribution(start, end, d.span_text(*span), speaker, "person",
                                            _stance("", content, sentence.text), "quote", None, None, role)))
    return found
