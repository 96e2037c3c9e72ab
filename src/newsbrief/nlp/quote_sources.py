"""Quotations and paragraphs whose source no speech verb's subject names: a statement piece's
paragraphs, a banner's slogan, a body's quoted phrase.

Three patterns Audit 8 found marked *unattributed* although the article names the source:

- an inverted frame the parser reads as a verb and its object ('"You took them alive," read a huge
  banner', '"Down with the regime," chanted the crowd'): the noun after the verb is who "says" it;
- a short quoted phrase in a sentence with no speech verb at all, which news writing takes from
  the body or person the sentence is about ('The Human Rights Commission opened an inquiry into
  possible "serious human rights abuses"'), or from the agent of "described as '...' by X";
- a statement piece (below).

Statement pieces: a page that prints a statement ("Tony Hayward: resignation statement", "Read
Daniel Okafor's statement in full", "Full statement from ...") gives its paragraphs no speech verb:
the headline (or the standfirst, "X says ...") has already said whose they are. Audit 8 found every
paragraph of such a statement marked *unattributed*. The rules, over the title and the text's own
names (no model: the name must be one the article itself gives a person):

- the person is the one the article names whose surname stands in the headline (or in a
  standfirst "X says ..." sentence that opens the text), and only one such person;
- a strong headline ("statement", "in full", "full text", "open letter", "NAME: '...'") that ties
  the piece to the person ("NAME: ...", "NAME's statement", "statement from NAME") makes the article
  a statement piece outright;
- a weaker one ("NAME says ...", in the headline or the standfirst) only when no one else speaks
  in the article with a speech verb, so a report quoting others keeps its speakers;
- then a quotation with no speaker found around it, and a paragraph written in the first person
  ("I", "we", "my", "our" outside quotation marks) with no source of its own, are the person's.

Split from :mod:`newsbrief.nlp.quote_speakers` (the other ways a quotation finds its speaker) so
each module stays readable; rules over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.models import Attribution, Sentence, SentenceVoice, Token
from newsbrief.nlp.speaker_kinds import gerund_noun
from newsbrief.nlp.speakers import _speaker
from newsbrief.nlp.speech import (
    ATTITUDE_LEMMAS,
    CUE_LEMMAS,
    FRAMING_LEMMAS,
    _clean,
    _core_subject,
    _Doc,
    _stance,
    voice_type,
)

# A quoted phrase a body's sentence takes from it is short; a longer quotation with no cue is a
# statement that needs a speech verb or a speaker named around it.
PHRASE_WORDS = 12
# Verbs whose passive names the one who chose the words by "by" ("described as '...' by the chamber").
_DESCRIBING = frozenset("describe call label term brand dub characterise characterize condemn denounce".split())
_SMALL = frozenset("a an and as at by for from in into of on or the to with".split())


def _source(d: _Doc, token: Token, sentence: Sentence, start: int, end: int, cue: Token) -> Attribution:
    first, last = _core_subject(d, token)
    if first <= cue.i < last:
        # '"...," added Gatland, himself a former coach': the parser hung the verb on the name as a modifier
        # ('added' amod), and the speaker read "added Gatland" (the lead's XSum row 140); the source starts
        # after its cue
        first = cue.i + 1
    speaker, role = _speaker(d, first, last, sentence)
    return Attribution(start, end, _clean(d.span_text(first, last)), speaker, voice_type(d, first, last), "asserts",
                       "quote", cue.start, cue.end, role)


def inverted_frame(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """'"...," read a banner at the front of the march': a cue verb right after the quotation with the
    source after it, however the parser hung that source (as the verb's object, here)."""
    sentence = next((s for s in sentences if s.start < end <= s.end), None)
    if sentence is None:
        return None
    after = [t for t in d.doc.sentence_tokens(sentence) if t.start >= end and t.pos != "PUNCT"]
    verb = after[0] if after else None
    if verb is None or verb.pos not in ("VERB", "AUX") or d.text[end : verb.start].strip(" ,") \
            or (verb.lemma.lower() not in CUE_LEMMAS and verb.lemma.lower() not in FRAMING_LEMMAS):
        return None
    # the noun phrase straight after the verb, whatever the parser made of it (its object, or the
    # subject of a clause: "read [a huge banner hung across the road]")
    source = next((t for t in after[1:] if t.pos not in ("DET", "ADJ", "NUM") and t.dep != "compound"), None)
    while source is not None and source.dep == "poss" and source.head > source.i:
        source = d.doc.tokens[source.head]  # "says Ridgeway's chief executive": the executive, not the firm (s30)
    # "Swift's veteran hunting companion" parsed as a gerund's clause: the gerund heads the phrase
    if source is None or (source.pos not in ("NOUN", "PROPN") and gerund_noun(d, source) is source):
        return None
    return _source(d, source, sentence, start, end, verb)


def _title_case(words: list[str]) -> bool:
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL]
    return len(significant) >= 2 and all(w[:1].isupper() for w in significant)


def phrase_owner(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """A short quoted phrase inside a sentence with no speech verb: the words of the named body or
    person that is the sentence's subject, or of the agent of a passive "described as '...' by X"."""
    if len(sentences) != 1:
        return None
    sentence = sentences[0]
    words = d.text[start + 1 : end - 1].split()
    if start <= sentence.start + 1 or len(words) > PHRASE_WORDS or _title_case(words):
        return None
    tokens = d.doc.sentence_tokens(sentence)
    outside = [t for t in tokens if not start <= t.start < end]
    if any(t.pos in ("VERB", "AUX") and (t.lemma.lower() in CUE_LEMMAS or (
            t.lemma.lower() in ATTITUDE_LEMMAS and not _passive(d, t))) and t.lemma.lower() not in _DESCRIBING
           for t in outside):
        # A sentence with a cue of its own: the other rules decide. Not a passive attitude verb ("pressed
        # for the council to be recognised as '...'", Audit 10): no one's cue, the subject's demand.
        return None
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or start <= root.start < end:
        return None
    kids = [d.doc.tokens[c] for c in d.children.get(root.i, ())]
    if root.lemma.lower() in _DESCRIBING and any(k.dep == "nsubjpass" for k in kids):
        by = next((t for t in outside if t.start >= end and t.text.lower() == "by"), None)
        agent = next((d.doc.tokens[c] for c in d.children.get(by.i, ()) if d.doc.tokens[c].dep == "pobj"), None) \
            if by is not None else None
        return _source(d, agent, sentence, start, end, root) if agent is not None else None
    subject = next((k for k in kids if k.dep == "nsubj" and k.start < start), None)
    if subject is None or subject.pos != "PROPN" or voice_type(d, *_core_subject(d, subject)) not in (
            "person", "organisation"):
        return None
    return _source(d, subject, sentence, start, end, root)


# Nouns of a message whose author the text names where it first mentions it ("a tweet by X").
_POST_NOUNS = frozenset({"tweet", "post", "message", "text"})
_POST_BACK = 3  # sentences searched back for the message's author


def posted_by(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """A quotation given in a sentence about "the tweet" ("The tweet was simple - '...' - but ..."): the
    words of the person the text named as its author in the sentences before ("a tweet by X", "X's
    tweet"; the lead's reading left a tweet quoted this way unattributed)."""
    first = sentences[0]
    tokens = d.doc.tokens
    noun = next((t for t in d.doc.sentence_tokens(first) if t.end <= start and t.pos == "NOUN"
                 and t.lemma.lower() in _POST_NOUNS and not d.in_quote(t.start)
                 and any(tokens[c].text.lower() in ("the", "this", "that") for c in d.children.get(t.i, ()))), None)
    if noun is None:
        return None
    for sentence in reversed(d.doc.sentences[max(0, first.index - _POST_BACK) : first.index]):
        for token in d.doc.sentence_tokens(sentence):
            if token.pos != "NOUN" or token.lemma.lower() != noun.lemma.lower():
                continue
            kids = [tokens[c] for c in d.children.get(token.i, ())]
            owner = next((k for k in kids if k.dep == "poss" and k.pos == "PROPN"), None)
            by = next((k for k in kids if k.dep == "prep" and k.text.lower() == "by"), None)
            if by is None and token.i + 1 < len(tokens) and tokens[token.i + 1].text.lower() == "by":
                by = tokens[token.i + 1]  # "puzzled over a tweet by X": the parser hung "by" on the verb
            if owner is None and by is not None:
                owner = next((tokens[c] for c in d.children.get(by.i, ()) if tokens[c].dep == "pobj"), None)
            if owner is not None and owner.pos in ("PROPN", "NOUN"):
                return _source(d, owner, sentence, start, end, token)
    return None


def _passive(d: _Doc, verb: Token) -> bool:
    """Whether ``verb`` is a passive ("to be recognised", "was accepted")."""
    kids = d.children.get(verb.i, ())
    return verb.tag == "VBN" and any(d.doc.tokens[c].dep in ("auxpass", "nsubjpass") for c in kids)


_STRONG = re.compile(r"\b(?:statements?|in full|full text|open letter|transcript)\b|:\s*[\"'‘“]", re.I)
_PIECE = r"(?:statement|letter|speech|remarks|message)"


def _whose_piece(title: str, surname: str) -> bool:
    """Whether the headline ties the statement to this person ("Hayward: resignation statement",
    "Read Okafor's statement in full", "Full statement from Greta Lindqvist"), not just names both
    ("Police issue statement after Smith's arrest" is the police's)."""
    name = re.escape(surname)
    return bool(re.search(rf"\b{name}(?:'s|’s)?\s*:", title) or re.search(
        rf"\b{name}(?:'s|’s)\s+(?:\w+\s+){{0,3}}{_PIECE}\b", title, re.I) or re.search(
        rf"\b{_PIECE}\s+(?:in full\s+)?(?:from|by|of)\s+(?:[\w.'’-]+\s+){{0,3}}{name}\b", title, re.I))
# "Director X tells the story of a soldier ...": a work's telling, not a statement whose lines follow (session 15:
# a film's lines went to its director); "X tells reporters ..." stays a statement's standfirst.
_SAYS = (r"(?:'s|’s)?(?:,[^,]{1,60},)?\s+(?:says|said|"
         r"(?:tells|told)(?!\s+(?:\w+\s+){0,2}?(?:story|stories|tale|tales|saga)\b)|writes|wrote|insists|admits|warns)\b")
_FIRST_PERSON = frozenset({"I", "we", "We", "my", "My", "our", "Our", "me", "us", "I'm", "I’m"})


def _people(d: _Doc) -> dict[str, str]:
    """Surname -> the fullest name the article gives that person."""
    people: dict[str, str] = {}
    for entity in d.doc.entities:
        name = _clean(entity.text)
        if entity.label != "PERSON" or not name or not name[:1].isupper():
            continue
        surname = name.split()[-1]
        if len(name.split()) > len(people.get(surname, "").split()):
            people[surname] = name
    return people


def _named_in(text: str, people: dict[str, str]) -> list[str]:
    return [surname for surname in people if _word_at(text, surname, None)]


_SAYS_AFTER = re.compile(_SAYS)
_WORD_CHAR = re.compile(r"\w")


def _word_at(text: str, word: str, after: re.Pattern[str] | None) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (as r"\bword\b" reads it), followed by ``after``
    when given. Read occurrence by occurrence: a pattern compiled per surname was most of this module's
    time in a profile of 60 CNN/DM briefs (session 16)."""
    def is_word(char: str) -> bool:
        return bool(char) and _WORD_CHAR.match(char) is not None
    start = text.find(word)
    while start >= 0 and word:
        end = start + len(word)
        before = text[start - 1] if start else ""
        opens = is_word(before) != is_word(word[0])
        if opens and (after.match(text, end) if after is not None
                      else is_word(text[end] if end < len(text) else "") != is_word(word[-1])):
            return True
        start = text.find(word, start + 1)
    return False


def statement_speaker(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> str | None:
    """The person whose statement the article is (see the module docstring), or None."""
    people = _people(d)
    title = d.doc.article.source.title or ""
    named = _named_in(title, people)
    if len(named) == 1 and _STRONG.search(title) and _whose_piece(title, named[0]):
        return people[named[0]]
    weak = [s for s in named if _word_at(title, s, _SAYS_AFTER)]
    if not weak and d.doc.sentences:
        opening = d.doc.sentences[0].text
        weak = [s for s in _named_in(opening, people) if _word_at(opening, s, _SAYS_AFTER)]
    if len(weak) != 1:
        return None
    speaker = people[weak[0]]
    others = {a.speaker for _, a in found if a.kind in ("speech", "according") and a.voice in ("person", "organisation")
              and a.speaker and a.speaker.split()[-1] != weak[0]}
    return None if others else speaker


def statement_quote(d: _Doc, speaker: str, start: int, end: int, sentence: Sentence) -> Attribution:
    """A quotation of the statement piece that names no speaker: the statement's person's."""
    return Attribution(start, end, speaker, speaker, "person", _stance("", d.text[start:end], sentence.text), "quote")


def _first_person(d: _Doc, sentence: Sentence) -> bool:
    return any(t.text in _FIRST_PERSON and not d.in_quote(t.start) for t in d.doc.sentence_tokens(sentence))


def statement_voices(d: _Doc, speaker: str, voices: list[SentenceVoice]) -> list[SentenceVoice]:
    """``voices`` with every sentence of a first-person paragraph that has no source of its own given
    to the statement's person (not the opening paragraph, which introduces the statement)."""
    paragraphs = {s.paragraph for s in d.doc.sentences[1:] if s.paragraph > d.doc.sentences[0].paragraph
                  and _first_person(d, s)}
    out: list[SentenceVoice] = []
    for voice in voices:
        sentence = d.doc.sentences[voice.sentence]
        if voice.voice == "reporter" and sentence.paragraph in paragraphs:
            voice = SentenceVoice(voice.sentence, "person", speaker, voice.stance, False)
        out.append(voice)
    return out


__all__ = ["PHRASE_WORDS", "inverted_frame", "phrase_owner", "statement_quote", "statement_speaker",
           "statement_voices"]
