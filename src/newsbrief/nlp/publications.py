"""A printed text speaks for the one who printed it (issue #11; docs/audit.md 20.3, Audit 19).

"The newspaper Al-Noor printed a report on Tuesday. '...,' it read." / "The report read: '...'" / "The paper said:"
followed by the report's own paragraphs: the quoted sentences are the newspaper's claims, and Audit 19 found them
printed unattributed (a denied claim shown as fact). A definite document subject ("the report", "the paper", "the
article") or "it" that reads or says something, right after a sentence whose named subject published, printed or
released a text, speaks for that publisher; "read" counts as a speech cue only for such a subject and only next to
a quotation or a colon ("it read:", '"...," the report read'), since "read" is otherwise a reader's verb.
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token
from newsbrief.nlp.speech import _clean, _Doc

__all__ = ["document_subject", "publisher", "reads_out"]

# Verbs by which a named body puts a text out ("printed a report", "published an article").
_PUBLISH_LEMMAS = frozenset({"publish", "print", "carry", "run", "release", "issue", "post", "put"})
# Nouns for a printed text or the paper that prints it: as a definite subject they stand for its publisher.
_PRINTED_NOUNS = frozenset({"report", "paper", "newspaper", "article", "story", "editorial", "piece", "bulletin",
                            "column", "dispatch", "document"})
# How many sentences back the publishing sentence may be ("printed a report ... It said ... The report read").
_PUBLISHER_REACH = 2


def document_subject(d: _Doc, subject: Token) -> bool:
    """Whether ``subject`` is "it" or a definite printed-text noun ("the report", "the paper")."""
    if subject.text.lower() == "it":
        return True
    tokens = d.doc.tokens
    return subject.pos == "NOUN" and subject.lemma.lower() in _PRINTED_NOUNS and any(
        tokens[c].dep == "det" and tokens[c].text.lower() in ("the", "this", "that")
        for c in d.children.get(subject.i, ()))


def _name_of(d: _Doc, subject: Token) -> str | None:
    """The proper name a publishing subject gives: itself ("Al-Noor"), or the name in apposition to or
    compounded into its noun ("The newspaper Al-Noor", "the Tarvo Herald")."""
    tokens = d.doc.tokens
    if subject.pos == "NOUN":
        named = next((tokens[c] for c in d.children.get(subject.i, ()) if tokens[c].dep == "appos"
                      and tokens[c].pos == "PROPN"), None)
        if named is None:
            return None
        subject = named
    if subject.pos != "PROPN":
        return None
    first = subject.i
    while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].dep == "compound":
        first -= 1
    # a name with a possessive inside ("the People's Daily"): the whole named entity, not its last word
    entity = next((e for e in d.doc.entities if e.token_start < first and first <= e.token_end - 1 == subject.i), None)
    if entity is not None:
        first = entity.token_start + (tokens[entity.token_start].text.lower() == "the")
    return _clean(d.span_text(first, subject.i)) or None


def publisher(d: _Doc, sentence: Sentence) -> str | None:
    """The named subject of a publishing verb in one of the _PUBLISHER_REACH sentences before ``sentence``; when
    that sentence has two publishers ("The People's Daily ran a commentary, and the Global Times printed an
    editorial"), the one the sentence just before names, else "" (no one is certain: Audit 29 counted "the paper"
    for one of two papers useless, and the first of them would be a guess)."""
    tokens = d.doc.tokens
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _PUBLISHER_REACH), -1):
        names: list[str] = []
        for verb in d.doc.sentence_tokens(d.doc.sentences[index]):
            if verb.lemma.lower() not in _PUBLISH_LEMMAS or verb.pos != "VERB" or d.in_quote(verb.start):
                continue
            subject = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"), None)
            name = _name_of(d, subject) if subject is not None else None
            if name is not None and name not in names:
                names.append(name)
        if len(names) == 1:
            return names[0]
        if names:
            return _named_just_before(d, sentence, names)
    return None


def _named_just_before(d: _Doc, sentence: Sentence, names: list[str]) -> str:
    """The one of ``names`` the sentence before ``sentence`` names ("The Global Times blamed ... The paper said"),
    "" when it names none or several."""
    before = d.doc.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    named = [name for name in names if name in before]
    return named[0] if len(named) == 1 else ""


def reads_out(d: _Doc, verb: Token, subject: Token) -> bool:
    """Whether ``verb`` is "read" with a printed-text subject, set next to a quotation or a colon."""
    if verb.lemma.lower() != "read" or not document_subject(d, subject):
        return False
    tokens = d.doc.tokens
    after = tokens[verb.i + 1] if verb.i + 1 < len(tokens) else None
    before = tokens[subject.left - 1] if subject.left > 0 else None
    return (after is not None and after.text in (":", "\"", "“")) or (
        before is not None and before.text in ("\"", "”", ",") and d.in_quote(before.start) is not None) or (
        before is not None and before.text == "," and subject.left > 1 and tokens[subject.left - 2].text in ("\"", "”"))
