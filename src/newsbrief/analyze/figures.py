"""Figures: numbers, amounts and percentages with what they measure, of whom and when.

For each number the NER model finds (MONEY, PERCENT, QUANTITY, CARDINAL) the
clause around it is read from the dependency parse:

* what it counts: the noun it modifies ("10 to 20 *nuclear warheads*"), its
  "of" complement ("71 percent *of the 4,200 residents who took part*"), or
  the noun it belongs to ("an *increase* of 3.2 percent");
* its clause: the verb with what follows it when the number is the subject
  ("... *backed the plan*"), the subject and the verb when it is the object
  ("... *Pyongyang could produce*", "*the deal is worth* $1.6 billion");
* a rate ("a year", "per share") and the time expression of the clause
  ("between 2015 and 2018").

The words found are the article's own, in the article's order within each
part, so the reader can check ``FigureInfo.measure`` against the cited
sentence. The item's text is the value as written (currency sign, qualifier,
unit and range kept); its citation covers the value, its measure and its time.

A number whose meaning cannot be found is not shown: names and labels
("Vision 2030", "Boeing 737", "Section 230", "10 Downing Street", a Title
Case label, a stats box), ages in passing ("Smith, 45,"), scores ("a 1-0
win"), descriptive compounds ("a 212-page report"), numbers in a line without
a finite verb, a reference rather than a count ("the two leaders"), and a lone
count with no noun ("12 were injured").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsbrief.analyze.context import Context, cite
from newsbrief.models import Document, Entity, FigureInfo, Item, Sentence, Token

FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
MAX_WHAT_TOKENS = 8  # the noun phrase a number counts
MAX_CLAUSE_TOKENS = 7  # the clause around it
MAX_SUBJECT_TOKENS = 6

_OLD = re.compile(r"\bold\b|-(day|week|month|year|hour|minute)s?\b", re.I)
_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
_SCORE = re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3}$")
_CODE = re.compile(r"^\d+[a-z]{1,2}\d|^[a-z]+\d", re.I)  # "7a2", "f16"
_RELAY = re.compile(r"\d\s*x\s*\d", re.I)  # "4x100m"
_UNIT_IN_CODE = re.compile(r"\d\s*(mph|km|kg|mm|cm|ft|lb|lbs|m|bn|million|billion|mw|gw|kw|mg|ml|in)\b", re.I)
_DATE_RATE = re.compile(r"^(a|an|per|each|every)\s+(year|month|week|day|hour|minute|second|annum)$|^annually$|"
                        r"^(yearly|monthly|weekly|daily|hourly)$", re.I)
_DIGITS = re.compile(r"\d")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CURRENCY = frozenset({"$", "£", "€", "¥", "₹", "₩", "₽", "₦", "us$", "a$", "c$", "hk$", "nz$", "s$", "r$",
                       "rs", "rs.", "chf"})
_CURRENCY_PREFIXES = frozenset({"US", "A", "C", "HK", "NZ", "S", "R"})
# Written straight after the number: "£31.4m", "$2bn", "398p", "5k".
_UNIT_SUFFIXES = frozenset({"m", "bn", "mn", "k", "p", "tn", "trn", "million", "billion", "trillion", "pc"})
_MAGNITUDES = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
                         "trillion", "trillions", "lakh", "lakhs", "crore", "crores"})
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_RANGE_WORDS = frozenset({"-", "–", "to"})
# A number right after one of these words is a label, not an amount: "Section 230", "Flight 370".
_LABEL_WORDS = frozenset("""
section sections article articles chapter clause paragraph rule amendment number no no. nos flight route
room page pages item title part level grade category phase stage episode season volume vol version model
series class type gate platform exit highway interstate bus line unit ward district precinct lot suite
apartment act resolution bill proposition prop exhibit form figure table chart issue game round hole lap
week day match heat lane division tier pier terminal channel code zone block row seat car covid sars top
""".split())
_DEFINITE = frozenset("the these those both his her its their our my your 's ’s".split())
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_SCORE_NOUNS = frozenset({"win", "victory", "draw", "defeat", "loss", "lead", "scoreline", "result", "thrashing",
                          "triumph", "drubbing", "aggregate"})
_SPELLED = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen both
""".split())
# Nouns of people: counts of people affected rank high.
_PEOPLE_NOUNS = frozenset("""
people persons person children child adults students pupils workers employees staff soldiers troops civilians
residents patients victims passengers migrants refugees officers police men women boys girls babies members
voters fans families households homes deaths casualties fatalities injuries inmates prisoners hostages
protesters demonstrators citizens users customers jobs cases respondents
""".split())
# "a total of 8,480 migrants were rescued": the clause of the total is the clause of the migrants.
_CONTAINER_NOUNS = frozenset("total number group majority average maximum minimum sum tally estimate handful "
                             "crowd influx wave".split())
# Verbs of a measure reaching a number: "the death toll rose to 44", "attendances averaged 24,650".
_CHANGE_VERBS = frozenset("""
rise fall grow climb drop reach total hit top exceed average increase decrease double triple halve jump soar
surge slump plunge sink decline dip fell stand amount number cut reduce raise lift put estimate count cap
limit set lower
""".split())
_PRONOUNS = frozenset("i you he she it we they this that these those who which what one someone".split())
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_PRUNE_DEPS = frozenset({"advcl", "appos", "parataxis", "cc", "conj", "mark", "dep", "meta", "ccomp", "punct",
                         "preconj", "intj", "csubj", "expl"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "case", "nummod", "quantmod", "advmod",
                        "npadvmod", "predet"})
_RIGHT_DEPS = frozenset({"prep", "acl", "relcl", "amod", "npadvmod", "case", "compound", "nummod"})
_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "agent", "xcomp", "prep", "prt"})
_WEIGHT = {"MONEY": 3.5, "PERCENT": 3.5, "QUANTITY": 2.0, "CARDINAL": 1.5}
KIND_PENALTY = 0.4  # for each figure of the same kind already chosen
NESTED_PENALTY = 1.0  # a number inside another figure's measure ("71 percent of the 4,200 residents")


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

    @property
    def tokens(self) -> tuple[int, ...]:
        return (*range(self.value_start, self.value_end), *self.what, *self.clause, *self.rate, *self.when)


class _Sentence:
    """A sentence's tokens with their children, for walking the parse."""

    def __init__(self, doc: Document, sentence: Sentence) -> None:
        self.doc = doc
        self.sentence = sentence
        self.tokens = doc.tokens
        self.lo, self.hi = sentence.token_start, sentence.token_end
        self.children: dict[int, list[int]] = {i: [] for i in range(self.lo, self.hi)}
        for t in doc.tokens[self.lo : self.hi]:
            if t.head != t.i and self.lo <= t.head < self.hi:
                self.children[t.head].append(t.i)
        self.entities = doc.sentence_entities(sentence)
        # where the parser missed a sentence end ("... of £56m. The club's debt ..."): a measure stays on its side
        self.cuts = [t.i + 1 for t in doc.tokens[self.lo : self.hi - 1]
                     if len(t.text) > 1 and t.text.endswith(".") and t.text[:-1].lower().rstrip(".") in _UNIT_SUFFIXES
                     and doc.tokens[t.i + 1].text[:1].isupper()]
        self.dates: dict[int, tuple[int, int]] = {}  # time expressions (not "one-day race", "a 45-year-old")
        self.date_tokens: set[int] = set()  # every token of a DATE or TIME entity
        self.when_spans: set[tuple[int, int]] = set()  # dates that can say when ("in March", not "30 minutes")
        text = doc.article.text
        for e in self.entities:
            if e.label not in ("DATE", "TIME"):
                continue
            span = range(e.token_start, e.token_end)
            self.date_tokens |= set(span)
            root = self.root(e.token_start, e.token_end)
            if self.tokens[root].dep in ("amod", "compound", "nmod", "nummod") or _OLD.search(text[e.start : e.end]):
                continue
            for i in span:
                self.dates[i] = (e.token_start, e.token_end)
            if e.label == "DATE":
                self.when_spans.add((e.token_start, e.token_end))

    def region(self, i: int) -> range:
        """The token range of the part of the sentence that holds token ``i``."""
        start = max((c for c in self.cuts if c <= i), default=self.lo)
        end = min((c for c in self.cuts if c > i), default=self.hi)
        return range(start, end)

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def head(self, i: int) -> int:
        h = self.tokens[i].head
        return h if self.lo <= h < self.hi else i

    def inside(self, i: int) -> bool:
        return self.lo <= i < self.hi

    def text(self, i: int) -> str:
        return self.tokens[i].text if self.inside(i) else ""

    def root(self, start: int, end: int) -> int:
        """The token of ``start:end`` whose head lies outside it."""
        for i in range(end - 1, start - 1, -1):
            h = self.head(i)
            if not start <= h < end or h == i:
                return i
        return end - 1

    def subtree(self, i: int, exclude: set[int], prune: bool = True) -> set[int]:
        """``i`` and its dependents, leaving out ``exclude``, dates and (if ``prune``) clause-level attachments."""
        out = {i}
        for c in self.children[i]:
            if c in exclude or c in self.dates:
                continue
            if prune and self.tokens[c].dep in _PRUNE_DEPS and self.tokens[c].tag != "HYPH":
                continue
            out |= self.subtree(c, exclude, prune)
        # a preposition left without its object says nothing
        return {j for j in out if not (self.tokens[j].dep == "prep" and not any(k in out for k in self.children[j]))}

    def phrase(self, head: int, exclude: set[int], budget: int) -> set[int]:
        """A noun phrase: the head, its left modifiers, and right modifiers while they fit ``budget``."""
        out = {head}
        for c in self.children[head]:
            if c < head and c not in exclude and c not in self.dates and self.tokens[c].dep in _LEFT_DEPS:
                out |= self.subtree(c, exclude)
        for c in sorted(self.children[head]):
            if c < head or c in exclude or c in self.dates or self.tokens[c].dep not in _RIGHT_DEPS:
                continue
            part = self.subtree(c, exclude)
            if len(out) + len(part) > budget:
                break
            out |= part
        return out

    def verb_group(self, verb: int) -> set[int]:
        """The verb with its auxiliaries, negation and particle ("could produce", "were not killed").

        A coordinated verb shares the first verb's auxiliaries: "could infect ... and kill".
        """
        out = {verb} | {c for c in self.children[verb] if self.tokens[c].dep in ("aux", "auxpass", "neg", "prt")}
        first = self.head(verb)
        if self.tokens[verb].dep == "conj" and len(out) == 1 and first != verb:
            out |= {c for c in self.children[first] if self.tokens[c].dep in ("aux", "neg") and c < first}
        return out

    def described(self, verb: int, exclude: set[int]) -> set[int]:
        """The noun a relative or participle clause describes, without the clause."""
        return self.phrase(self.head(verb), exclude | self.subtree(verb, set(), prune=False), MAX_SUBJECT_TOKENS)

    def subject(self, verb: int, exclude: set[int]) -> set[int]:
        """The subject phrase of ``verb``, through relative clauses, participles, xcomp and coordinated verbs."""
        for _ in range(4):
            for c in self.children[verb]:
                t = self.tokens[c]
                if t.dep in ("nsubj", "nsubjpass") and c not in exclude:
                    if t.text.lower() in _RELATIVES and self.tokens[verb].dep == "relcl":
                        return self.described(verb, exclude)  # "the hat that sold"
                    return self.phrase(c, exclude, MAX_SUBJECT_TOKENS)
            dep = self.tokens[verb].dep
            if dep in ("relcl", "acl") and self.head(verb) != verb:
                return self.described(verb, exclude)  # "a hat worn by Leigh"
            if dep not in ("xcomp", "conj", "advcl") or self.head(verb) == verb:
                break
            verb = self.head(verb)
        return set()

    def complements(self, verb: int, exclude: set[int], budget: int) -> set[int]:
        """What follows the verb: its object, attribute, first prepositional phrase."""
        out: set[int] = set()
        preps = 0
        for c in sorted(self.children[verb]):
            if c < verb or c in exclude or c in self.dates or self.tokens[c].dep not in _COMPLEMENT_DEPS:
                continue
            if self.tokens[c].dep == "prep":
                if preps:
                    continue
                preps += 1
            part = self.subtree(c, exclude)
            if len(out) + len(part) > budget:
                break
            out |= part
        return out


# ---------------------------------------------------------------- the value


def _value_span(s: _Sentence, entity: Entity) -> tuple[int, int]:
    """Token span of the value as written: currency sign, unit, "%", a range or a ratio kept."""
    start, end = entity.token_start, entity.token_end
    if s.text(start - 1).lower() in _CURRENCY:
        start -= 1
    if s.text(start).lower() in _CURRENCY and s.text(start - 1) in _CURRENCY_PREFIXES \
            and s.tok(start - 1).end == s.tok(start).start:
        start -= 1  # "US $5"
    if entity.label in ("MONEY", "PERCENT") and s.tok(end - 1).like_num and s.text(end) in _RANGE_WORDS \
            and s.inside(end + 1) and s.tok(end + 1).like_num:
        end += 2  # "$9-9.5 billion", "10 to 12 percent"
        while s.inside(end) and s.tok(end).dep in ("nummod", "compound", "quantmod", "pobj") \
                and (s.tok(end).like_num or s.text(end).lower() in _UNIT_SUFFIXES):
            end += 1
    if s.text(end).lower().rstrip(".") in _UNIT_SUFFIXES and s.tok(end).start == s.tok(end - 1).end:
        end += 1  # "£31.4m"
    elif s.text(end).lower() in _MAGNITUDES and entity.label == "MONEY":
        end += 1  # "Rs 25 lakh"
    if s.text(end).lower() in ("%", "percent") and entity.label != "PERCENT":
        end += 1
    elif s.text(end).lower() == "per" and s.text(end + 1).lower() == "cent" and entity.label != "PERCENT":
        end += 2
    if entity.label == "CARDINAL" and s.text(end).lower() == "in" and s.inside(end + 1) and s.tok(end + 1).like_num:
        end += 2  # "one in five"
    elif entity.label == "CARDINAL" and s.text(end).lower() == "out" and s.text(end + 1).lower() == "of" \
            and s.inside(end + 2) and s.tok(end + 2).like_num:
        end += 3  # "nine out of ten"
    return start, end


def _headline_like(s: _Sentence) -> bool:
    """A line with no verb, or a short one with no finite verb: a label, a headline, a stats line."""
    tokens = s.doc.tokens[s.lo : s.hi]
    if not any(t.pos in ("VERB", "AUX") for t in tokens):
        return True
    words = sum(1 for t in tokens if t.pos != "PUNCT")
    return words < 8 and not any(t.tag in _FINITE_TAGS for t in tokens)


def _is_label(s: _Sentence, start: int, end: int, label: str, text: str) -> bool:
    """A number that names or labels something rather than counting it."""
    before, after = s.text(start - 1), s.text(end)
    if before in ("#", "@") or before.lower() in _LABEL_WORDS:
        return True  # "Section 230", "Flight 370", "#7minutes"
    if ":" in (before, after):
        return True  # a stats box: "Appearances: 37"
    if label not in ("CARDINAL", "QUANTITY"):
        return False
    if any(t.text[:1].isupper() and t.text.isalpha() for t in s.doc.tokens[start + 1 : end]):
        return True  # "1 Market Square" taken as one number
    if label == "CARDINAL" and before and s.tok(start - 1).pos == "PROPN" and start - 1 not in s.date_tokens \
            and s.tok(start - 1).ent_type not in ("NORP", "GPE"):
        return True  # "Vision 2030", "Boeing 737", "Apollo 11"
    named = s.tok(end) if after else None  # the word the number names: "737 Max", "10 Downing Street", "22 Club"
    head = s.head(end - 1)
    if s.tok(end - 1).dep in ("nummod", "compound", "nmod") and end <= head <= end + 3:
        named = s.tok(head)  # "260 GPS stations" counts stations
    if named is not None and named.text[:1].isupper() and named.pos in ("NOUN", "PROPN") \
            and named.ent_type not in ("NORP",) and not named.text.isupper():
        return True
    if re.search(r"\d\s*-\s*[a-z]", text, re.I) and s.tok(end - 1).dep in ("amod", "compound", "nummod", "nmod"):
        return True  # "8-ounce jars", "a 16-inch screen": a description
    if after in ("-", "–") and s.text(end + 1).isalpha() and s.tok(end).start == s.tok(end - 1).end:
        return True  # "a 212-page report", "the 61-seat council": a description
    return bool(_RELAY.search(text) or (_CODE.search(text) and not _UNIT_IN_CODE.search(text)))


def _in_score(s: _Sentence, start: int, end: int) -> bool:
    """A number joined by a dash to another: a score written in pieces ("6 - 0")."""
    def digit(i: int) -> bool:
        return s.text(i)[:1].isdigit()

    return (s.text(end) in ("-", "–") and digit(end + 1)) or (s.text(start - 1) in ("-", "–") and digit(start - 2)) \
        or bool(re.match(r"^[-–]\d", s.text(end)))


def _is_age(s: _Sentence, start: int, end: int, anchor: int) -> bool:
    """An age given in passing: "Smith, 45,", "aged 45", "Ruiz (45)", "she was 19"."""
    before, after = s.text(start - 1), s.text(end)
    if before.lower() in _AGE_WORDS:
        return True
    short = end - start == 1 and len(s.text(start)) <= 3
    if before == "," and short and s.tok(start - 2).pos in ("PROPN", "NOUN") and after in ("", ",", ".", ")", ";"):
        return True  # "Leah Still, 5, was diagnosed", "a pupil, 15,"
    if before == "(" and after == ")" and short:
        return s.tok(start - 2).pos == "PROPN"
    head = s.tok(s.head(anchor))
    if head.text.lower() == "of" and s.text(s.head(head.i)).lower() == "age":
        return True
    if s.tok(anchor).dep in ("attr", "acomp") and head.lemma == "be" and short:
        subject = [c for c in s.children[head.i] if s.tok(c).dep in ("nsubj", "nsubjpass")]
        return any(s.tok(c).text.lower() in _PRONOUNS or s.tok(c).ent_type == "PERSON" for c in subject)
    return False


def _not_a_figure(s: _Sentence, label: str, start: int, end: int, anchor: int, text: str) -> bool:
    """Numbers that name, label, date, score or describe rather than count."""
    plain = text.strip().lower()
    numbers = [t.text for t in s.doc.tokens[start:end] if t.like_num and _DIGITS.search(t.text)]
    if label == "CARDINAL" and len(numbers) == 1 and _YEARLIKE.match(numbers[0]):
        return True  # "2030", "at least 2002", "late 2020"
    if label in ("CARDINAL", "QUANTITY") and (_SCORE.match(plain) or _in_score(s, start, end)):
        return True  # "a 1-0 win", "6-0 6-3"
    if label == "QUANTITY" and not _DIGITS.search(text):
        return True  # "a four-kilometre pursuit"
    if label == "MONEY" and not _DIGITS.search(text) and not set(plain.split()) & _MAGNITUDES:
        return True  # "every penny"; "millions of dollars" is an amount
    if label == "CARDINAL" and s.head(anchor) in s.date_tokens:
        return True  # "January 18 and 19"
    return _headline_like(s) or _is_label(s, start, end, label, text) or _is_age(s, start, end, anchor)


# ---------------------------------------------------------------- what it measures


def _rate(s: _Sentence, heads: Iterable[int], taken: set[int]) -> set[int]:
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


def _counted_noun(s: _Sentence, anchor: int, end: int, label: str) -> int | None:
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
    return head


def _role(s: _Sentence, x: int) -> tuple[str, int | None]:
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


def _when(s: _Sentence, anchors: set[int], taken: set[int]) -> tuple[set[int], set[int]]:
    """(rate, time): a time expression of the clause ("in March"); one that is a rate ("annually") apart."""
    rate: set[int] = set()
    best: tuple[int, set[int]] | None = None
    for start, end in sorted(s.when_spans):
        if any(start <= i < end for i in taken):
            continue
        root = s.root(start, end)
        if s.text(s.head(root)).lower() == "of":
            continue  # "a battery life of 30 minutes": a length, not a time
        i = root
        for _ in range(5):
            up = s.head(i)
            if up in anchors or up == i or s.tok(up).pos in ("VERB", "AUX"):
                break
            i = up
        if s.head(i) not in anchors:
            continue
        tokens = set(range(start, end))
        if _DATE_RATE.match(" ".join(s.text(j) for j in range(start, end))):
            rate |= tokens
            continue
        p = s.head(root)
        if s.tok(root).dep == "pobj" and s.tok(p).dep == "prep" and p == start - 1:
            tokens.add(p)  # "in March", "since 2010"
        distance = min(abs(start - a) for a in anchors)
        if best is None or distance < best[0]:
            best = (distance, tokens)
    return rate, (best[1] if best else set())


@dataclass
class _Reading:
    """The parts of a figure's measure as they are found."""

    value: set[int]
    others: set[int]  # the sentence's other numbers
    what: set[int]
    x: int  # the token that stands for the number in its clause (the counted noun or the value)
    noun: int | None
    role: str = "none"
    verb: int | None = None
    owner: int | None = None


def _what(s: _Sentence, r: _Reading, anchor: int) -> None:
    """What the number counts, and how that stands in the clause."""
    if r.noun is not None:
        r.what = s.phrase(r.noun, r.value, MAX_WHAT_TOKENS)
    else:  # the value is itself the noun ("71 percent of ...", "$2m in payments")
        for c in s.children[anchor]:
            if c > anchor and c not in r.value and s.tok(c).dep in ("prep", "acl", "relcl", "amod"):
                r.what |= s.subtree(c, r.value)
    r.role, other = _role(s, r.x)
    noun = r.noun
    if noun is not None and s.tok(noun).dep == "pobj":
        container = s.head(s.head(noun))
        if s.text(s.head(noun)).lower() == "of" and s.tok(container).lemma.lower() in _CONTAINER_NOUNS:
            r.role, other = _role(s, container)  # "a total of 8,480 migrants were rescued"
        else:
            # "connected to the £200m sponsorship deal they signed": the noun's own words say what
            # it is; the clause it is a prepositional object of is about something else
            r.what = s.phrase(noun, r.value, MAX_WHAT_TOKENS + 2)
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
            if noun is None:  # "3.2 percent" counts nothing itself: the noun it belongs to says what
                words = {i for i in chain[1:] if s.tok(i).pos in ("ADJ", "ADV")}
                r.what |= s.phrase(other, r.value | path, 6) | words
            r.role, other = _role(s, other)
    r.verb = other if r.role in ("subject", "object") else None
    if r.verb is not None and r.role == "subject" and noun is None and not r.what:
        for c in s.children[r.verb]:
            if c < anchor and s.tok(c).dep == "prep" and s.text(c).lower() == "of":
                r.what |= s.subtree(c, r.value)  # "Of 64,210 attendances, 11,870 involved ..."


def _clause(s: _Sentence, r: _Reading, start: int, end: int) -> tuple[set[int], set[int]]:
    """(clause, subject): the verb and what follows it, or the subject and the verb."""
    verb = r.verb
    if verb is None:
        return set(), set()
    taken = r.value | r.what
    if r.role == "subject":
        clause = s.verb_group(verb)
        budget = min(MAX_CLAUSE_TOKENS, MAX_WHAT_TOKENS + MAX_CLAUSE_TOKENS - len(r.what)) - len(clause)
        return clause | s.complements(verb, taken | {r.x} | r.others, budget), set()
    subject = s.subject(verb, taken)
    if subject & r.others:
        subject = set()  # a clause about another number says nothing of this one
    clause = set()
    if s.tok(verb).lemma == "be":
        clause = set(subject)
    elif subject or not r.what:
        clause = subject | s.verb_group(verb)  # a verb without its subject adds nothing to a named "what"
    if clause:
        for c in s.children[verb]:
            t = s.tok(c)
            if t.dep == "acomp" and c < start and c not in taken:
                clause |= {c, verb}  # "is worth"
            elif t.dep == "dobj" and r.noun is None and c not in taken and c not in r.value \
                    and not any(v in s.subtree(c, set(), prune=False) for v in r.value):
                clause |= s.phrase(c, taken, 6)  # "cap the number of missiles at 120", "put spending at $38bn"
        # what it is paid for, spent on, taken from: "paid £7.9m in transfer fees"
        after = max(end, max(r.what, default=end))
        prep = next((c for c in sorted(s.children[verb]) if c >= after and s.tok(c).dep == "prep"
                     and c not in s.dates and c not in taken), None)
        if prep is not None and len(part := s.subtree(prep, taken | r.others)) <= 6:
            clause |= part
    return clause - r.value, subject


def _named(s: _Sentence, tokens: Iterable[int], rate: set[int]) -> bool:
    """True when ``tokens`` hold a noun that is not a pronoun, a date or a unit ("200 m")."""
    return any(s.tok(i).pos in ("NOUN", "PROPN") and i not in s.dates and i not in rate
               and s.tok(i).text.lower() not in _PRONOUNS and len(s.tok(i).text) >= 3 for i in tokens)


def _says_what(s: _Sentence, r: _Reading, label: str, what: set[int], clause: set[int], subject: set[int],
               rate: set[int]) -> bool:
    """Whether the measure says what the number counts.

    The counted noun or "of" complement does; so does, for the object of a verb of change
    ("the death toll rose to 44"), the subject; for an amount that is itself the subject, a
    verb ("£410,000 had been recovered"). "A family friend called 911" and "we recommend
    100%" do not.
    """
    if _named(s, what, rate):
        return True
    if r.role == "object" and r.verb is not None and _named(s, subject, rate):
        return label != "CARDINAL" or s.tok(r.verb).lemma.lower() in _CHANGE_VERBS or _named(s, clause - subject, rate)
    if r.role == "object" and label != "CARDINAL":
        return _named(s, clause - subject, rate)  # "she stole £2.7m from care home residents"
    if r.role == "subject" and label != "CARDINAL":
        return _named(s, clause, rate) or any(s.tok(i).pos == "VERB" and s.tok(i).lemma not in ("be", "have")
                                              for i in clause)
    return False


def _other_figures(s: _Sentence, entity: Entity) -> set[int]:
    """Tokens of the sentence's other numbers."""
    return {i for e in s.entities if e != entity and e.label in FIGURE_LABELS
            for i in range(e.token_start, e.token_end)}


def find_figure(s: _Sentence, entity: Entity) -> Figure | None:
    """The figure of ``entity`` with its measure, or None when it is not a figure worth showing."""
    if entity.label not in FIGURE_LABELS:
        return None
    start, end = _value_span(s, entity)
    text = s.doc.article.text[s.tok(start).start : s.tok(end - 1).end]
    anchor = s.root(start, end)
    if _not_a_figure(s, entity.label, start, end, anchor, text):
        return None
    spelled = not _DIGITS.search(text)
    value = set(range(start, end)) | {c for i in range(start, end) for c in s.children[i]
                                      if s.tok(c).dep == "quantmod" and c < start}
    noun = _counted_noun(s, anchor, end, entity.label)
    if noun is not None and entity.label == "CARDINAL" and s.tok(noun).lemma.lower() in _SCORE_NOUNS:
        return None  # "a 1-0 win"
    if spelled and entity.label == "CARDINAL" and (
            s.text(start - 1).lower() in _DEFINITE or s.text(start).lower() in _DEFINITE
            or ({"one", "a", "an"} & set(text.lower().split()) and not re.search(r"\b(in|out of)\b", text))):
        return None  # "the two leaders", "the world's two largest", "only one title": a reference, not a count
    r = _Reading(value, _other_figures(s, entity) - value, set(), noun if noun is not None else anchor, noun)
    _what(s, r, anchor)
    clause, subject = _clause(s, r, start, end)
    anchors = {r.x, anchor} | {i for i in (r.verb, r.owner) if i is not None}
    rate, when = _when(s, anchors, r.what | clause | value)
    rate |= _rate(s, {anchor, r.x}, value)
    region = set(s.region(anchor))
    what = (r.what - value - when - rate) & region
    clause = (clause - when - rate) & region
    subject &= region
    if not _says_what(s, r, entity.label, what, clause, subject, rate):
        return None  # a lone number: nothing says what it counts
    if spelled and entity.label == "CARDINAL" and not (
            (noun is not None and s.text(noun).lower() in _PEOPLE_NOUNS) or _named(s, what - {noun}, rate)
            or _named(s, clause, rate)):
        return None  # "only three", "two words": a count a reader would not look for
    if r.verb is not None and r.role == "object" and s.tok(r.verb).tag in ("VBG", "VBN") \
            and s.tok(r.verb).dep in ("acl", "advcl", "xcomp") \
            and not any(s.tok(c).dep in ("aux", "auxpass") for c in s.children[r.verb]):
        what, clause = what | clause, set()  # "their ship carrying 550 people": in the article's order
    return Figure(start, end, entity.label, tuple(sorted(what)), tuple(sorted(clause)), tuple(sorted(rate)),
                  tuple(sorted(when)), noun, spelled)


# ---------------------------------------------------------------- words and ranking


def _words(s: _Sentence, indices: Iterable[int], trim: bool = True, lead: bool = True,
           first: bool = True) -> str:
    """The tokens' words in article order, with the article's own spacing between neighbours.

    With ``trim`` a phrase does not begin with a preposition (nor, with ``lead``, an article) or end
    with a preposition or "is". A phrase that does not come ``first`` in a measure lower-cases the
    capital a common word has only because it opens the sentence ("... the police arrested").
    """
    text = s.doc.article.text
    keep = sorted(i for i in indices if not (s.tok(i).pos == "PUNCT" and s.tok(i).text not in ("-", "/", "&", "'")))
    while trim and keep and s.tok(keep[0]).pos in ("DET", "CCONJ", "ADP", "PUNCT", "PART") and \
            s.tok(keep[0]).text.lower() not in ("of", "per") and (lead or s.tok(keep[0]).pos != "DET"):
        keep.pop(0)
    while trim and keep and (s.tok(keep[-1]).pos in ("ADP", "DET", "CCONJ", "PUNCT", "SCONJ") or (
            s.tok(keep[-1]).pos == "AUX" and s.tok(keep[-1]).dep in ("aux", "auxpass"))
            or s.tok(keep[-1]).lemma == "be"):
        keep.pop()
    parts: list[str] = []
    for n, i in enumerate(keep):
        if n:
            parts.append(text[s.tok(i - 1).end : s.tok(i).start] if keep[n - 1] == i - 1 else " ")
        word = s.tok(i).text
        if not n and not first and i == s.lo and s.tok(i).pos != "PROPN" and word != "I":
            word = word[:1].lower() + word[1:]
        parts.append(word)
    return " ".join("".join(parts).split())


def measure_text(s: _Sentence, figure: Figure) -> str:
    """What the figure measures, in the article's words: what it counts, then its clause, then a rate."""
    parts = (_words(s, figure.what), _words(s, figure.clause, lead=not figure.what, first=not figure.what),
             _words(s, figure.rate, trim=False))
    return " ".join(part for part in parts if part)


def _score(s: _Sentence, figure: Figure, ctx: Context, n: int) -> float:
    """What a reader looks for: money and percentages, counts of people, a measure with its verb, early."""
    score = _WEIGHT.get(figure.label, 1.0)
    if figure.noun is not None and s.tok(figure.noun).text.lower() in _PEOPLE_NOUNS:
        score += 1.0
    if figure.spelled:
        score -= 1.0
    # a measure that names what is counted and the clause it is in, not a pronoun's
    rate = set(figure.rate)
    if _named(s, figure.what, rate):
        score += 0.5
    elif not _named(s, figure.clause, rate):
        score -= 1.0  # "£143m — grew": a reader cannot tell what
    if figure.clause:
        score += 0.5
    if any(s.tok(i).pos == "PRON" and s.tok(i).dep in ("nsubj", "dobj", "nsubjpass") for i in figure.clause):
        score -= 0.5  # "she spending", "taking it"
    if figure.when:
        score += 0.25
    index = s.sentence.index
    score += 0.75 * (1.0 - index / max(n, 1))
    if index < len(ctx.centrality):
        score += 0.5 * ctx.centrality[index]
    return score


_PENCE = re.compile(r"^\d[\d,]*(\.\d+)?p$")


def _unlabelled_amounts(doc: Document) -> list[Entity]:
    """Amounts the NER model left out or mislabelled: "£143m." after a missed sentence end, "398p"."""
    found: list[Entity] = []
    tokens = doc.tokens
    for sentence in doc.sentences:
        for i in range(sentence.token_start, sentence.token_end):
            t = tokens[i]
            if t.ent_type in FIGURE_LABELS:
                continue
            money = t.text.lower() in _CURRENCY and i + 1 < sentence.token_end and tokens[i + 1].like_num \
                and tokens[i + 1].ent_type not in FIGURE_LABELS
            if money:
                number = tokens[i + 1]
                found.append(Entity(number.text, "MONEY", number.start, number.end, sentence.index, i + 1, i + 2))
            elif _PENCE.match(t.text):
                found.append(Entity(t.text, "MONEY", t.start, t.end, sentence.index, i, i + 1))
    return found


def analyze_figures(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Key figures, best first: the value as written (with the noun it counts, when that follows it)
    and, in the payload, what it measures and when.

    A value shown twice would read as a repeat, so only its first fullest mention is kept.
    """
    text = doc.article.text
    best: dict[str, tuple[int, float, int, Item]] = {}
    told: set[int] = set()  # tokens of every figure's "what"
    values: dict[str, set[int]] = {}
    parsed: dict[int, _Sentence] = {}
    used: set[int] = set()  # value tokens already read ("one in five" is one figure)
    entities = sorted([*doc.entities, *_unlabelled_amounts(doc)], key=lambda e: e.start)
    for entity in entities:
        if entity.label not in FIGURE_LABELS or entity.token_start in used:
            continue
        sentence = doc.sentences[entity.sentence_index]
        s = parsed.setdefault(sentence.index, _Sentence(doc, sentence))
        if not s.inside(entity.token_start):
            continue
        figure = find_figure(s, entity)
        if figure is None:
            continue
        used |= set(range(figure.value_start, figure.value_end))
        measure = measure_text(s, figure)
        if not measure:
            continue
        last = s.tok(figure.value_end - 1)
        value = text[s.tok(figure.value_start).start : last.end - (last.text[-1:] == "." and len(last.text) > 1)]
        shown = value
        if figure.noun is not None and figure.noun >= figure.value_end and all(
                i in figure.what and s.tok(i).pos not in ("DET", "ADP", "PRON")
                for i in range(figure.value_end, figure.noun + 1)):
            shown = text[s.tok(figure.value_start).start : s.tok(figure.noun).end]  # "10 to 20 nuclear warheads"
        when = _words(s, figure.when, trim=False) if figure.when else None
        start = min(s.tok(i).start for i in figure.tokens)
        end = max(s.tok(i).end for i in figure.tokens)
        item = Item(
            text=shown,
            citations=(cite(sentence, start, end),),
            payload=FigureInfo(value=value, unit=entity.label.lower(), measure=measure, when=when or None),
        )
        key = " ".join(value.lower().split())
        quality = bool(figure.what) + bool(figure.clause)
        told |= set(figure.what)
        if key not in best or quality > best[key][0]:
            best[key] = (quality, _score(s, figure, ctx, len(doc.sentences)), start, item)
            values[key] = set(range(figure.value_start, figure.value_end))
    for key, (quality, score, start, item) in list(best.items()):
        if values[key] <= told:
            best[key] = (quality, score - NESTED_PENALTY, start, item)
    return _diverse(sorted(best.values(), key=lambda f: (-f[1], f[2])))


def _diverse(ranked: list[tuple[int, float, int, Item]]) -> tuple[Item, ...]:
    """Best first, each further figure of a kind already chosen a little lower: a mix of amounts,
    shares and counts rather than eight amounts."""
    chosen: list[Item] = []
    kinds: dict[str, int] = {}
    pending = list(ranked)
    while pending:
        def adjusted(f: tuple[int, float, int, Item]) -> tuple[float, int]:
            return (f[1] - KIND_PENALTY * kinds.get(_kind(f[3]), 0), -f[2])
        pick = max(pending, key=adjusted)
        pending.remove(pick)
        chosen.append(pick[3])
        kinds[_kind(pick[3])] = kinds.get(_kind(pick[3]), 0) + 1
    return tuple(chosen)


def _kind(item: Item) -> str:
    return item.payload.unit if isinstance(item.payload, FigureInfo) else ""
