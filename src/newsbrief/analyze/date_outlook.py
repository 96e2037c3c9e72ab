"""Dates of a projected level and of a holding: the Outlook's and the background's, not the Timeline's (session 30).

The Timeline lists dated events that took place (and scheduled acts, marked as expected). Reader Audits 46-47
(docs/audit.md 47-48) and session 29's review found entries of two other kinds:

- a projection: "By <year> the fleet will number 400 aircraft", "Sales are expected to reach $5bn by <year>",
  "The population is projected to hit 10 million in <year>", "The carrier aims to halve its emissions by
  <year>". The date is when a level is to be reached: a forecast or a target, the Outlook's matter. Even in an
  old piece whose target year is past by now, nothing of that year is told. The test is the clause's verb: a
  verb of a level ("be", "reach", "number", "double", "cut") that is ahead of its sentence (a modal, or an
  infinitive under a word of expectation or aim: "expected", "likely", "set", "aims"). A scheduled act ("The
  bridge will open in 2027", "It will pay $2bn by the end of 2016") is no level and stays, marked expected; a
  past perfect ("By March 2020 the company had cut 300 jobs") tells what had happened and stays.
- a holding: "In <year> the firm had 3,000 staff" (how big something was, no event: a past "have" of a
  counted object), which a reader deletes as trivia. "In <year> he had surgery" (no count) stays.
- a running tally: "So far this year, 40 people have died", "As of today, 1,200 people have signed", "The
  airline has carried 3 million passengers this year": a figure up to now, dated by the publication alone; so is
  a span the current period "marks" ("This year marks a century of independence"). "Earlier this month the
  ship was seized" and "The minister has resigned this month" tell acts and stay.
- an aside's date on the subject of a forecast or a present state: "The dam, built in <year>, could fail" tells
  nothing of that year; beside a past act ("The dam, built in <year>, failed on Monday") the act's date rules.

The parse is spaCy's (dependency labels, Penn tags), as in :mod:`newsbrief.analyze.date_roles`.
"""

from __future__ import annotations

import re

from newsbrief.analyze.date_events import EVENT_NOUNS, date_head, sentence_root
from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

# Verbs that state a level, an amount or a change of one: what a forecast or a target is about.
_LEVEL_VERBS = frozenset(
    "be number reach hit total top exceed surpass overtake double triple treble quadruple halve grow rise fall "
    "drop climb shrink expand swell soar slump cost carry have account cut reduce lower raise increase decrease "
    "employ serve produce generate earn".split()
)
# Words whose infinitive complement is expected or aimed at, not done: "expected to reach", "likely to carry",
# "set to double", "aims to halve". "Due" is left out: "due to open in 2027" is a schedule.
_AHEAD = frozenset(
    "expect project forecast predict estimate set likely unlikely poised aim want hope seek target intend plan "
    "need".split()
)
# Tags and words of an amount or a rank in the complement of "be".
_RANKS = frozenset({"CD", "$", "JJR", "JJS", "RBR", "RBS"})
_AMOUNT_WORDS = frozenset({"twice", "worth", "double", "half", "triple"})
# "so far", "to date" just before or after a date: a count up to now ("so far this year", "this month to date").
_TALLY_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date|as\s+of)\W*(?:in\s+)?$", re.I)
# Units of a span of time a present "marks" ("this year marks a century of independence"): years passed, no event.
_SPAN_UNITS = frozenset("day week month year decade century".split())
_TALLY_AFTER = re.compile(r"^\W*(?:so\s+far|to\s+date)\b", re.I)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ASIDES = frozenset({"acl", "relcl"})
# How far up the chain of complements a word of expectation may stand ("is expected to be able to reach").
_MAX_STEPS = 4


def _children(doc: Document, sentence: Sentence, token: Token) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.head == token.i and t.i != token.i]


def _ahead(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb`` (a base form) is told as ahead: under a modal ("will number", "could be"), or rising
    through complements to a modal or a word of expectation or aim ("expected to reach", "aims to halve", "would
    see the stake fall"). A past or present form ("reached", "reaches") is never ahead."""
    # a future perfect ("will have cut 300 jobs by 2023") is ahead as a base form is
    perfect = verb.tag == "VBN" and any(t.dep == "aux" and t.lemma.lower() == "have" and t.tag == "VB"
                                        for t in _children(doc, sentence, verb))
    if verb.tag != "VB" and not perfect:
        return False
    token = verb
    for _ in range(_MAX_STEPS):
        if any(t.tag == "MD" and t.dep in ("aux", "auxpass") for t in _children(doc, sentence, token)):
            return True
        if token is not verb and token.lemma.lower() in _AHEAD:
            return True
        if token.dep not in ("xcomp", "ccomp") or token.head == token.i:
            return False
        token = doc.tokens[token.head]
    return False


def _rate(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb``'s object is a count per unit of time ("40 flights an hour", "80,000 passengers a day"):
    a rate is a level whatever the verb."""
    for obj in (t for t in _children(doc, sentence, verb) if t.dep == "dobj"):
        below = _children(doc, sentence, obj)
        if any(c.tag == "CD" for c in below) and any(c.dep == "npadvmod" for c in below):
            return True
    return False


def _change_to(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when a change of level "to" a value hangs below ``verb`` ("would see the stake fall to 20%", "will
    let the share rise to a third"), the change read as a noun by the parse, as it often is after "see", "let"."""
    inside = [t for t in doc.sentence_tokens(sentence) if verb.left <= t.i <= verb.right and t.i != verb.i]
    return any(t.pos == "NOUN" and t.lemma.lower() in _LEVEL_VERBS
               and any(c.dep == "prep" and c.text.lower() == "to" for c in _children(doc, sentence, t))
               for t in inside)


def dates_a_projection(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is when a forecast or target level is to be reached ("will number 400 by 2030",
    "expected to reach $5bn by 2030", "projected to hit 10 million in 2040"): the Outlook's, no event."""
    if value.span or value.until is not None:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None or not (verb.lemma.lower() in _LEVEL_VERBS or _rate(doc, sentence, verb)
                            or _change_to(doc, sentence, verb)):
        return False
    if verb.lemma.lower() == "be" and not _states_a_level(doc, sentence, verb):
        return False  # "unlikely to be ready until October": a milestone ahead, not a level
    return _ahead(doc, sentence, verb)


def _states_a_level(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when "be" states an amount or a rank: a number, money, a comparative or superlative, "twice",
    "worth" in its complement ("will be twice its size", "could be worth $2bn", "will be the biggest")."""
    complements = [t for t in _children(doc, sentence, verb) if t.dep not in ("nsubj", "nsubjpass", "aux", "prep",
                                                                              "punct", "auxpass", "cc", "conj")]
    tokens = [t for c in complements for t in doc.sentence_tokens(sentence) if c.left <= t.i <= c.right]
    return any(t.tag in _RANKS or t.text.lower() in _AMOUNT_WORDS for t in tokens)


def tells_a_holding(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date dates a past "have" of a counted object ("In 2012 the firm had 3,000 staff"): how big
    something was, background. A count of events ("had 40 arrests") or no count ("had surgery") is an event."""
    date = date_head(doc, sentence, value)
    root = sentence_root(doc, sentence)
    if date is None or root is None or root.lemma.lower() != "have" or root.tag != "VBD" or value.bound:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.i != root.i:
        return False
    objects = [t for t in _children(doc, sentence, root) if t.dep == "dobj"]
    return any(t.lemma.lower() not in EVENT_NOUNS and any(c.tag == "CD" for c in _children(doc, sentence, t))
               for t in objects)


def _counted(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb``'s subject or object is counted ("40 people have died", "has carried 3 million")."""
    args = [t for t in _children(doc, sentence, verb) if t.dep in ("nsubj", "nsubjpass", "dobj")]
    return any(t.tag == "CD" or any(c.tag == "CD" for c in _children(doc, sentence, t)) for t in args)


def tells_a_tally(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is the current period a count runs up to: "so far this year", "to date", or a present
    perfect with a counted subject or object over "this year" / "this month" ("has carried 3 million passengers
    this year")."""
    if _TALLY_BEFORE.search(sentence.text[: value.start]) or _TALLY_AFTER.match(sentence.text[value.end :]):
        return True
    if not sentence.text[value.start : value.end].lower().startswith("this "):
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is not None and verb.lemma.lower() == "mark" and verb.tag in ("VBZ", "VBP"):
        # "The country this year marks a century of independence": the span passed, not an act of this year
        return any(t.dep == "dobj" and t.lemma.lower() in _SPAN_UNITS for t in _children(doc, sentence, verb))
    if verb is None or verb.tag != "VBN":
        return False
    perfect = any(t.dep == "aux" and t.lemma.lower() == "have" and t.tag in ("VBZ", "VBP")
                  for t in _children(doc, sentence, verb))
    return perfect and _counted(doc, sentence, verb)


def dates_an_aside_on_a_forecast(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date sits in an aside on the subject ("The dam, built in 1962, could fail") whose main verb
    is ahead or in the present: the aside's year is background, the sentence tells no act of that year."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.dep not in _ASIDES or verb.head == verb.i:
        return False
    noun = doc.tokens[verb.head]
    if noun.dep not in _SUBJECTS or noun.head == noun.i:
        return False
    main = doc.tokens[noun.head]
    modal = any(t.tag == "MD" and t.dep == "aux" for t in _children(doc, sentence, main))
    return modal or main.tag in ("VBZ", "VBP")
