"""Outlook and Recommendations items that are history or someone else's view (reader Audit 29, docs/audit.md 30.3
and 30.4 pattern 2; session 18 round 2).

* **A plan the text reports as dropped or overtaken.** A stage-by-stage explainer says "The next step will be to
  lower a smaller cap over the leak." and then "Engineers have since opted for a suction pipe instead.": the plan
  is history the page has overtaken, not an outlook (:func:`overtaken_plan`). So is a plan whose own sentence tells
  it failed ("planned to place a dome ..., but ice formed inside it and the attempt was abandoned"). A plan the text
  leaves standing ("A relief well is expected to reach the leak in August") stays.
* **A plan quoted from a dated past post.** "In a Facebook post in November, she wrote that she plans to return in
  the spring" tells what someone wrote months before the story, not what lies ahead now (:func:`past_post`). A
  post of this week ("on Monday") is left to the other rules.
* **A plan under a negated saying.** A fact-check's thesis "Nobody ever said she will open a cafe in Leeds" reports
  that no one said it: the plan is denied, not forecast (:func:`negated_saying`).
* **A second-person joke in a column.** "It tells you the weather in a voice so smooth that you will enthral your
  first date with it": in a piece that is not a news report, a writer's "you will" addressed to the reader tells a
  joke or a hypothetical, not an event (:func:`second_person_joke`). A news report's "Drivers will face delays" and
  a quoted "you will" stay.
* **A wish.** "I wish doctors would find a cure" wants what is not so (:func:`wished`).
* **A call the writers reject.** "Some argue that the United States must choose between its security and its
  ideals. That is a false choice." quotes the view the op-ed rebuts: the "must" is not the writers' call
  (:func:`rejected_view`). "The United States should align itself firmly with the protesters" stays.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.models import Document, Sentence, Token

# What reports a plan dropped or overtaken: "have since opted for ... instead", "was abandoned", "was scrapped".
# Tuned on the Audit 29 explainer's wording (the top hat, the dome) and the cases of
# tests/analyze/test_sections_session18b.py.
_DROPPED = re.compile(
    r"\b(?:ha(?:ve|s|d)\s+since\s+(?:opted|switched|turned|moved|decided|chosen|settled)\b|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:abandoned|dropped|scrapped|shelved|called\s+off|"
    r"cancell?ed|put\s+on\s+hold|ditched)\b)", re.I)
# The same report inside the plan's own sentence, after a "but": "..., but ice formed and the attempt was abandoned".
# The "but" is found by its own word boundary: a ",?\s+but" prefix rescanned a long run of whitespace from every
# position (36 s at 50,000 characters; session 18 review). Only whether it matches is used.
_BUT_FAILED = re.compile(
    r"\bbut\s+[^;]{0,120}?\b(?:(?:was|were|had\s+been)\s+(?:abandoned|dropped|scrapped|shelved|called\s+off|"
    r"cancell?ed)|failed|collapsed|fell\s+through)\b", re.I)
# The plan the sentence states: a modal of the future or a word of planning, which must come before the failure.
_PLANNED = re.compile(
    r"\b(?:will|would|shall|plann?(?:ed|s)?\s+to|intend(?:ed|s)?\s+to|aim(?:ed|s)?\s+to|expect(?:ed|s)?|"
    r"(?:was|were|is|are)\s+(?:to|due\s+to|set\s+to|scheduled\s+to)|next\s+step)\b", re.I)
# A different plan reported dropped before ("An earlier plan for a road bridge was abandoned in 2019") leaves the
# plan that stands in place (session 18 review).
_OTHER_PLAN = re.compile(r"\b(?:earlier|previous|former|original|old|first|last|rival|similar)\s+(?:\w+\s+){0,2}?"
                         r"(?:plan|proposal|scheme|project|idea|bid|design|attempt|version)s?\b", re.I)
_FUTURE_MODALS = frozenset({"will", "'ll", "shall", "would", "could", "may", "might"})


def _has_future_modal(doc: Document, sentence: Sentence) -> bool:
    return any(t.tag == "MD" and t.text.lower() in _FUTURE_MODALS for t in doc.sentence_tokens(sentence))


def overtaken_plan(doc: Document, sentence: Sentence) -> bool:
    """True when the plan ``sentence`` states (a future modal or a word of planning) is reported as failed in a "but"
    clause after it, or as dropped or overtaken by one of the next two sentences of its paragraph or the next, which
    itself forecasts nothing."""
    planned = _PLANNED.search(sentence.text)
    if planned is None:
        return False  # "the act stripped them of their claim, but it failed to clarify ...": no plan (Newsroom 40)
    failed = _BUT_FAILED.search(sentence.text, planned.end())
    if failed is not None:
        return True
    for later in doc.sentences[sentence.index + 1 : sentence.index + 3]:
        if later.paragraph > sentence.paragraph + 1:
            break
        if _DROPPED.search(later.text) and not _has_future_modal(doc, later) and not _OTHER_PLAN.search(later.text):
            return True
    return False


# "In a Facebook post in November", "in a letter last year", "posted on Instagram in 2014": a post, letter or
# message dated to a month or a year before the story. A weekday ("on Monday") is the story's own week and left to
# the other rules.
_POST = re.compile(r"\b(?:post|posting|tweet|message|letter|e-?mail|blog|video|statement)s?\b", re.I)
_PAST_DATE = re.compile(
    r"\b(?:in|on|last|early|late)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|year|month|summer|winter|spring|autumn|fall|(?:19|20)\d\d)\b")
_WRITING = frozenset("write post tweet say tell announce declare".split())


def past_post(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence reports, with a past verb of writing or saying, what a dated post, letter or message
    said (see the module docstring)."""
    post = _POST.search(sentence.text)
    if post is None or not _PAST_DATE.search(sentence.text):
        return False
    return any(t.tag == "VBD" and t.lemma.lower() in _WRITING and any(k.dep == "ccomp" for k in doc.children(t))
               for t in doc.sentence_tokens(sentence))


_NOBODY = frozenset({"nobody", "no-one"})
_SAYING = frozenset("say claim suggest announce state tell report write suggest".split())


def _negated_sayer(doc: Document, verb: Token) -> bool:
    """A verb of saying whose subject is "nobody"/"no one" or that carries "never"."""
    if verb.lemma.lower() not in _SAYING:
        return False
    for kid in doc.children(verb):
        word = kid.text.lower()
        if kid.dep == "neg" and word == "never":
            return True
        if kid.dep == "nsubj" and (word in _NOBODY or (word == "one" and kid.i > 0
                                                          and doc.tokens[kid.i - 1].text.lower() == "no")):
            return True
    return False


def negated_saying(doc: Document, sentence: Sentence) -> bool:
    """True when every modal or plan word of the sentence sits in what a negated verb of saying reports ("Nobody
    ever said she will open ...", "no one claimed she plans to move")."""
    anchors = [t for t in doc.sentence_tokens(sentence)
               if t.tag == "MD" or (t.lemma.lower() in ("plan", "intend", "expect") and t.pos == "VERB")]
    if not anchors:
        return False
    for anchor in anchors:
        node, found = anchor, False
        for _ in range(8):
            if node.head == node.i:
                break
            parent = doc.tokens[node.head]
            if node.dep == "ccomp" and _negated_sayer(doc, parent):
                found = True
                break
            node = parent
        if not found:
            return False
    return True


def wished(doc: Document, sentence: Sentence) -> bool:
    """True when every modal is a "would" in what a verb of wishing reports ("I wish doctors would find a cure",
    a reader's comment on the lead's 120-row check, Newsroom row 57): a wish contrary to fact, not a forecast.
    "She hopes the talks will succeed" is left alone (a hope looks ahead)."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(m.text.lower() in ("would", "'d") and doc.tokens[m.head].dep == "ccomp"
                                and doc.tokens[doc.tokens[m.head].head].lemma.lower() == "wish" for m in modals)


_NEWS_GENRES = frozenset({"news", "live"})
_QUOTES = re.compile(r"[\"“”]|``|''")


def second_person_joke(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when, outside a news report, every modal of the writer's unquoted sentence has "you" for its subject
    (see the module docstring)."""
    if ctx.genre in _NEWS_GENRES or ctx.voice_of(sentence.index).voice != "reporter" \
            or _QUOTES.search(sentence.text):
        return False
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(any(k.dep in ("nsubj", "nsubjpass") and k.text.lower() == "you"
                                    for k in doc.children(doc.tokens[m.head])) for m in modals)


# The next sentence rejects the view: "That is a false choice", "This is wrong", "Nonsense.", "Not so."
_REJECTION = re.compile(
    r"^\W*(?:But\s+)?(?:(?:that|this|it|such\s+a\s+view|that\s+view|this\s+argument|that\s+argument)\s+(?:is|was)\s+"
    r"(?:simply\s+|plainly\s+|just\s+)?(?:an?\s+)?(?:false|wrong|mistaken|misguided|nonsense|a\s+myth|myth|"
    r"fallacy|illusion|misreading|mistake)|not\s+so\b|nonsense\b|wrong\b)", re.I)
# The view framed as others' argument: "Some argue that", "Critics say", "There are those who believe".
_OTHERS_VIEW = re.compile(
    r"^\W*(?:(?:some|many|others|critics|skeptics|sceptics|opponents|pundits)\s+(?:\w+\s+)?"
    r"(?:argue|say|claim|insist|contend|believe|maintain)|there\s+are\s+those\s+who)\b", re.I)

# "Some argue that X must ..., but that is wrong": the rebuttal in the view's own sentence.
_TAIL_REJECTION = re.compile(
    r"\bbut\s+(?:that|this|they\s+are|they're)\s+(?:is\s+)?(?:an?\s+)?(?:false|wrong|mistaken|misguided|"
    r"nonsense|myth|fallacy|mistake)\b", re.I)


def rejected_view(doc: Document, modal: Token) -> bool:
    """True when the next sentence rejects the sentence holding ``modal`` ("That is a false choice."), or when that
    sentence is others' argument ("Some argue that ...") rebutted in its own tail ("..., but that is wrong")."""
    sentence = next((s for s in doc.sentences if s.start <= modal.start < s.end), None)
    if sentence is None:
        return False
    after = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
    if after is None or not _REJECTION.match(after.text):
        return bool(_OTHERS_VIEW.match(sentence.text)) and bool(_TAIL_REJECTION.search(sentence.text))
    # others' view may be answered in a new paragraph; the writer's own "must" only by the next sentence of its own
    return after.paragraph == sentence.paragraph or (bool(_OTHERS_VIEW.match(sentence.text))
                                                   and after.paragraph == sentence.paragraph + 1)
