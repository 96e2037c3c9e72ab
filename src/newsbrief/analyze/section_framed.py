"""Outlook and Recommendations: one side's framed view, past terms, a dangling "this", described calls and a
timeline's dated lines (reader Audit 42, docs/audit.md 43.4 pattern 4).

- A view told by an agentless "is seen as" ("Syria is seen as the next regime to fall") is held by whoever the
  sentence before named ("In the West there has been a jubilant tone"); cut from that frame it reads as the
  article's own forecast. Without a holder in the sentence it is not the outlook (an empty section beats a wrong
  one). "widely seen as" names its holder (most people) and stays.
- A party's terms told in the past ("then this too was unacceptable to the Russians, as was anything that might
  decide the outcome") describe a stance then; the "might" sits in a clause of a past main verb.
- "Svanberg told the president he would keep those people in mind": a promise of attention made then, under a
  past saying verb; it names no event to come that the reader could watch for. "said it would consider the offer"
  (a decision to come) and any promise with a time to come stay.
- "He is not likely to accept this": a "this" the item cannot show leaves the reader nothing.
- "Although several leaders have called for X, the resolution did not call for this": the calls are a concessive
  aside to a description of what a document did not do; a negated call is no call.
- "Neighbouring king urges X to go; bloc tightens sanctions" after "14 May:": a dated line of a timeline box.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_outlook import FUTURE_WORDS
from newsbrief.models import Document, Sentence, Token

_PERCEIVED = frozenset("see view regard consider perceive".split())
# adverbs that name a wide holder ("widely seen as"), so the view is no one side's
_WIDE = frozenset("widely generally broadly increasingly universally".split())
_SAYING = frozenset("say tell add note argue insist believe think expect predict warn claim".split())
_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})
_CALLS = frozenset("call urge demand press ask recommend".split())
# "14 May:", "May 14:", "14 November:" heading a line of a timeline box
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED = re.compile(rf"\b(?:\d{{1,2}} (?:{_MONTHS})|(?:{_MONTHS}) \d{{1,2}})\s*:")
_TERMINAL = re.compile(r"[.!?][\"”’')\]]*\s*$|[\"”’]\s*$")


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def framed_view(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is an agentless "is seen/viewed/regarded as" with no saying verb and no
    wide holder ("widely"): one side's view whose frame is in another sentence (see the module docstring)."""
    root = _root(doc, sentence)
    if root is None or root.lemma.lower() not in _PERCEIVED or root.tag != "VBN":
        return False
    kids = doc.children(root)
    if not any(k.dep == "auxpass" for k in kids) or not any(k.text.lower() == "as" for k in kids):
        return False
    if any(k.dep == "agent" or k.text.lower() in _WIDE for k in kids):
        return False
    return not any(t.lemma.lower() in _SAYING and t.pos == "VERB" for t in doc.sentence_tokens(sentence))


def _under(doc: Document, token: Token, head: Token) -> bool:
    """Whether ``token`` lies in the subtree of ``head``."""
    seen = 0
    while token.dep != "ROOT" and seen < 40:
        if token.head == head.i:
            return True
        token = doc.tokens[token.head]
        seen += 1
    return False


def past_terms(doc: Document, sentence: Sentence) -> bool:
    """True when the main verb is a past copula judging a thing ("was unacceptable to Moscow") and every modal sits
    in a clause below it, with no word of time to come: a stance told then, not a forecast."""
    root = _root(doc, sentence)
    if root is None or root.tag != "VBD" or root.lemma.lower() != "be" or FUTURE_WORDS.search(sentence.text):
        return False
    if not any(k.dep == "acomp" for k in doc.children(root)):
        return False
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    # a modal of the main clause or of a joined main clause ("was ..., and would ...") keeps it a forecast
    return bool(modals) and all(doc.tokens[m.head].i != root.i and doc.tokens[m.head].dep not in ("conj", "ROOT")
                                and _under(doc, m, root) for m in modals)


# promises of attention: "keep/bear ... in mind", "remember", "think of"
_MINDING = frozenset({"keep", "bear"})


def _minds(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is one of keeping in mind, remembering or thinking of."""
    lemma = verb.lemma.lower()
    if lemma in _MINDING:
        return any(k.text.lower() == "in" and any(g.text.lower() == "mind" for g in doc.children(k))
                   for k in doc.children(verb))
    return lemma == "remember" or (lemma == "think" and any(k.text.lower() in ("of", "about")
                                                             for k in doc.children(verb)))


def attention_promise(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is a past saying verb whose reported "would" is a promise of attention
    ("told the president he would keep those people in mind"), with no word of time to come."""
    root = _root(doc, sentence)
    if root is None or root.tag != "VBD" or FUTURE_WORDS.search(sentence.text):
        return False
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(m.text.lower() == "would" and doc.tokens[m.head].head == root.i
                                and doc.tokens[m.head].dep == "ccomp" and _minds(doc, doc.tokens[m.head])
                                for m in modals)


def dangling_this(doc: Document, sentence: Sentence) -> bool:
    """True when a short sentence's object is a bare "this" or "that" ("He is not likely to accept this."): the
    thing it means is in a sentence the item cannot show."""
    tokens = doc.sentence_tokens(sentence)
    if len([t for t in tokens if t.text.isalpha()]) > 9:
        return False
    return any(t.text.lower() in ("this", "that") and t.dep in ("dobj", "pobj") for t in tokens)


def described_call(doc: Document, sentence: Sentence) -> bool:
    """True when the main verb is negated ("the resolution did not call for this", "did not mention them") and
    every call word sits in a concessive clause or is that negated verb: a description of calls, not one."""
    root = _root(doc, sentence)
    if root is None or not any(k.dep == "neg" for k in doc.children(root)):
        return False
    if any(t.tag == "MD" for t in doc.sentence_tokens(sentence)):
        return False  # "should not", "must not": advice in the negative
    concessive = [k for k in doc.children(root) if k.dep == "advcl"
                  and any(m.dep == "mark" and m.text.lower() in _CONCESSIVE for m in doc.children(k))]
    for token in doc.sentence_tokens(sentence):
        if token.lemma.lower() in _CALLS and token.pos == "VERB" and token.i != root.i \
                and not any(token.i == c.i or _under(doc, token, c) for c in concessive):
            return False
    return True


def timeline_line(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence has no closing stop and its paragraph is a run of dated lines ("9 April: ... 14 May:
    ..."): a line of a timeline box, a headline, no one's call."""
    if _TERMINAL.search(sentence.text):
        return False
    paragraph = " ".join(s.text for s in doc.sentences if s.paragraph == sentence.paragraph)
    return len(_DATED.findall(paragraph)) >= 2
