"""Memories that carry "could" or "would" (session 29, issue #11 pattern 6: past narration filed as Outlook).

A memory is told with the backshifted modals of a time that is over, and forecasts nothing. Two shapes are read,
by the writer or by a speaker, in a sentence that names no time to come (:mod:`section_bygone` checks that first):

* **A purpose hung on a past act.** "In high school I'd worked two jobs so I could afford college", "Holt said she
  had cleaned offices so that she could study", "My father took a second job in order that we could go to
  college": the modal sits in a purpose clause ("so", "so that", "in order that") whose act is told in the past
  (a past form or a past perfect) or is itself a habit of the past. The purpose was that moment's aim, not an
  expectation now. "The council will vote next month so it can start" (the act is a plan) and "Holt said she
  would sell the land so she could pay" (the act is a reported future) keep their place.
* **A habit of the past.** "We would save every penny", "Growing up, we would walk to the dock every morning",
  "Every year we would wait for the council to act": a "would" in a sentence told in the first person ("I",
  "we", "my", "our", "us") with a word of repetition ("every", "always", "often") or a frame of a time of life
  ("growing up", "as kids", "when I was a student", "back then"), and no present-tense verb in its clause ("We
  would meet every week until the campus opens" is a plan). A third person's "would" with "every" is left alone:
  "The ministers would meet every Monday" may report a plan.

When every modal of a sentence is one of these, the sentence is withheld from Outlook (precision over recall).
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_outlook import BACKSHIFTED
from newsbrief.models import Document, Sentence, Token

_FIRST_PERSON = re.compile(r"\b(?:I|I'd|me|my|we|we'd|us|our)\b")
_REPEATED = re.compile(r"\b(?:every|each|always|often|usually|sometimes|regularly|routinely)\b", re.I)
_LIFE_FRAME = re.compile(
    r"\b(?:growing up|as (?:a |young )?(?:kids?|child(?:ren)?|boys?|girls?|teenagers?|students?|youngsters?)|"
    r"when (?:I|we) (?:was|were)|back then|in those days|in (?:high|primary|secondary|grade) school|"
    r"at (?:school|college|university)|in my (?:youth|childhood|teens|twenties))\b", re.I)
_HABIT_MODALS = frozenset({"would", "'d"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PURPOSE_OPENERS = ("so", "so that", "in order that")


def _past(doc: Document, verb: Token) -> bool:
    """A past form, or a past participle with a past auxiliary ("had worked", "was told")."""
    return verb.tag == "VBD" or (verb.tag == "VBN" and any(
        k.dep in ("aux", "auxpass") and k.tag == "VBD" for k in doc.children(verb)))


def _habit(doc: Document, sentence: Sentence, modal: Token) -> bool:
    """A "would" of a first-person habit of the past (see the module docstring)."""
    if modal.text.lower() not in _HABIT_MODALS:
        return False
    verb = doc.tokens[modal.head]
    clause = [doc.tokens[i] for i in range(verb.left, verb.right + 1)]
    if any(t.tag in _PRESENT or t.text.lower() in ("will", "'ll") for t in clause):
        return False  # "we would meet every week until the campus opens": a plan
    text = sentence.text
    return bool(_FIRST_PERSON.search(text)) and bool(_REPEATED.search(text) or _LIFE_FRAME.search(text))


def _purpose_act(doc: Document, verb: Token) -> Token | None:
    """The act a purpose clause headed by ``verb`` is hung on, or None when ``verb`` heads no purpose clause."""
    opener = " ".join(doc.tokens[i].text.lower() for i in range(verb.left, min(verb.left + 3, verb.i)))
    if verb.dep == "advcl" and (opener == "so" or opener.startswith(("so ", "so that"))):
        return doc.tokens[verb.head]
    head = doc.tokens[verb.head]
    if verb.dep == "acl" and head.text.lower() == "order" and head.dep == "pobj":
        preposition = doc.tokens[head.head]
        if preposition.text.lower() == "in" and preposition.head != preposition.i:
            return doc.tokens[preposition.head]
    return None


def _purpose_then(doc: Document, sentence: Sentence, modal: Token) -> bool:
    """A backshifted modal in a purpose clause hung on a past act or a past habit (see the module docstring)."""
    if modal.text.lower() not in BACKSHIFTED:
        return False
    act = _purpose_act(doc, doc.tokens[modal.head])
    if act is None:
        return False
    if _past(doc, act):
        return True
    own = [k for k in doc.children(act) if k.tag == "MD"]
    return bool(own) and all(_habit(doc, sentence, m) for m in own)


def remembered(doc: Document, sentence: Sentence, modals: list[Token]) -> bool:
    """True when every modal of ``sentence`` tells a memory: a past purpose or a past habit (see the module
    docstring). The caller has checked that the sentence names no time to come."""
    return bool(modals) and all(_purpose_then(doc, sentence, m) or _habit(doc, sentence, m) for m in modals)
