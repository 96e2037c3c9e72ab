"""A signed column that quotes in most paragraphs, and an explainer whose questions its sources answer.

Two readings the genre line (:mod:`newsbrief.analyze.genre`) adds to its paragraph-level one (reader Audit 20,
docs/audit.md 21.2 and 21.4 item 5):

- **A column that quotes its targets.** The genre line counts the writer's stance over sentences in paragraphs
  without quotation marks, so that a report's quoted "should" and "I" are never the writer's. A column that
  quotes the minister it mocks in nearly every paragraph ("'Every minute counts,' a minister told me, with a
  straight face.") then has two or three such sentences left, too few to judge, and its first person made it a
  feature, or nothing made it anything but news (a signed "Comment is free" column read as a news report). So
  the column is read again sentence by sentence: the writer's own sentences (the reporter's voice, not inside a
  quotation, not opening with one), with quoted spans cut out. A piece whose writer speaks as "I" in
  ESSAY_SHARE of them (genre_voice.first_person_essay) and argues (an evaluative word, a question no source
  answers, a recast of the facts) in COLUMN_SHARE of them is an opinion piece. A reporter's witness "I" with
  no judgement does not reach it, and a report's "I" and "should" are inside its quotations.
- **An explainer's questions.** A question heading ("Could the government shut down the internet?") followed
  by a paragraph in which experts answer it is the explainer's device, not the writer's rhetorical question
  (reader Audit 20: a reported explainer with such headings under a question headline was labelled an opinion
  piece by its headline's question mark). :func:`sourced_questions` counts them.

**The question paragraphs that may make a piece questions and answers (issue #11; reader Audit 42 #6).**

A contributor's commentary may set out the hard questions it sees, each in a paragraph of its own ("-- Will the
rebels hold the towns they took?"), with a line or two of the writer's own view after each: the shape of a Q&A.
A page whose editor's note names the writer a contributor or columnist, or whose closing line disclaims the
opinions as the writer's (genre_pages.disclaimed_commentary), is signed commentary: a Q&A is never signed so. Its
questions are the writer's own and count as none, so genre.py goes on to read it as a commentary.

**A columnist's asides: the moves of a first-person column that argue without "should" or loaded words (session 24,**
reader Audit 39 #12, a first-person column on adopted names read as news).

A column that quotes in most paragraphs leaves the writer few sentences of its own, and a light one judges in none of
the words genre._stance knows. Its writer still shows: musing in the impersonal "one" ("One wonders if ...", "one
can only imagine ..."), turning to a third party or the reader with an order ("Gwyneth Paltrow, take note.", "Memo to
the minister:", "You have been warned."), and understating a verdict ("less than appropriate"). A report leaves such
moves to its sources. genre_column.argues_between_quotes counts them with the writer's stance in a first-person essay.

**A first-person column that calls on someone and closes on an order: an opinion piece, not a feature (Audit 40).**

Audit 40 #6 was a Guardian column on a president and an oil spill. Its writer says "I" early ("I mean the coast
guard admiral", "As I suspected then"), so the genre line, finding few loaded words, read the "I" as a feature
writer's. But the column argues in its own main clauses ("the president needs to show competence", "Washington has
to do more", "the government still needs to work closely with BP") and ends on orders to its subject: "Gain voters'
trust. ... Just get it done." A feature writer's "I" walks, eats and watches; a travel piece may end on a tip to the
reader ("Go in spring.") but calls on nobody in between.

The reading needs the writer's "I" in a sentence of their own (anywhere: a column whose "I" comes late read as news)
and both of:

- an imperative in the writer's own voice in the closing paragraphs (a root verb in its base form with no subject,
  at most one adverb or conjunction before it, no quotation mark, no page prompt such as "Click here");
- MIN_CALLS of the writer's own sentences that prescribe in their main clause (advice.prescribes) to a third party:
  a "you" sentence is advice to the reader, a service piece's, and does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.advice import prescribes
from newsbrief.analyze.argued import question_paragraphs
from newsbrief.analyze.genre_frames import COUNT_FRAME, sources_split
from newsbrief.analyze.genre_pages import disclaimed_commentary
from newsbrief.analyze.genre_voice import first_person_essay, unquoted, writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The share of the writer's own sentences (read one by one) that argue, above which a first-person piece is a
# column: the paragraph-level OPINION_SHARE of genre.py, which the column of tests/analyze/test_genre_audit20.py
# (4 of 11) clears and its first-person reports and witnesses (none) do not.
COLUMN_SHARE = 0.2
COLUMN_MIN_OWN = 5
MIN_ASIDES = 2  # a columnist's asides and stance sentences together (see argues_between_quotes)
_QUOTE_OPENERS = "\"“‘'"
# How many sentences after a question heading a source may take to answer it (see answered_by_source): the
# explainer of tests/analyze/test_genre_audit21.py tells two sentences of story first.
HEADING_REACH = 4
# A piece of questions and answers has the format: several question paragraphs, each answered (Audit 20's explainers
# have two and four). One question paragraph answered by a source under a question headline is an analysis asking
# itself what comes next (Audit 52 #2: "But what comes next?" in a CNN analysis of Derna read as a Q&A).
MIN_SOURCED_QUESTIONS = 2
# An explainer's own answer to its question ("Is X running the country? Here is what we know.", Audit 27's rumour
# explainer read as opinion): the writer sets out what is known, not a view; "we" is the newsroom.
_WHAT_WE_KNOW = re.compile(r"^(?:so,? )?here(?:'s|’s| is| are) (?:what|everything|all) (?:we|you) (?:know|don't know|"
                           r"need to know|can tell you)\b|^(?:what|everything) we know(?: so far)?\s*[:.]", re.I)


def knows_announced(doc: Document) -> bool:
    """True when the piece's opening question is followed by "Here is what we know" (an explainer's answer)."""
    return any(_WHAT_WE_KNOW.match(s.text.strip()) for s in doc.sentences[1:3]) \
        and doc.sentences[0].text.rstrip().endswith("?")


def answered_by_source(doc: Document, ctx: Context, question: Sentence) -> bool:
    """True when the sentence after the writer's question is someone else's (a quoted or cited expert), or
    opens with a quotation: the question heads an answer, it does not argue."""
    following = question.index + 1
    if following >= len(doc.sentences):
        return False
    after = doc.sentences[following]
    if _WHAT_WE_KNOW.match(after.text.strip()) or COUNT_FRAME.search(unquoted(after.text)):
        return True  # "What lies ahead? Analysts see three possible outcomes: ..." (genre_frames, Audit 28)
    if ctx.voice_of(following).voice != "reporter" or after.text.lstrip()[:1] in _QUOTE_OPENERS:
        return True
    # A question standing as its own paragraph heads what follows: an explainer opening on its question ("How
    # did a plumber's truck end up in Syria?") tells the story first and lets a source answer a few sentences on
    # (reader Audit 21's explainer read as opinion). A source speaking before the next question answers it.
    if any(s.paragraph == question.paragraph for s in doc.sentences if s.index != question.index):
        return False
    for sentence in doc.sentences[following: following + HEADING_REACH]:
        if sentence.text.rstrip().endswith("?"):
            return False
        if ctx.voice_of(sentence.index).voice != "reporter":
            return True
    return False


def argues_between_quotes(doc: Document, ctx: Context, stance: Callable[[str], bool]) -> bool:
    """True for a first-person column that argues in its own sentences, read one by one (see the module
    docstring); ``stance`` says whether a sentence's unquoted text judges, calls or recasts."""
    own = [s for s in writer_sentences(doc, ctx) if s.text.lstrip()[:1] not in _QUOTE_OPENERS]
    if len(own) < COLUMN_MIN_OWN or not first_person_essay(doc, ctx):
        return False
    argues = [stance(unquoted(s.text)) or (s.text.rstrip().endswith("?") and not answered_by_source(doc, ctx, s))
              for s in own]
    # A light column argues in its asides ("One wonders if ...", "Gwyneth Paltrow, take note."): with its stance they
    # make MIN_ASIDES distinct sentences (the asides above, session 24: Audit 39 #12 has three, its first-person
    # anecdote quoted in every paragraph; the first-person reports and witnesses of the tests have none).
    asides = [aside(unquoted(s.text)) for s in own]
    moves = sum(1 for a, b in zip(argues, asides, strict=True) if a or b)
    return sum(argues) >= COLUMN_SHARE * len(own) or (any(asides) and moves >= MIN_ASIDES)


def sourced_questions(doc: Document, ctx: Context) -> int:
    """How many one-sentence question paragraphs in the writer's voice are answered by a source next."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return sum(1 for sentences in by_paragraph.values()
               if len(sentences) == 1 and sentences[0].text.rstrip().endswith("?")
               and sentences[0].text.lstrip()[:1] not in _QUOTE_OPENERS
               and ctx.voice_of(sentences[0].index).voice == "reporter"
               and answered_by_source(doc, ctx, sentences[0]))


def question_title_genre(doc: Document, ctx: Context, title: str,
                         stance: Callable[[str], bool]) -> Literal["qa", "analysis", "opinion"]:
    """The genre a question or "Why ..." headline gives a piece nothing else placed: an explainer whose experts
    answer its question headings (Audit 20), a reported analysis whose named sources answer it both ways while
    the writer judges nothing (genre_frames.sources_split, Audit 28), else opinion."""
    if not title.rstrip().endswith("?"):
        # "How state media covered the protests" over a body in which the writer judges nothing (what outlets
        # say is theirs: genre_frames.without_group_views) reports an analysis (Audit 29's media analysis)
        own = [s for s in writer_sentences(doc, ctx) if s.text[:1] not in "\"“'‘"]
        return "opinion" if not own or any(stance(unquoted(s.text)) for s in own) else "analysis"
    if sourced_questions(doc, ctx) >= MIN_SOURCED_QUESTIONS or knows_announced(doc):
        return "qa"  # "Is X ...? Here is what we know." answers in the explainer's own format (Audit 27)
    return "analysis" if sources_split(doc, ctx, stance) else "opinion"


__all__ = [
    "ASIDES",
    "COLUMN_SHARE",
    "MIN_SOURCED_QUESTIONS",
    "answered_by_source",
    "argues_between_quotes",
    "aside",
    "asked_paragraphs",
    "closes_on_order",
    "question_title_genre",
    "sourced_questions",
]


def asked_paragraphs(doc: Document) -> int:
    """How many paragraphs ask a question a Q&A would answer (argued.question_paragraphs); none on signed
    commentary (see the module docstring)."""
    return 0 if disclaimed_commentary(doc) else question_paragraphs(doc)


ASIDES = re.compile(
    # musing in the impersonal "one", with what is mused next ("One suspect was arrested", "One hope is" are news)
    r"^(?:(?:and|but|so|still|yet),? )?one (?:(?:can|could|might|may|must) (?:only |just |well )?)?"
    r"(?:(?:wonders?|suspects?|imagines?|hopes?|asks?)(?= (?:that|if|whether|why|how|what|who|when|about|it|they|he|"
    r"she|we|this|these|the)\b)|be forgiven for)\b|"
    # an address with an order: "<Name>, take note.", "Take heed, <Name>.", "Memo to <Name>:", "You have been warned."
    r"^(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3},? "
    r"(?:take note|take heed|listen up|be warned|are you listening)\b|"
    r"^(?:take note|take heed|memo to|note to self|a word to the wise)\b|"
    r"^(?:you have|you've|consider yourself) been warned\b|"
    # an understated verdict
    r"\bless than (?:ideal|wise|appropriate|flattering|helpful|impressive|convincing|reassuring|inspiring|"
    r"edifying|stellar|honest|candid)\b", re.I)


def aside(text: str) -> bool:
    """True when the text is a columnist's aside (see :data:`ASIDES`)."""
    return bool(ASIDES.search(text.strip()))


if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# Tuned on Audit 40 #6 (4 calls among 54 sentences of its own) against the invented travel feature of
# tests/analyze/test_genre_session26.py (no call, a closing tip).
MIN_CALLS = 2
CLOSING_PARAGRAPHS = 3  # the closing order may stand before a last paragraph of page furniture (Audit 40 #6)
_QUOTATION = re.compile(r"[\"“”‘’]|(?:^|\s)'|'(?:\s|$|[,.;:!?])")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yourself)\b", re.I)
# A page's prompt is an imperative too, but furniture ("Watch the video", "Follow us").
_PROMPT = re.compile(r"^(?:now |so |just |please )?(?:watch|click|see|read|follow|share|scroll|sign|subscribe|"
                     r"listen|download|tap|visit|like|send|email|tweet|join|find|check out|recognise|recognize)\b",
                     re.I)


def _imperative(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is an order: a base-form root with no subject and at most one adverb before it."""
    if sentence.text.rstrip().endswith("?") or _QUOTATION.search(sentence.text) \
            or _PROMPT.search(sentence.text.strip()):
        return False
    tokens = doc.sentence_tokens(sentence)
    roots = [t for t in tokens if t.dep == "ROOT"]
    if len(roots) != 1 or roots[0].tag != "VB":
        return False
    root = roots[0]
    before = [t for t in tokens if t.i < root.i and t.pos != "PUNCT"]
    return len(before) <= 1 and all(t.pos in ("ADV", "INTJ", "CCONJ") for t in before) \
        and not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass", "aux") for t in tokens)


def closes_on_order(doc: Document, ctx: Context, own: list[Sentence]) -> bool:
    """True when the writer says "I", the closing paragraphs hold the writer's order and MIN_CALLS of ``own`` (the
    writer's sentences) call on a third party (see the module docstring)."""
    if not doc.sentences or not any(_FIRST_PERSON.search(s.text) for s in own):
        return False
    last = doc.sentences[-1].paragraph
    closing = any(s.paragraph > last - CLOSING_PARAGRAPHS and ctx.voice_of(s.index).voice == "reporter"
                  and _imperative(doc, s) for s in doc.sentences)
    return closing and sum(1 for s in own if not _SECOND_PERSON.search(s.text) and prescribes(doc, s)) >= MIN_CALLS
