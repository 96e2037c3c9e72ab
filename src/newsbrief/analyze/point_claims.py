"""A writer's claim stated after a set-up leads an argued piece (reader Audit 40, 41.3 #4-#6, session 26).

Audit 40 read three argued pieces whose key points led with their set-up: an opinion piece opened on what drones
look like and how cheap they are, and stated its thesis (they "are unlikely to bring the rebels a military
victory") near the end; a correspondent's analysis opened on the summit's security scenery and his own
"nightmare" as a reporter, and stated its point ("there are deep divisions in the Arab world ...") half way down; a
column opened on "we're told we'll know more" and who commands whom, and argued that the spill "requires a
different style of leadership". None of the earlier thesis rules (point_theses, point_conclusions) read them.

The signals are general, not any article's words:

- **A claim.** The writer's own sentence (no quotation mark, no reporting verb, no speaker) that prescribes or
  judges: "must", "should", "has to", "needs to", "requires", "is (un)likely to", "will not", "cannot", "what we
  really need", "the truth is". With a headline, a sentence carrying at least TITLE_CLAIM_WORDS of its words states
  the piece's subject too ("But the bloc remains deeply divided ..." under "Divisions deepen as ...").
- **On the theme.** A claim is weighed by the headline's words it carries (twice) and by the piece's theme words, the
  THEME_WORDS content words that recur in the most sentences ("drone", "rebel", "Libya"): a step of the argument
  ("Controlling territory requires training") carries few of them.
- **Not the set-up.** The first SETUP_SENTENCES lines are the set-up; a claim there leads by position already.

The claim leads only over a weaker main point: :func:`writers_claim` is asked after the specific thesis rules, and
its claim replaces the genre rules' pick only when that pick weighs less on the same scale (summary.py).
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.analyze.context import Context
from newsbrief.analyze.genre import main_point
from newsbrief.analyze.genre_points import title_overlap, title_terms
from newsbrief.analyze.point_padding import no_referent
from newsbrief.analyze.point_theses import argues, news_lede, writers_own
from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import back_verdict

# Prescriptions, judgements and firm forecasts in the writer's voice (the list of the brief for session 26, read in
# Audit 40's #4 and #6: "is unlikely to", "requires", "has to"). "could" and "may" are left out: set-ups hedge too.
_CLAIM = re.compile(
    r"\b(?:must|should|ought\s+to|(?:has|have|needs?)\s+to|requires?|(?:is|are)\s+(?:un)?likely\s+to|"
    r"will\s+not|won't|won’t|cannot|can\s+not|can't|can’t|what\s+\w+\s+really\s+\w+|the\s+truth\s+is|"
    r"what\s+matters\s+is)\b", re.I)
_FIRST_WORDS = re.compile(r"^(?:It|They|Their|This|That|These|Those|He|She|His|Her|Its)\b")
_ARGUED = ("opinion", "analysis", "feature")  # a feature's claim leads only over a weaker point (claim_over)
_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quoted phrase's "I" is someone else's
FIRST_PERSON_LINES = 2  # one "I" may be a quoted witness the attribution missed; two are the writer's voice
SETUP_SENTENCES = 2  # as point_theses: a claim in the first two lines leads by position already
THEME_WORDS = 3  # the content words recurring in most sentences; tuned on the three Audit 40 pieces and the cases
TITLE_CLAIM_WORDS = 3  # a writer's sentence with three headline words restates its subject (A5's "divisions", ...)
MIN_WORDS = 6
MIN_WEIGHT = 2  # at least two theme or headline words: one shared word is chance


@per_document  # asked for every candidate sentence; the context is the document's own
def _themes(ctx: Context) -> set[str]:
    """The THEME_WORDS content terms found in the most sentences (first found wins ties).

    Each sentence's terms are counted once in their order: a set's order changes with PYTHONHASHSEED, and the tie
    it broke changed the key points from run to run (CNN/DM row dm-test-4001b252, the speed helper, session 36).
    """
    counts: Counter[str] = Counter()
    for terms in ctx.terms:
        counts.update(list(dict.fromkeys(terms)))
    return {term for term, _ in counts.most_common(THEME_WORDS)}


def claim_weight(doc: Document, ctx: Context, sentence: Sentence) -> int:
    """How much of the piece's subject the sentence carries: each headline word twice, each other theme word once,
    and one more when its subject is one of them ("The spill requires ...": the claim is about the subject; "His
    commander is Obama" names it only as a complement)."""
    terms = set(ctx.terms[sentence.index])
    title = title_terms(doc) if doc.article.source.title else Counter[str]()
    themes = _themes(ctx)
    titled = {lemma for lemma in terms if any(lemma.startswith(term[:5]) for term in title)}
    weight = 2 * len(titled) + len((themes & terms) - titled)
    subject = next((t.lemma.lower() for t in doc.sentence_tokens(sentence) if t.dep in ("nsubj", "nsubjpass")
                    and doc.tokens[t.head].dep == "ROOT"), None)
    return weight + (1 if subject is not None and subject in titled | themes else 0)


def _claim(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True for the writer's own claim (see the module docstring) that stands alone as a key point."""
    text = sentence.text.rstrip()
    if len(text.split()) < MIN_WORDS or text.endswith(("?", ":")) or _FIRST_WORDS.match(text):
        return False  # a question asks, a colon announces, an opening pronoun leans on the line before
    if not writers_own(doc, ctx, sentence) or no_referent(doc, sentence):
        return False
    titled = bool(doc.article.source.title) and title_overlap(ctx, title_terms(doc), sentence) >= TITLE_CLAIM_WORDS
    return bool(_CLAIM.search(text)) or titled


def _columnist(doc: Document, ctx: Context) -> bool:
    """True when the writer speaks as "I" in FIRST_PERSON_LINES of their own sentences: a column, whatever its first
    line (Audit 40's #6 opened on "Signs emerged yesterday"). A reporter's report has no "I" of the reporter's."""
    return sum(1 for s in doc.sentences if _I.search(_QUOTED.sub("", s.text))
               and ctx.voice_of(s.index).voice == "reporter") >= FIRST_PERSON_LINES


def writers_claim(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's claim after the set-up that carries most of the piece's subject (first of equals), in a piece
    that argues and opens on no news day's lede; None when there is none of weight MIN_WEIGHT."""
    if ctx.genre not in _ARGUED and (not argues(doc, ctx) or news_lede(doc)) and not _columnist(doc, ctx):
        return None  # a column argues though its first line is dated ("... yesterday")
    found = [s for s in doc.sentences[SETUP_SENTENCES:] if _claim(doc, ctx, s)]
    best = max(found, key=lambda s: (claim_weight(doc, ctx, s), -s.index), default=None)
    return best if best is not None and claim_weight(doc, ctx, best) >= MIN_WEIGHT else None


def claim_over(doc: Document, ctx: Context, point: Sentence | None) -> Sentence | None:
    """The writer's claim when it carries more of the subject than ``point`` (the genre rules' pick), else ``point``.
    A point that is itself among the opening lines keeps its place only if it weighs as much."""
    claim = writers_claim(doc, ctx)
    if claim is None or (point is not None and claim_weight(doc, ctx, point) >= claim_weight(doc, ctx, claim)):
        return point
    return claim


_TOLD = ("news", "feature", "opinion", "analysis")  # as summary._TOLD: pages of entries or answers are not argued


def led_point(doc: Document, ctx: Context) -> Sentence | None:
    """The genre's main point (genre.main_point), or in a told piece the writer's claim over it (:func:`claim_over`)."""
    point = main_point(doc, ctx, ctx.genre)
    return claim_over(doc, ctx, point) if ctx.genre in _TOLD else point


def usable(doc: Document, point: Sentence | None) -> Sentence | None:
    """``point`` unless it leans on a referent the piece never gave (point_padding.no_referent: "However, if the person
    looks like ..., they will be refused service ..."; Audit 48 #8's hoax report led with that closing line). A verdict
    leaning back on the story ("That is nonsense.") leads by design: it is shown with the story it judges."""
    if point is None or back_verdict(point.text) or not no_referent(doc, point):
        return point
    return None
