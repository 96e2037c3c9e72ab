"""A figure's line and the "where" clause near it: kept whole, or ended before it (task figures, session 34).

A "where" clause names the place its own clause happened in by pointing back to a noun ("a refinery in Texas City,
Texas, where 15 workers died"). A figure's line read the clause in two ways, both wrong for a reader:

* **The number inside the clause.** The line took the clause's words without "where" and the place it points to:
  "15 workers — workers died", "several thousand local men — local men had gathered". Nothing says where, so a
  reader cannot place the count. :func:`with_where_host` keeps the clause whole: the line starts on the place
  ("Texas City, Texas, where 15 workers died after a fuel tower was powered up").
* **The clause on the number's words.** "Troops killed 30 rebels in Misrata, where fighting has raged for weeks":
  a "where"/"when"/"whose" clause with a subject of its own tells another fact, and the line was withheld for
  it (``figure_terms.other_relative``), losing the count. :func:`without_other_relative` ends the line before the
  clause instead ("Troops killed 30 rebels in Misrata"). A relative clause with a number of its own is ended
  before too: "up to 14 hurricanes, of which between three to seven" cut "will be major" (Audit 51 #5).

Grammar only, over the spaCy parse the figure modules walk (:class:`ParsedSentence`): the relative clause is a
``relcl`` verb with a "where" dependent; its place is the noun it hangs on, as that noun is written (its own
modifiers, an apposition's head: "Texas City, Texas").
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# Relative words opening a clause with a subject and a quantity of its own (shared with figure_terms).
OTHER_RELATIVES = frozenset({"where", "when", "whose"})
# The longest place a line may start on, in words: "a refinery in Texas City, Texas" (7) reads as a place; a
# longer noun phrase is a sentence of its own and the line would bury its number (checked on the t17 and FNC-1
# sentences whose figure stands in a "where" clause, session 34).
MAX_PLACE_TOKENS = 8
_PLACE_POS = frozenset({"NOUN", "PROPN"})


def _where_verb(s: ParsedSentence, figure: Figure) -> int | None:
    """The "where" clause's verb the figure's value stands in, or None: the value's head chain reaches a ``relcl``
    verb with a "where" dependent before it reaches anything else a clause hangs on."""
    i = figure.value_start
    for _ in range(8):
        head = s.head(i)
        if head == i:
            return None
        i = head
        if s.tok(i).dep == "relcl":
            opener = [c for c in s.children[i] if c < i and s.text(c).lower() == "where"]
            return i if opener and s.tok(i).pos in ("VERB", "AUX") else None
        if s.tok(i).dep == "conj" and s.tok(s.head(i)).dep == "relcl":
            continue  # "where 32 boats were sunk and 200 homes were flooded": the second verb shares the clause
        if s.tok(i).dep in ("ccomp", "advcl", "xcomp", "ROOT", "conj"):
            return None
    return None


def _place(s: ParsedSentence, verb: int) -> list[int] | None:
    """The tokens of the place a "where" clause points to, as written before "where" ("Texas City, Texas",
    "Saqba", "a school in Carrefour"), or None when it is no noun or too long to lead a line."""
    noun = s.head(verb)
    if noun == verb or s.tok(noun).pos not in _PLACE_POS or not s.inside(noun):
        return None
    if s.tok(noun).dep == "appos" and s.tok(s.head(noun)).pos in _PLACE_POS:
        noun = s.head(noun)  # "Texas City, Texas, where": the place is the name the apposition restates
    end = min(s.subtree(verb, set(), prune=False))
    run = _run_before(s, noun, end)
    prep = s.head(noun)
    if s.tok(noun).dep == "pobj" and s.tok(s.head(prep)).pos == "NOUN" and s.tok(prep).dep == "prep":
        # "a refinery in Texas City": the noun the place belongs to says what stood there
        wider = _run_before(s, s.head(prep), end)
        if noun in wider and _words(s, wider) <= MAX_PLACE_TOKENS:
            run = wider
    if not run or noun not in run or _words(s, run) > MAX_PLACE_TOKENS:
        return None
    return run


def _run_before(s: ParsedSentence, noun: int, end: int) -> list[int]:
    """The unbroken run of ``noun``'s phrase that ends right before ``end`` (a comma may sit between), with no
    preposition, comma or conjunction opening it."""
    words = sorted(j for j in s.subtree(noun, set(), prune=False) if j < end)
    run: list[int] = []
    for j in reversed(words):
        if run and j != run[0] - 1:
            break
        run.insert(0, j)
    while run and (s.tok(run[0]).pos in ("ADP", "PUNCT", "CCONJ") or s.tok(run[0]).dep == "cc"):
        run.pop(0)
    return run


def _words(s: ParsedSentence, run: list[int]) -> int:
    return sum(1 for j in run if s.tok(j).pos != "PUNCT")


def with_where_host(s: ParsedSentence, figure: Figure) -> Figure:
    """A figure in a "where" clause with the place the clause points to leading its line ("Texas City, Texas,
    where 15 workers died"), the clause kept whole up to its number's line; every other figure as it is."""
    verb = _where_verb(s, figure)
    if verb is None:
        return figure
    words = set(figure.what) | set(figure.clause)
    place = _place(s, verb)
    if place is None or set(place) <= words or _unclear(s, verb, place, figure.value_end):
        return figure
    # the words between the place and the line: the comma and "where", the subject's words the line skipped
    first = min(words | set(range(figure.value_start, figure.value_end)))
    between = {j for j in range(place[-1] + 1, first) if j in s.subtree(verb, set(), prune=False)
               or s.tok(j).pos == "PUNCT"}
    return replace(figure, clause=tuple(sorted(set(figure.clause) | set(place) | between)))


def _unclear(s: ParsedSentence, verb: int, place: list[int], end: int) -> bool:
    """True when the place would not make the line clear: the clause's subject is a pronoun ("where it left a
    crater 12 metres wide": what left it?), the place holds a number of its own ("a city of 1.2 million people"),
    or a capitalised word that is no name opens a sentence glued on between the place and the number ("the hotel
    where the man stayed About 300 people at a hotel have been placed": a headline run into the text)."""
    verbs = [verb, *(c for c in s.children[verb] if s.tok(c).dep == "conj")]
    if any(s.tok(c).dep in ("nsubj", "nsubjpass", "expl") and s.tok(c).pos == "PRON"
           for v in verbs for c in s.children[v]):
        return True
    if any(s.tok(j).like_num for j in place):
        return True
    return any(s.text(j)[:1].isupper() and s.tok(j).pos != "PROPN" and s.text(j) != "I"
               and s.tok(j - 1).pos != "PUNCT" for j in range(place[-1] + 1, end))


def _own_fact(s: ParsedSentence, verb: int, opener: int) -> bool:
    """True for a "where"/"when"/"whose" clause with a named subject of its own: it tells another fact."""
    return s.text(opener).lower() in OTHER_RELATIVES \
        and any(s.tok(c).dep in ("nsubj", "nsubjpass") and s.tok(c).pos in _PLACE_POS for c in s.children[verb])


def _own_number(s: ParsedSentence, kids: set[int]) -> bool:
    """True for a partitive relative clause ("of which", "of whom") cut before its verb that holds a number of its
    own ("up to 14 hurricanes, of which between three to seven", the parse hanging "will be major" elsewhere).
    A clause that says what the figure's thing does ("projects that help dissidents ... in 12 countries") is its
    sense and is left to the other checks."""
    partitive = any(s.text(j).lower() in ("which", "whom") and s.text(j - 1).lower() == "of" for j in kids)
    if not partitive or any(s.tok(j).pos in ("VERB", "AUX") for j in kids):
        return False  # "140 posts will be cut, of which 62 are currently vacant": whole, its part is said
    return any(s.tok(j).like_num and s.tok(j).ent_type in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
                             for j in kids)


def without_other_relative(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure's line ended before a relative clause on its words that tells another fact: a "where"/"when"/
    "whose" clause with a subject of its own ("Troops killed 30 rebels in Misrata[, where fighting has raged for
    weeks]") or one with a number of its own ("up to 14 hurricanes[, of which between three to seven ...]");
    every other figure as it is.

    The clause tells another fact; the line without it still says what the number counts. The comma that
    opened the clause goes with it.
    """
    words = set(figure.what) | set(figure.clause)
    for i in sorted(words):
        if s.tok(i).dep != "relcl":
            continue
        kids = s.subtree(i, set(), prune=False)
        opener = min(kids)
        if figure.value_start in kids or opener not in words or not (_own_fact(s, i, opener) or _own_number(s, kids)):
            continue
        gone = kids | {opener - 1} if s.tok(opener - 1).pos == "PUNCT" else kids
        # what the clause closes with: a comma after it belongs to the aside
        if max(kids) + 1 < s.hi and s.text(max(kids) + 1) == ",":
            gone = gone | {max(kids) + 1}
        figure = replace(figure, what=tuple(k for k in figure.what if k not in gone),
                         clause=tuple(k for k in figure.clause if k not in gone))
    return figure


__all__ = ["MAX_PLACE_TOKENS", "OTHER_RELATIVES", "with_where_host", "without_other_relative"]
