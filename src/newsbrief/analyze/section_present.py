"""Outlook items that tell the past or the present in words that look ahead (reader Audit 32, session 19b).

Audit 32 found a third of its Outlook items wrong; five kinds of sentence told no forecast:

* **A dated label of the past.** A live page's entries "Last week: Assad said he would push for reforms" and
  "Yesterday: the government began seeing unrest" are narration of what happened; the label dates the whole entry
  (:func:`past_label`). "Next week: The council will vote" keeps its plan.
* **An epistemic "will be".** "Many BP shareholders will be pension funds" means "are probably": a quantified
  subject ("many", "most", "some of") classed by "will be" + a noun, with no time to come, is a guess about now.
  "will be held next week", "will be the first to" and "will be the largest by 2030" stay (:func:`present_guess`).
* **A guess about now with "may be ...ing".** "A think tank says she may be leading the country instead of her
  brother": a progressive under "may/might/could" with no time to come is what may be so now; "may be able to"
  (no -ing form) and "may be closing next month" stay.
* **A generic "you will not hear".** A columnist's "You will not hear these words on ESPN" claims what a medium
  never says; "you will not hear/see/read/find" with no time to come is no event.
* **A present perfect before an event.** "Berlusconi's majority has crumbled ahead of the vote, with MPs saying they
  will rebel" tells what has happened before the vote (which the page may already report won), not what will
  (:func:`perfect_before_event`); "The owners will appeal ahead of the vote next month" keeps its "will".
* **A rate of a group.** "Victims of domestic violence are most likely to be women aged 20-24" is a statistic: a
  comparative "likely" on a present "be" with no modal (:func:`group_rate`); "A storm is likely to hit the town on
  Friday" stays (no comparison).
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_outlook import FUTURE_WORDS
from newsbrief.models import Document, Sentence, Token

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The label must end in a colon right after it: "Last week the mayor said he would ..." is left to the tense rules.
_PAST_LABEL = re.compile(
    r"^\W*(?:last (?:week|weekend|month|year|night|" + _DAYS + r")|yesterday|earlier(?: (?:today|this (?:week|month|"
    r"year)))?|previously|on " + _DAYS + r"|" + _DAYS + r")\s*:", re.I)
# A time to come beyond the outlook's words of the future (session 20: "may be reopening in the spring" was read as a
# guess about now; "Drivers will see delays from Monday" lost a cue tie to the analysis's "delays"): a season after
# "in the", or a weekday or month after a preposition of time. Read only beside a modal of the future or a guess.
_MONTHS = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_TIME_TO_COME = re.compile(r"\bin the (?:spring|summer|autumn|fall|winter)\b|"
                           r"\b(?:on|from|by|until|before) (?:" + _DAYS + r"|" + _MONTHS + r")\b", re.I)
# A will-future: "will" or "'ll" before a verb (a negation or adverb may come between), not a noun "will", and not
# one asked about ("too soon to know if that will save lives", Newsroom row 33, stays the analysis's).
_WILL_FUTURE = re.compile(r"\b(?:will|'ll|won't)(?: not| also| only| still| soon| likely)? [a-z]+", re.I)
_ASKED_WILL = re.compile(r"\b(?:if|whether)\b[^,;.]{0,40}\b(?:will|'ll|won't)\b", re.I)
# The tie goes to the outlook only for a named time ("from Monday", "next week", "in 2027"), not a vague "soon".
_NAMED_TIME = re.compile(r"\b(?:next|tomorrow|(?:in|by) (?:19|20)\d\d|this (?:week|month|year|weekend))\b", re.I)
_QUANTIFIERS = frozenset("many most some few several all plenty lots majority".split())
# Words that make "will be" + noun a ranking or a first of its kind, which looks ahead: "will be the first to".
_RANKS = frozenset("first last next only sole".split())
_GUESSING = frozenset({"may", "might", "could"})
_HEARING = frozenset("hear see read find".split())
_CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "until"})
_BEFORE = frozenset({"ahead", "before"})
# Verbs whose present perfect states a plan or a word given before the event: "has vowed to fight ahead of the vote".
_PLANNING = frozenset("vow pledge promise plan say warn threaten announce decide agree prepare schedule".split())
_COMPARING = frozenset({"most", "more", "less", "least", "twice"})


def past_label(sentence: Sentence) -> bool:
    """True when the sentence opens on a label of past time and a colon ("Last week:", "Yesterday:")."""
    return bool(_PAST_LABEL.match(sentence.text))


def _quantified(doc: Document, subject: Token) -> bool:
    """"Many", "Many of the workers", "most shareholders", "some savers": a subject that counts part of a class."""
    return subject.lemma.lower() in _QUANTIFIERS or any(
        k.dep in ("amod", "det", "nummod") and k.text.lower() in _QUANTIFIERS for k in doc.children(subject))


def _classed_by_will_be(doc: Document, modal: Token) -> bool:
    """"Many X will be members of Y": "will" on a copula whose complement is a noun with no rank, and a quantified
    subject (see the module docstring)."""
    verb = doc.tokens[modal.head]
    if modal.text.lower() not in ("will", "'ll") or verb.lemma.lower() != "be" or verb.pos != "AUX":
        return False
    kids = doc.children(verb)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    attr = next((k for k in kids if k.dep == "attr" and k.pos in ("NOUN", "PROPN")), None)
    if subject is None or attr is None or not _quantified(doc, subject):
        return False
    return not any(m.text.lower() in _RANKS or m.tag in ("JJS", "RBS") for m in doc.children(attr)) \
        and not any(k.dep == "prep" and k.text.lower() == "by" for k in kids)


def _guess_in_progress(doc: Document, modal: Token) -> bool:
    """"may be running the firm": a progressive under a modal of guessing, with no condition on it."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    return modal.text.lower() in _GUESSING and verb.tag == "VBG" \
        and any(k.dep == "aux" and k.lemma.lower() == "be" and k.i > modal.i for k in kids) \
        and not _conditioned(doc, verb)


def _conditioned(doc: Document, verb: Token) -> bool:
    return any(k.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in _CONDITION_MARKS
                                        for m in doc.children(k)) for k in doc.children(verb))


def _generic_not_hear(doc: Document, modal: Token) -> bool:
    """"You will not hear these words on the radio": a generic "you" told what a medium never says."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    return modal.text.lower() in ("will", "'ll", "wo") and verb.lemma.lower() in _HEARING \
        and any(k.dep == "nsubj" and k.text.lower() == "you" for k in kids) \
        and any(k.dep == "neg" for k in kids)


def time_to_come(text: str) -> bool:
    """Whether ``text`` names a time to come: the outlook's words of the future or a season or day after a
    preposition of time (see above)."""
    return bool(FUTURE_WORDS.search(text) or _TIME_TO_COME.search(text))


def timed_will(text: str) -> bool:
    """A will-future with a time to come ("Drivers will see delays from Monday"): the cue tie between outlook and
    analysis goes to the outlook (classify.sentence_class)."""
    return bool(_WILL_FUTURE.search(text)) and not _ASKED_WILL.search(text) \
        and bool(_NAMED_TIME.search(text) or _TIME_TO_COME.search(text))


def present_guess(doc: Document, sentence: Sentence) -> bool:
    """True when, with no word of time to come, every modal of the sentence is an epistemic "will be" + noun, a
    "may be ...ing" guess about now or a generic "you will not hear" (see the module docstring)."""
    if time_to_come(sentence.text):
        return False
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(_classed_by_will_be(doc, m) or _guess_in_progress(doc, m)
                                or _generic_not_hear(doc, m) for m in modals)


def perfect_before_event(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is a present perfect timed "ahead of"/"before" a noun event and no modal
    hangs on it: what has happened before the event (see the module docstring)."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.tag != "VBN" or root.lemma.lower() in _PLANNING:
        return False
    kids = doc.children(root)
    if not any(k.dep == "aux" and k.tag in ("VBZ", "VBP") and k.lemma.lower() == "have" for k in kids):
        return False
    timed = any(k.text.lower() in _BEFORE and k.dep in ("advmod", "prep") and any(
        g.dep in ("prep", "pobj") for g in doc.children(k)) for k in kids)
    return timed and not any(k.dep == "aux" and k.tag == "MD" for k in kids)


def group_rate(doc: Document, sentence: Sentence) -> bool:
    """True when a comparative "likely" on a present "be" ("are most likely to be women") is the sentence's only
    look ahead: no modal and no word of time to come (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag == "MD" for t in tokens) or FUTURE_WORDS.search(sentence.text):
        return False
    return any(t.lemma.lower() == "likely" and t.dep == "acomp" and doc.tokens[t.head].tag in ("VBZ", "VBP")
               and any(k.dep == "advmod" and k.text.lower() in _COMPARING for k in doc.children(t)) for t in tokens)


def tells_present(doc: Document, sentence: Sentence) -> bool:
    """The outlook's check: a past label, a guess about now, a present perfect before an event or a group's rate."""
    return past_label(sentence) or present_guess(doc, sentence) or perfect_before_event(doc, sentence) \
        or group_rate(doc, sentence)
