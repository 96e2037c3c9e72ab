"""Outlook items that tell a past fact or a description (reader Audit 38, docs/audit.md 39.4 item 2; session 23).

Audit 38 found four past facts filed as the outlook, all in first-person pieces and a correspondent's analysis, and a
hedge shown without its reason. Five general shapes are read here; each keeps a sentence that names a time to come.

* **A character sketch.** "The general is famous for his odd habits and schemes such as his plan to move the
  capital": "is famous / known / notorious for" describes someone; a plan named in the list is a trait, not an
  event to come (:func:`sketch`). "The minister is known for her plan to cut taxes next year" (a time) stays.
* **A past expectation told in a relative clause.** "He was bitter that his country never got the payoff it
  expected": the "expected" qualifies a noun of a past complaint; with no modal and no time to come, nothing is
  forecast. "Investors said profits would beat what they expected" keeps its "would".
* **A hope the same sentence reports dashed.** "The villagers hope the boats will come back ..., but when the morning
  comes the boats do not come back": the writer tells the outcome; the hope is history. The verb of the forecast told
  again with a negation outside any modal, in the same sentence, is the sign (:func:`dashed`). "Farmers hope the army
  will reopen the road" (no outcome told) stays.
* **The writer weighing evidence.** "More conclusive, perhaps, may be an interview given by X on 27 May": an
  inverted copula whose front is a comparative of judgment ("more telling", "less convincing") and whose modal is a
  hedge on the weight of the evidence, not a forecast.
* **A hedge cut before its reason.** "If there is disease it may not be Ebola since:": the reasons follow as a list
  the brief does not show; a hedge ("may", "might", "could") alone says nothing a reader can use. A forecast with
  "will" stands without its reason ("Whatever happens, the group will be pressed to act since:" stays).
* **A forecast told inside a clause of past time** (Audit 49 #11). "The ministry hasn't commented since Thursday,
  when an official told reporters the plan was 'likely to fail'": the main clause is a present state or a past
  event; the forward word lies in a "when / since / after" clause that dates it, so the forecast is the quoted
  speaker's, told as history. A main clause that itself forecasts or reports ("Officials said that when the dam
  opens it will ...") stays (:func:`dated_forecast`).
* **A measure told with "would take"** (Audit 49 #10). "The pie contains 250 calories, and it would take 69 minutes
  to walk that off": "it would take <an amount> to <do>" puts a present fact in other units, what doing something
  costs anyone at any time, not an event to come. A sentence that names a time to come or a speaker ("It would
  take years to rebuild, officials said") stays (:func:`measured_would`).
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_present import time_to_come
from newsbrief.models import Document, Sentence, Token

_SKETCH = re.compile(r"\b(?:is|was|are|were|has (?:long )?been|became|remains)\s+"
                     r"(?:\w+ly\s+|best\s+|perhaps\s+best\s+)?"
                     r"(?:famous|famed|known|notorious|renowned|remembered|celebrated|infamous)\s+for\b", re.I)
# A forward word other than a verb of expecting in a relative clause: then the sentence may still forecast.
_OTHER_AHEAD = re.compile(r"\b(?:will|would|could|might|may|shall|likely|unlikely|set to|aims? to|due to|"
                          r"prospects?|forecast|outlook|future|poised|intends? to|scheduled)\b", re.I)
_EXPECTING = frozenset({"expected", "anticipated", "predicted", "hoped", "envisaged", "foresaw"})
_WEIGHED = re.compile(r"^\W*(?:(?:but|and|yet)\s+)?(?:(?:even|still|far|much|perhaps)\s+)?(?:more|less|most|least)\s+"
                      r"[a-z]+(?:\s+still)?\s*,?\s*(?:(?:perhaps|though|however|arguably|still|then)\s*,\s*)?"
                      r"(?:may|might|could|would)\s+be\b", re.I)
_CUT_REASON = re.compile(r"\b(?:since|because|as|for|given that|due to|although|though|while|that|as follows)\s*:\s*$",
                         re.I)
_FORECASTING = frozenset({"will", "'ll", "would", "'d"})
_HEDGES = frozenset({"may", "might", "could"})


def sketch(doc: Document, sentence: Sentence) -> bool:
    """A description ("is famous for ...") with no modal and no time to come (see the module docstring)."""
    return bool(_SKETCH.search(sentence.text)) and not time_to_come(sentence.text) \
        and not any(t.tag == "MD" for t in doc.sentence_tokens(sentence))


def _past_expectation(doc: Document, sentence: Sentence) -> bool:
    """A verb of expecting in the past, inside a relative clause, with no other forward word (see above)."""
    text = sentence.text
    if _OTHER_AHEAD.search(text) or time_to_come(text):
        return False
    cues = [t for t in doc.sentence_tokens(sentence) if t.text.lower() in _EXPECTING]
    return bool(cues) and all(t.tag in ("VBD", "VBN") and t.dep == "relcl" for t in cues)


def dashed(doc: Document, sentence: Sentence) -> bool:
    """A "will / would" whose verb the same sentence tells later with a negation outside any modal (see above)."""
    tokens = doc.sentence_tokens(sentence)
    for modal in tokens:
        if modal.tag != "MD" or modal.text.lower() not in _FORECASTING:
            continue
        verb = doc.tokens[modal.head]
        for later in tokens:
            if later.i <= verb.i or later.lemma.lower() != verb.lemma.lower() or later.pos not in ("VERB", "AUX"):
                continue
            kids = doc.children(later)
            if any(k.dep == "neg" for k in kids) and not any(k.tag == "MD" for k in kids):
                return True
    return False


def _cut_hedge(doc: Document, sentence: Sentence) -> bool:
    """A hedge whose only modals are "may / might / could", cut before its reason (see above)."""
    if not _CUT_REASON.search(sentence.text.rstrip()):
        return False
    modals = [t.text.lower() for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(m in _HEDGES for m in modals)


# The clause of past time that holds a report: "since Thursday, when an official told reporters ...", "after the
# minister said ...". Read by position, not by the tree: the parser often hangs a quoted forecast on the main verb
# (Audit 49 #11: '... told reporters ... "they are likely to be killed."' parsed as a conjunct of "weighed in").
_TIME_MARKS = frozenset("when while after before since once".split())
_TELLING = frozenset("say tell add note state claim announce write report confirm explain warn predict".split())


def dated_forecast(doc: Document, sentence: Sentence) -> bool:
    """A main clause with no modal of its own, dated by a clause of past time whose past report holds every forward
    word of the sentence (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag not in ("VBD", "VBN", "VBZ", "VBP") or any(
            k.tag == "MD" or k.text.lower() in ("going", "set", "due") for k in doc.children(root)):
        return False
    reports = [doc.tokens[t.head] for t in tokens if t.text.lower() in _TIME_MARKS and t.i > root.i
               and t.dep in ("advmod", "mark") and t.head > t.i]  # a "when" that opens its clause
    # a report with its content after it: a parenthetical "(That's when Mubarak,) X said, (may realize ...)" only
    # credits the main clause's forecast to its speaker (T17, EgyptianProtest_cnn)
    verb = next((v for v in reports if v.tag == "VBD" and v.lemma.lower() in _TELLING and any(
        k.dep in ("ccomp", "xcomp", "dobj") and k.i > v.i for k in doc.children(v))), None)
    if verb is None:
        return False
    ahead = [t for t in tokens if t.tag == "MD" or _OTHER_AHEAD.fullmatch(t.text)]
    return bool(ahead) and all(t.i > verb.i for t in ahead)


# An amount with no number ("a full hour of walking", "a lifetime"): a unit of time, distance, effort or money.
_UNITS = frozenset("second minute hour day week month year decade century lifetime mile kilometre kilometer step "
                   "lap dollar pound euro fortune".split())


def measured_would(doc: Document, sentence: Sentence) -> bool:
    """Every modal a "would take <amount> to <do>" of an expletive "it", in a sentence whose main clause tells a
    present state or the measure itself, with no speaker and no time to come (see the module docstring)."""
    if time_to_come(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    modals = [t for t in tokens if t.tag == "MD"]
    if root is None or not modals or root.lemma.lower() in _TELLING or root.tag not in ("VBZ", "VBP", "VB"):
        return False
    return all(_measure(doc, m) for m in modals)


def _measure(doc: Document, modal: Token) -> bool:
    """Whether ``modal`` is the "would" of "it would take <an amount> to <do>"."""
    verb = doc.tokens[modal.head]
    if modal.text.lower() not in ("would", "'d") or verb.lemma.lower() != "take":
        return False
    kids = doc.children(verb)
    expletive = any(k.dep == "nsubj" and k.text.lower() == "it" for k in kids)
    amount = next((k for k in kids if k.dep in ("dobj", "npadvmod") and (k.lemma.lower() in _UNITS or any(
        c.tag == "CD" or c.dep == "nummod" for c in doc.children(k)))), None)
    if not expletive or amount is None:
        return False
    # the deed measured: an infinitive hung on the verb or (as the parser often reads it) on the amount
    return any(c.dep in ("relcl", "xcomp", "advcl", "acl") and any(a.text.lower() == "to" for a in doc.children(c))
               for c in (*kids, *doc.children(amount)))


def past_fact(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` tells a description, a past expectation, a dashed hope, the writer's weighing of
    evidence or a hedge cut before its reason (see the module docstring): it holds no outlook."""
    text = sentence.text
    return _cut_hedge(doc, sentence) or bool(_WEIGHED.search(text)) or sketch(doc, sentence) \
        or _past_expectation(doc, sentence) or dashed(doc, sentence) or dated_forecast(doc, sentence) \
        or measured_would(doc, sentence)
