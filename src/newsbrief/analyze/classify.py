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
from newsbrief.models import Document, Item, Sentence, Token

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


# Modal and expectation words that look back, not ahead: "would have", "could have",
# "had hoped", "didn't expect", "could hear". Found by reading outlook items of
# cnndm_summeval briefs (about a third were past narration); removed before counting.
_PAST_MODAL = re.compile(
    r"\b(?:(?:would|could|might|may|should|must)(?: not|n't)? have(?! to)|had (?:hoped|expected|planned)|"
    r"(?:did not|didn't|never|had not|hadn't) (?:expect(?:ed)?|plan(?:ned)?|hope(?:d)?)|"
    r"could (?:hear|see|feel|smell|tell|not believe))\b", re.I)


def cue_counts(text: str) -> dict[str, int]:
    """Number of cue matches per class in ``text``."""
    counts = {name: len(pattern.findall(text)) for name, pattern in CUES.items()}
    counts["outlook"] = len(CUES["outlook"].findall(_PAST_MODAL.sub(" ", text)))
    return counts


def classify(sentence: Sentence) -> dict[str, int]:
    """Number of cue matches per class for one sentence."""
    return cue_counts(sentence.text)


# What makes a modal verb look ahead. Read from the parse of each "will"/"would"/"could" clause,
# after the fourth and fifth reader audits found Outlook holding spec lines ("will come with a
# 10-inch screen"), preparations in the present perfect with a future only in a "how" clause
# ("have been planning how vaccines will be distributed"), a future perfect that infers the
# past ("will have had time"), a preference ("would rather") and a past view of the future
# ("hinted that they would use").
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "could", "might", "may"})
_PAST_FUTURE_AUX = frozenset({"would", "'d", "could", "might"})
# What a product has or holds: with a subject that is a thing, not a person or an organisation,
# the clause specifies it ("the top version will offer a 420-mile range", "the store would cover 50%").
_SPEC_VERBS = frozenset("come feature offer have include get boast sport pack deliver cover hold seat accommodate "
                        "carry fit use support".split())
_SPEC_STATES = frozenset("available standard optional compatible capable".split())
_SPEC_NOUNS = frozenset("option standard extra".split())
# A thing that "will be able to" do something, or that goes, takes or tows a measured quantity, is
# specified too ("The 2021 RAV4 Prime will be able to go 39 miles"; fourth reader audit).
_PERFORMANCE_VERBS = frozenset("go take do accelerate sprint tow arrive run travel top".split())
_SPEC_PASSIVES = frozenset("equip fit power offer price sell make build finish trim paint upholster drive".split())
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_AGENT_WORDS = frozenset("he she they we i you company firm government ministry council maker carmaker "
                         "manufacturer brand group agency".split())
# Verbs whose past tense tells a view then held, not an announcement: "hinted they would use".
_PAST_VIEW = frozenset("hint suggest signal indicate think believe know assume imply feel fear guess reckon "
                       "suspect".split())
_WH = frozenset("how what when where why which who whom".split())  # "unclear whether X will" looks ahead
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# The outlook cues that are not modal verbs ("plans to", "next year", "is due to"); a past "was due
# to" is a plan that was overtaken ("He was due to stage a series of concerts").
_NON_MODAL = re.compile(
    r"\b(expect(?:s|ed)?|likely|unlikely|plans? to|set to|aims? to|hop(?:e|es|ed) to|prospects?|forecast|outlook|"
    r"future|next (?:year|month|week)|coming (?:months|years|weeks)|by (?:19|20)\d\d|remain(?:s)? to be seen|"
    r"on track|poised|(?:is|are) due to|predict(?:s|ed)?|scheduled (?:for|to)|intends? to|projected|"
    r"threaten(?:s|ed)? (?:to|further)|later this (?:year|month|week)|upcoming)\b", re.I)
_MODAL_WORD = re.compile(r"\b(?:will|would|could|might|shall)\b", re.I)
# A hedge about what is: "there may or may not be a sub-text", "it might be assumed that".
_HEDGE_VERBS = frozenset("assume argue say think suppose imagine expect".split())


def _subject(doc: Document, verb: Token, kids: list[Token]) -> Token | None:
    """The verb's subject, or for a verb joined to another ("and ... will offer") that one's."""
    for kid in kids:
        if kid.dep in ("nsubj", "nsubjpass", "expl"):
            return kid
    head = doc.tokens[verb.head]
    return None if verb.dep != "conj" or head.i == verb.i else next(
        (doc.tokens[c] for c in range(head.left, head.right + 1)
         if doc.tokens[c].head == head.i and doc.tokens[c].dep in ("nsubj", "nsubjpass")), None)


def _specifies(doc: Document, verb: Token, kids: list[Token]) -> bool:
    """True when the clause says what a thing has, holds or is available in, with no date: a spec line."""
    subject = _subject(doc, verb, kids)
    lemma = verb.lemma.lower()
    if lemma == "be" and any((k.dep == "acomp" and k.lemma.lower() in _SPEC_STATES)
                             or (k.dep == "attr" and k.lemma.lower() in _SPEC_NOUNS) for k in kids):
        # "will be available", "will be an option", whoever makes it, unless a date makes it a launch
        return not any(doc.tokens[i].ent_type == "DATE" for i in range(verb.left, verb.right + 1))
    if subject is None or subject.ent_type in _AGENT_ENTITIES or subject.lemma.lower() in _AGENT_WORDS \
            or subject.text.lower() in _AGENT_WORDS:
        return False
    named = range(subject.left, subject.right + 1)  # "The 2021 RAV4": a model year, not a launch date
    if any(doc.tokens[i].ent_type == "DATE" and i not in named for i in range(verb.left, verb.right + 1)):
        return False  # "will be available from March": a launch, which is news
    if lemma == "come":
        return any(k.dep == "prep" and k.text.lower() == "with" for k in kids)
    if lemma == "be":
        return any(k.dep == "acomp" and k.lemma.lower() == "able" for k in kids)
    if lemma in _PERFORMANCE_VERBS:  # "will take the car from zero to 60 mph in 5.8 seconds"
        return any(doc.tokens[i].ent_type == "QUANTITY" for i in range(verb.left, verb.right + 1))
    if any(k.dep == "auxpass" for k in kids):
        return lemma in _SPEC_PASSIVES
    return lemma in _SPEC_VERBS


def _forecasts(doc: Document, verb: Token, kids: list[Token], modal: Token) -> bool:
    """Whether the modal clause of ``verb`` says what will happen (see the notes above)."""
    if verb.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids):
        return False  # "will have had time", "would have cost"
    around = {doc.tokens[i].text.lower() for i in (modal.i - 1, modal.i + 1) if 0 <= i < len(doc.tokens)}
    if "or" in around or (any(k.dep == "auxpass" for k in kids) and verb.lemma.lower() in _HEDGE_VERBS):
        return False  # "may or may not be", "it might be assumed that": a hedge about what is
    if any(k.dep == "advmod" and k.text.lower() in ("rather", "sooner") for k in kids):
        return False  # a preference
    if verb.dep in ("relcl", "acl") or (verb.dep == "advcl" and any(
            k.dep == "mark" and k.text.lower() in ("as", "than") for k in kids)):
        return False  # "the queries they will receive", "..., as will be the lighting package": a detail's future
    if verb.dep in ("ccomp", "advcl", "pcomp") and any(k.text.lower() in _WH and k.i < verb.i for k in kids):
        return False  # "planning how the vaccine will be handed out"
    head = doc.tokens[verb.head]
    if verb.dep == "ccomp" and head.tag == "VBD" and head.lemma.lower() in _PAST_VIEW \
            and modal.text.lower() in _PAST_FUTURE_AUX \
            and not any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1)):
        return False  # "rivals hinted last month that they would use ...": the view they held then
    return not _specifies(doc, verb, kids)


def looks_ahead(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence says what will happen: a modal clause that forecasts (not a spec line,
    a preference, a past view or a detail's future), or a cue such as "plans to", "is due to", "next year"."""
    tokens = doc.sentence_tokens(sentence)
    kids: dict[int, list[Token]] = {}
    for token in tokens:
        if token.head != token.i:
            kids.setdefault(token.head, []).append(token)
    rejected: set[int] = set()  # verbs of modal clauses that do not look ahead
    for token in tokens:
        if token.dep != "aux" or token.text.lower() not in _FUTURE_AUX or token.text == "May":
            continue
        verb = doc.tokens[token.head]
        if _forecasts(doc, verb, kids.get(verb.i, []), token):
            return True
        rejected.add(verb.i)
    by_start = {t.start - sentence.start: t for t in tokens}
    for match in _NON_MODAL.finditer(_PAST_MODAL.sub(lambda m: " " * len(m.group(0)), sentence.text)):
        cue = by_start.get(match.start())
        if cue is None:
            return True
        if cue.dep == "acl" or (cue.head in rejected and cue.dep in ("ccomp", "xcomp", "advcl")) or (
                cue.lemma.lower() in ("likely", "unlikely") and doc.tokens[cue.head].tag == "VBD"):
            continue  # "everyone predicted to fall ill", "it was more likely he gave": no forecast
        return True
    # a modal the parse did not attach as an auxiliary still counts
    return not rejected and bool(_MODAL_WORD.search(sentence.text)) and bool(CUES["outlook"].search(sentence.text))


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
