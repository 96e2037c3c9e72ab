"""Figures a reader can read alone (reader Audit 36, session 22 round 2).

Audit 36 found Key figures 12 % wrong and 50 % would delete: items whose words do not say what the number
counts. The kinds handled here:

* a change whose "in" complement the label lost ("a 40% rise (since 2019)", when the sentence says a rise
  *in the number of fake accounts*): the complement is put back (:func:`with_change_object`);
* a label that ends on "including" or "such as" because the list it opens was cut ("more than 40 people
  have been arrested, including"): the opener and its cut list are left out (:func:`without_open_list`);
* a vague amount with no number ("as much as a lake-full of water"): no figure;
* a measure whose noun is cut: the label ends on the unit ("perched atop a 3 metre") while the sentence
  goes on, past a bracketed conversion, to the noun it qualifies ("(10ft) stalk of reed");
* a share with only its "of" group ("60% of all migrating geese", in a list after a colon): what the
  share does is in a clause the label lost;
* a bare sum: a money figure whose label says nothing but the sum and its currency ("2 million rupees",
  the reward it was is lost): how much of what, a reader asks.

* context, not the story's fact: a count of a phrase's uses with nowhere named ('The phrase "no danger"
  appears eight times'), and a figure told as a habit ("a bay that often sees waves of more than 5 metres").

The last five are withheld by :func:`unreadable`. Plain rules over the figure's own tokens and the few
characters after its value; nothing scans the document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_dangling import CHANGE_NOUNS
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

__all__ = ["unreadable", "with_change_object", "without_open_list"]

_MAX_OBJECT = 10  # a short "in" phrase only ("in the number of fake accounts"); a longer one is a clause


def with_change_object(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the "in" complement of its change noun, when the label lost it: a rise in what."""
    taken = set(figure.tokens)
    for i in figure.what:
        if s.text(i).lower() not in CHANGE_NOUNS:
            continue
        for c in s.children[i]:
            if s.tok(c).dep == "prep" and s.text(c).lower() == "in" and c not in taken:
                phrase = s.subtree(c, set(), prune=False)  # empty when the phrase is a date ("in the years to 2013")
                words = [j for j in phrase if s.tok(j).pos != "PUNCT"]
                if phrase and len(words) <= _MAX_OBJECT and not phrase & taken and s.inside(max(phrase)):
                    return replace(figure, what=tuple(sorted({*figure.what, *phrase})))
    return figure


# words that open a list of examples: shown without the list they end the label on a dangling word
_OPENERS = frozenset({"including", "include", "includes", "such", "like", "among", "notably", "especially"})


def _group(s: ParsedSentence, among: int) -> set[int]:
    """"among" with its object's own noun phrase, without a list hung on it ("among New York students, seven in
    California, ..." gives "among New York students"); empty when it has no object."""
    objects = [c for c in s.children[among] if s.tok(c).dep == "pobj"]
    if not objects:
        return set()
    noun = objects[0]
    left = [c for c in s.children[noun] if c < noun and s.tok(c).dep in ("det", "amod", "compound", "poss", "nummod")]
    return {among, noun} | {k for c in left for k in s.subtree(c, set(), prune=False)}


def without_open_list(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure without an "including ..." phrase its clause keeps only in part (its count was cut). "Among" with
    a group ("eight cases have been confirmed among New York students, seven in California, ...") says where the
    count was made, and stays without the list after it: cut, the eight read as the country's total (Audit 50 #5)."""
    clause = set(figure.clause)
    for i in figure.clause:
        if s.text(i).lower() in _OPENERS and s.tok(i).dep in ("prep", "amod", "advmod", "acl"):
            phrase = s.subtree(i, set(), prune=False)
            if not phrase <= clause | set(figure.what):
                group = _group(s, i) if s.text(i).lower() == "among" and s.tok(i).dep == "prep" else set()
                clause -= phrase - (group if group <= clause | set(figure.what) else set())
    return figure if len(clause) == len(figure.clause) else replace(figure, clause=tuple(sorted(clause)))


_VAGUE = re.compile(r"^(?:as|so|too|that|this)\s+(?:much|many|little|few)$", re.I)
_BRACKETED = re.compile(r"^\s*\([^()]{1,30}\)\s*")
_DIGIT = re.compile(r"\d")


def _noun_cut(s: ParsedSentence, figure: Figure, measure: str) -> bool:
    """True when the label ends on the value or its unit and the sentence goes on to the noun it qualifies."""
    last = s.tok(figure.value_end - 1)
    if not measure.rstrip().endswith(last.text):
        return False
    text = s.doc.article.text
    after = text[last.end : min(s.sentence.end, last.end + 40)]
    bracket = _BRACKETED.match(after)
    if bracket is None:
        return False  # only a conversion in brackets hides the noun from the parse ("3 metre (10ft) stalk")
    start = last.end + bracket.end()
    nxt = next((i for i in range(figure.value_end, figure.value_end + 12)
                if s.inside(i) and s.tok(i).start >= start), None)
    return nxt is not None and s.tok(nxt).pos == "NOUN" and s.tok(nxt).start == start \
        and nxt not in figure.tokens


def _bare_share(s: ParsedSentence, figure: Figure, measure: str) -> bool:
    """A share shown with its "of" group in a verbless list after a colon ("...: 90 species of songbirds and
    60% of all migrating geese"): what that share does is in the clause before the colon, which the label
    lost. A share a verb governs ("the top banks hold 70% of deposits", Audit 20; "58.3 percent of patients
    were seen", the figures eval) stays."""
    if figure.label != "PERCENT" or not measure.lower().startswith("of "):
        return False
    colon = next((i for i in range(figure.value_start - 1, s.lo - 1, -1) if s.text(i) in (":", ";")), None)
    if colon is None:
        return False
    after = [i for i in range(colon + 1, figure.value_start)] + list(figure.tokens)
    return not any(s.tok(i).tag in _FINITE for i in after)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


# a count of a phrase's uses says something only with where it is used ("appears eight times in the plan")
_WORDING = frozenset({"phrase", "word", "words", "term", "expression", "slogan"})
_OCCUR = frozenset({"appear", "occur", "feature", "recur", "crop"})
# a habit is a setting, not the story's fact ("a bay that often sees waves of more than 5 metres")
_HABITUAL = frozenset({"often", "usually", "regularly", "routinely", "frequently", "typically", "sometimes"})


def _context_only(s: ParsedSentence, figure: Figure) -> bool:
    """A count of a phrase's uses with no "in" saying where, or a figure its clause tells as a habit."""
    for i in figure.clause:
        token = s.tok(i)
        if token.pos == "VERB" and any(s.tok(c).dep == "advmod" and s.text(c).lower() in _HABITUAL
                                       for c in s.children[i]):
            return True
        if token.lemma.lower() in _OCCUR and token.pos == "VERB":
            kids = s.children[i]
            subject = any(s.tok(c).dep == "nsubj" and s.text(c).lower() in _WORDING for c in kids)
            if subject and not any(s.tok(c).dep == "prep" and s.text(c).lower() == "in" for c in kids):
                return True
    return False


def unreadable(s: ParsedSentence, figure: Figure, measure: str, value: str) -> bool:
    """True when the item's words cannot say what the number counts (see the module's notes)."""
    if _VAGUE.match(value.strip()) and not _DIGIT.search(value):
        return True
    if _noun_cut(s, figure, measure) or _context_only(s, figure):
        return True
    if _bare_share(s, figure, measure):
        return True
    if figure.clause:
        return False
    own = {s.text(i).lower() for i in range(figure.value_start, figure.value_end)}
    said = {s.text(i).lower() for i in figure.what if s.tok(i).pos not in ("DET", "PUNCT")}
    money = figure.label == "MONEY" or bool(said & _CURRENCY_NOUNS)
    return money and said <= own | _CURRENCY_NOUNS


_CURRENCY_NOUNS = frozenset("dollars pounds euros pesos rupees yen yuan francs rubles roubles dinars rand "
                            "shekels won lira krona kronor kroner naira cents pence".split())
