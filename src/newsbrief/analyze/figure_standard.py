"""Figures a reader would delete (reader Audit 44, 45.2 and 45.4 items 8-9), and comparisons kept whole.

* A joke is no figure: a percentage over a hundred of a quality ("my dial was set to 150% British", "200%
  sure") measures nothing, and a number in the writer's own anecdote ("my flight was 40 minutes late")
  tells a column's story, not the news. Withheld.
* A comparison needs its standard: "78 cents higher" is useless without "than a year ago". The "than"
  phrase of a comparative the line shows is taken into its clause (``with_standard``); when it cannot be
  shown, the figure is withheld (``standard_cut``).
* A value set off by a comma after another figure of the same verb ("remained below $4, at $3.83 per
  gallon") restates that figure's clause: shown on its own its line runs into the other figure's words.
* A count of the members a clause lists ("two companies that won praise include ...") is withheld when
  its line cuts the list.
* "all seven girls" refers back to girls already counted: a reference, not a count. (A bare count with
  nothing but its noun, "seven persons", is still shown: the labelled set wants "the survey of 1,204 adults".)
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# the quality a "150%" joke is set to: an adjective, never a comparative ("150% higher" is a change)
_QUALITY_TAGS = frozenset({"JJ"})
_GIVING = frozenset({"give", "gave", "giving", "given", "gives"})
_STANDARD = frozenset({"than"})
_BEFORE_REFERENCE = frozenset({"all", "both"})
_LISTING = frozenset({"include", "comprise"})
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _percent_over_hundred(s: ParsedSentence, figure: Figure) -> bool:
    """True for a percentage above 100 ("150%", "110 percent")."""
    if figure.label != "PERCENT":
        return False
    number = _NUMBER.search(s.doc.article.text[s.tok(figure.value_start).start : s.tok(figure.value_end - 1).end])
    return number is not None and float(number.group(0)) > 100


def hyperbole(s: ParsedSentence, figure: Figure) -> bool:
    """True for a percentage over 100 of a quality ("150% British", "200% sure") or of effort ("gave 110%")."""
    if not _percent_over_hundred(s, figure):
        return False
    after = figure.value_end
    if s.inside(after) and s.tok(after).tag in _QUALITY_TAGS:
        return True
    head = s.head(figure.value_end - 1)
    return s.text(head).lower() in _GIVING


def _quoted(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` stands inside quotation marks (counted from the article's start)."""
    before = s.doc.article.text[: s.tok(i).start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def anecdote(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure whose clause is the writer's own ("my dial was set to ...", "my bill came to $90"),
    outside quotation marks: a column's anecdote, not a fact of the story."""
    for i in figure.clause:
        token = s.tok(i)
        if token.dep in ("nsubj", "nsubjpass") and any(
                s.tok(c).dep == "poss" and s.text(c).lower() == "my" for c in s.children[i]):
            return not _quoted(s, figure.value_start)
    return False


def _comparative(s: ParsedSentence, figure: Figure) -> int | None:
    """The comparative the value measures: "78 cents *higher*", "5% *more*" (right after the value or its noun)."""
    for i in range(figure.value_end, min(figure.value_end + 3, s.hi)):
        if s.tok(i).tag in ("JJR", "RBR"):
            return i
        if s.tok(i).pos in ("VERB", "AUX", "PUNCT", "ADP"):
            return None
    return None


def _descendants(s: ParsedSentence, i: int) -> set[int]:
    """``i`` and all its dependents, dates included ("than *a year ago*")."""
    out, todo = {i}, [i]
    while todo:
        for c in s.children[todo.pop()]:
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _standard(s: ParsedSentence, word: int) -> set[int]:
    """The words of the comparative's "than" phrase, up to a comma or dash; empty when it has none."""
    term = next((c for c in s.children[word] if s.text(c).lower() in _STANDARD), None)
    if term is None and s.inside(word + 1) and s.text(word + 1).lower() in _STANDARD:
        term = word + 1  # "costs 30 cents more than it did": the parse hangs "than" on a clause of its own
    if term is None:
        return set()
    phrase = {i for i in _descendants(s, s.head(term) if s.tok(term).dep == "mark" else term) if i >= term}
    stop = next((i for i in range(term, max(phrase) + 1) if s.tok(i).pos == "PUNCT" and s.text(i) != "'"),
                max(phrase) + 1)
    return {i for i in phrase if i < stop}


def with_standard(s: ParsedSentence, figure: Figure) -> Figure:
    """A "78 cents higher" figure with its "than a year ago" in its clause (the words leave ``when``, where
    a date inside the phrase may have gone); every other figure as it is."""
    word = _comparative(s, figure)
    if word is None or word not in figure.clause:
        return figure
    words = _standard(s, word)
    if not words or len(words) > 8:
        return figure
    return replace(figure, clause=tuple(sorted(set(figure.clause) | words)),
                   when=tuple(i for i in figure.when if i not in words))


def standard_cut(s: ParsedSentence, figure: Figure) -> bool:
    """True when the line shows a comparative whose "than" phrase it leaves out: higher than what?"""
    word = _comparative(s, figure)
    if word is None or word not in figure.tokens:
        return False
    words = _standard(s, word)
    return bool(words) and not words <= set(figure.tokens)


def side_value(s: ParsedSentence, figure: Figure) -> bool:
    """True for a value in a phrase set off by a comma after its verb's other figure ("remained below $4,
    at $3.83 per gallon"): the line would join this value to the other figure's clause."""
    preposition = s.head(figure.value_end - 1)
    for _ in range(2):  # up from the number through its unit ("$" or "cents") to the preposition
        if s.tok(preposition).pos != "ADP":
            preposition = s.head(preposition)
    verb = s.head(preposition)
    if s.tok(preposition).pos != "ADP" or s.tok(verb).pos not in ("VERB", "AUX") or not s.inside(preposition - 1) \
            or s.text(preposition - 1) != ",":
        return False
    others = [c for c in s.children[verb] if c != preposition and c < preposition]
    return any(s.tok(j).like_num for c in others for j in _descendants(s, c))


def back_reference(s: ParsedSentence, figure: Figure) -> bool:
    """True for "all seven girls" when girls were told of before: the number points back at them. A first
    mention ("All 124 passengers on board were killed") is the toll itself."""
    before = figure.value_start - 1
    if figure.label != "CARDINAL" or figure.noun is None or not s.inside(before) \
            or s.text(before).lower() not in _BEFORE_REFERENCE:
        return False
    lemma = s.tok(figure.noun).lemma.lower()
    # told of as themselves, not as a modifier ("a passenger jet" has told of no passengers)
    return any(t.lemma.lower() == lemma and t.dep != "compound" for t in s.doc.tokens[: s.lo])


def members_cut(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count of the members a clause lists ("two companies ... include Pepsi for its ad and Best Buy's
    ad") when the line cuts the list: the count's whole content is its members."""
    if figure.label != "CARDINAL" or figure.noun is None or s.tok(figure.noun).dep != "nsubj":
        return False
    verb = s.head(figure.noun)
    if s.tok(verb).lemma.lower() not in _LISTING:
        return False
    listed = {j for c in s.children[verb] if c > verb and s.tok(c).pos != "PUNCT" for j in _descendants(s, c)}
    return not {j for j in listed if s.tok(j).pos != "PUNCT"} <= set(figure.tokens)


def not_kept(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure a reader would delete (see the module's docstring)."""
    return hyperbole(s, figure) or anecdote(s, figure) or standard_cut(s, figure) or side_value(s, figure) \
        or back_reference(s, figure) or members_cut(s, figure)


_MARGINS = frozenset({"below", "above", "under", "over", "short", "behind", "ahead"})
_MAX_MARGIN_LINE = 24  # words of a "X is N below Y" sentence shown whole; a longer one is left as it was


def with_margin_clause(s: ParsedSentence, figure: Figure) -> Figure:
    """A margin told through a copula ("The current average price of $3.51 is 61 cents below the all-time high
    price recorded in July 2008") with the copula, its whole subject and its whole standard in its clause: cut
    of either, the line says neither what is below nor below what."""
    unit = figure.value_end - 1
    word = s.head(unit)
    if s.tok(unit).dep == "attr":  # "is $38 above the record": the parse hangs the standard on the value
        word = next((c for c in s.children[unit] if s.text(c).lower() in _MARGINS), unit)
        verb = s.head(unit)
    else:
        verb = s.head(word)
    if (s.tok(unit).dep not in ("npadvmod", "attr")) or s.text(word).lower() not in _MARGINS:
        return figure
    if s.tok(verb).lemma.lower() != "be" or (s.head(verb) != verb and s.tok(verb).dep not in ("ccomp", "conj")):
        return figure
    subject = next((c for c in s.children[verb] if s.tok(c).dep == "nsubj"), None)
    if subject is None:
        return figure
    words = _descendants(s, subject) | _descendants(s, word) | {verb} | set(range(figure.value_start, word))
    words = {i for i in words if s.tok(i).pos != "PUNCT" or min(words) < i < max(words)}
    if len(words) > _MAX_MARGIN_LINE or max(words) - min(words) + 1 != len(words):
        return figure
    own = set(range(figure.value_start, figure.value_end))
    return replace(figure, clause=tuple(sorted(words - own)), what=(), when=())
