"""Figures detached from their own event, and glosses that lost their numbers (session 26, Audit 40 41.4).

* A count inside a relative clause opened by "in which", "during which", "where" or "when" ("the Katrina
  catastrophe in which, let us recall, some 1,500 Americans died") belongs to the clause's antecedent, an
  event the article may only recall. The label keeps the clause ("some 1,500 Americans — died") but not the
  antecedent, so a reader of an oil-spill brief takes the toll for the spill's (Audit 40 #6). Such a count
  is withheld unless its label holds the antecedent; an antecedent that is a named place ("Van, where 200
  people died") says where, not which event, and the count stays.
* A count inside an appositive that describes a named body ("the Disasters and Emergency Committee (DEC), an
  umbrella group of 13 major British-based charities", Audit 40 #2): it says what the body is, not what
  happened, and a reader deletes it. Withheld unless a verb stands between the count and the appositive.
* A label that keeps the words on both sides of a number but not the number ("United States attacked times
  killing people" from "attacked more than 110 times, killing 600 to 700 people", Audit 40 #4): a garbled
  gloss, checked on the label as rendered.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

__all__ = ["descriptor", "detached", "lost_number"]

_RELATIVE_ADVERBS = frozenset({"where", "when", "whereby"})
_RELATIVE_PRONOUNS = frozenset({"which", "whom"})
# A named place or time says where or when, not which event ("Van, where 200 people died", "late autumn,
# when the virus kills 2% to 5% of the birds"): the count stays.
_PLACES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
# Words that go with a number inside its span: "more than 110", "some 1,500", "600 to 700".
_NUMBER_WORDS = frozenset({"more", "than", "less", "fewer", "about", "some", "around", "nearly", "almost",
                           "over", "under", "up", "to", "-", "–", "at", "least", "most", "roughly"})
_WORD = re.compile(r"[\w']+")


def _relative_head(s: ParsedSentence, verb: int) -> bool:
    """True when the relative clause headed by ``verb`` opens with "where", "when" or "in/during which"."""
    for c in s.children[verb]:
        word = s.text(c).lower()
        if s.tok(c).dep == "advmod" and word in _RELATIVE_ADVERBS and c < verb:
            return True
        if s.tok(c).dep == "prep" and c < verb and any(
                s.text(k).lower() in _RELATIVE_PRONOUNS for k in s.children[c]):
            return True
    return False


def _marked_antecedent(s: ParsedSentence, start: int) -> int | None:
    """The noun before the last relative marker ("in which", "during which", "where") ahead of ``start``,
    with no "and", "but" or ";" between the marker and ``start``: the parser may make the count's verb the
    root ("the Katrina catastrophe in which, let us recall, some 1,500 Americans died")."""
    for m in range(start - 1, s.lo, -1):
        word = s.text(m).lower()
        if word in ("and", "but", ";", "while", "although"):
            return None
        opens = (word in _RELATIVE_PRONOUNS and s.tok(m - 1).pos == "ADP") or (
            word in _RELATIVE_ADVERBS and s.tok(m).tag == "WRB")
        if not opens:
            continue
        before = m - 2 if word in _RELATIVE_PRONOUNS else m - 1
        if s.inside(before) and s.text(before) == ",":
            before -= 1
        return before if s.inside(before) and s.tok(before).pos in ("NOUN", "PROPN") else None
    return None


def _joined_clause(s: ParsedSentence, node: int, parent: int) -> bool:
    """True when ``node`` is a conjunct joined to ``parent`` by ", and" / ", but" / ";": a clause of its own, even
    where the parser hangs it on a relative clause ("140 posts will be cut, of which 62 are vacant, and two of the
    seven leisure centres will close": the eval reader's figures set after session 26's merge)."""
    if s.tok(node).dep != "conj" or parent > node:
        return False
    words = [s.text(i).lower() for i in range(parent + 1, node)]
    return ";" in words or any(a == "," and b in ("and", "but") for a, b in pairwise(words))


def _antecedent(s: ParsedSentence, figure: Figure) -> int | None:
    """The antecedent of the "in which / where" clause the figure stands in, if it stands in one."""
    node = figure.noun if figure.noun is not None else figure.value_start
    for _ in range(12):
        parent = s.head(node)
        if parent == node or _joined_clause(s, node, parent):
            break
        if s.tok(node).dep == "relcl" and _relative_head(s, node):
            return parent
        node = parent
    return _marked_antecedent(s, figure.value_start)


def detached(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count in an "in which / where" clause whose label lacks the event it belongs to (see above)."""
    antecedent = _antecedent(s, figure)
    return not (antecedent is None or s.tok(antecedent).ent_type in _PLACES or antecedent in figure.tokens)


def descriptor(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count in an appositive on a name: "X, a network of 40 local food banks" (see above)."""
    node = figure.noun if figure.noun is not None else figure.value_start
    for _ in range(8):
        parent = s.head(node)
        if parent == node or s.tok(node).pos in ("VERB", "AUX"):
            return False
        if s.tok(node).dep == "appos":
            return s.tok(parent).pos == "PROPN" or bool(s.tok(parent).ent_type)
        node = parent
    return False


def _number_span(s: ParsedSentence, i: int) -> tuple[int, int]:
    """The words before and after the number at ``i`` and its qualifiers ("attacked [more than 110] times")."""
    lo, hi = i, i
    while s.inside(lo - 1) and (s.tok(lo - 1).like_num or s.text(lo - 1).lower() in _NUMBER_WORDS):
        lo -= 1
    while s.inside(hi + 1) and (s.tok(hi + 1).like_num or s.text(hi + 1).lower() in _NUMBER_WORDS - {"at"}):
        hi += 1
    return lo - 1, hi + 1


def lost_number(s: ParsedSentence, figure: Figure, label: str) -> bool:
    """True for a label that joins the words either side of a number and leaves the number out. A baseline's
    label ("up from 1,900,000 — airline flew passengers") names the compared level's clause and stays."""
    if figure.baseline is not None:
        return False
    words = f" {' '.join(_WORD.findall(label.lower()))} "
    for i in range(s.lo, s.hi):
        if not s.tok(i).like_num:
            continue
        before, after = _number_span(s, i)
        if not (s.inside(before) and s.inside(after)) or s.tok(after).pos not in ("NOUN", "PROPN"):
            continue
        if s.text(i).lower() in words.split():
            continue
        if f" {s.text(before).lower()} {s.text(after).lower()} " in words:
            return True
    return False
