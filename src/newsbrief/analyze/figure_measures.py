"""What a figure measures: the noun it counts, its clause, a rate and a time.

:func:`find_figure` reads the noun a number counts and, with :mod:`newsbrief.analyze.figure_measure_clause`, the
clause around it from the dependency parse (see :mod:`newsbrief.analyze.figures` for what is read and what is left
out) and returns a :class:`Figure`, or None when nothing says what the number counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsbrief.analyze.figure_measure_clause import (
    MAX_WHAT_TOKENS,
    Reading,
    clause_of,
    named,
    says_what,
    schedule_words,
)
from newsbrief.analyze.figure_parse import ParsedSentence, own_verb_after
from newsbrief.analyze.figure_rates import per_unit_head, rate_anchor, timed_rate
from newsbrief.analyze.figure_referents import elided_noun, host_subject, only_places
from newsbrief.analyze.figure_times import figure_when
from newsbrief.analyze.figure_values import DIGITS, FIGURE_LABELS, as_measure, not_a_figure, value_span
from newsbrief.models import Entity

_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_DEFINITE = frozenset("the these those both his her its their our my your 's ’s".split())
_SCORE_NOUNS = frozenset({"win", "victory", "draw", "defeat", "loss", "lead", "scoreline", "result", "thrashing",
                          "triumph", "drubbing", "aggregate"})
# "my answer is two words": a count of the parts of speech itself, spelled out, is rhetoric, not a
# figure (reader Audit 13); "capped at 500 words" (digits) is a rule's limit and stays
_SPEECH_UNITS = frozenset({"word", "letter", "syllable", "sentence"})
_SPELLED = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen both
""".split())
# Nouns of people: counts of people affected rank high.
PEOPLE_NOUNS = frozenset("""
people persons person children child adults students pupils workers employees staff soldiers troops civilians
residents patients victims passengers migrants refugees officers police men women boys girls babies members
voters fans families households homes deaths casualties fatalities injuries inmates prisoners hostages
protesters demonstrators citizens users customers jobs cases respondents
""".split())
# "a total of 8,480 migrants were rescued", "will deduct most of its $4bn fine": the total's clause is the migrants'.
_CONTAINER_NOUNS = frozenset("total number group majority average maximum minimum sum tally estimate handful "
                             "crowd influx wave most part bulk rest portion".split())

# Words before a number that make it the baseline another figure is compared with.
_BASELINE_WORDS = frozenset({"from", "with", "than", "against", "to"})
_QUALIFIERS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "just", "approximately"})


@dataclass(frozen=True)
class Figure:
    """A number with what it measures, as token indices into the document."""

    value_start: int
    value_end: int  # exclusive
    label: str
    what: tuple[int, ...]  # what the number counts: its noun phrase or "of" complement
    clause: tuple[int, ...]  # its clause: the verb and its subject or object
    rate: tuple[int, ...]  # "a year", "per share"
    when: tuple[int, ...]  # "in March", "between 2015 and 2018"
    noun: int | None  # the noun the number counts, if it modifies one
    spelled: bool  # written in words ("three")
    baseline: int | None = None  # first token of "up from", "compared with" when the number is a baseline

    @property
    def tokens(self) -> tuple[int, ...]:
        return (*range(self.value_start, self.value_end), *self.what, *self.clause, *self.rate, *self.when)


def _rate(s: ParsedSentence, heads: Iterable[int], taken: set[int]) -> set[int]:
    """A rate attached to the number or its noun: "a year", "per share", "each"."""
    out: set[int] = set()
    for h in heads:
        for c in s.children[h]:
            t = s.tok(c)
            if c in taken or c < h:
                continue
            if t.dep in ("npadvmod", "nmod", "advmod") and t.pos == "NOUN" and any(
                    s.text(k).lower() in _RATE_WORDS for k in s.children[c]):
                out |= {c} | {k for k in s.children[c] if s.tok(k).dep == "det"}  # "a year", "a share"
            elif t.dep == "prep" and (t.text.lower() == "per" or any(
                    s.text(d).lower() in ("each", "every") for k in s.children[c] for d in s.children[k])):
                out |= s.subtree(c, taken)  # "per crossing", "on each side"
    return out


def _counted_noun(s: ParsedSentence, anchor: int, end: int, label: str) -> int | None:
    """The noun the number modifies ("10 to 20 nuclear *warheads*"), if any."""
    head = s.head(anchor)
    t = s.tok(anchor)
    if head == anchor or head < anchor or head - end > 4:
        return None
    if t.dep not in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod"):
        return None
    if s.tok(head).pos != "NOUN" and not (s.tok(head).pos == "PROPN" and s.tok(head).ent_type == "NORP"):
        return None  # "$49 Apple Thunderbolt adapter" does not count Thunderbolts
    if any(s.text(k).lower() in _RATE_WORDS for k in s.children[head] if k < head and k > anchor):
        return None  # "£87 a year": a rate, not a noun counted
    if any(k > head and s.tok(k).pos == "NUM" and s.tok(k).dep == "nummod" for k in s.children[head]):
        return None  # "reached 30 and Earth Song number 38": "number" is 38's, the 30 counts no number
    return head


def _role(s: ParsedSentence, x: int) -> tuple[str, int | None]:
    """How ``x`` stands in its clause: ``subject`` or ``object`` of a verb, or part of a ``noun``."""
    while s.tok(x).dep == "conj" and s.head(x) != x and s.tok(s.head(x)).pos not in ("VERB", "AUX"):
        x = s.head(x)
    t, h = s.tok(x), s.head(x)
    if h == x:
        return "none", None
    if t.dep in ("nsubj", "nsubjpass", "csubj"):
        return "subject", h
    if t.dep in ("dobj", "attr", "oprd", "dative") and s.tok(h).pos in ("VERB", "AUX"):
        return "object", h
    if t.dep == "appos" and s.tok(h).pos in ("NOUN", "PROPN"):
        return "noun", h
    if t.dep not in ("pobj", "npadvmod", "advmod", "acomp"):
        return "none", None
    if t.dep == "pobj" and s.tok(h).dep == "prep":
        owner = s.head(h)
        if s.tok(owner).pos in ("NOUN", "PROPN") and owner != h:
            return "noun", owner  # "an increase of 3.2 percent"
    i = x
    for _ in range(6):  # climb through prepositions, adjectives and adverbs ("is worth", "rose to", "up")
        up = s.head(i)
        if up == i:
            break
        if s.tok(up).pos in ("VERB", "AUX"):
            return "object", up
        if s.tok(up).pos in ("NOUN", "PROPN"):
            return "noun", up  # "passengers, up 11 percent", "transfers, the largest worth £1.1 million"
        if s.tok(up).pos == "PRON":
            break
        i = up
    return "none", None


def _verb_of(s: ParsedSentence, i: int) -> int | None:
    """The verb a comparison hangs from, past "compared" ("shipped ..., compared with 4.6 million")."""
    for _ in range(5):
        up = s.head(i)
        if up == i:
            return None
        if s.tok(up).pos in ("VERB", "AUX") and s.tok(up).lemma.lower() not in ("compare", "compared"):
            return up
        i = up
    return None


def baseline_start(s: ParsedSentence, start: int) -> int | None:
    """The first token of "up from", "compared with", "from about" when the number at ``start`` is a baseline.

    A baseline ("up from 7,940", "compared with 4.6 million", "from about 1,550 to 450") counts
    what the figure it is compared with counts, so its measure is that clause's.
    """
    i = start - 1
    while s.inside(i) and s.text(i).lower() in _QUALIFIERS:
        i -= 1
    word = s.text(i).lower()
    if word not in _BASELINE_WORDS or not s.inside(i):
        return None
    before = s.text(i - 1).lower()
    if word in ("with", "to"):
        return i - 1 if before in ("compared", "compares", "comparison") else None
    if word == "from":
        if before in ("up", "down", "rising", "falling", "rose", "fell"):
            return i - 1
        # "slumped to 21 percent from 34 percent", "from 1,550 to 450"; not "30 people from 12 boats"
        window = range(max(s.lo, i - 5), i)
        change = s.text(start + 1).lower() == "to" or s.text(start + 2).lower() == "to" or (
            any(s.text(j).lower() == "to" for j in window) and any(s.tok(j).like_num for j in window))
        return i if change and _verb_of(s, i) is not None and s.tok(s.head(i)).pos == "VERB" else None
    return i if before in ("more", "less", "fewer", "higher", "lower") else None


def _what(s: ParsedSentence, r: Reading, anchor: int) -> None:
    """What the number counts, and how that stands in the clause."""
    if r.noun is not None:
        r.what = s.phrase(r.noun, r.value, MAX_WHAT_TOKENS)
    else:  # the value is itself the noun ("71 percent of ...", "$2m in payments")
        # The base of a range of rates may hang on its last unit ("kills 1% to 4% *of the animals it
        # infects*", the "of" on the second "%"): a rate without its base changes the fact.
        for c in sorted({c for v in r.value | {anchor} for c in s.children[v]}):
            if c > anchor and c not in r.value and s.tok(c).dep in ("prep", "acl", "relcl", "amod"):
                r.what |= s.subtree(c, r.value)
    r.role, other = _role(s, r.x)
    noun = r.noun
    if noun is not None and s.tok(noun).dep == "pobj":
        container = s.head(s.head(noun))
        if s.text(s.head(noun)).lower() == "of" and s.tok(container).lemma.lower() in _CONTAINER_NOUNS:
            r.role, other = _role(s, container)  # "a total of 8,480 migrants were rescued"
            r.what |= _container_words(s, noun)
        else:
            # "connected to the £200m sponsorship deal they signed": the noun's own words say what
            # it is; the clause it is a prepositional object of is about something else
            r.what = s.phrase(noun, r.value, MAX_WHAT_TOKENS + 2) | _container_words(s, noun)
            r.role, other = "none", None
    if r.role == "noun" and other is not None:  # "an increase of 3.2 percent", "a deal worth $1.6 billion"
        if other in r.others:
            r.role, other = "none", None  # "of the 4,200 residents" inside "71 percent of ...": its noun says it
        else:
            r.owner = other
            chain = [r.x]  # from the number up to the noun: "of", "worth", "up"
            while s.head(chain[-1]) not in (other, chain[-1]) and len(chain) < 6:
                chain.append(s.head(chain[-1]))
            path = s.subtree(chain[-1], set(), prune=False)
            # "3.2 percent" counts nothing itself: the noun it belongs to says what; "thousands of
            # light-years" says it with its own "of" (the parser may hang it on "fountains of gas")
            if noun is None and not any(s.text(c).lower() == "of" and c > anchor for c in s.children[anchor]):
                words = {i for i in chain[1:] if s.tok(i).pos in ("ADJ", "ADV")}
                r.what |= s.phrase(other, r.value | path, 6) | words
            # a comparative before the noun is no dimension: "could release 20% more oil" (Audit 51 #5)
            dimension = {i for i in chain[1:] if s.tok(i).pos in ("ADJ", "ADV")
                         and not (s.tok(i).tag in ("JJR", "RBR") and i < other)}
            if s.tok(r.x).dep == "npadvmod" and dimension:
                # "Their universe, some 230 million light-years wide, contains ...": the number gives the
                # universe's width, not what "contains" says of it
                r.what |= dimension | s.phrase(other, r.value | path, 6)
                r.role, other = "none", None
            else:
                r.role, other = _role(s, other)
    if r.baseline is not None and r.role != "subject" and (verb := _verb_of(s, r.baseline)) is not None:
        r.role, other = "object", verb  # a baseline's clause is the compared figure's: "up from 7,940"
    r.verb = other if r.role in ("subject", "object") else None
    if r.verb is not None and r.role == "subject" and noun is None and not r.what:
        for c in s.children[r.verb]:
            if c < anchor and s.tok(c).dep == "prep" and s.text(c).lower() == "of":
                r.what |= s.subtree(c, r.value)  # "Of 64,210 attendances, 11,870 involved ..."


# A body a count makes up: "an expanded force of about 250 observers" is the force, not just observers.
_GROUP_NOUNS = frozenset("force team mission contingent delegation fleet convoy army unit squad".split())
_LEFT = frozenset({"det", "amod", "compound", "poss"})


def _container_words(s: ParsedSentence, x: int) -> set[int]:
    """The words "a total of" when ``x`` is the object of a container noun's "of", said first in a reader's
    order ("a total of 57,000 cubic feet of gas", not "57,000 cubic feet — of gas a total"); else none."""
    of, container = s.head(x), s.head(s.head(x))
    if s.text(of).lower() != "of" or s.tok(container).lemma.lower() not in _CONTAINER_NOUNS | _GROUP_NOUNS:
        return set()
    return {container, of} | {c for c in s.children[container] if c < container and s.tok(c).dep in _LEFT}


def _mend(s: ParsedSentence, r: Reading) -> None:
    """The reading with two parser slips mended: a coordinated noun given the subjectless verb after it
    ("... and 12.5 m cubic metres of water were pumped"), and "a total of" said with an amount that is
    its own noun ("a total of approximately 31,400 tonnes of grain")."""
    if (own := own_verb_after(s, r.x)) is not None:
        r.role, r.verb = "subject", own
    if r.noun is None and s.tok(r.x).dep == "pobj":
        r.what |= _container_words(s, r.x)


def _other_figures(s: ParsedSentence, entity: Entity) -> set[int]:
    """Tokens of the sentence's other numbers."""
    return {i for e in s.entities if e != entity and e.label in FIGURE_LABELS
            for i in range(e.token_start, e.token_end)}


_CONDITIONS = frozenset({"if", "unless", "whether"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "will", "may", "'d", "'ll"})


def hypothetical(s: ParsedSentence, anchor: int) -> bool:
    """True when the number is said under a condition, not as a fact: inside an "if"/"unless"
    clause ("if the mortality rate is 0.1%"), or in a "would"/"could" clause of a sentence that
    sets one ("If it had spread, hundreds of thousands would be ill")."""
    i, seen = anchor, set()
    modal = False
    while i not in seen:
        seen.add(i)
        children = [s.tok(c) for c in s.children[i]]
        if any(c.dep == "mark" and c.text.lower() in _CONDITIONS for c in children):
            return True
        modal = modal or any(c.dep == "aux" and c.text.lower() in _HYPOTHETICAL for c in children)
        i = s.head(i)
    return modal and any(s.tok(j).dep == "mark" and s.tok(j).text.lower() in ("if", "unless")
                         for j in range(s.lo, s.hi))


def find_figure(s: ParsedSentence, entity: Entity) -> Figure | None:
    """The figure of ``entity`` with its measure, or None when it is not a figure worth showing."""
    if entity.label not in FIGURE_LABELS:
        return None
    entity = as_measure(s, entity)
    start, end = value_span(s, entity)
    text = s.doc.article.text[s.tok(start).start : s.tok(end - 1).end]
    anchor = rate_anchor(s, start, end, s.root(start, end))
    if not_a_figure(s, entity.label, start, end, anchor, text) or hypothetical(s, anchor):
        return None
    spelled = not DIGITS.search(text)
    value = set(range(start, end)) | {c for i in range(start, end) for c in s.children[i]
                                      if s.tok(c).dep == "quantmod" and c < start}
    noun = _counted_noun(s, anchor, end, entity.label)
    if noun is not None and entity.label == "CARDINAL" and (s.tok(noun).lemma.lower() in _SCORE_NOUNS or (
            spelled and s.tok(noun).lemma.lower() in _SPEECH_UNITS)):
        return None  # "a 1-0 win", "my answer is two words"
    if spelled and entity.label == "CARDINAL" and (
            s.text(start - 1).lower() in _DEFINITE or s.text(start).lower() in _DEFINITE
            or (noun is not None and any(s.tok(c).dep in ("det", "poss") and s.text(c).lower() in _DEFINITE
                                         and c < start for c in s.children[noun]))  # "the other two cases"
            or ({"one", "a", "an"} & set(text.lower().split()) and not re.search(r"\b(in|out of)\b", text))):
        return None  # "the two leaders", "the world's two largest", "only one title": a reference, not a count
    x = noun if noun is not None else per_unit_head(s, anchor) or anchor
    if s.tok(x).dep == "pobj" and s.text(s.head(x)).lower() in ("like", "unlike"):
        return None  # "Like millions of others, they watched it on TV": a comparison, not a count
    r = Reading(value, _other_figures(s, entity) - value, set(), x, noun,
                 baseline=baseline_start(s, start))
    _what(s, r, anchor)
    _mend(s, r)
    if noun is None and entity.label == "CARDINAL" and (total := elided_noun(s, anchor, r.others)) is not None:
        # "including eight in New York City" counts the cases, in New York City
        r.what = {total}.union(*(s.subtree(c, r.value) for c in s.children[anchor] if s.tok(c).dep == "prep"))
        r.role, r.verb = "none", None
    clause, subject = clause_of(s, r, start, end)
    anchors = {r.x, anchor} | {i for i in (r.verb, r.owner) if i is not None}
    rate, when = figure_when(s, anchors, r.what | clause | value, r.others)
    rate |= _rate(s, {anchor, r.x}, value)
    if noun is None and r.x != anchor:  # "9,000 a game": the unit is the count's rate
        rate |= {r.x} | {k for k in s.children[r.x] if anchor < k < r.x}
    if entity.label == "DURATION":
        clause |= schedule_words(s, r)
    region = set(s.region(anchor))
    when &= region  # a dated list's next entry is not this count's time (reader Audit 21)
    if s.line_cuts and (r.what | clause) - region - value:
        return None  # the parse ran one entry of a dated list into the next: what it counts is garbled
    what = (r.what - value - when - rate) & region
    # "a new 149 horsepower engine": an adjective before the number is the engine's, not the horsepower's
    if noun is not None and any(s.text(c).lower() in ("a", "an") for c in s.children[noun] if c < start):
        what -= {i for i in what if i < start and s.tok(i).dep == "amod" and s.head(i) == noun}
    clause = (clause - when - rate - (r.others if r.baseline is not None else set())) & region
    subject &= region
    placed = timed_rate(s, start, end) and named(s, subject, rate)  # "electricity is cut 12 hours out of 24"
    if not (says_what(s, r, entity.label, what, clause, subject, rate) or placed) or (
            noun is None and not clause and only_places(s, what)):
        return None  # a lone number: nothing says what it counts ("seven in California")
    if spelled and entity.label == "CARDINAL" and not (
            (noun is not None and s.text(noun).lower() in PEOPLE_NOUNS) or named(s, what - {noun}, rate)
            or named(s, clause, rate)):
        return None  # "only three", "two words": a count a reader would not look for
    if r.verb is not None and r.role == "object" and s.tok(r.verb).tag in ("VBG", "VBN") \
            and s.tok(r.verb).dep in ("acl", "advcl", "xcomp") \
            and not any(s.tok(c).dep in ("aux", "auxpass") for c in s.children[r.verb]):
        # "their ship carrying 550 people": in the article's order; "The Aldergrove departed Sfax
        # carrying 311 passengers": with the host clause's named subject, whose load it is
        # the participle stays: "70 miles of coastline" without "affecting" says nothing of them (Audit 51 #5)
        what, clause = what | clause | {r.verb} | (host_subject(s, r.verb, value) & region), set()
    return Figure(start, end, entity.label, tuple(sorted(what)), tuple(sorted(clause)), tuple(sorted(rate)),
                  tuple(sorted(when)), noun, spelled, r.baseline)
