"""Outlook items that are the news itself, a past expectation, glued lines or a prohibition (reader Audit 40, 41.4
item 3: 5 of 18 Outlook items wrong, none a forecast).

* **An existing plan acted on.** "Delegates formally supported a UN plan to end the fighting": the only outlook
  word is the noun "plan" (or "aim") with its infinitive, the object of a past verb of acting on it (supported,
  endorsed, approved, signed); the act of supporting is the day's news, not a forecast (:func:`acted_on_plan`). "The
  council plans to vote next month" (the verb) and "unveiled a plan to cut fares" (a new plan) stay.
* **An act announced and described as done.** "Mubarak announced that he would be turning over his powers to
  Suleiman, an action that makes Suleiman the de facto president": the writer names the announced act "an action
  that makes" (a present or past verb), so the "would" reports what the announcement did; "announced he would
  resign next month, a move that will leave ..." keeps its future (:func:`done_act`). Held back in sessions 26-27,
  when the sentence left Outlook for Who says what under the wrong speaker; applied in session 28, when the
  attribution stage gives it to the speaker the sentence names (", an aide said").
* **A past expectation of a quality.** "The campaign was expected to be quick and precise": a past passive
  "expected to be" + an adjective, with no word of time to come, tells what was expected then (the article goes on
  to say it was not so), not what will be (:func:`past_expected_quality`). "The vote was expected to take place next
  week" names an event and its time, and stays.
* **Lines glued without full stops.** A page's highlights or related links run together ("... U.S. drone action
  Bittersweet victory for Misrata rebels Fighting still raging in Misrata Drones are likely to ...") make one
  "sentence" of several lines; a capitalised common word straight after a lower-case word, twice, marks the seams
  (:func:`glued_lines`). No forecast or call is read out of such a run.
* **The writer's own wish** (Audit 41 #7, session 27). "I would be interested to learn more about his work" is a
  polite wish of the first person, a "would" of liking or feeling ("would like", "would love", "would be
  interested / glad / happy to"), not a forecast of any event. "I would expect prices to rise" (a verb of
  expecting) and a third party's "the minister would like the bill passed next year" are left alone
  (:func:`own_wish`).
* **A present prohibition under a concession.** "Even if air attacks could buy NATO time ..., Resolution 1970 does
  not permit arming the rebels": every modal is inside an "if" clause, and the main clause states a present rule
  with no modal and no time to come: an obstacle, not a forecast (:func:`present_rule_under_if`).
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_outlook import FUTURE_WORDS
from newsbrief.models import Document, Sentence, Token

_PLAN_NOUNS = frozenset({"plan", "plans", "aim", "aims", "bid", "proposal", "initiative", "roadmap"})
_OUTLOOK_WORDS = re.compile(r"\b(?:will|would|could|might|may|shall|expects?|expected|likely|unlikely|forecasts?|"
                            r"predicts?|predicted|future|prospects?|outlook|poised|set to|due to|intends?)\b", re.I)
_DONE_ACT = re.compile(r",\s+(?:an?|the)\s+(?:\w+\s+)?(?:action|move|step|decision|act|gesture|transfer|handover)\s+"
                       r"(?:that|which)\s+(?:\w+ly\s+)?(?:makes|made|gives|gave|leaves|left|puts|put|means|meant|"
                       r"turns|turned|hands|handed|effectively)\b", re.I)
_EXPECTED_QUALITY = re.compile(r"\b(?:was|were|had been)\s+(?:\w+ly\s+)?expected\s+to\s+be\s+(?:\w+ly\s+)?"
                               r"(?:a\s+|an\s+)?\w+", re.I)
# words of time to come without FUTURE_WORDS' years: a law's number ("Resolution 1970") is no date
_TIME_TO_COME = re.compile(r"\b(?:next|later|tomorrow|coming|soon|future|upcoming|this (?:week|month|year))\b", re.I)
_SEAMS = 2  # two seams make a run of three lines (Audit 40 #4: highlights, 3-4 seams; related links, 3)


def acted_on_plan(doc: Document, sentence: Sentence) -> bool:
    """True when the only outlook word is a noun "plan"/"aim" governed by a past verb (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag == "MD" for t in tokens) or FUTURE_WORDS.search(sentence.text) \
            or _OUTLOOK_WORDS.search(sentence.text):
        return False
    plans = [t for t in tokens if t.text.lower() in _PLAN_NOUNS and t.tag in ("NN", "NNS")]
    if not plans:
        return False
    return all(_governed_by_past(doc, t) for t in plans)


# Verbs of acting on a plan that exists: a plan "unveiled", "announced" or "drew up" is new, and what it sets out
# still looks ahead.
_ACTING_ON = frozenset("support back endorse approve adopt accept welcome reject discuss implement sign ratify "
                       "debate praise criticise criticize embrace uphold reaffirm".split())


def _governed_by_past(doc: Document, noun: Token) -> bool:
    token = noun
    for _ in range(4):
        head = doc.tokens[token.head]
        if head.pos in ("VERB", "AUX"):
            return head.tag == "VBD" and head.lemma.lower() in _ACTING_ON
        if head.i == token.i:
            return False
        token = head
    return False


def done_act(sentence: Sentence) -> bool:
    """True when the announced act is named as done by an appositive "an action that makes ..." (see above)."""
    return bool(_DONE_ACT.search(sentence.text)) and not FUTURE_WORDS.search(sentence.text)


def past_expected_quality(sentence: Sentence) -> bool:
    """True for "was expected to be quick" with no word of time to come (see the module docstring)."""
    match = _EXPECTED_QUALITY.search(sentence.text)
    if match is None or FUTURE_WORDS.search(sentence.text):
        return False
    rest = sentence.text[match.end():]
    return not re.search(r"\b(?:will|would|could|might|may)\b", rest, re.I)


def _seam(doc: Document, token: Token, start: int) -> bool:
    if token.i <= start or not token.text[:1].isupper() or not token.text[1:].islower() or len(token.text) < 3:
        return False
    # entity types are little help (the tagger reads a run of lines as names: "Bittersweet" as an ORG), but a
    # people's adjective is prose ("his European counterparts", "the Libyan campaign", Audit 40 #3)
    if token.tag in ("NNP", "NNPS") or token.ent_type == "NORP":
        return False
    before = doc.tokens[token.i - 1]
    # a line ends on a word of content, not on "the", "his", "of" or "and"
    return before.text.isalpha() and before.text.islower() and before.tag not in _OPENERS


_OPENERS = frozenset({"DT", "PDT", "PRP$", "IN", "CC", "TO", "POS", "WDT", "WP$"})


def glued_lines(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` holds two or more seams of lines run together (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens:
        return False
    start = tokens[0].i
    return sum(_seam(doc, t, start) for t in tokens) >= _SEAMS or _byline_run(sentence.text)


# A byline glued to the highlights that follow it: "By Jon Pask, Special to the Herald Council has decided ...".
_BYLINE_RUN = re.compile(r"^\W*By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s+(?:Special|Contributor|For)\b"
                         r"[^\n]{0,60}?\s[A-Z][\w.]*\s+(?:has|have|is|are|was|were|says|said)\b")


def _byline_run(text: str) -> bool:
    return bool(_BYLINE_RUN.search(text))


def present_rule_under_if(doc: Document, sentence: Sentence) -> bool:
    """True when every modal is inside an "if" clause and the main clause states the present (see above)."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.head == t.i), None)
    modals = [t for t in tokens if t.tag == "MD"]
    if root is None or not modals or _TIME_TO_COME.search(sentence.text):
        return False
    conditions = [k for k in doc.children(root) if k.dep == "advcl" and any(
        m.dep == "mark" and m.text.lower() in ("if", "unless") for m in doc.children(k))]
    inside = {i for c in conditions for i in range(c.left, c.right + 1)}
    if not conditions or any(m.i not in inside for m in modals):
        return False
    main_aux = [k for k in doc.children(root) if k.dep in ("aux", "auxpass")]
    present = root.tag in ("VBZ", "VBP") or any(a.tag in ("VBZ", "VBP") for a in main_aux)
    return present and not any(a.lemma.lower() == "go" for a in main_aux)


def not_a_forecast(doc: Document, sentence: Sentence) -> bool:
    """The outlook's check of this module: an existing plan acted on, a past expectation, glued lines, a present rule
    under an "if", the writer's own wish or an act described as done (see the module docstring)."""
    return acted_on_plan(doc, sentence) or past_expected_quality(sentence) or done_act(sentence) \
        or glued_lines(doc, sentence) or present_rule_under_if(doc, sentence) or own_wish(doc, sentence)


_WISHING = frozenset({"like", "love", "welcome", "prefer", "appreciate"})
_FEELING = frozenset("interested happy glad delighted grateful pleased keen curious thrilled honoured honored".split())
_FIRST = frozenset({"i", "we"})


def own_wish(doc: Document, sentence: Sentence) -> bool:
    """True when every "would" of ``sentence`` is the first person's wish or feeling, "I would be interested to
    learn more", "We'd love to hear from you" (see the module docstring), and no other modal looks ahead."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(_wish(doc, m) for m in modals)


def _wish(doc: Document, modal: Token) -> bool:
    if modal.text.lower() not in ("would", "'d"):
        return False
    verb = doc.tokens[modal.head]
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text.lower() not in _FIRST:
        return False
    if verb.lemma.lower() in _WISHING:
        return True
    return verb.lemma.lower() == "be" and any(k.dep == "acomp" and k.text.lower() in _FEELING
                                             for k in doc.children(verb))
