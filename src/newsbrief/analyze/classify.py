"""Sentence classes for analysis, outlook, recommendations, and the conclusion.

A rule-and-lexicon classifier: each class has cue phrases; a sentence gets
the class whose cues it matches best. The outlook also gets an overall tone,
a generated judgement labelled as commentary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.analyze.advice import (
    MOCKING,
    conditional_should,
    expects_by_should,
    need_with_risk,
    own_side_state,
    past_call,
    prescribes,
    reads_or_expects,
    reported_call,
    required_by_case,
    sneered_call,
    unnamed_adviser,
)
from newsbrief.analyze.cause_loose import loose_cue, states_none
from newsbrief.analyze.cause_scenes import (
    EXAMPLE,
    OWN_REASON,
    apologises,
    sets_example,
    stamp_cut,
    with_cause_before,
    writers_anecdote,
)
from newsbrief.analyze.cause_shape import (
    a_plan,
    a_plea,
    empty_effect,
    hypothetical,
    listed_lines,
    motive_reason,
    parse_causes,
    perceived_reason,
    side_event,
    tied_connective,
)
from newsbrief.analyze.cause_told import unlabelled_pair
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.framing import exhibits
from newsbrief.analyze.openings import quote_continuation
from newsbrief.analyze.section_asides import chronicle_step, run_on
from newsbrief.analyze.section_breaks import joined, pieces_to_show
from newsbrief.analyze.section_calls import EXPECTED_SHOULD, NORM, no_call, not_a_call, passive_call, quoted_at
from newsbrief.analyze.section_cues import CUES, DEONTIC, EVENT_CUES, IDIOMS, LISTED
from newsbrief.analyze.section_expected import generic_norm, norms_only
from newsbrief.analyze.section_forecasts import forecast_of_necessity, forecast_with_reason, rejected_forecast
from newsbrief.analyze.section_judged import FEELING_SHOULD
from newsbrief.analyze.section_leaning import back_reference, framed_call, leaned
from newsbrief.analyze.section_prescribe import addressed_call, imperative_close
from newsbrief.analyze.section_present import scheduled_will, timed_will, will_future
from newsbrief.analyze.section_referents import (
    bare_such,
    call_with_antecedent,
    distinct_pieces,
    leans_on_missing,
    quotation_forecast,
    whole_quotation,
    with_antecedent,
)
from newsbrief.analyze.section_reported import (
    described_rule,
    framed_claim,
    past_act_on_plan,
    price_told,
    wanted_belief,
)
from newsbrief.analyze.section_rhetoric import NOT_CALL_PATTERNS, empty_rhetoric
from newsbrief.analyze.section_steps import imagined, no_forecast
from newsbrief.analyze.section_suggest import WRITER_MARK, writers_marked, writers_suggestion
from newsbrief.lexicon import ORGANISATION_NOUNS
from newsbrief.models import Document, Item, Sentence, Token
from newsbrief.nlp.ahead import PAST_MODAL, looks_ahead
from newsbrief.nlp.findings import demands_compliance

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
    """Number of cue matches per class in ``text`` (a fresh dict: callers may change it)."""
    return dict(_cue_counts(text))


@lru_cache(maxsize=4096)  # a sentence is counted by the classifier, the conclusion and closing_lines
def _cue_counts(text: str) -> tuple[tuple[str, int], ...]:
    counts = {name: len(pattern.findall(text)) for name, pattern in CUES.items() if name != "outlook"}
    counts["outlook"] = len(CUES["outlook"].findall(PAST_MODAL.sub(" ", text)))
    counts["recommendations"] -= len(EXPECTED_SHOULD.findall(text))  # a "should" of expectation forecasts
    return tuple(counts.items())


def classify(sentence: Sentence) -> dict[str, int]:
    """Number of cue matches per class for one sentence."""
    return cue_counts(sentence.text)


# Recommendations win ties (a "should" is advice even with "will"); then analysis (modals are common in reporting).
TIE_ORDER = ("recommendations", "analysis", "outlook")


@lru_cache(maxsize=4096)  # a pure function of the text, asked once per section for every sentence
def sentence_class(text: str) -> str:
    """The class of a sentence: analysis, outlook, recommendations, or background (no cue)."""
    counts = cue_counts(text)
    best = max(TIE_ORDER, key=lambda k: (counts[k], -TIE_ORDER.index(k)))
    if best == "analysis" and counts["outlook"] == counts["analysis"] and (timed_will(text) or (will_future(
            text) and all(EVENT_CUES.fullmatch(m.group(0)) for m in CUES["analysis"].finditer(text)))):
        best = "outlook"  # "Drivers will see delays (from Monday)": a dated will-future or one with only an event word
    return best if counts[best] else "background"


# "It must be worth $10m", "he must have known", "should be noted": epistemic or idiomatic modals,
# not advice. Found in the first reader audit (docs/audit.md), where a legal standard, an estimate
# and a poll question were shown as recommendations.
_NOT_ADVICE = re.compile(r"\bought(?: not)? to have (?:been|\w+ed)\b|\b(?:must|should|could|might)(?:n't)?'ve\b|"
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
# "should be terrifying to you": a feeling a thing ought to arouse (Audit 25), no act urged; see section_judged.
_NOT_CALLS = (_NOT_ADVICE, _LEGAL, _EPISTEMIC, _MOCKING, FEELING_SHOULD, NORM, *NOT_CALL_PATTERNS)  # section_rhetoric


def _vetoed(doc: Document, sentence: Sentence) -> bool:
    """Whether a pattern of _NOT_CALLS reads the sentence as no call; a "should have" of a norm for a class
    ("every dock should have enough cranes", section_expected.generic_norm) is no hindsight."""
    found = [p for p in _NOT_CALLS if p.search(sentence.text)]
    if found == [_NOT_ADVICE] and all(m.group(0).lower().startswith("should")
                                      for m in _NOT_ADVICE.finditer(sentence.text)):
        return not norms_only(doc, sentence)
    return bool(found)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


_OTHERS = frozenset("other others some many several most".split())


def _a_body(doc: Document, subject: Token) -> bool:
    """Whether ``subject`` names a body; "others" in "some airlines halt flights, and others have delayed
    departures" names the same kind as the subject of the clause it is joined to."""
    if subject.lemma.lower() in _OTHERS and doc.tokens[subject.head].dep == "conj":
        joined = doc.tokens[doc.tokens[subject.head].head]
        subject = next((k for k in doc.children(joined) if k.dep in ("nsubj", "nsubjpass")), subject)
    return subject.lemma.lower() in ORGANISATION_NOUNS or subject.ent_type == "ORG"


def _causes_by_parse(token: Token | None, doc: Document) -> bool:
    """An event cue that acts on something or is what something was done by: "opposition has delayed the
    wind farm", "the collapse of the currency wiped out savings", "delayed by an application", "driven
    by a collapse in orders"."""
    if token is None:
        return False
    kids = [doc.tokens[i] for i in range(token.left, token.right + 1) if doc.tokens[i].head == token.i]
    if token.pos == "VERB" and any(k.dep == "dobj" for k in kids) and not any(k.dep == "auxpass" for k in kids):
        # a body that delays or drops its own plan decides, it causes nothing ("others have delayed departures",
        # an airline's, session 13); a condition or a group that acts on another's plan states a cause
        return not any(k.dep == "nsubj" and _a_body(doc, k) for k in kids)
    if any(k.dep == "agent" for k in kids):
        return True
    head = doc.tokens[token.head]
    if token.dep == "pobj" and head.dep == "agent":
        return True  # "driven largely by a collapse in orders"
    return token.dep == "nsubj" and head.pos == "VERB" and any(
        doc.tokens[i].dep == "dobj" and doc.tokens[i].head == head.i for i in range(head.left, head.right + 1))


def _cues_stated(doc: Document, sentence: Sentence, text: str) -> tuple[int, int]:
    """(causal cues, event cues) ``text`` (the sentence with idioms and listed instances blanked out)
    states; a schedule's "due to" ("was also due to address officers") and a noun's "results in"
    ("published their results in 2001") are no cue, and an event cue that acts on something is causal."""
    by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
    causal = events = 0
    for match in CUES["analysis"].finditer(text):
        words = match.group(0).lower().split()
        token = by_start.get(match.start())
        if words[0] == "due" and token is not None and token.i + 2 < len(doc.tokens) \
                and doc.tokens[token.i + 2].tag == "VB":
            continue  # "due to address", "due to be published": a schedule
        if words[-1] == "in" and token is not None and token.pos == "NOUN":
            continue
        if token is not None and (empty_effect(doc, token) or perceived_reason(doc, token) or side_event(doc, token)
                                  or motive_reason(doc, token) or hypothetical(doc, token) or loose_cue(doc, token)):
            continue  # a reaction, a belief's grounds, a side event's cause (Audit 14), a scenario (19), loose (25)
        if EVENT_CUES.fullmatch(match.group(0)) and not _causes_by_parse(token, doc):
            # an event word states a cause only with a cause or a sequel hung on it in the parse
            events += token is not None and tied_connective(doc, token)
        else:
            causal += 1
    return causal, events


_OWN_REASON = OWN_REASON  # cause_scenes; the old name stays for tests/analyze/test_unseen_patterns.py
# Hearsay: a cause someone heard as a rumour is no cause the article states (Audit 17, left by session 13); a
# rumour that itself brought something about ("the run began after rumours of losses") is kept.
_HEARSAY = re.compile(r"\b(?:rumou?r(?:s|ed)? (?:that|to|has it)|hearsay|gossip|"
                      r"heard (?:a |the |some )?(?:rumou?rs?|stories|talk|that))\b", re.I)


def states_cause(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence states a cause or an obstacle: a causal cue, or an event cue tied to what
    caused it or followed from it; not a question, an example or a listed instance, nor an idiom."""
    if sentence.text.rstrip("\"”’' ").endswith("?") or EXAMPLE.search(sentence.text) or sets_example(doc, sentence):
        return False
    if OWN_REASON.search(sentence.text) or _HEARSAY.search(sentence.text) or apologises(doc, sentence) \
            or a_plea(doc, sentence) or states_none(doc, sentence):
        return False
    if run_on(doc, sentence) or listed_lines(doc, sentence) or a_plan(doc, sentence) or imagined(sentence) \
            or chronicle_step(doc, sentence):
        return False  # lines run together, a next step (Audit 14), a thought experiment, a chronicle's step (39)
    text = _blank(LISTED, _blank(IDIOMS, sentence.text))
    causal, events = _cues_stated(doc, sentence, text)
    return bool(causal or events) or parse_causes(doc, sentence) > 0


# "why" is left out: "the incident highlights why the government should act" argues for the act.
_QUESTION_MARKS = frozenset({"whether", "if", "how", "what", "when", "where", "which", "who", "whom"})
# One's own necessity: "I need to explain", "we have to wait" ("we need to act" is a call to act); a speaker's
# "I must be there", "I should be at home" (reader Audit 47) tells what she means to do, urging no one.
_OWN_NEED = frozenset({("i", "need"), ("i", "have"), ("we", "have"), ("i", "must"), ("i", "should")})


def _of_clause(doc: Document, token: Token, verb: Token) -> bool:
    """True when ``token`` belongs to ``verb``'s own clause, not to a clause inside it ("If you are ill")."""
    for _ in range(6):
        if token.dep in ("advcl", "ccomp", "relcl", "acl", "conj") or token.head == token.i:
            return False
        if token.head == verb.i:
            return True
        token = doc.tokens[token.head]
    return False


def _advises(doc: Document, modal: Token) -> bool:
    """Whether the obligation word ``modal`` ("should", "need" of "need to") urges the act of its clause."""
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    kids = [doc.tokens[i] for i in range(verb.left, verb.right + 1) if doc.tokens[i].head == verb.i]
    subject = next((k for k in kids if k.dep in ("nsubj", "nsubjpass", "expl")), None)
    if (modal.dep == "aux" and subject is not None and subject.i > modal.i) or conditional_should(doc, modal):
        return False  # "should they decide ...", "-- should Mubarak exit --": a condition
    if required_by_case(doc, modal) or (expects_by_should(doc, modal) and not generic_norm(doc, modal)):
        return False  # "would have to be passed by the Senate", "should be able to gauge" (Audit 15)
    if reads_or_expects(doc, modal) or need_with_risk(doc, modal) or not_a_call(doc, modal):
        return False  # "should be seen as", "otherwise X could sue" (Audit 16), "must be strong enough" (Audit 23)
    if verb.dep in ("relcl", "acl") or (verb.dep != "csubj" and any(doc.tokens[i].text.lower() in _QUESTION_MARKS
                                            and _of_clause(doc, doc.tokens[i], verb)
                                            for i in range(verb.left, modal.i))):
        return False
    if (subject is not None and (subject.text.lower(), modal.lemma.lower()) in _OWN_NEED) \
            or own_side_state(doc, modal, subject):
        return False
    if verb.dep == "ccomp" and doc.tokens[verb.head].tag == "VBD" and quoted_at(doc, modal) \
            and quoted_at(doc, doc.tokens[verb.head]):
        return False  # '"... Our faith told us we should not," he said': a past telling, no call to act
    after = doc.tokens[modal.i + 1 : modal.i + 3]
    return not (modal.text.lower() == "must" and len(after) == 2 and after[0].lemma == "be" and after[1].tag == "VBG")


def _obliges(doc: Document, sentence: Sentence) -> bool:
    """False when every cue of advice is an obligation word that urges nothing (see above)."""
    if _blank(DEONTIC, sentence.text) != sentence.text and not CUES["recommendations"].search(
            _blank(DEONTIC, sentence.text)):
        by_start = {t.start - sentence.start: t for t in doc.sentence_tokens(sentence)}
        modals = [by_start.get(m.start()) for m in DEONTIC.finditer(sentence.text)]
        return any(m is None or _advises(doc, m) for m in modals)
    return True


# A hashtag or a handle marks a tweet run into the page's text ("... 'they should be' Widely believed
# hated #Egypt police ...", reader Audit 16): a fragment, never a call or a forecast of its own.
_TWEET = re.compile(r"(?<![\w&])[#@][A-Za-z]\w+")


def _fits(doc: Document, ctx: Context, sentence: Sentence, name: str) -> bool:
    """Whether a sentence of class ``name`` belongs in that section, given who says it.

    A recommendation is someone's advice (the attribution stage's stance), or the writer's
    own in a piece that argues; a question is never one. The outlook is what someone
    expects, not a question or a sentence that only looks back.
    """
    voice = ctx.voice_of(sentence.index)
    question = sentence.text.rstrip("\"”’' ").endswith("?")
    if name in ("recommendations", "outlook") and (run_on(doc, sentence) or _TWEET.search(sentence.text)):
        return False  # a fact box's lines or a tweet's run together: no one forecast or call (Audits 10, 16)
    if framed_claim(doc, sentence):
        return False  # the lines after "a screenshot displaying the supposed prices:" (Audit 48)
    if name == "recommendations":
        if described_rule(doc, sentence) or wanted_belief(sentence) or empty_rhetoric(doc, sentence):
            return False  # "You must ... or you will not be served" (a rule told as fact), "wants us to believe",
            # a quoted "urgent need to ..." the column brands as greenwashing (Audit 48)
        if framed_call(sentence) and not question and not _vetoed(doc, sentence):
            return voice.voice != "reporter" or ctx.genre in ADVISING_GENRES  # "Now is the time for X to ..." (S29)
        if question or _vetoed(doc, sentence) or bare_such(doc, sentence) \
                or not _obliges(doc, sentence) or sneered_call(doc, sentence) or no_call(doc, sentence) \
                or (past_call(doc, sentence) and not DEONTIC.search(sentence.text)):
            return False  # a call told as history is no advice the article gives (Audit 19)
        if voice.voice == "reporter":
            if reported_call(doc, sentence) or passive_call(doc, sentence):
                return True  # "The envoy urged both sides to ...": the call with its speaker (Audit 16)
            return ctx.genre in ADVISING_GENRES and prescribes(doc, sentence) and not unnamed_adviser(doc, sentence)
        # a norm for a class ("every dock should have enough cranes") is a call the stance reads as regret
        return voice.stance == "recommends" or passive_call(doc, sentence) or norms_only(doc, sentence) \
            or addressed_call(doc, sentence)  # named parties told to act, the stance read off other words (Audit 46)
    # A quotation that does not say whose it is, and whose speaker the attribution stage did not
    # find, gives a cause or a forecast with no one to hold it (session 8: "'I spent 30 days in jail
    # because ...'"; check 8: "I will remain with my people ..." filed as Outlook with no speaker).
    unowned = (voice.voice == "reporter" or not voice.speaker) and quote_continuation(doc, sentence)
    if name == "analysis":
        # the writer's own first-person anecdote is a column's story, not the news's cause (Audit 19)
        return states_cause(doc, sentence) and not unowned and not forecast_with_reason(doc, sentence) \
            and not (voice.voice == "reporter" and writers_anecdote(doc, sentence))
    if name == "outlook":
        # What someone (or the writer) expects: a prediction by its words, not past narration that
        # happens to hold an outlook cue (second reader audit: memories filed as outlook).
        predicted = voice.stance == "predicts" or forecast_of_necessity(doc, sentence) or scheduled_will(doc, sentence)
        return not question and not unowned and predicted \
            and looks_ahead(doc, sentence) and not demands_compliance(doc, sentence) \
            and not no_forecast(doc, ctx, sentence) and not leans_on_missing(doc, sentence) \
            and not rejected_forecast(doc, sentence) and not past_act_on_plan(doc, sentence) \
            and not price_told(doc, sentence)  # "Iran expects ..." (Audit 16); "withdrew support for a plan" (48)
    return True


def _of_class(doc: Document, sentence: Sentence, name: str) -> bool:
    """Whether ``sentence``'s class is ``name``; a sentence with no cue word is analysis when its parse shows a
    cause ("The drought has cut harvests", "Since the rules changed, costs rose"). Only cue-less sentences are
    read so: a sentence the outlook or recommendations claim by their cues stays theirs."""
    found = sentence_class(sentence.text)
    if name == "analysis" and found == "background":
        return parse_causes(doc, sentence) > 0
    if name == "outlook" and found == "analysis":  # "Friday will be crucial, because ...": a forecast's reason
        return forecast_with_reason(doc, sentence)
    if name == "recommendations" and found in ("analysis", "outlook", "background"):
        # "Governments must use this crisis to ..., adding that ..." (Audit 46); "Now is the time for X to ..." (S29)
        return (found != "background" and addressed_call(doc, sentence)) or framed_call(sentence)
    return found == name


def _ranked(doc: Document, ctx: Context, name: str) -> list[Sentence]:
    """Sentences whose strongest class is ``name``, most central first."""
    picked: list[tuple[float, Sentence]] = []
    # a hoax the article quotes to reject, or an item a catalogue of gaffes quotes, is no cause, outlook or advice;
    # ctx.rejected holds what a hoax made up too, a fake quote or a fake site's account (framing_fakes, Audit 51 #11)
    rejected = ctx.rejected | exhibits(doc, ctx)
    for sentence in doc.sentences:
        short = len(sentence.text.split()) < 6  # a fragment, unless an opinion's closing call (Audit 40 #6)
        if sentence.index in rejected or (short and not (name == "recommendations" and imperative_close(
                doc, ctx, sentence))):
            continue
        advice = name == "recommendations" and writers_suggestion(doc, ctx, sentence)  # "she could simply admit"
        if not advice and (not _of_class(doc, sentence, name) or not _fits(doc, ctx, sentence, name)):
            continue
        picked.append((classify(sentence)[name] + 2 * ctx.centrality[sentence.index], sentence))
    picked.sort(key=lambda p: -p[0])
    return [s for _score, s in picked]


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
    """Causes and obstacles the article names, each a whole sentence: a sentence the page broke across lines
    is shown joined, and one whose rest the page lost is left out (session 14: "died from lack"); a result
    whose cause is the sentence before is shown with it, and a stamp cut at an item's front is left off
    (Audit 19: "As a result, ...", "Monday in Libya) The ministry said ...")."""
    chosen: list[tuple[list[Sentence], Item]] = []  # in rank order
    for pieces in pieces_to_show(doc, _ranked(doc, ctx, "analysis")):
        paired = with_cause_before(doc, pieces)  # unlabelled_pair: voice labels skip two-sentence items (Audit 41 #6)
        if paired is not None and len(paired) == 1:
            paired = leaned(doc, paired[0]) or None  # "for the same reasons": shown with what it leans on (S29)
        item = None if paired is None or unlabelled_pair(ctx, paired) else _analysis_item(paired)
        if paired is None or item is None or len(chosen) == 8:
            continue
        # a cause already shown alone gives way to the pair that shows what it brought about
        indexes = {s.index for s in paired}
        kept = [(p, i) for p, i in chosen if not (len(p) == 1 and p[0].index in indexes)]
        if not any(s.index in indexes for p, _ in kept for s in p):
            chosen = [*kept, (paired, item)]
    return tuple(item for _, item in sorted(chosen, key=lambda pair: pair[0][0].index))


def _analysis_item(pieces: list[Sentence]) -> Item | None:
    """The item ``pieces`` make, with a live page's stamp cut at its front left off; None when what
    follows the cut stamp is no sentence of its own."""
    text = joined(pieces)
    offset = stamp_cut(text)
    if offset is None:
        return None
    citations = [cite(s) for s in pieces]
    if offset and len(pieces) > 1:
        return None  # a stamp cut inside a broken sentence: nothing whole to show
    if offset:
        first = pieces[0]
        citations[0] = cite(first, first.start + offset)
        text = text[offset:]
    return Item(text=text, citations=tuple(citations))


def analyze_outlook(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Forward-looking statements. (The tone score that used to close this section told a
    reader nothing the article said; the positions section shows who expects what.) An item whose "it" dangles is
    shown with the sentence it leans on (Audit 31)."""
    shown = [_outlook_pieces(doc, ctx, s) for s in sorted(_ranked(doc, ctx, "outlook")[:6], key=lambda s: s.index)]
    return tuple(Item(text=joined(p), citations=tuple(cite(s) for s in p)) for p in distinct_pieces(shown))


def _outlook_pieces(doc: Document, ctx: Context, sentence: Sentence) -> list[Sentence]:
    """A dangling "it" (Audit 31) or a back-reference (section_leaning, session 29) shown with what it leans on; the
    end of a quotation shown from its start, or withheld when that is far (Audit 51 #12), and from its first forecast
    when what comes before forecasts nothing (Audit 52 #7, ``quotation_forecast``)."""
    quoted = whole_quotation(doc, sentence)
    if quoted != [sentence]:
        return quotation_forecast(ctx, quoted, lambda s: _of_class(doc, s, "outlook") and _fits(doc, ctx, s, "outlook"))
    pieces = with_antecedent(doc, sentence)
    return leaned(doc, sentence) if pieces == [sentence] else pieces


def analyze_recommendations(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Prescriptive statements made in the article; one that leans on the sentence before ("Ministers should end
    that arrangement", session 29; "Ministers must scrap it", session 32) is shown with it, or withheld."""
    ranked = [s for s in _ranked(doc, ctx, "recommendations")[:6]
              if _call_leaned(doc, s) and call_with_antecedent(doc, s)]
    items = writers_marked(doc, ctx, ranked)  # the writer's marked (session 24)
    return tuple(_with_leaned(doc, item) for item in items)


def _call_leaned(doc: Document, sentence: Sentence) -> bool:
    """Whether a call can be shown: alone, or with the sentence it leans on when that one is no call-like sentence
    of its own (a "must be true" this section turned down would read as advice beside it)."""
    pieces = leaned(doc, sentence)
    return len(pieces) == 1 or (len(pieces) == 2 and sentence_class(pieces[0].text) != "recommendations")


def _with_leaned(doc: Document, item: Item) -> Item:
    """``item`` with the sentence its one sentence leans on put before it (a writer's mark stays in front)."""
    if len(item.citations) != 1:
        return item
    sentence = next((s for s in doc.sentences if s.id == item.citations[0].sentence_id), None)
    if sentence is None or not (back_reference(doc, sentence) or len(call_with_antecedent(doc, sentence)) == 2):
        return item  # "The council must close it ...": the "it" the call acts on is named before (session 32)
    before = doc.sentences[sentence.index - 1]
    mark = WRITER_MARK if item.text.startswith(WRITER_MARK) else ""
    text = mark + before.text + " " + item.text[len(mark):]
    return Item(text=text, citations=(cite(before), *item.citations))
