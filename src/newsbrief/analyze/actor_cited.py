"""Writers cited for background (session 26; Audit 40, 41.4 item 7: a reader deleted A4's Greg Miller and Bob
Woodward, B2398's Jeff Chang and A3's Eliot Cohen from the Actors lists).

A historian, author or journalist whose every mention cites their writing is a source of background, not a party:
the subject of a verb of writing or reporting ("Greg Miller of the Post has reported", "Writes Chang", "Cohen
famously wrote", "Woodward revealed in his book") or the owner of a written work ("Chang's history of hip hop").
Writing to someone, or in a statement, a letter or a post ("the senator wrote on Twitter", "wrote to the council"),
is a party's act and keeps the person. A person in the headline, or named more than twice, is kept: the story is
about them; so is one whose role is an office, not a writer's trade ("US President X has described the leak as ...").

A writer or reporter whose piece answers a claim of the story ("Forbes' X wrote in an article dismissing the
complaints", "NAME created a video that disputes the complaints ... reporter Y said in the video") is a side of its
dispute, not background: a round-up of complaints and rebuttals names the rebuttals' writers as parties (Audit 48 #11:
the two writers quoted in Who says what were missing from Actors). :func:`rebuttal` finds a verb of disputing in a
sentence that names the person, or in the two before it in the same paragraph, and keeps one who is quoted. "Dismiss"
and "counter" have other senses ("dismissed from his post", "to counter the threat"): they dispute only a claim
("dismissing the complaints") or a clause ("countered that ..."), so a writer near a firing stays a citation.
"""

from __future__ import annotations

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document, Token

__all__ = ["cited_writer", "rebuttal"]

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
# Verbs of answering a claim: "an article dismissing the complaints", "a video that disputes them".
_REBUT_VERBS = frozenset("dismiss dispute debunk refute rebut contradict counter disprove".split())
# Of those, the verbs with another common sense ("was dismissed from his post", "to counter the threat"): they answer
# a claim only with a claim as their object ("dismissing the complaints") or a clause ("countered that ...").
_SENSED_REBUT_VERBS = frozenset({"dismiss", "counter"})
_CLAIM_NOUNS = frozenset("""
claim complaint allegation accusation charge report rumour rumor story criticism critic suggestion idea notion theory
assertion finding concern speculation fear video article argument
""".split())
# How many sentences before the person's the disputing verb may stand: the piece is introduced ("X created a video
# that disputes the complaints"), described ("It shows people ..."), then quoted ("reporter Y said in the video").
_REBUT_REACH = 2
# The trades of a cited writer: a role with another head ("President", "spokesman") is an office that speaks.
_WRITER_NOUNS = frozenset("""
historian author writer journalist reporter columnist correspondent editor novelist biographer scholar critic
commentator blogger essayist chronicler
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


def cited_writer(doc: Document, actor: Actor, headline: bool, office: str | None = None) -> bool:
    """True for a person whose every mention cites their writing (module docstring). ``office`` is the head of the
    person's role: an office holder who "has described the leak as a disaster" speaks as a party (Audit 48 #2: the
    US President was dropped as a cited writer); a writer's own trade ("historian", "columnist") stays a citation."""
    if headline or not actor.mentions or len(actor.mentions) > MAX_CITED_MENTIONS:
        return False
    if office is not None and office.lower() not in _WRITER_NOUNS:
        return False
    return all(_citing(doc, _head(doc, m.token_start, m.token_end)) for m in actor.mentions)


def rebuttal(doc: Document, actor: Actor, voiced: int) -> bool:
    """True for a quoted person named in, or right after, a sentence that disputes a claim (module docstring)."""
    if not voiced:
        return False
    sentences = doc.sentences
    for mention in actor.mentions:
        index = mention.sentence_index
        near = [s for s in sentences[max(0, index - _REBUT_REACH):index + 1]
                if s.paragraph == sentences[index].paragraph]
        if any(_disputes(doc, t) for s in near for t in doc.tokens[s.token_start:s.token_end]):
            return True
    return False


def _disputes(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` answers a claim: a verb of disputing; "dismiss" and "counter" only with a claim as their
    object or a clause ("dismissing the complaints", "countered that ..."), not "dismissed from his post"."""
    lemma = verb.lemma.lower()
    if lemma not in _REBUT_VERBS or verb.pos != "VERB":
        return False
    if lemma not in _SENSED_REBUT_VERBS:
        return True
    return any(t.head == verb.i and t.i != verb.i and (t.dep == "ccomp" or (
        t.dep == "dobj" and t.lemma.lower() in _CLAIM_NOUNS)) for t in doc.tokens[verb.left : verb.right + 1])
