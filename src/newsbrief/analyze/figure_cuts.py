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

Four more, read narrowly in the parse (a broad first try of the first two dropped sound figures of the
labelled reader set, relative clauses and "plans to close": figures 0.895 -> 0.826 and 0.820):

- a subject borrowed by a finite adverbial verb that has none: "80% — of its tourists tourism make";
- a number before a copula glossed without it: "about half — of the claims filed so far" (were fraudulent);
- a count in the "of" phrase of a place or body left out: "a capital of 1.4 million people";
- the second of two joined counts with no clause: "six officials and two companies" -> "two companies".
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


def value_count(s: ParsedSentence, figure: Figure) -> float | None:
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
    count = value_count(s, figure)
    return noun.tag in ("NN", "NNP") and (count is None or count > 1) \
        and any(s.tok(c).dep == "poss" for c in s.children[figure.noun])


def _scenery(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of things in a phrase of place, with nothing that makes it news."""
    if figure.noun is None or s.tok(figure.noun).dep != "pobj":
        return False
    count = value_count(s, figure)
    place = s.text(s.head(figure.noun)).lower() in _PLACES
    return place and count is not None and count < SCENERY_BELOW and s.tok(figure.noun).lemma.lower() not in (
        "person", "people", "child", "man", "woman")


_FINITE = frozenset({"VBZ", "VBP", "VBD"})


def _borrowed_subject(s: ParsedSentence, figure: Figure) -> bool:
    """A finite adverbial verb with no subject of its own, glossed with another verb's subject: "Tourism
    accounts for 30% ... and visitors make up 80%" parsed "make" as an adverbial of "accounts" and gave
    "80% — of its tourists tourism make". A participle ("leaving 900 dead") or an infinitive ("plans to
    close 40 shops") shares its subject rightly, so only a finite verb counts. A finite verb read as the
    subject ("Oil accounts for a third ... and EU states take 95%": "accounts" the subject of "take") is
    the same misparse seen from the other clause."""
    if any(s.tok(i).dep in _SUBJECTS and s.tok(i).pos == "VERB" and s.tok(i).tag in _FINITE for i in figure.clause):
        return True
    for verb in figure.clause:
        t = s.tok(verb)
        if t.tag not in _FINITE or t.dep != "advcl" \
                or any(s.tok(c).dep in ("nsubj", "nsubjpass", "expl", "mark") for c in s.children[verb]):
            continue
        if any(s.tok(i).dep in _SUBJECTS and s.head(i) != verb and s.head(i) not in figure.clause
               for i in figure.clause) or any(s.tok(i).dep in _SUBJECTS and s.head(i) == s.head(verb)
                                              for i in figure.clause):
            return True
    return False


def _verbless(s: ParsedSentence, figure: Figure, own: set[int]) -> bool:
    """A number that stands before the verb it is the subject of, glossed without that verb: "that about
    half of the claims filed so far were fraudulent" gave "about half — of the claims filed so far"."""
    if figure.clause:
        return False
    found = _governing_verb(s, s.root(figure.value_start, figure.value_end))
    if found is None:
        return False
    verb, top = found
    # only a copula: its adjective or attribute is the claim ("were fraudulent"); a count that did
    # something ("one in five patients waited ...") still says what it counts without its verb
    return verb not in own and top < verb and s.tok(top).dep in (*_SUBJECTS, "prep") \
        and s.tok(verb).lemma.lower() == "be" and s.tok(verb).dep not in ("relcl", "acl", "amod")


# Nouns that hold a population or a membership: "a capital of 1.4 million people" is the capital's size
# ("a survey of 1,204 adults" is not: its count is the figure).
_HOLDERS = frozenset("capital city town village country nation region province island district county state "
                     "metropolis team contingent delegation mission crew".split())


def _held_by(s: ParsedSentence, figure: Figure, own: set[int]) -> bool:
    """A count in an "of" phrase of a singular noun left out of the gloss: "shook Ruvania's capital of
    1.4 million people" shown as "1.4 million people" counts nobody the story is about."""
    if figure.clause or figure.noun is None or s.tok(figure.noun).dep != "pobj":
        return False
    prep = s.head(figure.noun)
    holder = s.head(prep)
    return s.text(prep).lower() == "of" and holder not in own and holder != prep \
        and s.tok(holder).tag in ("NN", "NNP") and holder < prep and s.tok(holder).lemma.lower() in _HOLDERS


def _bare_conjunct(s: ParsedSentence, figure: Figure) -> bool:
    """The second of two counts joined by "and" with no clause of its own: "added six officials and two
    companies to its list" gave "two companies (on Friday)"; the first count carries the verb."""
    if figure.clause or figure.noun is None or s.tok(figure.noun).dep != "conj":
        return False
    first = s.head(figure.noun)
    return first != figure.noun and any(s.tok(c).dep == "nummod" for c in s.children[first])


# Nouns that portion out small goods: "two pairs of tickets", "three bottles of wine" are prizes and props.
_PORTIONS = frozenset("pair set piece bag box bottle cup glass slice packet basket bunch".split())


def _portion(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of portions of things ("two pairs of VIP tickets"): trivia, not a figure of the story."""
    if figure.noun is None or s.tok(figure.noun).lemma.lower() not in _PORTIONS:
        return False
    count = value_count(s, figure)
    return count is not None and count < SCENERY_BELOW \
        and any(s.text(c).lower() == "of" for c in s.children[figure.noun])


def cut_from_meaning(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure lacks the words that say what its number counts (see the module)."""
    own = set(figure.tokens)
    return (_fronted_role(s, figure, own) or _compared(s, figure, own) or _possessed(s, figure)
            or _scenery(s, figure) or _borrowed_subject(s, figure) or _verbless(s, figure, own)
            or _held_by(s, figure, own) or _bare_conjunct(s, figure) or _portion(s, figure))


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


# A purpose said by an infinitive on the figure's verb ("paid $3.5 billion to settle the claims"): without
# it the sum reads as a payment of no stated cause (reader Audit 15).
PURPOSE_TOKENS = 6


# A span of time spent doing something ("spent five hours freeing a woman"): the doing is what the span
# measures (reader Audit 17 showed "a US rescue team spent five hours", doing what).
_SPENDING = frozenset({"spend", "waste", "devote"})


def _time_spent_on(s: ParsedSentence, figure: Figure, verb: int) -> set[int]:
    """The "-ing" clause of a verb of spending time, whole when short, else the verb with its object."""
    if s.tok(verb).lemma.lower() not in _SPENDING:
        return set()
    for c in s.children[verb]:
        if s.tok(c).dep in ("xcomp", "advcl") and s.tok(c).tag == "VBG" and c > verb and c not in figure.tokens:
            part = s.subtree(c, set(figure.tokens))
            if len(part) > PURPOSE_TOKENS:
                objects = [k for k in s.children[c] if s.tok(k).dep == "dobj"]
                part = {c} | (s.phrase(objects[0], set(figure.tokens), PURPOSE_TOKENS - 1) if objects else set())
            if max(part) - min(part) + 1 == len(part):
                return part
    return set()


def _with_particles(s: ParsedSentence, figure: Figure) -> Figure:
    """The clause with each verb's particle: "232,000 people turn out", not "232,000 people — turn"
    (a phrasal verb without its particle says another thing, or nothing; session 16's Newsroom reading)."""
    particles = {c for verb in figure.clause for c in s.children[verb]
                 if s.tok(c).dep == "prt" and c not in figure.tokens}
    return replace(figure, clause=tuple(sorted({*figure.clause, *particles}))) if particles else figure


def with_purpose(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with its verbs' particles, and a short "to ..." purpose clause of its verb in its clause,
    or what a span of time was spent doing."""
    figure = _with_particles(s, figure)
    for verb in figure.clause:
        if spent := _time_spent_on(s, figure, verb):
            return replace(figure, clause=tuple(sorted({*figure.clause, *spent})))
        for c in s.children[verb]:
            if s.tok(c).dep != "advcl" or c < verb or c in figure.tokens or s.tok(c).tag != "VB" \
                    or not any(s.tok(k).tag == "TO" and k < c for k in s.children[c]):
                continue
            part = s.subtree(c, set(figure.tokens))
            if len(part) <= PURPOSE_TOKENS and max(part) - min(part) + 1 == len(part):
                return replace(figure, clause=tuple(sorted({*figure.clause, *part})))
    return figure


# The writer's own arithmetic ("At that rate, cleaning the Gulf would take 6.1 billion years, by my sums"):
# in a column about numbers the computed result is the point the reader keeps (reader Audit 15).
_COMPUTED = re.compile(r"\b(?:at (?:that|this|those|these) rates?|by my (?:sums|calculations?|reckoning|count|maths?)"
                       r"|(?:that|which) works out (?:to|at|as))\b", re.I)
COMPUTED_BONUS = 2.0


def computed_bonus(s: ParsedSentence) -> float:
    """COMPUTED_BONUS when the sentence gives the writer's own computed result, else 0."""
    return COMPUTED_BONUS if _COMPUTED.search(s.sentence.text) else 0.0


__all__ = ["COMPUTED_BONUS", "NEAR_SHARE", "PURPOSE_TOKENS", "SCENERY_BELOW", "computed_bonus", "cut_from_meaning",
           "with_purpose", "with_verb_rate", "without_near_duplicates"]
