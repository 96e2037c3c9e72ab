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

:func:`no_forecast` is the outlook's check; it includes :func:`~newsbrief.analyze.section_outlook.past_ability`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsbrief.analyze.context import Context
from newsbrief.analyze.section_judged import only_judges
from newsbrief.analyze.section_outlook import past_ability
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.clock_stamps import clock_stamps, newest_first
from newsbrief.nlp.dates import parse_published

_WOULD = frozenset({"would", "'d"})
_WILL = frozenset({"will", "'ll", "would", "'d", "shall"})
# A claim told inside a view or an imagined world, at the sentence's front: "On this view, ...", "On the
# soul-making account, ...", "By that logic, ...", "In such a world, ...", "According to this argument, ...".
# "In this world" is left out (an idiom of plain speech); so is "in a world where ..." (a news lead's scene).
_FRAMES = re.compile(
    r"^\W*(?:on (?:this|that|such an?|the [\w-]+) (?:view|account|reading|theory|argument|picture|hypothesis)|"
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
    clause = doc.tokens[modal.head]
    for _ in range(4):  # up through joined clauses ("and that nobody would harm us") to what the telling reports
        if clause.dep != "conj":
            break
        clause = doc.tokens[clause.head]
    if clause.dep != "ccomp":
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


def no_forecast(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when ``sentence`` holds no outlook although its words look ahead: a modal that looks back
    (:func:`past_ability`), an argument's step, a teaser, a reassurance told to the writer, or a live page's
    superseded entry, or words that only judge, recall or wonder (:func:`~.section_judged.only_judges`)."""
    return past_ability(doc, sentence) or argument_step(doc, sentence) or reader_teaser(sentence) \
        or reassured_writer(doc, sentence) or superseded(doc, ctx, sentence) or only_judges(doc, sentence)
