"""Outlook and Recommendations items that look ahead or advise by their words but are told as the past or as the
writer's present inference (round 2 of session 21: reader Audit 34's first-person diaries and snark, and the lead's
XSum and Newsroom readings).

* **A past step told with its purpose.** A diary's "I decided to try to ring her to find out if she could help":
  the "could" sits in an "if"/"whether" clause of a verb of finding out, under a past main verb; it tells what the
  writer did then, not what anyone expects. A dated question ("asked whether the plant would close next year") is
  left alone.
* **A hedge of the writer's present inference.** "So there would seem to be a parallel", "I would argue that ...":
  a "would" of seeming or saying softens a claim about now; with no other word of the future it forecasts nothing.
* **A comparison with a past expectation.** "Watching the tapes was 'much more exhausting than I expected'", "as
  predicted": the expectation is history, the sentence reports how things went.
* **Advice told as the writer's past.** "My friends advised me against it, but I went ahead anyway": a call made to
  the writer ("me", "us") in the past is the story of the writer's choice, not advice the article gives.
* **A "should" that predicts an amount.** "The company should earn $1.35 a share", "sales should rise to $2bn": an
  earnings or market measure that "should" reach a figure is an analyst's expectation, not a call to act ("the
  minimum wage should rise to $15" has no market measure as its subject and stays a call).
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_cues import CUES
from newsbrief.models import Document, Sentence, Token

_FINDING_OUT = frozenset("see find check ask know learn discover wonder establish determine test".split())
_BACK_MODALS = frozenset({"could", "would", "might", "'d"})
_PAST_CHAIN = frozenset({"xcomp", "advcl", "ccomp", "conj"})
_TIMES = frozenset({"DATE", "TIME"})


def _governs_past(doc: Document, verb: Token) -> bool:
    """Whether the chain of clauses above ``verb`` (purpose, complement) reaches a past main verb."""
    for _ in range(8):
        if verb.head == verb.i:
            return verb.tag == "VBD"
        if verb.dep not in _PAST_CHAIN:
            return False
        verb = doc.tokens[verb.head]
    return False


def _step_modal(doc: Document, modal: Token) -> bool:
    """A "could"/"would" in an "if"/"whether" clause of a verb of finding out, under a past main verb."""
    if modal.text.lower() not in _BACK_MODALS or modal.dep != "aux":
        return False
    verb = doc.tokens[modal.head]
    if not any(k.dep == "mark" and k.text.lower() in ("if", "whether") for k in doc.children(verb)):
        return False
    finder = doc.tokens[verb.head]
    return verb.dep == "ccomp" and finder.lemma.lower() in _FINDING_OUT and finder.tag != "VBD" \
        and _governs_past(doc, finder)


def narrated_step(doc: Document, sentence: Sentence) -> bool:
    """True when every modal of ``sentence`` is a past step's purpose (see the module docstring), with no time."""
    tokens = doc.sentence_tokens(sentence)
    modals = [t for t in tokens if t.tag == "MD"]
    return bool(modals) and not any(t.ent_type in _TIMES for t in tokens) and all(_step_modal(doc, m)
                                                                                 for m in modals)


_HEDGE_VERBS = frozenset("seem appear say argue think guess imagine suggest venture".split())
_SPEAKING_HEDGES = frozenset("say argue think guess imagine suggest venture".split())


def _hedge(doc: Document, modal: Token) -> bool:
    """A "would" of seeming ("there would seem to be") or of the speaker's saying ("I would argue")."""
    if modal.text.lower() not in ("would", "'d"):
        return False
    verb = doc.tokens[modal.head]
    if verb.lemma.lower() not in _HEDGE_VERBS:
        return False
    if verb.lemma.lower() in _SPEAKING_HEDGES:  # only the speaker's or one's own: "I would say", "one would think"
        return any(k.dep == "nsubj" and k.text.lower() in ("i", "we", "one") for k in doc.children(verb))
    return True


def hedged_inference(doc: Document, sentence: Sentence) -> bool:
    """True when every modal of ``sentence`` hedges a present claim and no other word of the future is left."""
    tokens = doc.sentence_tokens(sentence)
    modals = [t for t in tokens if t.tag == "MD"]
    if not modals or not all(_hedge(doc, m) for m in modals):
        return False
    text = sentence.text
    for modal in modals:  # blank the hedging "would" and see whether any outlook cue remains
        start = modal.start - sentence.start
        text = text[:start] + " " * len(modal.text) + text[start + len(modal.text):]
    return not CUES["outlook"].search(text)


# "than I expected", "than we had anticipated", "than many predicted", "as expected", "as (had been) forecast"
_PAST_EXPECTATION = re.compile(
    r"\bthan\s+(?:\w+\s+){0,2}?(?:had\s+|originally\s+|initially\s+|first\s+)?"
    r"(?:expected|anticipated|predicted|forecast|imagined|hoped|feared|planned)\b|"
    r"\b(?:as|than)\s+(?:had\s+been\s+|was\s+|were\s+)?(?:widely\s+)?(?:expected|anticipated|predicted|forecast)\b",
    re.I)


def past_comparison(sentence: Sentence) -> bool:
    """True when the sentence's only word of the future is a comparison with a past expectation."""
    if not _PAST_EXPECTATION.search(sentence.text):
        return False
    return not CUES["outlook"].search(_PAST_EXPECTATION.sub(lambda m: " " * len(m.group(0)), sentence.text))


def told_as_past_or_present(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is a past step, a hedged present inference or a past comparison (see above)."""
    return narrated_step(doc, sentence) or hedged_inference(doc, sentence) or past_comparison(sentence)


_ADVISING = frozenset("advise warn urge tell beg encourage persuade implore counsel caution".split())
_WRITER = frozenset({"me", "us"})


def advice_to_writer(doc: Document, sentence: Sentence) -> bool:
    """True when a call of ``sentence`` was made to the writer in the past ("My friends advised me against it")."""
    return any(t.lemma.lower() in _ADVISING and t.tag == "VBD" and any(
        k.dep in ("dobj", "dative") and k.text.lower() in _WRITER for k in doc.children(t))
        for t in doc.sentence_tokens(sentence))


_EARNING = frozenset("earn post report generate make".split())
_MOVING = frozenset("rise fall grow increase decline climb reach top exceed hit drop total rebound improve "
                    "slow ease recover".split())
_MEASURES = frozenset("earnings sale sales revenue revenues profit profits income output growth economy share shares "
                      "stock stocks price prices demand inflation rate rates unemployment margin margins yield yields "
                      "index market markets dividend gdp".split())
_AMOUNTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def predicts_amount(doc: Document, modal: Token) -> bool:
    """True when the "should" at ``modal`` predicts an amount a measure or a firm will reach (see above)."""
    if modal.text.lower() != "should" or modal.dep != "aux":
        return False
    verb = doc.tokens[modal.head]
    lemma = verb.lemma.lower()
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    amount = any(doc.tokens[i].ent_type in _AMOUNTS for i in range(verb.i + 1, verb.right + 1))
    if lemma in _EARNING:
        return amount
    return lemma in _MOVING and subject is not None and subject.lemma.lower() in _MEASURES
