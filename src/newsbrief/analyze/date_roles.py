"""What a date in a sentence dates: the sentence's event, or a thing, a habit or nowadays.

:func:`newsbrief.nlp.dates.find_dates` reads date expressions from the words around them
(rules only, so that the labelled date sets score bare sentences). Some readings need the
sentence's parse, which only the analyzers have:

- a year that names a product rather than a time: "the 2021 RAV4 Prime will go 39 miles",
  "the 2020 Sentra, which goes on sale in January" (a model year, named the year before);
- a year that names a thing in a statement about now: "Dr Greger has highlighted how experts
  blamed the original 1998 virus on farming" is not a 1998 event;
- "today" meaning nowadays: "London continues to suffer bad air today", "the galaxies we
  observe today".

The parse is spaCy's (annotated once in :mod:`newsbrief.nlp.annotate`); the checks read its
dependency labels and Penn tags, the only syntax the Document keeps.
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue
from newsbrief.nlp.tense import TIMETABLE_VERBS

# Heads that make "the 2012 ___" an event or a dated document, not a product: "the 2012
# London Olympics", "the 2018 World Cup", "the 2019 Nobel Prize", "its 2019 report". Chosen
# from event names in the example and t17 articles plus the common kinds of named events.
EVENT_HEADS = frozenset(
    "olympics olympic games cup championship championships open election elections summit conference "
    "convention congress festival census budget series awards award prize pulitzer nobel oscars oscar "
    "grammys emmys tour expo fair show marathon session primary primaries caucus caucuses referendum "
    "agreement accord act treaty season prix derby bowl final finals biennale biennial week forum assembly "
    "playoffs classic race rally invasion war crisis uprising revolution attack attacks riots massacre "
    "earthquake hurricane storm flood floods plan report study survey review strategy declaration protocol "
    "resolution jubilee contest tournament league debate debates gala concert trial vote poll polls "
    "crash collapse disaster outbreak pandemic epidemic strike strikes protest protests".split())
# Common nouns that make a year a model year: "the 2021 model", "2020 models", "model year".
MODEL_HEADS = frozenset({"model", "models", "version", "versions", "vintage"})
_PREMODIFIER = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod"})


def _tokens(doc: Document, sentence: Sentence, value: DateValue) -> list[Token]:
    start, end = sentence.start + value.start, sentence.start + value.end
    return [t for t in doc.sentence_tokens(sentence) if t.start < end and start < t.end]


def _premodified(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The noun a bare year stands before and modifies ("2021" in "the 2021 RAV4 Prime"), if any."""
    tokens = _tokens(doc, sentence, value)
    if value.granularity != "year" or len(tokens) != 1 or not tokens[0].text.isdigit():
        return None
    year = tokens[0]
    head = doc.tokens[year.head]
    if year.dep not in _PREMODIFIER or head.i <= year.i or head.pos not in ("NOUN", "PROPN"):
        return None
    return head


def _names_event(doc: Document, head: Token, year: int) -> bool:
    """True when the noun phrase a year modifies names an event: its head or a compound of it."""
    words = [t.text.lower() for t in doc.tokens[year + 1 : head.i + 1]]
    return any(word in EVENT_HEADS for word in words)


def names_a_thing(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a year names a product or a thing rather than the sentence's event.

    A model year: a year ahead of publication before a name ("the 2021 RAV4 Prime") or before
    "model". A thing in a statement about now: a year before a noun that is no event, in a
    sentence whose main verb is in the present or the present perfect ("has highlighted how
    experts blamed the original 1998 virus").
    """
    head = _premodified(doc, sentence, value)
    if head is None:
        return False
    year_index = next(t.i for t in _tokens(doc, sentence, value))
    if head.text.lower() in MODEL_HEADS:
        return True
    if _names_event(doc, head, year_index):
        return False
    if head.pos == "PROPN" and value.future:
        return True
    return _main_verb_now(doc, sentence)


def _main_verb_now(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's main verb is in the present or present perfect ("has highlighted")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    auxiliaries = [t for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass") and t.i < root.i]
    if any(t.tag in ("VBD", "MD") for t in auxiliaries):
        return False
    if root.tag == "VBN":
        return any(t.lemma.lower() == "have" and t.tag in ("VBZ", "VBP") for t in auxiliaries)
    return root.tag in ("VBZ", "VBP") and root.lemma.lower() not in TIMETABLE_VERBS


def means_nowadays(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when "today" means nowadays: it modifies a present-tense verb that is no timetable.

    "London continues to suffer bad air today" and "the galaxies we observe today" tell a
    state of the present; "Ministers meet today", "the president is visiting Paris today" and
    "officials said today" tell the day's news.
    """
    tokens = _tokens(doc, sentence, value)
    if len(tokens) != 1 or tokens[0].text.lower() != "today":
        return False
    today = tokens[0]
    verb = doc.tokens[today.head]
    previous = doc.tokens[today.i - 1] if today.i > sentence.token_start else None
    if previous is not None and previous.tag in ("VBZ", "VBP"):
        verb = previous  # "the stars we observe today formed ...": the parse may hang it on the main verb
    while verb.dep == "xcomp" and verb.tag == "VB" and verb.head != verb.i:
        verb = doc.tokens[verb.head]  # "continues to suffer ... today": the finite verb is "continues"
    if verb.tag not in ("VBZ", "VBP"):
        return False
    modal = any(t.head == verb.i and t.tag == "MD" for t in doc.sentence_tokens(sentence))
    return not modal and verb.lemma.lower() not in TIMETABLE_VERBS
