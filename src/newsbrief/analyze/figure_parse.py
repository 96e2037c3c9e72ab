"""The parse of a sentence, walked to read what a figure measures (by :mod:`newsbrief.analyze.figures`).

:class:`ParsedSentence` holds a sentence's tokens with their children, its time expressions and where the parser
missed a sentence end or a dated list's entry starts; its methods take a measure's phrases (noun phrase, verb, subject).
"""

from __future__ import annotations

import re

from newsbrief.analyze.doc_index import entities_of
from newsbrief.models import Document, Entity, Sentence, Token
from newsbrief.nlp.clock_stamps import clock_stamps
from newsbrief.nlp.dates import parse_published

MAX_SUBJECT_TOKENS = 6  # the subject phrase of the clause around a number

_OLD = re.compile(r"\bold\b|-(day|week|month|year|hour|minute)s?\b", re.I)
# Written straight after the number: "£31.4m", "$2bn", "398p", "5k".
UNIT_SUFFIXES = frozenset({"m", "bn", "mn", "k", "p", "tn", "trn", "million", "billion", "trillion", "pc"})
PRONOUNS = frozenset("i you he she it we they this that these those who which what one someone".split())
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_COUNTING = frozenset("many most some all several few half both none".split())
_BACK_PRONOUNS = frozenset({"them", "whom", "those", "these"})
_PRUNE_DEPS = frozenset({"advcl", "appos", "parataxis", "cc", "conj", "mark", "dep", "meta", "ccomp", "punct",
                         "preconj", "intj", "csubj", "expl"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "case", "nummod", "quantmod", "advmod",
                        "npadvmod", "predet"})
_RIGHT_DEPS = frozenset({"prep", "acl", "relcl", "amod", "npadvmod", "case", "compound", "nummod"})
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_PARTICLES = frozenset({"away", "back", "down", "off", "out", "up"})
_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "agent", "xcomp", "prep", "prt"})
# A place's noun phrase cannot be cut ("in the country's fourth largest state" without its left words reads
# as nothing), so "in"/"at" may run this many tokens over the clause budget rather than leave the count with
# no place (the lead's Newsroom row 0: "1.6 million people — turned out"; tuned on that row and the session
# 17c cases, eval reader figures unchanged).
_WHERE = frozenset({"in", "at"})
_PLACE_SLACK = 2


def page_stamps(doc: Document) -> frozenset[int]:
    """Offsets of a live page's entry stamps (reader Audit 17: "1515" opened a figure, "(1334)" dated one)."""
    return clock_stamps(doc.article.text, parse_published(doc.article.source.date))


# A year and a spaced dash (Audit 29: "80% of crops 2004"), or any date and a spaced dash or colon before a capital
# (Audit 43: "kills 11 men April 21 - 22 - The BOP fails"), open a dated list's entry run on in one line
_YEAR, _ENTRY_DASH, _ENTRY_HEAD = (re.compile(r"(?:1[89]|20)\d\d"), re.compile(r"[ \t]+[-\u2013\u2014][ \t]"),
                                   re.compile(r"[ \t]+[-\u2013\u2014:][ \t]+[A-Z]"))


def _dated_lines(doc: Document, entities: list[Entity], lo: int) -> list[int]:
    """The first token of every line (or run-together dated entry) inside the sentence that starts with a date."""
    text = doc.article.text
    out = []
    for e in entities:
        j = e.token_start - 1
        while j > lo and doc.tokens[j].text.isspace():
            j -= 1  # a line-break token before the date
        entry = (_YEAR.fullmatch(e.text) and _ENTRY_DASH.match(text, e.end)) or _ENTRY_HEAD.match(text, e.end)
        if e.label == "DATE" and j >= lo and (entry or "\n" in text[doc.tokens[j].end : e.start]):
            out.append(e.token_start)
    return out


class ParsedSentence:
    """A sentence's tokens with their children, for walking the parse."""

    def __init__(self, doc: Document, sentence: Sentence) -> None:
        self.doc = doc
        self.sentence = sentence
        self.tokens = doc.tokens
        self.lo, self.hi = sentence.token_start, sentence.token_end
        if self.lo < self.hi and doc.tokens[self.lo].start in page_stamps(doc):
            self.lo += 1  # a live page's entry stamp ("1515 US President ...") is the page's clock, no figure or time
        self.children: dict[int, list[int]] = {i: [] for i in range(self.lo, self.hi)}
        for t in doc.tokens[self.lo : self.hi]:
            if t.head != t.i and self.lo <= t.head < self.hi:
                self.children[t.head].append(t.i)
        self.entities = [e for e in entities_of(doc, sentence) if e.token_start >= self.lo]
        # where the parser missed a sentence end ("... of £56m. The club's debt ..."): a measure stays on its side
        self.cuts = [t.i + 1 for t in doc.tokens[self.lo : self.hi - 1]
                     if len(t.text) > 1 and t.text.endswith(".") and t.text[:-1].lower().rstrip(".") in UNIT_SUFFIXES
                     and doc.tokens[t.i + 1].text[:1].isupper()]
        # a list of dated lines the parser read as one sentence ("20 April\nBlast kills 11 people\n28 April\n
        # Coastguard fears ..."): each entry is its own part, so a count never takes the next line's date or
        # words (reader Audit 21: "11 people (28 April)" for a toll of 20 April)
        self.line_cuts = _dated_lines(doc, self.entities, self.lo)
        self.cuts = sorted(self.cuts + self.line_cuts)
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
        """Token ``i`` of the document."""
        return self.tokens[i]

    def head(self, i: int) -> int:
        """The head of token ``i``, or ``i`` itself when the head lies outside the sentence."""
        h = self.tokens[i].head
        return h if self.lo <= h < self.hi else i

    def inside(self, i: int) -> bool:
        """True when token ``i`` belongs to the sentence."""
        return self.lo <= i < self.hi

    def text(self, i: int) -> str:
        """The text of token ``i``, or "" outside the sentence."""
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
            if prune and self.tokens[c].dep in _PRUNE_DEPS and self.tokens[c].tag != "HYPH" and not self.paired(i, c):
                continue
            out |= self.subtree(c, exclude, prune)
        # a preposition left without its object says nothing; a stranded one never had one ("unaccounted for")
        return {j for j in out if not (self.tokens[j].dep == "prep" and not any(k in out for k in self.children[j])
                                       and not self.stranded(j))}

    def paired(self, i: int, c: int) -> bool:
        """True for "and Y" of "between X and Y" (cut: "between Holyhead") and a word hyphened on ``i`` ("90-plus")."""
        t, w = self.tokens, c - 1  # "90-plus" parsed "90 - plus" with a cc showed "90- yards" (the lead's Newsroom 41)
        return (t[c].dep in ("cc", "conj") and t[i].dep == "pobj" and t[self.head(i)].text.lower() == "between") \
            or (w == i + 1 and t[w].text == "-" and t[i].end == t[w].start and t[w].end == t[c].start)

    def dangling_end(self, i: int) -> bool:
        """True for a word a phrase does not end on: a preposition (not a stranded one), an article, a
        conjunction, "which", an auxiliary or "is". A verb's particle ends it well: "people turn *out*"."""
        token = self.tokens[i]
        return (token.pos in ("ADP", "DET", "CCONJ", "PUNCT", "SCONJ") and not self.stranded(i)
                and token.dep != "prt") \
            or token.tag in ("WDT", "WP") or (token.pos == "AUX" and token.dep in ("aux", "auxpass")) \
            or token.lemma == "be"

    def stranded(self, i: int) -> bool:
        """True for a preposition that ends its predicate with no object of its own: "remain unaccounted
        *for*", "was paid *for*" (reader Audit 17: "188 staff members remain unaccounted" cut it)."""
        token = self.tokens[i]
        return token.pos == "ADP" and token.dep == "prep" and not self.children[i] \
            and self.tokens[self.head(i)].pos in ("ADJ", "VERB") and self.head(i) < i

    def counted(self, i: int) -> bool:
        """True when token ``i`` or one of its left dependents is a number ("800 meters")."""
        return any(self.tokens[j].like_num or self.tokens[j].ent_type in _NUMBER_LABELS
                   for j in (i, *[c for c in self.children[i] if c < i]))

    def coordinated(self, head: int, exclude: set[int]) -> set[int]:
        """The nouns coordinated with ``head`` that count nothing of their own, with their "and"/"or".

        "16 men and women" counts men and women; "355 horsepower and 414 lb-ft" are two figures,
        so a conjunct holding a number is not part of the first one's noun.
        """
        out: set[int] = set()
        for c in self.children[head]:
            t = self.tokens[c]
            # a noun with its own article or owner, or a name, is a phrase of its own: "5.1 sound and the
            # controller", "$199 retail, and USB ones"
            if c > head and c not in exclude and t.dep == "conj" and t.pos == "NOUN" and not self.counted(c) \
                    and t.tag == self.tokens[head].tag and not t.ent_type \
                    and not any(self.tokens[k].dep in ("det", "poss") for k in self.children[c]):
                out |= {c} | {k for k in self.children[c] if k < c and self.tokens[k].dep in _LEFT_DEPS}
                out |= {k for k in self.children[head] if head < k < c and self.tokens[k].dep == "cc"}
        return out

    def phrase(self, head: int, exclude: set[int], budget: int) -> set[int]:
        """A noun phrase: the head, its left modifiers, the nouns coordinated with it, and right
        modifiers while they fit ``budget``.

        A right modifier after a coordinated figure is left out: in "355 horsepower and 414 lb-ft
        of torque" (and "1,000 lights and 800 meters of rope made of plastic") the parser may hang
        "of torque" on the first noun, but the nearer conjunct is what it describes.
        """
        out = {head} | self.coordinated(head, exclude)
        for c in self.children[head]:
            if c < head and c not in exclude and c not in self.dates and self.tokens[c].dep in _LEFT_DEPS:
                out |= self.subtree(c, exclude)
        counted_sister = min((c for c in self.children[head] if c > head and self.tokens[c].dep == "conj"
                              and self.counted(c)), default=self.hi)
        for c in sorted(self.children[head]):
            if c < head or c in exclude or c in self.dates or self.tokens[c].dep not in _RIGHT_DEPS:
                continue
            if c > counted_sister:
                break
            if self.tokens[c].text.lower() in _EXAMPLES:
                continue  # "Five activists - including two from Amnesty - were released": examples, not the count
            part = self.subtree(c, exclude)
            if len(out) + len(part) > budget:
                break
            out |= part
        return out

    def verb_group(self, verb: int) -> set[int]:
        """The verb with its auxiliaries, negation and particle ("could produce", "were not killed"); a coordinated
        verb with no subject of its own shares the first verb's: "could infect ... and kill", not "and X said"."""
        out = {verb} | {c for c in self.children[verb] if self.tokens[c].dep in ("aux", "auxpass", "neg", "prt")}
        # a particle the parser hangs as an adverb ("had been turned away", "was sent back") is part of the
        # verb: without it the verb says another thing (reader Audit 18: "... had been turned")
        out |= {c for c in self.children[verb] if c == verb + 1 and self.tokens[c].dep == "advmod"
                and self.tokens[c].text.lower() in _PARTICLES}
        first = self.head(verb)
        if self.tokens[verb].dep == "conj" and len(out) == 1 and first != verb and not any(
                self.tokens[c].dep in ("nsubj", "nsubjpass") for c in self.children[verb]):
            out |= {c for c in self.children[first] if self.tokens[c].dep in ("aux", "neg") and c < first}
        if self.tokens[verb].dep == "xcomp" and self.tokens[first].dep == "acomp" and first != verb:
            out |= {first} | self.verb_group(self.head(first))  # "will be able to go", not "to go"
        return out

    def described(self, verb: int, exclude: set[int]) -> set[int]:
        """The noun a relative or participle clause describes, without the clause ("in town and voters making up")."""
        near = verb - 1 if self.tokens[verb].tag == "VBG" and verb > self.lo else None
        noun = near if near is not None and self.tokens[near].dep == "conj" and self.tokens[near].pos == "NOUN" \
            else self.head(verb)
        return self.phrase(noun, exclude | self.subtree(verb, set(), prune=False), MAX_SUBJECT_TOKENS)

    def subject(self, verb: int, exclude: set[int]) -> set[int]:
        """The subject phrase of ``verb``, through relative clauses, participles, xcomp and coordinated verbs."""
        for _ in range(4):
            if self._dummy_it(verb):
                verb = self.head(verb)  # "the governor has found it difficult to climb": the governor climbs
                continue
            for c in self.children[verb]:
                t = self.tokens[c]
                if t.dep in ("nsubj", "nsubjpass") and c not in exclude and not self._count_aside(c, verb):
                    if t.text.lower() in _RELATIVES and self.tokens[verb].dep == "relcl":
                        return self.described(verb, exclude)  # "the hat that sold"
                    return self.phrase(c, exclude, MAX_SUBJECT_TOKENS)
                if t.dep == "csubj" and c not in exclude:  # "cleaning the Gulf would take 6.1 billion years"
                    part = self.subtree(c, exclude)
                    if len(part) <= MAX_SUBJECT_TOKENS and max(part) - min(part) + 1 == len(part):
                        return part
            dep = self.tokens[verb].dep
            if dep in ("relcl", "acl") and self.head(verb) != verb:
                return self.described(verb, exclude)  # "a hat worn by Leigh"
            # "the wagon will be able to go": "go" hangs from "able", an adjective of "be"
            if dep not in ("xcomp", "conj", "advcl", "acomp") or self.head(verb) == verb:
                break
            verb = self.head(verb)
        return set()

    def _dummy_it(self, verb: int) -> bool:
        """True for the adjective of "found/made it difficult to ...": its "it" stands for the infinitive, so the
        one who acts is the subject of "found" (the lead's Newsroom row 0 read "[former governor] difficult")."""
        token = self.tokens[verb]
        return token.pos == "ADJ" and token.dep in ("ccomp", "oprd", "xcomp") and self.head(verb) != verb \
            and any(self.tokens[c].dep == "nsubj" and self.tokens[c].text.lower() == "it" for c in self.children[verb])

    def _count_aside(self, c: int, verb: int) -> bool:
        """A count set off by a comma that describes the people just counted ("40,000 people, many of
        them herders who ..., the U.N. agency said"), with the verb's real subject after it: Audit 13
        printed "(many said)". The speaker stage has the same rule (nlp/speaker_kinds.counted_aside)
        over its own parse view."""
        if self.text(c).lower() not in _COUNTING or c <= self.lo or self.text(c - 1) != ",":
            return False
        back = any(self.text(k) == "of" and any(self.text(g).lower() in _BACK_PRONOUNS for g in self.children[k])
                   for k in self.children[c])
        later = any(self.tokens[k].dep == "nsubj" and k > c for k in self.children[verb])
        return (back or any(self.tokens[k].dep == "appos" for k in self.children[c])) and later

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
            if len(out) + len(part) > budget and self.tokens[c].dep == "prep":
                # "are killed on the roads in the UK": the preposition and its noun phrase, cut to fit,
                # rather than nothing ("are killed" alone reads as another count)
                objects = [o for o in self.children[c] if self.tokens[o].dep == "pobj" and o not in exclude]
                if objects:
                    part = {c} | self.phrase(objects[0], exclude, budget - len(out) - 1)
            whole = not self.subtree(c, set()) & exclude  # "at level [two]" with its number cut is no place
            if len(out) + len(part) > budget + (_PLACE_SLACK if self.text(c).lower() in _WHERE and whole else 0):
                break
            out |= part
        return out | linked_cause(self, out, exclude)


# Words a phrase may carry between the words that say what a number counts without saying more:
# "could qualify [for] up to €300 million [in] grants". Any other word left out, or a clause that
# stands before the number, turned the gloss into a reordering no reader can follow (the demo brief:
# "about €150 million — wasted wind power year of delay costs the region").
LINKING_POS = frozenset({"DET", "ADP", "CCONJ", "PART", "PUNCT", "AUX", "SCONJ"})
EDGE_POS = frozenset({"ADP", "CCONJ", "PART", "PUNCT", "SCONJ", "AUX"})  # words a phrase does not end on
# Prepositions that start a list of examples of a counted noun ("including two from Amnesty").
_EXAMPLES = frozenset({"including", "among", "like", "such"})
MAX_PHRASE_TOKENS = 22  # a phrase longer than this is most of a sentence: only the run around the number


def article_phrase(s: ParsedSentence, value: range, words: set[int],
                   free: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The token range [start, end) that shows a number with ``words`` (what it counts, its clause)
    in the article's own order, when a gloss of those words would not: some stand before the number,
    or words other than linking ones fall between them. None when the gloss already reads in order.
    A long span is cut to the run around the number that holds only those words and linking words.
    ``free`` tokens (an aside the caller leaves out, see :func:`dash_aside`) count as no words at all."""
    kept = (words | set(value)) - free
    lo, hi = min(kept), max(kept)
    skipped = [i for i in range(lo, hi + 1) if i not in kept | free and s.tok(i).pos not in LINKING_POS]
    if not skipped and min(words, default=value.start) >= value.start:
        return None
    limit = MAX_PHRASE_TOKENS + sum(s.paired(s.head(i), i) for i in kept)  # "and Klaipeda" of "between" is no more
    if hi - lo + 1 - len(free) > limit:
        lo, hi = _run(s, value, kept, lo, hi, free)
    while lo < value.start and (s.tok(lo).pos in EDGE_POS or s.tok(lo).tag in ("WDT", "WP")) and not (
            s.tok(lo).dep == "prep" and any(c in kept and c < value.start for c in s.children[lo])):
        lo += 1  # not "which puts ...", not "at $38 billion"; "Before the ban, 90% ..." keeps "Before" (Audit 46)
    while lo > s.lo and s.tok(lo - 1).pos == "DET" and s.head(lo - 1) in kept:
        lo -= 1  # "every year of delay", not "year of delay"
    while hi >= value.stop and s.tok(hi).pos in EDGE_POS and not s.stranded(hi) and s.tok(hi).dep != "prt":
        hi -= 1  # a particle ends its verb ("had 8,100 voters turn out"), not an edge
    others = [i for i in range(lo, hi + 1) if s.tok(i).like_num and i not in kept | free and not _day(s, i)
              and not hyphened(s, i)]
    if any(i < value.start for i in others):
        # a number before it: what it counts often stands before that one too ("30 cases ..., including
        # nine in Leeds, four in Hull and six in York"), so cutting there would lose it; the gloss says it
        return None
    if others:  # a number after it: stop short of that one's phrase ("80,000 acres with only 10% containment")
        hi = _short_of(s, value, others, hi)
        if not any(i in words for i in range(lo, hi + 1) if i not in value):
            return None  # nothing of what the number counts is left on its side
    return (lo, hi + 1) if hi - lo + 1 - len(free & set(range(lo, hi + 1))) <= limit else None


_DASHES = frozenset({"-", "--", "—", "–"})


def dash_aside(s: ParsedSentence, value: range, words: set[int]) -> range | None:
    """The first aside between two dashes after the number ("- including two from Amnesty -"), the last
    one before it, or a bracket just after it, when words the figure needs stand after it ("were released Friday"): a
    phrase may leave it out."""
    dashes = [i for i in range(value.stop, s.hi) if s.tok(i).text in _DASHES and s.tok(i).pos == "PUNCT"
              and (s.tok(i).text != "-" or s.tok(i).start > s.tok(i - 1).end)]  # "five-bath": a hyphen (session 19)
    if len(dashes) >= 2 and dashes[1] - dashes[0] >= 2 and any(i > dashes[1] for i in words):
        return range(dashes[0], dashes[1] + 1)
    # before it, when the subject stands before it ("Missouri -- even making ... -- had 232,000 people": session 18)
    before = [i for i in range(s.lo, value.start) if s.tok(i).text in _DASHES and s.tok(i).pos == "PUNCT"
              and s.tok(i).start > s.tok(i - 1).end][-2:]  # spaced: no hyphen ("one-bedroom, one-bath")
    if len(before) == 2 and before[1] - before[0] >= 2 and any(i < before[0] for i in words):
        return range(before[0], before[1] + 1)
    # a bracket after the number's noun or "of" phrase ("8,000 barrels (336,000 gallons) leak"): left out (Audit 14)
    opening = next((i for i in range(value.stop, s.hi) if s.text(i) == "(" and (  # "of oil (", "on $2 (£1.20) a day"
        i < value.stop + 3 or {*range(value.stop, i)} <= words)), None)
    closing = None if opening is None else next((i for i in range(opening + 2, s.hi) if s.text(i) == ")"), None)
    if opening is None or closing is None or not any(i > closing for i in words):
        return None
    return range(opening, closing + 1)


def _short_of(s: ParsedSentence, value: range, later: list[int], hi: int) -> int:
    """``hi`` moved back before the phrase of each ``later`` number (the noun it counts with that noun's
    words, or only the number's own words when the value stands inside that noun's phrase), then back
    over linking words left at the edge."""
    for j in later:
        noun = s.head(j) if s.tok(j).dep == "nummod" else j
        span = s.subtree(noun, set(), prune=False)
        if any(i in span for i in value):
            span = s.subtree(j, set(), prune=False)
        hi = min(hi, min(span) - 1)
    hi = max(hi, value.stop - 1)
    while hi >= value.stop and (s.tok(hi).pos in EDGE_POS or s.tok(hi).pos == "DET") and not s.stranded(hi):
        hi -= 1  # nor a determiner whose noun was cut ("listed in a")
    return hi


def _run(s: ParsedSentence, value: range, kept: set[int], lo: int, hi: int,
         free: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The words around the number out to its farthest kept words on each side that gaps of at most
    :data:`MAX_GAP` other words leave in reach ("combined spending on nuclear forces at $38 billion"),
    stopping at a comma, bracket or relative pronoun (a phrase boundary) and within
    :data:`MAX_PHRASE_TOKENS` in all."""
    first, last = value.start, value.stop - 1
    for step in (-1, 1):
        i, gap = (first - 1, 0) if step < 0 else (last + 1, 0)
        while lo <= i <= hi and max(last, i) - min(first, i) + 1 - len(free) <= MAX_PHRASE_TOKENS:
            token = s.tok(i)
            if i in free:
                i += step
                continue
            if token.text in _BOUNDARIES or token.tag in ("WDT", "WP"):
                break
            if i in kept:
                first, last, gap = min(first, i), max(last, i), 0
            elif token.pos not in LINKING_POS:
                gap += 1
                if gap > MAX_GAP:
                    break
            i += step
    return first, last


MAX_GAP = 3  # words other than kept and linking ones a run may cross to reach more of the number's words
_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "—", "–"})


def own_verb_after(s: ParsedSentence, noun: int) -> int | None:
    """The verb a coordinated noun is the subject of when the parser hung the noun on the object before
    it: in "shipped by the two ports and 12.5 m cubic metres of water were pumped" the metres are read as
    a second agent (or its apposition) and "were pumped" is left without a subject (reader Audit 12:
    "12.5 m cubic metres — of water a total stored"). The subjectless coordinated verb right after the
    noun's phrase, or None."""
    if s.tok(noun).dep not in ("conj", "appos") or s.tok(s.head(noun)).pos in ("VERB", "AUX"):
        return None
    i = max(s.subtree(noun, set(), prune=False)) + 1
    while s.inside(i) and s.tok(i).dep in ("aux", "auxpass", "neg", "advmod"):
        i += 1
    if not s.inside(i) or s.tok(i).pos != "VERB" or s.tok(i).dep != "conj" \
            or any(s.tok(c).dep in ("nsubj", "nsubjpass", "expl") for c in s.children[i]):
        return None
    return i


def as_of(s: ParsedSentence, start: int, end: int) -> set[int] | None:
    """The tokens of "as of 3 July" when the date ``start``:``end`` is the object of "as of" (the day's
    numeral may stand apart from the month the tagger took for the date); None otherwise."""
    of = s.head(s.root(start, end))
    day = start - 1 if s.inside(start - 1) and s.tok(start - 1).like_num else start
    if s.text(of).lower() != "of" or of != day - 1 or s.text(of - 1).lower() != "as":
        return None
    return set(range(of - 1, end))


def hyphened(s: ParsedSentence, i: int) -> bool:
    """True for the number of a hyphenated describing compound ("a 193-page report"): a word of the noun
    phrase, not a figure whose phrase another figure's must stop short of (reader Audit 17: "Eight main
    causes were listed in a" lost the report, and the report its number)."""
    return s.inside(i + 2) and s.tok(i + 1).tag == "HYPH" and s.head(i) == i + 2 \
        and s.tok(i + 2).dep in ("compound", "amod", "nmod")


def _day(s: ParsedSentence, i: int) -> bool:
    """True for a numeral that is part of a date ("on 16 June"), not another figure of the sentence."""
    return i in s.date_tokens or (s.head(i) in s.date_tokens and s.tok(i).dep == "nummod")


def prep_phrase(s: ParsedSentence, prep: int, exclude: set[int]) -> set[int]:
    """The verb's prepositional phrase of at most 6 tokens: whole, or its noun phrase without what
    hangs after it ("to put $20bn into a special fund [for ...]"); none when even that is longer."""
    if len(part := s.subtree(prep, exclude)) <= 6:
        return part
    objects = [c for c in s.children[prep] if s.tok(c).dep == "pobj" and c not in exclude]
    part = {prep} | s.phrase(objects[0], exclude, 5) if objects else set()
    return part | linked_cause(s, part, exclude) if len(part) <= 8 else set()  # "into a special clean-up fund"


# Nouns that only link a clause to its cause or occasion: "have died as a result [of protests in Yemen]",
# "in the wake [of the storm]". Cut after the noun, a toll loses the event and the place it belongs to and
# reads as the article's own (reader Audit 20: a Yemeni toll read as Libya's on a Libyan live page).
_LINK_NOUNS = frozenset({"result", "wake", "aftermath", "consequence", "course", "midst"})
_LINKED_BUDGET = 5  # "of protests in Yemen", "of the fighting in Sulaimaniya": the event and its place


def linked_cause(s: ParsedSentence, part: set[int], exclude: set[int]) -> set[int]:
    """The "of" phrase of a linking noun that ``part`` ends on but cut away ("as a result [of X]"), else none."""
    for i in sorted(part):
        if s.tok(i).lemma.lower() not in _LINK_NOUNS or s.tok(i).dep != "pobj":
            continue
        for of in s.children[i]:
            if s.text(of).lower() != "of" or of in part or of in exclude:
                continue
            objects = [c for c in s.children[of] if s.tok(c).dep == "pobj" and c not in exclude]
            if objects:
                return {of} | s.phrase(objects[0], exclude, _LINKED_BUDGET)
    return set()
