"""Genre: what kind of piece the article is (news, opinion, analysis, a feature, a review, ...).

A news report puts its news first, so its main point is the lede. Other genres do not (genre.main_point finds
their point). The genre is read from signals a reader uses:

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
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.advice import prescribes
from newsbrief.analyze.argued import (
    review_verdict,
    signed_commentary,
)
from newsbrief.analyze.genre_accounts import excerpt_sentences, nut_graf, recounts
from newsbrief.analyze.genre_argues import argues, compares_accounts, interprets, only_hedges, reading
from newsbrief.analyze.genre_blog import chatty_feature, framed_accounts, sketch_genre, sketches, unless_quips
from newsbrief.analyze.genre_body import (
    body_end,
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
from newsbrief.analyze.genre_frames import frames_outcomes, without_group_views
from newsbrief.analyze.genre_infer import lists_scenarios, on_assignment
from newsbrief.analyze.genre_kinds import shaped_kind
from newsbrief.analyze.genre_others import answered, others_words, rounds_up_views
from newsbrief.analyze.genre_pages import commentary_page, readers_page
from newsbrief.analyze.genre_points import (
    faq_transition,
    is_debunk,
)
from newsbrief.analyze.genre_press import jeers, polls_readers, press_review, snarky, unprompted, verdict_labels
from newsbrief.analyze.genre_reading import idle_genre, idle_stance, opines_alone, reads_ahead
from newsbrief.analyze.genre_review import names_a_work, reviews_a_work, surveys_works
from newsbrief.analyze.genre_self import names_itself
from newsbrief.analyze.genre_shapes import quoted_witness, reader_qa, scene_feature, snarks
from newsbrief.analyze.genre_tone import appraises, judges_plainly, mocks, raises_voice, weighs_views
from newsbrief.analyze.genre_voice import (
    first_person_essay,
    inside_quotation,
    is_explainer,
    judges_in_loaded_words,
)
from newsbrief.analyze.genre_we import correspondent_analysis, speaks_for_us, witness_we
from newsbrief.analyze.point_answers import transcript_of
from newsbrief.analyze.point_leads import stray_posts
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
# A rating: stars drawn, "4 out of 5 stars", "Rating: 4/5", or a credits block's rating standing as a sentence of its
# own ("Rated R. 3 1/2 Stars. If there's ...": a newspaper film review the lead read in session 14, labelled a feature);
# "Five stars of the team were dropped" goes on after the word, so it is no rating.
_STARS = re.compile(r"★|☆|\b\d(?:\.\d)? ?(?:out of|/) ?(?:5|five|10|ten) stars\b|\b(?:rating|score|verdict)\s*:\s*"
                    r"\d(?:\.\d)? ?(?:/|out of) ?(?:5|10)\b|(?:^|[.!?:]\s+)(?:[1-5](?: ?1/2|½|\.5)?|one|two|three|four|"
                    r"five)(?: and a half)? stars?\s*(?:[.!]|$)", re.I | re.M)
_QA = re.compile(r"^(Q|Question)\s*[:.]\s", re.M)
# Q&A without "Q:" marks: one-question paragraphs in the writer's voice, each followed by an answer paragraph.
MIN_QUESTION_PARAGRAPHS = 3
# The share of the writer's own sentences with first person or evaluative words above which a
# piece reads as opinion (news reports stay under it: a few "should" in quotes are not the writer's).
# Checked on the CNN/DM dev articles (news, a few comment pieces) and the main-point set's genres.
OPINION_SHARE = 0.2
FRAMED_SHARE = 0.5  # a framed analysis asks and judges in passing; a column arguing in half its sentences stays one

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
                             r",\s*should (?=(?:he|she|it|they|the|his|her|their|its|this|that|(?-i:[A-Z]))\b)|"
                             # a decision reported ("A judge ordered Dr Murray should stand trial"): the court's should,
                             # not the writer's (genre set MJ_bbc 2011-01-25/401, read as opinion before session 36)
                             r"\b(?:ordered|ruled|decided|directed|recommended)\s+(?:that\s+)?(?:\w+\s+){0,3}should\b",
                             re.I)


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
    # Clock stamps (Audits 17, 19), glued or announced (Audit 32); readers' questions; "the op-ed I wrote"; a
    # correspondent who "looks at" (genre_self)
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
