"""Mechanisms an article states with a connective of result (reader Audit 44, docs/audit.md 45.5; round 2 of
session 28).

Audit 44's business story lost its analyst's mechanism: "As this oil becomes unavailable, it forces buyers to
substitute crude from other producers, thereby increasing demand and starting a chain reaction that raises prices".
None of its words was a cue of the lexicon (classify.CUES), and the parse rules of :mod:`cause_shape` read no
"thereby". Four explicit links are read here, each from the parse so that the same words in other uses stay out
(precision first):

* **A clause of result after "so".** "The ones that can are running short, so buyers are bidding up the same
  cargoes": a "so" after a comma that opens a clause with its own subject, after a clause of its own. Not "so far",
  "so that" (a purpose), "and so did sales" (an echo), "do so", nor a first- or second-person "so I left" (a
  speaker's own errand, not the story's mechanism).
* **A result told as a participle.** "..., thereby raising their costs", "thus pushing up prices": "thereby" or
  "thus" before a verb in -ing states what the act brought about.
* **A consequence told with "meaning".** "Demand has slumped, meaning that factories stand idle": a "meaning" after a
  comma whose clause has its own subject states what followed ("the word's meaning" is a noun and stays out). After a
  figure ("The rate was 15%, meaning 46 million people were poor") it restates the figure: no consequence.
* **A condition that forces a party.** "The outage forces refiners to replace the crude": "force", "compel" or
  "oblige" with a thing or a condition as its subject (not a person or a body, whose "forced protesters to leave" is
  an act) and a party made to act.

:func:`linked_cause` is one of the parse rules of :func:`~newsbrief.analyze.cause_shape.parse_causes`.
"""

from __future__ import annotations

from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Token

# Words after "so" that make it no connective of result: "so far", "so that", "so much", "so-called", "or so".
_NOT_RESULT = frozenset("far that much many too on long forth as called -".split())
# The start of a clause's subject after "so": a determiner, a noun, a number, a third-person pronoun.
_SUBJECT_TAGS = frozenset({"DT", "PDT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "CD", "PRP", "PRP$"})
_OWN_PEOPLE = frozenset({"i", "you", "we"})
_RESULT_ADVERBS = frozenset({"thereby", "thus"})
_FORCING = frozenset({"force", "compel", "oblige"})
_PEOPLE = frozenset("he she they we i you it's who people man woman men women".split())
_BODIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_AMOUNTS = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
_TIMES = frozenset({"DATE", "TIME", "ORDINAL"})  # "on March 31, meaning ...": a day, not a figure


def _so_result(doc: Document, token: Token) -> bool:
    """A "so" after a comma that opens a clause of result with its own subject (see the module docstring)."""
    if token.text.lower() != "so" or token.i == 0 or token.i + 1 >= len(doc.tokens):
        return False
    before, after = doc.tokens[token.i - 1], doc.tokens[token.i + 1]
    if before.text not in (",", ";") and not (before.text.lower() == "and" and token.i > 1
                                            and doc.tokens[token.i - 2].text == ","):
        return False
    if after.text.lower() in _NOT_RESULT or after.tag not in _SUBJECT_TAGS or after.text.lower() in _OWN_PEOPLE:
        return False
    verb = doc.tokens[token.head]
    if verb.pos not in ("VERB", "AUX") or token.dep not in ("mark", "advmod", "cc"):
        return False
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < token.i or subject.text.lower() in _OWN_PEOPLE:
        return False
    # a clause of its own before the "so": a verb earlier in the sentence (the parser hangs it on either side)
    top = verb
    for _ in range(12):
        if top.head == top.i:
            break
        top = doc.tokens[top.head]
    return any(doc.tokens[i].pos in ("VERB", "AUX") for i in range(top.left, token.i))


def _result_participle(doc: Document, token: Token) -> bool:
    """ "thereby"/"thus" before a verb in -ing (see the module docstring)."""
    if token.text.lower() not in _RESULT_ADVERBS or token.i + 1 >= len(doc.tokens):
        return False
    following = doc.tokens[token.i + 1]
    return following.tag == "VBG" and token.head == following.i


def _meaning(doc: Document, token: Token) -> bool:
    """A "meaning" after a comma with a clause that has its own subject (see the module docstring)."""
    if token.text.lower() != "meaning" or token.tag != "VBG" or token.i < 2 or doc.tokens[token.i - 1].text != ",":
        return False
    before = doc.tokens[max(0, token.i - 5) : token.i - 1]
    if any(t.text == "%" or t.ent_type in _AMOUNTS or (t.like_num and t.ent_type not in _TIMES) for t in before):
        return False  # a gloss of the figure just before the comma ("was 3.84 a gallon, meaning ...")
    return any(k.dep == "ccomp" and any(s.dep in ("nsubj", "nsubjpass") for s in doc.children(k))
               for k in doc.children(token))


def _a_thing(subject: Token) -> bool:
    """A subject that names a thing or a condition, not a person or a body."""
    text = subject.text.lower()
    if subject.ent_type in _BODIES or text in _PEOPLE or subject.lemma.lower() in ORGANISATION_NOUNS:
        return False
    return subject.pos in ("NOUN", "PRON")


def _forced(doc: Document, token: Token) -> bool:
    """A thing or a condition that forces a party to act (see the module docstring)."""
    if token.lemma.lower() not in _FORCING or token.pos != "VERB":
        return False
    kids = doc.children(token)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    made = any(k.dep == "dobj" for k in kids) and any(k.dep == "xcomp" for k in kids)
    return made and subject is not None and _a_thing(subject)


def linked_cause(doc: Document, token: Token) -> bool:
    """True when ``token`` links a cause to its result explicitly: a "so" of result, a "thereby"/"thus" with a
    participle, a "meaning" of consequence, or a condition that forces a party (see the module docstring)."""
    return _so_result(doc, token) or _result_participle(doc, token) or _meaning(doc, token) or _forced(doc, token)
