"""The described person a "he"/"she" means: a gendered common noun that was the subject just before.

"His father vows revenge." then '"...," he says.': the person a gendered common noun describes ("his father",
"the boy's mother"), main-clause subject of the sentence just before, is the "he"/"she" who speaks next, not a
name further back (Audit 10: a boy's father's words given to the hospital chief who shared the boy's first name).

Reader Audit 25 (session 16b) found the same with no possessor: "Last month a young woman I had trained called
me. She wanted me to know that thousands of youth were going to demonstrate" was filed under the man named two
sentences before. A noun of the pronoun's gender that a modifier or a clause describes ("a young woman I had
trained", "the woman who runs the shelter") is as definite an antecedent as "his father"; a bare "a woman" is
not, and stays unread as before (a generic "a woman can ..." is no one who speaks next).

Moved here from :mod:`newsbrief.nlp.speakers` (at the 500-line limit) in session 16b.
"""

from __future__ import annotations

from newsbrief.models import Sentence, Token
from newsbrief.nlp.referents import _FEMALE_NOUNS, _MALE_NOUNS
from newsbrief.nlp.speech import _clean, _Doc

# What makes a gendered noun a described person: a possessor ("his father"), an adjective ("a young woman"), a
# relative or participle clause ("a woman I had trained", "the man running the shelter").
_DESCRIBING = frozenset({"poss", "amod", "relcl", "acl"})


def _described(d: _Doc, token: Token) -> bool:
    return any(d.doc.tokens[c].dep in _DESCRIBING for c in d.children.get(token.i, ()))


def kin_subject(d: _Doc, previous: Sentence, sentence: Sentence, pronoun: str) -> str | None:
    """The described person (see the module docstring), main-clause subject of ``previous`` when it is the
    sentence just before ``sentence`` in the same or the previous paragraph; the noun phrase up to its noun
    ("his father", "a young woman"), or None."""
    if previous.index != sentence.index - 1 or sentence.paragraph - previous.paragraph > 1:
        return None
    nouns = _MALE_NOUNS if pronoun == "he" else _FEMALE_NOUNS if pronoun == "she" else frozenset()
    doc = d.doc
    for token in doc.sentence_tokens(previous):
        if token.dep == "nsubj" and doc.tokens[token.head].dep == "ROOT" and token.pos == "NOUN" \
                and token.lemma.lower() in nouns and not d.in_quote(token.start) and _described(d, token):
            return _clean(d.span_text(token.left, token.i)) or None
    return None
