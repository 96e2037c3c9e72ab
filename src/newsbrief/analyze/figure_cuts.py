"""Key figures cut from what they count (reader Audit 14: 18 of 52 key figures deletable).

A number's meaning lives in the clause around it. The gloss a figure gets is built from its noun and
clause (figure_measures); some parses leave out the very words that say what the number counts, and
the bullet then reads as a bare or broken number. Each rule below finds, in the dependency parse,
a word the number needs that the figure does not hold, and the figure is dropped rather than repaired
(a repair is worse than no repair when unsure):

- a fronted role of a copula: "Among the dead were 14 children" without "among the dead";
- a comparison's standard: "with the strength of 40 atomic bombs", "five times what it did";
- a number read as the size of a possessed thing: "Ruvania's 1.4 million capital";
- a small count of scenery: "between two telegraph poles".

A rate base said on the verb ("are leaking ... every day") is taken into the figure by
:func:`with_verb_rate`. Near-duplicate figures of one group ("some 250 UN observers" beside
"the 260 UN observers") are folded by :func:`without_near_duplicates`.

Two more rules were tried and left out: a subject in the gloss whose own verb is not in it ("80% — of
its tourists tourism make"), and a subject whose verb the gloss lacks ("about half — of the claims filed
so far"). Both dropped sound figures of the labelled reader set (relative clauses, "plans to close",
figures 0.895 -> 0.826 and 0.820), so they need a narrower reading first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS
from newsbrief.models import FigureInfo, Item

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Dependencies a number's phrase climbs through to reach the verb whose argument it is.
_PHRASE_DEPS = frozenset({"nummod", "quantmod", "compound", "pobj", "prep", "advmod", "npadvmod", "amod"})
# Nouns whose "of" phrase is a standard of comparison, not a count of things in the story.
_STANDARDS = frozenset("strength force power energy equivalent size yield weight distance length height width "
                       "depth area volume speed force impact".split())
_LIKENESS = frozenset({"equal", "equivalent", "comparable", "similar", "akin"})
# Prepositions of place: a small count in one is scenery ("between two telegraph poles").
_PLACES = frozenset("between on at in under near along across over beside behind by from into onto above".split())
SCENERY_BELOW = 10
# Near-duplicates: two counts of the same thing within this share of each other are one group.
NEAR_SHARE = 0.1


def _anchor(s: ParsedSentence, figure: Figure) -> int:
    """The token standing for the figure in the parse: the noun it counts, else its value's root."""
    return figure.noun if figure.noun is not None else s.root(figure.value_start, figure.value_end)


def _governing_verb(s: ParsedSentence, x: int) -> tuple[int, int] | None:
    """(verb, the token of the number's phrase that hangs on it) climbing from ``x``; None at the root."""
    for _ in range(8):
        head = s.head(x)
        if head == x or not s.inside(head):
            return None
        if s.tok(head).pos in ("VERB", "AUX"):
            return head, x
        if s.tok(x).dep not in _PHRASE_DEPS:
            return None
        x = head
    return None


def _fronted_role(s: ParsedSentence, figure: Figure, own: set[int]) -> bool:
    """"Among the dead were 14 children": a preposition before the verb of which the number is subject."""
    found = _governing_verb(s, _anchor(s, figure))
    if found is None or (s.tok(found[1]).dep not in _SUBJECTS and s.tok(found[1]).dep != "attr"):
        return False
    verb = found[0]
    if s.tok(verb).lemma.lower() != "be":
        return False  # "In one instance, six members ... were killed": a scene-setting phrase, not a role
    return any(s.tok(c).dep == "prep" and c < verb and c < found[1] and c not in own for c in s.children[verb])


def _compared(s: ParsedSentence, figure: Figure, own: set[int]) -> bool:
    """A standard of comparison ("the strength of 40 bombs") or a multiple cut from its base."""
    x = _anchor(s, figure)
    if s.tok(x).dep == "pobj":
        prep = s.head(x)
        holder = s.head(prep)
        word = s.tok(holder).lemma.lower()
        if holder not in own and (word in _STANDARDS or word in _LIKENESS):
            return True
    # "five times what it did before": the base is a free relative no gloss carries ("times as high as"
    # and "times that of" are shown whole by figure_padding.with_base)
    return any(s.text(i).lower() in ("times", "fold") and s.inside(i + 1) and s.text(i + 1).lower() == "what"
               and i + 1 not in own for i in range(figure.value_start, figure.value_end + 1) if s.inside(i))


def _count(s: ParsedSentence, figure: Figure) -> float | None:
    """The value as a plain count when it is one ("two", "7"), else None."""
    words = [s.text(i).lower().replace(",", "") for i in range(figure.value_start, figure.value_end)
             if s.tok(i).like_num]
    if len(words) != 1:
        return None
    word = words[0]
    return float(word) if word.replace(".", "", 1).isdigit() else CARDINALS.get(word)


def _possessed(s: ParsedSentence, figure: Figure) -> bool:
    """A number before a singular possessed noun it cannot count ("Ruvania's 1.4 million capital")."""
    if figure.label != "CARDINAL" or figure.noun is None:
        return False
    noun = s.tok(figure.noun)
    count = _count(s, figure)
    return noun.tag in ("NN", "NNP") and (count is None or count > 1) \
        and any(s.tok(c).dep == "poss" for c in s.children[figure.noun])


def _scenery(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of things in a phrase of place, with nothing that makes it news."""
    if figure.noun is None or s.tok(figure.noun).dep != "pobj":
        return False
    count = _count(s, figure)
    place = s.text(s.head(figure.noun)).lower() in _PLACES
    return place and count is not None and count < SCENERY_BELOW and s.tok(figure.noun).lemma.lower() not in (
        "person", "people", "child", "man", "woman")


def cut_from_meaning(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure lacks the words that say what its number counts (see the module)."""
    own = set(figure.tokens)
    return (_fronted_role(s, figure, own) or _compared(s, figure, own) or _possessed(s, figure)
            or _scenery(s, figure))


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LEAD = re.compile(r"^(?:the|some|about|around|nearly|almost|more than|at least|up to|over|roughly)\s+", re.I)


def _group(item: Item) -> tuple[str, float] | None:
    """(what a count counts, its value) from the item's text: "some 250 UN observers" -> ("UN observers", 250)."""
    text = _LEAD.sub("", _LEAD.sub("", item.text.strip()))
    match = _NUMBER.match(text)
    rest = text[match.end():].strip().lower() if match else ""
    if match is None or not rest or not isinstance(item.payload, FigureInfo) or item.payload.unit != "cardinal":
        return None
    return rest, float(match.group().replace(",", ""))


def without_near_duplicates(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, best first, less a later count of the same thing within NEAR_SHARE of a kept one."""
    kept: list[Item] = []
    seen: list[tuple[str, float]] = []
    for item in items:
        group = _group(item)
        if group is not None and any(group[0] == g and abs(group[1] - v) <= NEAR_SHARE * max(group[1], v)
                                     for g, v in seen):
            continue
        if group is not None:
            seen.append(group)
        kept.append(item)
    return tuple(kept)


# The base of a rate said on the verb rather than on the number ("At least 12,000 barrels are leaking into
# the Gulf every day"): without it a flow reads as a total (reader Audit 14).
_EVERY = frozenset({"every", "each", "a", "an", "per"})
_PERIODS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def with_verb_rate(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with a rate base ("every day", "a year") on a verb of its clause taken as its rate."""
    if figure.rate:
        return figure
    for verb in figure.clause:
        if s.tok(verb).pos not in ("VERB", "AUX"):
            continue
        for c in s.children[verb]:
            kids = [k for k in s.children[c] if s.tok(k).dep == "det"]
            if s.tok(c).dep == "npadvmod" and s.tok(c).lemma.lower() in _PERIODS and c not in figure.tokens \
                    and len(kids) == 1 and s.text(kids[0]).lower() in _EVERY:
                return replace(figure, rate=(kids[0], c))
    return figure


__all__ = ["NEAR_SHARE", "SCENERY_BELOW", "cut_from_meaning", "with_verb_rate", "without_near_duplicates"]
