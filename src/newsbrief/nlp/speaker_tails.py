"""A sentence closed by an inverted tag whose verb the parser read as an adjective: "..., noted journalist X."

Audit 49 #12: "His participation comes within the framework of ..., noted journalist Mohammed Yacoub Ould Moustafa."
was followed by two quotations tagged "he added" and "he said". The parser hung "noted" on "journalist" as an
adjective ("a noted journalist"), so the sentence had no speaker, and the "he" of the next paragraph went back to the
president the journalist talks about (the possessor of "His participation"). A past-tense speech verb standing right
after the clause's comma, before a descriptor and a person's name that end the sentence, is the inverted tag
"said journalist X" that the parser does read as a verb: the person named speaks the clause before the comma, and a
"he said" after him is his.

Not when the word before the comma is a person's name or a person noun ("He met the mayor, noted economist X": the
phrase stands in apposition to the mayor, no one speaks), nor inside a quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.referents import _PERSON_NOUNS
from newsbrief.nlp.speaker_genders import note_pronoun_speaker
from newsbrief.nlp.speakers import _speaker
from newsbrief.nlp.speech import CUE_LEMMAS, _clean, _Doc, _stance

__all__ = ["adjective_tail"]

# At most this many words between the verb and the name ("noted veteran security journalist X").
_DESCRIPTORS = 4


def _name_end(tokens: Sequence[Token], at: int) -> int | None:
    """The index in ``tokens`` of a person's name's last word that starts at ``at`` and ends the sentence (only
    punctuation after it), or None."""
    last = at
    while last + 1 < len(tokens) and tokens[last + 1].ent_type == "PERSON" and tokens[last + 1].pos == "PROPN":
        last += 1
    rest = tokens[last + 1 :]
    return last if all(t.pos == "PUNCT" for t in rest) else None


def _tail(d: _Doc, tokens: Sequence[Token]) -> tuple[Token, int, int] | None:
    """(cue verb, first, last token index of the name) of an inverted tag the parser took for an adjective."""
    for n, verb in enumerate(tokens[1:], 1):
        comma = tokens[n - 1]
        if comma.text != "," or verb.dep != "amod" or verb.lemma.lower() not in CUE_LEMMAS \
                or not verb.text.lower().endswith("ed") or d.in_quote(verb.start):
            continue
        before = tokens[n - 2] if n >= 2 else None
        if before is None or before.ent_type == "PERSON" or before.lemma.lower() in _PERSON_NOUNS:
            continue  # "the mayor, noted economist X" or "Lind, noted ...": an apposition, no speech
        for at in range(n + 1, min(n + 2 + _DESCRIPTORS, len(tokens))):
            word = tokens[at]
            if word.ent_type == "PERSON" and word.pos == "PROPN":
                last = _name_end(tokens, at)
                return (verb, tokens[at].i, tokens[last].i) if last is not None else None
            if word.pos not in ("NOUN", "ADJ") or word.text[:1].isupper():
                break
    return None


def adjective_tail(d: _Doc, sentence: Sentence) -> Attribution | None:
    """The speech of the person an inverted tag closing ``sentence`` names when the parser read its verb as an
    adjective (see the module docstring), recorded as the sentence's speaker for the "he said" after it."""
    tokens = d.doc.sentence_tokens(sentence)
    found = _tail(d, tokens)
    if found is None:
        return None
    verb, first, last = found
    speaker, role = _speaker(d, first, last, sentence)
    if not speaker:
        return None
    comma = d.doc.tokens[verb.i - 1]
    start, end = sentence.start, comma.start
    attribution = Attribution(content_start=start, content_end=end, source_text=_clean(d.span_text(first, last)),
                              speaker=speaker, voice="person", stance=_stance("", d.text[start:end], sentence.text),
                              kind="speech", cue_start=verb.start, cue_end=verb.end, role=role)
    d.sources[sentence.index] = attribution
    d.speakers[sentence.index] = speaker
    note_pronoun_speaker(d, speaker, d.doc.tokens[last])
    return attribution
