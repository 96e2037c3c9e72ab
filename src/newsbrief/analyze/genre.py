"""Main point: the sentence that states the article's point, read by genre (genre_detect reads the genre).

A news report puts its news first, so its main point is the lede. Other genres do not: an opinion piece states its
thesis and stance somewhere in its opening paragraphs (or restates it at the end), an analysis its argument, a
feature opens on a scene and gives its point in a "nut graf" a few paragraphs down.

The main point of a non-news piece is the writer's own sentence in the first part of the article that best combines the
headline's words, the article's recurring terms (centrality) and stance language; quoted and attributed sentences are
other people's points, not the article's. A verdict or summing-up ("We rate the statement Mostly True", "In sum,
...") is the point wherever it stands in the opening or the closing paragraph.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.advice import mocks_a_view, prescribes
from newsbrief.analyze.argued import (
    announcement,
    announces_advice,
    answer_openings,
    calls_for,
    editors_note,
    review_verdict,
    rhetorical,
)
from newsbrief.analyze.dispatch import dispatch_point, is_dispatch, scenery
from newsbrief.analyze.genre_accounts import accounts_intro, denied, excerpt_lede, nut_graf
from newsbrief.analyze.genre_argues import ARGUING
from newsbrief.analyze.genre_body import conduct_verdict
from newsbrief.analyze.genre_detect import (
    _EVALUATIVE,
    _REFRAMES,
    _STARS,
    _URL_GENRES,
    _reporter_sentences,
)
from newsbrief.analyze.genre_detect import Genre as Genre  # re-exported: the genre is read there, asked for here
from newsbrief.analyze.genre_detect import detect_genre as detect_genre
from newsbrief.analyze.genre_frames import concessive_thesis, frames_outcomes
from newsbrief.analyze.genre_infer import glued
from newsbrief.analyze.genre_pages import camps_view, column_background
from newsbrief.analyze.genre_points import (
    THESIS_BONUS,
    asks_reader,
    faq_transition,
    live_point,
    meeting_outcome,
    states_thesis,
    title_overlap,
    title_terms,
    verdict_points,
)
from newsbrief.analyze.genre_review import critic_verdict
from newsbrief.analyze.genre_shapes import tells_trend
from newsbrief.analyze.genre_tone import sums_up
from newsbrief.analyze.genre_voice import (
    concludes_explanation,
    judges,
    scare_quoted,
    teaser,
)
from newsbrief.analyze.point_answers import outcome_answer, writers_finding
from newsbrief.analyze.point_columns import claim_subject, fragment, pivot_paragraph
from newsbrief.analyze.point_leads import column_verdicts, news_answer
from newsbrief.analyze.point_openings import ANAPHORIC, background_lede, delayed_lede, leans_back, opening_point
from newsbrief.analyze.point_pages import reader_setup
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

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
OPENING_SHARE = 0.45  # where a nut graf or thesis is looked for: this share of paragraphs, and the last one
# A thesis told as weighed odds ("It is likely the beginning of the end for the regime", "It is well
# known that there is no daylight between the regime and the army") outweighs a scene-setting lede and
# a rhetorical flourish (reader Audit 7, two argued pieces); weighed as an evaluative word is.
ARGUING_BONUS = 0.4


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
    # A feature's nut graf may come after a long scene: a sentence that says what the piece is about
    # is looked for a little further down.
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
