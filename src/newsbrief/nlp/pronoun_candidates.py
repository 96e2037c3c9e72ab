"""Whether a "he"/"she" has exactly one person it can mean: repairs only when certain.

Audit 16 (docs/audit.md 17.3) found "Brokaw wants his successor, Brian Williams, thrown out ... after [Tom
Brokaw] admitted fabricating": the article's "he" was Williams, the object. The main-clause subject is the
likelier referent of a later "he" (centering), but when the sentence before and the pronoun's own sentence
name two or more people who agree with the pronoun (subjects, objects and appositions alike), choosing one
is a guess, and a wrong name in a reader's brief is worse than a bare "he". So the speaker stays unnamed:
the item then carries its sentence as written or is withheld.

Names inside a quotation (a quoted speaker's words), the one spoken to ("told CNN's John King") and
people the text shows to be of the other gender are no candidates; the caller says which to pass over.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speech import _clean, _Doc

# Verbs whose object is the one spoken to ("told CNN's Anna Berg", "asked the minister").
_ADDRESS_LEMMAS = frozenset({"tell", "ask", "inform", "assure", "brief", "warn", "interview"})
# Verbs whose "to" phrase is the one spoken to ("said to reporter Anna Berg").
_TO_LEMMAS = frozenset({"say", "speak", "talk", "explain", "write", "complain", "reply", "describe"})


def addressed(doc: Document, i: int) -> bool:
    """Whether token ``i`` (a name's last token) is the one spoken to: the object of "told", "asked",
    "interviewed", or of "to" after "said", "spoke": the interviewer hears, the subject speaks, so a later
    "he said" is not the interviewer's (Audit 10 gave a spokesman's words to the CNN anchor he spoke to)."""
    tokens = doc.tokens
    token = tokens[i]
    head = tokens[token.head]
    if token.dep in ("dobj", "dative", "obj") and head.lemma.lower() in _ADDRESS_LEMMAS:
        return True
    if token.dep == "pobj" and head.text.lower() == "to":
        return tokens[head.head].lemma.lower() in _TO_LEMMAS
    return False


def agreeing_people(d: _Doc, pronoun: Token, sentence: Sentence, skip: Callable[[int, str], bool]) -> set[str]:
    """The people named in the sentence before ``sentence`` and in ``sentence`` before ``pronoun`` that the
    pronoun can mean: person entities outside quotations and prepositional phrases whose name ``skip`` (token
    index of the name's last word, or -1 for the sentence before's speaker; resolved name) does not rule out;
    a name and its surname alone count once. A speaker of the sentence before who agrees carries on: then only
    the own sentence counts."""
    first = sentence.start
    if sentence.index > 0:
        spoke = d.speakers.get(sentence.index - 1)
        # '"...," Solberg said.' or "Osei said the company ..." then '"...," he said': the speaker carries on,
        # and the people the sentence before speaks of are what the speaker talks about, not candidates
        first = sentence.start if spoke and not skip(-1, spoke) else d.doc.sentences[sentence.index - 1].start
    names: set[str] = set()
    stop = _first_same_pronoun(d, pronoun, sentence).start
    for entity in d.doc.entities:
        if entity.label != "PERSON" or not first <= entity.start < stop or d.in_quote(entity.start) \
                or d.doc.tokens[entity.token_end - 1].dep == "pobj":
            continue  # a name after a preposition ("takes over from Arnold Pike") is neither subject nor object
        name = d.resolve_name(_clean(entity.text), entity.start)
        if name and not skip(entity.token_end - 1, name):
            names.add(name)
    # "Tom Reed ... Reed": the surname the full name already counts is the same person
    return {n for n in names if not (len(n.split()) == 1 and any(o != n and o.split()[-1] == n for o in names))}


def _first_same_pronoun(d: _Doc, pronoun: Token, sentence: Sentence) -> Token:
    """The first subject "she" (or "he") of the pronoun's own sentence: "In 1999, when she burst onto the scene with
    her show, Vive Tu Vida, she remarked ...": the second "she" is the first's, so a name written between them
    (a programme's title the model typed a person) is no one either could mean (session 16, the lead's Newsroom
    reading: the quotation went unattributed)."""
    for token in d.doc.sentence_tokens(sentence):
        if token.i >= pronoun.i:
            break
        if token.text.lower() == pronoun.text.lower() and token.dep in ("nsubj", "nsubjpass") \
                and not d.in_quote(token.start):
            return token
    return pronoun


def ambiguous(d: _Doc, pronoun: Token, sentence: Sentence, skip: Callable[[int, str], bool]) -> bool:
    """True when two or more people the pronoun can mean are named just before it (see the module docstring)."""
    return len(agreeing_people(d, pronoun, sentence, skip)) > 1


__all__ = ["addressed", "agreeing_people", "ambiguous"]
