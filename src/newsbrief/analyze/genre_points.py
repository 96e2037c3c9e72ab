"""Main-point signals of argued pieces and live pages (split from :mod:`newsbrief.analyze.genre`).

- A thesis named in so many words ("the real problem is ...") counts wherever it stands in an
  argument piece, as a verdict does (reader Audit 10: an op-ed's late thesis lost to its lede's colour).
- A live page's bracketed entry stamps ("(Update 4:30 a.m. ...)") make it a live page, and its main
  point is the entry most of the page is about, not the newest (reader Audit 10).

Regular expressions over sentence text and the headline's words, as the genre rules they feed are.

**A debunk that retells a story going round and then says how little of it is true (reader Audit 40).**

Audit 40 #8 was a blog item that told a story "currently circulating", said which tabloids "picked up the story" and
what they wrote, and then: "The only issue with all of these sites covering the story, however, is that almost none
of it is true, as <another blog> points out." It went on with the local paper that "debunked" the story and the
facts that answer it. nlp/debunk.py found no retold claim (the story is told about a person, not as a carrier's
quoted claim), so the genre line read a news report; a reader reads a fact-check.

The reading here needs three things, all in the writer's own voice (a source's "police said the story was false" is
the source's, as in nlp/debunk.py's hand-over):

- the story told as one that goes round: a carrier noun ("story", "rumour", "report", "video") with a word of
  spreading ("circulating", "going round", "went viral", "picked up the story");
- after it, in the opening paragraphs, a verdict on the whole of it: "none of it is true", "hardly any of it is
  true", "the story is not true", "the story is false";
- one more of the writer's sentences that calls something false ("debunked", "a hoax", "misidentified"):
  the item's business is the debunk, not one denial in passing.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_assess import opens_on_debunk
from newsbrief.analyze.genre_blog import debunks_what_went_round
from newsbrief.analyze.point_pages import act_weight, joke
from newsbrief.models import Document, Sentence
from newsbrief.nlp.debunk import VERDICT_REACH, back_verdict, calls_false, debunk_verdict

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# An argument piece names its thesis in so many words ("Whatever the courts find, the real cause is our
# demand for oil", "The truth is ...") and often only late, after a scene-setting lede (reader Audit 10:
# an op-ed's key points were its "act one ... act two" colour). Such a sentence is weighed wherever it
# stands, as a verdict is, when it shares a headline word (or there is no headline).
_THESIS = re.compile(
    r"\bthe (?:real|true|root|underlying|fundamental|bigger|deeper) (?:cause|reason|issue|problem|question|"
    r"scandal|culprit|lesson|danger|threat|story|point)s? (?:here |for [\w' ]{1,30} )?(?:is|are|was|lies)\b|"
    r"\bthe truth is\b|\bthe lesson (?:here )?is\b|\bwhat (?:really )?matters (?:most )?is\b", re.I)
THESIS_BONUS = 1.0
# A live page's entries open on a bracketed stamp ("(Update 4:30 a.m. in Cairo, 9:30 p.m. ET)"), not a
# clock line of their own; a page with MIN_LIVE_STAMPS of them is a live page (reader Audit 10 read one
# as news and led with its newest, smallest entry).
_UPDATE_STAMP = re.compile(r"\((?:update[sd]?|posted|added)\b[^)\n]{0,60}?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b", re.I)
MIN_LIVE_STAMPS = 3
# An act (weight 1, a government's change or deaths 2) outweighs the headline's words and centrality (each at
# most 1.5 and 1): set on the live pages of tests/analyze/test_points_pages.py.
LIVE_ACT_BONUS = 1.0


def live_stamps(text: str) -> bool:
    """True when the text has MIN_LIVE_STAMPS live-page entry stamps or more, or its writers hand over in it."""
    return len(_UPDATE_STAMP.findall(text)) >= MIN_LIVE_STAMPS or handed_over(text)


# A live blog's writers hand the page over in a line of their own ("Daniel Nasaw in Washington, taking over.",
# "Ben Ward here, taking over from Sara", "I'm handing over to my colleague ..."; reader Audit 27's Guardian live
# blog, stamped nowhere, read as a feature). A news report never takes a paragraph to say who writes next.
_HANDOVER = re.compile(
    r"^(?:(?:thanks?|thank you),? [A-Z][\w'’-]+(?: and [A-Z][\w'’-]+)?[.!]\s+)?"
    r"(?:[A-Z][\w'’-]+ ){1,3}(?:here|(?:in|from) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),? (?:now )?taking over\b|"
    r"^I(?:'m|’m| am) (?:now )?handing (?:you )?over to\b|^(?:that's|that’s) (?:all|it) from me\b", re.M)
HANDOVER_PARAGRAPHS = 6  # entries: a page of a few paragraphs is no live blog, whoever writes it


def handed_over(text: str) -> bool:
    """True when a paragraph of a page of HANDOVER_PARAGRAPHS or more hands the writing over to another writer."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return len(paragraphs) >= HANDOVER_PARAGRAPHS and any(_HANDOVER.match(p.strip()) for p in paragraphs)


_IES = re.compile(r"(?<=\w\w)ies$")


def title_terms(doc: Document) -> Counter[str]:
    """The headline's words of four letters or more."""
    title = (doc.article.source.title or "").lower()
    return Counter(w for w in re.findall(r"[a-z]{4,}", title))


def title_overlap(ctx: Context, title: Counter[str], sentence: Sentence) -> int:
    """How many of the headline's words the sentence has (by their first five letters, or of a plural in "-ies"
    its "-y": "allies" missed the lemma "ally" in Audit 29's column, whose thesis named them)."""
    lemmas = set(ctx.terms[sentence.index])
    return sum(1 for term in title if any(lemma.startswith((term[:5], _IES.sub("y", term)[:5])) for lemma in lemmas))


def live_point(doc: Document, ctx: Context) -> Sentence | None:
    """A live page's main development: the entry opening most of the other entries are about.

    Entries run newest first, so position says nothing of weight: the first sentence of each paragraph
    (an entry) is scored by its centrality and the headline's words, as the main point of other genres is,
    and by the act it tells (point_pages.act_weight): the day's main development is a government's change or
    deaths, not the traffic or a presenter's joke (reader Audit 16).
    """
    title = title_terms(doc)
    best: tuple[float, Sentence] | None = None
    for sentence in doc.sentences:
        if sentence.index and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph:
            continue  # not an entry's opening
        text = re.sub(r"^\([^)]*\)\s*", "", sentence.text)  # the entry's stamp is no words of its point
        if text[:1] in "\"“'‘" or text.rstrip("\"”’' ").endswith(("?", ":")) or not 8 <= len(text.split()) <= 60 \
                or joke(doc, sentence):
            continue
        score = 1.5 * title_overlap(ctx, title, sentence) / (len(title) or 1) + ctx.centrality[sentence.index] \
            + LIVE_ACT_BONUS * act_weight(doc, sentence)
        if best is None or score > best[0]:
            best = (score, sentence)
    return best[1] if best else None


# A live page's entries weigh by centrality (summary._position); an entry that tells an act rises by half again
# per act weight, one on the headline's subject by half again at most (the traffic and power updates of the
# labelled live pages in tests/analyze/test_points_pages.py were key points over the day's protests and storm).
LIVE_ACT_FACTOR = 0.5
LIVE_TITLE_FACTOR = 0.5


def live_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on a live page's key-point score (1 for every other genre)."""
    if ctx.genre != "live":
        return [1.0] * len(doc.sentences)
    title = title_terms(doc)
    return [1.0 + LIVE_ACT_FACTOR * act_weight(doc, s)
            + LIVE_TITLE_FACTOR * title_overlap(ctx, title, s) / (len(title) or 1) for s in doc.sentences]


# A call to act in the headline's own words ("Police forces must not be allowed to investigate themselves" under
# "Police should not investigate themselves") restates the thesis wherever it stands; a call on anything else
# does not (every "must" counted over-fired on the Audit 10 cases).
_CALL = re.compile(r"\b(?:must|should|ought to|needs? to|has to|have to)\b", re.I)
CALL_TITLE_SHARE = 0.5  # of the headline's words, and two at least


def states_thesis(ctx: Context, title: Counter[str], sentence: Sentence) -> bool:
    """True when the writer names the thesis ("the real problem is ...") in a sentence on the headline's subject,
    or calls to act in the headline's words (see CALL_TITLE_SHARE)."""
    if _CALL.search(sentence.text) and title:
        overlap = title_overlap(ctx, title, sentence)
        if overlap >= max(2.0, CALL_TITLE_SHARE * len(title)):
            return True
    return bool(_THESIS.search(sentence.text)) and (not title or title_overlap(ctx, title, sentence) >= 1)


# A meeting report may lead with a qualification ("However key players stayed away, including ...") or a
# jibe, while what the meeting did (recognised a council, set a deadline) comes paragraphs down (reader
# Audit 10, a summit report). A lede that opens on a contrast with nothing before it, or on who stayed
# away, gives way to the first sentence in which the headline's meeting (or its members) decides.
_MEETINGS = frozenset("summit meeting conference talks gathering session assembly council ministers leaders "
                      "delegates delegations participants members countries nations".split())
_DECIDES = frozenset("agree decide recognise recognize approve adopt pledge vote endorse resolve set "
                     "impose demand call".split())
_COUNTERPOINT_LEDE = re.compile(r"^(?:however|but|yet|still)\b|\b(?:stayed|remained|were) (?:away|absent)\b|"
                                r"\bboycott\w*|\bsnubbed\b|\bdid not attend\b", re.I)
_MEETING_TITLE = re.compile(r"\b(?:summit|meeting|conference|talks|gathering)\b", re.I)
OUTCOME_REACH = 12  # sentences searched for the meeting's decision, or the first half of a longer report


def meeting_outcome(doc: Document) -> Sentence | None:
    """The first sentence telling what the headline's meeting decided, when the lede is a counterpoint."""
    title = doc.article.source.title or ""
    if not doc.sentences or not _MEETING_TITLE.search(title) or not _COUNTERPOINT_LEDE.search(doc.sentences[0].text):
        return None
    for sentence in doc.sentences[1 : max(OUTCOME_REACH, len(doc.sentences) // 2)]:
        if sentence.text[:1] in "\"“'‘":
            continue
        tokens = doc.sentence_tokens(sentence)
        for token in tokens:
            if token.lemma.lower() in _DECIDES and token.pos == "VERB" and any(
                    t.head == token.i and t.dep in ("nsubj", "nsubjpass") and t.lemma.lower() in _MEETINGS
                    for t in tokens):
                return sentence
    return None


__all__ = [
    "THESIS_BONUS",
    "asks_reader",
    "live_factors",
    "live_point",
    "live_stamps",
    "meeting_outcome",
    "retold_then_denied",
    "states_thesis",
    "title_overlap",
    "title_terms",
]


# A piece whose main business is debunking (reader Audit 11: a blog post that retold a hoax and called it
# one read as a feature): it reports a claim in order to reject it (nlp/debunk.py) and gives at least
# MIN_DEBUNK_VERDICTS sentences in its own voice that call something false, one of them a verdict ("It is a
# hoax.", "There is no such law."; the other may be softer: "a satire site"). An ordinary
# report that mentions a hoax hands the verdict to its sources ("police said the call was a hoax").
MIN_DEBUNK_VERDICTS = 2
MIN_VERDICT_WORDS = 5  # main_point's floor for a verdict sentence


def debunk_verdicts(doc: Document, ctx: Context) -> list[Sentence]:
    """The writer's own verdicts on a claim the article rejects; empty when it rejects none."""
    rejected = ctx.rejected
    if not rejected:
        return []
    return [s for s in doc.sentences if s.index not in rejected and ctx.voice_of(s.index).voice == "reporter"
            and debunk_verdict(_false_things_out(doc, s))]


# "false" before a thing that is no claim ("two false call-outs", "a false alarm") judges no story (session 19: an
# odd-news parrot that set off alarms read as a fact-check); "a false claim" still does.
_CLAIM_NOUNS = frozenset({"claim", "story", "report", "news", "rumour", "rumor", "statement", "information", "picture",
                          "photo", "image", "video", "post", "tweet", "account", "allegation", "narrative", "headline",
                          "quote", "message", "impression", "assertion", "suggestion", "idea", "notion", "belief"})


def _false_things_out(doc: Document, sentence: Sentence) -> str:
    """The sentence's text without "false" where it describes a noun that is no claim (see _CLAIM_NOUNS)."""
    text = sentence.text
    for token in doc.sentence_tokens(sentence):
        head = doc.tokens[token.head]
        if token.text.lower() == "false" and token.dep == "amod" and head.lemma.lower() not in _CLAIM_NOUNS:
            start = token.start - sentence.start
            text = text[:start] + " " * len(token.text) + text[start + len(token.text):]
    return text


_GENERIC_FAKES = re.compile(r"\b(?:fake|false|bogus) news\b|\b(?:mis|dis)information\b", re.I)
_DISTAL = re.compile(r"^[\"“‘']?(?:That|Those) (?!is\b|was\b|'s\b)[a-z]+", re.I)


def verdict_points(doc: Document, ctx: Context, own: list[Sentence]) -> tuple[list[Sentence], set[int]]:
    """A debunk's candidates for its main point among the writer's sentences ``own`` (without the hoax it
    retells) and the indices of its verdicts, which get the verdict bonus.

    The verdicts that count are those in the paragraph of the first one, and of the first after the
    rejected claim ("That story ... It is a hoax,
    invented to collect clicks."), not a later aside on the hoax's origin ("a satire site that publishes
    made-up stories"); a verdict too short to stand alone ("It never happened.") hands the bonus to the
    sentence after it, which says why.
    """
    # "That story also proved to be fake!" judges the thing just told (another hoax, reader Audit 18), not
    # the article's own claim: a verdict opening on a distal demonstrative is no verdict of the piece.
    # "There are two kinds of fake news" names a kind of story, not a verdict on one (reader Audit 19: a
    # debunking column's hook led its key points with the verdict bonus).
    verdicts = [s for s in debunk_verdicts(doc, ctx) if not _DISTAL.match(s.text)
                and debunk_verdict(_GENERIC_FAKES.sub(" ", s.text))]
    if not verdicts:
        return own, set()
    rejected = ctx.rejected
    # The lead's verdict ("An article saying ... is fake.") and the first one after the retold hoax; a
    # verdict in a later paragraph before the hoax only previews it ("this debunked story hurt", Audit 13).
    after_hoax = next((s.paragraph for s in verdicts if s.index > min(rejected)), verdicts[0].paragraph)
    lead = verdicts[0].paragraph if verdicts[0].paragraph <= doc.sentences[0].paragraph + 1 else after_hoax
    first = [s for s in verdicts if s.paragraph in (lead, after_hoax)]
    after = {s.index + 1 for s in first if len(s.text.split()) < MIN_VERDICT_WORDS and s.index + 1 < len(doc.sentences)
             and doc.sentences[s.index + 1].paragraph == s.paragraph}
    points = {s.index for s in first} | after
    # A verdict counts even in a paragraph with a quotation, which own leaves out (reader Audit 11).
    mine = {s.index for s in own}
    candidates = [s for s in own if s.index not in rejected] + [doc.sentences[i] for i in points if i not in mine]
    return sorted(candidates, key=lambda s: s.index), points


# A question put to the reader ("Here's a question for you to ponder: how likely do you think it is ...?")
# asks; its answer later in the piece is the point (reader Audit 13). A framing question without "you"
# ("Is the service the future of gaming, or will it fall flat?") may be the main point of the set.
_ASKS_READER = re.compile(r"\b(?:you|your)\b|\bhere(?:'s|’s| is) (?:a|the|one|something)\b", re.I)


def asks_reader(text: str) -> bool:
    """True for a question addressed to the reader (see _ASKS_READER)."""
    return text.rstrip("\"”’' ").endswith("?") and bool(_ASKS_READER.search(text))


_TITLE_FACTCHECK = re.compile(r"\bfact[- ]?check\b", re.I)


def _told_by_writer(sentence: Sentence) -> bool:
    """Not a speaker's quotation ("'The sale will fund new housing,' the council's leader said"); a carrier's
    claim retold ("The same website claimed that ...") is the writer's telling."""
    return sentence.text.lstrip()[:1] not in "\"“'‘"


# A line on the story's spread ("It was shared more than 200,000 times") may stand between a claim retold and the
# verdict on it ("It was never true.", Audits 29/30's debunk read as news); any other line between ends the reach.
_SPREAD = re.compile(r"\b(?:shared|spread|went viral|circulat(?:ed|ing)|retweeted|viewed|liked|reposted)\b", re.I)


def _claim_before(doc: Document, rejected: frozenset[int], index: int) -> bool:
    """True when a claim told in the writer's voice comes right before sentence ``index``, or before a line on
    its spread (up to VERDICT_REACH sentences back)."""
    for j in range(index - 1, max(-1, index - 1 - VERDICT_REACH), -1):
        sentence = doc.sentences[j]
        if j in rejected:
            return _told_by_writer(sentence)
        if not (_SPREAD.search(sentence.text) and _told_by_writer(sentence)):
            return False
    return False


def is_debunk(doc: Document, ctx: Context, title: str) -> bool:
    """True for a fact-check: "Fact check" in the ``title``, or an article whose main business is
    debunking a claim (see MIN_DEBUNK_VERDICTS)."""
    if _TITLE_FACTCHECK.search(title) or debunks_what_went_round(doc, ctx) or opens_on_debunk(doc, ctx) \
            or retold_then_denied(doc, ctx):
        # quips (genre_blog, Audit 36); a debunk opening on its verdict (genre_assess, Audit 38); a retold debunk
        return True
    if not debunk_verdicts(doc, ctx):
        return False
    rejected = ctx.rejected
    # The writer's "Sadly, it's a hoax." right after the claim it retold is the piece's business too.
    # A columnist's "That is nonsense." after a council leader's quoted argument rebuts a speaker, not a story:
    # the claim judged must be told in the writer's voice (the session-14 column read as a fact-check).
    if any(back_verdict(s.text) and _claim_before(doc, rejected, s.index) for s in debunk_verdicts(doc, ctx)):
        return True
    return sum(1 for s in doc.sentences if s.index not in rejected and ctx.voice_of(s.index).voice == "reporter"
               and calls_false(s.text)) >= MIN_DEBUNK_VERDICTS


# An FAQ's transition announces its questions ("Here are some frequently asked questions about ...", "Below,
# we answer ..."): it states nothing, and it marks a piece of questions and answers (reader Audit 14).
_FAQ = re.compile(r"\b(?:frequently asked|common|key|some|your|the most (?:common|frequently asked)) questions\b|"
                  r"\bquestions and answers\b|\bQ ?& ?A\b|\bFAQs?\b", re.I)
_FAQ_ANNOUNCE = re.compile(r"\b(?:here(?:'s|’s| is| are)|below|we answer|we look at|answered|explained|"
                           r"what you need to know|everything you need)\b", re.I)


def faq_transition(sentence: Sentence) -> bool:
    """True for a sentence that announces an FAQ's questions (see the module docstring)."""
    return bool(_FAQ.search(sentence.text) and _FAQ_ANNOUNCE.search(sentence.text)) \
        and len(sentence.text.split()) <= 25


if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_GOES_ROUND = re.compile(
    r"\b(?:stor(?:y|ies)|rumou?rs?|reports?|claims?|tales?|videos?|posts?|photos?|pictures?)\b[^.;]{0,80}?"
    r"\b(?:circulating|going (?:round|around|viral)|went viral|doing the rounds|making the rounds|spreading|"
    r"(?:been )?shared)\b|\bpicked up the (?:story|stories|rumou?r|report|claim|tale)\b", re.I)
# A verdict on the whole story: "(almost) none of it is true", "hardly any of it is true", "the story is not true".
_WHOLE = re.compile(
    r"\b(?:(?:almost |nearly |virtually )?none|hardly any|little|nothing|not much|very little) of (?:it|this|that|"
    r"these|those|the (?:story|stories|claims?|reports?|tale))\b (?:is|was|are|were) (?:true|accurate|real|correct)\b|"
    r"\b(?:the|this|that) (?:story|stories|rumou?r|claims?|reports?|tale) (?:is|was|are|were)(?: not|n't|n’t) "
    r"(?:true|accurate|real)\b|\b(?:the|this|that) (?:story|rumou?r|claim|report|tale) (?:is|was) "
    r"(?:false|untrue|made up|fabricated|a hoax)\b", re.I)
# The verdict handed to a source ("Police said the story was false") is the source's: a report's denial.
_HANDED_OVER = re.compile(r"\b(?:said|says|told|tells|according to|insisted|confirmed|denied|denies)\b", re.I)
_QUOTE_OPENING = "\"“‘'"
OPENING_PARAGRAPHS = 3  # where the verdict stands: Audit 40 #8 had it in its third paragraph


def retold_then_denied(doc: Document, ctx: Context) -> bool:
    """True when the writer tells a story going round, says how little of it is true in the opening paragraphs, and
    calls something false once more (see the module docstring)."""
    if not doc.sentences:
        return False
    end = doc.sentences[0].paragraph + OPENING_PARAGRAPHS
    writers = [s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter"
               and s.text.lstrip()[:1] not in _QUOTE_OPENING]
    told = next((s for s in writers if s.paragraph < end and _GOES_ROUND.search(s.text)), None)
    if told is None:
        return False
    verdict = next((s for s in writers if told.index < s.index and s.paragraph < end and _WHOLE.search(s.text)
                    and not _HANDED_OVER.search(s.text)), None)
    return verdict is not None and any(s.index != verdict.index and calls_false(s.text) for s in writers)
