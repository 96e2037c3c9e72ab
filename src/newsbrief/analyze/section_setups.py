"""Forecasts and calls an essay sets up to knock down, or tells as the past (reader Audit 36, docs/audit.md 37;
session 22 round 2).

Audit 36's first-person essay quoted its targets to mock them, and the Outlook and Recommendations took the
targets' words as the piece's own. Four general shapes:

* **A set-up the writer knocks down.** "One might well imagine that a catastrophe of this size would teach the
  firms humility. There are, however, no signs that this is the case.": a supposition of a generic "one" or
  "you" ("one might expect", "you would think") answered by a "however", "but", "yet", "in fact" or "no sign"
  in the same sentence or the next. Not the outlook (:func:`knocked_down_setup`). A plain "one might expect
  prices to rise" with no answer stays.
* **A negated past belief.** "It did not think oil could travel 77km", "no one imagined the levee would fail":
  the modal sits under a past verb of belief that is denied; it tells what a party failed to foresee then, a
  hindsight judgement, not a forecast (:func:`negated_past_belief`). A belief with a time to come stays.
* **A plan in an account of a past deed.** A court report's "He said he was planning to make a false report so
  that officers would come, prosecutors said" (the lead's XSum 116 reading): a past-progressive plan ("was
  planning to", "was going to", "intended to") told through two reporters or before a court, with no time to
  come, is the story of the crime, not the outlook (:func:`past_plan`). "The chairman said he was planning to
  meet the directors next week" keeps its time to come.
* **Emphasis and condemned calls.** "There is, it must be stressed, something twisted about ...": a "must" (or
  "should") of a passive verb of saying with "it" as its subject is the writer's emphasis, no call
  (:func:`emphatic_must`). "By far the most sociopathic reaction comes from X: we should pause in wonder ...":
  a call the sentence itself brands with a word of condemnation before its colon is the target the writer
  condemns, not the piece's recommendation (:func:`condemned_call`); "The most sensible response came from the
  union: ..." stays.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_present import time_to_come
from newsbrief.models import Document, Sentence, Token

_SETUP = re.compile(r"\b(?:one|you)\s+(?:might|would|could|may)\s+"
                    r"(?:well\s+|easily\s+|reasonably\s+|be forgiven for\s+)?"
                    r"(?:imagine|imagining|think|thinking|expect|expecting|suppose|assume|assuming|believe|hope)\b|"
                    r"\byou'd (?:think|expect|imagine)\b", re.I)
# The writer's answer to a set-up: in the same sentence after it, or in the next sentence.
_ANSWER = re.compile(r"\b(?:however|but|yet|alas|in fact|instead|not so|no (?:sign|signs|evidence|indication)|"
                     r"not the case|far from it)\b", re.I)


def knocked_down_setup(doc: Document, sentence: Sentence) -> bool:
    """True for a generic "one might imagine that ... would" the writer answers at once (see the module docstring)."""
    found = _SETUP.search(sentence.text)
    if found is None:
        return False
    if _ANSWER.search(sentence.text[found.end():]):
        return True
    following = sentence.index + 1
    return following < len(doc.sentences) and bool(_ANSWER.search(doc.sentences[following].text))


_BELIEF = frozenset("think believe imagine expect assume dream suspect anticipate foresee predict".split())
_FORWARD = frozenset({"would", "could", "might", "will", "can"})
_NO_ONE = frozenset({"nobody", "noone"})


def _denied(doc: Document, verb: Token) -> bool:
    kids = list(doc.children(verb))
    if any(k.dep == "neg" or k.text.lower() == "never" for k in kids):
        return True
    return any(k.dep == "nsubj" and (k.text.lower() in _NO_ONE or (k.text.lower() == "one" and k.i > 0
                                     and doc.tokens[k.i - 1].text.lower() == "no")) for k in kids)


def _past_verb(doc: Document, verb: Token) -> bool:
    return verb.tag in ("VBD", "VBN") or any(k.dep == "aux" and k.lemma.lower() in ("do", "have") and k.tag == "VBD"
                                             for k in doc.children(verb))


def negated_past_belief(doc: Document, sentence: Sentence) -> bool:
    """True when every forward modal of ``sentence`` sits under a denied past belief (see the module docstring)."""
    if time_to_come(sentence.text):
        return False
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD" and t.text.lower() in _FORWARD]
    if not modals:
        return False
    for modal in modals:
        verb = doc.tokens[modal.head]
        belief = doc.tokens[verb.head]
        if verb.dep != "ccomp" or belief.lemma.lower() not in _BELIEF or not _past_verb(doc, belief) \
                or not _denied(doc, belief):
            return False
    return True


_PAST_PLAN = re.compile(r"\b(?:was|were) (?:planning|going|intending|preparing|about) to\b|"
                        r"\b(?:intended|had planned) to\b", re.I)
_REPORTED = re.compile(r"\b(?:said|told|heard|admitted|claimed|alleged)\b", re.I)
_COURT = re.compile(r"\b(?:prosecutors?|court|jury|jurors|trial|judge|the prosecution)\b", re.I)


def past_plan(sentence: Sentence) -> bool:
    """True for a past-progressive plan told through two reporters or before a court, with no time to come
    (see the module docstring)."""
    text = sentence.text
    if not _PAST_PLAN.search(text) or time_to_come(text):
        return False
    return len(_REPORTED.findall(text)) >= 2 or bool(_COURT.search(text))


# A sentence that is only a subordinate clause ("While the spokesman insisted that microbes would eat the oil,
# because ...", Audit 36 #6): its main clause is missing, so its "would" is a half of a contrast, no forecast.
_SUBORDINATING = frozenset({"while", "although", "though", "whereas"})


def clause_alone(doc: Document, sentence: Sentence) -> bool:
    """True when the root of ``sentence`` opens with a subordinating "while", "although" or "whereas"."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    return root is not None and any(k.dep == "mark" and k.text.lower() in _SUBORDINATING and k.i < root.i
                                    for k in doc.children(root))


def setup_or_past(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence``'s words look ahead but it is a knocked-down set-up, a denied past belief, a plan in
    an account of a past deed (see the module docstring) or a subordinate clause alone (see above)."""
    return knocked_down_setup(doc, sentence) or negated_past_belief(doc, sentence) or past_plan(sentence) \
        or clause_alone(doc, sentence)


_EMPHASIS = frozenset("stress say note emphasise emphasize remember admit concede add acknowledge recognise "
                      "recognize repeat point".split())


def emphatic_must(doc: Document, modal: Token) -> bool:
    """True for "it must be stressed", "it should be said": the writer's emphasis, no call (see the module
    docstring)."""
    if modal.text.lower() not in ("must", "should"):
        return False
    verb = doc.tokens[modal.head]
    if verb.lemma.lower() not in _EMPHASIS or verb.tag != "VBN":
        return False
    return any(k.dep in ("nsubjpass", "nsubj") and k.text.lower() == "it" for k in doc.children(verb))


# Words that brand a reaction or a proposal before the colon that gives it ("the most sociopathic reaction",
# "the most absurd suggestion"); kept to words of condemnation, so that "the most sensible response" stays.
_CONDEMNING = (r"absurd|ridiculous|ludicrous|laughable|grotesque|obscene|sociopathic|psychopathic|callous|twisted|"
               r"perverse|cynical|insane|crazy|idiotic|stupid|foolish|silly|outrageous|offensive|shameful|disgraceful|"
               r"appalling|disgusting|repugnant|chilling|deranged|delusional|bizarre|tone-deaf|worst|dumbest|"
               r"craziest|silliest|stupidest")
_BRANDED = re.compile(rf"\b(?:{_CONDEMNING})\s+(?:[\w-]+\s+)?(?:reactions?|responses?|suggestions?|ideas?|proposals?|"
                      r"advice|solutions?|takes?|prescriptions?|remed(?:y|ies)|arguments?|comments?|answers?|"
                      r"contributions?)\b", re.I)
_CALL = re.compile(r"\b(?:should|must|ought to|needs? to|have to)\b", re.I)


def condemned_call(sentence: Sentence) -> bool:
    """True when the part of ``sentence`` before its colon (or dash) brands a reaction or a proposal with a word of
    condemnation and the call comes after it (see the module docstring)."""
    text = sentence.text
    cut = min((i for i in (text.find(":"), text.find(" — "), text.find(" -- ")) if i > 0), default=-1)
    return cut > 0 and bool(_BRANDED.search(text[:cut])) and bool(_CALL.search(text[cut:]))
