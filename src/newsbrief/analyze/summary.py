"""Key points: the 3 to 5 sentences that best tell what the article reports.

Unsupervised and lead-based, since news puts the main event first: each sentence scores by its position, a
little directed centrality (PacSum-style: similarity to what follows it counts, similarity to what precedes it
counts against), and penalties for sentences a reader cannot use alone: fragments without a verb (bylines,
photo credits, "(CNN)"), questions, sentences that are mostly a quote, and openings that point back at
something the point does not contain. Near-duplicates of a chosen point are skipped.

Openings are then repaired where that is honest: "He warned" becomes "[Lee] warned", "But the deal" becomes
"[T]he deal", "These weapons" becomes "[The] weapons". Brackets mark every word newsbrief changed.

A report's turn leads with the lede, and some sentences are no key point in any genre (reader Audit 14):

- **The turn.** A report of a claim ("most probably a meteorite", "cured dozens of patients") whose second
  half brings outside doubt ("Experts outside the country, however, aren't so sure"; "But growers'
  associations say the weight cannot count") tells two things: the claim and the doubt. The doubt is one
  of the first key points (reader Audit 14: a crater story's turn was no key point at all). A turn is a
  sentence outside quotation marks that opens on a contrast ("However", "But", "Yet") or carries ", however,",
  and doubts or disputes in so many words.
- **A sub-section's opener**: the first sentence under a sub-head line ("Why it's a bad idea") is the
  heading's lead-in, not a point of the piece ("Training rebels comes down to education.").
- **Half a quotation**: a quotation split over two sentences leaves its closing half a fragment alone
  ("The issue is who organized them," the prosecutor said).

An FAQ's announcement of its questions is no key point either (genre_points.faq_transition).
"""

from __future__ import annotations

import re

from newsbrief.analyze.argued import announcement, call_factors, editors_note
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.dispatch import dispatch_factors
from newsbrief.analyze.framing import catalogue_point, premise_answer, questioned_premises
from newsbrief.analyze.genre_pages import asked_paragraphs, practical_line
from newsbrief.analyze.genre_points import faq_transition, live_factors
from newsbrief.analyze.opening_splits import split_of, torn, whole_citations, whole_text
from newsbrief.analyze.openings import (
    BOILERPLATE,
    repair_opening,
    word_tokens,
)
from newsbrief.analyze.point_alone import (  # a line leaning on context, a box label, a count announced
    CAPTION_FACTOR,
    aside_or_hook,
    box_label,
    count_lead_in,
    counted_setup,
    cue_tail,
    is_cue_tail,
    says_nothing_alone,
)
from newsbrief.analyze.point_alone import is_caption as is_caption  # its home before; tests read it here
from newsbrief.analyze.point_anaphors import dangling_reference, opening_pronoun_factors
from newsbrief.analyze.point_anecdotes import anecdote
from newsbrief.analyze.point_announced import announced_answer, hook_factors, open_question
from newsbrief.analyze.point_answers import (
    harm_answer,
    interview_admission,
    interview_intro,
    interview_lede,
    refutation,
    refuted_claim,
    shape_factors,
    transcript_of,
)
from newsbrief.analyze.point_backrefs import decision_statement, preamble, withheld
from newsbrief.analyze.point_claims import led_point, usable
from newsbrief.analyze.point_columns import claim_subject, fragment, writers_call
from newsbrief.analyze.point_concedes import conceded_thesis
from newsbrief.analyze.point_conclusions import background_gives_way, concluded_thesis
from newsbrief.analyze.point_debunks import cannot_lead, opening_debunk, opening_denial
from newsbrief.analyze.point_developments import developments
from newsbrief.analyze.point_eventless import eventless_factors
from newsbrief.analyze.point_frames import concessions, concessions_give_way, topic_finding, unframed
from newsbrief.analyze.point_hooks import list_frame, opening_hook, reputation_hook, weak_lead
from newsbrief.analyze.point_irony import ironic_lines
from newsbrief.analyze.point_labels import bracket_label
from newsbrief.analyze.point_leads import (
    announces_claims,
    leans_on_comparison,
    standing_line,
    stray_posts,
    verdict_referent,
)
from newsbrief.analyze.point_news_acts import background_factors, news_act, padding_line
from newsbrief.analyze.point_openings import opening_factors
from newsbrief.analyze.point_padding import no_referent, pointer_or_aside, writers_verdict
from newsbrief.analyze.point_pages import page_factors, reader_setup
from newsbrief.analyze.point_prefixes import closing_update, dateline_lede, ends_on_dateline
from newsbrief.analyze.point_prefixes import prefix_length as prefix_length  # its home before; stories read it here
from newsbrief.analyze.point_quotes import mid_quotation, split_quote_half, unattributed_quotation
from newsbrief.analyze.point_readings import Readings, readings
from newsbrief.analyze.point_reported import reported_lede
from newsbrief.analyze.point_scenes import scene_thesis
from newsbrief.analyze.point_select import same_point as _same_point
from newsbrief.analyze.point_select import select_points
from newsbrief.analyze.point_setups import announced_idea, question_answer, revealed, setup_factors, teaser
from newsbrief.analyze.point_subanswers import with_answers
from newsbrief.analyze.point_subheads import subhead_opener
from newsbrief.analyze.point_tellers import told_by, told_stories
from newsbrief.analyze.point_theses import (
    analysis_thesis,
    argued_thesis,
    cut_quotation,
    turn_point,
    whole_quotation,
)
from newsbrief.analyze.point_verdicts import colour_ledes, likely_verdict, sensed_factors
from newsbrief.analyze.point_witness import witness_factors, witness_lead
from newsbrief.analyze.position_checks import is_cue_only
from newsbrief.models import Citation, Document, Item, KeyPoint, Sentence
from newsbrief.nlp.attribution import quote_spans
from newsbrief.nlp.boxes import is_run_on_list
from newsbrief.nlp.debunk import back_verdict

# Tuned on ../shared/data/summ dev sets (cnndm_summeval, xsum_extracts_dev,
# newsroom_bartscore) with ROUGE-1 of the top 3 points; see docs/benchmarks.md.
POSITION_DECAY = 0.35  # score 1 / (1 + decay * index); 0.2-0.6 changed R1 by < 0.1
W_CENTRALITY = 0.1  # more centrality lowered CNN/DM and Newsroom ROUGE (0.3: -0.3 / -1.0)
BACKWARD_WEIGHT = -0.3  # PacSum's lambda for similarity to earlier sentences
MIN_WORDS = 6  # shorter "sentences" were bylines and captions in every dev set
QUOTE_FACTOR = 0.8  # a sentence opening with a quote rarely states the news itself
# An opening pronoun we cannot resolve makes a point hard to use alone; 0.5 kept the
# dangling rate at 1.4% on the dev sets (0.7: 4.7%, 0.3: 0.3% but -0.3 ROUGE-1 on CNN/DM).
UNRESOLVED_FACTOR = 0.5
QUESTION_FACTOR = 0.4
_CLOSING_QUOTES = "\"”’'"
SUBHEAD_FACTOR = 0.3  # the first line under a sub-head leads into its section, not the piece (Audit 14)
def points_for(doc: Document) -> int:
    """How many key points an article of this length gets (3 to 5)."""
    n = len(doc.sentences)
    return 3 if n < 25 else 4 if n < 45 else 5


def is_clause(doc: Document, sentence: Sentence) -> bool:
    """A usable key point has a verb and at least MIN_WORDS words."""
    tokens = doc.sentence_tokens(sentence)
    return len(word_tokens(tokens)) >= MIN_WORDS and any(t.pos in ("VERB", "AUX") for t in tokens)


def sentence_scores(doc: Document, ctx: Context, read: Readings | None = None) -> list[float]:
    """Stand-alone worth of each sentence as a key point (``read``: the document's readings, read here if None)."""
    read = read if read is not None else readings(doc, ctx)
    before, after = ctx.sentence_matrix.directed()  # the sums of cosines, in O(words) not O(n^2)
    directed = [float(d) for d in BACKWARD_WEIGHT * before + after]
    top = max(directed, default=1.0) or 1.0
    quotes = quote_spans(doc.article.text)
    # An interviewer's turn quoted in a column (named or not) asks, and a hoax the article quotes to reject
    # it is not the article's point: neither states anything of the piece.
    # A user's post quoted as a bare paragraph, with no poster, reads as the writer's word (point_leads, Audit 28).
    silent = transcript_of(doc).asked | ctx.rejected | stray_posts(doc, ctx, quotes)
    silent |= preamble(doc, read.first, known=True)  # a round-up's hook
    silent |= anecdote(doc, ctx, read.turn, known=True)  # a column's anecdote before its thesis (point_anecdotes)
    silent |= ironic_lines(doc, ctx) | read.comments  # "poor old X", a reader's comment run on (point_irony)
    silent |= colour_ledes(doc)  # a business report's mood lede before its figures (point_verdicts, Audit 46)
    factors = dispatch_factors(doc, ctx)  # a dispatch's scenery (analyze/dispatch.py) is no point
    # A joke and a history paragraph weigh less (analyze/point_pages.py), a live page's act and headline more.
    # A report's opening that names nobody, or a firm's background, weighs less (point_openings.py, Audit 17).
    # An opinion piece's first call to act rises (argued.call_factors, Audit 17).
    # A Q&A explainer's outcomes rise over its definitions, and a debunk's flat claim and a column writer's
    # credentials weigh less (point_answers.shape_factors, Audit 25).
    # A witness's still scenery and a memory weigh less in any told genre (point_witness, Audit 37).
    factors = [a * b * c * d * e * f * g for a, b, c, d, e, f, g in zip(
        factors, page_factors(doc, ctx.genre), live_factors(doc, ctx), opening_factors(doc, ctx),
        call_factors(doc, ctx), shape_factors(doc, ctx), witness_factors(doc, ctx), strict=True)]
    # A mystery's set-up and an explainer's lead-in to its answer weigh less (point_setups, Audit 41 #2, #12).
    factors = [f * m for f, m in zip(factors, setup_factors(doc, ctx), strict=True)]
    # A round-up's hook and its "X spoke to some experts" weigh less than the answers (point_announced, Audit 48 #3).
    factors = [f * m for f, m in zip(factors, hook_factors(doc, ctx), strict=True)]
    # A trend lede before a dated act is background (point_news_acts, Audit 48 #8).
    factors = [f * m for f, m in zip(factors, background_factors(doc), strict=True)]
    # What was heard or seen ("sirens blared") is colour (point_verdicts, Audit 48 #1).
    factors = [f * m for f, m in zip(factors, sensed_factors(doc), strict=True)]
    # A scene, how something works, a hope the story dashed: no event, no claim (point_eventless, Audit 51 #2, #7).
    colour = eventless_factors(doc, ctx)
    factors = [f * m for f, m in zip(factors, colour, strict=True)]
    # A lede whose "it" only a picture or the headline showed is a hook (point_anaphors, Audit 53 B2196).
    factors = [f * m for f, m in zip(factors, opening_pronoun_factors(doc), strict=True)]
    scores = []
    asked = asked_paragraphs(doc)  # a reader's "Q: ..." paragraph asks; the answer is the point (genre_pages)
    for sentence in doc.sentences:
        i = sentence.index
        score = factors[i] * (_position(ctx, i) + W_CENTRALITY * directed[i] / top)
        if sentence.paragraph in asked or (ctx.genre == "review" and practical_line(sentence)):
            score -= 10.0  # a question or a review's opening hours and prices: last resort only
        # An FAQ's announcement and half of a split quotation state nothing a reader can use (Audit 14).
        if not is_clause(doc, sentence) or i in silent or faq_transition(sentence) \
                or split_quote_half(doc, sentence) or announcement(doc, sentence) or editors_note(sentence) \
                or _SPEAKER_LOST.search(sentence.text) or reader_setup(sentence) or fragment(doc, sentence) \
                or leans_on_comparison(sentence.text) or standing_line(doc, sentence) or no_referent(doc, sentence) \
                or opening_hook(sentence) or cut_quotation(doc, sentence) or pointer_or_aside(sentence) \
                or padding_line(sentence) or reputation_hook(sentence) or withheld(doc, sentence) \
                or unframed(doc, ctx, sentence, prefix_length(sentence.text)) or says_nothing_alone(doc, sentence) \
                or torn(doc, sentence) or ends_on_dateline(sentence) or mid_quotation(doc, ctx, sentence) \
                or is_cue_tail(doc, sentence):
            score -= 10.0  # last resort only (a clause cut from its main clause says nothing alone, Audit 19)
        if claim_subject(doc, sentence):
            score *= CLAIM_SUBJECT_FACTOR  # "That the watch will have 100,000 apps ... is ...": a claim restated
        score = _asked(doc, ctx, sentence, score)
        voice = ctx.voice_of(i)
        if ctx.genre == "qa" and voice.voice == "reporter" and voice.stance == "asks":
            score -= 10.0  # an interviewer's turn (its label included) asks; it states no fact of the piece
        if sentence.text[:1] in "\"“'‘":
            score *= QUOTE_FACTOR
        if unattributed_quotation(ctx, sentence, quotes):
            score -= 10.0  # someone's words shown as the article's own: a last resort only
        if repair_opening(doc, sentence, ctx.actors) is None:
            score *= UNRESOLVED_FACTOR
        if BOILERPLATE.search(sentence.text):
            score *= 0.1
        if is_run_on_list(doc.sentence_tokens(sentence)):
            score -= 10.0  # fact-box items run together (nlp/boxes.py) state no news of their own
        if subhead_opener(doc, sentence):
            score *= SUBHEAD_FACTOR
        if is_caption(sentence.text):
            score *= CAPTION_FACTOR
        scores.append(score)
    # A round-up's "NAME, role:" headers end in colons and head what each voice says: no setups.
    scenery = {i for i, f in enumerate(colour) if f < 1.0}
    return scores if ctx.genre == "roundup" else _setups_give_way(doc, ctx, concessions_give_way(doc, scores), scenery)


# A that-clause subject restating a claim ("That the watch will have 100,000 apps ... is the centrepiece of his
# forecast") is halved, near a question's QUESTION_FACTOR: it holds a claim, often with no one holding it (Audit 24's
# tech column, KP1). Checked on the session 15c column case only; genre.main_point never takes it as the point.
CLAIM_SUBJECT_FACTOR = 0.5


# A review opens on its set-up (the lead's car review: "It's a sci-fi showpiece."), not on a judgement.
REVIEW_SETUP = 2
REVIEW_SETUP_FACTOR = 0.2


# A reporting verb whose speaker the source lost ("But protesters disputed that account, said."): the
# sentence is broken in the page itself, and as a key point it reads as garbage (a Newsroom dev brief,
# session 12, where the late-turn rule made it key point 2).
_SPEAKER_LOST = re.compile(r",\s+(?:said|says|added|adds|reported|reports|told|tells|wrote|writes)\.[\"”’']?\s*$")


def _position(ctx: Context, index: int) -> float:
    """The lead-based prior: news puts its main event first. A live page runs newest first, so its
    entries weigh by how much of the page is about them (centrality) instead (reader Audit 10: a live
    page's key points were its last, smallest entry)."""
    if ctx.genre == "live":
        return ctx.centrality[index]
    if ctx.genre == "review":  # a review's lede sets it up ("It's a sci-fi showpiece"); its judgements run throughout
        # The set-up is a key point only when no judgement is left (a short review's judgements share few
        # words with the rest, and the scene outscored them: the "review_film" case of test_argued_points.py).
        return ctx.centrality[index] * REVIEW_SETUP_FACTOR - 1.0 if index < REVIEW_SETUP else ctx.centrality[index]
    return 1.0 / (1.0 + POSITION_DECAY * index)


# A sentence that only introduces what follows: it ends in a colon ("But last night he said something
# that should make jaws drop:") or announces in a few words ("Here is the strange part."). It is no point;
# the statement after it is, and takes its place (reader Audit 10: such setups were key points).
_ANNOUNCES = re.compile(r"^(?:(?:but|and|so|now),?\s+)?(?:here(?:'s|’s| is| are)|consider this|get this|"
                        r"this is (?:what|why|how))\b", re.I)
ANNOUNCE_MAX_WORDS = 10
SETUP_REACH = 3  # sentences after a setup searched for the statement it introduces


def is_setup(sentence: Sentence) -> bool:
    """True when the sentence only introduces what follows (see _ANNOUNCES): a teaser gives way to its reveal
    (point_setups), "questions are being asked about what ..." to its answer (point_announced, Audit 48 #3), "there's
    one theory being mentioned ..." to the theory (point_setups.announced_idea, Audit 52 #8)."""
    text = sentence.text.rstrip()
    return text.endswith(":") or (bool(_ANNOUNCES.match(text)) and len(text.split()) <= ANNOUNCE_MAX_WORDS) \
        or announces_claims(text) or teaser(sentence) or open_question(sentence) or announced_idea(sentence)


def _setups_give_way(doc: Document, ctx: Context, scores: list[float], scenery: set[int]) -> list[float]:
    """Each setup's score goes to the first usable statement after it; the setup is a last resort. A speech
    cue with nothing said ("X, a spokesman, told reporters on Sunday." before the quote) is a setup too
    (reader Audit 23 read such a cue as a position; position_checks.is_cue_only). A line of ``scenery`` (no event,
    no claim: point_eventless) is no statement a setup introduces: Audit 51 #7's speaker cue handed its weight to
    "She thought Friday would be her last day on the streets", which became KP4."""
    out = list(scores)
    attributions = ctx.attributions.attributions
    for sentence in doc.sentences:
        if not is_setup(sentence) and not counted_setup(doc, sentence) \
                and not is_cue_only(doc, attributions, ctx.voice_of(sentence.index)):
            continue
        i = sentence.index
        following = [j for j in range(i + 1, min(i + 1 + SETUP_REACH, len(scores))) if scores[j] > 0
                     and j not in scenery]
        if following:
            out[following[0]] = max(out[following[0]], scores[i])
        out[i] = min(scores[i], 0.0) - 10.0
    return out


def _asked(doc: Document, ctx: Context, sentence: Sentence, score: float) -> float:
    """``score`` for a question: QUESTION_FACTOR times, and a last resort when it stands as its own paragraph. A
    question quoted at the end ('CBS Detroit notes in their report, "Does this person ... think ...?"': Audit 52 #11's
    rhetorical KP3) asks as well, but a reporter's line quoting it is no bare question to answer."""
    text = sentence.text.rstrip()
    if not text.rstrip(_CLOSING_QUOTES).endswith("?"):
        return score
    score *= QUESTION_FACTOR
    alone = text[:1] not in "\"“'‘" and _opens_paragraph_alone(doc, sentence)
    if text.endswith("?") and (ctx.genre == "qa" or alone):
        score -= 10.0  # a question standing as its own paragraph asks; the answer is the point
    return score


def _opens_paragraph_alone(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is the whole of its paragraph (a question asked as a sub-head or a lede)."""
    i = sentence.index
    before = i == 0 or doc.sentences[i - 1].paragraph != sentence.paragraph
    after = i + 1 >= len(doc.sentences) or doc.sentences[i + 1].paragraph != sentence.paragraph
    return before and after


def select(doc: Document, ctx: Context, count: int, read: Readings | None = None,
           known: list[float] | None = None) -> list[Sentence]:
    """The ``count`` best sentences by maximal marginal relevance, best first (point_select.select_points);
    ``known``: the scores, if already read."""
    return select_points(doc, ctx, count, known if known is not None else sentence_scores(doc, ctx, read))


# A scene opening's thesis leads in a told piece (point_scenes, Audits 29/30), not in a page of entries or answers.
_TOLD = ("news", "feature", "opinion", "analysis")


def analyze_summary(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Key points in article order (main event first), ranked by score in their payload.

    A piece that does not lead with its point (opinion, analysis, feature, round-up)
    gets its main point (see :mod:`newsbrief.analyze.genre`) as the first key point.
    """
    read = readings(doc, ctx)  # read once, asked for here and by sentence_scores (point_readings)
    scores = sentence_scores(doc, ctx, read)
    chosen = select(doc, ctx, points_for(doc), read, scores)
    asked = question_answer(doc, ctx)  # an explainer's question and its answer (point_setups, Audit 41 #2)
    answer = asked[1] if asked is not None else None
    # A catalogue's point is what it is (its lead's framing), an explainer's the answer to the belief it
    # questions, whatever the genre rules pick (reader Audit 12: the first item, the premise).
    harm = harm_answer(doc, ctx)  # a Q&A answer reporting harm: a main point, else shown second (Audit 48 #7)
    # An interview's admission that the story's premise is false leads, whatever the genre, and so does a
    # report's refutation of the story its opening tells (Audit 25).
    point = catalogue_point(doc) or premise_answer(doc, questioned_premises(doc)) or interview_admission(doc) \
        or interview_lede(doc) or reported_lede(doc, ctx) or (dateline_lede(doc) if ctx.genre == "news" else None) \
        or news_act(doc) or decision_statement(doc) or read.first \
        or announced_answer(doc, ctx) \
        or (answer if ctx.genre != "news" else None) or revealed(doc) \
        or (opening_debunk(doc, ctx) if ctx.genre in _TOLD else opening_denial(doc, ctx) if ctx.genre == "factcheck"
            else None) \
        or writers_verdict(doc, ctx) or list_frame(doc, ctx) \
        or (refutation(doc, ctx) if ctx.genre in ("news", "factcheck") else None) \
        or (opening_debunk(doc, ctx, denial_only=True) if ctx.genre == "factcheck" else None) \
        or (read.turn or scene_thesis(doc, ctx) or analysis_thesis(doc, ctx) or argued_thesis(doc, ctx)
            or concluded_thesis(doc, ctx)
            if ctx.genre in _TOLD else None) \
        or topic_finding(doc, ctx) or harm \
        or usable(doc, led_point(doc, ctx))  # the genre's main point, or the writer's claim (Audit 40)
    if point is not None and point.index in concessions(doc):
        point = doc.sentences[concessions(doc)[point.index]]  # the turn after a concession is the writer's point
    point = witness_lead(doc, ctx, point, chosen)  # a witness's scenery or a memory does not lead (Audit 37)
    if point is not None and (is_caption(point.text) or point.index in interview_intro(doc)
                              or weak_lead(point, ctx.genre) or setup_factors(doc, ctx)[point.index] < 1.0
                              or padding_line(point) or withheld(doc, point) or point.index in read.comments
                              or box_label(point) or unframed(doc, ctx, point, prefix_length(point.text))
                              or point.index in colour_ledes(doc) or open_question(point) or torn(doc, point)
                              or aside_or_hook(doc, point)):
        point = None  # a caption, an interview's intro, a set-up (point_setups) is no point: the best point leads
    if point is not None and ctx.genre in _TOLD and _leans(doc, ctx, point) and chosen and not _framing(doc, point):
        # a rhetorical question, a line leaning on an unseen referent is no point: the best statement leads (Audit 36),
        # a question the next line sets out to answer ("Is X the future ...? Here's what the reviews say:") frames the
        # piece and keeps its place (a reviews round-up of the reader main-point set)
        point = next((s for s in chosen if not _leans(doc, ctx, s)), None)
    if point is not None:
        others = [s for s in chosen if s.index != point.index and not _same_point(ctx, s, point)]
        chosen = [point, *others[: len(chosen) - 1]]
        if point is concluded_thesis(doc, ctx):
            chosen = background_gives_way(doc, chosen, point)  # the news, not the background (Audit 35)
    placed = _with_call(doc, ctx, chosen, read.call)
    call, chosen = next((s for s in placed if s not in chosen), None), placed
    # A report's turn to outside doubt is the second thing it tells, whatever its position (Audit 14).
    turn = (turn_point(doc, ctx) if ctx.genre == "news" else None) or closing_update(doc)  # "UPDATE: ..." too
    if turn is not None and turn not in chosen[:2] and not any(_same_point(ctx, turn, c) for c in chosen[:1]):
        rest = [s for s in chosen if s.index != turn.index]
        chosen = [*rest[:1], turn, *rest[1 : len(chosen) - 1]]
    # A piece read as news keeps its lede first; the answer to its opening question comes second (point_setups).
    # ... and an analysis's stated verdict ("The most likely scenario is ...") comes second (point_verdicts, Audit 46).
    # ... and a Q&A explainer's answer reporting harm done (the crackdown's toll) is shown second (Audit 48 #7).
    # ... and a reportage's thesis stated as a denial and its turn ("... is not inevitable. But ...", point_concedes).
    conceded = conceded_thesis(doc, ctx) if asked is None else None
    second = answer if answer is not None else (likely_verdict(doc) or (conceded[1] if conceded else None)) \
        if ctx.genre in _TOLD else harm
    second = second if second is not None and second is not point and second not in chosen[:2] else None
    conceded = conceded if conceded is not None and second is conceded[1] else None
    if second is not None and len(chosen) > 1:
        rest = [s for s in chosen if s.index != second.index and not _same_point(ctx, s, second)]
        chosen = [*rest[:1], second, *rest[1 : len(chosen) - 1]]
    harm = harm if harm is not None and harm is not point and harm in chosen[:2] else None
    chosen = with_answers(doc, ctx, chosen)  # a Q&A page's answers of weight (point_subanswers, Audit 46)
    chosen = developments(doc, ctx, chosen, (point, turn, call, second))  # a 4th or 5th point adds news (Audit 34)
    point, chosen, tellers = _with_stories(doc, ctx, scores, point, chosen)  # readers' stories (Audit 46 #1)
    ranks = {s.index: rank for rank, s in enumerate(chosen, start=1)}
    items = []
    # A live page runs newest first: its article order says nothing, so its points go by rank (Audit 16).
    ordered = sorted(chosen, key=lambda s: (s is not point, ranks[s.index] if ctx.genre == "live" else s.index))
    for moved in (turn, second, call if call is read.call else None, harm):  # "Time for a ban." (Audit 45)
        if moved is not None and moved in ordered[2:]:
            ordered.remove(moved)
            ordered.insert(1, moved)
    # A verdict that leans back ("None of it is true.") is shown with the sentence naming the story (Audit 19).
    # A report's flat refutation ("It was never true.") is shown with the claim it answers (Audit 29's fact-check).
    referent = None if point is None else (verdict_referent(doc, ctx, point) if ctx.genre in ("factcheck", "opinion")
                                           else None) or refuted_claim(doc, ctx, point)
    for s in ordered:
        if s is referent or (asked is not None and s is asked[0]) or (conceded is not None and s is conceded[0]):
            continue  # it is shown with its verdict, its answer or its turn
        text, citations = _shown(doc, ctx, s)
        text = told_by(tellers.get(s.index), text)  # "[Name:] ...": a reader's story, never the article's own words
        if s is point and referent is not None:
            text, citations = f"{referent.text} {s.text}", [cite(referent), cite(s)]
        if asked is not None and s is answer:  # "It would be reckless" answers the question it is shown with
            shown = repair_opening(doc, asked[0], ctx.actors) or asked[0].text
            text, citations = f"{shown} {text}", [cite(asked[0]), *citations]
        if conceded is not None and s is conceded[1]:  # "But Homs today could be ..." turns on the denial before it
            text, citations = f"{conceded[0].text} {s.text}", [cite(conceded[0]), cite(s)]
        text, rest = whole_quotation(doc, ctx, s, text)  # a short quotation over sentences is shown whole
        citations = [*citations, *(cite(more) for more in rest)]
        items.append(Item(text=text, citations=tuple(citations), payload=KeyPoint(rank=ranks[s.index])))
    return tuple(items)

def _shown(doc: Document, ctx: Context, s: Sentence) -> tuple[str, list[Citation]]:
    """A point's text and citations: its opening repaired, a prefix cut, or the whole sentence (opening_splits)."""
    if (split := split_of(doc, s)) is not None and split.whole:  # "— ESPN is going to ...", cut at an inner "!"
        return whole_text(doc, split, s), list(whole_citations(split, s))
    if (count := count_lead_in(doc, s)) is not None:  # "There are two positions ... Both have tied ..." (point_alone)
        return f"{count.text} {s.text}", [cite(count), cite(s)]
    if (tail := cue_tail(doc, s)) is not None:  # "..., but the sister of ...," / "the ministry has said." (point_alone)
        return f"{repair_opening(doc, s, ctx.actors) or s.text} {tail.text}", [cite(s), cite(tail)]
    text = bracket_label(doc, s, repair_opening(doc, s, ctx.actors) or s.text)  # "[Name:] ..." (point_labels)
    skip = prefix_length(s.text)
    if skip and text.startswith(s.text[:skip]):
        return text[skip:], [cite(s, s.start + skip, s.end)]
    return text, [cite(s)]


def _with_stories(doc: Document, ctx: Context, scores: list[float], point: Sentence | None,
                  chosen: list[Sentence]) -> tuple[Sentence | None, list[Sentence], dict[int, str]]:
    """A page of readers' stories: its framing, then one story each, with each story's teller (point_tellers);
    any other page: ``point`` and ``chosen`` as they are, no tellers."""
    stories = told_stories(doc, ctx, scores) if ctx.genre == "roundup" else None
    if stories is None:
        return point, chosen, {}
    return stories.framing or stories.points[0], stories.points, stories.tellers


def _leans(doc: Document, ctx: Context, point: Sentence) -> bool:
    """True for a line that cannot lead (point_debunks.cannot_lead), or a report's line opening on "That"/"It" for what
    the line before told ("That provoked ...", point_anaphors). A told piece's thesis may lean back by design ("That is
    why ...", "That night taught me ...": point_scenes), and so may a verdict on the story ("That is nonsense.")."""
    return cannot_lead(point) or (ctx.genre == "news" and dangling_reference(doc, point, ctx.actors)
                                  and not back_verdict(point.text))


def _framing(doc: Document, point: Sentence) -> bool:
    """True when the sentence after the point only introduces what follows (is_setup): the point frames the piece."""
    after = point.index + 1
    return after < len(doc.sentences) and is_setup(doc.sentences[after])


def _with_call(doc: Document, ctx: Context, chosen: list[Sentence], short: Sentence | None) -> list[Sentence]:
    """An opinion piece's key points with the writer's call among them, in the last point's place (writers_call;
    Audit 19's "Now wash your hands"), or second when it is a short closing call (point_irony; Audit 45)."""
    call = short or writers_call(doc, ctx)
    if call is None or len(chosen) < 2 or (call in chosen[:2] if short else call in chosen) \
            or any(_same_point(ctx, call, c) for c in chosen if c is not call) \
            or unframed(doc, ctx, call, prefix_length(call.text)):
        return chosen
    rest = [s for s in chosen if s is not call]
    return [rest[0], call, *rest[1 : len(chosen) - 1]] if short else [*chosen[:-1], call]
