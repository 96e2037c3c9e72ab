"""Whose words a written or spoken piece named by a common noun carries: "the speech said", "The article said".

A writer names a piece once with its author ("In his Cairo speech, Obama said ...", "The People's Daily ran a
long commentary on the crisis.") and then lets the piece speak: '"...," the speech said', 'The article said:
"..."'. Shown as written, the speaker is "the speech" or "the article", which a reader of the brief takes for
the brief's own source (Audit 29: a People's Daily line credited to "the article" read as the BBC's words; a
president's speech passage under "the speech"). The author is found where the piece was last named before:

- a possessor of the piece ("his Cairo speech", "Obama's speech"): the sentence's subject for "his"/"her"/"its",
  the name itself otherwise;
- a verb that makes or publishes the piece ("ran a commentary", "gave a speech", "wrote a letter"): its subject;
- a piece the sentence's speech is framed by ("In his speech, Obama said", "In an editorial, the Times said"):
  the subject of that verb.

Only a definite piece ("the"/"that"/"this" + noun) whose noun is a made text, and only within a few sentences
back: a report, a study or a statement may be a body's own name for itself and stays as written.

A writer's own body or mind that talks in a figure of speech ("every morning my bare wrists hiss at me: 'You're
going to leave us naked again?'") is no source at all: the words are the writer's joke, and the company the
column is about, named in the sentence after, must not take them (Audit 29). ``talking_thing`` finds such a
frame so the quotation gets no speaker from around it.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speech import _core_subject, _Doc, span_head

Resolve = Callable[[_Doc, int, int, Sentence], tuple[str | None, str | None]]

# Pieces with one author, and the nouns an earlier mention of each may use ("ran a long commentary" ... "The
# article said"). A report or a study is left alone: it is often the body's own voice.
_SPOKEN = frozenset({"speech", "address", "sermon", "lecture"})
_WRITTEN = frozenset({"article", "editorial", "commentary", "column", "piece", "op-ed", "essay", "letter", "post",
                      "blog", "story"})
PIECE_NOUNS = _SPOKEN | _WRITTEN
_DEFINITE = frozenset({"the", "that", "this"})
# Verbs whose subject is the piece's author or publisher.
_MAKING = frozenset({"give", "deliver", "make", "run", "publish", "print", "carry", "write", "post", "pen", "air",
                     "broadcast", "issue"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# How many sentences back the piece may have been named (the current one included).
_BACK = 3


# The writer's own body and mind, which "tell", "nag" or "hiss" only in a figure of speech ("my gut told me",
# "my knees screamed"). A list, not a guess at animacy: "my editor told me" must stay a person's words.
_OWN_PARTS = frozenset(
    "wrist wrists arm arms hand hands finger fingers knee knees leg legs foot feet back stomach gut belly heart "
    "head brain mind conscience body eye eyes ear ears mouth tongue lung lungs liver bones bone muscles muscle "
    "skin instinct instincts nerves soul".split())
_WRITERS = frozenset({"my", "our"})


def talking_thing(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the quotation opening at ``start`` is framed in ``sentence`` by a verb whose subject is the
    writer's own body part or mind ("my bare wrists hiss at me: '...'")."""
    before = [t for t in doc.sentence_tokens(sentence) if t.end <= start]
    verb = next((t for t in reversed(before) if t.pos == "VERB"), None)
    if verb is None or len([t for t in before if t.i > verb.i]) > 4:
        return False
    subject = next((t for t in before if t.head == verb.i and t.dep == "nsubj"), None)
    return subject is not None and subject.text.lower() in _OWN_PARTS and any(
        t.head == subject.i and t.dep == "poss" and t.text.lower() in _WRITERS for t in before)


def _kin(noun: str) -> frozenset[str]:
    return _SPOKEN if noun in _SPOKEN else _WRITTEN


def _subject_of(d: _Doc, verb: Token) -> Token | None:
    tokens = d.doc.tokens
    return next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"), None)


def _author_token(d: _Doc, noun: Token) -> Token | None:
    """The token naming who made the piece ``noun`` (see the module docstring), or None."""
    tokens = d.doc.tokens
    for c in d.children.get(noun.i, ()):
        kid = tokens[c]
        if kid.dep == "poss":
            if kid.text.lower() not in _POSSESSIVE_PRONOUNS:
                return kid
            verb = _clause_verb(d, noun)
            return _subject_of(d, verb) if verb is not None else None
    head = tokens[noun.head]
    if noun.dep in ("dobj", "obj") and head.lemma.lower() in _MAKING:
        return _subject_of(d, head)
    if noun.dep == "pobj" and head.text.lower() in ("in", "during") and head.head != head.i:
        return _subject_of(d, tokens[head.head])
    return None


def _clause_verb(d: _Doc, noun: Token) -> Token | None:
    """The verb whose clause holds ``noun`` ("In his speech, Obama said": said)."""
    tokens = d.doc.tokens
    token = noun
    for _ in range(6):
        if token.pos in ("VERB", "AUX"):
            return token
        if token.head == token.i:
            return None
        token = tokens[token.head]
    return None


def document_author(d: _Doc, first: int, last: int, sentence: Sentence, resolve: Resolve) -> str | None:
    """The author of the definite piece first..last ("the speech", "The article") named before, or None."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    noun = head.lemma.lower()
    if noun not in PIECE_NOUNS or tokens[first].text.lower() not in _DEFINITE or last - first > 2:
        return None
    kin = _kin(noun)
    begin = d.doc.sentences[max(0, sentence.index - _BACK + 1)].token_start
    for token in reversed(tokens[begin:first]):
        if token.pos != "NOUN" or token.lemma.lower() not in kin or d.in_quote(token.start):
            continue
        author = _author_token(d, token)
        if author is None or author.pos == "PRON":
            return None  # the nearest mention says no author: no guess from one further back
        where = next(s for s in d.doc.sentences if s.token_start <= author.i < s.token_end)
        start, end = _core_subject(d, author) if author.dep == "nsubj" else (author.left, author.i)
        speaker, _ = resolve(d, start, end, where)
        return speaker or None
    return None
