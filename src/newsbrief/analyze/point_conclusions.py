"""The thesis an argument piece states late, after a conclusion marker or as an obligation (reader Audit 35).

Audit 35 read two argument pieces whose briefs led with the set-up and lost the thesis:

- **A concluding verdict.** A short comment column, read as news, weighed both sides of a chief executive's gaffes
  and then concluded "Either way, in the long run, it looks increasingly hard for him to survive this crisis". A
  conclusion marker opening the writer's sentence ("Either way,", "In the long run,", "Ultimately,", "All in all,",
  "On balance,", "In the end,") over an evaluative or forward-looking claim ("looks", "seems", "increasingly",
  "hard", "unlikely", "bound to") is the writer's verdict on the whole piece. It leads any piece whose lede tells
  no news day (point_theses.news_lede): a report dated "on Tuesday" keeps its lede, and a quoted "either way" is
  someone else's. The verdict is about what the opening is about: it shares a content word with the headline or
  with the first two sentences (the column's headline named the company; its verdict and standfirst the chief).
- **An obligation in the writer's voice.** A first-person blog post on a hostage's killing opened on three lines
  of background and news, then argued "But their barbarity needs to be exposed." In a piece that argues
  (point_theses.argues: opinion, analysis, or the writer's first person over no news day's lede), the writer's own
  "X needs to / has to / must be <done>" is the call the piece makes. A conditional "would have to be reversed"
  is a hedge, not a call, and an attributed one ("officers said the stream needs to be cleaned") is not the
  writer's.
"""

from __future__ import annotations

import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.genre_points import title_overlap, title_terms
from newsbrief.analyze.point_theses import SETUP_SENTENCES, THESIS_MIN_WORDS, argues, news_lede, writers_own
from newsbrief.models import Document, Sentence

_CONCLUDING = re.compile(
    r"^(?:(?:And|But|So),?\s+)?(?:either\s+way|in\s+the\s+long(?:er)?\s+(?:run|term)|ultimately|all\s+in\s+all|"
    r"on\s+balance|in\s+the\s+end|whatever\s+happens)\b", re.I)
_EVALUATIVE = re.compile(
    r"\b(?:looks?|seems?|appears?|increasingly|hard|difficult|unlikely|likely|inevitabl[ey]|bound\s+to|doomed)\b",
    re.I)
# "needs to be exposed", "has to be stopped", "must be told": the writer's call. A "would/could/might have to be"
# is a conditional hedge (the column's "That judgment would have to be reversed if ..."), a "will have to be" a
# forecast (a Newsroom comment page's "the whole thing will have to be scrapped"), and a negated one no call (an
# XSum race report's "You don't need to be married to take part").
_OBLIGATION = re.compile(
    r"(?<!would\s)(?<!could\s)(?<!might\s)(?<!will\s)(?<!n't\s)(?<!n’t\s)(?<!not\s)"
    r"\b(?:needs?|has|have)\s+to\s+be\s+[a-z]+(?:ed|en|wn)\b|"
    r"(?<!not\s)\bmust\s+be\s+[a-z]+(?:ed|en|wn)\b", re.I)
# A certainty the writer announces ("But one thing is clear for the future: countries ... will seek to emulate
# China"; reader Audit 43 #2, a column whose brief led with its questions and set-up) is its verdict in itself.
_CERTAINTY = re.compile(r"^(?:(?:And|But|So|Yet),?\s+)?(?:one\s+thing\s+(?:is|seems)\s+(?:clear|certain)|"
                        r"what\s+is\s+(?:clear|certain)\s+is)\b", re.I)
_ALLOWED_GENRES = ("news", "feature", "opinion", "analysis")
OBLIGATION_MIN_WORDS = 5  # "But their barbarity needs to be exposed." is six words: a call may be short
# A call comes soon after the set-up: Audit 35's blog post made it in its sixth sentence and a CNN/DM cricket
# column in its fifteenth; a Newsroom page of readers' comments had its "People need to be reminded" at its 184th,
# one commenter's line among hundreds, not the page's call.
CALL_WINDOW = 20


def is_call(text: str) -> bool:
    """True for an obligation stated as a call ("X needs to be exposed"), not a hedge, forecast or negation."""
    return bool(_OBLIGATION.search(text))


def _about_opening(doc: Document, ctx: Context, body: list[Sentence], sentence: Sentence) -> bool:
    """True when the sentence shares a content word with the headline or the first two sentences of the body."""
    if doc.article.source.title and title_overlap(ctx, title_terms(doc), sentence) >= 1:
        return True
    own = set(ctx.terms[sentence.index])
    return any(own & set(ctx.terms[s.index]) for s in body[:SETUP_SENTENCES])


def _plain(text: str) -> bool:
    """True for a statement: no question, no quotation mark (an apostrophe is no quotation)."""
    return not text.rstrip("\"”’' ").endswith("?") and not any(m in text for m in "\"“”‘")


def concluded_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's concluding verdict or call after the set-up of a piece whose lede tells no news day (see the
    module docstring): the first concluding verdict, else the first call in a piece that argues; None otherwise."""
    if ctx.genre not in _ALLOWED_GENRES or news_lede(doc):
        return None
    body = [s for s in doc.sentences if s.text.strip()]
    later = body[SETUP_SENTENCES:]
    for sentence in later:
        text = sentence.text.strip()
        concluded = (_CONCLUDING.match(text) and _EVALUATIVE.search(text)) or _CERTAINTY.match(text)
        if len(text.split()) >= THESIS_MIN_WORDS and concluded and _plain(text) and writers_own(doc, ctx, sentence) \
                and _about_opening(doc, ctx, body, sentence):
            return sentence
    if not argues(doc, ctx):
        return None
    for sentence in later:
        text = sentence.text.strip()
        if sentence.index >= CALL_WINDOW:
            break
        if len(text.split()) >= OBLIGATION_MIN_WORDS and is_call(text) and _plain(text) \
                and writers_own(doc, ctx, sentence):
            return sentence
    return None


# Background told as such: "Foley was a freelance photographer covering the war at the time" (Audit 35's blog post,
# whose second and third key points were its two background lines while the news line, "today they posted the
# video", was left out).
_BACKGROUND = re.compile(r"\b(?:at\s+the\s+time|back\s+then|in\s+those\s+days)\b", re.I)


def background_gives_way(doc: Document, chosen: list[Sentence], point: Sentence) -> list[Sentence]:
    """The key points of a piece led by its concluded thesis, each background line ("... at the time") replaced by
    the next unchosen statement after it (in the blog post, the news line that followed its background)."""
    out = list(chosen)
    taken = {s.index for s in out}
    for k, sentence in enumerate(out):
        if sentence is point or not _BACKGROUND.search(sentence.text):
            continue
        after = next((s for s in doc.sentences[sentence.index + 1 :] if s.index not in taken
                      and len(s.text.split()) >= THESIS_MIN_WORDS and _plain(s.text)
                      and not _BACKGROUND.search(s.text)), None)
        if after is not None:
            out[k] = after
            taken.add(after.index)
    return out
