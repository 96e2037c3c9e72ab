"""Sentences with a modal that forecast nothing: an objection, a generic claim, an inference, a promo (Audit 41).

Reader Audit 41 (42.4 items 3 and 4) found four shapes filed as Outlook:

* **A view of unnamed others the writer sets up.** "Some might ridicule the idea that ..." names no one and no
  event: it is the objection a feature answers next ("But the notion has a long pedigree"). Its modal is the
  writer's hedge on who holds the view, so a subject of unnamed people ("some", "many people", "critics") with a
  verb of scorn or argument is read so, with or without the rebuttal after it.
* **A generic claim about anyone.** "Someone in rude health might recover quickly" is a step of an explainer's
  argument: an indefinite pronoun ("someone", "anyone") as the subject of a hedged modal names no party of the
  story.
* **An inference about what is.** "The term likely means the watch is made of solid gold" reads a present fact;
  a verb of meaning ("mean", "indicate", "suggest", "imply") whose clause is told in the present or past with no
  modal looks nowhere ahead. "This could mean that boats will return" keeps its forecast.
* **An interview's answer with no speaker.** In a Q&A layout (two or more paragraphs that are one question each, and
  an answer headed "Name:" or words that say it is an interview), a forecast the attribution stage gives to no one
  is the interviewee's, not the article's: withheld rather than shown in no one's mouth (#6, five items).
* **The publication's own promise of coverage.** "AppleInsider will be providing live coverage of today's press
  event" is the site's promo, page furniture, not an outlook.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.section_framed import attention_promise, dangling_this, framed_view, past_terms
from newsbrief.models import Document, Sentence, Token

# unnamed people as a subject: the holders of a view the writer hedges
_UNNAMED = frozenset("some many others critics sceptics skeptics cynics detractors purists doubters".split())
_UNNAMED_HEADS = frozenset("people folk folks observers readers".split())
# verbs of scorn, doubt or argument: what an objection does
_OBJECTING = frozenset(
    "ridicule scoff laugh sneer mock dismiss doubt question argue object say think believe wonder balk baulk "
    "scorn deride protest complain claim contend counter insist suggest".split())
_HEDGES = frozenset({"might", "may", "could", "would"})


def _subject(doc: Document, verb: Token) -> Token | None:
    return next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)


def _modal_verbs(doc: Document, sentence: Sentence) -> list[tuple[Token, Token]]:
    """Each modal of ``sentence`` with the verb it hangs on."""
    return [(t, doc.tokens[t.head]) for t in doc.sentence_tokens(sentence) if t.tag == "MD"]


def _unnamed(doc: Document, subject: Token) -> bool:
    word = subject.text.lower()
    if word in _UNNAMED:
        return True
    dets = {k.text.lower() for k in doc.children(subject) if k.dep in ("det", "amod")}
    return subject.lemma.lower() in _UNNAMED_HEADS and bool(dets & {"some", "many", "other", "most"})


def unnamed_objection(doc: Document, sentence: Sentence) -> bool:
    """A hedged view of unnamed others, "Some might ridicule the idea ..." (see the module docstring)."""
    for modal, verb in _modal_verbs(doc, sentence):
        subject = _subject(doc, verb)
        if modal.text.lower() in _HEDGES and verb.dep == "ROOT" and verb.lemma.lower() in _OBJECTING \
                and subject is not None and _unnamed(doc, subject):
            return True
    return False


_INDEFINITE = frozenset("someone somebody anyone anybody everyone everybody".split())


def generic_claim(doc: Document, sentence: Sentence) -> bool:
    """A hedged modal whose subject is an indefinite pronoun, "Someone in good health might recover" (see the
    module docstring). Every modal of the sentence must be so: one forecast of a named party keeps it."""
    pairs = _modal_verbs(doc, sentence)
    return bool(pairs) and all(
        m.text.lower() in _HEDGES and (s := _subject(doc, v)) is not None and s.text.lower() in _INDEFINITE
        for m, v in pairs)


_MEANING = frozenset("mean indicate suggest imply signal show".split())
_HEDGED = frozenset("likely probably possibly perhaps presumably".split())


def present_inference(doc: Document, sentence: Sentence) -> bool:
    """A hedged verb of meaning whose clause tells what is or was, "likely means the case is gold" (see the module
    docstring). The sentence has no modal at all: "could mean that ... will" is a forecast."""
    tokens = doc.sentence_tokens(sentence)
    if any(t.tag == "MD" for t in tokens):
        return False
    for verb in tokens:
        if verb.lemma.lower() not in _MEANING or verb.tag not in ("VBZ", "VBP"):
            continue
        kids = doc.children(verb)
        if any(k.text.lower() in _HEDGED for k in kids) and any(
                k.dep == "ccomp" and k.tag in ("VBZ", "VBP", "VBD", "VBN") for k in kids):
            return True
    return False


# the site's promo: "X will be providing live coverage of ...", "we will be live-blogging ..."
_COVERAGE = re.compile(
    r"\b(?:will|'ll)\s+(?:be\s+)?(?:provid|bring|offer|carry|hav|stream|broadcast)\w*\s+(?:full\s+|complete\s+)?"
    r"(?:live\s+)?(?:coverage|updates|a\s+live\s*blog|a\s+live\s+stream)\b|"
    r"\b(?:will|'ll)\s+be\s+live[- ]?(?:blogging|streaming|tweeting)\b", re.I)


def own_coverage(sentence: Sentence) -> bool:
    """The publication's promise of coverage, "The Courier will be providing live coverage" (see the module
    docstring)."""
    return bool(_COVERAGE.search(sentence.text))


_ANSWER_HEAD = re.compile(r"^\W*(?:A|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*:\s+\S")
_INTERVIEW = re.compile(r"\b(?:interview(?:ed)?|Q\s*&\s*A|answers? to (?:\w+ )?questions|questions put to)\b", re.I)


def _question_paragraphs(doc: Document) -> list[int]:
    """Paragraphs that are one question sentence each."""
    counts: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        counts.setdefault(s.paragraph, []).append(s)
    return [p for p, ss in counts.items() if len(ss) == 1 and ss[0].text.rstrip("\"”’' ").endswith("?")]


def speakerless_answer(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """An answer of a Q&A interview that no one is found to say (see the module docstring)."""
    voice = ctx.voice_of(sentence.index)
    if voice.voice != "reporter" and voice.speaker:
        return False
    questions = _question_paragraphs(doc)
    if len(questions) < 2 or sentence.paragraph <= questions[0]:
        return False
    return any(_ANSWER_HEAD.search(s.text) for s in doc.sentences) or any(
        _INTERVIEW.search(s.text) for s in doc.sentences[:8])


def not_ahead(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence`` is an objection of unnamed others, a generic claim, a present inference, an
    interview's answer with no speaker or the site's promo (see the module docstring), or one side's framed view,
    past terms, a dangling "this" or a past promise of attention (:mod:`~.section_framed`)."""
    return unnamed_objection(doc, sentence) or generic_claim(doc, sentence) or present_inference(doc, sentence) \
        or own_coverage(sentence) or speakerless_answer(doc, ctx, sentence) or framed_view(doc, sentence) \
        or past_terms(doc, sentence) or dangling_this(doc, sentence) or attention_promise(doc, sentence)  # Audit 42
