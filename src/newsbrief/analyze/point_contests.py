"""A contested claim as an analysis's point: an accusation the piece weighs, whose denial recurs.

An analysis may open on a contrast or a history ("X and Y make for strange allies. One is ..., the other ...") and
state its subject paragraphs down: a government accuses X of helping Y, the evidence is weighed, X denies it, and the
denial comes back at the end (reader Audit 38 #4: the three key points were the contrast set-up; the accusation and
the denials were in none). The accusation is the claim the piece is about when the accused's denial is told after
it at least DENIALS_NEEDED times: one denial is a report's right of reply, a recurring one is the piece's thread.

Parse-based: the verb "accuse" (or "allege") with its object, and "deny"/"denial"/"denials" with the accused as
subject or owner, or with no one else named ("Iran quickly denied the allegation").
"""

from __future__ import annotations

from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence, Token

DENIALS_NEEDED = 2  # set on Audit 38 #4 (two denials after the accusation) and the labelled case; one is a reply
_ACCUSING = frozenset({"accuse"})
_DENYING = frozenset({"deny", "denial"})


def _accused(doc: Document, sentence: Sentence) -> str | None:
    """The one a reporter's "X accuses Y of ..." accuses (Y's last word), if the sentence is one."""
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.lemma.lower() in _ACCUSING and token.pos == "VERB" and token.dep == "ROOT":
            target = next((t for t in tokens if t.head == token.i and t.dep == "dobj" and t.pos == "PROPN"), None)
            return target.text if target is not None else None
    return None


def _denies(doc: Document, sentence: Sentence, accused: str) -> bool:
    """True when the sentence tells the accused's denial ("Iran denied the allegation", "its denials")."""
    tokens = doc.sentence_tokens(sentence)
    return any(t.lemma.lower() in _DENYING and not _passive(doc, t) for t in tokens) \
        and any(t.text == accused for t in tokens)


def _passive(doc: Document, token: Token) -> bool:
    """True for a passive "was denied (bail, entry, a visa)": what someone refused the accused, not their denial."""
    return token.tag == "VBN" and any(k.dep in ("auxpass", "nsubjpass") for k in doc.children(token))


@per_document
def _contested(doc: Document) -> int | None:
    if "accus" not in doc.article.text.lower():
        return None  # the cheap exit: most pieces accuse no one
    for sentence in doc.sentences:
        accused = _accused(doc, sentence)
        if accused is None:
            continue
        denials = sum(_denies(doc, later, accused) for later in doc.sentences[sentence.index + 1:])
        if denials >= DENIALS_NEEDED:
            return sentence.index
    return None


def contested_claim(doc: Document) -> Sentence | None:
    """The accusation an analysis weighs (see the module docstring), None when there is none. The caller
    (point_theses.analysis_thesis) asks only of a piece that reads as analysis."""
    index = _contested(doc)
    # told in the narration ("The United States accuses Iran of ..." is voiced by the accuser), not quoted
    if index is None or doc.sentences[index].text[:1] in "\"“'‘":
        return None
    return doc.sentences[index]
