"""Key-point padding and a writer's closing verdict (session 20b, reader Audit 33).

Audit 33 judged 35% of key points useless, most of them padding: a pointer to a video the brief does not have
("In the video below, our correspondent reports on ..."), an aside glossing an abbreviation ("BiH presumably refers
to ..."), and background set-up whose pay-off is elsewhere ("experts have long warned ...", "the plans have been
public since October", "Until now, no name or price was given"). A pointer or an aside states nothing a reader can
use, so it is a last resort; set-up weighs less than the news it sets up.

Two pieces put their point where the position prior never looks: a TV column that closed on its question to
viewers ("Here's my question to you: Should the U.S. do something ...?") and a debunk whose verdict on the story it
disputes ("Every scenario presented by this article seems absurdly improbable") came two-thirds down. Both lead
(:func:`writers_verdict`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.actor_names import PERSON_NOUNS
from newsbrief.models import Document, Sentence
from newsbrief.nlp.introductions import PERSON_NOUNS as DESCRIBED_PEOPLE

if TYPE_CHECKING:  # point_pages imports this module, and context imports point_pages through genre
    from newsbrief.analyze.context import Context

# A pointer to media on the page: the brief shows text only, so the sentence points at nothing ("In the video
# below, ...", "Watch the clip above", "as the chart below shows").
_POINTER = re.compile(
    r"\b(?:video|clip|footage|gallery|slideshow|photos?|pictures?|images?|chart|graphic|map|player|interview)s?"
    r"\s+(?:below|above)\b|^(?:Watch|See|View|Click)\b[^.?!]{0,40}\b(?:below|above|here)\b"
    # ... or a tip to the reader to watch a feed (Audit 37 B672's "Keep an eye on both of the directors Twitter pages.")
    r"|^(?:Keep\s+an\s+eye\s+on|Stay\s+tuned|Watch\s+this\s+space|Follow\s+(?:us|him|her|them|along))\b", re.I)

# An aside on what a name or abbreviation stands for ("which presumably refers to the ministry").
_ASIDE = re.compile(r"\b(?:presumably|probably|likely|apparently|perhaps)\s+(?:refers?|referring|means|"
                    r"stands?\s+for|is\s+short\s+for)\b", re.I)

# An aside to the readers about the telling ("Let's not bury the lede here, people.", "Let us be clear") or a line that
# only promises what follows ("If you woke up to ..., here's why.", "Here is what happened."): Audit 38's blog debunk
# had both among its key points. "Here's why the bank raised rates: ..." tells the why and is no promise.
_READER_ASIDE = re.compile(
    r"^Let(?:'s|’s|\s+us)\s+(?:not\s+)?(?:bury\s+the\s+lede|be\s+(?:\w+\s+)?(?:clear|honest|frank|real)|"
    r"cut\s+to\s+the\s+chase|get\s+(?:this|one\s+thing)\s+straight)\b"
    r"|(?:^|[,?]\s*)here(?:'s|’s|\s+is)\s+(?:why|how|what\s+(?:happened|we\s+know|you\s+need\s+to\s+know))\s*[.!:]?$",
    re.I)

# Background set-up: a warning or plan of long standing (a warning, fear or prediction: a position "have long argued"
# is the view the piece weighs, Audit 32 A6's realists), or the "until now" of what was not yet known before a
# pay-off told elsewhere ("Until now, there was no name or price"). An "Until now, X was barred" tells the old rule
# the news changes (XSum dev row 24's blood ban), so only a negated one is set-up. A writer's own return or arrival
# ("I've just come back to Beijing after a few days in the UK", Audit 33's blog post) sets the scene (session 21).
_SETUP = re.compile(
    r"\b(?:have|has|had)\s+long\s+(?:warned|feared|predicted|expected|suspected)\b"
    r"|\b(?:have|has|had)\s+been\s+(?:public(?:\s+knowledge)?|known|rumou?red|on\s+the\s+cards|in\s+the\s+works)"
    r"\s+(?:since|for)\b"
    r"|\bfor\s+(?:years|decades|months)\b[^.?!]{0,60}\b(?:have|has|had)\s+been\s+(?:warning|predicting|fearing)\b"
    r"|\b(?:have|has|had)\s+been\s+(?:warning|predicting|fearing)\b[^.?!]{0,60}\bfor\s+(?:years|decades)\b"
    r"|^(?:Until|Up\s+until|Up\s+to)\s+now\b[^.?!]{0,40}\b(?:no|not|never|nothing|none)\b"
    r"|^(?:I|We)(?:'ve|\s+have)?\s+(?:just\s+)?(?:come\s+back|returned|arrived|got\s+back|landed|flown\s+(?:in|back))\b",
    re.I)

# A round-up's line announcing the views that follow ("Analysts offer their views on what this wave of unrest means",
# Audit 39 #7's KP4): a set-up, whose views are the points. Short, in the present, with the views as the object and
# what they are about after it; "Voters will give their verdict in a referendum" tells an event and stays.
_VIEWS_FRAME = re.compile(
    r"^(?:below,?\s+|here,?\s+|now,?\s+)?(?:[\w-]+\s+){1,5}?(?:offer|give|share|set out|weigh in with)\s+(?:their|"
    r"our)\s+(?:views?|thoughts|takes?|opinions?|predictions|analysis|perspectives?|verdicts?|reactions?)\s+"
    r"(?:on|about|of)\b|^(?:[\w-]+\s+){1,5}?weigh in on (?:what|how|whether|why)\b", re.I)
VIEWS_FRAME_MAX_WORDS = 20
# A body's stock word that it watches ("The Scottish Government said it was closely monitoring the situation.",
# Audit 39 #2's KP3): said of every event, it tells nothing; the line must end there, so "... and would close the
# airport if ..." (what it will do) stays.
_WATCHING = re.compile(r"\b(?:(?:is|are|was|were|be|been|'s|'re|’s|’re)\s+(?:closely\s+|carefully\s+)?(?:monitoring|"
                       r"watching|following)|keeping\s+a\s+(?:close\s+)?eye\s+on)\s+(?:the\s+)?(?:situation|"
                       r"developments|events)(?:\s+(?:closely|carefully|very closely))?\s*[.!]?\s*$", re.I)
_MODAL_VIEWS = re.compile(r"\b(?:will|would|could|may|might|must|should|to)\s+(?:offer|give|share|set|weigh)\b", re.I)

# Tuned on this session's cases (tests/analyze/test_points_session20b.py): 0.4 puts the second sentence's set-up
# (prior 0.74) below the sixth sentence (prior 0.32 at factor 1) only when that one is central, so a short report
# keeps its set-up when it has nothing better.
SETUP_FACTOR = 0.4


def pointer_or_aside(sentence: Sentence) -> bool:
    """True for a pointer to media the brief does not show, an aside on what a name stands for or to the readers
    about the telling (_READER_ASIDE), a round-up's announcement of the views that follow, or a body's stock word
    that it is watching the situation: a last resort
    (not a factor: a setup's score given way to the next sentence would lift it again, Audit 33 B2125's "BiH:")."""
    text = sentence.text.strip()
    frame = bool(_VIEWS_FRAME.search(text)) and len(text.split()) <= VIEWS_FRAME_MAX_WORDS \
        and not _MODAL_VIEWS.search(text)
    return bool(_POINTER.search(text) or _ASIDE.search(text) or _READER_ASIDE.search(text)
                or _WATCHING.search(text)) or frame


# An escalation's first step: "It's bad enough how much they crop it. Now ... they speed it up 7.5 percent" (Audit 37
# B2314, a blog post whose lede aside was key point 2 and its finding 3). "X is bad enough" / "It's one thing to X"
# grants a lesser grievance to lead up to the greater one that follows: set-up, in the lede too.
_ESCALATION = re.compile(r"^(?:It(?:'s|’s|\s+is|\s+was)|That(?:'s|’s|\s+is|\s+was))\s+(?:\w+\s+)?(?:bad|annoying|"
                         r"galling|irritating|frustrating|infuriating|sad|awful|hard)\s+enough\b|"
                         r"^It(?:'s|’s|\s+is|\s+was)\s+one\s+thing\s+(?:to|for|when|that)\b", re.I)


def padding_factors(doc: Document) -> list[float]:
    """Per sentence, the factor on its key-point score for background set-up.

    The lede is never set-up ("Police have been searching since Monday" is the news), unless it is an escalation's
    first step (_ESCALATION).
    """
    return [SETUP_FACTOR if (s.index and _SETUP.search(s.text.strip())) or _ESCALATION.match(s.text.strip())
            else 1.0 for s in doc.sentences]


# A closing question put to the readers or viewers: a "my question to you" frame, or a question followed by a call
# for their answer ("What do you think?", "Tell us in the comments").
_QUESTION_TO_YOU = re.compile(r"\b(?:my|our|the|a)\s+question\s+(?:to|for)\s+(?:you|readers|viewers|listeners)\b",
                              re.I)
_ASK_ANSWER = re.compile(r"^(?:So,?\s+)?(?:what\s+do\s+you\s+(?:think|say|reckon)|what\s+say\s+you|tell\s+us|"
                         r"let\s+us\s+know|share\s+your|have\s+your\s+say|do\s+you\s+agree|where\s+do\s+you\s+stand|"
                         r"what(?:'s|’s|\s+is)\s+your\s+(?:view|take|opinion))\b", re.I)
_ABOUT_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_QUOTE_MARKS = "\"“”'‘’"
# The closing question is looked for among the last sentences only (a page's comment furniture can follow it).
CLOSING_WINDOW = 3

# A writer's verdict on the story the piece disputes: "this story seems absurdly improbable", "the whole claim is
# false". The subject is the story itself, so an expert's doubt is caught by the attribution check, not here. A
# verdict "too" or "also" is on another story the piece compares ("That story was fake too", a debunk column's aside
# in tests/analyze/test_figure_audit19.py): no thesis.
_VERDICT = re.compile(
    r"\b(?:this|the|that)\s+(?:(?:original|whole|entire|viral)\s+)?(?:story|article|report|claim|tale|account|"
    r"rumou?r|post)\b[^.?!;]{0,40}?\b(?:is|seems|seemed|looks|appears|sounds|was)\s+(?!also\b)(?:\w+\s+){0,2}?"
    r"(?:improbable|implausible|unlikely|dubious|false|fabricated|bogus|fake|nonsense|absurd|preposterous|untrue|"
    r"far-fetched|ridiculous|a\s+hoax)\b(?!,?\s+(?:too|as\s+well)\b)", re.I)
_NO_VERDICT_GENRES = ("live", "qa", "roundup")


def _writers_own(ctx: Context, sentence: Sentence) -> bool:
    """The sentence is the writer's word: no quotation marks and no speaker but the reporter."""
    if any(mark in sentence.text for mark in "\"“”"):
        return False
    voice = ctx.voice_of(sentence.index)
    return voice.voice == "reporter"


def closing_question(doc: Document, ctx: Context) -> Sentence | None:
    """A column's closing question to its readers ("Here's my question to you: Should ...?"; "Should X? What do
    you think?"), which is its point (Audit 33 A6)."""
    if ctx.genre in _NO_VERDICT_GENRES or len(doc.sentences) < 4:
        return None
    tail = doc.sentences[-CLOSING_WINDOW:]
    for k, sentence in enumerate(tail):
        text = sentence.text.strip()
        if not text.endswith("?") or text[:1] in _QUOTE_MARKS or not _writers_own(ctx, sentence):
            continue
        if _ABOUT_YOU.search(_QUESTION_TO_YOU.split(text)[-1]):
            continue  # "Were you fooled by the report?" asks about the reader, not the piece's issue
        if _QUESTION_TO_YOU.search(text):
            return sentence
        after = tail[k + 1] if k + 1 < len(tail) else None
        if after is not None and _ASK_ANSWER.match(after.text.strip()) and "?" not in text[:-1]:
            return sentence
    return None


def story_verdict(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's own verdict on the story the piece disputes (Audit 33 B2125's debunk), outside the lede."""
    if ctx.genre in _NO_VERDICT_GENRES:
        return None
    for sentence in doc.sentences[1:]:
        if _VERDICT.search(sentence.text) and _writers_own(ctx, sentence):
            return sentence
    return None


def writers_verdict(doc: Document, ctx: Context) -> Sentence | None:
    """The point a column or debunk states where the position prior never looks: its closing question to the
    readers, or the writer's verdict on the story it disputes."""
    return closing_question(doc, ctx) or story_verdict(doc, ctx)


# A subject "they"/"their N"/"its N" past the first word ("But our correspondent says their disunity was openly on
# display", Audit 39 #5) leans on a referent the sentence does not give when nothing before it in the sentence can
# be it: repair_opening sees only the first word, and as a key point placed after another party's line the pronoun
# reads as that party's. A person noun ("our reporter") is no "they"; a plural, a group or a place is.
_GROUPS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})
_PEOPLE = PERSON_NOUNS | DESCRIBED_PEOPLE
_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "PERSON"})


def no_referent(doc: Document, sentence: Sentence) -> bool:
    """True when a subject of ``sentence`` (past its first word, outside quotation marks) is "they", or is owned by
    "their"/"its", and no word before it in the sentence can be what the pronoun means: a last resort as a key point
    (the repair of an opening pronoun is openings.repair_opening's)."""
    tokens = doc.sentence_tokens(sentence)
    words = [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]
    if len(words) < 2 or '"' in sentence.text or "“" in sentence.text:
        return False
    for k, token in enumerate(words[1:], start=1):
        word = token.text.lower()
        subject = (word == "they" and token.dep in ("nsubj", "nsubjpass")) or (
            word in ("their", "its") and token.dep == "poss"
            and doc.tokens[token.head].dep in ("nsubj", "nsubjpass"))
        if not subject:
            continue
        # In a fronted clause the referent may follow: "Even if its core parts are borrowed, the game finds ..."
        # (eval reader main point, a review's thesis, lost with the first version of this rule).
        clause = doc.tokens[token.head] if word == "they" else doc.tokens[doc.tokens[token.head].head]
        before = words[:k] + (words[k + 1:] if clause.dep == "advcl" and clause.i < clause.head else [])
        if word == "its":
            found = any(t.pos in ("NOUN", "PROPN") and t.ent_type not in _NOT_REFERENTS
                        and t.lemma.lower() not in _PEOPLE for t in before)
        else:
            found = any(t.tag in ("NNS", "NNPS") or t.ent_type in _GROUPS or t.dep == "conj"
                        or (t.pos in ("NOUN", "PROPN") and t.ent_type not in _NOT_REFERENTS
                            and t.lemma.lower() not in _PEOPLE) for t in before)
        return not found
    return False
