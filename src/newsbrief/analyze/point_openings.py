"""Openings that are not the news: a scene or a complaint that names nobody, and a company's background.

Reader Audit 17 (section 18.3) found three reports whose key points were all opening and no news:

- **A scene-led field report.** Two flags over a border post, a crowd at a barrier, a ripple through it,
  stretchers: five sentences of scenery before "Tens of thousands have fled" and "The UN refugee agency
  says 75,000 have entered the country ... and warns of a humanitarian crisis". Scenery names no party (no
  person, no organisation) and counts nothing large; the news does.
- **A blog's general complaint.** "There is nothing quite as infuriating as calling customer service" and
  two more such sentences before the case the post is about ("this latest case ..., with <company> getting a
  man fired"). The complaint names no party either; the first sentence that names one and tells an event is
  the point.
- **A local business story's background.** "The firm has been making storage tanks for 30 years", "The
  company has previously supplied ... Haiti" before "Now the firm is shipping equipment to the Gulf". A
  sentence whose main verb is a past or ongoing state ("has been making ... for 30 years", "has previously
  supplied", "was founded in 1984") tells what the firm is; one in the present or present perfect tells what
  it does now.

A report may also open on a scene or a comment and tell its news a few paragraphs down (the delayed lede,
moved here from :mod:`newsbrief.analyze.genre`): with a headline, the first dated sentence that shares the
headline's words; without one, the first central sentence after a lede that shares little with the rest
(reader Audit 7).

Parse-based (entity labels, dependency labels, tags), as the dispatch rules are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_accounts import excerpt_sentences
from newsbrief.analyze.genre_points import title_overlap, title_terms
from newsbrief.analyze.point_background import acts_now, background_state, earlier_background, recent_news, told_in_past
from newsbrief.analyze.point_pages import act_weight
from newsbrief.analyze.point_still import dated_by_day, static_scene_run
from newsbrief.models import Document, Sentence, Token

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["ANAPHORIC", "DELAYED_LEDE_SENTENCES", "background_lede", "background_state", "dated_by_day", "delayed_lede",
           "earlier_background", "opening_factors", "opening_point", "sets_up", "static_scene_run", "subject_leans"]

# A thesis stands alone: a sentence that opens on a pronoun or "the first" leans on the one before
# ("The first was found in a pig farm in 1998", the point of a comment piece in the fourth reader audit).
# ("It would seem that ..." is no reference, so "It" is left out; a comma-set "Of course, this ..." leans
# back as well, reader Audit 7.)
ANAPHORIC = re.compile(r"^[\"“]?(?:(?:Of course|Still|Indeed|And yet|After all), )?"
                        r"(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]his|[Tt]hese|[Tt]hose|[Tt]he (?:first|second|former|latter))\b")

# How far down a delayed lede is looked for: the wire and sports stories of the main-point set that
# open on a scene give their news by the fifth sentence; further down a dated sentence is a detail.
DELAYED_LEDE_SENTENCES = 6


# "It" left out of ANAPHORIC still leans back when it is the subject of a plain clause about a thing named before
# ("Valdoria has proposed a new way to run the campaign. It would be a political steering committee ...": Audit
# 29's column led with that detail, its thesis third). Not an "It" that anticipates a clause ("It is likely that
# ...", "It is time to ..."), the weather or the clock ("It is 2 am", "It was raining"), or "It seems".
_LEANING_SUBJECT = frozenset({"It", "This", "That"})
# A subject "It"/"This"/"That" of these verbs stands for nothing told ("It seems ...", "It happens that ..."); "It
# turns out (that) ..." has its clause, while "It turned out badly" tells of something told before.
_NO_REFERENCE = frozenset({"seem", "appear", "happen", "rain", "snow", "matter", "take", "remain"})
_TIME_WORDS = re.compile(r"^It(?:'s| is| was) (?:\w+ )?(?:\d|midnight|dawn|noon|dusk|dark|late|early|cold|hot|"
                         r"raining|snowing|time|now)\b")


def leans_back(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence opens on an "It", "This" or "That" that stands for something told before it (see
    _LEANING_SUBJECT); the document's first sentence leans on nothing."""
    tokens = doc.sentence_tokens(sentence)
    if not sentence.index or not tokens or tokens[0].text not in _LEANING_SUBJECT \
            or tokens[0].dep not in ("nsubj", "nsubjpass") or _TIME_WORDS.match(sentence.text):
        return False
    head = next((t for t in tokens if t.i == tokens[0].head), None)
    # an extraposed clause after the verb ("It is likely that ...") is the subject (subject_leans)
    return head is not None and subject_leans(tokens, head)


def subject_leans(tokens: Sequence[Token], head: Token) -> bool:
    """True when a subject "It"/"This"/"That" of ``head`` stands for something told before: the verb is not one of
    no reference ("It seems ...") and has no clause of its own after it ("It is likely that ...", "It would be wrong
    to ...": the clause is the subject). The one home of this test: point_anaphors asks it too."""
    return head.lemma.lower() not in _NO_REFERENCE and not any(
        t.head == head.i and t.dep in ("ccomp", "xcomp", "csubj", "advcl") and t.i > head.i for t in tokens)


def delayed_lede(doc: Document, ctx: Context) -> Sentence | None:
    """The news of a report that opens on a scene or a comment ("To LeBron James, triple-doubles
    are not a goal.") and tells its news a few paragraphs down ("... on Tuesday night").

    Only when the opening paragraph has no day ("on Monday", "yesterday"), a headline is known, and a sentence of
    the next paragraphs (up to DELAYED_LEDE_SENTENCES) tells a dated event ("on Monday",
    "yesterday") in a finite verb and shares at least as many headline words as the opening.
    """
    title = title_terms(doc)
    if not doc.sentences:
        return None
    scene = static_scene_run(doc, ctx, DELAYED_LEDE_SENTENCES)
    if scene:
        return doc.sentences[scene]
    if not title:
        return _scene_lede(doc, ctx)
    first = doc.sentences[0].paragraph
    opening = [s for s in doc.sentences if s.paragraph == first]
    if any(dated_by_day(doc, s) for s in opening):
        return None  # a lede dated by the day tells its news
    lede = max((title_overlap(ctx, title, s) for s in opening), default=0)
    voices = {v.sentence: v.voice for v in ctx.attributions.voices}
    for sentence in doc.sentences[len(opening) : DELAYED_LEDE_SENTENCES]:
        if voices.get(sentence.index, "reporter") != "reporter" or sentence.text[:1] in "\"“'‘":
            continue
        dated = dated_by_day(doc, sentence)
        finite = any(t.tag in ("VBD", "VBZ", "VBP") for t in doc.sentence_tokens(sentence))
        if dated and finite and title_overlap(ctx, title, sentence) >= max(2, lede):
            return sentence
    return None


# Without a headline (a pasted text), a lede that sets a scene ("people still turned out to church on
# Sunday dressed immaculately") shares little with the rest of the article: its centrality is under
# SCENE_CENTRALITY while a writer's sentence a few lines down is at least SCENE_RATIO times as central
# and states the news ("Relief has now started trickling through"; reader Audit 7, a dispatch whose
# point came third). The news ledes of Audit 7's other untitled texts score 0.7 and more.
SCENE_CENTRALITY = 0.4
SCENE_RATIO = 1.5
SCENE_NEWS_MIN = 0.5


def _scene_lede(doc: Document, ctx: Context) -> Sentence | None:
    """The first central sentence after an untitled article's scene-setting opening (see SCENE_CENTRALITY).

    The opening is its first clause: a dateline line ("DUBAI:") has no verb and no centrality, and read as the
    opening it made "That provoked swift responses ..." (the sixth line, leaning on the ruling before it) the point
    of FNC-1 body 1064. A line opening on "That"/"It" for what came before (leans_back) is no lede either."""
    first = next((s for s in doc.sentences if any(t.pos in ("VERB", "AUX") for t in doc.sentence_tokens(s))),
                 doc.sentences[0])
    lede = ctx.centrality[first.index]
    if lede >= SCENE_CENTRALITY or ctx.voice_of(first.index).voice != "reporter" or _subject_told_on(doc, first) \
            or _states_trend(doc, first):
        return None
    for sentence in doc.sentences[first.index + 1 : first.index + DELAYED_LEDE_SENTENCES]:
        central = ctx.centrality[sentence.index]
        if ctx.voice_of(sentence.index).voice == "reporter" and sentence.text[:1] not in "\"“'‘" \
                and central >= max(SCENE_NEWS_MIN, SCENE_RATIO * lede) and not ANAPHORIC.match(sentence.text) \
                and not leans_back(doc, sentence):
            # Background told after the news ("was diagnosed in June 2014") is no lede: the news before it is.
            if earlier_background(doc, ctx, sentence):
                return next((s for s in doc.sentences[1 : sentence.index] if recent_news(doc, s)
                             and s.text[:1] not in "\"“'‘" and not earlier_background(doc, ctx, s)), None)
            return sentence
    return None


# A trend named as such ("a rising wave of migrants"), not situation words, which fill scene ledes too (review, s24).
_TREND = re.compile(r"\b(?:wave|surge|upsurge|influx|spate|flood|tide|rise|increase|growth)s? (?:of|in)\b|\b(?:rising|"
                    r"growing|mounting|swelling) (?:number|numbers|tide|toll|wave|tensions?|anger|fears?)\b", re.I)


def _states_trend(doc: Document, lede: Sentence) -> bool:
    """True when the lede states a trend in progress in general terms, in the present ("Italy is coping with a rising
    wave of desperate migrants"): the news frame the figures after it count, no scene (CNN/DM row 12, s24)."""
    root = next((t for t in doc.sentence_tokens(lede) if t.dep == "ROOT"), None)
    if root is None or not _TREND.search(lede.text) or not (root.tag in ("VBZ", "VBP") or any(
            t.head == root.i and t.dep == "aux" and t.tag in ("VBZ", "VBP") for t in doc.sentence_tokens(lede))):
        return False  # present, and a general subject: "Maria wakes at dawn ..." is a scene
    return not any(t.head == root.i and t.dep in ("nsubj", "nsubjpass") and (t.ent_type == "PERSON" or t.lemma.lower()
                   in ("he", "she", "i", "we")) for t in doc.sentence_tokens(lede))


def _subjects(doc: Document, sentence: Sentence, main: bool) -> set[str]:
    return {t.lemma.lower() for t in doc.sentence_tokens(sentence) if t.dep in ("nsubj", "nsubjpass")
            and t.pos == "NOUN" and (not main or doc.tokens[t.head].dep == "ROOT")}


def _subject_told_on(doc: Document, lede: Sentence) -> bool:
    """True when a sentence after the lede has the lede's subject noun as a subject of its own ("The service ... was
    led by X." then "The service saw wreaths laid ..."): the lede names what the report is about, it sets no scene (the
    lead's XSum row 104, session 22: the lede was put second behind "The event included readings ...")."""
    heads = _subjects(doc, lede, main=True)
    return bool(heads) and any(heads & _subjects(doc, s, main=False)
                               for s in doc.sentences[lede.index + 1 : DELAYED_LEDE_SENTENCES])


def background_lede(doc: Document, ctx: Context) -> Sentence | None:
    """The news of a report that opens on its background (see _EARLIER_WORDS): the first sentence of the next
    few that tells recent news, is no background itself and shares as many headline words as the lede."""
    if not doc.sentences or not earlier_background(doc, ctx, doc.sentences[0]):
        return None
    title = title_terms(doc)
    lede = title_overlap(ctx, title, doc.sentences[0]) if title else 0
    for sentence in doc.sentences[1:DELAYED_LEDE_SENTENCES]:
        if _quoted(sentence) or earlier_background(doc, ctx, sentence) or not 6 <= len(sentence.text.split()) <= 60:
            continue
        if _detail_of_someone(doc, sentence):
            continue  # "His family owns the team": a detail of the profile's subject, not its point (session 15)
        if (recent_news(doc, sentence) or _turn_to_subject(doc, sentence)) \
                and (not title or title_overlap(ctx, title, sentence) >= max(1, lede)):
            return sentence
    return None


# A profile that opens on its background ("The Olympics captivated China last year ... Scandals bring embarrassment")
# turns to its subject with a contrast: "Yet Lou Ming is an optimist." That turn states what the piece is about (the
# lead's Newsroom reading, session 15: the profile's point had been "His family owns the team", the first present
# tense after the background). A present "be" counts here, as it does not in recent_news.
_CONTRAST_OPENER = re.compile(r"^(?:Yet|But|Still|However),?\s")
_POSSESSIVE = frozenset("his her their its".split())


def _turn_to_subject(doc: Document, sentence: Sentence) -> bool:
    """True for a contrast turning to a named person in the present tense ("Yet Lou Ming is an optimist.")."""
    if not _CONTRAST_OPENER.match(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None or root.tag not in ("VBZ", "VBP"):
        return False
    return any(t.head == root.i and t.dep == "nsubj" and (t.ent_type == "PERSON" or t.pos == "PROPN") for t in tokens)


def _detail_of_someone(doc: Document, sentence: Sentence) -> bool:
    """True when the subject is someone's thing ("His family", "Her office"): a detail of a person named before."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    subject = next((t for t in tokens if t.head == root.i and t.dep in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(t.head == subject.i and t.dep == "poss" and t.text.lower() in _POSSESSIVE
                                       for t in tokens)


_PARTIES = frozenset({"PERSON", "ORG"})
_COUNT_WORDS = frozenset("hundred thousand million billion dozen".split())
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
LARGE_COUNT = 100  # "Two flags", "an hour" are scenery; "62,000 people", "thousands" are news
# Parties by office, whatever the entity model makes of the name beside them ("the attorney general is
# investigating WeWork": WeWork read as a product). A generic "big companies" is no party: the blog's complaint.
_INSTITUTIONS = frozenset("agency government ministry minister president governor mayor police army military "
                          "authorities officials council commission organisation organization charity union court "
                          "judge prosecutor prosecutors attorney regulator watchdog senator parliament".split())
_WARNS = frozenset("warn appeal urge caution".split())
# A set-up is written in the opening: MIN_SETUPS of them in a row from the first sentence (one scene-setting
# lede is a report's ordinary delayed lede, left to genre_ledes), and the news within OPENING_REACH sentences.
MIN_SETUPS = 2
OPENING_REACH = 7
# Set on the labelled cases of tests/analyze/test_points_audit17.py: the opening's set-up falls below the news
# of the next paragraphs, so one set-up sentence at most is a key point (the position prior 1 / (1 + 0.35 i)).
SETUP_FACTOR = 0.3
BACKGROUND_FACTOR = 0.3
EXCERPT_FACTOR = 0.2  # an introduced excerpt's lines give way to the post's own (set on session 17's excerpt case)
BACKGROUND_REACH = 4  # a business story tells its news by the fourth sentence


def _large_count(tokens: Sequence[Token]) -> bool:
    for token in tokens:
        if token.ent_type in ("DATE", "TIME"):
            continue  # "in May 2020" dates; it counts nothing
        if token.lemma.lower() in _COUNT_WORDS:
            return True
        digits = token.text.replace(",", "")
        if _YEAR.match(token.text):
            continue  # "Euro 2020" names a year
        if token.like_num and digits.isdigit() and int(digits) >= LARGE_COUNT:
            return True
    return False


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _names_party(tokens: Sequence[Token]) -> bool:
    """True when the sentence names a person, an organisation or an institution; a proper name the model left
    untyped counts as a party when it acts or is acted on ("is investigating WeWork"), not as a place
    ("the border post at Ras Kamal")."""
    by_index = {t.i: t for t in tokens}
    for token in tokens:
        if token.ent_type in _PARTIES or token.lemma.lower() in _INSTITUTIONS:
            return True
        head = by_index.get(token.head)
        dep = head.dep if token.dep == "compound" and head is not None else token.dep
        if token.pos == "PROPN" and dep in _PARTY_DEPS and token.ent_type not in ("LOC", "FAC") \
                and (token.ent_type != "GPE" or dep in ("nsubj", "nsubjpass")):
            return True  # a country that acts is a party ("Wales beat Hungary"), a place it happens in is not
    return False


def _subject(token: Token, by_index: dict[int, Token]) -> bool:
    head = by_index.get(token.head)
    dep = head.dep if token.dep == "compound" and head is not None else token.dep
    return dep in ("nsubj", "nsubjpass")


def _quoted(sentence: Sentence) -> bool:
    return sentence.text[:1] in "\"“'‘"


def sets_up(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True for a writer's sentence that names no party and counts nothing large: scenery or a general remark."""
    if _quoted(sentence) or ctx.voice_of(sentence.index).voice != "reporter":
        return False
    tokens = doc.sentence_tokens(sentence)
    # A sentence dated by the day ("finished on Tuesday") tells an event, not a scene.
    return not (_names_party(tokens) or _large_count(tokens) or act_weight(doc, sentence)
                or dated_by_day(doc, sentence))


def _news_weight(doc: Document, sentence: Sentence) -> float:
    """How much news a sentence after a set-up tells: a party or a large count (1), an institution's count or
    warning (2); 0 for another set-up."""
    tokens = doc.sentence_tokens(sentence)
    # "with the army and two charities trucking diesel": an institution is a party wherever it stands
    party = _names_party(tokens)
    count = _large_count(tokens)
    by_index = {t.i: t for t in tokens}
    # The institution is the source or the actor: a subject ("The UN refugee agency says"), not a phrase's
    # object ("determined by their performance in the UEFA Nations League").
    institution = any((t.lemma.lower() in _INSTITUTIONS or t.ent_type == "ORG") and _subject(t, by_index)
                      for t in tokens)
    warns = any(t.lemma.lower() in _WARNS and t.pos == "VERB" for t in tokens)
    if institution and (count or warns):
        return 2.0
    return 1.0 if party or count or act_weight(doc, sentence) or dated_by_day(doc, sentence) else 0.0


def _setup_run(doc: Document, ctx: Context) -> int:
    """How many sentences from the first set the scene (0 when fewer than MIN_SETUPS)."""
    run = 0
    for sentence in doc.sentences[:OPENING_REACH]:
        if not sets_up(doc, ctx, sentence):
            break
        run += 1
    return run if run >= MIN_SETUPS else 0


def _setup_point(doc: Document, ctx: Context) -> Sentence | None:
    run = _setup_run(doc, ctx)
    if not run:
        return None
    best: tuple[float, Sentence] | None = None
    # The news is at least as central as the set-up: an anecdote after a trend's lede ("a boy fell from a
    # rooftop" after "2015 took the selfie to a new and dangerous level") is a detail, and the lede stays.
    floor = max(ctx.centrality[i] for i in range(run))
    for sentence in doc.sentences[run : run + OPENING_REACH]:
        if ctx.centrality[sentence.index] < floor:
            continue
        if _quoted(sentence) or sentence.text.rstrip().endswith("?") or not 6 <= len(sentence.text.split()) <= 60:
            continue
        weight = _news_weight(doc, sentence)
        if weight and (best is None or weight > best[0]):
            best = (weight, sentence)
    return best[1] if best else None


def _business_point(doc: Document, ctx: Context) -> Sentence | None:
    if not doc.sentences or not background_state(doc, doc.sentences[0]):
        return None
    title = title_terms(doc)
    for sentence in doc.sentences[1:BACKGROUND_REACH]:
        if _quoted(sentence) or background_state(doc, sentence) or not acts_now(doc, sentence):
            continue
        if not title or title_overlap(ctx, title, sentence) >= 1:
            return sentence
    return None


def opening_point(doc: Document, ctx: Context) -> Sentence | None:
    """The news after an opening that names nobody, or after a company's background; None for other openings."""
    return _setup_point(doc, ctx) or _business_point(doc, ctx)


def opening_factors(doc: Document, ctx: Context) -> list[float]:
    """Per sentence, the factor on a report's key-point score: SETUP_FACTOR for an opening's set-up run,
    BACKGROUND_FACTOR for a background state in the opening after the lede (or at it, when news follows)."""
    factors = [1.0] * len(doc.sentences)
    for index in excerpt_sentences(doc):  # another author's speakerless "I" (genre_accounts, Audit 26)
        factors[index] = EXCERPT_FACTOR
    if ctx.genre != "news":
        return factors
    if _setup_point(doc, ctx) is not None:
        for i in range(_setup_run(doc, ctx)):
            factors[i] = SETUP_FACTOR
    for i in range(static_scene_run(doc, ctx, DELAYED_LEDE_SENTENCES)):
        factors[i] = SETUP_FACTOR  # a dispatch's still scene before its dated news (Audit 27)
    lead = 0 if _business_point(doc, ctx) is not None else 1
    # A profile's background opening before its turn to the subject ("Yet Lou Ming is an optimist.") is context: the
    # turn and what follows it about the subject are the key points (the lead's Newsroom profile, session 15).
    # A lede dated before the news ("One week ago, ...", "As a baby, X was ... in the 1990s") with the present news
    # after it ("... is now 19") is its background too (session 36's labelled set, tests/data/keypoint_padding.jsonl:
    # two such ledes were KP1 and KP2).
    # A lede in the present ("A home which has remained unchanged since the 1930s is up for sale": a CNN/DM row) is news
    # whatever its dates; only a past one is the news's background, unless the piece turns to its subject.
    turn = background_lede(doc, ctx)
    if turn is not None:
        for sentence in doc.sentences[: turn.index]:
            if earlier_background(doc, ctx, sentence) and (_turn_to_subject(doc, turn) or told_in_past(doc, sentence)):
                factors[sentence.index] *= BACKGROUND_FACTOR
    for sentence in doc.sentences[lead:BACKGROUND_REACH]:
        if background_state(doc, sentence):
            factors[sentence.index] *= BACKGROUND_FACTOR
    return factors
