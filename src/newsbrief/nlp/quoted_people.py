"""A person a document quotes is who the next "he said" means (issue #11; docs/audit.md 37, Audit 36 #7).

"... the 2008 cable, in which a diplomat who went to Derna quoted a local businessman who had '...'" and then
'"It's jihad ...," he said': the businessman speaks, not the leader the paragraph is about, whom the pronoun
resolution (the subject of the sentence before, or the last person named) chose. The object of "quoted" is noted
as the unnamed speaker just before, which a following "he"/"she" takes (as "as one aide put it" does).

A newcomer brought in as a sentence's subject by "another" or an ordinal ("Another posted a photo ...", "A third
resident wrote to the council") is a new person too, and the next "he wrote" is theirs: FNC-1 body 1064 gave a
second poster's words to "one Twitter user" quoted two sentences before. The newcomer is noted as the unnamed
speaker; a bare "another" reads its noun off the unnamed speaker before it ("one Twitter user" -> "another Twitter
user"), else stays "another", which names no one, so the words are withheld rather than given to the wrong person.

:func:`note_speaker` records every cue's speaker the same way (a person, an unnamed one, or a "he" that went on
an unnamed one's account and so carries it on: Audit 51 #1 gave a correspondent's third line to a minister).
"""

from __future__ import annotations

from newsbrief.models import Attribution, Sentence, Token
from newsbrief.nlp.introductions import PERSON_NOUNS
from newsbrief.nlp.outlet_frames import outlet_frame
from newsbrief.nlp.speaker_genders import note_pronoun_speaker
from newsbrief.nlp.speech import SPOKESPEOPLE, _core_subject, _Doc, span_head, voice_type

__all__ = ["NEWCOMER", "described_person", "note_newcomer", "note_quoted_person", "note_speaker"]

# The speaker noted for a newcomer with no kind to read off ("Another posted ..." with no unnamed speaker before):
# it names no one, so the stage gives the words no voice and the Quotes section withholds them.
NEWCOMER = "another"

# Words that bring in one more person of a kind already met: "another", "a second/third ..." (with "a"/"an").
_ANOTHER = frozenset({"another"})
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
# Determiners the earlier unnamed speaker's description may open with; the rest is the noun "another" leaves out.
_OPENERS = frozenset({"one", "a", "an", "another"})
# How far back the unnamed speaker whose noun a bare "another" takes may stand (sentences).
_ELLIPSIS_BACK = 3


def described_person(d: _Doc, first: int, last: int) -> bool:
    """Whether the subject first..last describes one person by a word for a person ("the man in the video", "a
    woman"): a source that speaks, though no list of officials, bodies or documents holds its noun (Audit 51 #12:
    "the man in the video says" gave no voice, and his next "He says" went to the man he denounced)."""
    head = span_head(d, first, last)
    return head.tag == "NN" and head.lemma.lower() in PERSON_NOUNS


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


def _newcomer_words(d: _Doc, subject: Token) -> tuple[str, bool] | None:
    """("another" or "a third", True) when ``subject`` brings in a newcomer with its noun left out, (the phrase,
    False) when it heads a person noun ("another resident", "a third witness"); None for anything else
    ("another problem", "one of them")."""
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(subject.i, ())]
    det = next((k for k in kids if k.dep == "det" and k.i < subject.i), None)
    indefinite = det is not None and det.text.lower() in ("a", "an")
    word = subject.text.lower()
    if any(t.ent_type == "PERSON" for t in tokens[subject.left : subject.right + 1]):
        return None  # "Another witness, a baker called Samir Haddad, ...": named, resolved as names are
    if word in _ANOTHER and subject.pos in ("PRON", "DET") and not kids:
        return word, True  # "Another posted a photo"
    if word in _ORDINALS and indefinite and det is not None:
        return f"{det.text.lower()} {word}", True  # "A third said ..."
    ordinal = any(k.dep == "amod" and k.text.lower() in _ORDINALS for k in kids)
    if subject.pos != "NOUN" or subject.tag != "NN" or det is None \
            or not (det.text.lower() in _ANOTHER or (ordinal and indefinite)):
        return None
    first, last = _core_subject(d, subject)
    return (d.span_text(first, last), False) if voice_type(d, first, last) == "unnamed" else None


def _elided_noun(d: _Doc, sentence: Sentence) -> str | None:
    """The noun phrase a bare "another" leaves out: the unnamed speaker's description just before, without its
    determiner ("one Twitter user" -> "Twitter user"); None when there is none or it opens otherwise."""
    for i in range(sentence.index - 1, max(-1, sentence.index - 1 - _ELLIPSIS_BACK), -1):
        if i in d.unnamed_one:
            words = (d.unnamed_one[i].speaker or "").split()
            return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _OPENERS else None
        if i in d.sources:
            return None  # someone else spoke since: "another" is not of that one's kind
    return None


def note_newcomer(d: _Doc, sentence: Sentence) -> None:
    """Note the newcomer a main-clause subject "another ..." / "a third ..." brings in as ``sentence``'s unnamed
    speaker, so that a "he"/"she" after it means the newcomer and not the person who spoke before."""
    tokens = d.doc.tokens
    for token in d.doc.sentence_tokens(sentence):
        verb = tokens[token.head]
        if token.dep != "nsubj" or d.in_quote(token.start) or verb.pos != "VERB" or verb.lemma.lower() == "be" \
                or verb.dep not in ("ROOT", "conj"):
            continue
        found = _newcomer_words(d, token)
        if found is None:
            continue
        words, bare = found
        noun = _elided_noun(d, sentence) if bare else None
        # a bare newcomer with no kind to read off names no one: "another", which gives no sentence a voice
        words = f"{words} {noun}" if noun else NEWCOMER if bare else words
        if token.left == sentence.token_start:
            words = words[:1].lower() + words[1:]  # "Another resident" opening the sentence: "another resident"
        d.unnamed_one[sentence.index] = Attribution(token.start, token.end, words, words, "unnamed", "asserts",
                                                    "speech", token.start, token.end)
        return


def note_speaker(d: _Doc, sentence: Sentence, attribution: Attribution, verb: Token, subject: Token,
                 span: tuple[int, int]) -> None:
    """Record who speaks in ``sentence`` for the pronoun sources after it: a person, or an unnamed one."""
    kind, head = attribution.voice, span_head(d, *span)
    if kind == "person" and attribution.speaker:
        _note_person(d, sentence, attribution.speaker, verb, subject, attribution.content_start)
    elif head.tag == "NN" and (kind == "unnamed" or head.lemma.lower() in SPOKESPEOPLE):
        # one official, an aide, a party's spokesman: a "he" next (Audit 10: not the interviewer)
        d.unnamed_one[sentence.index] = attribution
    elif kind == "unnamed" and subject.text.lower() in ("he", "she"):
        d.unnamed_one[sentence.index] = attribution  # his "He said" goes on: so does the next (Audit 51 #1)


def _note_person(d: _Doc, sentence: Sentence, speaker: str, verb: Token, subject: Token, start: int) -> None:
    """Record a person who speaks in ``sentence`` for the pronoun sources after it; not the site of a trailing
    "..., AppleInsider reports" (Audit 42 #10: the analyst's next "He also said" went to the site)."""
    if outlet_frame(d, verb, subject, start):
        return
    d.speakers[sentence.index] = speaker
    note_pronoun_speaker(d, speaker, subject)  # "she said" read as her: a woman for a later "he" (Audit 42 #7)
