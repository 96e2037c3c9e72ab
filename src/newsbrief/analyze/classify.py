"""Sentence classes for analysis, outlook, recommendations, and the conclusion.

A rule-and-lexicon classifier: each class has cue phrases; a sentence gets
the class whose cues it matches best. The outlook also gets an overall tone,
a generated judgement labelled as commentary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.genre import MOCKING, prescribes
from newsbrief.models import Document, Item, Sentence
from newsbrief.nlp.tense import PAST_MODAL, looks_ahead

# Cue phrases per class. The first version was written with tests/data/classes_labelled.tsv;
# the cues marked "fresh" were added after tests/data/fresh/classes_labelled.tsv (written
# later, scored once before any change: see docs/benchmarks.md) showed what the first missed:
# causal verbs ("triggered", "dragged down"), scheduled events ("is due to", "scheduled for"),
# advice in the passive ("were told to", "are being encouraged to"), and topical nouns
# ("crisis", "conflict") that are not causes.
_MODAL_HAVE = r"(?<!may )(?<!might )(?<!will )(?<!would )(?<!could )"
CUES: dict[str, re.Pattern[str]] = {
    "analysis": re.compile(
        r"\b(because|(?<!is )(?<!are )(?<!was )(?<!were )due to|as a result|result(?:ed|s)? in|result of|"
        r"led to|lead to|"
        r"caus(?:e|ed|es)|blam(?:e|ed)|reason|obstacle|stumbling block|sticking point|hurdle|barrier|"
        r"impasse|stalemate|deadlock(?:ed)?|stall(?:ed|s)?|broke down|break(?:s)? down|abandon(?:ed)?|"
        r"in the face of|made worse|worsened by|disagree(?:ment)?|dispute|failed|"
        r"failure|collapse[ds]?|refus(?:e|ed|al)|unwilling|in exchange for|driven by|"
        r"despite|undermin\w+|gap between|"
        # fresh
        r"trigger(?:ed|s)?|spark(?:ed|s)?|prompt(?:ed|s)|fuel(?:l)?ed by|thanks to|owing to|"
        r"stem(?:s|med)? from|attributed to|put down to|dragg(?:ed|ing) down|push(?:ed|ing) up|"
        r"weigh(?:ed|s)? on|(?:lack|shortage) of|delay(?:ed|s)|slow(?:ed|s) (?:when|after|because)|"
        r"held up by|hamper(?:ed|s)|hinder(?:ed|s)|fell apart|divided over|cannot hold|"
        r"in the wake of|meant that|paraly[sz]\w*|"
        r"made \w+(?: \w+)? (?:unaffordable|impossible|harder|more expensive))\b", re.I),
    "outlook": re.compile(
        # "could sense", "could see": a past ability to perceive, not a forecast
        r"\b(will|would|could(?! (?:not |n't )?(?:see|sense|feel|hear|tell|smell|notice|understand|remember)\b)|"
        r"might|(?-i:may)|expect(?:s|ed)?|likely|unlikely|plans? to|"
        r"set to|aims? to|hop(?:e|es|ed) to|prospects?|forecast|outlook|future|"
        r"next (?:year|month|week)|coming (?:months|years|weeks)|by (?:19|20)\d\d|"
        r"remain(?:s)? to be seen|on track|poised|"
        # fresh
        r"(?:is|are|was|were) due to|predict(?:s|ed)?|scheduled (?:for|to)|intends? to|"
        r"projected|threaten(?:s|ed)? (?:to|further)|later this (?:year|month|week)|upcoming)\b", re.I),
    "recommendations": re.compile(
        r"\b(should|must|ought to|needs? to|need for|" + _MODAL_HAVE + r"has to|" + _MODAL_HAVE
        + r"have to|urg(?:e|ed|es)|call(?:s|ed|ing)? (?:on|for)|recommend\w*|advis(?:e|ed|es)|"
        r"it is (?:essential|vital|crucial|important)|the best way|priority should|"
        # fresh
        r"(?:be|been|being|was|were|are|is) (?:told|asked|encouraged|advised|urged) to|"
        r"wants? (?!to\b)\w+(?: \w+)? to|demand(?:s|ed|ing)? that|told (?:the )?\w+(?: \w+){0,2} to (?:stop|end|pay|"
        r"fix|take|remove|publish|reinstate|withdraw|change)|needs? more)\b", re.I),
}
POSITIVE = frozenset(
    "hope hopeful optimistic progress breakthrough agree agreement success successful "
    "improve improvement growth gain peace deal resolve resolved welcome eager boost "
    "recover recovery opportunity promising confident strengthen stable benefit".split()
)
NEGATIVE = frozenset(
    "dim dimmer bleak fail failed failure collapse stall stalled threat threaten risk "
    "crisis decline fall war conflict impasse stalemate deadlock pessimistic warn warned "
    "danger concern worry worse worsen loss sanction sanctions tension tensions unlikely "
    "difficult obstacle uncertain uncertainty fear violence".split()
)
# Tone between -0.15 and 0.15 reads as balanced on the example articles.
TONE_NEUTRAL_BAND = 0.15


def cue_counts(text: str) -> dict[str, int]:
    """Number of cue matches per class in ``text``."""
    counts = {name: len(pattern.findall(text)) for name, pattern in CUES.items()}
    counts["outlook"] = len(CUES["outlook"].findall(PAST_MODAL.sub(" ", text)))
    return counts


def classify(sentence: Sentence) -> dict[str, int]:
    """Number of cue matches per class for one sentence."""
    return cue_counts(sentence.text)


# Recommendations win ties (a "should" sentence is advice even if it says "will");
# analysis beats outlook on ties, since modal verbs are common in plain reporting.
TIE_ORDER = ("recommendations", "analysis", "outlook")


@lru_cache(maxsize=4096)  # three sections ask for every sentence's class; the regexes run once
def sentence_class(text: str) -> str:
    """The class of a sentence: analysis, outlook, recommendations, or background (no cue)."""
    counts = cue_counts(text)
    best = max(TIE_ORDER, key=lambda k: (counts[k], -TIE_ORDER.index(k)))
    return best if counts[best] else "background"


# "It must be worth $10m", "he must have known", "should be noted": epistemic or idiomatic modals,
# not advice. Found in the first reader audit (docs/audit.md), where a legal standard, an estimate
# and a poll question were shown as recommendations.
_NOT_ADVICE = re.compile(r"\bought(?: not)? to have (?:been|\w+ed)\b|"
                         r"\b(?:must|should|would|could|might)(?: not|n't)? (?:have been|have|be (?:about|around|"
                         r"worth|close to|noted|said)|be \d)|\bshould be noted\b", re.I)
ADVISING_GENRES = frozenset({"opinion", "analysis", "review", "roundup", "qa"})


# A rule, not advice: "Under the law, employers must give notice", "are required by law to"
# (first reader audit: a legal standard shown as a recommendation).
_LEGAL = re.compile(r"\b(?:under (?:the |a |new |current |existing |its |their )?(?:law|laws|rules?|regulations?|act|"
                    r"code|guidelines|terms|contract|constitution|treaty)|by law|legally (?:obliged|required|bound)|"
                    r"the (?:law|rules?|regulations?) (?:says?|requires?|states?)|(?:is|are) required by)\b", re.I)
# "This outbreak must be the most studied in history": "must/should be" before a determiner or a
# superlative judges what is, it urges nothing.
_EPISTEMIC = re.compile(r"\b(?:must|should)(?: not|n't)? be (?:(?:the|a|an|one of|among|so|quite|very)\b|\w+est\b)",
                        re.I)
# A call the article ridicules is the view it mocks, not its advice (fifth reader audit: the only
# Recommendation of an opinion piece was the call its author ridiculed); the words are genre's.
_MOCKING = MOCKING


def _fits(doc: Document, ctx: Context, sentence: Sentence, name: str) -> bool:
    """Whether a sentence of class ``name`` belongs in that section, given who says it.

    A recommendation is someone's advice (the attribution stage's stance), or the writer's
    own in a piece that argues; a question is never one. The outlook is what someone
    expects, not a question or a sentence that only looks back.
    """
    voice = ctx.voice_of(sentence.index)
    question = sentence.text.rstrip("\"”’' ").endswith("?")
    if name == "recommendations":
        if question or any(p.search(sentence.text) for p in (_NOT_ADVICE, _LEGAL, _EPISTEMIC, _MOCKING)):
            return False
        if voice.voice == "reporter":
            return ctx.genre in ADVISING_GENRES and prescribes(doc, sentence)
        return voice.stance == "recommends"
    if name == "outlook":
        # What someone (or the writer) expects: a prediction by its words, not past narration that
        # happens to hold an outlook cue (second reader audit: memories filed as outlook).
        return not question and voice.stance == "predicts" and looks_ahead(doc, sentence)
    return True


def _ranked(doc: Document, ctx: Context, name: str) -> list[Sentence]:
    """Sentences whose strongest class is ``name``, most central first."""
    picked: list[tuple[float, Sentence]] = []
    for sentence in doc.sentences:
        if len(sentence.text.split()) < 6:
            continue
        if sentence_class(sentence.text) != name or not _fits(doc, ctx, sentence, name):
            continue
        picked.append((classify(sentence)[name] + 2 * ctx.centrality[sentence.index], sentence))
    picked.sort(key=lambda p: -p[0])
    return [s for _score, s in picked]


def _items(sentences: list[Sentence], limit: int) -> list[Item]:
    return [Item(text=s.text, citations=(cite(s),)) for s in
            sorted(sentences[:limit], key=lambda s: s.index)]


def tone(sentences: list[Sentence]) -> float:
    """Tone in [-1, 1]: (positive - negative) / (positive + negative) cue words."""
    positive = negative = 0
    for sentence in sentences:
        for word in re.findall(r"[a-z]+", sentence.text.lower()):
            positive += word in POSITIVE
            negative += word in NEGATIVE
    total = positive + negative
    return 0.0 if total == 0 else (positive - negative) / total


def tone_label(score: float) -> str:
    """Name a tone score."""
    if score > TONE_NEUTRAL_BAND:
        return "optimistic"
    if score < -TONE_NEUTRAL_BAND:
        return "pessimistic"
    return "balanced"


def analyze_analysis(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Causes and obstacles the article names."""
    return tuple(_items(_ranked(doc, ctx, "analysis"), 8))


def analyze_outlook(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Forward-looking statements. (The tone score that used to close this section told a
    reader nothing the article said; the positions section shows who expects what.)"""
    return tuple(_items(_ranked(doc, ctx, "outlook"), 6))


def analyze_recommendations(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Prescriptive statements made in the article."""
    return tuple(_items(_ranked(doc, ctx, "recommendations"), 6))
