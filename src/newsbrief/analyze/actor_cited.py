"""Writers cited for background (session 26; Audit 40, 41.4 item 7: a reader deleted A4's Greg Miller and Bob
Woodward, B2398's Jeff Chang and A3's Eliot Cohen from the Actors lists).

A historian, author or journalist whose every mention cites their writing is a source of background, not a party:
the subject of a verb of writing or reporting ("Greg Miller of the Post has reported", "Writes Chang", "Cohen
famously wrote", "Woodward revealed in his book") or the owner of a written work ("Chang's history of hip hop").
Writing to someone, or in a statement, a letter or a post ("the senator wrote on Twitter", "wrote to the council"),
is a party's act and keeps the person. A person in the headline, or named more than twice, is kept: the story is
about them.
"""

from __future__ import annotations

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Token

__all__ = ["cited_writer"]

# Verbs that cite a writer's work ("has reported", "revealed in his book", "documents").
_CITING_VERBS = frozenset("write report reveal document chronicle recount describe detail".split())
# Written works a person's name owns ("Chang's history of hip hop", "Woodward's book").
_WORKS = frozenset("""
history book biography memoir study column article essay account chronicle novel documentary
""".split())
# What makes writing a party's act: a statement, a letter, a post, a message ("wrote in a letter to the mayor"), or
# a text that does something in the story: a prayer for the faithful to recite, a decree, a bill, a petition (Audit
# 44 #3: a cardinal who "has written a prayer" was taken for a cited writer and dropped).
_PARTY_WRITING = frozenset("""
statement letter post tweet email e-mail message note twitter facebook instagram x linkedin
prayer decree bill law order appeal petition plea request resolution complaint directive guideline will
""".split())
MAX_CITED_MENTIONS = 2  # a writer named three times is a subject of the story, not a citation


def _head(doc: Document, start: int, end: int) -> Token:
    """The mention's head: the token whose head lies outside it."""
    span = range(start, end)
    return next((doc.tokens[i] for i in span if doc.tokens[i].head not in span or doc.tokens[i].head == i),
                doc.tokens[end - 1])


def _party_writing(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` writes to someone or in a statement, letter or post (module docstring)."""
    tokens = doc.tokens
    for child in tokens[verb.left : verb.right + 1]:
        if child.head != verb.i:
            continue
        if child.dep == "dative" or (child.dep == "prep" and child.text.lower() == "to"):
            return True
        if child.dep == "dobj" and child.lemma.lower() in _PARTY_WRITING:
            return True
        if child.dep == "prep" and any(t.head == child.i and t.lemma.lower() in _PARTY_WRITING
                                       for t in tokens[child.left : child.right + 1]):
            return True
    return False


def _citing(doc: Document, head: Token) -> bool:
    """Whether the mention with this head cites the person's writing (module docstring)."""
    tokens = doc.tokens
    parent = tokens[head.head]
    if head.dep == "poss":
        return parent.lemma.lower() in _WORKS
    if head.dep != "nsubj" or parent.pos != "VERB":
        return False
    return parent.lemma.lower() in _CITING_VERBS and not _party_writing(doc, parent)


def cited_writer(doc: Document, actor: Actor, headline: bool) -> bool:
    """True for a person whose every mention cites their writing (module docstring)."""
    if headline or not actor.mentions or len(actor.mentions) > MAX_CITED_MENTIONS:
        return False
    return all(_citing(doc, _head(doc, m.token_start, m.token_end)) for m in actor.mentions)
