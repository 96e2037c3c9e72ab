"""How far back a live page's paragraph-opening pronoun reaches (session 23's leftover on live pages).

Ingest cuts a live page's update stamps and keeps each update a paragraph of its own (``Article.live_stamps``
counts the stamps), so the boundaries between updates are among its paragraph breaks, but which ones is lost. An
update's first paragraph names who it is about. A "he"/"she" opening a paragraph right after a paragraph about no
one ("Crowds gathered outside the court.") may be opening a new update, so it borrows no one from further back
(session 23: an update's opening "He" resolved to a person of the update before). Quotation paragraphs carry
their speaker on and are passed over, and a paragraph that names a person, a "he" or a person's noun keeps the
usual reach: on Audit 38's live page every paragraph-opening "he" meant a person of its own update, five of them
over a paragraph break, so stopping at every break would leave them unresolved.
"""

from __future__ import annotations

from newsbrief.models import Sentence
from newsbrief.nlp.pronoun_chains import quote_only
from newsbrief.nlp.referents import _PERSON_NOUNS
from newsbrief.nlp.speech import SPOKESPEOPLE, _Doc, is_person_name

__all__ = ["live_cut"]

# A live page has several stamps; one stamp is a report's update line. Set by hand.
_LIVE_STAMPS = 2
_PEOPLE_PRONOUNS = frozenset("he him his himself she her hers herself".split())


def _about_no_one(d: _Doc, paragraph: list[Sentence]) -> bool:
    """Whether the paragraph's own words (outside quotations) have a subject and speak of no person: no name, no
    gendered pronoun and no person's noun ("Crowds gathered outside the court."), so a "he" after it has lost
    its chain. A paragraph whose words are only a quotation's ('But "it is crucial ..."') carries its speaker on."""
    tokens = [t for s in paragraph for t in d.doc.sentence_tokens(s) if not d.in_quote(t.start)]
    if not any(t.dep in ("nsubj", "nsubjpass") for t in tokens):
        return False
    return not any(is_person_name(d, t) or t.text.lower() in _PEOPLE_PRONOUNS or t.lemma.lower() in _PERSON_NOUNS
                   or t.lemma.lower() in SPOKESPEOPLE for t in tokens)


def live_cut(d: _Doc, sentence: Sentence) -> int:
    """Where a pronoun in ``sentence`` may look back from: on a live page, for the first sentence of a paragraph
    after a paragraph that is about no one (see :func:`_about_no_one`; quotation paragraphs passed over), the
    sentence itself; 0 otherwise (the usual reach)."""
    doc = d.doc
    if doc.article.live_stamps < _LIVE_STAMPS or sentence.index == 0 \
            or doc.sentences[sentence.index - 1].paragraph == sentence.paragraph:
        return 0
    # Walk back from the sentence (not a list of all earlier sentences per pronoun: quadratic on long live pages,
    # review of session 24) to the last paragraph that is not only a quotation.
    paragraph: list[Sentence] = []
    for i in range(sentence.index - 1, -1, -1):
        earlier = doc.sentences[i]
        if paragraph and earlier.paragraph != paragraph[0].paragraph:
            break
        if not quote_only(d, earlier):
            paragraph.insert(0, earlier)
    return sentence.start if paragraph and _about_no_one(d, paragraph) else 0
