"""Sentences that look like advice or like a cause of the news but are neither (reader Audit 45, docs/audit.md 46.2).

All seven Recommendations of Audit 45 were wrong. Three kinds are read here:

- An expectation told with "should": "just by cancelling its dividends, the company should already have enough money
  in hand to cover the cost" says what the speaker expects the company's state to be, and urges no one. "Should" is
  epistemic when an adverb of expected state stands between it and "have" or "be" ("should already have", "should
  still be", "should easily be able to"), when it expects a sufficiency ("should have enough cash to cover ..."), or
  when an ability is expected by a time ("should be able to ... by the summer"). A hindsight call ("should already
  have acted", a participle after "have") and a norm ("Every school should have enough teachers", "Parents should be
  able to choose") stay calls.
- A norm for a class of parties (session 29): "Every school should have enough teachers", "Small boats should be
  able to use the dock for free", with a generic subject (a bare plural, "every"/"each"/"all"/"any"/"no", "everyone",
  "people") and no expectation above, states what the class is owed or must hold: a call, though "should have" reads
  like hindsight and "should be able to" like an expected ability elsewhere. A definite subject ("the fund should have
  enough cash", "the inspectors should be able to check") keeps the older readings.
- An interviewer's line: in a Q&A laid out with "Question:" / "Q:" / "Interviewer:" labels, the question paragraph sets
  up what the interviewee answers; a "has called for" or a "must" inside it reports someone else's stance for the
  question, it is no advice of the article's.
- A legal standard stated as fact: "Apple must abide by laws governing how jewellers describe their products",
  "companies must comply with the rules on ..." say what binds a party; unless the sentence has someone urge it
  ("the minister urged the board to comply"), no one is advised.

Analysis (a key point helper's finding in session 28): a back-reference to an earlier episode, "The last time prices
reached this level was in 2005. At the time, the increase was driven by damage caused by a hurricane", gives the
cause of that earlier episode, not of the current news. A cause sentence opening on "At the time," / "Back then," /
"At that time," / "That time," / "Then," right after a sentence that dates an earlier episode (a year before the
article's, "the last time", "years ago") is withheld. "The bridge collapsed on Monday. At the time, it was carrying
more traffic because of roadworks" names no earlier episode and stays.
"""

from __future__ import annotations

import re

from newsbrief.analyze.doc_index import paragraph_opening
from newsbrief.models import Document, Sentence, Token

__all__ = ["earlier_episode_cause", "expected_should", "generic_norm", "interviewer_line", "norms_only", "not_urged",
           "stated_standard"]

# Adverbs of an expected state between "should" and its verb: "should already have", "should still be",
# "should by now be", "should easily be able to".
_EXPECTED_ADVERBS = frozenset("already still now easily comfortably then soon".split())
# A sufficiency expected: "should have (more than) enough cash to cover / pay / fund ...".
_ENOUGH_TO = re.compile(r"\bshould\s+(?:\w+\s+)?have\s+(?:more\s+than\s+|just\s+|about\s+|roughly\s+)?enough\b"
                        r"[^.;:]{0,50}?\bto\s+(?:cover|pay|fund|meet|last|see|keep|finance|service|repay)\b", re.I)
# An ability expected by a time: "should be able to take the larger ships by the summer".
_ABLE_BY = re.compile(r"\bshould\s+be\s+able\s+to\b[^.;:]{0,60}?\bby\s+(?:then|the\s+(?:end|summer|spring|autumn|"
                      r"fall|winter|time)|next|early|mid|late|(?:19|20)\d\d)\b", re.I)


def expected_should(doc: Document, sentence: Sentence) -> bool:
    """Whether a "should" of the sentence expects a state rather than urging an act (see the module's note)."""
    if _ENOUGH_TO.search(sentence.text) or _ABLE_BY.search(sentence.text):
        return True
    tokens = doc.sentence_tokens(sentence)
    for k, token in enumerate(tokens):
        if token.text.lower() != "should":
            continue
        rest = tokens[k + 1 :]
        adverbs = 0
        while adverbs < len(rest) and rest[adverbs].text.lower() in _EXPECTED_ADVERBS | {"by"}:
            adverbs += 1
        if adverbs == 0 or adverbs >= len(rest) or rest[adverbs].lemma not in ("have", "be"):
            continue
        after = rest[adverbs + 1] if adverbs + 1 < len(rest) else None
        if after is None or after.tag != "VBN":  # "should already have acted": a hindsight call
            return True
    return False


# Subjects that name a whole class: "every dock", "all parents", "anyone", "people".
_GENERIC_DETERMINERS = frozenset("every each all any no".split())
_GENERIC_WORDS = frozenset("everyone everybody anyone anybody people nobody citizens".split())


def _generic(doc: Document, subject: Token) -> bool:
    """Whether ``subject`` names a class of parties, not one party (see the module's note)."""
    if subject.text.lower() in _GENERIC_WORDS:
        return True
    kids = doc.children(subject)
    if any(k.dep == "det" and k.text.lower() in _GENERIC_DETERMINERS for k in kids):
        return True
    return subject.tag == "NNS" and not any(k.dep in ("det", "poss", "nummod") for k in kids)


def generic_norm(doc: Document, modal: Token) -> bool:
    """Whether ``modal`` is the "should" of a norm for a class: "should have" + a thing or "should be able to",
    with a generic subject, in a sentence that expects no state (see the module's note)."""
    if modal.text.lower() != "should" or modal.dep != "aux":
        return False
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    holds = verb.lemma.lower() == "have" and verb.tag == "VB" and any(k.dep == "dobj" for k in kids)
    able = verb.lemma.lower() == "be" and any(k.dep == "acomp" and k.lemma.lower() == "able" for k in kids)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    return (holds or able) and subject is not None and _generic(doc, subject)


def norms_only(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence has a "should" and every one is a norm for a class, with no expectation read in it."""
    shoulds = [t for t in doc.sentence_tokens(sentence) if t.text.lower() == "should"]
    return bool(shoulds) and all(generic_norm(doc, t) for t in shoulds) and not expected_should(doc, sentence)


# "Question:", "Q:", "Q.", "Interviewer:" heading a paragraph of a Q&A.
_QUESTION_LABEL = re.compile(r"^\W*(?:Q|Question|Interviewer)\s*[:.\-–—]\s", re.I)


def interviewer_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence stands in a paragraph headed by an interviewer's question label."""
    first = paragraph_opening(doc, sentence)
    return bool(_QUESTION_LABEL.match(first.text) or _QUESTION_LABEL.match(sentence.text))


_STANDARD = re.compile(
    r"\b(?:must|has\s+to|have\s+to|(?:is|are)\s+(?:obliged|required|bound)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:abide\s+by|comply\s+with|obey|adhere\s+to|conform\s+to|follow|observe|respect)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:laws?|rules?|regulations?|standards?|codes?|requirements?|guidelines|legislation|statutes?)\b", re.I)
# Someone urging the standard makes it a call again ("urged the board to comply", "demanded that firms obey").
_URGING = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|"
                     r"press(?:es|ed|ing)?|warn(?:s|ed|ing)?|recommend\w*)\b", re.I)


def stated_standard(sentence: Sentence) -> bool:
    """Whether the sentence states a legal standard that binds a party, with no one urging it."""
    return bool(_STANDARD.search(sentence.text)) and not _URGING.search(sentence.text)


def not_urged(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's word of advice urges no one: an expectation, an interviewer's line or a standard."""
    return expected_should(doc, sentence) or interviewer_line(doc, sentence) or stated_standard(sentence)


# The opening that points back at a time already named.
_BACK_THEN = re.compile(r"^\W*(?:at\s+the\s+time|at\s+that\s+time|back\s+then|that\s+time|then|in\s+those\s+days)\s*,",
                        re.I)
# A sentence that dates an earlier episode: "the last time", "years ago", "back in".
_EARLIER_WORDS = re.compile(r"\b(?:(?:the\s+)?last\s+time|previous\s+(?:time|record|peak|high|spike|crisis)|"
                            r"(?:years?|decades?|generation)\s+ago|back\s+in)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _dates_earlier(text: str, year: int | None) -> bool:
    """Whether ``text`` dates an episode before the article's year (any year when the article has none)."""
    if _EARLIER_WORDS.search(text):
        return True
    return any(year is None or int(y) < year for y in _YEAR.findall(text))


# A sentence that carries on the one before by a pronoun ("It did her little good: ... because ..."), and the times
# of the current news that tie it to the story ("It collapsed on Monday because ...").
_CARRIES_ON = re.compile(r"^\W*(?:it|that|this)\b(?!\s+(?:year|month|week|time)\b)", re.I)
_NOW = re.compile(r"\b(?:today|tonight|yesterday|now|currently|this (?:year|month|week|morning|afternoon|evening)|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _carried_on(doc: Document, sentence: Sentence) -> bool:
    """A sentence opening on "It"/"That"/"This" right after one that dates an earlier episode in words ("Back in
    1994, ...", "Years ago, ..."; a bare year is not enough here), naming no time of the current news: its cause is
    that episode's (session 27's strict xfail, an old campaign told as a column's aside)."""
    if not _CARRIES_ON.match(sentence.text) or _NOW.search(sentence.text) or sentence.index == 0:
        return False
    before = next(s for s in doc.sentences if s.index == sentence.index - 1)
    return before.paragraph == sentence.paragraph and bool(_EARLIER_WORDS.search(before.text))


def earlier_episode_cause(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens on a back-reference ("At the time,") to an earlier episode the sentence before
    (or the one before that) dates: its cause is that episode's, not the current news's (see the module's note)."""
    if _carried_on(doc, sentence):
        return True
    if not _BACK_THEN.match(sentence.text):
        return False
    found = _YEAR.search(doc.article.source.date or "")
    year = int(found.group(1)) if found else None
    before = [s for s in doc.sentences if sentence.index - 2 <= s.index < sentence.index]
    if before and _dates_earlier(before[-1].text, year):
        return True
    # two back, when the sentence between dates nothing of its own ("Prices last peaked in 2008. They fell soon after.")
    return len(before) == 2 and _dates_earlier(before[0].text, year) and not _YEAR.search(before[-1].text)
