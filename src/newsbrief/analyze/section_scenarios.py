"""Outlook and Analysis items that lose what ties them to the story (reader Audit 28, docs/audit.md 29.4 patterns 3
and 6-7; session 17 round 4).

* **A scenario's "would".** An analysis that lays out scenarios ("The first scenario is a stalemate. In that case,
  the governor would control the rest.", "The army could break. Then the capital would be open to the rebels.")
  states each outcome under a condition the sentence before gives. Shown alone, "the governor would control the
  rest" reads as the article's forecast; it is a branch of an argument, so it is not shown
  (:func:`scenario_would`). A "would" with its condition in the same sentence ("If the talks fail, the governor
  will send troops next month, his spokesman said") is left to the other rules.
* **A past report of an intention.** "The league had said it would not field candidates" tells what was said
  before the story's events, in the past perfect: history the story has overtaken, not an outlook
  (:func:`past_perfect_intention`). "The union said on Monday it would join the strike next week" stays.
* **A forecast whose referent is cut.** "They would do that only under pressure" and "That would give the unions
  a significant say" point to the sentence before; alone they forecast nothing a reader can name
  (:func:`cut_referent`). "The unions will elect two members of the board in April" stays.
* **A cause off the story.** A report about a weapons drop that mentions an air strike on another town gives a
  cause of that strike's toll, not of the story; a cause item that names only what the article names nowhere
  else and shares no noun or name with the headline or the first three sentences is not shown (:func:`off_story`).
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# An opening that refers the "would" back to a condition or scenario the sentence before set up.
_SCENARIO_OPENING = re.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?:in\s+(?:that|this|such\s+an?|either)\s+(?:case|event|scenario|world|outcome)|"
    r"under\s+(?:that|this|such\s+an?)\s+(?:scenario|outcome)|if\s+so|then|otherwise|failing\s+that)\b",
    re.I)
_WOULD = frozenset({"would", "'d"})
_CONDITION_MARKS = frozenset({"if", "unless"})


def _modals(doc: Document, sentence: Sentence) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.tag == "MD"]


def scenario_would(doc: Document, sentence: Sentence) -> bool:
    """True when every modal is a hypothetical "would" whose condition is the sentence before: the sentence opens
    on "In that case", "In this scenario", "Then", "Otherwise", or its verb takes "then", and holds no "if" of
    its own (see the module docstring)."""
    modals = _modals(doc, sentence)
    if not modals or not all(m.text.lower() in _WOULD for m in modals):
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.text.lower() in _CONDITION_MARKS and t.dep == "mark" for t in tokens):
        return False  # the condition is in the sentence: the sentence says what it depends on
    if _SCENARIO_OPENING.match(sentence.text):
        return True
    verbs = {m.head for m in modals}
    return any(t.text.lower() == "then" and t.dep == "advmod" and t.head in verbs for t in tokens)


_SAYING = frozenset("say announce promise pledge vow insist state declare indicate signal tell warn".split())


def past_perfect_intention(doc: Document, sentence: Sentence) -> bool:
    """True when a "would" depends on a verb of saying in the past perfect ("had said it would not field
    candidates"): an intention reported as before the story's time."""
    for modal in _modals(doc, sentence):
        if modal.text.lower() not in _WOULD:
            continue
        saying = doc.tokens[doc.tokens[modal.head].head]
        if saying.lemma.lower() in _SAYING and saying.tag == "VBN" \
                and any(k.dep == "aux" and k.text.lower() == "had" for k in doc.children(saying)):
            return True
    return False


_POINTING = frozenset({"that", "this"})
_BARE = frozenset({"they", "it"})


def cut_referent(doc: Document, sentence: Sentence) -> bool:
    """True when a forecast's subject is a pointing "that"/"this" ("That would give the unions a say"), or a bare
    "they"/"it" whose object points too ("They would do that"): the referent is a sentence the item leaves out."""
    if any(t.text.lower() in _CONDITION_MARKS and t.dep == "mark" for t in doc.sentence_tokens(sentence)):
        return False  # "If he stays, then that would create a problem": "that" is the condition in the sentence
    for modal in _modals(doc, sentence):
        verb = doc.tokens[modal.head]
        if verb.dep == "relcl":
            continue  # "a move that would force a hearing": the relative's noun is in the sentence
        kids = doc.children(verb)
        subject = next((k for k in kids if k.dep in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag == "WDT" or (subject.pos != "PRON" and subject.text.lower() not in _POINTING):
            continue
        word = subject.text.lower()
        if word in _POINTING and subject.dep != "det" and not doc.children(subject):
            return True
        if word in _BARE and any(k.dep == "dobj" and k.text.lower() in _POINTING and not doc.children(k)
                                 for k in kids):
            return True
    return False


_CONTENT = frozenset({"NOUN", "PROPN"})
# words any news story shares with its lead: they tie nothing to the subject
_GENERIC = frozenset("people year day week month time official report statement group man woman".split())
# the lead: the headline and the first three sentences (a caption or a dateline can take the first)
_LEAD_SENTENCES = 3
_NAMED = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _content_words(tokens: tuple[Token, ...] | list[Token]) -> set[str]:
    return {t.lemma.lower() for t in tokens if t.pos in _CONTENT and t.lemma.lower() not in _GENERIC}


def _names_only_here(doc: Document, pieces: list[Sentence]) -> bool:
    """Whether the item names a place, and only places, bodies or people the rest of the article never names."""
    inside = {s.index for s in pieces}
    names = {t.text.lower() for s in pieces for t in doc.sentence_tokens(s) if t.ent_type in _NAMED}
    if not any(t.ent_type in _PLACES for s in pieces for t in doc.sentence_tokens(s)):
        return False  # an event beside the story happens somewhere else (a show cancelled is no such event)
    elsewhere = {t.text.lower() for s in doc.sentences if s.index not in inside for t in doc.sentence_tokens(s)
                 if t.ent_type in _NAMED}
    return not names & elsewhere


def off_story(doc: Document, pieces: list[Sentence]) -> bool:
    """True when a cause item names only places, bodies or people the rest of the article never names and shares
    no noun or name with the headline or the first three sentences: an event beside the story, not a cause in it
    (see the module docstring). Items in the lead are the story.

    Tried first (session 17 round 4) on the noun test alone against the first sentence: 75 of the 60 Newsroom and
    60 XSum rows' Analysis items went (a column's reasons share no noun with its caption), so an item must also be
    an event of its own, named nowhere else; with any name, six went (a cancelled bill's importance among them),
    so the item must name a place the article names nowhere else."""
    if pieces[0].index < _LEAD_SENTENCES or not _names_only_here(doc, pieces):
        return False
    lead = _content_words([t for s in doc.sentences[:_LEAD_SENTENCES] for t in doc.sentence_tokens(s)])
    title = doc.article.source.title or ""
    lead |= {w.lower().strip(".,:;'\"") for w in title.split()}
    lead |= {w[:-1] for w in lead if w.endswith("s")}  # a title's plural against the item's lemma
    item = _content_words([t for s in pieces for t in doc.sentence_tokens(s)])
    return bool(item) and not item & lead
