"""Sentences with words of the future that forecast nothing (reader Audit 43, docs/audit.md 44.2 and 44.4 item 6).

Outlook was the worst section of Audit 43 (35 % wrong). An Outlook item must be a forecast, a plan, a scheduled
event or a stated expectation about what is still to come, told in the sentence's main clause. The audit found
shapes that carry "will", "would" or "may" and are none of these:

* **A chronology sidebar's lines.** "4 May: Council says the bridge will reopen" is a dated entry of a timeline
  box run into the text: its "will" was a forecast on that past date, not the article's outlook. A sentence that
  opens on a day-and-month label, holds one inside it, or follows a sentence that ends on one is such a line.
* **A tribute's sentiment.** "She will be sorely missed", "he will never be forgotten": a feeling, no event.
* **A verdict on what is fitting.** "It would be inappropriate to comment": a refusal to speak, no forecast.
* **A general claim whose subject is an action.** "Skipping breakfast may raise blood pressure" explains what
  tends to happen to anyone; no party of the story is to do anything.
* **A forecast the article reports as condemned.** A speaker's "the toll would be similar" followed by "His
  remarks were condemned as callous" is the condemned side's claim: shown as outlook it reads as the article's.
* **The news itself.** "They are expecting their first child" reports a state, not a forecast.
* **A past belief.** "They thought it would take months": a "would" under a past verb of thinking tells what
  someone believed then; "said it would" and "expected it would" report forecasts and stay, as does any sentence
  with a time to come.
* **An explanation.** "Without that layer, the spiders would suffocate, the lead author explained": a
  hypothetical "would" told with a verb of explaining says why things are as they are, not what will happen.
  "Without a deal, jobs would be lost, the union warned" (a warning) stays.
* **A photo caption run into the text.** "... the pit Zoo officials plan to press charges (above, a file photo of
  the zoo)": a long run with a picture's position in brackets is a caption glued to a sentence, not one forecast.
* **A forecast only inside a feeling.** "He is glad the forward will be playing for his side": the main clause
  is a sentiment; the future is its background.
* **A modal only inside a concession.** "No matter how many times the Internet may claim him to be dead, he just
  keeps on living" (Audit 51 #11, FNC-1 body 2341): a "no matter ...", "whatever ...", "however hard ..." clause
  grants every case, so its "may" forecasts nothing, and the main clause tells a present habit. "While the spill
  will reduce its taxes, the news comes on top of the millions lost" (Audit 51, T17 bpoil_guardian): a "while",
  "although" or "though" clause grants a point the main clause goes past; without a time to come in the sentence
  it is no forecast either. A main clause with its own modal ("No matter what the court decides, the firm will
  appeal") keeps the sentence, and so does a trailing "..., though the condemnation could be counter-productive"
  (a counterpoint added, not a point granted; T17 SyrianCrisis_bbc, checked on 45 T17 and FNC-1 articles).

When one of these is read, the sentence is withheld from Outlook (precision over recall).
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.date_calendar import MONTH_PATTERN
from newsbrief.analyze.point_irony import ironic
from newsbrief.analyze.section_bygone import bygone
from newsbrief.analyze.section_outlook import BACKSHIFTED, FUTURE_WORDS
from newsbrief.models import Document, Sentence, Token

_MONTH = MONTH_PATTERN  # capitalised names and abbreviations, as date_calendar reads them
# a timeline's line label: "4 August:", "August 4:", "4 August 2010 -", "Aug. 4, 2010:"
_DATE_LABEL = rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\s*(?::|\s[-–—]\s)"
_OPENS_ON_LABEL = re.compile(rf"^\W*{_DATE_LABEL}")
_ENDS_ON_LABEL = re.compile(rf"{_DATE_LABEL}\s*$")
_LABEL_INSIDE = re.compile(rf"(?<=[a-z0-9.!?'\"”’)])\s+{_DATE_LABEL}\s+[A-Z]")

_SENTIMENT = re.compile(
    r"\b(?:will|would|'ll)\s+(?:always\s+|never\s+|not\s+|forever\s+)?be\s+(?:\w+ly\s+|greatly\s+|much\s+|"
    r"truly\s+|dearly\s+)?(?:missed|forgotten|remembered fondly|mourned|cherished)\b|"
    r"\b(?:will|would|'ll)\s+(?:always|forever)\s+(?:be\s+)?(?:remember|miss|love|cherish)\w*\b|"
    r"\b(?:will|would|'ll)\s+never\s+(?:be\s+)?forget\w*\b|\bwill\s+live\s+on\s+in\b", re.I)
# "it would be inappropriate to comment": a verdict on speaking, not on what will happen
_FITTING = re.compile(
    r"\bit\s+(?:would|will|could|might|may)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?(?:inappropriate|premature|wrong|unfair|"
    r"irresponsible|improper|unhelpful|unwise|wise|right|appropriate|proper|fair)\s+(?:for\s+\w+(?:\s+\w+)?\s+)?"
    r"to\s+(?:comment|speculate|discuss|say|elaborate|respond|disclose|confirm|reveal|talk|go\s+into|name|"
    r"identify|prejudge|pre-empt|preempt)\b", re.I)
_EXPECTING = re.compile(r"\bexpecting\s+(?:a|an|their|her|his|our|my|its)\s+(?:\w+\s+)?(?:baby|child|son|daughter|"
                        r"twins|triplets|grandchild)\b", re.I)
_HEDGES = frozenset({"may", "might", "could", "can", "would"})
_CONDEMNED = re.compile(
    r"\b(?:remarks?|comments?|claims?|words|statements?|predictions?|forecasts?|assertions?|views?)\b[^.;]{0,40}?"
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+|widely\s+)?(?:condemned|denounced|"
    r"criticised|criticized|slammed|derided|ridiculed|branded|decried|dismissed)\b|"
    r"\b(?:condemn|denounc|slamm|criticis|criticiz|derid|ridicul|decr)\w*\s+(?:his|her|their|the\s+\w+'s|the)\s+"
    r"(?:\w+\s+)?(?:remarks?|comments?|claims?|words|statements?|predictions?|forecasts?|assertions?)\b|"
    r"\b(?:condemn|denounc|slamm|criticis|criticiz)\w*\s+(?:him|her|them)\s+for\s+(?:saying|claiming|suggesting|"
    r"predicting|declaring)\b", re.I)
_CONDEMN_REACH = 2  # the condemnation follows the claim at once in a report
_THINKING = frozenset("think assume imagine figure reckon suppose believe".split())
_CAPTION = re.compile(r"\((?:left|right|centre|center|pictured|above|below|top|bottom|inset|file(?: photo)?|"
                      r"(?:second|third|far) (?:left|right)|front|back|main picture|main)\b[^)]{0,80}\)", re.I)
_CAPTION_RUN = 35  # words: a sentence of the article's own is rarely so long with a picture's position in it
_FEELINGS = frozenset("glad pleased happy delighted thrilled proud sad sorry excited honoured honored relieved "
                      "grateful thankful disappointed".split())


def chronology_line(doc: Document, sentence: Sentence) -> bool:
    """A dated line of a timeline box run into the text (see the module docstring)."""
    if _OPENS_ON_LABEL.search(sentence.text) or _LABEL_INSIDE.search(sentence.text):
        return True
    return sentence.index > 0 and bool(_ENDS_ON_LABEL.search(doc.sentences[sentence.index - 1].text))


def _action_subject(doc: Document, modal: Token) -> bool:
    """A hedged modal whose subject is a gerund with no determiner ("Skipping breakfast may ...")."""
    verb = doc.tokens[modal.head]
    subject = next((k for k in doc.children(verb) if k.dep in ("csubj", "nsubj", "nsubjpass")), None)
    if modal.text.lower() not in _HEDGES or subject is None \
            or any(k.dep in ("det", "poss") for k in doc.children(subject)):
        return False
    # the tagger reads "Skipping breakfast" either way: a gerund subject, or a noun with a gerund modifier first
    first = doc.tokens[subject.left]
    return subject.tag == "VBG" or (first.tag == "VBG" and first.dep == "amod" and first.head == subject.i)


def _in_feeling(doc: Document, modal: Token) -> bool:
    """A modal whose clause is what a feeling adjective of the main clause is about ("glad the team will ...")."""
    token = doc.tokens[modal.head]
    for _ in range(3):
        if token.head == token.i:
            return False
        head = doc.tokens[token.head]
        if token.dep == "ccomp" and head.text.lower() in _FEELINGS:
            return True
        token = head
    return False


# Words that open a clause granting every case ("whatever the critics may say"); "however" only before an
# adjective or adverb ("however hard"), never the connective "However, ...".
_UNIVERSAL = frozenset("whatever whichever whoever wherever whenever however".split())
_GRANTING = frozenset("although though while whereas".split())


def _concession(doc: Document, modal: Token) -> str | None:
    """"universal" for a modal in a clause that grants every case ("no matter how ... may", "whatever ... may"),
    "granted" for one in a "while"/"although" clause, None otherwise; the clause is never the sentence's main one."""
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    if verb.head == verb.i or verb.dep == "conj":
        return None
    first = doc.tokens[verb.left]
    # "No matter" is parsed inside the clause or just before it, as the sentence around it falls
    edge = " ".join(t.text.lower() for t in doc.tokens[max(verb.left - 2, 0) : verb.left + 2])
    if "no matter" in edge or first.text.lower() in _UNIVERSAL - {"however"} or (
            first.text.lower() == "however" and verb.left + 1 < len(doc.tokens)
            and doc.tokens[verb.left + 1].pos in ("ADJ", "ADV")):
        return "universal"
    if verb.i < verb.head and any(k.dep == "mark" and k.text.lower() in _GRANTING for k in doc.children(verb)):
        return "granted"  # only a clause put first grants; a trailing "..., though X could be" adds a counterpoint
    return None


def _past_belief(doc: Document, modal: Token) -> bool:
    """A backshifted modal in what a past verb of thinking reports ("they thought it would take longer")."""
    verb = doc.tokens[modal.head]
    if modal.text.lower() not in BACKSHIFTED or verb.dep != "ccomp" or verb.head == verb.i:
        return False
    head = doc.tokens[verb.head]
    return head.tag == "VBD" and head.lemma.lower() in _THINKING


def _explained(doc: Document, sentence: Sentence, modals: list[Token]) -> bool:
    """Hypothetical modals only, in a sentence whose main verb is one of explaining (see the module docstring)."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    return bool(modals) and root is not None and root.lemma.lower() == "explain" \
        and all(m.text.lower() in BACKSHIFTED for m in modals)


def _caption_run(sentence: Sentence) -> bool:
    """A long sentence with a picture's position in brackets (see the module docstring)."""
    return len(sentence.text.split()) > _CAPTION_RUN and bool(_CAPTION.search(sentence.text))


def _condemned(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """An attributed forecast whose words the article says were condemned, in it or just after it."""
    if ctx.voice_of(sentence.index).voice == "reporter":
        return False
    after = doc.sentences[sentence.index : sentence.index + 1 + _CONDEMN_REACH]
    return any(_CONDEMNED.search(s.text) for s in after)


def forecasts_nothing(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence``'s words of the future forecast nothing (see the module docstring)."""
    text = sentence.text
    if chronology_line(doc, sentence) or _caption_run(sentence) or _EXPECTING.search(text) \
            or _condemned(doc, ctx, sentence) or bygone(doc, ctx, sentence):  # section_bygone: Audit 44
        return True
    if ctx.genre == "opinion" and ironic(sentence):
        return True  # a column's mock excuse ("After all, X didn't know it was going to ...", Audit 45 #5)
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    if modals and all(_in_feeling(doc, m) for m in modals):
        return True
    conceded = [_concession(doc, m) for m in modals]
    if modals and all(c == "universal" for c in conceded):
        return True  # "No matter how many times X may claim ..., he keeps on living" (Audit 51 #11)
    if FUTURE_WORDS.search(text):
        return False  # "will be remembered at a service next week": a time to come keeps it
    if modals and all(conceded):
        return True  # "While the spill will reduce its taxes, the news comes on top of ..." (Audit 51)
    if _SENTIMENT.search(text) or _FITTING.search(text) or _explained(doc, sentence, modals) \
            or (modals and all(_past_belief(doc, m) for m in modals)):
        return True
    return bool(modals) and all(_action_subject(doc, m) for m in modals)
