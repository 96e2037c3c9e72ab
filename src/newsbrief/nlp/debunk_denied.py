"""A report that a party denies: what a newspaper, site or post printed, and the answer that rejects it.

A rumour-and-denial story quotes the report it is about ("The newspaper Al-Fajr reported that diseases
were spreading. 'Three Ebola and 31 HIV cases were registered,' it read.") and then the denial ("The
health ministry denied the report."). The report's numbers are its claims, not the article's facts: a
brief that prints "31 HIV cases were registered" as a key figure states the denied claim as fact (reader
Audit 19, 20.3: a denied newspaper claim as a key figure).

:mod:`newsbrief.nlp.debunk` leaves such a denial alone on purpose: a claim a *person* makes and another
party answers is an ordinary report with a response. Here the claim belongs to a carrier (a newspaper,
a site, a post: :data:`REPORTERS`), and the denial names the report itself ("denied the report",
"dismissed the claims", "rejected it"), so the report's sentences are the denied claim. The sentences
found are the carrier's own statements: its main verb is a reporting verb ("reported", "said", "read",
"claimed") whose subject is the carrier, or "it"/"they" standing for a carrier named in the sentence
before. Plain parse reads; no model of its own.
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.debunk import CARRIERS

# Who prints a report: the claim carriers of nlp/debunk.py and the outlets that publish them.
REPORTERS = CARRIERS | frozenset("newspaper newspapers paper papers daily tabloid outlet outlets broadsheet "
                                 "magazine weekly channel broadcaster agency".split())
# The verbs by which a carrier states its report.
_REPORT_VERBS = frozenset("report say read claim state write allege suggest assert publish print "
                          "quote".split())
# The verbs of a denial, and what they deny: the report itself or a pronoun for it.
_DENY_VERBS = frozenset("deny reject dismiss refute rebut disown".split())
_DENIED_OBJECTS = REPORTERS | frozenset("report reports claim claims allegation allegations it them story "
                                        "stories account accounts figure figures".split())
# A denial answers a report told at most this many sentences before it (the audited report quoted the paper
# in two sentences and denied it in the next; the tests' articles likewise).
DENIAL_REACH = 3
_PRONOUNS = frozenset({"it", "they"})


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def _subject(doc: Document, sentence: Sentence, verb: Token) -> Token | None:
    """The verb's subject; of two subjects ("The newspaper Al-Fajr reported") the common noun."""
    subjects = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")]
    return next((t for t in subjects if t.text.lower() in REPORTERS), subjects[0] if subjects else None)


def _carrier_says(doc: Document, sentence: Sentence, before: Sentence | None) -> bool:
    """True when the sentence is a carrier's statement: "The newspaper reported that ...", "..., it read"
    with a carrier the subject of the sentence before."""
    root = _root(doc, sentence)
    if root is None or root.lemma.lower() not in _REPORT_VERBS:
        return False
    subject = _subject(doc, sentence, root)
    if subject is None:
        return False
    if subject.text.lower() in REPORTERS:
        return True
    return subject.text.lower() in _PRONOUNS and before is not None and _carrier_says(doc, before, None)


def _denial(doc: Document, sentence: Sentence) -> bool:
    """True for "X denied the report", "X dismissed the claims", "X rejected it"."""
    root = _root(doc, sentence)
    if root is None or root.lemma.lower() not in _DENY_VERBS:
        return False
    return any(t.head == root.i and t.dep == "dobj" and t.text.lower() in _DENIED_OBJECTS
               for t in doc.sentence_tokens(sentence))


def denied_reports(doc: Document) -> frozenset[int]:
    """The indices of sentences that state a carrier's report which the article then shows denied."""
    found: set[int] = set()
    for sentence in doc.sentences:
        if not _denial(doc, sentence):
            continue
        for k in range(max(0, sentence.index - DENIAL_REACH), sentence.index):
            before = doc.sentences[k - 1] if k else None
            if _carrier_says(doc, doc.sentences[k], before):
                found.add(k)
    return frozenset(found)
