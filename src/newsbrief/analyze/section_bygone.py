"""Outlook items that tell what is over (reader Audit 44, docs/audit.md 45.4 item 5; round 2 of session 28).

Audit 44 found past narration, past promises and verdicts on what was done filed as Outlook. Each shape below is
read with no word of a time to come in the sentence; a sentence that names one ("by March", "next year") keeps its
place. When a shape is read, the sentence is withheld from Outlook (precision over recall).

* **A setting, not a plan.** "My accent was set to full aristocrat", "the thermostat was set to 20 degrees": "set
  to" before a noun or a number is the verb "set", not "set to" + a verb of a plan ("is set to close").
* **A writer's memory.** A first-person column's "Canada was a friendly place where shopkeepers would chat to you",
  "From that day on, my accent was set to ...": in the writer's own voice, told in the past, with only the modals of
  a past habit or hypothesis ("would", "could", "might"), in a run of first-person narration (an "I" or "my" in the
  sentence or the one before). What the writer did or found then is not what anyone expects now.
* **A past promise a party reports.** "The petition says members were assured that those who fasted will be
  cured": every modal sits in what a past promise, assurance or telling reports, told in the passive ("were
  assured", "had been promised") or the past perfect ("had promised them"). It is a claim about a past inducement,
  at most that party's claim, not the article's outlook. "The minister told reporters the camp will close by
  March" (an active telling, with a time) stays.
* **A verdict on what was done.** "The money could be better spent", "the budget might be better used": a
  comparison with a better use judges what was spent, it forecasts nothing.
* **A past act with a past expectation.** "Police stations were closed on Saturday as crowds were expected to
  march", "Banks were shut for fear that looters would attack them": the main clause tells a done act in the past
  and the only look ahead is the expectation of that moment, in a clause of reason or time hung on the act. A
  forecast in a relative clause ("the road, which would stay shut until ...") is left alone.
* **A memory with a purpose or a habit.** "I'd worked two jobs so I could afford college", "we would save every
  penny": read by :mod:`section_memories`, in the writer's voice or a speaker's.
* **A guess about a past time.** "The first cases could date from last summer": a "could"/"may"/"might" whose
  clause names a past time ("last summer", "yesterday", "two weeks ago") infers what happened then.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.section_cues import CUES
from newsbrief.analyze.section_memories import remembered
from newsbrief.analyze.section_outlook import BACKSHIFTED
from newsbrief.analyze.section_present import time_to_come
from newsbrief.models import Document, Sentence, Token

_OUTLOOK_CUE = CUES["outlook"]  # one copy with classify (section_cues)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
_QUOTED = re.compile(r"[\"“”]")
# Verbs whose reported content is a promise or an assurance given to someone.
_PROMISING = frozenset("assure reassure promise guarantee pledge vow swear tell convince persuade".split())
_VERDICT = re.compile(r"\b(?:could|might|would)\s+(?:\w+ly\s+)?(?:have\s+)?(?:be|been)\s+(?:much\s+|far\s+|a\s+lot\s+)?"
                      r"better\s+(?:spent|used|invested|targeted|handled|managed|run|done|served|directed|deployed|"
                      r"allocated)\b|\bput\s+to\s+better\s+use\b", re.I)
# Verbs whose past tense reports a forecast or a plan, not an act: their complements stay the outlook's.
_REPORTING = frozenset("say tell announce report add note confirm state write warn predict forecast expect plan "
                       "promise pledge vow decide agree hope believe think fear".split())
_SUBORDINATE = frozenset({"advcl", "acl"})
_PATH = frozenset({"aux", "auxpass", "xcomp", "advcl", "acl", "prep", "pobj", "pcomp"})
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PAST_TIME = re.compile(r"\b(?:last (?:summer|winter|spring|autumn|fall|year|month|week|weekend|night|" + _DAYS + r")|"
                        r"yesterday|earlier this (?:year|month|week)|(?:\w+ )?(?:days|weeks|months|years) ago)\b", re.I)
_GUESSES = frozenset({"could", "may", "might"})


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def _past(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is told in the simple past: a past form, or a passive or copula with a past auxiliary."""
    return verb.tag == "VBD" or (verb.tag == "VBN" and any(
        k.dep in ("aux", "auxpass") and k.tag == "VBD" for k in doc.children(verb)))


def only_setting(doc: Document, sentence: Sentence) -> bool:
    """Every cue of the outlook is a "set to" before a noun or a number (see the module docstring)."""
    cues = list(_OUTLOOK_CUE.finditer(sentence.text))
    if not cues:
        return False
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    for cue in cues:
        token = by_start.get(cue.start())
        if cue.group(0).lower() != "set to" or token is None or token.i + 2 >= len(doc.tokens):
            return False
        if doc.tokens[token.i + 2].tag == "VB":
            return False  # "is set to close": a plan
    return True


def _memory(doc: Document, ctx: Context, sentence: Sentence, modals: list[Token]) -> bool:
    """A first-person column's past narration with only modals of a past habit (see the module docstring)."""
    if ctx.voice_of(sentence.index).voice != "reporter" or _QUOTED.search(sentence.text):
        return False
    if not all(m.text.lower() in BACKSHIFTED for m in modals):
        return False
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    narrated = before is not None and ctx.voice_of(before.index).voice == "reporter" \
        and not _QUOTED.search(before.text) and bool(_FIRST_PERSON.search(before.text))
    if not (_FIRST_PERSON.search(sentence.text) or narrated):
        return False  # an "I" inside a quotation before is a speaker's, not the writer's
    finite = next((t for t in doc.sentence_tokens(sentence) if t.tag in ("VBD", "VBZ", "VBP", "MD")), None)
    return finite is not None and finite.tag == "VBD"


def _promised_then(doc: Document, modal: Token) -> bool:
    """Whether ``modal`` sits in what a passive or past-perfect promise reports (see the module docstring)."""
    token = doc.tokens[modal.head]
    for _ in range(6):
        if token.head == token.i:
            return False
        head = doc.tokens[token.head]
        if token.dep == "ccomp" and head.lemma.lower() in _PROMISING:
            kids = doc.children(head)
            passive = any(k.dep == "auxpass" for k in kids) and any(
                k.dep in ("aux", "auxpass") and k.tag == "VBD" for k in kids)
            perfect = any(k.dep == "aux" and k.text.lower() == "had" for k in kids)
            return passive or perfect
        token = head
    return False


def _expected_then(doc: Document, cue: Token, root: Token) -> bool:
    """Whether the outlook cue ``cue`` is a past expectation in a clause of reason or time hung on ``root``, which
    names no time to come (the main clause's own "on Saturday" is the act's day)."""
    token, clause = cue, None
    for _ in range(8):
        if token.i == root.i:
            return clause is not None and not time_to_come(
                " ".join(doc.tokens[i].text for i in range(clause.left, clause.right + 1)))
        if token.dep not in _PATH:
            return False
        if token.dep in _SUBORDINATE:
            if token.tag not in ("VBD", "VBN", "VB") or (token.tag == "VB" and not any(
                    k.tag == "MD" and k.text.lower() in BACKSHIFTED for k in doc.children(token))):
                return False  # "as crowds are expected to": a present expectation
            clause = token
        token = doc.tokens[token.head]
    return False


def _past_act(doc: Document, sentence: Sentence) -> bool:
    """A done act in the past whose only look ahead is that moment's expectation (see the module docstring)."""
    root = _root(doc, sentence)
    if root is None or not _past(doc, root) or root.lemma.lower() in _REPORTING:
        return False
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    cues = [by_start.get(m.start()) for m in _OUTLOOK_CUE.finditer(sentence.text)]
    return bool(cues) and all(c is not None and _expected_then(doc, c, root) for c in cues)


def _guess_about_past(doc: Document, modal: Token) -> bool:
    """A "could"/"may"/"might" whose clause names a past time (see the module docstring)."""
    if modal.text.lower() not in _GUESSES:
        return False
    verb = doc.tokens[modal.head]
    clause = " ".join(doc.tokens[i].text for i in range(verb.left, verb.right + 1))
    return bool(_PAST_TIME.search(clause))


def bygone(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence`` tells what is over although its words look ahead (see the module docstring)."""
    text = sentence.text
    if _past_act(doc, sentence):
        return True
    if time_to_come(text):
        return False
    if only_setting(doc, sentence) or _VERDICT.search(text):
        return True
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    if modals and (all(_promised_then(doc, m) for m in modals) or all(_guess_about_past(doc, m) for m in modals)):
        return True
    return remembered(doc, sentence, modals) or _memory(doc, ctx, sentence, modals)
