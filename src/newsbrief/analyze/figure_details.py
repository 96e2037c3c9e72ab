"""Numbers that say what they count but not what happens to it (session 23, reader Audit 38).

A key figure must name the measured thing and the verb or role that makes it a fact. Audit 38's readers deleted
three kinds that name only the thing:

- **A count in a noun's "with" phrase**: "a child with severe head injuries and two broken legs is lying on a
  dirty floor" showed "two broken legs — is lying on a dirty floor": the count describes the child, and the clause
  the parse lent it is the child's (where the parse makes the count a second subject of the singular verb,
  the verb's number shows it is not the count's). A small count (under ``IN_PASSING_BELOW``) whose noun is the
  object of "with" (or coordinated with that object) under a noun is a detail. A "with" phrase on a verb
  ("ended the season with 22 goals") is the sentence's fact and stays.
- **A count of "others"** with no verb of its own ("There were three others in the house": XSum row 122, the
  lead's reading): it counts people named elsewhere and says nothing of them.
- **A bare amount of something** with no verb, role or time ("25 grams or less of pot", the threshold of a new
  policy whose bullet did not say it was one): a reader cannot tell what the amount is for. Only a unit amount
  ("N grams of X") with nothing but its "of" phrase: a count of things with its noun ("7 million people") is
  ranked low elsewhere but kept.
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.lexicon import CARDINALS

__all__ = ["IN_PASSING_BELOW", "says_too_little", "small_count"]

IN_PASSING_BELOW = 100  # a large count in passing stays ("with 6,000 sales")
_WITH = frozenset({"with", "without"})
_OTHERS = frozenset({"others", "more", "ones"})


def small_count(s: ParsedSentence, figure: Figure, below: int = IN_PASSING_BELOW) -> bool:
    """True when every number of the value is a count under ``below`` ("22", "three"); the words around the
    numbers ("about", "some") do not count. A number written neither in digits nor as a known word is not small."""
    words = [s.text(i).lower().replace(",", "") for i in range(figure.value_start, figure.value_end)
             if s.tok(i).like_num]
    return bool(words) and all((w.isdigit() and int(w) < below) or CARDINALS.get(w, below) < below for w in words)


def _noun_detail(s: ParsedSentence, figure: Figure) -> bool:
    """A small count whose noun is the object of "with" (or joined to it by "and") on a noun (module docstring)."""
    if figure.noun is None or not small_count(s, figure):
        return False
    noun = figure.noun
    for _ in range(4):  # "injuries and two broken legs": up the coordination to the preposition's object
        if s.tok(noun).dep != "conj" or s.head(noun) == noun:
            break
        noun = s.head(noun)
    if s.tok(noun).dep != "pobj" or s.head(noun) == noun:
        return False
    preposition = s.head(noun)
    return s.text(preposition).lower() in _WITH and s.head(preposition) != preposition \
        and s.tok(s.head(preposition)).pos in ("NOUN", "PROPN")


def _disagreeing(s: ParsedSentence, figure: Figure) -> bool:
    """A small plural count read as the subject of a singular verb ("a boy with a cut on his arm and two swollen
    ankles is sitting": the parse made "ankles" a second subject of "is sitting"): the verb is another's."""
    if figure.noun is None or s.tok(figure.noun).dep != "nsubj" or s.tok(figure.noun).tag != "NNS" \
            or not small_count(s, figure):
        return False
    verb = s.head(figure.noun)
    return verb in figure.clause and any(s.tok(i).tag == "VBZ" or s.text(i).lower() == "was"
                                         for i in (verb, *s.children[verb]) if i == verb or s.tok(i).dep == "aux")


def _verbless(s: ParsedSentence, figure: Figure) -> bool:
    return not any(s.tok(i).pos in ("VERB", "AUX") for i in figure.clause)


def says_too_little(s: ParsedSentence, figure: Figure) -> bool:
    """True for a figure that names its thing but nothing that happens to it (module docstring)."""
    if figure.label not in ("CARDINAL", "QUANTITY"):
        return False
    if _noun_detail(s, figure) or _disagreeing(s, figure):
        return True
    if figure.noun is not None and s.text(figure.noun).lower() in _OTHERS and _verbless(s, figure):
        return True  # "three others in the house"
    return figure.label == "QUANTITY" and figure.noun is None and not figure.clause and not figure.when \
        and not figure.rate and all(s.tok(i).pos in ("ADP", "DET", "NOUN", "PROPN", "ADJ") for i in figure.what)
