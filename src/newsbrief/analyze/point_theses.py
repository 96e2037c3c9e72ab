"""An analysis's thesis, an opening's generic hook and a quotation cut in half (reader Audit 31, session 19b).

Audit 31 read three kinds of key point a reader deletes or misses:

- **The thesis of an analysis.** A correspondent's analysis opened on background ("X has been Y's ally since
  Soviet times") and stated its thesis late, as a hedged forward-looking claim in the writer's own voice ("at a
  certain point, Moscow must know that it might have to abandon its ally"); another's headline carried its thesis
  ("... but US may have been lucky") and the body restated it ("count itself ecologically lucky"). The key points
  led with the background. For a piece read as analysis, or signed by a correspondent or editor, or whose
  headline hedges ("may have been lucky"), the first writer's sentence after the set-up that makes such a claim
  leads (:func:`analysis_thesis`). A straight report keeps its lede: its hedges are quoted or sourced, and its
  opening is no background with no hedge of its own.
- **A generic hook.** A jokey viral story opened on a time-travel list ("Twenty years ago, A, B and C") and a
  callback ("Two of those three things changed"), a hoax on a platitude ("Strange natural occurrences are
  happening"), a cut superlative ("But nothing more magnificent than the one you will experience") and a year
  "full of surprises" (Audit 46). Such lines name no subject of the story and are no key point (:func:`is_hook`).
  "Twenty years ago, the mill employed 2,000 people" is one fact, not a list, and stays.
- **Half a quotation.** The lead's Newsroom report showed '"Many women refused to get screened.' as a key point,
  its second sentence and close cut. A quotation over two sentences is shown whole when it is short
  (:func:`quotation_close`), or the opening half is no point (summary.sentence_scores).

An op-ed's or analysis's argued thesis stated late ("As I argue ...", "the real question is", "That is why ...
must", "In the end,"; Audit 32's blog op-ed) and an opening claim the next sentence exemplifies ("And there is no
better example than ..."; the lead's Newsroom row 1) lead too (:func:`argued_thesis`, session 20).

A report's turn to outside doubt (:func:`turn_point`) lives here too: summary.py is at the size limit.
"""

from __future__ import annotations

import itertools
import re

from newsbrief.analyze.context import Context
from newsbrief.analyze.genre_points import title_overlap, title_terms
from newsbrief.analyze.openings import inside_open_quote
from newsbrief.analyze.point_anaphors import dangling_reference
from newsbrief.analyze.point_contests import contested_claim
from newsbrief.analyze.point_options import options_text
from newsbrief.analyze.point_padding import no_referent
from newsbrief.analyze.quote_marks import opens_inside_quote, opens_quote
from newsbrief.models import Document, Sentence
from newsbrief.nlp.speakers import UNNAMEABLE

# A hedged, forward-looking or evaluative claim of the writer's: each form was read in Audit 31's analyses (A4,
# A6) or is the brief's list of a thesis's signals ("the question is", "it is likely that", "the real ... is").
_THESIS = re.compile(
    r"\b(?:(?:may|might|could|must|will)\s+(?:well\s+)?have\s+to|at\s+(?:some|a\s+certain)\s+point|"
    r"the\s+(?:real\s+|big\s+|key\s+)?question\s+is|it\s+is\s+(?:likely|unlikely|probable)\s+that|"
    r"(?:may|might|could)\s+(?:well\s+)?have\s+been|the\s+real\s+\w+\s+(?:is|was)\b)", re.I)
# A headline that hedges its thesis ("... but US may have been lucky"): the word it hedges is the thesis's word.
_TITLE_HEDGE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?(?:have\s+been|be|have\s+to)\s+([a-z]{4,})", re.I)
# A correspondent's or specialist editor's byline ("Diplomatic correspondent", "Economics editor").
_BYLINE = re.compile(r"\b(?:correspondent|editor|analyst)\b", re.I)
# A span of background ("since Soviet times", "for decades") and a news day ("on Tuesday", "yesterday").
_SPAN = re.compile(r"\b(?:since|for\s+(?:decades|years|centuries|generations))\b", re.I)
_NEWS_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight)\b")
_QUOTES = "\"“”'‘"
_CUES = frozenset({"say", "tell", "according", "accord", "show", "report", "add", "insist", "argue"})
SETUP_SENTENCES = 2  # the set-up before a thesis: a thesis in the first two lines leads already by position
THESIS_TITLE_WORDS = 2  # with a headline, a thesis carries at least two of its words (A6's "US", "spill", "lucky")
THESIS_MIN_WORDS = 8


def _writers(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence is the writer's own: no quotation mark, no reporting verb, no speaker."""
    if any(mark in sentence.text for mark in _QUOTES if mark not in "'"):
        return False
    if any(t.lemma.lower() in _CUES for t in doc.sentence_tokens(sentence)):
        return False
    return ctx.voice_of(sentence.index).voice == "reporter"


def _byline(doc: Document, sentence: Sentence) -> bool:
    """True for a correspondent's or editor's byline line: short, with the title and no verb ("Jeremy Bowen, Middle
    East editor"). "The Ledger's editor resigned on Tuesday." is a report's lede (session 19 review)."""
    return bool(_BYLINE.search(sentence.text)) and len(sentence.text.split()) <= 12 \
        and not any(t.pos in ("VERB", "AUX") for t in doc.sentence_tokens(sentence))


def _news_lede(doc: Document) -> bool:
    """True when the piece opens on a report's lede, dated to a news day ("... on Tuesday"). A sourced opening is
    not enough: an analysis opens on what someone "said in March" too."""
    body = [s for s in doc.sentences[:3] if not _byline(doc, s)]
    return bool(body) and bool(_NEWS_DAY.search(body[0].text))


def _analysis_like(doc: Document, ctx: Context) -> bool:
    """True for an analysis: its genre, a correspondent's byline on the first lines, or a hedging headline over an
    opening that is no report's lede (news headlines hedge too: "Thousands may be homeless after floods hit
    Harlan" over "Floodwaters swept through Harlan on Tuesday, ..., officials said" kept its lede only so;
    session 19 review)."""
    if ctx.genre == "analysis":
        return True
    if any(_byline(doc, s) for s in doc.sentences[:2]):
        return True
    if _TITLE_HEDGE.search(doc.article.source.title or ""):
        return not _news_lede(doc)
    return not doc.article.source.title and _background_opening(doc, ctx)


def _background_opening(doc: Document, ctx: Context) -> bool:
    """True when the piece opens on background in the writer's voice: a present perfect over a span ("Syria has
    provided Russia with an ally since Soviet times", Audit 31's A4, whose headline and byline's title the page
    lost) with nothing reported and no news day. A report's lede tells an act, dated or sourced."""
    if not doc.sentences or not _writers(doc, ctx, doc.sentences[0]):
        return False
    first = doc.sentences[0]
    tokens = doc.sentence_tokens(first)
    perfect = any(t.lemma == "have" and t.tag in ("VBZ", "VBP") for t in tokens) and any(t.tag == "VBN" for t in tokens)
    return perfect and bool(_SPAN.search(first.text)) and not _NEWS_DAY.search(first.text)


def analysis_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """The first writer's sentence after the set-up that makes a hedged claim about the piece's subject, when the
    piece reads as analysis and its opening makes none (see the module docstring); None otherwise."""
    if not _analysis_like(doc, ctx):
        return None
    body = [s for s in doc.sentences if not _byline(doc, s)]
    if any(_THESIS.search(s.text) for s in body[:SETUP_SENTENCES]):
        return None  # the thesis opens the piece: the lead already has it
    title = doc.article.source.title or ""
    terms = title_terms(doc)
    hedged = _TITLE_HEDGE.search(title)
    word = hedged.group(1).lower()[:5] if hedged else None
    for sentence in body[SETUP_SENTENCES:]:
        if len(sentence.text.split()) < THESIS_MIN_WORDS or not _writers(doc, ctx, sentence):
            continue
        if title and title_overlap(ctx, terms, sentence) < THESIS_TITLE_WORDS:
            continue
        if _THESIS.search(sentence.text) or (word and word in sentence.text.lower()):
            return sentence
    return contested_claim(doc)  # else an accusation the piece weighs (point_contests, Audit 38 #4)


# An argued thesis in the writer's own words (session 20, Audit 32's blog op-ed A4, whose "As I argue in the
# op-ed, limited interventions ... can also avoid catastrophic failures" came last, after its illustrations): a
# conclusion marker opening the sentence ("In the end,", "Ultimately,"), "That is why", the writer naming the
# argument as theirs ("As I argue"), "the real question / lesson / point / truth is", "what X should do is" and
# "it would be far more sensible to". "The problem is" is left out: analyses use it for one obstacle among several
# (Audit 32 A5).
_ARGUED = re.compile(
    r"^(?:(?:And|But|So),?\s+)?(?:in\s+the\s+end|ultimately|in\s+the\s+final\s+analysis|in\s+short)\b,?|"
    r"\b(?:that|this)(?:'s|’s|\s+is)\s+why\b|"
    r"\bas\s+I\s+(?:argue|argued|have\s+argued|wrote|have\s+written|say)\b|"
    r"\bthe\s+(?:real\s+|big\s+|key\s+|central\s+)?(?:question|lesson|point|truth)\s+"
    r"(?:of\s+[^,;]{1,60}?\s+)?(?:here\s+)?is\b|"
    r"\bwhat\s++[\w\s]{1,40}?\s+(?:should|must|needs?\s+to|ought\s+to)\s+do\s+is\b|"
    r"\bit\s+would\s+be\s+(?:far\s+|much\s+)?(?:more\s+)?(?:sensible|wiser|better)\s+to\b", re.I)
_OWN_ARGUMENT = re.compile(r"\bas\s+I\s+(?:argue|argued|have\s+argued|wrote|have\s+written|say)\b", re.I)
# The writer in the first person, outside any quotation: an op-ed's voice when the genre line reads it as news.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|My)\b")
_ARGUED_CUES = _CUES - {"argue"}  # "As I argue" is the writer's own cue


def _argued_like(doc: Document, ctx: Context) -> bool:
    """True for a piece that argues: read as opinion or analysis, signed by a correspondent, or written in the
    writer's first person (outside quotations) over an opening that is no news day's lede."""
    if ctx.genre in ("opinion", "analysis") or _analysis_like(doc, ctx):
        return True
    if ctx.genre not in ("news", "feature") or _news_lede(doc):
        return False
    return any(_FIRST_PERSON.search(s.text) and not any(m in s.text for m in _QUOTES if m != "'")
               and ctx.voice_of(s.index).voice == "reporter" for s in doc.sentences[:12])


def _argues(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True for the writer's own sentence stating an argued thesis (_ARGUED): no quotation, no one else's cue."""
    text = sentence.text
    if not _ARGUED.search(text) or text.rstrip("\"”’' ").endswith("?"):
        return False
    if any(mark in text for mark in _QUOTES if mark != "'") or (ctx.voice_of(sentence.index).voice != "reporter"
                                                                and not _OWN_ARGUMENT.search(text)):
        return False
    return not any(t.lemma.lower() in _ARGUED_CUES for t in doc.sentence_tokens(sentence))


# A sentence that offers what follows as an example of the claim before it (the lead's Newsroom row 1, a TV
# column: "On television nowadays, drinking is the password ... And there is no better example than the Esquire
# Network, ..."): "there is no better example", "Take, for example,", "Consider the case of", "Case in point",
# "Exhibit A", "Just look at" (a bare "Take the ferry ..." is a scene's instruction).
_EXAMPLE_CUE = re.compile(
    r"^(?:(?:And|But|So),?\s+)?(?:there\s+(?:is|was)\s+no\s+(?:better|clearer)\s+(?:example|illustration|case)|"
    r"(?:a|the)\s+(?:case|example)\s+in\s+point|exhibit\s+a\b|(?:just\s+)?look\s+at\s|"
    r"(?:take|consider),?\s+(?:for\s+(?:example|instance)|the\s+case\s+of)\b)", re.I)
EXAMPLE_OPENING = 3  # the claim opens the piece: one of its first three sentences
_EXEMPLIFIED = ("feature", "opinion", "analysis")


def exemplified_claim(doc: Document, ctx: Context) -> Sentence | None:
    """The writer's claim in the opening that the next sentence offers an example of (_EXAMPLE_CUE): the piece's
    thesis, which its examples follow. A news report's next line tells more news, so only pieces that argue or
    tell (feature, opinion, analysis), or read as news with no news day in their lede, are read so; None
    otherwise."""
    if ctx.genre not in _EXEMPLIFIED and (ctx.genre != "news" or _news_lede(doc)):
        return None  # a column the genre line reads as news still argues when it opens on no news day
    body = [s for s in doc.sentences[: EXAMPLE_OPENING + 2] if not _byline(doc, s)]
    for claim, example in itertools.pairwise(body[: EXAMPLE_OPENING + 1]):
        if _EXAMPLE_CUE.match(example.text) and len(claim.text.split()) >= THESIS_MIN_WORDS \
                and not claim.text.rstrip("\"”’' ").endswith("?") and _writers(doc, ctx, claim):
            return claim
    return None


def argued_thesis(doc: Document, ctx: Context) -> Sentence | None:
    """The opening's claim its next sentence exemplifies (:func:`exemplified_claim`), else the writer's argued thesis
    stated after the set-up (_ARGUED) in a piece that argues, when its opening states none: the one the writer names
    as their argument, else the first. None otherwise."""
    claim = exemplified_claim(doc, ctx)
    if claim is not None:
        return claim
    body = [s for s in doc.sentences if not _byline(doc, s)]
    if not body or any(_argues(doc, ctx, s) for s in body[:SETUP_SENTENCES]) or not _argued_like(doc, ctx):
        return None
    title = doc.article.source.title or ""
    terms = title_terms(doc)
    found = [s for s in body[SETUP_SENTENCES:] if len(s.text.split()) >= THESIS_MIN_WORDS and _argues(doc, ctx, s)
             and (not title or title_overlap(ctx, terms, s) >= 1)]
    return next((s for s in found if _OWN_ARGUMENT.search(s.text)), found[0] if found else None)


# A time-travel hook lists what was happening N years ago ("Twenty years ago, A was ..., B rolled out ..., and
# C bought ..."): two commas and an "and" make the list; "Twenty years ago, the mill employed 2,000" is one fact.
_TIME_TRAVEL = re.compile(r"^(?:\w+|\d+)\s+(?:years|decades|months)\s+ago,\s(?:[^,]+,){2,}[^,]*\band\b", re.I)
# Its callback ("Two of those three things changed dramatically").
_CALLBACK = re.compile(r"^(?:One|Two|Three|None|All|Both)\s+of\s+(?:those|these|the)\s+(?:two|three|four|five)\s+"
                       r"(?:things|events)\b", re.I)
# A platitude on strange things happening (B844's "Strange natural occurrences are happening in the world today").
_PLATITUDE = re.compile(r"^(?:\w+\s+){0,2}(?:things|occurrences|events|happenings|phenomena)\s+(?:are|keep|have\s+"
                        r"been)\s+happening\b", re.I)
# A superlative that sells what comes ("But nothing more magnificent than the one you will experience").
_SUPERLATIVE = re.compile(r"^(?:But\s+)?nothing\s+(?:is\s+)?(?:more|as)\s+\w+\s+(?:than|as)\b", re.I)
# A rarity hook (Audit 37 A5's "It is not often we are given a very public ... insight into an industry as private as
# oil."): how seldom something happens sells what comes; a "but" clause in the same sentence carries news and stays.
_RARITY = re.compile(r"^It(?:'s|’s|\s+is)\s+(?:not\s+often|not\s+every\s+day|rare|seldom|not\s+usual)\s+(?:that\s+)?"
                     r"(?:we|you|one|a|an)\b(?![^.?!]*,\s*but\b)", re.I)
# A year or season characterised by its surprises (Audit 46 #12's lede "... has been a year full of surprises"): it
# sells what comes and names no event. "2016 was a record year for the port" and "The year has been full of strikes"
# tell what happened and stay.
_YEAR_HOOK = re.compile(r"^(?:(?:19|20)\d\d|[Tt]his (?:year|season|summer|month)|[Tt]he (?:past|last) (?:year|twelve "
                        r"months)|It)(?:'s|’s| has been| was| is)(?: and (?:continues|remains) to be)?,? (?:quite |"
                        r"certainly |truly )?(?:a|an|one)(?: \w+)?(?: (?:year|season|summer|month|ride))?,? "
                        r"(?:full )?of (?:\w+ )?(?:surprises|twists|twists and turns|shocks|ups and downs|drama|"
                        r"upheaval|firsts)\b")
# An impression equated with an experience ("To be present during the early sessions of the inquiries ... was to get
# a sense that this is not a great time to be ...": Audit 53 A5's lede, KP1): the "To X is to Y" form sets the scene
# through the writer's feeling and states no event; the point comes after it.
_IMPRESSION = re.compile(r"^To\s+\w+\b[^.;:]{0,200}?\s(?:was|is)\s+to\s+(?:get|have|feel|sense|see|realise|realize|"
                         r"understand|witness|learn|know)\b")
HOOK_SENTENCES = 4  # a hook opens the piece


def is_hook(sentence: Sentence) -> bool:
    """True for an opening's generic hook (see the module docstring): no key point."""
    if sentence.index >= HOOK_SENTENCES:
        return False
    text = sentence.text.strip()
    return bool(_TIME_TRAVEL.match(text) or _CALLBACK.match(text) or _PLATITUDE.match(text)
                or _SUPERLATIVE.match(text) or _RARITY.match(text) or _YEAR_HOOK.match(text) or _IMPRESSION.match(text))


QUOTATION_MAX_WORDS = 45  # a quotation shown whole as one key point (the brief's bound)
# Sentences of a quotation shown whole: the brief asked for two; session 12's three-sentence quotation closed by
# its speaker ('..., said Rita Mendes', tests/analyze/test_quoted_points.py) is shown whole too, within the words.
QUOTATION_MAX_SENTENCES = 3


def quotation_close(doc: Document, sentence: Sentence) -> list[Sentence] | None:
    """The sentences that go on and close the quotation this one opens and leaves open, when they follow in the
    same paragraph and the whole is short enough to show (QUOTATION_MAX_*); None otherwise."""
    if not _opens_with_quote(sentence):
        return None
    words = len(sentence.text.split())
    rest: list[Sentence] = []
    for after in doc.sentences[sentence.index + 1 : sentence.index + QUOTATION_MAX_SENTENCES]:
        words += len(after.text.split())
        if after.paragraph != sentence.paragraph or words > QUOTATION_MAX_WORDS:
            return None
        rest.append(after)
        if opens_inside_quote(after.text):
            return rest
    return None


def whole_quotation(doc: Document, ctx: Context, sentence: Sentence, text: str) -> tuple[str, list[Sentence]]:
    """The key point's text with the rest of its short quotation (:func:`quotation_close`) and the sentences it
    adds. A point citing several sentences is not labelled with its voice afterwards (context.rewrite_sections
    reads one), so the quotation is opened by its speaker here, as a quotation's key point always is ("[Rita Mendes:]
    ...", tests/analyze/test_quoted_points.py), even when its close names the speaker again."""
    listed = options_text(doc, sentence)
    if listed is not None:
        return listed  # an options frame is shown with its question and its options (point_options)
    rest = quotation_close(doc, sentence) or []
    if not rest:
        return text, []
    whole = " ".join([text, *(s.text for s in rest)])
    voice = ctx.voice_of(sentence.index)
    speaker = voice.speaker or ""
    if voice.voice != "reporter" and speaker.lower() not in UNNAMEABLE | {""} and not text.startswith("["):
        whole = f"[{speaker}:] {whole}"
    return whole, rest


def _opens_with_quote(sentence: Sentence) -> bool:
    """True when the sentence is a quotation's first sentence, opened by its first character and left open. A lead-in
    before the mark ('The band tweeted the news: "It is with deep regret ...') carries the news itself and stays
    (two Newsroom/XSum rows lost such a lead to a side fact), as does a sentence whose apostrophe only looks open."""
    return sentence.text[:1] in "\"“" and opens_quote(sentence.text)


def cut_quotation(doc: Document, sentence: Sentence) -> bool:
    """True for the opening half of a quotation that goes on past the next sentence or runs long: no key point."""
    return _opens_with_quote(sentence) and quotation_close(doc, sentence) is None


_CONTRAST = re.compile(r"^(?:However|But|Yet|Still),?\s|,\s*however,", re.I)
_DOUBT = re.compile(
    r"\b(?:(?:are|is|were|was)n[’']t so sure|not so sure|(?:are|is) not (?:so |at all )?(?:sure|convinced)|"
    r"unconvinced|doubts?|doubtful|skeptic\w*|sceptic\w*|question(?:s|ed)? whether|"
    r"not (?:supported|backed) by|no (?:evidence|proof)|cannot count|can't count|does not count|dispute[sd]?|"
    r"challenge[sd]? (?:the|this|that)|(?:say|said|says) (?:it|this|that|the \w+) (?:is|was) (?:unlikely|wrong|"
    r"impossible|false))\b", re.I)
TURN_START = 2  # a turn comes after the lede and its first details
# A turn deep in a long report doubts a detail told just before it, not the report's claim: "Russia, China and
# Thailand have banned imports of pork ... But Dr Fukuda said that there was no evidence to link exposure to pork
# with infection" (Audit 50 #5, sentence 34 of 49, shown as key point 2 of a swine-flu round-up). The claim's turn
# comes in the first half; a short piece (TURN_MIN_REACH sentences) may turn anywhere (the crater story of Audit 14).
TURN_SHARE = 0.5
TURN_MIN_REACH = 10


def turn_point(doc: Document, ctx: Context) -> Sentence | None:
    """The first sentence that turns a report to outside doubt ("But experts are not so sure ..."), or None."""
    reach = max(TURN_MIN_REACH, int(TURN_SHARE * len(doc.sentences)))
    for sentence in doc.sentences[TURN_START:reach]:
        text = sentence.text
        if text[:1] in "\"“'‘" or inside_open_quote(doc, sentence) or not 6 <= len(text.split()) <= 50:
            continue
        if _CONTRAST.search(text) and _DOUBT.search(text) and not no_referent(doc, sentence) \
                and not dangling_reference(doc, sentence, ctx.actors):
            return sentence  # "But X says their disputes ...", "But it is likely to raise doubts ...": whose, what?
    return None


def writers_own(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when the sentence is the writer's own (no quotation mark, no reporting verb, no speaker)."""
    return _writers(doc, ctx, sentence)


def news_lede(doc: Document) -> bool:
    """True when the piece opens on a report's lede dated to a news day (see :func:`_news_lede`)."""
    return _news_lede(doc)


def argues(doc: Document, ctx: Context) -> bool:
    """True for a piece that argues (see :func:`_argued_like`)."""
    return _argued_like(doc, ctx)
