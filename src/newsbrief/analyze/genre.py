"""Genre and main point: what kind of piece the article is, and the sentence that states its point.

A news report puts its news first, so its main point is the lede. Other genres do not: an opinion piece states its
thesis and stance somewhere in its opening paragraphs (or restates it at the end), an analysis its argument, a
feature opens on a scene and gives its point in a "nut graf" a few paragraphs down. The genre is read from signals
a reader uses:

- the address: an ``/opinion/``, ``/commentisfree/``, ``/column/``, ``/analysis/`` or ``/review/`` path, or a title
  such as "Opinion: ..." or "Why ...";
- the writer's own voice (sentences the attribution stage gives to the reporter, others' words left out: genre_others):
  first person ("I", "my"), recommendations ("should", "must"), questions to the reader, evaluative words;
- the writer as a witness: "I" in the writer's own sentences early on (a feature);
- structure: several "NAME, role:" blocks (a round-up), clock-time lines (a
  live page), an interview transcript's speaker labels (:mod:`newsbrief.nlp.transcript`),
  question-and-answer paragraphs or a "What is ...?" headline over a
  body that does not argue (an explainer), star ratings (a review);
- one person's life told over the years (a profile, a feature).

The main point of a non-news piece is the writer's own sentence in the first part of the article that best combines the
headline's words, the article's recurring terms (centrality) and stance language; quoted and attributed sentences are
other people's points, not the article's. A verdict or summing-up ("We rate the statement Mostly True", "In sum,
...") is the point wherever it stands in the opening or the closing paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.advice import mocks_a_view, prescribes
from newsbrief.analyze.argued import (
    announcement,
    announces_advice,
    answer_openings,
    calls_for,
    editors_note,
    review_verdict,
    rhetorical,
    signed_commentary,
)
from newsbrief.analyze.dispatch import dispatch_point, is_dispatch, scenery
from newsbrief.analyze.genre_accounts import accounts_intro, denied, excerpt_lede, excerpt_sentences, nut_graf, recounts
from newsbrief.analyze.genre_argues import ARGUING, argues, compares_accounts, interprets, only_hedges, reading
from newsbrief.analyze.genre_blog import chatty_feature, framed_accounts, sketch_genre, sketches, unless_quips
from newsbrief.analyze.genre_body import (
    body_end,
    conduct_verdict,
    gives_tips,
    headline_verdict,
    judges_conduct,
    rhetorical_asides,
)
from newsbrief.analyze.genre_column import (
    argues_between_quotes,
    asked_paragraphs,
    closes_on_order,
    question_title_genre,
)
from newsbrief.analyze.genre_explain import explainer, reports_findings
from newsbrief.analyze.genre_firsthand import argued_shape, restates_headline, told_firsthand, witnessed
from newsbrief.analyze.genre_frames import concessive_thesis, frames_outcomes, without_group_views
from newsbrief.analyze.genre_infer import glued, lists_scenarios, on_assignment
from newsbrief.analyze.genre_kinds import shaped_kind
from newsbrief.analyze.genre_others import answered, others_words, rounds_up_views
from newsbrief.analyze.genre_pages import camps_view, column_background, commentary_page, readers_page
from newsbrief.analyze.genre_points import (
    THESIS_BONUS,
    asks_reader,
    faq_transition,
    is_debunk,
    live_point,
    meeting_outcome,
    states_thesis,
    title_overlap,
    title_terms,
    verdict_points,
)
from newsbrief.analyze.genre_press import jeers, polls_readers, press_review, snarky, unprompted, verdict_labels
from newsbrief.analyze.genre_reading import idle_genre, idle_stance, opines_alone, reads_ahead
from newsbrief.analyze.genre_review import critic_verdict, names_a_work, reviews_a_work, surveys_works
from newsbrief.analyze.genre_self import names_itself
from newsbrief.analyze.genre_shapes import quoted_witness, reader_qa, scene_feature, snarks, tells_trend
from newsbrief.analyze.genre_tone import appraises, judges_plainly, mocks, raises_voice, sums_up, weighs_views
from newsbrief.analyze.genre_voice import (
    concludes_explanation,
    first_person_essay,
    inside_quotation,
    is_explainer,
    judges,
    judges_in_loaded_words,
    scare_quoted,
    teaser,
)
from newsbrief.analyze.genre_we import correspondent_analysis, speaks_for_us, witness_we
from newsbrief.analyze.point_answers import outcome_answer, transcript_of, writers_finding
from newsbrief.analyze.point_columns import claim_subject, fragment, pivot_paragraph
from newsbrief.analyze.point_leads import column_verdicts, news_answer, stray_posts
from newsbrief.analyze.point_openings import ANAPHORIC, background_lede, delayed_lede, leans_back, opening_point
from newsbrief.analyze.point_pages import reader_setup
from newsbrief.models import Document, Sentence
from newsbrief.nlp.attribution import quote_spans

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

Genre = Literal["news", "opinion", "analysis", "factcheck", "roundup", "feature", "live", "qa", "review", "explainer"]

_URL_GENRES: tuple[tuple[re.Pattern[str], Genre], ...] = (
    (re.compile(r"/(opinion|opinions|commentisfree|comment|columns?|columnists?|editorials?|op-?ed|"
                r"blogs?/opinion|views?|letters)/", re.I), "opinion"),
    (re.compile(r"/(fact-?check\w*|factcheck\w*)/", re.I), "factcheck"),
    (re.compile(r"/(analysis|explainer|news-analysis)/", re.I), "analysis"),
    (re.compile(r"/(reviews?|film-review|music-review|tv-review)/", re.I), "review"),
    (re.compile(r"/(live|live-updates|liveblog|live-news)/", re.I), "live"),
)
_TITLE_OPINION = re.compile(r"^(opinion|comment|view|editorial|column)\s*[:|]|^(why|how) |\?$", re.I)
_TITLE_FACTCHECK = re.compile(r"\bfact[- ]?check", re.I)
_TITLE_ANALYSIS = re.compile(r"^(analysis|explainer)\s*[:|]", re.I)
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|my|me)\b")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(I|I'm|I've|I'd|I'll|myself)\b")
# The writer speaking for readers or the country in the headline or standfirst ("We are well prepared
# for swine flu", "the success of our preparations"): a news headline keeps "we" inside quotes (fifth
# reader audit: that column read as news). In the body "we" is as often a review team's ("we tested
# it"), so it counts only in the opening. Lower-case "us" only, not "US".
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Oo]urselves|us)\b")
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
    r"incompeten\w+|cynical|folly|misguided|wrong-headed|laughable|preposterous|fuss about nothing|tokenistic|"
    r"photo[- ]op\w*)\b", re.I)
# A verdict or summing-up in the writer's voice: a fact-check's rating ("We rate the statement
# Mostly True"), "In sum, the claim ... is unsubstantiated", an editorial's "The bottom line".
# Such a sentence is the piece's point wherever it stands, so it outweighs headline overlap.
_VERDICT = re.compile(
    r"\b(we rate|we rated|our rating|our ruling|in sum|in short|to sum up|in conclusion|the bottom line|"
    r"the verdict|all in all|now you know|the (?:short )?answer is)\b|\b(mostly|half) (true|false)\b|"
    # a numerate column's "the sums just don't add up" (Audit 15)
    r"\bpants on fire\b|\b(?:do|does|did)(?:n't| not) (?:\w+ )?add up\b", re.I)
VERDICT_BONUS = 2.0
# A feature's or an analysis's "nut graf" says what the piece is about in so many words ("But this
# day was all about the medical experts", "At the heart of the dispute is ...").
_NUT_GRAF = re.compile(
    r"\b(all about|at the heart of|at stake|at issue|comes? down to|boils? down to|the (?:real |central |key )?"
    r"(?:story|question|issue|point) (?:is|was|here)|this is (?:a|the) story of|what (?:this|it) (?:is|was) about|"
    r"was the question of whether)\b", re.I)
NUT_GRAF_BONUS = 0.6
NUT_GRAF_SHARE = 0.6
# A rating: stars drawn, "4 out of 5 stars", "Rating: 4/5", or a credits block's rating standing as a sentence of its
# own ("Rated R. 3 1/2 Stars. If there's ...": a newspaper film review the lead read in session 14, labelled a feature);
# "Five stars of the team were dropped" goes on after the word, so it is no rating.
_STARS = re.compile(r"★|☆|\b\d(?:\.\d)? ?(?:out of|/) ?(?:5|five|10|ten) stars\b|\b(?:rating|score|verdict)\s*:\s*"
                    r"\d(?:\.\d)? ?(?:/|out of) ?(?:5|10)\b|(?:^|[.!?:]\s+)(?:[1-5](?: ?1/2|½|\.5)?|one|two|three|four|"
                    r"five)(?: and a half)? stars?\s*(?:[.!]|$)", re.I | re.M)
_QA = re.compile(r"^(Q|Question)\s*[:.]\s", re.M)
ANAPHORA_PENALTY = 0.5
# An opinion piece's call to act in the writer's own main clause is usually its thesis ("it is crucial
# that the authorities undertake an urgent inquiry"); weighed as an evaluative word is.
THESIS_CALL_BONUS = 0.4
# An explainer's conclusion ("That means a gap of two steps is nearly 1,000 times stronger") outweighs its
# teaser ("The scale used ... is unusual"): reader Audit 8's explainer; weighed as an evaluative word is.
EXPLANATION_BONUS = 0.4
# A column's anecdotes before its pivot to the subject are its hook (point_shapes.pivot_paragraph); weighed
# as a thesis bonus is, against the Audit 19 humour column of tests/analyze/test_mainpoint_audit19.py.
HOOK_PENALTY = 1.0
# A column's background over the years ("has had to pay out millions ... in recent years") is context, not its thesis
# (genre_pages.column_background); weighed as an anaphoric opening is, against the session 15 Newsroom column whose
# background beat its own judgement ("Most Catholics probably don't approve ...") by 0.23.
BACKGROUND_PENALTY = 0.5
TEASER_PENALTY = 0.3  # an analysis's "The scale ... is unusual" announces its point (genre_voice.teaser)
# Q&A without "Q:" marks: one-question paragraphs in the writer's voice, each followed by an answer paragraph.
MIN_QUESTION_PARAGRAPHS = 3
# The share of the writer's own sentences with first person or evaluative words above which a
# piece reads as opinion (news reports stay under it: a few "should" in quotes are not the writer's).
# Checked on the CNN/DM dev articles (news, a few comment pieces) and the main-point set's genres.
OPINION_SHARE = 0.2
FRAMED_SHARE = 0.5  # a framed analysis asks and judges in passing; a column arguing in half its sentences stays one
OPENING_SHARE = 0.45  # where a nut graf or thesis is looked for: this share of paragraphs, and the last one

# Any quotation mark, single ones included ('...', ‘...’), at a word edge: its paragraph may carry someone's words.
_ANY_QUOTE = re.compile(r"(?:^|\s)[\"“‘']|[\"”’'](?:\s|$|[,.;:!?])")


def _reporter_sentences(doc: Document, ctx: Context) -> list[Sentence]:
    """The writer's own sentences: the reporter's voice, in paragraphs without quotation marks, and never inside a
    quotation opened before them (genre_voice.writer_sentences)."""
    voices = {v.sentence: v for v in ctx.attributions.voices}
    # A text run into one or two paragraphs (a pasted page) is judged by sentence: one quotation would leave no writer.
    by_paragraph = len({s.paragraph for s in doc.sentences}) >= 3
    quoted = {s.paragraph if by_paragraph else s.index for s in doc.sentences if _ANY_QUOTE.search(s.text)}
    end = body_end(doc)  # a correspondent's box after the body, a call-out form, a link: not its genre
    # another author's "I" introduced as an excerpt (genre_accounts, Audit 26), a user's post left bare (point_leads)
    excerpt = excerpt_sentences(doc) | stray_posts(doc, ctx, quote_spans(doc.article.text)) | others_words(doc)
    # A person's words carried on stay theirs (a one-line CNN/DM report's unquoted run of a manager's "I" is his);
    # a document's findings carried on end at the writer's own sentence in nlp.voices (session 17).
    return [s for s in doc.sentences[:end] if s.index in voices and s.index not in excerpt
            and voices[s.index].voice == "reporter"
            and (s.paragraph if by_paragraph else s.index) not in quoted and not inside_quotation(doc, s)]


# A headline that asks what something is, how or why ("What is swine flu?", "How does the test work?") heads an
# explainer when the body does not argue (its question sub-heads are dropped as furniture at extraction, so the
# paragraphs cannot show it): reader Audit 6 had one read as opinion.
_EXPLAINER_TITLE = re.compile(r"^(?:what|who|how|why|when|where|which)\b[^?]*\?$", re.I)

# A thesis told as weighed odds ("It is likely the beginning of the end for the regime", "It is well
# known that there is no daylight between the regime and the army") outweighs a scene-setting lede and
# a rhetorical flourish (reader Audit 7, two argued pieces); weighed as an evaluative word is.
ARGUING_BONUS = 0.4
# A headline or standfirst that argues, asks or speaks for "us" ("it's time for an urgent inquiry",
# "... but is this just another assault on Egypt's Christians?") makes a piece with fewer loaded words
# of its own an opinion piece (fifth reader audit: two comment pieces at 11% and 18% read as news).
# The share is the lowest of those pieces; no news page of the main-point set has such an opening.
ARGUED_OPENING_SHARE = 0.1
# The writer recasting the facts: "the shortage is not bad luck; it is the result of ..." (the lead's column, as news).
# ... and so does a column's turn against both camps: "blind fear is counter-productive, but so is blind denial"
# (reader Audit 19's humour column, whose turn was lost to its anecdotes).
_REFRAMES = re.compile(r"\b(?:is|are|was|were)(?:n't| not) (?:\w+ ){1,4}?\w+\s*(?:;|—|--)\s*(?:it|they|this) "
                       r"(?:is|are|was|were)\b|, but so (?:is|are|was|were)\b")
_REPORTED_OPENING = re.compile(r"(?i)\b(?:says?|said|tells?|told|claims?|urges?|warns?|asks?|according to)\b|[\"“”:]")


# A standfirst is short; a news lede of one sentence runs longer (the cable report's 40 words held "who should pay").
STANDFIRST_MAX_WORDS = 25
# "should" in an embedded question ("who should pay"), a forecast ("should be complete by Monday") or an inverted
# condition ("..., should he leave the club": if he leaves; the lead's Newsroom row 8) argues nothing.
_EMBEDDED_MODAL = re.compile(r"\b(?:who|what|which|whether|how|where|when)\s+(?:\w+\s+){0,2}(?:should|must)\b|"
                             r"\bshould\b(?=[^.;]{0,40}\bby (?:the end of |next )?(?:(?-i:[A-Z])|\d|tomorrow))|"
                             r",\s*should (?=(?:he|she|it|they|the|his|her|their|its|this|that|(?-i:[A-Z]))\b)", re.I)


def _argued_opening(doc: Document, ctx: Context) -> bool:
    """True when the headline, or a one-sentence standfirst in the writer's voice, argues or asks."""
    lines = [doc.article.source.title or ""]
    if doc.sentences:
        first = [s for s in doc.sentences if s.paragraph == doc.sentences[0].paragraph]
        if len(first) == 1 and ctx.voice_of(first[0].index).voice == "reporter" \
                and len(first[0].text.split()) <= STANDFIRST_MAX_WORDS:
            lines.append(first[0].text)
    return any((_EVALUATIVE.search(_EMBEDDED_MODAL.sub(" ", line)) or _FIRST_PERSON_PLURAL.search(line)
                or line.rstrip().endswith("?") or headline_verdict(line))
               and not _REPORTED_OPENING.search(line) for line in lines if line)


@lru_cache(maxsize=4096)  # asked of the writer's sentences by a dozen rules
def _stance(text: str) -> bool:
    """True when the text judges, calls for something or recasts the facts in the writer's words (a group's view,
    "most analysts agree that X must go", is theirs: genre_frames)."""
    text = without_group_views(text)
    return bool(_EVALUATIVE.search(_EMBEDDED_MODAL.sub(" ", text)) or _REFRAMES.search(text) or speaks_for_us(text)
                or judges_plainly(text) or mocks(text) or judges_conduct(text) or appraises(text))


def _judged(doc: Document, ctx: Context, s: Sentence, witness: bool) -> bool:
    """The writer's ``s`` takes a stance: an "I" (not a witness's scene), a judgement, a question no source answers."""
    return bool(_FIRST_PERSON.search(s.text) and not (witness and witnessed(doc, s))) \
        or _stance(s.text) or (s.text.rstrip().endswith("?") and not answered(doc, ctx, s))


def _genre_of_own(doc: Document, ctx: Context, title: str) -> Genre | None:
    """The genre the writer's own sentences show (opinion, analysis, feature, an explainer), else None."""
    own = _reporter_sentences(doc, ctx)
    if not own:  # a column quoting in every paragraph is read sentence by sentence (Audit 20)
        return "opinion" if argues_between_quotes(doc, ctx, _stance) else None
    # A witness's "I" ("I walked through the camp") takes no stance (Audit 14); "it is not bad luck; it is ..." does.
    posts = frozenset(stray_posts(doc, ctx, quote_spans(doc.article.text)))
    witness = told_firsthand(doc, ctx, own) and not quoted_witness(doc, ctx, FEATURE_OPENING, posts)  # genre_firsthand
    # a report's comment prompt argues not, nor its one closing aside (genre_press, FNC-1 1513)
    judged = unprompted(own, [s for s in own if _judged(doc, ctx, s, witness)], doc)
    share = len(unless_quips(judged, title)) / len(own)  # jeering questions alone argue nothing (genre_blog, Audit 36)
    roundup = rounds_up_views(doc, ctx, share >= OPINION_SHARE)  # experts canvassed, posts rounded up (genre_others)
    if roundup or ((frames_outcomes(doc, own) or compares_accounts(own) or lists_scenarios(own) or on_assignment(own))
                   and share < FRAMED_SHARE):  # "three outcomes" (Audit 28), accounts (A4), scenarios, "As a reporter,"
        return "roundup" if roundup else "analysis"  # (Audit 40)
    if idle_stance(doc, ctx, judged):  # users' reactions rounded up with a joke or two of the writer's (Audit 30),
        return idle_genre(doc, own)  # a jokey story's closing question; embedded posts make a round-up (B2369)
    # A one-paragraph column may have only a few sentences of its own; its closing call argues (the lead's Taser).
    last = doc.sentences[-1]
    if len(doc.sentences) >= 4 and len({s.paragraph for s in doc.sentences}) == 1 and prescribes(doc, last) \
            and not _ANY_QUOTE.search(last.text) and not _REPORTED_OPENING.search(last.text):
        return "opinion"
    if gives_tips(doc, own):
        return "feature"  # a service piece's tips to the reader argue nothing (genre_body, session 16)
    if len(own) >= 5 and (share >= OPINION_SHARE or (share >= ARGUED_OPENING_SHARE and _argued_opening(doc, ctx))):
        return "opinion"
    # "Congratulations, city hall. You have done it again." (genre_shapes, Audit 22); "ruthless autocrats",
    # "needlessly": judgement without "I" or "should"; "Haha, no, kidding.", "Here's my question to you" (genre_press)
    # ironic epithets ("B-list", "famous for being"): a sketch, a review of a broadcast (genre_blog, Audit 43 #6)
    if snarks(own) or snarky(doc, ctx) or judges_in_loaded_words(doc, ctx) or polls_readers(doc, ctx) \
            or sketches(doc, ctx) or raises_voice(doc, own, jeers):  # "finally!", "What an ..." (genre_tone, #11)
        return sketch_genre(doc) if sketches(doc, ctx) else "opinion"
    if is_explainer(doc, ctx, own) or restates_headline(doc, ctx, title):  # "This is <the headline's verdict>."
        return "analysis"  # how a scale works, "for example", "that means": explanation, not argument
    if interprets(own, briefly=share < OPINION_SHARE, doc=doc) or reads_ahead(doc, own):
        return reading(doc, own)  # views weighed, hedges (genre_argues.interprets; Audits 21, 22), conditional readings
    if argues(doc, ctx, own) or argued_shape(doc, own, _stance):  # only hedges interpret (genre_argues, Audit 33 A5)
        return "analysis" if only_hedges(doc, ctx, own) or correspondent_analysis(doc, own) else "opinion"
    if scene_feature(doc, ctx):  # a present-tense scene and people who "say" (genre_shapes, Audit 22), or a critic's
        return "review" if surveys_works(doc) else "feature"  # column on shows named by title (Newsroom row 1)
    if argues_between_quotes(doc, ctx, _stance) or opines_alone(own) or closes_on_order(doc, ctx, own):
        return "opinion"  # a column quoting its targets (Audit 20), "I think"s (session 21), calls, an order (Audit 40)
    if any(_FIRST_PERSON_SINGULAR.search(s.text) and s.index < FEATURE_OPENING * len(doc.sentences)
           for s in own) or witness or witness_we(doc, own, FEATURE_OPENING) or chatty_feature(doc):
        return "feature"  # the writer as a witness early on ("I joined the queue"), or chatty asides (Audit 42)
    if share < ARGUED_OPENING_SHARE and _EXPLAINER_TITLE.match(title.strip()):
        return "news" if reports_findings(doc, ctx) else "qa"  # a document's findings (genre_explain, Audit 50 #2)
    return None


def detect_genre(doc: Document, ctx: Context) -> Genre:
    """The article's genre (see the module docstring); ``news`` when nothing says otherwise."""
    url = doc.article.source.url or ""
    for pattern, genre in _URL_GENRES:
        if pattern.search(url):
            return genre
    title = doc.article.source.title or ""
    text = doc.article.text
    # Clock stamps (Audits 17, 19, 32), readers' questions, "the op-ed I wrote", a correspondent "looks at" (genre_self)
    named = names_itself(doc, ctx)
    if named is not None:
        return named
    transcript = transcript_of(doc)  # a column quoting an interview's exchange is no Q&A
    if len(_QA.findall(text)) >= 3 or reader_qa(doc) or (transcript.turns and not transcript.quoted) \
            or readers_page(doc):
        return "qa"  # an interview transcript's labelled turns (session 8), a readers' ideas page (Audit 23)
    announced = any(faq_transition(s) for s in doc.sentences)  # an FAQ's "Below, we answer ..." (Audit 14)
    # a signed column's questions (genre_column, Audit 42) are the writer's; an essay's in runs (session 16) or far
    asked = asked_paragraphs(doc)  # apart (Audit 36) are asides
    if asked >= MIN_QUESTION_PARAGRAPHS - announced and not first_person_essay(doc, ctx) \
            and not rhetorical_asides(doc, asked):
        # Questions asked and answered in an argument are rhetorical ("What happens if the army takes sides?",
        # Audit 7), as in a first-person essay (Audit 13): the sentences around them argue; an explainer's do not.
        # The writer's own hedged reading between the questions ("The likeliest reading is ...") interprets: an
        # analysis asking itself questions, not an explainer's subheads answered from its sources (Audit 24).
        own = _reporter_sentences(doc, ctx)
        if argues(doc, ctx, own, questions=False):
            return "opinion"
        return "analysis" if interprets(own) else "qa"
    if _STARS.search(text[:2000]) or reviews_a_work(doc, ctx):
        return "review"  # stars, or a work credited and judged in the writer's voice (genre_review, session 15)
    if signed_commentary(doc) or commentary_page(doc, ctx):
        return "opinion"  # "By X, Special to CNN" (Audit 15); edited remarks; a disclaimer; "our fund" (Audit 28)
    if len(ctx.attributions.headers) >= 2 or press_review(doc):
        return "roundup"  # "NAME, role:" blocks; a press review's credited columns (genre_press, Audit 31)
    if verdict_labels(doc) or (is_debunk(doc, ctx, title) and (_TITLE_FACTCHECK.search(title)
                                                                or not weighs_views(doc, ctx))):
        return "factcheck"  # "FACT: ..." paragraphs (genre_press); a debunk may argue ("I get fooled"; Audit 11)
    # a question answered with causes or stages, no news of the day (genre_explain, Audit 29); accounts (genre_blog)
    own_genre = explainer(doc, ctx, title) or ("feature" if framed_accounts(doc, ctx, _stance) else None) \
        or _genre_of_own(doc, ctx, title)
    if own_genre is not None:
        return own_genre
    if recounts(doc, ctx) or nut_graf(doc, ctx):
        return "feature"  # a life told (not a source's, Audit 33) or mourned, history told, a hook and its nut graf
    if _TITLE_ANALYSIS.search(title):
        return "analysis"
    if _TITLE_OPINION.search(title):
        # a question headline over question headings its experts answer heads an explainer (Audit 20)
        return question_title_genre(doc, ctx, title, _stance)  # or sources answering it both ways (Audit 28)
    # A closing verdict on the thing the opening names (the lead's car review): a review nothing else showed; else
    return "review" if review_verdict(doc, ctx) is not None and names_a_work(doc) else \
        shaped_kind(doc, ctx, _reporter_sentences(doc, ctx)) or "news"  # a shape alone (genre_kinds, Audit 53)


def _shaped_point(doc: Document, ctx: Context, genre: Genre) -> Sentence | None:
    """The point of a piece whose shape gives it: a news report's (delayed) lede or meeting outcome, a live
    page's main entry, a dispatch's statement of the situation the scene shows (not the scene; Audit 14)."""
    if genre == "news":
        # An opening that names nobody, or a firm's background, gives way to the news (Audit 17).
        return excerpt_lede(doc) or nut_graf(doc, ctx) or delayed_lede(doc, ctx) or background_lede(doc, ctx) \
            or opening_point(doc, ctx) or meeting_outcome(doc)
    if genre == "roundup":
        return accounts_intro(doc)  # the outlet's framing of readers' accounts (genre_accounts, Audit 26)
    if genre == "live" and doc.sentences:
        return live_point(doc, ctx)
    if genre == "qa":
        # the answer that moves the headline's number (Audit 19), or tells the outcome (Audit 25), else by score
        return news_answer(doc, ctx) or outcome_answer(doc, ctx)
    if genre == "analysis" and (frame := frames_outcomes(doc, _reporter_sentences(doc, ctx))) is not None:
        return frame  # "Analysts see three possible outcomes": the piece's own frame (genre_frames, Audit 28)
    if genre in ("feature", "analysis") and (nut := nut_graf(doc, ctx)) is not None:
        return nut  # the nut graf, not the hook (genre_accounts)
    if genre in ("feature", "analysis") and (thesis := concessive_thesis(doc, ctx)) is not None:
        return thesis  # "X may not have ..., but ..." opening a history essay (genre_frames, Newsroom row 40)
    return dispatch_point(doc, ctx) if genre == "feature" and is_dispatch(doc, ctx) else None


def main_point(doc: Document, ctx: Context, genre: Genre) -> Sentence | None:
    """The sentence that states the article's point, for a genre that does not lead with it.

    A news report leads with its news, except when its lede is delayed (:func:`delayed_lede`).
    """
    closing = review_verdict(doc, ctx) if genre == "review" else None
    # A review the address or stars do not show is read off its closing verdict, which is then its point.
    marked = _STARS.search(doc.article.text[:2000]) or any(
        g == "review" and p.search(doc.article.source.url or "") for p, g in _URL_GENRES)
    # else the critic's verdict in the opening or closing paragraphs (the lead's session 14 film reviews)
    shaped = _shaped_point(doc, ctx, genre) or (None if marked else closing) \
        or (critic_verdict(doc, ctx) if genre == "review" else None)
    if shaped is not None or genre in ("news", "live") or not doc.sentences:
        return shaped
    own = _reporter_sentences(doc, ctx)
    own, verdicts = verdict_points(doc, ctx, own) if genre == "factcheck" else (own, set())
    if genre in ("factcheck", "opinion") and not verdicts:
        # A column's verdict on the story it has just told ("The story is a hoax.") is its point (Audit 19),
        # when nlp/debunk.py found no retold story (a fact-check's own verdicts stay as verdict_points reads them).
        told = column_verdicts(doc, ctx)
        verdicts |= told
        own += [doc.sentences[i] for i in sorted(told - {x.index for x in own})]
        own.sort(key=lambda x: x.index)
    mine = {s.index for s in own}
    # A verdict in the writer's voice counts even in a paragraph with scare quotes ("is in 'poor' category").
    own += [s for s in doc.sentences if s.index not in mine and _VERDICT.search(s.text)
            and ctx.voice_of(s.index).voice == "reporter" and s.text[:1] not in "\"“"]
    if genre in ("opinion", "analysis"):
        # A thesis with a phrase in scare quotes is still the writer's ("a 'democracy Renaissance'", Audit 8)
        mine = {s.index for s in own}
        own += [s for s in doc.sentences if s.index not in mine and scare_quoted(s)
                and ctx.voice_of(s.index).voice == "reporter"]
        own.sort(key=lambda s: s.index)
    if genre == "qa":
        # An explainer's answers are often sourced ("Testing has shown ..., according to the agency"):
        # the first sentence of each answer is a candidate, whoever it cites (fifth reader audit).
        mine = {s.index for s in own}
        own += [s for s in answer_openings(doc) if s.index not in mine and s.text[:1] not in "\"“'‘"]
        own.sort(key=lambda s: s.index)
    if not own:
        return None
    last_paragraph = doc.sentences[-1].paragraph
    # The opening: the first three paragraphs, or the first OPENING_SHARE of a long article's.
    cut = max(3, int((last_paragraph + 1) * OPENING_SHARE))
    # An announcement ("X and Y outline the pitfalls") puts the point after it: the opening runs on past it.
    pivot = pivot_paragraph(doc) if genre in ("opinion", "analysis") else None
    if genre in ("opinion", "analysis"):  # a review's "we look at" heads its test, not its argument
        # so does a column's pivot from its hook to its subject ("Which brings me to the flu", Audit 19)
        # and a claim restated as a that-clause subject ("That the watch will have 100,000 apps ... is ...") puts
        # the writer's verdict on it after it (Audit 24's tech column)
        cut = max([cut, *(s.paragraph + 3 for s in doc.sentences[:8] if announcement(doc, s)),
                   *(s.paragraph + 2 for s in doc.sentences[:8] if s.paragraph < cut and claim_subject(doc, s)),
                   pivot + 3 if pivot is not None else 0])
    title = title_terms(doc)
    best: tuple[float, Sentence] | None = None
    # A feature's nut graf may come after a long scene: one saying what the piece is about is looked for further down.
    nut_cut = max(5, int((last_paragraph + 1) * NUT_GRAF_SHARE))
    advice = genre in ("opinion", "analysis") and announces_advice(doc)
    # A dispatch's point is the news it reports, never the writer's own morning ("I quickly dressed", Audit 24).
    witness = genre == "feature" and is_dispatch(doc, ctx)
    for sentence in own:
        # a feature's nut graf may tell the trend behind its scene ("Fewer boats go out now than ...", session 15)
        nut = bool(_NUT_GRAF.search(sentence.text)) or (genre == "feature" and tells_trend(sentence))
        # "the country needs an independent body", or advice the announcement promised: a thesis wherever it stands
        call = calls_for(doc, sentence) or (advice and prescribes(doc, sentence))
        background = genre in ("opinion", "analysis") and column_background(doc, sentence)
        thesis = genre in ("opinion", "analysis") and not background \
            and (states_thesis(ctx, title, sentence) or call or writers_finding(sentence)
                 or sums_up(sentence.text))  # "I have found that"
        if sentence.paragraph >= (nut_cut if nut else cut) and sentence.paragraph != last_paragraph and not thesis \
                and sentence.index not in verdicts:  # a debunk's verdict counts wherever it stands (Audit 13)
            continue
        words = sentence.text.split()
        if (genre in ("qa", "analysis") and sentence.text.rstrip("\"”’' ").endswith("?")) or rhetorical(sentence.text) \
                or asks_reader(sentence.text) or faq_transition(sentence) or announcement(doc, sentence) \
                or editors_note(sentence) or reader_setup(sentence) or (witness and scenery(doc, sentence)):
            continue  # the answer is the point, not a Q&A's or analysis's question (Audit 33 A4); a round-up's may be
        if genre != "roundup" and sentence.text.rstrip("\"”’' ").endswith(":"):
            continue  # "he said something that should make jaws drop:" only introduces the point (Audit 10)
        if mocks_a_view(doc, sentence) or fragment(doc, sentence) or claim_subject(doc, sentence) \
                or denied(doc, sentence) or (genre == "opinion" and camps_view(doc, sentence)) or glued(doc, sentence):
            continue  # the view the writer ridicules, denies or gives to a camp (Audit 26) is its target, not its point
        if sentence.paragraph == last_paragraph and ANAPHORIC.match(sentence.text):
            continue  # a closing "Of course, this wouldn't be the first time" leans on what came before
        # a critic's verdict on others' conduct ("The editorial earns no self-awareness points.") is one (session 16)
        verdict = bool(_VERDICT.search(sentence.text)) or sentence.index in verdicts \
            or (genre == "opinion" and conduct_verdict(sentence.text))
        if len(words) < (5 if verdict else 8) or len(words) > 60:
            continue
        stance = bool(_EVALUATIVE.search(sentence.text) or judges(sentence) or _REFRAMES.search(sentence.text)
                      or sums_up(sentence.text))
        overlap = title_overlap(ctx, title, sentence)
        score = (1.5 * overlap / (len(title) or 1) + ctx.centrality[sentence.index]
                 + 0.4 * stance + VERDICT_BONUS * verdict
                 + EXPLANATION_BONUS * (genre == "analysis" and concludes_explanation(sentence))
                 - TEASER_PENALTY * (genre == "analysis" and teaser(doc, sentence))
                 + ARGUING_BONUS * bool(ARGUING.search(sentence.text))
                 + NUT_GRAF_BONUS * (nut or sentence == closing) + THESIS_BONUS * thesis
                 + THESIS_CALL_BONUS * (genre == "opinion" and (prescribes(doc, sentence) or calls_for(doc, sentence)))
                 - ANAPHORA_PENALTY * bool(ANAPHORIC.match(sentence.text) or (not stance and leans_back(doc, sentence)))
                 - BACKGROUND_PENALTY * background
                 - HOOK_PENALTY * (pivot is not None and sentence.paragraph <= pivot)
                 - 0.02 * sentence.index)
        if best is None or score > best[0]:
            best = (score, sentence)
    return best[1] if best else None
