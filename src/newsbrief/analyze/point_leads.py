"""What a piece that does not lead with its news leads with (reader Audit 19).

A debunking column's verdict on the story it has just told:

- **The verdict leads.** A debunking column may open on a hook ("There are two kinds of fake news") and a true
  side story before it tells the story everyone shares and calls it false: "The story is a hoax.", "None of it
  is true." That verdict is the column's point (Audit 19: the KFC-marijuana column's key points were its hook
  and its true side story, and "hoax" was never said). :mod:`newsbrief.nlp.debunk` finds such a retold story
  only when no earlier verdict or truth stands between it and the article's start; a column that first says
  "that part's real" of its side story keeps the verdict unread. Here a verdict counts when it looks back
  (:func:`newsbrief.nlp.debunk.back_verdict`: "The story is ...", "It is ...", "None of it ...") and one of
  the VERDICT_LOOKBACK sentences before it in the writer's voice names a story, a post or a site.
- **Its referent.** "None of it is true." alone does not say what "it" is (mainpoint14's debunk case printed it
  so). When the verdict's subject is a pronoun or a bare "the story", the sentence before it that names the
  story is shown with it, so the key point reads "Everyone has been sharing a story that ... The story is a
  hoax.": the nearest of the VERDICT_LOOKBACK sentences before it, in its paragraph or the one before, in the
  writer's voice, without a quotation and not leaning back itself ("That story has been all over my timeline"
  does not say what the story is); else the verdict stands alone.

A questions-and-answers explainer's news, the first answer that gives a new number on its subject:

- **The news answer leads.** A Q&A explainer of a running story ("Q&A: How much oil is leaking?") answers a
  string of questions, and the first answer is often about method ("They film the plume and track the
  particles ..."). Its news is the answer that moves the number the headline asks about: "between 35,000 and
  60,000 barrels a day ..., up from an estimate of 1,000" (reader Audit 19: the method detail was key point 1
  and the new estimate key points 2 and 4). That answer leads: the first sentence of an answer paragraph (a
  paragraph after a one-question paragraph, up to the next question) that has a number, a change of it in
  words (CHANGE: "up from", "from 5 to 8", "the new estimate", "revised"), and a word of the headline when
  there is one.

Sentences that are no key point of their own, whatever their place (session 18, reader Audit 28):

- **A user's post.** A viral story quotes posts as bare paragraphs once ingest has cut each embed's signature
  ("— Jane Doe (@jane) May 3, 2015"): "I wasn't buying it at first, but man... it's real". Shown as a key point
  with no poster it reads as the writer confirming the hoax (Audit 28 #8). A paragraph of one or two sentences
  that no attribution gives a speaker, written informally (no closing stop or a lowercase start: a reported
  "The poster with the phrase #prayforjosh appeared ..." is closed prose) and personally (a first-person word
  outside quotation marks, a lowercase start, a hashtag or a handle) is such a post.
- **A series' standing line.** "Disunion follows the Civil War as it unfolded." heads every essay of a series
  (the lead's Newsroom row 40, key point 2): the article's first or last sentence, short, with no number, whose
  subject is a bare capitalised name the article never names again and whose verb is a series' verb in the present
  (follows, chronicles, traces, revisits, ...). A firm's news lede ("Brenmark follows Castell in cutting ...")
  names its subject again.

Regular expressions over the sentence text and the parse's labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_points import title_terms
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import CARRIERS, back_verdict, debunk_verdict

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["CHANGE", "VERDICT_LOOKBACK", "announces_claims", "column_verdicts", "leans_on_comparison", "news_answer",
           "standing_line", "stray_posts", "verdict_referent"]

# The story is told in the paragraph before its verdict, in one to three sentences (the columns and
# fact-checks of tests/analyze/test_mainpoint_audit19.py and test_points_debunk*.py).
VERDICT_LOOKBACK = 3
# A referent shown with its verdict must be short enough for one key point.
MAX_REFERENT_WORDS = 45
_QUOTE = re.compile(r"[\"“”]")
# The verdict's subject that leans on the sentence before: a pronoun, a demonstrative, "none of it", or a
# definite carrier ("the story", "the post") with nothing after it to say which one.
_LEANING = re.compile(r"^(?:(?:but|and|so|sadly|unfortunately|however),? )?(?:it|this|that|none of (?:it|this|that|"
                      r"these)|the (?:claim|post|message|article|story|tale|rumou?r|report|hoax)s? (?:is|was|are|were|"
                      r"has|have)\b)", re.I)


# "That story also proved to be fake!" judges another story just told, not the piece's own (as
# genre_points.verdict_points reads it; reader Audit 18).
_DISTAL = re.compile(r"^[\"“‘']?(?:That|Those) (?!is\b|was\b|'s\b)[a-z]+", re.I)


_DEMONSTRATIVE = re.compile(r"^(?:(?:but|and|so),? )?(?:this|that|these|those|such) ", re.I)

# "The WHO reports a lower figure of 73" says lower than what only in the sentence before (Mexico's 152 deaths;
# Audit 27 28.3): alone it misleads, so it is no key point. "Than ..." in the sentence, or "the same X as ...",
# gives the comparison its other side.
_COMPARED_ELSEWHERE = re.compile(
    r"\b(?:an?|its|their) (?:lower|higher|smaller|larger|bigger|different|far \w+er|much \w+er) "
    r"(?:figure|number|toll|tally|estimate|count|total|death toll|amount)\b(?![^.;]*\bthan\b)|"
    r"\b(?:the same|a similar)(?: (?:figure|number|toll|tally|estimate|count|total|amount|thing|view))?"
    r"(?=\s*[.,;]|\s+(?:on|in|last|this|for|about)\b)(?![^.;]*\bas\b)", re.I)

# A sentence that only says someone knows, has seen or lists the claims ("one analyst claims to know its
# specifications", "a source revealed details of the device") announces what the next sentences give: the claims
# are the points (Audit 27 28.3's tech rumour, whose key points were its set-up). The object must be such a
# contents noun and end the clause, so "claims to know the watch has 512MB" (the claim itself) is none.
_ANNOUNCES_CLAIMS = re.compile(
    r"\b(?:claims?|says?|said|believes?) (?:to know|(?:he|she|it|they) knows?)|\b(?:revealed|leaked|shared|"
    r"obtained|seen|learned|outlined)\b(?=[^.;,]{0,30}\b(?:details|specifications|specs|features|"
    r"the contents|the terms)\b)", re.I)
_CONTENTS_END = re.compile(r"\b(?:details|specifications|specs|features|contents|terms|plans?)"
                           r"(?: (?:of|for) (?:the|its|his|her|their) \w+)?[.!]?\s*$", re.I)


def leans_on_comparison(text: str) -> bool:
    """True when the sentence compares with a figure it does not give ("a lower figure of 73", "said the same")."""
    return bool(_COMPARED_ELSEWHERE.search(text))


def announces_claims(text: str) -> bool:
    """True when the sentence only says a source knows or revealed the contents the next sentences give."""
    return bool(_ANNOUNCES_CLAIMS.search(text)) and bool(_CONTENTS_END.search(text.rstrip()))


def _names_story(doc: Document, sentence: Sentence) -> bool:
    return any(t.lemma.lower() in CARRIERS or t.text.lower() in CARRIERS for t in doc.sentence_tokens(sentence))


def _writers(ctx: Context, sentence: Sentence) -> bool:
    return ctx.voice_of(sentence.index).voice == "reporter" and not _QUOTE.search(sentence.text)


def column_verdicts(doc: Document, ctx: Context) -> set[int]:
    """The writer's verdicts on a story told just before them (see the module docstring)."""
    found: set[int] = set()
    for sentence in doc.sentences:
        if not _writers(ctx, sentence) or not back_verdict(sentence.text) or not debunk_verdict(sentence.text) \
                or _DISTAL.match(sentence.text):
            continue
        before = doc.sentences[max(0, sentence.index - VERDICT_LOOKBACK) : sentence.index]
        if any(_writers(ctx, s) and _names_story(doc, s) for s in before):
            found.add(sentence.index)
    return found


def verdict_referent(doc: Document, ctx: Context, sentence: Sentence) -> Sentence | None:
    """The nearest sentence before a leaning verdict that names the story it judges, or None (see the module
    docstring)."""
    if not sentence.index or not back_verdict(sentence.text) or not _LEANING.match(sentence.text.strip()):
        return None
    for previous in reversed(doc.sentences[max(0, sentence.index - VERDICT_LOOKBACK) : sentence.index]):
        text = previous.text.strip()
        if previous.paragraph < sentence.paragraph - 1 or text.endswith(("?", ":")):
            break
        # "That story, in one form or another, has been all over my timeline" leans back too: it does not say
        # what the story is.
        if _writers(ctx, previous) and _names_story(doc, previous) and not _LEANING.match(text) \
                and not _DEMONSTRATIVE.match(text) and len(text.split()) <= MAX_REFERENT_WORDS:
            return previous
    return None


CHANGE = re.compile(
    r"\b(?:up|down|rising|falling|risen|fallen|increased|decreased|raised|lowered|revised) from\b|"
    r"\bfrom (?:about |around |some )?[$£€]?\d[\d,.]* (?:\w+ ){0,3}to [$£€]?\d|"
    r"\b(?:new|latest|revised|updated|higher|lower) (?:official )?(?:estimate|figure|forecast|count|toll|total)s?\b|"
    r"\brevised (?:up|down)\w*|\b(?:doubled|tripled|quadrupled|halved)\b", re.I)


def _question(sentence: Sentence) -> bool:
    return sentence.text.rstrip("\"”’' ").endswith("?") and sentence.text[:1] not in "\"“'‘"


def _answers(doc: Document) -> list[Sentence]:
    """The sentences of answer paragraphs, in order: after a one-question paragraph, up to the next question."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    found: list[Sentence] = []
    answering = False
    for paragraph in sorted(by_paragraph):
        sentences = by_paragraph[paragraph]
        if len(sentences) == 1 and _question(sentences[0]):
            answering = True
        elif answering:
            found.extend(s for s in sentences if not _question(s))
    return found


# A headline's question words name no subject ("How much oil is leaking from the well?": oil, leaking, well).
_QUESTION_WORDS = frozenset("what when where which while much many from with into over about this that have will "
                            "does there their they them than then more most".split())


def _on_subject(doc: Document, title: set[str], sentence: Sentence) -> bool:
    """True when a word of the sentence starts as a headline word does (four letters: "leaking" and "leak")."""
    words = {w for t in doc.sentence_tokens(sentence) for w in (t.text.lower(), t.lemma.lower()) if len(w) >= 4}
    return any(w.startswith(term[:4]) for term in title for w in words)


def news_answer(doc: Document, ctx: Context) -> Sentence | None:
    """The first answer that changes a number on the headline's subject (see the module docstring), or None."""
    title = set(title_terms(doc)) - _QUESTION_WORDS
    for sentence in _answers(doc):
        if sentence.text[:1] in "\"“'‘" or not CHANGE.search(sentence.text):
            continue
        if not any(t.like_num or t.pos == "NUM" for t in doc.sentence_tokens(sentence)):
            continue
        if not title or _on_subject(doc, title, sentence):
            return sentence
    return None


# A post quoted as its own paragraph is one or two sentences (the tweets of the session 18 hoax case).
MAX_POST_SENTENCES = 2
_HANDLE = re.compile(r"(?:^|\s)[#@]\w")
_CLOSED = re.compile(r"[.!?:;\"”’')\]]\s*$")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d"})


def _outside(quotes: list[tuple[int, int]], start: int) -> bool:
    return not any(s <= start < e for s, e in quotes)


def _reads_as_post(doc: Document, sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    text = sentence.text.strip()
    lower_start = text[:1].islower()
    handle = bool(_HANDLE.search(text))
    informal = lower_start or not _CLOSED.search(text)  # a closed, capitalised sentence is edited prose
    personal = lower_start or handle or any(
        t.text.lower() in _FIRST_PERSON and _outside(quotes, t.start) for t in doc.sentence_tokens(sentence))
    return informal and personal


def stray_posts(doc: Document, ctx: Context, quotes: list[tuple[int, int]]) -> set[int]:
    """Sentences of a user's post quoted as a bare paragraph, with no poster named (see the module docstring)."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    out: set[int] = set()
    for sentences in by_paragraph.values():
        if len(sentences) > MAX_POST_SENTENCES or not _reads_as_post(doc, sentences[-1], quotes):
            continue
        if all(ctx.voice_of(s.index).voice == "reporter" for s in sentences):
            out.update(s.index for s in sentences)
    return out


# A standing line is short (Newsroom row 40's has eight words); a news lede tells more.
MAX_STANDING_WORDS = 12
_SERIES_VERBS = frozenset("follow chronicle trace track revisit retell recount explore examine document".split())


def standing_line(doc: Document, sentence: Sentence) -> bool:
    """True for a series' standing line at the article's start or end (see the module docstring)."""
    if sentence.index not in (0, len(doc.sentences) - 1) or len(sentence.text.split()) > MAX_STANDING_WORDS:
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.like_num or t.ent_type in ("DATE", "CARDINAL", "MONEY", "PERCENT") for t in tokens):
        return False
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.lemma not in _SERIES_VERBS or root.tag != "VBZ":
        return False
    subject = next((t for t in tokens if t.head == root.i and t.dep == "nsubj"), None)
    # The parser tags a series title that is also a word ("Disunion") a noun: a bare capitalised subject, no
    # determiner before it, is a title.
    if subject is None or subject.pos not in ("PROPN", "NOUN") or not subject.text[:1].isupper() \
            or any(t.head == subject.i and t.dep == "det" for t in tokens):
        return False
    name = subject.text.lower()
    return sum(1 for t in doc.tokens if t.text.lower() == name) == 1
