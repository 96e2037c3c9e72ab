"""Figures whose span or label must not be cut or borrowed (reader Audit 35, session 22).

* A compound measure is one value: "the jockey, who is 5ft 2in" is not "5ft" (:func:`with_compound_measure`).
* A time phrase that tells two counts of one kind apart stays with its count: "8 people had been held prior
  to the match" beside the 27 held after it (:func:`with_time_phrase`).
* A count in the verb after a relative clause ("fared less well than Lantern, which averaged 2.1 million
  viewers ..., and peaked with four million ...") may be the relative clause's noun's: its label would give
  it to the main clause's subject, so it is withheld (:func:`borrowed_subject`).
* A label that repeats its noun ("the flow of the flow") does not parse; a range's top end without its
  bottom end ("between 900 and 1,200") misstates the range; a subject that points back with "these fees"
  names nothing the reader has (:func:`unparsed_label`).
* A label stitched from words that do not stand together ("$659m — commercial fishermen generating", the
  subject of "landed 600m kg ..." joined to the participle "generating $659m" after it; "nearly 5m barrels — of oil
  spewing into the Gulf The Deepwater Horizon explosion sent", the subject and verb put after the object) reads as
  a phrase the article never wrote. Each piece of a label (the pieces a marked gap "…" or a bracketed name sets
  apart) must be a run of the sentence's own words; otherwise the article's own run from the first to the last word
  the figure needs is shown instead, and the figure is withheld when that run is too long to be a line
  (:func:`with_contiguous_label`; Audit 49, 50.2).
* Sentences glued with no full stop (a caption or box run into the text: "... more than 100 people have died Good
  hygiene like using a tissue ... can help") gave "more than 100 people — have died Good hygiene" (Audit 50 #5). A
  capitalised common word straight after a word, with no punctuation between, opens another sentence: the figure's
  words stop there (:func:`within_glued`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from newsbrief.analyze.figure_backrefs import Placed
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import EDGE_POS, LINKING_POS, MAX_PHRASE_TOKENS, ParsedSentence
from newsbrief.analyze.figure_referents import Referent

# the smaller unit of a compound measure: feet and inches, stone and pounds, pounds and ounces
_SMALL_UNIT = frozenset({"in", "ins", "inch", "inches", "lb", "lbs", "oz", "pounds", "ounces"})
_BIG_UNIT = frozenset({"ft", "feet", "foot", "st", "stone", "lb", "lbs", "pounds"})


def with_compound_measure(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the second part of a compound measure it stops before ("5ft" + "2in")."""
    end = figure.value_end
    if not (s.inside(end + 1) and s.text(end - 1).lower() in _BIG_UNIT and s.tok(end).pos == "NUM"
            and s.text(end + 1).lower() in _SMALL_UNIT):
        return figure
    if s.tok(end).start - s.tok(end - 1).end > 1:
        return figure  # "6ft, 2 in the team": not one measure
    return replace(figure, value_end=end + 2)


# a time relation on the figure's verb: "prior to the match", "before kick-off", "ahead of the vote"
_BEFORE_AFTER = frozenset({"before", "after", "following", "during"})
_RELATIVE_TIME = frozenset({"prior", "ahead", "subsequent"})
_MAX_PHRASE = 6  # a short time phrase only; longer ones are clauses of their own


def _time_phrase(s: ParsedSentence, verb: int) -> set[int]:
    for c in s.children[verb]:
        word = s.text(c).lower()
        if (s.tok(c).dep == "prep" and word in _BEFORE_AFTER) or (
                s.tok(c).dep == "advmod" and word in _RELATIVE_TIME
                and any(s.tok(k).dep == "prep" for k in s.children[c])):
            phrase = s.subtree(c, set(), prune=False)
            if len(phrase) <= _MAX_PHRASE and not any(s.tok(i).pos in ("VERB", "AUX") for i in phrase):
                return phrase
    return set()


def with_time_phrase(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the before/after phrase its clause's verb carries, when it has no time of its own."""
    if figure.when or not figure.clause:
        return figure
    verbs = [i for i in figure.clause if s.tok(i).pos == "VERB"]
    if not verbs:
        return figure
    phrase = _time_phrase(s, verbs[0]) - set(figure.tokens)
    return replace(figure, when=tuple(sorted(phrase))) if phrase else figure


def borrowed_subject(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's verb is the second of "X, which ..., and <verb>": the "and" may join the
    relative clause, so the count may be X's, not the main subject's the label would show."""
    verbs = [i for i in figure.clause if s.tok(i).dep == "conj" and s.tok(i).pos == "VERB"]
    for verb in verbs:
        head = s.tok(verb).head
        for r in range(head + 1, verb):
            if s.tok(r).dep == "relcl" and max(s.subtree(r, set(), prune=False)) >= verb - 3:
                return True
    return False


_REPEATED = re.compile(r"\b(\w{3,}) of (?:the |a |an )?\1\b", re.I)
_POINTING = re.compile(r"^(?:these|those|such)\s+(?!years?\b|months?\b|weeks?\b|days?\b)[a-z]", re.I)
# a stats box run into the text ("Caps (Japan): 11 International goals: 1"): the number is the value of the
# label before its colon, and the Title Case words after it are the next label, not what it counts (CNN/DM
# captions glued to the story, session 22)
_BOX_BEFORE = re.compile(r"\w\)?:\s*$")
_BOX_AFTER = re.compile(r"^\s*[A-Z][\w'’]*(?:\s+[\w'’()]+){0,3}:\s")
_RANGE_TOP = re.compile(r"\bbetween\s+[\d.,]+\s+(?:and|to)\s+$", re.I)


def _boxed(s: ParsedSentence, figure: Figure, before: str) -> bool:
    text = s.doc.article.text
    end = s.tok(figure.value_end - 1).end
    return bool(_BOX_BEFORE.search(before)) and bool(_BOX_AFTER.match(text[end : end + 60]))


def unparsed_label(s: ParsedSentence, figure: Figure, measure: str, shown: str) -> bool:
    """True for a label that repeats its noun, a range's top end shown without its bottom end, a
    subject that only points back ("these fees"), or a stats box's value read with the next label."""
    if _REPEATED.search(measure) or _POINTING.search(measure):
        return True
    before = s.doc.article.text[max(s.sentence.start, s.tok(figure.value_start).start - 40):
                                s.tok(figure.value_start).start]
    if _boxed(s, figure, before):
        return True
    found = _RANGE_TOP.search(before)
    return found is not None and found.group(0).split()[1] not in f"{measure} {shown}"


_WORD = re.compile(r"\w+")
_INSERTED = re.compile(r"\[[^\]]*\]")
_TRAILING = re.compile(r"\s*\([^()]*\)\s*$")  # "(Joye said)", "(In 2008)": the line's source or time, said apart


def _plain(text: str) -> str:
    """The words of ``text``, lower-cased, one space apart and padded, so that a run is found by ``in``."""
    return f" {' '.join(_WORD.findall(text.lower()))} "


def stitched(s: ParsedSentence, measure: str) -> bool:
    """True when a piece of ``measure`` is not a run of the sentence's own words (see the module docstring)."""
    sentence = _plain(s.doc.article.text[s.sentence.start : s.sentence.end])
    body = measure
    while (found := _TRAILING.search(body)) is not None and found.start() > 0:
        body = body[: found.start()]
    pieces = [_plain(piece) for piece in _INSERTED.sub(" … ", body).split("…")]
    return any(piece.strip() and piece not in sentence for piece in pieces)


def _edges(s: ParsedSentence, figure: Figure) -> tuple[int, int]:
    """The first and last token of the words the figure needs (its value, what it counts, its clause, its rate),
    without linking words at the run's edges."""
    words = {*range(figure.value_start, figure.value_end), *figure.what, *figure.clause, *figure.rate}
    lo, hi = min(words), max(words)
    while lo < figure.value_start and (s.tok(lo).pos in EDGE_POS or s.tok(lo).tag in ("WDT", "WP")):
        lo += 1  # not "which resulted in ...", not ", generating"
    while lo > s.lo and s.tok(lo - 1).pos == "DET" and lo <= s.head(lo - 1) <= hi:
        lo -= 1  # "the resulting crater", not "resulting crater"
    while hi >= figure.value_end and s.tok(hi).pos in EDGE_POS and not s.stranded(hi) and s.tok(hi).dep != "prt":
        hi -= 1  # a particle ends its verb ("gushing out")
    return lo, hi


def _modifies(s: ParsedSentence, k: int, gap: range, before: range) -> bool:
    """True when token ``k`` hangs, through heads inside the ``gap``, on a noun in ``before``."""
    for _ in range(12):
        if s.head(k) == k:
            return False
        k = s.head(k)
        if k in before:
            return s.tok(k).pos in ("NOUN", "PROPN")  # a noun's modifier, not its verb's complement ("was £203,066")
        if k not in gap:
            return False
    return False


def _left_out(s: ParsedSentence, figure: Figure, lo: int, hi: int) -> range | None:
    """The words the label leaves out, marked, between its subject and the phrase that holds its number, when they
    tell a fact with a number of its own that has its own line: a sister clause ("The blast [killed nine workers and]
    sent nearly 4m barrels ...", "The tower is [310 metres tall and 45 metres wide, but] only 20 metres deep") or the
    subject's own modifier ("A jury [of seven men and five women] heard the case over three weeks"). None for any
    other gap: a clause the number's phrase hangs on ("landed 600m kg ..., generating $659m") is what the number is
    about and is shown."""
    words = sorted(i for i in {*range(figure.value_start, figure.value_end), *figure.what, *figure.clause,
                               *figure.rate} if lo <= i <= hi)
    for a, b in pairwise(words):
        gap = range(a + 1, b)
        if not any(s.tok(k).pos not in LINKING_POS for k in gap):
            continue
        if b > figure.value_start or not any(s.tok(k).like_num for k in gap):
            return None
        i = figure.value_start
        while s.head(i) != i and s.head(i) >= b:
            i = s.head(i)
        # a conjunct of a word in the gap, or a second complement of the subject's verb after an "and"/"but" on it
        # (the parser's reading of "is 310 metres tall ..., but only 20 metres deep")
        # (a conjunct noun shares the verb in the gap: "has 550 calories and 29g of fat" is shown whole)
        predicate = ("VERB", "AUX", "ADJ")
        shared = s.head(i)
        sister = (s.tok(i).dep == "conj" and shared in gap and s.tok(i).pos in predicate) or (
            s.tok(shared).pos in predicate and any(s.tok(k).dep == "cc" and s.head(k) == shared != i for k in gap))
        modifier = all(_modifies(s, k, gap, range(lo, gap.start)) for k in gap if s.tok(k).pos != "PUNCT")
        return gap if sister or modifier else None
    return None


def _spelled(s: ParsedSentence, spans: list[tuple[int, int]], vague: list[int], named: str) -> str:
    """The character ``spans`` of the sentence joined by a marked gap ("… "), with the ``vague`` subject's words
    said by the name it refers to, in brackets ("[Harlan Foods] would … cut 800 jobs")."""
    text = s.doc.article.text
    pieces = []
    for first, last in spans:
        piece = text[first:last]
        if vague and first <= s.tok(vague[0]).start and s.tok(vague[-1]).end <= last:
            piece = f"{text[first : s.tok(vague[0]).start]}[{named}]{text[s.tok(vague[-1]).end : last]}"
        pieces.append(piece)
    return " … ".join(pieces)


def _label_run(s: ParsedSentence, figure: Figure, vague: list[int],
               named: str) -> tuple[str, int, int, tuple[int, int]] | None:
    """The label as the article's own words (see :func:`with_contiguous_label`): its text, character span and
    token bounds; None when it is longer than a line may be or leaves a bracket open."""
    lo, hi = _edges(s, figure)
    gap = _left_out(s, figure, lo, hi)
    shown = hi - lo + 1 - (len(gap) if gap else 0)
    _, first, last = _run_text(s, (lo, hi + 1))
    spans = [(first, last)] if gap is None else [(first, s.tok(gap.start - 1).end), (s.tok(gap.stop).start, last)]
    text = _spelled(s, spans, [i for i in vague if lo <= i <= hi and not (gap and i in gap)], named)
    if shown > MAX_PHRASE_TOKENS or text.count("(") != text.count(")"):
        return None
    return text, first, last, (lo, hi + 1)


def _opening_time(s: ParsedSentence, run: tuple[int, int]) -> tuple[int, ...]:
    """The sentence's opening time phrase ("In 2008,") when it is on a word of the run and the run starts right
    after its comma: the time of the clause the run shows; else ()."""
    lo, hi = run
    if lo - 1 <= s.lo or s.text(lo - 1) != ",":
        return ()
    phrase = range(s.lo, lo - 1)
    roots = [i for i in phrase if s.head(i) not in phrase]
    if len(roots) == 1 and lo <= s.head(roots[0]) < hi and any(i in s.dates for i in phrase):
        return tuple(phrase)
    return ()


def _run_text(s: ParsedSentence, run: tuple[int, int]) -> tuple[str, int, int]:
    """The run's words as the article writes them, with its character span; a full stop the tokenizer left on
    the sentence's last word ("$659m.") is not the line's."""
    first, last = s.tok(run[0]).start, s.tok(run[1] - 1).end
    word = s.tok(run[1] - 1).text
    if run[1] == s.hi and len(word) > 1 and word.endswith("."):
        last -= 1
    return s.doc.article.text[first:last], first, last


def _name(s: ParsedSentence, referent: Referent) -> str:
    """The words that name a vague subject, with the article of a common noun ("the carrier", not "carrier")."""
    first, head = s.doc.tokens[referent.tokens[0]], s.doc.tokens[referent.tokens[-1]]
    if first.i > 0 and head.pos == "NOUN" and s.doc.tokens[first.i - 1].dep == "det" \
            and s.doc.tokens[first.i - 1].head == head.i:
        first = s.doc.tokens[first.i - 1]
    return s.doc.article.text[first.start : head.end]


def _paired_value(s: ParsedSentence, figure: Figure) -> bool:
    """True for the second of two values on one preposition ("for $199 for the 16GB model and $299 for the 32GB
    model"): its line repeats the preposition on purpose ("retails for $299 ...", figure_frames), so it is no stitch."""
    nums = [i for i in range(figure.value_start, figure.value_end) if s.tok(i).like_num]
    return bool(nums) and s.tok(nums[0]).dep == "conj" and s.tok(s.head(nums[0])).dep == "pobj"


def with_contiguous_label(s: ParsedSentence, figure: Figure, placed: Placed | None,
                          vague: set[int]) -> tuple[Figure, Placed | None]:
    """The figure and its placing (measure, shown text, span, referent) as they are when the measure is the article's
    own words in runs; the article's own run around the number as the measure when it was stitched from words apart,
    with its ``vague`` subject named as the placing's referent names it, and the sentence's opening time as the
    figure's when it has none ("In 2008, ..."); None for the placing when that run cannot be shown."""
    if placed is None or not stitched(s, placed[0]) or _paired_value(s, figure):
        return figure, placed
    referent = placed[4]
    named = "" if referent is None else _name(s, referent)
    label = _label_run(s, figure, sorted(vague) if referent is not None else [], named)
    if label is None:
        return figure, None
    text, first, last, run = label
    if not figure.when:
        figure = replace(figure, when=_opening_time(s, run))
    kept = referent if named and f"[{named}]" in text else None
    return figure, (text, placed[1], min(placed[2], first), max(placed[3], last), kept)


def _glued(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` opens a sentence glued to the word before it: a capitalised word that is no name, no
    acronym and no "I", straight after a lower-case word (no punctuation, no line break between). The parser calls
    such a word a name when it modifies a common noun ("Good hygiene"): no entity, a lower-case noun after it for
    its head and a verb before it (the end of the clause before) tell it is none."""
    token, before, head = s.tok(i), s.tok(i - 1), s.tok(s.head(i))
    # "have died Good hygiene", not "overall Watch sales"
    named = token.pos == "PROPN" and not (head.i > i and head.pos == "NOUN" and head.text.islower()
                                          and before.pos == "VERB")
    return token.text[:1].isupper() and not token.text.isupper() and not named and not token.ent_type \
        and before.pos not in ("PUNCT", "SYM") and before.text[:1].isalnum() and not before.text[:1].isupper() \
        and "\n" not in s.doc.article.text[before.end : token.start]


def within_glued(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with its words kept to the glued sentence that holds its value (see the module docstring)."""
    starts = [i for i in range(s.lo + 1, s.hi) if _glued(s, i)]
    if not starts:
        return figure
    lo = max((i for i in starts if i <= figure.value_start), default=s.lo)
    hi = min((i for i in starts if i >= figure.value_end), default=s.hi)

    def inside(part: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(i for i in part if lo <= i < hi)

    noun = figure.noun if figure.noun is None or lo <= figure.noun < hi else None
    return replace(figure, what=inside(figure.what), clause=inside(figure.clause), rate=inside(figure.rate),
                   when=inside(figure.when), noun=noun)


_DASHES = frozenset({"-", "--", "—", "–"})


def without_dash_tail(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure without the words after a lone spaced dash past its value: "More than 1,200 people have contracted
    the virus in Australia - none fatally" is an afterthought with no verb of its own, which the parse hung on the
    figure's verb (Audit 52 A7 showed "... the virus in Australia none"). A pair of dashes is an aside, not a tail."""
    dashes = [i for i in range(figure.value_end, s.hi) if s.tok(i).text in _DASHES and s.tok(i).pos == "PUNCT"
              and s.tok(i).start > s.tok(i - 1).end]  # spaced: "five-bath" is a hyphen
    if len(dashes) != 1:
        return figure
    cut = dashes[0]

    def before(part: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(i for i in part if i < cut)

    return replace(figure, what=before(figure.what), clause=before(figure.clause), rate=before(figure.rate),
                   when=before(figure.when))


def clause_aside(s: ParsedSentence, value: range, words: set[int]) -> range | None:
    """An adverbial clause (with its comma) between the words before the number that none of them needs, when the
    phrase around the number is too long to show whole: "BP's share price has more than halved [since the oil disaster
    began in April,] wiping about $90bn off the value of the company" (Audit 52 #4 lost the $90bn: the run cut at the
    comma left a participle with no subject). A phrase may leave it out, marked, as it leaves out a dash aside."""
    kept = words | set(value)
    lo, hi = min(kept), max(kept)
    if hi - lo + 1 <= MAX_PHRASE_TOKENS:
        return None
    for i in range(lo + 1, value.start):
        if s.tok(i).dep != "advcl" or i in kept or s.head(i) not in kept or not any(
                s.tok(c).dep == "mark" and s.tok(c).pos == "SCONJ" for c in s.children[i]):
            continue  # a "since"/"after"/"when" clause; not a purpose ("to build a 410km pipeline"), which is the news
        first, last = s.tok(i).left, s.tok(i).right  # the whole clause, its dates too ("in April")
        if first > lo and last < value.start and not set(range(first, last + 1)) & kept:
            return range(first, last + 2 if s.text(last + 1) == "," else last + 1)
    return None


# What a coordinated verb brings with it into a list of predicates: its auxiliaries, adverbs and conjunctions.
_PREDICATE_PARTS = frozenset({"aux", "auxpass", "neg", "advmod", "cc", "punct"})
_LIST_VERBS = 6  # the most predicates one list runs to
_LIST_POS = frozenset({"VERB", "AUX", "ADV", "PUNCT", "CCONJ", "PART"})  # the words of a bare list of predicates


def conjoined_verbs(s: ParsedSentence, verb: int) -> list[int]:
    """The verbs coordinated with ``verb`` that have no subject of their own: "has already evaporated, dispersed, been
    captured or otherwise eliminated" (the parse hangs each on the one before it)."""
    out: list[int] = []
    todo = [verb]
    while todo and len(out) < _LIST_VERBS:
        for c in s.children[todo.pop()]:
            if s.tok(c).dep == "conj" and s.tok(c).pos in ("VERB", "AUX") and not any(
                    s.tok(k).dep in ("nsubj", "nsubjpass") for k in s.children[c]):
                out.append(c)
                todo.append(c)
    return sorted(out)


def with_predicate_list(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure whose subject's verb heads a list of bare predicates with the whole list: "About three-quarters of the
    escaped oil has already evaporated, dispersed, been captured or otherwise eliminated", not "... has already
    evaporated" (Audit 51 A2: a share of four fates given as one). Only a list of verbs alone (no objects), so the line
    stays the article's run."""
    verb = next((s.head(i) for i in (*range(figure.value_start, figure.value_end), *figure.what)
                 if s.tok(i).dep in ("nsubj", "nsubjpass")), None)
    if verb is None or verb not in figure.clause:
        return figure
    verbs = conjoined_verbs(s, verb)
    if not verbs or any(s.tok(k).pos not in _LIST_POS for k in range(verb + 1, max(verbs) + 1)):
        return figure  # "were left homeless by the quake, which ... has killed": no bare list of verbs
    added = {k for v in verbs for k in (v, *s.children[v]) if k == v or (s.tok(k).dep in _PREDICATE_PARTS and k < v)}
    added |= {k for k in range(verb + 1, max(verbs)) if s.tok(k).pos in ("PUNCT", "CCONJ")}
    return replace(figure, clause=tuple(sorted(set(figure.clause) | added)))
