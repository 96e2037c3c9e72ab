"""Genre and main point: what kind of piece the article is, and the sentence that states its point.

A news report puts its news first, so its main point is the lede. Other
genres do not: an opinion piece states its thesis and stance somewhere in its
opening paragraphs (or restates it at the end), an analysis its argument, a
feature opens on a scene and gives its point in a "nut graf" a few paragraphs
down. The genre is read from signals a reader uses:

- the address: an ``/opinion/``, ``/commentisfree/``, ``/column/``,
  ``/analysis/`` or ``/review/`` path, or a title such as "Opinion: ..." or
  "Why ...";
- the writer's own voice (sentences the attribution stage gives to the
  reporter): first person ("I", "my"), recommendations ("should", "must"),
  questions to the reader, evaluative words;
- the writer as a witness: "I" in the writer's own sentences early on (a feature);
- structure: several "NAME, role:" blocks (a round-up), clock-time lines (a
  live page), question-and-answer paragraphs, star ratings (a review).

The main point of a non-news piece is the writer's own sentence in the first
part of the article that best combines the headline's words, the article's
recurring terms (centrality) and stance language; quoted and attributed
sentences are other people's points, not the article's. A verdict or summing-up
("We rate the statement Mostly True", "In sum, ...") is the point wherever it
stands in the opening or the closing paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.doc_index import entities_of
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

Genre = Literal["news", "opinion", "analysis", "factcheck", "roundup", "feature", "live", "qa", "review"]

_URL_GENRES: tuple[tuple[re.Pattern[str], Genre], ...] = (
    (re.compile(r"/(opinion|opinions|commentisfree|comment|columns?|columnists?|editorials?|op-?ed|"
                r"blogs?/opinion|views?|letters)/", re.I), "opinion"),
    (re.compile(r"/(fact-?check\w*|factcheck\w*)/", re.I), "factcheck"),
    (re.compile(r"/(analysis|explainer|news-analysis)/", re.I), "analysis"),
    (re.compile(r"/(reviews?|film-review|music-review|tv-review)/", re.I), "review"),
    (re.compile(r"/(live|live-updates|liveblog|live-news)/", re.I), "live"),
)
_TITLE_OPINION = re.compile(r"^(opinion|comment|view|editorial|column)\s*[:|]|^(why|how) |\?$", re.I)
_TITLE_ANALYSIS = re.compile(r"^(analysis|explainer)\s*[:|]", re.I)
_TITLE_FACTCHECK = re.compile(r"\bfact[- ]?check\b", re.I)
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|my|me)\b")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(I|I'm|I've|I'd|I'll|myself)\b")
FEATURE_OPENING = 0.3  # the share of the article where the writer's "I" makes a piece a feature
# The writer's own judgement: advice, verdicts and argument markers (common news words such as
# "better" or "right" are left out: they made a quarter of CNN/DM reports read as opinion).
_EVALUATIVE = re.compile(
    r"\b(should|must|ought to|absurd|shameful|disgrace\w*|ridiculous|foolish|reckless|obviously|surely|"
    r"frankly|the truth is|the point is|the question is|the problem is|the lesson|what matters|"
    r"it is time|it's time|we need|let us|let's|"
    # loaded words a report leaves to its sources (fifth reader audit: two opinion pieces read as news)
    r"we should|we must|in my view|i believe|hysteria|hysterical|dismal|ill-planned|over-dramatic|ludicrous|"
    r"outrageous|scandalous|farcical|farce|nonsense|pathetic|appalling|deplorable|disgraceful|hypocri\w+|"
    r"incompeten\w+|cynical|folly|misguided|wrong-headed|laughable|preposterous|fuss about nothing)\b", re.I)
# A verdict or summing-up in the writer's voice: a fact-check's rating ("We rate the statement
# Mostly True"), "In sum, the claim ... is unsubstantiated", an editorial's "The bottom line".
# Such a sentence is the piece's point wherever it stands, so it outweighs headline overlap.
_VERDICT = re.compile(
    r"\b(we rate|we rated|our rating|our ruling|in sum|in short|to sum up|in conclusion|the bottom line|"
    r"the verdict|all in all|now you know|the (?:short )?answer is)\b|\b(mostly|half) (true|false)\b|"
    r"\bpants on fire\b", re.I)
VERDICT_BONUS = 2.0
# A feature's or an analysis's "nut graf" says what the piece is about in so many words ("But this
# day was all about the medical experts", "At the heart of the dispute is ...").
_NUT_GRAF = re.compile(
    r"\b(all about|at the heart of|at stake|at issue|comes? down to|boils? down to|the (?:real |central |key )?"
    r"(?:story|question|issue|point) (?:is|was|here)|this is (?:a|the) story of|what (?:this|it) (?:is|was) about)\b",
    re.I)
NUT_GRAF_BONUS = 0.6
NUT_GRAF_SHARE = 0.6
_CLOCK_LINE = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(a\.?m\.?|p\.?m\.?)?\s*(ET|EST|EDT|GMT|BST|CET)?\s*$", re.I)
_STARS = re.compile(r"★|☆|\b\d(?:\.\d)? ?(?:out of|/) ?(?:5|five|10|ten) stars\b|\b(?:rating|score|verdict)\s*:\s*"
                    r"\d(?:\.\d)? ?(?:/|out of) ?(?:5|10)\b", re.I)
_QA = re.compile(r"^(Q|Question)\s*[:.]\s", re.M)
# An explainer written as questions and answers without "Q:" marks: paragraphs that are one
# question each, in the writer's voice, each followed by an answer paragraph.
MIN_QUESTION_PARAGRAPHS = 3
# The share of the writer's own sentences with first person or evaluative words above which a
# piece reads as opinion (news reports stay under it: a few "should" in quotes are not the writer's).
# Checked on the CNN/DM dev articles (news, a few comment pieces) and the main-point set's genres.
OPINION_SHARE = 0.2
# Where a nut graf or thesis is looked for: the first part of the article, and the closing paragraph.
OPENING_SHARE = 0.45


# A news report's event is dated by the day: "on Monday", "yesterday", "on Tuesday night".
_NEWS_TIME = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                        r"last night|this morning|this afternoon|this week)\b", re.I)
# How far down a delayed lede is looked for: the wire and sports stories of the main-point set that
# open on a scene give their news by the fifth sentence; further down a dated sentence is a detail.
DELAYED_LEDE_SENTENCES = 6

# Any quotation mark, single ones included ('...' and ‘...’ in British and wire styles), at a
# word edge: a paragraph that has one may be carrying someone's words over several sentences.
_ANY_QUOTE = re.compile(r"(?:^|\s)[\"“‘']|[\"”’'](?:\s|$|[,.;:!?])")


def _reporter_sentences(doc: Document, ctx: Context) -> list[Sentence]:
    """The writer's own sentences: the reporter's voice, in paragraphs without quotation marks."""
    voices = {v.sentence: v for v in ctx.attributions.voices}
    quoted: set[int] = set()
    for s in doc.sentences:
        if _ANY_QUOTE.search(s.text):
            quoted.add(s.paragraph)
    return [s for s in doc.sentences
            if s.index in voices and voices[s.index].voice == "reporter" and s.paragraph not in quoted]


def _question_paragraphs(doc: Document) -> int:
    """Paragraphs that are a single question not in quotation marks, followed by a paragraph that answers."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    count = 0
    for paragraph, sentences in by_paragraph.items():
        text = sentences[0].text.strip()
        if len(sentences) == 1 and text.endswith("?") and text[:1] not in "\"“'‘" \
                and paragraph + 1 in by_paragraph and not by_paragraph[paragraph + 1][-1].text.rstrip().endswith("?"):
            count += 1
    return count


def detect_genre(doc: Document, ctx: Context) -> Genre:
    """The article's genre (see the module docstring); ``news`` when nothing says otherwise."""
    url = doc.article.source.url or ""
    for pattern, genre in _URL_GENRES:
        if pattern.search(url):
            return genre
    title = doc.article.source.title or ""
    text = doc.article.text
    lines = text.split("\n")
    if sum(1 for line in lines if _CLOCK_LINE.match(line)) >= 3:
        return "live"
    if len(_QA.findall(text)) >= 3 or _question_paragraphs(doc) >= MIN_QUESTION_PARAGRAPHS:
        return "qa"
    if _STARS.search(text[:2000]):
        return "review"
    if len(ctx.attributions.headers) >= 2:
        return "roundup"
    own = _reporter_sentences(doc, ctx)
    if own:
        stance = sum(1 for s in own if _FIRST_PERSON.search(s.text) or _EVALUATIVE.search(s.text)
                     or s.text.rstrip().endswith("?"))
        if stance / len(own) >= OPINION_SHARE and len(own) >= 5:
            return "opinion"
        # The writer as a witness early on ("I joined the queue for the public gallery"): no news
        # report of the main-point set (34 pages) has a first-person sentence of its own in its first
        # third; first-person pieces that argue are caught as opinion just above.
        if any(_FIRST_PERSON_SINGULAR.search(s.text) and s.index < FEATURE_OPENING * len(doc.sentences)
               for s in own):
            return "feature"
    if _TITLE_FACTCHECK.search(title):
        return "factcheck"
    if _TITLE_ANALYSIS.search(title):
        return "analysis"
    if _TITLE_OPINION.search(title):
        return "opinion"
    return "news"


def _title_terms(doc: Document) -> Counter[str]:
    title = (doc.article.source.title or "").lower()
    return Counter(w for w in re.findall(r"[a-z]{4,}", title))


def _title_overlap(ctx: Context, title: Counter[str], sentence: Sentence) -> int:
    """How many of the headline's words the sentence has (by their first five letters)."""
    lemmas = set(ctx.terms[sentence.index])
    return sum(1 for term in title if any(lemma.startswith(term[:5]) for lemma in lemmas))


def _day(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence dates something by the day ("on Monday", "yesterday")."""
    return any(e.label in ("DATE", "TIME") and _NEWS_TIME.search(e.text) for e in entities_of(doc, sentence))


def delayed_lede(doc: Document, ctx: Context) -> Sentence | None:
    """The news of a report that opens on a scene or a comment ("To LeBron James, triple-doubles
    are not a goal.") and tells its news a few paragraphs down ("... on Tuesday night").

    Only when the opening paragraph has no day ("on Monday", "yesterday"), a headline is known, and a sentence of
    the next paragraphs (up to DELAYED_LEDE_SENTENCES) tells a dated event ("on Monday",
    "yesterday") in a finite verb and shares at least as many headline words as the opening.
    """
    title = _title_terms(doc)
    if not title or not doc.sentences:
        return None
    first = doc.sentences[0].paragraph
    opening = [s for s in doc.sentences if s.paragraph == first]
    if any(_day(doc, s) for s in opening):
        return None  # a lede dated by the day tells its news
    lede = max((_title_overlap(ctx, title, s) for s in opening), default=0)
    voices = {v.sentence: v.voice for v in ctx.attributions.voices}
    for sentence in doc.sentences[len(opening) : DELAYED_LEDE_SENTENCES]:
        if voices.get(sentence.index, "reporter") != "reporter" or sentence.text[:1] in "\"“'‘":
            continue
        dated = _day(doc, sentence)
        finite = any(t.tag in ("VBD", "VBZ", "VBP") for t in doc.sentence_tokens(sentence))
        if dated and finite and _title_overlap(ctx, title, sentence) >= max(2, lede):
            return sentence
    return None


def main_point(doc: Document, ctx: Context, genre: Genre) -> Sentence | None:
    """The sentence that states the article's point, for a genre that does not lead with it.

    A news report leads with its news, except when its lede is delayed (:func:`delayed_lede`).
    """
    if genre == "news":
        return delayed_lede(doc, ctx)
    if not doc.sentences:
        return None
    own = _reporter_sentences(doc, ctx)
    mine = {s.index for s in own}
    # A verdict in the writer's voice counts even in a paragraph with scare quotes ("is in 'poor' category").
    own += [s for s in doc.sentences if s.index not in mine and _VERDICT.search(s.text)
            and ctx.voice_of(s.index).voice == "reporter" and s.text[:1] not in "\"“"]
    if not own:
        return None
    last_paragraph = doc.sentences[-1].paragraph
    # The opening: the first three paragraphs, or the first OPENING_SHARE of a long article's.
    cut = max(3, int((last_paragraph + 1) * OPENING_SHARE))
    title = _title_terms(doc)
    best: tuple[float, Sentence] | None = None
    # A feature's nut graf may come after a long scene: a sentence that says what the piece is about
    # is looked for a little further down.
    nut_cut = max(5, int((last_paragraph + 1) * NUT_GRAF_SHARE))
    for sentence in own:
        nut = bool(_NUT_GRAF.search(sentence.text))
        if sentence.paragraph >= (nut_cut if nut else cut) and sentence.paragraph != last_paragraph:
            continue
        words = sentence.text.split()
        if genre == "qa" and sentence.text.rstrip("\"”’' ").endswith("?"):
            continue  # in questions and answers the answer is the point (a round-up's framing question may be)
        verdict = bool(_VERDICT.search(sentence.text))
        if len(words) < (5 if verdict else 8) or len(words) > 60:
            continue
        lemmas = set(ctx.terms[sentence.index])
        overlap = sum(1 for term in title if any(lemma.startswith(term[:5]) for lemma in lemmas))
        score = (1.5 * overlap / (len(title) or 1) + ctx.centrality[sentence.index]
                 + 0.4 * bool(_EVALUATIVE.search(sentence.text)) + VERDICT_BONUS * verdict
                 + NUT_GRAF_BONUS * nut
                 - 0.02 * sentence.index)
        if best is None or score > best[0]:
            best = (score, sentence)
    return best[1] if best else None
