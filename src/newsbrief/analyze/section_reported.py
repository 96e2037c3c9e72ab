"""Recommendations and Outlook items that are reported facts (reader Audit 48, docs/audit.md 49.3-49.4; session 30).

* **A rule the article describes.** A report of a company's new policy says "You must stand on the scales when you
  order or you will not be served": the "must" binds the people the rule is for (customers, pupils, members,
  "you"), and the sanction for breaking it ("or you will not be served", "or they will be turned away", "or face a
  fine") shows it is the rule-maker's rule told as a fact, no call of the writer (:func:`described_rule`). A rule
  stated under "Under the new policy, ..." or right after the sentence that has its maker make it ("the chain will
  require every diner to be weighed. Customers must ...") is read the same way. A column's own "We must ..." and
  "Congress should ..." have no bound class for subject and stay; so does a notice whose caller the sentence names
  (a reported call), and a column's call on a bound class after a rule it judges ("The new rules are unfair.
  Drivers should refuse to pay").
* **A belief a party wants others to hold.** "The owners want us to believe that the plant cannot make money" or
  "The minister wants voters to think the crisis is over" tells what a party would have people believe, often the
  view a column takes apart; it urges no act (:func:`wanted_belief`). "The union wants the company to reopen the
  plant" stays a call.
* **A past act on a plan.** "The governor withdrew his support for a plan to expand drilling" is a past act whose
  object is a plan: the plan's future does not make the act a forecast (:func:`past_act_on_plan`). The words that
  look ahead ("plan to", a "would" of a relative clause) all sit inside a noun phrase of a past main verb. An
  announcement ("unveiled a plan to ...") and a reported forecast ("said he would ...") are left to the other rules.
* **A price list.** "To get into the top 10 costs 70,000 yuan a day" tells what an act costs (an infinitive or a
  present-tense clause as the subject of "cost", "take" or "require"): a present fact, not a forecast
  (:func:`price_told`). "Building the stadium will cost the city $1 billion" (a gerund and a future) stays.
* **A claim's frame lost.** Lines set out after "a screenshot displaying the supposed prices:" or "a post lists what
  it claims are the plans:" are the screenshot's or the post's claim; shown alone, they read as the article's own
  forecast or advice, so they are withheld (:func:`framed_claim`). Key points and figures are other sections'.
  Session 32: the frame may end in a full stop when it shows a doubted thing ("a screenshot displaying the supposed
  prices for this service. To get into the top 10 ..."); then the next two sentences of its paragraph are its lines.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_cues import CUES, DEONTIC
from newsbrief.models import Document, Sentence, Token

# The people a rule binds: the clients, members or staff of the body that makes it, or a generic "you".
_BOUND = frozenset("customer client diner shopper passenger traveller traveler visitor guest patron member user "
                   "subscriber student pupil parent employee staff worker driver motorist tenant resident applicant "
                   "player fan spectator rider commuter patient you they anyone everyone everybody".split())
# The rule-maker's sanction: "or you will not be served", "or they will be turned away", "or face a fine".
_SANCTION = re.compile(
    r"\bor\s+(?:else\s+)?(?:[\w']+\s+){0,2}?(?:will|would|could|may|can)\s+(?:not\s+|n't\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:served|allowed|admitted|permitted|let\s+in|sold|refused|turned\s+away|fined|banned|barred|denied|"
    r"removed|ejected|expelled|sent\s+home|charged|penali[sz]ed|suspended|asked\s+to\s+leave|locked\s+out)\b|"
    r"\bor\s+(?:[\w']+\s+){0,2}?(?:face|risk)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:fine|ban|penalty|charge|fee|"
    r"suspension|expulsion)s?\b", re.I)
_UNDER_RULE = re.compile(r"^\W*under\s+(?:the|its|their|a)\s+(?:new\s+|proposed\s+)?(?:policy|rules?|scheme|system|"
                         r"regime|code|terms)\b", re.I)


# The sentence before, in the same paragraph, has the rule-maker make the rule: "the chain will require every diner
# to be weighed", "has introduced a new policy for its drive-thru lanes". A rule judged ("the new rules are unfair")
# is no such report, so a column's "Drivers should refuse to pay" after it stays a call.
_RULE_MADE = re.compile(r"\b(?:requires?|required|requiring)\s+(?:\w+\s+){0,3}?to\b|"
                        r"\b(?:introduc|announc|adopt|unveil|impos|bring|brought|roll)\w*\s+(?:in\s+|out\s+)?"
                        r"(?:a|an|the|its|their)\s+(?:new\s+|strict\s+|tougher\s+)?(?:\w+\s+)?"
                        r"(?:policy|rules?|ban|requirement|code|scheme|regime)\b", re.I)


def _rule_made_before(doc: Document, sentence: Sentence) -> bool:
    if sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    return before.paragraph == sentence.paragraph and _RULE_MADE.search(before.text) is not None \
        and not before.text.rstrip().endswith("?")


def described_rule(doc: Document, sentence: Sentence) -> bool:
    """Whether an obligation word of ``sentence`` binds a class of people to a rule the sentence reports with its
    sanction, under "Under the new policy", or right after the rule-maker made it (see the module docstring)."""
    if not (_SANCTION.search(sentence.text) or _UNDER_RULE.search(sentence.text) or _rule_made_before(doc, sentence)):
        return False
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    for match in DEONTIC.finditer(sentence.text):
        modal = by_start.get(match.start())
        if modal is None:
            continue
        verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
        subject = next((doc.tokens[i] for i in range(verb.left, verb.right + 1)
                        if doc.tokens[i].head == verb.i and doc.tokens[i].dep in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.lemma.lower() in _BOUND or subject.text.lower() in _BOUND):
            return True
    return False


# "want(s) us to believe", "wants voters to think": the only kind of call cue that :func:`wanted_belief` reads.
_WANTED_BELIEF = re.compile(r"\bwants?\s+(?:\w+\s+){1,2}?to\s+(?:believe|think|accept|feel|forget|imagine|assume|"
                            r"trust)\b", re.I)


def wanted_belief(sentence: Sentence) -> bool:
    """Whether every call cue of ``sentence`` is a want of a belief ("wants us to believe ...")."""
    cues = list(CUES["recommendations"].finditer(sentence.text))
    return bool(cues) and all(_WANTED_BELIEF.match(sentence.text, m.start()) for m in cues)


# A past main verb that announces or forecasts keeps its plan in view: "unveiled a plan to ...", "said he would".
_TELLING = frozenset("say tell announce unveil propose predict expect warn promise pledge vow outline present "
                     "publish launch reveal confirm forecast estimate project signal hint suggest assure reassure "
                     "insist claim argue believe think hope fear".split())
_NOMINAL = frozenset({"NOUN", "PROPN"})
_PLANS = frozenset("plan proposal scheme bill project bid idea measure law deal programme program policy effort "
                   "push move initiative amendment motion resolution offer".split())


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def _past_act(doc: Document, root: Token) -> bool:
    if root.tag == "VBD":
        return True
    return root.tag == "VBN" and any(doc.tokens[i].dep == "aux" and doc.tokens[i].head == root.i
                                     and doc.tokens[i].lemma.lower() == "have" for i in range(root.left, root.i))


def _in_noun_phrase(doc: Document, token: Token, root: Token) -> bool:
    """Whether ``token`` is a noun of a plan or sits below one on its way up to ``root`` ("a forecast for next
    year" is no plan: what a party cut or raised of its forecast is left to the other rules); a clause with a
    "that" or "whether" of its own on the way is a content clause the parse may have hung on a noun ("assured
    residents that the water would be safe"), no part of a noun phrase."""
    for _ in range(12):
        if token.i == root.i:
            return False
        if token.pos in _NOMINAL and token.lemma.lower() in _PLANS:
            return True
        if any(doc.tokens[i].dep == "mark" and doc.tokens[i].head == token.i for i in range(token.left, token.i)):
            return False
        token = doc.tokens[token.head]
    return False


def past_act_on_plan(doc: Document, sentence: Sentence) -> bool:
    """Whether every word of ``sentence`` that looks ahead sits inside a noun phrase of a past main verb that is
    no telling (see the module docstring)."""
    root = _root(doc, sentence)
    if root is None or not _past_act(doc, root) or root.lemma.lower() in _TELLING:
        return False
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    cues = [by_start.get(m.start()) for m in CUES["outlook"].finditer(sentence.text)]
    return bool(cues) and all(c is not None and _in_noun_phrase(doc, c, root) for c in cues)


_PRICE_VERBS = frozenset("cost take require need set".split())


def price_told(doc: Document, sentence: Sentence) -> bool:
    """Whether the main verb of ``sentence`` tells what an act costs: "cost", "take" or "require" with a clause for
    subject that is an infinitive ("To get into the top 10 costs ...") or in the present tense."""
    root = _root(doc, sentence)
    if root is None or root.lemma.lower() not in _PRICE_VERBS:
        return False
    kids = [doc.tokens[i] for i in range(root.left, root.right + 1) if doc.tokens[i].head == root.i]
    clause = next((k for k in kids if k.dep == "csubj"), None)
    if clause is None:
        return False
    infinitive = any(doc.tokens[i].tag == "TO" and doc.tokens[i].head == clause.i for i in range(clause.left, clause.i))
    return infinitive or root.tag in ("VBZ", "VBP")


# What frames the lines after a colon as someone's claim: "the supposed prices:", "what it claims are the plans:".
# Words of doubt only: a plain "X claims that ... He said:" introduces a quotation, which the voice stage gives to
# its speaker.
_CLAIM_FRAME = re.compile(r"\b(?:supposed(?:ly)?|purported(?:ly)?|alleged(?:ly)?|rumou?red|so-called|unverified|"
                          r"unconfirmed|what\s+(?:it|they|he|she|the\s+\w+)\s+claims?\s+(?:is|are|was|were))\b", re.I)
# How far the lines a frame sets out run: the rest of its paragraph and the next, at most this many sentences.
_FRAMED_RUN = 4


# A frame that sets out the claim without a colon (session 32; Audit 48 #10's page had "... is a screenshot displaying
# the supposed prices for this service. To get into the top 10 free apps costs ..."): a verb of showing whose object
# is a doubted thing. The lines it sets out run on in its own paragraph only, at most _SHOWN_RUN sentences.
_SHOWN_FRAME = re.compile(r"\b(?:display|show|list|set|detail|outline|reveal|spell)\w*\s+(?:out\s+)?"
                          r"(?:the|its|their|his|her|what\s+(?:are|is)\s+(?:the\s+)?)\s*(?:\w+\s+)?"
                          r"(?:supposed|purported|alleged|rumou?red|unverified|unconfirmed|claimed)\b", re.I)
_SHOWN_RUN = 2


def framed_claim(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` lies in the lines a claim frame sets out: after a frame ending in a colon in its
    paragraph, or in the paragraph right after it, within a few sentences of it; or right after a sentence of the
    same paragraph that shows a doubted thing ("a screenshot displaying the supposed prices.")."""
    for distance, before in enumerate(reversed(doc.sentences[max(0, sentence.index - _FRAMED_RUN) : sentence.index])):
        if before.paragraph < sentence.paragraph - 1:
            return False
        if before.text.rstrip().endswith(":"):
            return _CLAIM_FRAME.search(before.text) is not None
        if before.paragraph == sentence.paragraph and distance < _SHOWN_RUN and _SHOWN_FRAME.search(before.text):
            return True
    return False
