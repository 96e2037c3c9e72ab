"""Sentences that look ahead by their words but forecast nothing the story holds (reader Audit 24, 25.4 item 3).

The Outlook had 15 misfilings in Audit 24; four general shapes are read here.

* **An argument's steps.** An essay reasons with "would" and "will": "If God prevented all suffering, there
  would be no bravery" (a counterfactual whose main clause is a generic claim about the world), "On this view,
  people will grow through hardship" (a claim told inside a view), "In that world, there are no earthquakes"
  (a thought experiment). None names an event of the story or a time to come, and a "because" inside such a
  frame is the argument's, not a cause for Analysis (:func:`imagined`).
* **A teaser to the reader.** A viral page's hook "it may just change the way you see homelessness" promises
  the reader a change of mind, not an event.
* **A reassurance given to the writer then.** A dispatch's "the gunmen told us we would be safe" is what was
  said to the writer at the time; "the minister told reporters the bridge would reopen next year" stays (a
  forecast told to the press, with its time).
* **A live page's superseded entry.** "Mubarak will address the nation Tuesday night" is stale when a newer
  entry of the page reports the address: the forecast's verb (or, for "make a statement", a verb of saying)
  told in the past of the same subject. A forecast no newer entry reports stays.

Reader Audit 26 (27.4 item 2: 12 of 26 Outlook items wrong, most in voice pieces) added five more shapes:

* **A prediction the article says came true.** "Commentators predicted ... would be a disaster, and so it has
  proven", "... and that is exactly what happened": the forecast is history, told to judge the forecasters.
* **A present price told to the reader.** "The steel model will cost you $199" is a price in the shops today,
  the "will" of a shopper's second person; a price with a time to come ("from April", "next year") stays.
* **A view the writer sets up to reject.** "If you take the view that X is simply another gadget, the prices may
  not make much sense": the condition is the reader's supposed view, and its consequence is what the writer
  argues against, not an expectation.
* **A promise of a prediction whose content is cut.** "I will make you a prediction." forecasts nothing: the
  prediction itself is the next sentence, or was lost.
* **A general attitude.** "Americans worry that a coalition will drift off course": a present worry of a bare
  plural about an indefinite "a coalition", with no date, is a disposition an argument describes, not a forecast
  of an event; "Analysts worry that the coalition will collapse next month" stays.
* **A plan in a generic "when" clause.** "When people plan to attack us, we try to prevent it" is a step of an
  argument about how a country acts, told in the generic present with no modal of the future.

Session 17 (the brief's problem 1): **the writer's own reasoning.** A column's "If the bank raises rates,
borrowers would pay more" (a present condition with a hypothetical "would": a case the argument weighs) and
"That means builders will stop building" (a consequence the writer draws), "a weaker currency would make exports
cheaper" (a "would" of any member of a kind) and "So the real question is whether ..." are steps of the argument, not
forecasts, when the writer says them with no time to come (:func:`writers_reasoning`). Told by a speaker ("...,
regulators said") or with a date ("That means the plant will close in March") they stay forecasts.

:func:`no_forecast` is the outlook's check; it includes :func:`~newsbrief.analyze.section_outlook.past_ability`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsbrief.analyze.context import Context
from newsbrief.analyze.section_announced import announced_before
from newsbrief.analyze.section_asides import forecast_aside, writers_aside
from newsbrief.analyze.section_forecasts import rebutted_forecast, told_in_the_past
from newsbrief.analyze.section_hindsight import hindsight, ironic_forecast, view_taken_apart
from newsbrief.analyze.section_judged import only_judges, reported_clause
from newsbrief.analyze.section_narrated import told_as_past_or_present
from newsbrief.analyze.section_notahead import not_ahead
from newsbrief.analyze.section_outlook import past_ability
from newsbrief.analyze.section_overtaken import (
    negated_saying,
    overtaken_plan,
    past_post,
    second_person_joke,
    wished,
)
from newsbrief.analyze.section_past import past_fact
from newsbrief.analyze.section_scenarios import (
    SPEECH_TAG,
    counterfactual,
    cut_referent,
    modals_aside,
    past_perfect_intention,
    scenario_would,
    would_after_hypothesis,
)
from newsbrief.analyze.section_setups import setup_or_past
from newsbrief.analyze.section_suggest import writers_suggestion
from newsbrief.analyze.section_unforecast import forecasts_nothing
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.clock_stamps import clock_stamps, newest_first
from newsbrief.nlp.dates import parse_published

_WOULD = frozenset({"would", "'d"})
_WILL = frozenset({"will", "'ll", "would", "'d", "shall"})
# A claim told inside a view or an imagined world, at the sentence's front: "On this view, ...", "On the
# soul-making account, ...", "By that logic, ...", "In such a world, ...", "According to this argument, ...".
# "In this world" is left out (an idiom of plain speech); so is "in a world where ..." (a news lead's scene).
# "Suppose there's a big male there and you ..., it could be read as ...": an illustration a speaker makes up (the
# lead's XSum row 143); "Imagine" only before what is imagined ("Imagine Dragons" is a band).
_FRAMES = re.compile(
    r"^\W*(?:suppos(?:e|ing)\b|let'?s say\b|let us say\b|imagine (?:if|that|you|a|an|someone|there)\b|"
    r"on (?:this|that|such an?|the [\w-]+) (?:view|account|reading|theory|argument|picture|hypothesis)|"
    r"(?:by|on|following) (?:this|that|the same) (?:logic|reasoning|argument|line of (?:thought|argument))|"
    r"in (?:that|such an?|an? (?:perfect|ideal|imaginary|hypothetical)) (?:world|scenario|universe)|"
    r"according to (?:this|that|such an?) (?:view|argument|theory|account|reasoning))\b", re.I)
# What a generic claim is about: the world and people at large, not a party of the story.
_GENERIC = frozenset("we you one people humans humanity everyone everybody nobody anyone someone no-one "
                     "mankind society life world".split())
_TIMES = frozenset({"DATE", "TIME"})


def _untimed(doc: Document, sentence: Sentence) -> bool:
    return not any(t.ent_type in _TIMES for t in doc.sentence_tokens(sentence))


def _counterfactual_claim(doc: Document, modal: Token) -> bool:
    """A "would" under an "if" clause told in the past ("If the gods spared us all pain"), whose main clause is
    existential ("there would be no courage") or about people at large: a step of reasoning, not a forecast.
    "If Iran were to attack, Israel would respond" names a party; "If the talks fail" is no past condition."""
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    past_if = any(k.dep == "advcl" and k.tag == "VBD" and not any(c.dep == "xcomp" for c in doc.children(k))
                  and any(c.dep == "mark" and c.text.lower() == "if" for c in doc.children(k)) for k in kids)
    generic = any(k.dep == "expl" or (k.dep in ("nsubj", "nsubjpass") and k.text.lower() in _GENERIC)
                  for k in kids)
    return past_if and generic


def imagined(sentence: Sentence) -> bool:
    """True when ``sentence`` is told inside a view or an imagined world ("In that world, disease is unknown
    because the body never fails"): its "because" is the argument's, not a cause of the story's events."""
    return bool(_FRAMES.search(sentence.text))


def argument_step(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is a step of an argument, not a forecast (see the module docstring)."""
    if not _untimed(doc, sentence):
        return False
    if _FRAMES.search(sentence.text):
        return True
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(m.text.lower() in _WOULD and _counterfactual_claim(doc, m) for m in modals)


# "may just change the way you see ...", "will restore your faith in ...", "you won't believe what happened next",
# "you'll never look at a pigeon the same way again": what the page promises its reader.
_TEASER = re.compile(
    r"\b(?:may|might|will|could|'ll)\s+(?:just\s+|well\s+|even\s+|forever\s+|completely\s+)?"
    r"(?:change|transform|restore|renew|melt|warm|open|break|challenge|alter)\s+"
    r"(?:the way you\b|how you\b|your (?:faith|heart|mind|view|views|outlook|perspective|opinion|day)\b)|"
    r"\byou (?:won'?t|will not|wo n't) believe\b|\byou(?:'ll| will) never (?:look at|see|think of)\b", re.I)


def reader_teaser(sentence: Sentence) -> bool:
    """True when ``sentence`` promises its reader a change of mind (see the module docstring)."""
    return bool(_TEASER.search(sentence.text))


_ASSURING = frozenset("tell assure reassure promise say".split())
_WRITER = frozenset({"us", "me"})


def reassured_writer(doc: Document, sentence: Sentence) -> bool:
    """True when every "would" of ``sentence`` is in what someone told the writer in the past, with no time to
    come: "the gunmen told us we would be safe" (see the module docstring)."""
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and _untimed(doc, sentence) and all(_told_writer(doc, m) for m in modals)


def _told_writer(doc: Document, modal: Token) -> bool:
    if modal.text.lower() not in _WOULD:
        return False
    clause = reported_clause(doc, doc.tokens[modal.head])  # "and that nobody would harm us": what the telling reports
    if clause is None:
        return False
    telling = doc.tokens[clause.head]
    return telling.lemma.lower() in _ASSURING and telling.tag == "VBD" and telling.dep == "ROOT" and any(
        k.dep in ("dobj", "dative") and k.text.lower() in _WRITER for k in doc.children(telling))


@lru_cache(maxsize=16)
def _stamps(text: str, published: date | None) -> tuple[tuple[int, ...], bool]:
    return tuple(sorted(clock_stamps(text, published))), newest_first(text, published)


# "make a statement", "give a speech": a later "said", "spoke" or "addressed" reports it done.
_LIGHT = frozenset("make give deliver issue".split())
_UTTERANCES = frozenset("statement speech address announcement remarks remark broadcast".split())
_SAYING = frozenset("say speak address announce tell make give deliver issue declare".split())
_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _forecast(doc: Document, sentence: Sentence) -> tuple[frozenset[str], Token] | None:
    """The verbs that would report the forecast done, and its subject: from a "will"/"would" main clause."""
    for token in doc.sentence_tokens(sentence):
        if token.tag != "MD" or token.text.lower() not in _WILL:
            continue
        verb = doc.tokens[token.head]
        subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        lemmas = {verb.lemma.lower()}
        if verb.lemma.lower() in _LIGHT and any(k.dep == "dobj" and k.lemma.lower() in _UTTERANCES
                                                for k in doc.children(verb)):
            lemmas |= _SAYING
        return frozenset(lemmas), subject
    return None


def _same_party(doc: Document, first: Token, later: Token) -> bool:
    """Whether ``later`` names the party ``first`` names: the same word, a word of its name, or a pronoun for a
    named party."""
    if later.text.lower() in _PRONOUNS:
        return first.ent_type in ("PERSON", "ORG", "NORP", "GPE")
    words = {doc.tokens[i].text.lower() for i in range(first.left, first.right + 1) if doc.tokens[i].pos == "PROPN"}
    return later.lemma.lower() == first.lemma.lower() or later.text.lower() in words


def _reports_done(doc: Document, sentence: Sentence, lemmas: frozenset[str], subject: Token) -> bool:
    for token in doc.sentence_tokens(sentence):
        if token.lemma.lower() not in lemmas or token.tag not in ("VBD", "VBN"):
            continue
        kids = doc.children(token)
        if any(k.tag == "MD" for k in kids):
            continue
        if any(k.dep in ("nsubj", "nsubjpass") and _same_party(doc, subject, k) for k in kids):
            return True
    return False


def superseded(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence``, on a live page, forecasts what a newer entry reports as done (see the module
    docstring)."""
    if ctx.genre != "live":
        return False
    stamps, backwards = _stamps(doc.article.text, parse_published(doc.article.source.date))
    found = _forecast(doc, sentence)
    if not stamps or found is None:
        return False
    entry = max((s for s in stamps if s <= sentence.start), default=None)
    if entry is None:
        return False
    if backwards:  # newest first: the newer entries stand above this one
        newer = [s for s in doc.sentences if s.end <= entry]
    else:
        after = min((s for s in stamps if s > entry), default=len(doc.article.text))
        newer = [s for s in doc.sentences if s.start >= after]
    return any(_reports_done(doc, s, *found) for s in newer)


# "..., and so it has proven", "as it turned out", "and that is exactly what happened", "and it did."
_FULFILLED = re.compile(
    r"\b(?:and|as)\s+so\s+it\s+(?:has\s+)?(?:proved|proven|turned\s+out)\b|"
    r"\b(?:that|this|which)\s+is\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:has\s+)?happened\b|"
    r",?\s+and\s+(?:so\s+)?(?:it|they|he|she)\s+(?:did|has|have|was|were)\s*[.!]?\s*[\"”’']?\s*$", re.I)

# "will cost you $199", "will set you back $350": the shopper's second person on a price.
_PRICE_TO_YOU = re.compile(r"\b(?:will|'ll|would)\s+(?:cost\s+you|set\s+you\s+back)\b", re.I)
# a time to come makes such a price a forecast ("will cost you $200 more from April")
_TIME_AHEAD = re.compile(
    r"\b(?:from|starting|beginning|after|next|soon|when|once|by)\b|\b(?:19|20)\d\d\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")

# "If you take the view that ...", "If you think of X as ...", "If you believe ...": the reader's supposed view.
_SUPPOSED_VIEW = re.compile(
    r"^\W*(?:But\s+|And\s+|So\s+)?if\s+you\s+(?:(?:still|really|simply|just)\s+)?"
    r"(?:take\s+the\s+view|think|believe|assume|regard|consider|see\s+(?:it|this|them|the)\b|look\s+at)", re.I)

# "I will make you a prediction", "Let me give you a forecast" with nothing after but the speaker
_PROMISE = re.compile(
    r"\b(?:make|give|offer)\s+(?:you\s+|a\s+few\s+)?(?:a|one|my|this)\s+(?:prediction|forecast)s?\b", re.I)
_ONLY_ATTRIBUTION = re.compile(
    r"^\s*(?:[.!:;]|,\s*[^,:;]*\b(?:said|says|told|tells|wrote|writes|added|adds)\b[^,:;]*[.!]?)?\s*[\"”’']?\s*$")

# "When people plan to attack us, we try to prevent it": a generic "when" clause of planning, no future modal
_GENERIC_PLAN = re.compile(
    r"^\W*(?:When|Whenever|If)\s+(?:\w+\s+){1,3}?(?:plan|plans|intend|intends|prepare|prepares)\s+to\b", re.I)
_FUTURE_MODAL = re.compile(r"\b(?:will|won't|wo\s+n't|'ll|shall|going\s+to|would|might|may)\b", re.I)


# a date or a span to come ties a worry to an event ("next month", "by 2030", "within weeks", "soon")
_DATED = re.compile(
    r"\b(?:next|coming|tomorrow|tonight|soon|within|until)\b|\b(?:19|20)\d\d\b|\b(?:weeks?|months?|years?)\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_ATTITUDES = frozenset("worry fear suspect believe think feel".split())


def _general_attitude(doc: Document, sentence: Sentence) -> bool:
    """A present attitude of a bare plural about an indefinite subject's "will", with no date (see above)."""
    if _DATED.search(sentence.text):
        return False
    for modal in doc.sentence_tokens(sentence):
        if modal.text.lower() not in ("will", "'ll") or modal.dep != "aux":
            continue
        verb = doc.tokens[modal.head]
        holder = doc.tokens[verb.head]
        subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
        holder_subject = next((k for k in doc.children(holder) if k.dep == "nsubj"), None)
        if verb.dep == "ccomp" and holder.tag == "VBP" and holder.lemma.lower() in _ATTITUDES \
                and subject is not None and any(k.dep == "det" and k.text.lower() in ("a", "an")
                                                for k in doc.children(subject)) \
                and holder_subject is not None and holder_subject.tag in ("NNS", "NNPS") \
                and not any(k.dep == "det" for k in doc.children(holder_subject)):
            return True
    return False


def _promise_only(text: str) -> bool:
    """A promise of a prediction with no prediction after it (see the module docstring)."""
    found = _PROMISE.search(text)
    return found is not None and bool(_ONLY_ATTRIBUTION.match(text[found.end():]))


def _generic_plan(text: str) -> bool:
    """A generic "when X plan to ..., we ..." with no modal of the future anywhere (see the module docstring)."""
    return bool(_GENERIC_PLAN.search(text)) and not _FUTURE_MODAL.search(text)


def holds_no_outlook(text: str) -> bool:
    """True when ``text`` (a sentence) is a fulfilled prediction, a present price told to the reader, a view
    set up to be rejected, a promise of a prediction with none after it, or a generic plan (see above)."""
    if _FULFILLED.search(text) or _SUPPOSED_VIEW.search(text) or _promise_only(text) or _generic_plan(text):
        return True
    return bool(_PRICE_TO_YOU.search(text)) and not _TIME_AHEAD.search(text)


# "That means ...", "This means ...", "Which means ...": a consequence drawn at the sentence's front
# (and "In other words, ...", "The upshot is that ..."), or the question the argument poses ("So the real question
# is whether voters will forgive him")
_DRAWN = re.compile(
    r"^\W*(?:And\s+|So\s+|But\s+)?(?:(?:that|this|which|it)\s+means\b|in\s+other\s+words\b|"
    r"the\s+(?:upshot|bottom\s+line)\s+is\b|the\s+(?:real\s+|big\s+|key\s+)?question\s+is\s+(?:whether|if|how|why)\b)",
    re.I)
_QUOTED = re.compile(r"[\"“”]|``|''")
# only "would": a news report's writer forecasts with "could" ("Hundreds of jobs could be lost as suppliers
# follow", session 14's case), while a present "if" with "would" is a case an argument weighs
_HYPOTHETICAL = frozenset({"would", "'d"})


def _present_if(doc: Document, sentence: Sentence) -> bool:
    return any(t.text.lower() == "if" and t.dep == "mark" and doc.tokens[t.head].tag in ("VBZ", "VBP")
               for t in doc.sentence_tokens(sentence))


def writers_reasoning(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when the writer reasons rather than forecasts: a consequence drawn ("That means ...") or a present
    "if" with only hypothetical modals, in the writer's own voice and with no time (see the module docstring)."""
    if ctx.voice_of(sentence.index).voice != "reporter" or not _untimed(doc, sentence) \
            or _QUOTED.search(sentence.text) or SPEECH_TAG.search(sentence.text):
        return False  # a quotation is a speaker's forecast even where the attribution stage found no speaker
    if _DRAWN.search(sentence.text):
        return True
    modals = [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]
    return bool(modals) and all(m.text.lower() in _HYPOTHETICAL for m in modals) and (
        _present_if(doc, sentence) or all(_indefinite_subject(doc, m) for m in modals))


def _indefinite_subject(doc: Document, modal: Token) -> bool:
    """A "would" whose subject is any member of a kind ("a weaker currency would make exports cheaper"): a general
    claim of the argument, not an event of the story. Bare plurals are left out ("jobs could be lost")."""
    subject = next((k for k in doc.children(doc.tokens[modal.head]) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos not in ("NOUN",):
        return False
    dets = [k.text.lower() for k in doc.children(subject) if k.dep == "det"]
    return dets in (["a"], ["an"])


def no_forecast(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence`` holds no outlook although its words look ahead: a modal that looks back
    (:func:`past_ability`), an argument's step, a teaser, a reassurance told to the writer, or a live page's
    superseded entry, or words that only judge, recall or wonder (:func:`~.section_judged.only_judges`), or a
    fulfilled prediction, a price told to the reader, a view set up to be rejected (:func:`holds_no_outlook`), or a
    forecast told in the past or rebutted by the writer (:mod:`~.section_forecasts`), or a plan dropped, quoted from
    a dated past post, under a negated saying, or a column's second-person joke (:mod:`~.section_overtaken`), or a
    column's "she could simply admit ..." to its subject (:mod:`~.section_suggest`), or a knocked-down set-up, a denied
    past belief or a plan in an account of a past deed (:mod:`~.section_setups`), or hindsight, a past view the
    writer takes apart, a forecast told with irony (:mod:`~.section_hindsight`), or a description, a past
    expectation, a dashed hope, the writer's weighing of evidence or a hedge cut before its reason
    (:mod:`~.section_past`), or the writer's own past words, a musing, a promise of updates or a forecast in a relative
    clause of a done fact (:mod:`~.section_asides`), or an objection of unnamed others, a generic claim, a present
    inference or the site's promo (:mod:`~.section_notahead`), or a plan announced on a date before publication
    (:mod:`~.section_announced`)."""
    return past_ability(doc, sentence) or argument_step(doc, sentence) or reader_teaser(sentence) \
        or reassured_writer(doc, sentence) or superseded(doc, ctx, sentence) or only_judges(doc, sentence) \
        or holds_no_outlook(sentence.text) or _general_attitude(doc, sentence) \
        or writers_reasoning(doc, ctx, sentence) \
        or told_in_the_past(doc, ctx.published.year if ctx.published else None, sentence) \
        or rebutted_forecast(sentence) or scenario_would(doc, sentence) or past_perfect_intention(doc, sentence) \
        or cut_referent(doc, sentence) or would_after_hypothesis(doc, sentence) or counterfactual(doc, sentence) \
        or modals_aside(doc, sentence) or overtaken_plan(doc, sentence) or past_post(doc, sentence) \
        or negated_saying(doc, sentence) or second_person_joke(doc, ctx, sentence) or wished(doc, sentence) \
        or writers_suggestion(doc, ctx, sentence) or setup_or_past(doc, sentence) \
        or hindsight(sentence) or view_taken_apart(doc, sentence) or ironic_forecast(doc, sentence, ctx.genre) \
        or told_as_past_or_present(doc, sentence) \
        or past_fact(doc, sentence) \
        or writers_aside(sentence) or forecast_aside(doc, sentence) \
        or not_ahead(doc, ctx, sentence) \
        or forecasts_nothing(doc, ctx, sentence) \
        or announced_before(doc, ctx, sentence)  # section_unforecast (Audit 43); a plan announced on a past date (46)
