"""Signals of argued pieces that a news-shaped opening hides (reader Audit 15 and the lead's reading).

- A signed guest commentary: a "By X, Special to CNN" byline over a writer who speaks for "our research"
  or "we see" (a study's authors arguing from it) is opinion, though its lede reads as news.
- A rhetorical question ("Who could resist a storyline like that?", "just how much water is there?") is
  argument, not the heading of an answer: it does not make a piece Q&A, and it is no key point.
- An announcement of the piece ("X and Y outline the planning and potential pitfalls", "In this article
  we look at ...") says what the piece will say, not its point: no key point.
- A review judges at the end ("The i8 is complicated and imperfect ... Still, ... things are looking
  bright"): its verdict is its point, and a "... review" headline or such a closing verdict on the thing
  the opening names makes the piece a review.
- An "Editor's note:" line introduces the writer: page furniture, never a key point.
- A column's first call to act is one of its key points (:func:`call_factors`, reader Audit 17).

Regular expressions over sentence text, as the other genre rules are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.advice import prescribes
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_SPECIAL_TO = re.compile(r"\bSpecial to (?:the )?[A-Z][\w.]+")
SPECIAL_TO_SPAN = 400  # a byline stands in the first lines of the text
# The writer speaking from his own work ("Our research shows", "we see the same pattern"): a columnist's we.
_OWN_WORK = re.compile(r"\b(?:[Oo]ur (?:own )?(?:research|analysis|study|studies|data|findings|survey|work|review)"
                       r"(?: of [\w ,-]{1,40}?)? (?:shows?|suggests?|finds?|found|showed)|[Ww]e (?:see|saw|found|have "
                       r"(?:found|seen|studied|shown)) )")
_EDITORS_NOTE = re.compile(r"^(?:Editor'?s'? note|Editors'? note)\s*[:.]", re.I)
# A blog's line before a commentator's remarks ("Here is an edited version of his remarks.", "What follows is an
# edited transcript."): an editor's note too, no point of the piece (session 15, Audit 23's edited transcript).
_EDITED = re.compile(r"^(?:here (?:is|are)|(?:the following|what follows|below) (?:is|are)) (?:an? |the )?"
                     r"(?:(?:lightly |slightly )?edited |abridged |partial |full )?(?:version|transcript|excerpts?|"
                     r"extracts?)\b", re.I)
_SPECIAL_BYLINE = re.compile(r"^By [A-Z][\w.' -]{1,60},\s*Special to\b")
# Rhetorical questions: the writer's "Who could resist ...?", "just how much ...?", "Isn't it ...?".
# A question led by a connective ("So what happens now?", "But where does that leave the talks?") carries the
# writer's argument on; an FAQ's heading asks afresh (reader Audit 24: an analysis read as a Q&A).
_RHETORICAL = re.compile(r"^(?:So|And|But|Yet),? (?:what|where|how|why|who|which|when)\b|"
                         r"^(?:(?:And|But|So|Well),? )?(?:(?:who|what|which) (?:could|would|can|else)\b|"
                         r"(?:is|isn't|aren't|wasn't|doesn't|don't|can't|won't|shouldn't) (?:it|this|that|there|we)\b)|"
                         r"\bjust how\b|\bhow (?:could|can) anyone\b|\bwho could (?:resist|object|blame|argue)\b|"
                         r"\bwhat could be \w+er\b", re.I)
# "X and Y outline/explain/look at how ...", "In this article, ...", "Here, two experts explain ...".
_ANNOUNCE_VERB = (r"(?:outlines?|explains?|looks? at|examines?|sets? out|explores?|discuss(?:es)?|considers?|"
                  r"assesses?|describes?|analy[sz]es?|reflects? on|takes? a look at|will (?:outline|explain|look at|"
                  r"examine|explore|discuss))")
_ANNOUNCE_OBJECT = r"\s+(?:the|how|what|why|where|when|whether|which|some|their|its|a few|who)\b"
_ANNOUNCE_OPENING = re.compile(r"^(?:Here,?\s|In this (?:article|piece|essay|column|analysis|report|guide),?\s|"
                               r"Below,?\s|In the following)", re.I)
_ANNOUNCE = re.compile(r"\b" + _ANNOUNCE_VERB + _ANNOUNCE_OBJECT, re.I)
_WRITERS = re.compile(r"\b(?:we|I|experts?|specialists?|planners?|authors?|writers?|professors?|analysts?|"
                      r"researchers?|scientists?|economists?|engineers?)\b", re.I)
ANNOUNCE_PARAGRAPHS = 3  # an announcement stands in the standfirst or the first paragraphs
# A review's closing verdict: weighed words about the thing reviewed.
_VERDICT_WORDS = re.compile(
    r"\b(?:flawed|imperfect|overall|on balance|all told|all in all|worth (?:the|every|it|a|your|buying|seeing)|"
    r"(?:highly )?recommended|a must-\w+|(?:the )?(?:best|finest|most \w+) \w+ (?:of the year|on the market|we have)|"
    r"looking bright|looks bright|better served|disappoint\w*|triumph|masterpiece|tour de force|"
    r"(?:is|are) (?:a |an )?(?:\w+ )?(?:joy|delight|letdown|let-down|mess|gem|treat))\b", re.I)
_REVIEW_TITLE = re.compile(r"\breview\b\s*(?:[:|–—-]|$)|^review\s*[:|]", re.I)
REVIEW_CLOSING = 2  # the verdict is among the last sentences


def signed_commentary(doc: Document) -> bool:
    """True for a "Special to <outlet>" byline over a writer who speaks from "our research" or "we see"."""
    head = doc.article.text[:SPECIAL_TO_SPAN] + " " + (doc.article.source.author or "")
    return bool(_SPECIAL_TO.search(head)) and any(_OWN_WORK.search(s.text) for s in doc.sentences)


def editors_note(sentence: Sentence) -> bool:
    """True for an "Editor's note:" line, a "By X, Special to ..." byline left in the text, or a blog's "Here is an
    edited version of his remarks"."""
    text = sentence.text.strip()
    return bool(_EDITORS_NOTE.match(text) or _SPECIAL_BYLINE.match(text) or _EDITED.match(text))


def rhetorical(text: str) -> bool:
    """True for a question the writer asks to argue, not one an answer is headed by."""
    text = text.strip().strip("\"“”'‘’ ")
    return text.endswith("?") and bool(_RHETORICAL.search(text))


def announcement(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence announcing what the piece will outline, explain or look at (see the module docstring)."""
    if sentence.paragraph - doc.sentences[0].paragraph >= ANNOUNCE_PARAGRAPHS or len(sentence.text.split()) > 30:
        return False
    text = sentence.text.strip()
    verb = _ANNOUNCE.search(text)
    if verb is None:
        return False
    subject = text[: verb.start()]
    people = sum(1 for e in doc.entities if e.label == "PERSON" and sentence.start <= e.start < sentence.start
                 + verb.start())
    return bool(_ANNOUNCE_OPENING.match(text)) or people >= 1 or bool(_WRITERS.search(subject))


# An announcement that promises advice ("explain what the first days of the response must get right", "look at
# how cities can prepare"): the piece's point is the advice it then gives, wherever it stands (the experts_quake
# case of test_argued_points.py led with a closing fact).
_PROMISES_ADVICE = re.compile(
    r"\b(?:must|should|ought to|needs? to|how to|how (?:\w+ ){1,3}(?:can|could|should|must))\b", re.I)


def announces_advice(doc: Document) -> bool:
    """True when the piece's announcement (see :func:`announcement`) promises advice."""
    return any(announcement(doc, s) and _PROMISES_ADVICE.search(s.text) for s in doc.sentences[:8])


def review_title(title: str) -> bool:
    """True for a "... review" headline ("Nimbus 7 review", "The Long Tide review: a slow epic")."""
    return bool(_REVIEW_TITLE.search(title.strip()))


def review_verdict(doc: Document, ctx: Context) -> Sentence | None:
    """A review's closing verdict: among the last REVIEW_CLOSING sentences, the writer's weighed judgement of
    the thing its first sentence names (its subject's head word is in the opening)."""
    if len(doc.sentences) < 4:
        return None
    opening = " ".join(s.text for s in doc.sentences[:2]).lower()
    for sentence in reversed(doc.sentences[-REVIEW_CLOSING:]):
        if ctx.voice_of(sentence.index).voice != "reporter" or sentence.text[:1] in "\"“'‘" \
                or not _VERDICT_WORDS.search(sentence.text):
            continue
        subjects = [t for t in doc.sentence_tokens(sentence) if (t.dep in ("nsubj", "nsubjpass") and t.pos == "PROPN")
                    or (t.dep in ("nsubj", "nsubjpass") and t.pos == "NOUN")]
        if any(len(t.text) > 1 and t.text.lower() in opening for t in subjects):
            return sentence
    return None


def argues_as_own_work(sentence: Sentence) -> bool:
    """True for the writer arguing from his own work ("Our research shows ...")."""
    return bool(_OWN_WORK.search(sentence.text))


def calls_for(doc: Document, sentence: Sentence) -> bool:
    """True for the writer's "the country needs an independent body", "the system needs oversight": what a
    thing needs, told in the present tense of the main verb (advice.prescribes reads "need to act")."""
    tokens = doc.sentence_tokens(sentence)
    why = bool(re.match(r"^(?:That|This) is why\b", sentence.text))  # "That is why the country needs ..."
    # The object is a thing ("an independent body"), not a closing flourish's "nothing less" or "better".
    return any(t.lemma.lower() in ("need", "require", "deserve") and (t.dep == "ROOT" or (why and t.dep in (
        "ccomp", "advcl"))) and t.tag in ("VBZ", "VBP")
               and any(c.head == t.i and c.dep == "dobj" and c.pos in ("NOUN", "PROPN") for c in tokens)
               for t in tokens)


# Q&A shape (moved from genre.py): a question heads an answer only as a paragraph of its own, and a
# rhetorical one heads nothing.
def answer_openings(doc: Document) -> list[Sentence]:
    """The first sentence of each paragraph that follows a one-question paragraph."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return [by_paragraph[p + 1][0] for p, sentences in by_paragraph.items()
            if len(sentences) == 1 and sentences[0].text.rstrip().endswith("?") and p + 1 in by_paragraph]


def question_paragraphs(doc: Document) -> int:
    """Paragraphs that are a single question not in quotation marks, followed by a paragraph that answers.

    A first line repeating the headline is no turn: it is the headline left in the text (reader Audit 24's essay
    "Why does God allow ...?", read as a Q&A)."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    title = (doc.article.source.title or "").strip().lower()
    first = doc.sentences[0].paragraph if doc.sentences and doc.sentences[0].text.strip().lower() == title else -1
    count = 0
    for paragraph, sentences in by_paragraph.items():
        text = sentences[0].text.strip()
        if len(sentences) == 1 and paragraph != first and text.endswith("?") and text[:1] not in "\"“'‘" \
                and not rhetorical(text) and paragraph + 1 in by_paragraph \
                and not by_paragraph[paragraph + 1][-1].text.rstrip().endswith("?"):
            count += 1
    return count


# An opinion piece's call to act is one of its key points (reader Audit 17).
#
# A column's key points follow the lead-based prior, so a call made late ("The Prime Minister needs to lay down
# the law and stop front-line services being cut", the eighth of a magazine column's eleven sentences) lost to
# the column's examples of waste, and the brief never said what the writer wants done. The writer's first call
# in a main clause of their own (advice.prescribes: "must", "should", "needs to", "it is essential that"; or
# calls_for: "the country needs an independent body") rises by CALL_FACTOR. Only the first: a column of
# many "should"s keeps its lead-based order for the rest. Set on the column of tests/analyze/test_points_audit17.py:
# a call at the eighth sentence (prior 1 / (1 + 0.35 * 7) = 0.29) rises above the third (0.59) at 2.5.
CALL_FACTOR = 2.5
_ARGUED = frozenset({"opinion"})


def call_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on an opinion piece's key-point score: CALL_FACTOR for the writer's first call."""
    factors = [1.0] * len(doc.sentences)
    if ctx.genre not in _ARGUED:
        return factors
    for sentence in doc.sentences:
        text = sentence.text
        if text[:1] in "\"“'‘" or text.rstrip().endswith("?") or ctx.voice_of(sentence.index).voice != "reporter":
            continue
        if prescribes(doc, sentence) or calls_for(doc, sentence):
            factors[sentence.index] = CALL_FACTOR
            break
    return factors
