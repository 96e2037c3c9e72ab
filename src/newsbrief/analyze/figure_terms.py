"""Figures whose label lacks a term a reader needs (reader Audit 31 and the lead's reading of Newsroom row 55,
session 19b).

A key figure is read alone, so its label must say what happened to what it counts and what it is compared
with. Six kinds failed that reading:

* **A count with no verb.** "only 1,387 birds", "444 sea turtles" (the list's verb "have been found dead"
  comes after the list), "500 miles of coast" (the object of "along" in a comparison): a count of things
  shown without any verb says nothing of them and is withheld: :func:`verbless_count`. Sums of money and
  shares are kept ("a lifeline of up to $125 billion" names what the sum is).
* **A demonstrative subject.** "That spill killed at least 36,000 sea birds": "that spill" is the one named
  in the sentence before, and the line alone does not say which: :func:`demonstrative_subject` withholds it.
* **A number word in a name.** "a quarter pounder" is a burger, not a fraction: a fraction word with no
  digits that is a compound of the noun after it (no "of") is no figure: :func:`named_fraction`.
* **A label ending on a verb whose complement is cut.** "... they bought for a friend went" (without
  "uneaten"): :func:`verb_cut`.
* **A comparison without its other term.** "five times larger" than what? A comparative after "times" keeps
  its "than"/"as" phrase (:func:`with_compared`); one that has none in its label is withheld
  (:func:`comparison_cut`).
* **A relative clause about another quantity.** "the nation of 47 million, where the average salary ... is
  about the same amount": a "where"/"when"/"whose" clause on the figure's words has its own subject and its
  own quantity, so the line reads as one about the salary: :func:`other_relative`.

Plain rules over the spaCy parse the figure modules already walk (:class:`ParsedSentence`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# Fraction words that a product's or a thing's name can hold ("a quarter pounder", "a half pipe").
_FRACTIONS = frozenset("half third quarter fifth tenth".split())
# Demonstratives that point back to something named before the sentence: the distal ones ("That spill" after the
# Exxon Valdez). A "this"/"these" mostly names the story's own subject ("This low-tech visual exam cut the death
# rate by 31 percent": the lead's reading of Newsroom 33 lost the article's main figure to the rule).
_DEMONSTRATIVES = frozenset({"that", "those"})
# A demonstrative on a time noun dates, it does not point back to a thing ("this year 2,000 homes ...").
_TIME_NOUNS = frozenset("year month week day time season quarter decade century morning night".split())
# The complements a verb cannot end a phrase without ("went uneaten", "bought a car", "became mayor").
_COMPLEMENTS = frozenset({"acomp", "dobj", "xcomp", "attr", "oprd", "ccomp", "dative"})
# Relative words opening a clause with a subject and a quantity of its own.
_OTHER_RELATIVES = frozenset({"where", "when", "whose"})
_DIGIT = re.compile(r"\d")
_COMPARED = frozenset({"than", "as"})


def _label_tokens(s: ParsedSentence, figure: Figure) -> set[int]:
    """The tokens a figure's line is made of: its value, what it counts and its clause."""
    return set(range(figure.value_start, figure.value_end)) | set(figure.what) | set(figure.clause)


def _shown_tokens(s: ParsedSentence, shown: str) -> set[int] | None:
    """The sentence's tokens under the parts of a shown line ("40 seals — have been found dead"), or None
    when a part is not the article's own words."""
    article = s.doc.article.text
    out: set[int] = set()
    for part in shown.split(" — "):
        part = part.strip(" .,;:()")
        at = article.find(part, s.tok(s.lo).start, s.tok(s.hi - 1).end) if part else -1
        if at < 0:
            return None
        out |= {i for i in range(s.lo, s.hi) if s.tok(i).start >= at and s.tok(i).end <= at + len(part)}
    return out


def _cut_from_verb(s: ParsedSentence, figure: Figure) -> bool:
    """True when the counted noun is the subject of a verb, or an item in a list that is (what happens to it
    is told by that verb: "only 1,387 birds, 444 sea turtles ... have been found dead"), or lies inside a
    comparison's "than" phrase ("worse than ... tar along 500 miles of coast"). A count standing as an object
    or in a phrase of its own ("240 volts", "150,000 women" screened) is left to the other checks: on the
    120 Newsroom/XSum rows a rule on every verbless count withheld such plain counts by the dozen."""
    i = figure.noun if figure.noun is not None else figure.value_end - 1
    while s.tok(i).dep == "conj" and s.head(i) != i:
        i = s.head(i)
    if s.tok(i).dep in ("nsubj", "nsubjpass"):
        return True
    for _ in range(6):
        if s.head(i) == i:
            return False
        i = s.head(i)
        if s.text(i).lower() == "than" and s.tok(i).dep == "prep":
            return True
    return False


def verbless_count(s: ParsedSentence, figure: Figure, shown: str) -> bool:
    """True for a count of things (a cardinal or a quantity) whose shown line holds no verb: nothing says
    what happened to what it counts ("only 1,387 birds", "500 miles of coast")."""
    if figure.label not in ("CARDINAL", "QUANTITY") or not _cut_from_verb(s, figure):
        return False
    tokens = _shown_tokens(s, shown)
    # the value's own words are no verb ("184m gallons": the parser reads the "m" as the verb of "I'm")
    value = range(figure.value_start, figure.value_end)
    return tokens is not None and not any(s.tok(i).pos in ("VERB", "AUX") for i in tokens if i not in value)


def demonstrative_subject(s: ParsedSentence, figure: Figure) -> bool:
    """True when the subject of the figure's line is a common noun with "that"/"those"
    ("That spill killed ..."): the thing is named only before, and the line alone does not say which."""
    tokens = _label_tokens(s, figure)
    for i in tokens:
        if s.tok(i).dep != "det" or s.text(i).lower() not in _DEMONSTRATIVES:
            continue
        noun = s.head(i)
        if noun in tokens and s.tok(noun).dep in ("nsubj", "nsubjpass") and s.tok(noun).pos == "NOUN" \
                and s.tok(noun).lemma.lower() not in _TIME_NOUNS:
            return True
    return False


def named_fraction(s: ParsedSentence, figure: Figure) -> bool:
    """True for a fraction word with no digits that is a compound of the noun after it and has no "of"
    ("a quarter pounder"): a part of a name, not a part of a whole ("a quarter of the 800 shops" stays)."""
    value = range(figure.value_start, figure.value_end)
    if len(value) != 1 or _DIGIT.search(s.text(figure.value_start)):
        return False
    word = figure.value_start
    if s.text(word).lower() not in _FRACTIONS or s.tok(word).dep not in ("compound", "amod", "nmod"):
        return False
    head = s.head(word)
    return head == word + 1 and s.tok(head).pos in ("NOUN", "PROPN") \
        and not any(s.text(c).lower() == "of" for c in s.children[word])


def cut_term(s: ParsedSentence, figure: Figure, label: str, shown: str) -> bool:
    """True for a shown line cut from a term it needs: a count with no verb, a verb with no complement."""
    return verbless_count(s, figure, f"{label} — {shown}") or verb_cut(s, label)


def verb_cut(s: ParsedSentence, label: str) -> bool:
    """True when ``label`` stands in the sentence and ends on a verb whose complement comes after it
    ("a quarter pounder they bought for a friend went", without "uneaten")."""
    text = label.rstrip(" .,;:)")
    article = s.doc.article.text
    at = article.find(text, s.tok(s.lo).start, s.tok(s.hi - 1).end)
    last = None if at < 0 else next((i for i in range(s.lo, s.hi) if s.tok(i).end == at + len(text)), None)
    if last is None or s.tok(last).pos not in ("VERB", "AUX"):
        return False
    # "went uneaten": the parser may hang a participle-like complement as an adverb right after the verb;
    # a number complement is another figure's value, shown on its own line ("herd had hit two million, up
    # from 800,000": the baseline's label ends on "hit")
    return any(c > last and not s.tok(c).like_num
               and (s.tok(c).dep in _COMPLEMENTS
                    or (c == last + 1 and s.tok(c).dep == "advmod" and s.text(c).lower().endswith(("en", "ed"))))
               for c in s.children[last])


def _comparative(s: ParsedSentence, figure: Figure) -> int | None:
    """The comparative a "N times" value measures ("five times larger", "twice as many"), or None."""
    for i in range(figure.value_start, min(figure.value_end + 3, s.hi)):
        if s.tok(i).tag in ("JJR", "RBR") or (s.text(i).lower() == "as" and s.tok(i).dep == "advmod"):
            between = range(figure.value_start, i)
            if any(s.text(j).lower() in ("times", "twice", "thrice", "half") for j in between) \
                    or s.text(figure.value_start).lower() in ("twice", "thrice"):
                return s.head(i) if s.text(i).lower() == "as" else i
    return None


def with_compared(s: ParsedSentence, figure: Figure) -> Figure:
    """A "N times larger" figure with its "than"/"as" phrase in its clause ("five times larger than
    Greece's economy"); every other figure as it is."""
    word = _comparative(s, figure)
    if word is None:
        return figure
    term = next((c for c in s.children[word] if s.text(c).lower() in _COMPARED and s.tok(c).dep == "prep"), None)
    if term is None:
        return figure
    # the term's own words only, up to a dash or comma: the parse may hang what follows the aside on it
    # ("five times larger than Greece's — and on markets ...")
    phrase = s.subtree(term, set(), prune=False)
    if not phrase:
        return figure  # the term's words lie outside the parsed sentence (t17 MJ_bbc/2009-06-29/573 crashed here)
    stop = next((i for i in range(term, max(phrase) + 1) if s.tok(i).pos == "PUNCT" and s.text(i) != "'"),
                max(phrase) + 1)
    words = set(range(figure.value_end, word + 1)) | {i for i in phrase if i < stop}
    return replace(figure, clause=tuple(sorted(set(figure.clause) | words)))


def comparison_cut(s: ParsedSentence, figure: Figure) -> bool:
    """True for a "N times larger" figure with no "than"/"as" term in its line: larger than what?"""
    word = _comparative(s, figure)
    if word is None:
        return False
    tokens = _label_tokens(s, figure)
    return not any(s.text(i).lower() in _COMPARED and i > figure.value_start for i in tokens)


def other_relative(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's line takes in a "where"/"when"/"whose" clause with a subject of its own ("the
    nation of 47 million, where the average salary ... is about the same amount")."""
    tokens = _label_tokens(s, figure)
    for i in tokens:
        if s.tok(i).dep != "relcl":
            continue
        kids = s.subtree(i, set(), prune=False)
        opener = min(kids)
        if figure.value_start in kids:
            continue  # "Portugal, whose economy is five times larger": the clause is the figure's own
        if s.text(opener).lower() in _OTHER_RELATIVES and opener in tokens \
                and any(s.tok(c).dep in ("nsubj", "nsubjpass") and s.tok(c).pos in ("NOUN", "PROPN")
                        for c in s.children[i]):
            return True
    return False


def lacks_term(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure whose line lacks a term a reader needs: a verb, a named subject, a whole of its
    fraction, the other term of its comparison, or one that runs into another quantity's clause."""
    return demonstrative_subject(s, figure) or named_fraction(s, figure) \
        or comparison_cut(s, figure) or other_relative(s, figure)


__all__ = ["comparison_cut", "cut_term", "demonstrative_subject", "lacks_term", "named_fraction", "other_relative",
           "verb_cut", "verbless_count", "with_compared"]
