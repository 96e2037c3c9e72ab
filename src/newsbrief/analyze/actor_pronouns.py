"""A one-word name the model tagged a body, continued by "he" or "she" (moved out of ``actor_typing``, which was
at the 500-line limit; session 20 round 3 added the same-sentence reading).

"Gatland won the title. He guided Wales ..." (session 18c) and "Franchitti seemed to like it, though he probably
won't need it" (the lead's unseen Newsroom motor-racing row, session 20: a driver who speaks four times was listed
as an organisation) write a person: a firm or a club is "it" or "they". The pronoun only counts when the sentence
names no person the model tagged, so it has no other person to take.

:func:`pronoun_referents` counts the "he"/"she" subjects that refer to each person (moved out of ``actors``, which
was at the size limit, session 29).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsbrief.analyze.actor_credits import in_spans
from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Token
from newsbrief.nlp.attribution import quote_spans

__all__ = ["CENTRE_SENTENCES", "he_continues", "pronoun_referents"]

CENTRE_SENTENCES = 3  # a "he" looks back this many sentences for the person meant

_HE_SHE = frozenset(("he", "she"))
# Clauses joined to the name's clause whose subject the pronoun is ("though he ...", "and he ...", "because she").
_JOINED = frozenset("advcl conj ccomp".split())


def _same_sentence(doc: Document, subject: Token, tokens: tuple[Token, ...]) -> bool:
    """Whether a "he"/"she" subject of a clause joined to the verb ``subject`` governs follows in its sentence."""
    verb = subject.head
    for token in tokens:
        if token.i > subject.i and token.text.lower() in _HE_SHE and token.dep == "nsubj":
            clause = doc.tokens[token.head]
            if clause.dep in _JOINED and clause.head == verb:
                return True
    return False


def he_continues(doc: Document, index: int, subject: Token | None = None) -> bool:
    """Whether sentence ``index`` names no person the model tagged and a "he"/"she" subject continues it: opening
    the next sentence, or (given the name's ``subject`` token) in a clause joined to the name's own."""
    sentence = doc.sentences[index]
    tokens = doc.tokens[sentence.token_start : sentence.token_end]
    if any(t.ent_type == "PERSON" for t in tokens):
        return False
    if subject is not None and _same_sentence(doc, subject, tokens):
        return True
    if index + 1 >= len(doc.sentences):
        return False
    first = doc.tokens[doc.sentences[index + 1].token_start]
    return first.text.lower() in _HE_SHE and first.dep == "nsubj"


def pronoun_referents(doc: Document, actors: Sequence[Actor]) -> Counter[int]:
    """How many "he"/"she" subjects outside quotes refer to each person (by index in ``actors``).

    Centering: a pronoun subject means the person its own sentence names as subject before
    it, else the centre, the person the last sentences were about (a named subject, or the
    person an earlier "he" meant, within CENTRE_SENTENCES); else the last person named.
    """
    by_token: dict[int, int] = {}
    for n, actor in enumerate(actors):
        if actor.label == "PERSON":
            for mention in actor.mentions:
                for i in range(mention.token_start, mention.token_end):
                    by_token[i] = n
    quotes = quote_spans(doc.article.text)
    counts: Counter[int] = Counter()
    centre: tuple[int, int] | None = None  # (actor, sentence index)
    last_named: tuple[int, int] | None = None
    for sentence in doc.sentences:
        subject: int | None = None
        for token in doc.sentence_tokens(sentence):
            if token.dep not in ("nsubj", "nsubjpass"):
                if token.i in by_token:
                    last_named = (by_token[token.i], sentence.index)
                continue
            if token.i in by_token:
                subject = by_token[token.i] if subject is None else subject
                last_named = (by_token[token.i], sentence.index)
            elif token.text.lower() in ("he", "she") and not in_spans(token.start, quotes):
                referent = subject
                for candidate in (centre, last_named):
                    if referent is None and candidate and sentence.index - candidate[1] <= CENTRE_SENTENCES:
                        referent = candidate[0]
                if referent is not None:
                    counts[referent] += 1
                    subject = referent if subject is None else subject
        if subject is not None:
            centre = (subject, sentence.index)
    return counts
