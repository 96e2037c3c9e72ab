"""What an explainer or a round-up quotes in order to reject or ridicule it, and the point it makes instead.

Reader Audit 12 (13.3 "Stance reversed", 13.4 pattern 3, 13.5) found two kinds of piece whose quoted
material was briefed as the article's own view:

**A question-led explainer** asks a question of a common belief and answers it: "The usual fear is that
floodwater carries cholera. But is that assumption correct?" and then "a myth", "the risk is minimal".
The belief is quoted to be refuted; a brief that files it under Outlook ("could spread disease") or as a
key point states the myth as the article's view (the same failure as a debunking post's hoax, see
:mod:`newsbrief.nlp.debunk`). :func:`questioned_premises` finds a sentence that states a belief as such
("The underlying fear is that ...", "Many people believe that ...", "It is widely assumed that ...")
followed within QUESTION_REACH sentences by a question doubting it ("But is that true?", "Really?") and,
within ANSWER_REACH sentences after the question, by a rejection ("a myth", "no evidence", a "not" on the
premise's words); a belief answered "yes" keeps its place. :func:`premise_answer` gives the answer: the
first sentence after the question, not opening a quotation, that says "no" to the premise in words it
shares with it. It is the explainer's main point. A news lede that mentions a fear in passing ("...,
amid fears the bodies spread disease") states a fact (the burials) and is no premise.

**A catalogue of someone's gaffes** ("The minister's gaffes in full", "here are the company's worst
blunders") quotes each item as an example of the fault its headline names; Audit 12 found one briefed as a
news report whose key points were its first two items and whose Outlook held a forecast the article lists
as a gaffe. :func:`catalogue_frame` says whether the headline or the lead frames the piece so (a plural
fault noun with a listing word: "in full", "here are", "a catalogue of", "top 10", "worst") and returns
the lead sentence that does, which is the piece's main point. :func:`exhibits` gives the items: what the
people named in the headline or lead are reported to say, and the writer's sentences that name one ("Her
next blunder comes when she says: ..."). They are no forecast, cause or advice of the article's; the
analyzers skip them. Other people's comments on the items (a historian's "snotty") stay, and a report on
one admitted mistake ("Minister admits mistakes over flood response") names no list and is no catalogue.

Regular expressions over the headline, the lead and sentence text, the lemmas already in the Document and
the attribution stage's speakers: the cues are closed lists of words, and no second model is needed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import REJECTION

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# A sentence that states a belief as such: what the fear, belief or assumption is, or who holds it.
_BELIEF = re.compile(
    r"^(?:(?:but|and|so|yet),?\s+)?(?:the|a|one|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fear|belief|assumption|idea|notion|worry|perception|wisdom|view|theory|claim|concern)s?\s+"
    r"(?:is|was|are|were|has been)\s+that\b|"
    r"^(?:(?:but|and|so|yet),?\s+)?(?:many|most|some)\s+(?:\w+\s+){0,2}?(?:believe|think|fear|assume|worry)\s+that\b|"
    r"^(?:(?:but|and|so|yet),?\s+)?it\s+is\s+(?:widely|commonly|often|generally|usually)\s+"
    r"(?:believed|assumed|thought|feared|claimed|said)\s+that\b",
    re.I,
)
# A short question that doubts what was just said.
_DOUBT = re.compile(
    r"^(?:(?:but|so|and),?\s+)?(?:is|are|was|were|does|do|did)\s+(?:that|this|it|they|there)\b[^?]{0,40}\?$|"
    r"^(?:(?:but|so),?\s+)?(?:really|true|is that so|does it)\?$|"
    r"^(?:(?:but|so),?\s+)?how (?:true|real|justified|founded) is (?:that|this|it)[^?]{0,30}\?$",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|minimal|negligible)\b|n't\b", re.I)
QUESTION_REACH = 2  # the doubting question comes straight after the belief, or one sentence later
ANSWER_REACH = 12  # sentences after the question searched for its answer (Audit 12's came 1 to 9 after)
_STOP = frozenset("be have do say the a an that this it they there of in to and or".split())


def _content(doc: Document, sentence: Sentence) -> set[str]:
    return {t.lemma.lower() for t in doc.sentence_tokens(sentence)
            if t.pos in ("NOUN", "PROPN", "VERB", "ADJ") and t.lemma.lower() not in _STOP}


def _doubting_question(doc: Document, premise: Sentence) -> Sentence | None:
    for sentence in doc.sentences[premise.index + 1 : premise.index + 1 + QUESTION_REACH]:
        if _DOUBT.match(sentence.text.strip()):
            return sentence
    return None


def _says_no(doc: Document, sentence: Sentence, premise_words: set[str]) -> bool:
    """True when the sentence rejects the premise: a rejection word, or a negation on the premise's words."""
    if REJECTION.search(sentence.text):
        return True
    return bool(_NEGATION.search(sentence.text)) and bool(_content(doc, sentence) & premise_words)


def _after(doc: Document, question: Sentence) -> list[Sentence]:
    return list(doc.sentences[question.index + 1 : question.index + 1 + ANSWER_REACH])


def questioned_premises(doc: Document) -> frozenset[int]:
    """The indices of beliefs an explainer states, doubts with a question and answers "no" (see above)."""
    found: set[int] = set()
    for sentence in doc.sentences:
        if not _BELIEF.search(sentence.text.strip()):
            continue
        question = _doubting_question(doc, sentence)
        words = _content(doc, sentence)
        if question is not None and any(_says_no(doc, s, words) for s in _after(doc, question)):
            found.add(sentence.index)
    return frozenset(found)


def premise_answer(doc: Document, premises: frozenset[int]) -> Sentence | None:
    """The explainer's answer to its first questioned premise: the first sentence after the doubting
    question that opens no quotation and says "no" in the premise's own words; None without a premise."""
    for index in sorted(premises):
        premise = doc.sentences[index]
        question = _doubting_question(doc, premise)
        if question is None:
            continue
        words = _content(doc, premise)
        for sentence in _after(doc, question):
            text = sentence.text.strip()
            if text[:1] in "\"“'‘(" or text.endswith("?") or len(text.split()) < 6:
                continue
            if _NEGATION.search(text) and _content(doc, sentence) & words:
                return sentence
    return None


_FAULTS = re.compile(
    r"\b(?:gaff?es|gaffs|blunders|howlers|clangers|bloopers|flubs|faux pas|mis-?steps|slip-?ups|mistakes|"
    r"errors|gaffe-?fest|foot-in-mouth moments|worst (?:quotes|moments|remarks|lines))\b",
    re.I,
)
_LISTING = re.compile(
    r"\bin full\b|\bhere(?: are|'s|’s| is)\b|\b(?:list|catalogue|catalog|round-?up|timeline|litany|string|"
    r"series|chronology|collection|history) of\b|\btop \d+\b|\b\d+ (?:of (?:the|his|her|their) )?"
    r"(?:biggest|worst|best|greatest)\b|\b(?:biggest|worst|greatest|most (?:memorable|embarrassing))\b",
    re.I,
)
# One item named as such in the writer's voice ("Her next blunder comes when she says: ...").
_ITEM = re.compile(r"\b(?:gaff?es?|blunders?|howlers?|clangers?|bloopers?|flubs?|faux pas|mis-?steps?|slip-?ups?|"
                   r"mistakes?|errors?)\b", re.I)
ITEM_REACH = 8  # a short catalogue's first named item may come past its middle
LEAD = 2  # the headline's standfirst and the first sentence of the body


def _frames(text: str) -> bool:
    return bool(_FAULTS.search(text)) and bool(_LISTING.search(text))


def catalogue_frame(doc: Document) -> tuple[bool, Sentence | None]:
    """Whether the piece is a catalogue of faults, and the lead sentence that says so (None when only the
    headline does)."""
    lead = next((s for s in doc.sentences[:LEAD] if _frames(s.text)), None)
    return lead is not None or _frames(doc.article.source.title or ""), lead


def catalogue_point(doc: Document) -> Sentence | None:
    """A catalogue's main point: its lead's framing, or, when only the headline frames it (a standfirst
    the reader dropped), the first sentence of the body's first half (or ITEM_REACH sentences) that names
    an item as a fault ("X makes his first gaffe when ..."), which tells a reader what the list is of;
    None for any other piece."""
    catalogue, lead = catalogue_frame(doc)
    if not catalogue or lead is not None:
        return lead
    return next((s for s in doc.sentences[: max(ITEM_REACH, len(doc.sentences) // 2)] if _ITEM.search(s.text)
                 and s.text[:1] not in "\"“'‘" and 8 <= len(s.text.split()) <= 60), None)


def _named_in_frame(doc: Document, speaker: str) -> bool:
    """True when the speaker's surname (or the organisation's last word) is in the headline or the lead."""
    frame = " ".join([doc.article.source.title or "", *(s.text for s in doc.sentences[:LEAD])]).lower()
    words = re.findall(r"[\w'-]+", speaker.lower())
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", frame) is not None


def exhibits(doc: Document, ctx: Context) -> frozenset[int]:
    """The sentences a catalogue of faults quotes as its items: what the people its headline or lead
    names are reported to say (see the module notes); empty for any other piece."""
    catalogue, lead = catalogue_frame(doc)
    if not catalogue:
        return frozenset()
    found: set[int] = set()
    for sentence in doc.sentences:
        voice = ctx.voice_of(sentence.index)
        if lead is not None and sentence.index == lead.index:
            continue
        if _ITEM.search(sentence.text) or (voice.voice != "reporter" and voice.speaker
                                           and _named_in_frame(doc, voice.speaker)):
            found.add(sentence.index)
    return frozenset(found)
