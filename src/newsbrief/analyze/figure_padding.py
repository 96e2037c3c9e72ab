"""Key figures a reader deletes or finds wrong, found and mended (reader Audit 12, issue #11).

Audit 12 found its key figures the weakest section (26% wrong, 54% deleted). The causes are general:

* numbers with no quantity reading: the numeral that closes an item of a numbered list glued into the
  text ("... to protect civilians 3."), an event name written with a slash ("the 7/7 bombings") and a
  number word that is part of a term ("patient zero", "ground zero");
* trivia: a count of the article's own sources ("three analysts told the BBC"), a handful of people who spoke
  ("Three Republican senators wrote to the US attorney general": Audit 51 #6) and a count in a biography aside
  ("Dr Venn, who has written four books, said");
* one value shown twice: the same count of the same thing in two sentences ("the first 40 inspectors",
  "up to 40 unarmed inspectors"), and a figure whose cited phrase lies inside another figure's (a
  multiple and the estimate it multiplies, two coordinated clauses of one sentence);
* a phrase cut inside its brackets ("$20bn (£13.5 bn"), a pair cut apart ("60% walk out, 40% stay"
  shown as "40% stay"), a toll without its event ("14 people" for "the deaths of 14 people") and a
  time taken from the clause before a coordinated amount ("..., plus $500,000 per month").

Plain rules over the dependency parse the figure modules already walk; no new library.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_details import small_count
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_scene import scene_or_biography
from newsbrief.models import FigureInfo, Item

# "9/11", "7/7", "24/7": a day and month or a label, not a share (a share is "one in five" or "1/3 of").
_SLASH_NAME = re.compile(r"^\d{1,2}/\d{1,2}$")
_REPORTING = frozenset("say tell add note warn write report explain argue agree estimate predict".split())
# Verbs of speaking to or for someone: a small count of their subject says how many spoke, not what happened. Not
# "agree", "estimate", "predict", "report": "Five countries agreed to cut emissions" is the story's fact.
_SPEAKING = (_REPORTING - {"agree", "estimate", "predict", "report"}) | frozenset(
    "urge call ask demand insist claim complain plead appeal criticise criticize question".split())
FEW_SPEAKERS = 11  # under this many: a handful of people who spoke; tuned on Audit 51's "Three Republican senators"
# Who an article cites: a count of them is how the story was reported, not a fact of the story.
_SOURCE_NOUNS = frozenset("expert analyst source observer commentator economist scholar historian "
                          "specialist researcher academic insider".split())
# Nouns of what happened to the people a toll counts: "the deaths of 14 people".
_EVENT_NOUNS = frozenset("death killing injury arrest evacuation rescue release deportation disappearance "
                         "detention execution abduction".split())
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


def no_quantity(s: ParsedSentence, figure: Figure) -> bool:
    """True for a number with no quantity reading: a list numeral, a slash-written name, or a number
    word inside a term ("patient zero") or a label after a common noun."""
    value = s.text(figure.value_start) if figure.value_end - figure.value_start == 1 else ""
    if _SLASH_NAME.match(value) and not (s.inside(figure.value_end) and s.text(figure.value_end) == "of"):
        return True
    if figure.label != "CARDINAL" or figure.value_end - figure.value_start != 1:
        return False
    if figure.noun is not None and figure.noun > figure.value_start:
        return False  # it counts the noun after it
    before = figure.value_start - 1
    if not s.inside(before) or s.tok(before).pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    if s.tok(figure.value_start).text.lower() == "zero":
        return True  # "patient zero", "ground zero": a term
    if s.tok(before).pos == "ADJ":
        return False
    after = figure.value_end
    last = not s.inside(after) or (s.tok(after).pos == "PUNCT" and not s.inside(after + 1))
    quoted = s.inside(after) and s.text(after) in _QUOTES
    return last or quoted


def trivia(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count of the article's own sources ("three analysts told"), or a count in a relative
    clause about a named person's record ("Venn, who has written four books"), or a count of a scene or
    of one person's family (:mod:`newsbrief.analyze.figure_scene`)."""
    if scene_or_biography(s, figure):
        return True
    if figure.noun is None:
        return False
    noun = s.tok(figure.noun)
    if noun.lemma.lower() in _SOURCE_NOUNS and noun.dep in ("nsubj", "nsubjpass") \
            and s.tok(s.head(figure.noun)).lemma.lower() in _REPORTING:
        return True
    if noun.dep == "nsubj" and noun.tag == "NNS" and s.tok(s.head(figure.noun)).lemma.lower() in _SPEAKING \
            and small_count(s, figure, FEW_SPEAKERS):
        return True  # "Three Republican senators wrote to the attorney general": who spoke, not a fact (Audit 51 #6)
    verb = s.head(figure.noun)
    if noun.dep != "dobj" or s.tok(verb).dep != "relcl":
        return False
    kids = [s.tok(c) for c in s.children[verb]]
    who = any(k.dep == "nsubj" and k.text.lower() == "who" for k in kids)
    perfect = any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
    return who and perfect and s.tok(s.head(verb)).pos == "PROPN"


def with_event(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the event its people suffered ("the deaths of" 14 people) in what it counts."""
    if figure.noun is None or s.tok(figure.noun).dep != "pobj":
        return figure
    of = s.head(figure.noun)
    event = s.head(of)
    if s.text(of).lower() != "of" or event == of or s.tok(event).lemma.lower() not in _EVENT_NOUNS:
        return figure
    extra = {event, of, *(c for c in s.children[event] if s.tok(c).dep == "det")}
    return replace(figure, what=tuple(sorted(set(figure.what) | extra)))


def own_time(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure without a time that belongs to the clause before it: "... before the end of 2025,
    plus $500,000 per month" is not paid before 2025."""
    if not figure.when or min(figure.when) > figure.value_start:
        return figure
    between = range(max(i for i in figure.when if i < figure.value_start) + 1, figure.value_start)
    joined = any(s.text(i) == "," and s.inside(i + 1) and (
        s.tok(i + 1).pos == "CCONJ" or s.text(i + 1).lower() in ("plus", "then")) for i in between)
    return replace(figure, when=tuple(i for i in figure.when if i > figure.value_start)) if joined else figure


# "(?<![\d.,])": a match starts at a number's first digit, never inside a run of digits (a hostile 10,000-digit
# token took 9.5 s; helper review, session 13)
_PAIR = re.compile(r"((?<![\d.,])\d[\d.,]*\s?(?:%|per ?cent)\s+\w+(?:\s+\w+)?\s*,\s*)$", re.I)


def with_partner(s: ParsedSentence, figure: Figure, shown: str,
                 framed: tuple[str, int, int]) -> tuple[str, int, int]:
    """The (measure, start, end) of a share with its counterpart when that stands just before it in a
    verbless pair ("60% walk out, 40% stay", not "40% stay"); else ``framed`` unchanged."""
    text = s.doc.article.text
    value = s.tok(figure.value_start).start
    found = _PAIR.search(text[s.sentence.start : value]) if figure.label == "PERCENT" else None
    if found is None:
        return framed
    pair = s.sentence.start + found.start(1)
    return text[pair:value] + shown, pair, max(framed[2], value + len(shown))


def balanced(text: str, framed: tuple[str, int, int], value: str) -> tuple[str, int, int]:
    """The (measure, start, end) with no bracket left open: a value that is itself the conversion in
    brackets gets its closing bracket ("... $20bn (£13.5 bn" -> "... $20bn (£13.5 bn)"), else the measure
    is cut before the bracket it leaves open ("$20bn (£13.5 bn" -> "$20bn")."""
    measure, start, end = framed
    opened = measure.rfind("(")
    if opened < 0 or ")" in measure[opened:]:
        return framed
    if measure.endswith(value) and value in measure[opened:] and text[end : end + 1] == ")":
        return measure + ")", start, end + 1  # the parser gave the conversion, not the amount it converts
    if value not in measure[:opened]:
        return framed
    return measure[:opened].rstrip(" ,;—-"), start, end


def _inside(small: Item, big: Item) -> bool:
    """True when ``small``'s cited phrase lies inside ``big``'s and ``big``'s measure shows its value."""
    if not (isinstance(small.payload, FigureInfo) and isinstance(big.payload, FigureInfo)):
        return False
    if big.payload.unit == "percent" and small.payload.unit != "percent":
        return False  # the base of a share ("71 percent" of "the 4,200 residents") is its own figure, ranked lower
    a, b = small.citations[0], big.citations[0]
    return a.sentence_id == b.sentence_id and b.start <= a.start and a.end <= b.end and (a.start, a.end) != (
        b.start, b.end) and small.payload.value in (big.payload.measure or "")


def without_nested(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, best first, less any whose phrase lies inside a better-ranked item's phrase. A lower
    item that wraps a better one is kept: in a breakdown ("30 cases, including nine in Leeds, four in
    Hull and six in York") each count's phrase wraps the one before it and each is its own figure."""
    kept: list[Item] = []
    for item in items:
        if not any(_inside(item, better) for better in kept):
            kept.append(item)
    return tuple(kept)


_SCALES = {"bn": "billion", "b": "billion", "billion": "billion", "mn": "million", "m": "million",
           "million": "million", "tn": "trillion", "trillion": "trillion", "k": "thousand", "thousand": "thousand"}
_SCALE = re.compile(r"(\d)\s*(bn|b|billion|mn|m|million|tn|trillion|k|thousand)\b", re.I)


def count_key(s: ParsedSentence, figure: Figure, value: str) -> str:
    """A key that is the same for the same count of the same thing ("the first 30 observers", "up to 30
    unarmed observers"): its digits and the lemma of the noun it counts; else the value as written."""
    digits = re.sub(r"[^\d.]", "", value)
    if figure.noun is None or not digits or figure.label not in ("CARDINAL", "QUANTITY"):
        # "$20bn" and "the $20 billion" in a later sentence are one amount (reader Audit 16)
        return "".join(_SCALE.sub(lambda m: f"{m.group(1)}{_SCALES[m.group(2).lower()]}", value.lower()).split())
    return f"{digits} {s.tok(figure.noun).lemma.lower()}"


def _multiple_of(multiple: Item, base: Item, text: str) -> Item | None:
    """``base`` read with the ``multiple`` that stands just before it ("22 times" + "my earnings estimate
    of $2.40 per share"), or None when they are not one phrase."""
    m, b = multiple.citations[0], base.citations[0]
    if not (isinstance(multiple.payload, FigureInfo) and isinstance(base.payload, FigureInfo)) \
            or m.sentence_id != b.sentence_id or not multiple.text.lower().endswith("times") \
            or not 0 <= b.start - m.end <= 1 or base.payload.measure != text[b.start : b.end]:
        return None
    measure = text[m.start : b.end]
    return replace(base, citations=(replace(b, start=m.start), *base.citations[1:]),
                   payload=replace(base.payload, measure=measure))


def joined_multiples(items: tuple[Item, ...], text: str) -> tuple[Item, ...]:
    """The items with a multiple and the estimate it multiplies shown as one figure, at the better
    rank of the two: "17 times my forward earnings estimate of $1.10" is one fact, not two."""
    out = list(items)
    for multiple in items:
        for base in items:
            joined = _multiple_of(multiple, base, text) if multiple in out and base in out else None
            if joined is not None:
                first = min(out.index(multiple), out.index(base))
                out.remove(multiple)
                out.remove(base)
                out.insert(first, joined)
    return tuple(out)


def _verb_above(s: ParsedSentence, i: int) -> int | None:
    """The verb that governs token ``i``: the first verb (not an auxiliary) on the way up the parse."""
    for _ in range(8):
        if s.tok(i).pos in ("VERB", "AUX") and s.tok(i).dep not in ("aux", "auxpass"):
            return i
        if s.head(i) == i:
            return None
        i = s.head(i)
    return None


_SISTER_DEPS = frozenset({"conj", "advcl"})  # "... and 5,000 payments have been made", "after 14 storms crossed"


def sister_clause_between(s: ParsedSentence, first: int, figure: Figure) -> bool:
    """True when a number between token ``first`` (a speaker's frame) and the figure stands in a clause of
    its own verb coordinated with the figure's ("said that 12,000 claims have been filed and 5,000
    payments have been made"): a frame spanning both would show that other figure again. The counts of a
    breakdown ("30 cases, including nine in Leeds") share one verb and are not sister clauses."""
    mine = _verb_above(s, figure.value_start)
    if mine is None:
        return False
    for i in range(first + 1, figure.value_start):
        other = _verb_above(s, i) if s.tok(i).like_num and s.tok(i).pos == "NUM" else None
        if other is not None and other != mine and (
                (s.tok(mine).dep in _SISTER_DEPS and s.head(mine) == other)
                or (s.tok(other).dep in _SISTER_DEPS and s.head(other) == mine)):
            return True
    return False


# What a multiple is compared with: "150 times that of copper wire", "30 times faster than copper", "ten
# times the size of Wales". Without it "150 times" says nothing (reader check of Newsroom briefs).
_COMPARED = re.compile(r"^\s*times\s+(?:(?:that|those) of|as \w+ as|the \w+ of|(?:\w+er|more \w+|less \w+|"
                       r"fewer \w+) than)\s+[^,.;:()—]+", re.I)
_MULTIPLE_LEAD = 5  # words before the number that name what is multiplied ("carrying capacity")


def with_base(s: ParsedSentence, figure: Figure, framed: tuple[str, int, int]) -> tuple[str, int, int]:
    """The (measure, start, end) of a multiple ("150 times") shown bare as the article's phrase that
    says what is multiplied and what it is compared with ("carrying capacity 150 times that of copper
    wire"); ``framed`` unchanged for any other figure or when no comparison follows."""
    measure = framed[0]
    if figure.noun is None or s.text(figure.noun).lower() != "times" \
            or set(measure.lower().split()) - set(s.doc.article.text[
                s.tok(figure.value_start).start : s.tok(figure.noun).end].lower().split()):
        return framed
    text = s.doc.article.text
    after = _COMPARED.match(text[s.tok(figure.noun).start : s.sentence.end])
    if after is None:
        return framed
    first = figure.value_start
    while first - 1 >= s.lo and figure.value_start - first < _MULTIPLE_LEAD and s.tok(first - 1).pos not in (
            "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON", "AUX"):
        first -= 1
    start, end = s.tok(first).start, s.tok(figure.noun).start + after.end()
    return text[start:end].rstrip(), min(start, framed[1]), max(end, framed[2])


def _bare(item: Item) -> bool:
    """True for a count shown with nothing but its noun ("40 times", "21 member states"): no time, and no
    word of its measure that its text does not already say."""
    info = item.payload
    if not isinstance(info, FigureInfo) or info.when or info.unit not in ("cardinal", "quantity"):
        return False
    return set((info.measure or "").lower().split()) <= set(item.text.lower().split())


def bare_last(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items with the bare ones (see :func:`_bare`) after all others, and left out when a fuller
    figure of the same sentence already shows them ("three care homes" inside "stole £2.7 million from the
    residents of three care homes")."""
    shown = [(item.citations[0].sentence_id, item.payload.measure or "") for item in items
             if not _bare(item) and isinstance(item.payload, FigureInfo)]
    bare = [item for item in items if _bare(item) and not any(
        sentence == item.citations[0].sentence_id and item.text in measure for sentence, measure in shown)]
    return tuple(item for item in items if not _bare(item)) + tuple(bare)
