"""Key figures a reader deletes though their meaning is clear (reader Audits 15 and 16).

Audit 16 found 49% of the key figures deletable. Besides bare numbers, the general kinds are:

* a phone number or a reference read as a count ("call the incident room on 101", "Crimestoppers on
  0800 555 111"): the number of a line to call, not a quantity of the story;
* a small count of things in passing ("soldiers searched two farms", "arrived in two planes"): under
  PASSING_BELOW, of a thing the article names nowhere else; a count of people is kept, and so is a
  small count whose thing the article comes back to ("two factories" of a story about closures);
* parts listed beside their total: "17 people killed" and then "Twelve died in the market blast and
  five at a checkpoint", or "30 cases, including nine in Leeds". A part is dropped when its total is a
  key figure: a count under "including", "among them" or "of whom" in the total's sentence, or a count
  in the total's sentence or the two after it whose sentence holds counts that add up to the total.

Plain rules over the spaCy parse the figure modules already walk.
"""

from __future__ import annotations

import itertools
import re

from newsbrief.analyze.figure_measures import PEOPLE_NOUNS, Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS
from newsbrief.models import Document, FigureInfo, Item, Token

# Verbs and nouns of calling: the number after them is a line to call.
_CALLING = frozenset("call dial ring phone telephone text contact ring quote quoting".split())
_LINES = frozenset("helpline hotline number line phone telephone reference ref freephone".split())
# A written phone number: a leading 0 or +, then groups of digits ("0800 555 111", "+44 20 7946 0000").
_PHONE = re.compile(r"^(?:\+\d{1,3}[ -]?)?0?\d{2,5}(?:[ -]\d{3,4}){1,3}$|^0\d{9,10}$")


def phone_number(s: ParsedSentence, figure: Figure) -> bool:
    """True for a number to call or a reference to quote ("call ... on 101", "0800 555 111")."""
    text = s.doc.article.text
    value = text[s.tok(figure.value_start).start : s.tok(figure.value_end - 1).end]
    if _PHONE.match(value):
        return True
    before = [s.tok(i).lemma.lower() for i in range(max(s.lo, figure.value_start - 2), figure.value_start)]
    if any(word in _LINES for word in before):
        return True
    i = figure.value_start
    for _ in range(3):  # "call 999", "call the incident room on 101": up to the verb of calling
        head = s.head(i)
        if head == i:
            return False
        if s.tok(head).lemma.lower() in _CALLING and s.tok(i).dep in ("dobj", "npadvmod", "prep", "pobj", "nummod"):
            return True
        i = head
    return False


# A count under this is "a few" in passing unless the article comes back to what it counts (tuned on the
# Audit 16 cases and checked on eval reader's figures set: "five aircraft", "two leisure centres", "three
# care homes" are counts of things the article names again).
PASSING_BELOW = 10


def _count(word: str) -> float | None:
    """A number word or numeral as a count ("Twelve" -> 12, "3,000" -> 3000), else None."""
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return float(CARDINALS[word]) if word in CARDINALS else None


# Nouns of people by their ending ("engineers", "investors", "activists", "civilians"): kept, as PEOPLE_NOUNS.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# What a toll or a result counts: "found nine bodies" is the story however small (tests/data/misattribution).
_TOLL_NOUNS = frozenset("body corpse death casualty case vote seat life".split())


def passing_count(s: ParsedSentence, figure: Figure) -> bool:
    """True for a small count of a thing the article names nowhere else ("searched two farms"), or a
    part told by a pronoun alone ("two of them in the head": reader Audit 17 showed "two — of them in
    the head", the total it is a part of left out)."""
    if _pronoun_part(s, figure):
        return True
    if figure.label != "CARDINAL" or figure.noun is None or figure.value_end - figure.value_start != 1:
        return False
    value = _count(s.text(figure.value_start))
    noun = s.tok(figure.noun)
    lemma = noun.lemma.lower()
    if value is None or value >= PASSING_BELOW or noun.pos != "NOUN" or noun.dep not in ("dobj", "pobj") \
            or lemma in PEOPLE_NOUNS or lemma in _TOLL_NOUNS or lemma.endswith(_AGENT_ENDINGS):
        return False  # a subject ("Four engineers were killed") or a count of people is what happened
    doc = s.doc
    others = [t for t in doc.tokens if t.lemma.lower() == lemma and t.i != noun.i]
    return not others and lemma not in (doc.article.source.title or "").lower()


def _pronoun_part(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count with no noun whose "of" names only a pronoun ("two of them") and no clause of its own."""
    if figure.noun is not None or figure.clause or not figure.what:
        return False
    first = s.tok(figure.what[0])
    objects = [c for c in s.children[first.i] if s.tok(c).dep == "pobj"]
    return first.text.lower() == "of" and len(objects) == 1 and s.tok(objects[0]).pos == "PRON"


# Between a total and its part: "30 cases, including nine in Leeds, four in Hull and six": every count of the
# list after "including" is a part (no clause boundary between).
_PART_LEAD = re.compile(r"\b(?:including|among them|among whom|of (?:them|whom|which)|of those)\b[^;:.!?]*$", re.I)
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")
_PART_SENTENCES = 2  # the parts follow their total within this many sentences
_MAX_PARTS = 4


def _item_count(item: Item) -> float | None:
    info = item.payload
    if not isinstance(info, FigureInfo) or info.unit != "cardinal":
        return None
    for word in _FIRST_NUMBER.findall(info.value):
        count = _count(word)
        if count is not None:
            return count
    return None


def _sentence_counts(doc: Document, index: int) -> list[float]:
    """The plain counts written in sentence ``index`` ("Twelve", "five", "3,000")."""
    sentence = doc.sentences[index]
    counts = [_count(t.text) for t in doc.sentence_tokens(sentence) if t.like_num]
    return [c for c in counts if c is not None]


def _adds_up(counts: list[float], part: float, total: float) -> bool:
    """True when ``part`` with one to three other counts adds up to ``total``."""
    rest = list(counts)
    if part not in rest:
        return False
    rest.remove(part)
    return any(sum(group) + part == total for n in range(1, _MAX_PARTS) for group in itertools.combinations(rest, n))


def _listed_after(between: str) -> bool:
    """True when ``between`` (the text from a total to a count) opens a list of its parts with no verb of
    its own: "..., including nine in Leeds, four in Hull and"; not "of which 62 are vacant, and two"."""
    lead = _PART_LEAD.search(between)
    return lead is not None and _FINITE.search(lead.group(0)) is None


# A clause of its own between a list word and the count: the count is not in the list.
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might)\b", re.I)


def _bare_listing(doc: Document, index: int, start: int) -> bool:
    """True when the count at ``start`` is followed by no verb of its own before the next count or the end
    of its sentence: "nine in Leeds" lists a part; "1,200 at a single site approved over the objections of
    council planners" tells a fact of its own, which a reader keeps (eval reader's figures set). A closing
    ", the autopsy found" is the whole sentence's source, not the count's verb (reader Audit 17)."""
    tokens = doc.sentence_tokens(doc.sentences[index])
    after = [t for t in tokens if t.start > start]
    for n, token in enumerate(after):
        if token.like_num:
            return True
        if token.text == "," and _source_tail(after[n + 1 :]):
            return True
        if token.pos in ("VERB", "AUX"):
            return False
    return True


_SOURCE_VERBS = frozenset("say find show tell add report confirm state reveal".split())


def _source_tail(tail: list[Token]) -> bool:
    """True for a sentence's closing source clause: "the autopsy found.", "police said"."""
    verbs = [t for t in tail if t.pos in ("VERB", "AUX")]
    return len(verbs) == 1 and verbs[0].dep == "ROOT" and verbs[0].lemma.lower() in _SOURCE_VERBS \
        and len(tail) <= _SOURCE_TAIL_TOKENS


_SOURCE_TAIL_TOKENS = 8  # "the state news agency said ." fits
# A count read as a part of the total before it: "six bullets struck him, two of them in the head".
_PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|which|those|these)\b", re.I)


def _value_at(text: str, item: Item) -> int:
    """Where the item's value is written in the article (-1 when it is not found in its citation)."""
    info = item.payload
    return text.find(info.value, item.citations[0].start) if isinstance(info, FigureInfo) else -1


def _value(item: Item) -> str:
    return item.payload.value if isinstance(item.payload, FigureInfo) else ""


def without_parts(items: tuple[Item, ...], doc: Document) -> tuple[Item, ...]:
    """The items less the counts that are parts of another listed count (see the module docstring)."""
    index = {s.id: s.index for s in doc.sentences}
    text = doc.article.text
    totals = [(item, count, index[item.citations[0].sentence_id], _value_at(text, item)) for item in items
              if (count := _item_count(item)) is not None and item.citations[0].sentence_id in index]
    kept = []
    for item in items:
        part = _item_count(item)
        where = index.get(item.citations[0].sentence_id) if item.citations else None
        if part is None or where is None:
            kept.append(item)
            continue
        start = _value_at(text, item)
        counts = _sentence_counts(doc, where)
        listed = _bare_listing(doc, where, start)
        partitive = start >= 0 and _PARTITIVE.match(text, start + len(_value(item))) is not None
        is_part = any(
            other is not item and part < total and 0 <= where - at <= _PART_SENTENCES
            and ((at == where and 0 <= begun < start and (partitive or (listed and _listed_after(text[begun:start]))))
                 or _adds_up(counts, part, total))
            for other, total, at, begun in totals)
        if not is_part:
            kept.append(item)
    return tuple(kept)
