"""Numbers that classify, describe a career or a place, or tell a diet: key figures a reader deletes
(reader Audit 18, 19.4 items 4 and 9).

* a rhetorical count of kinds: "there are only two kinds of medical story" sorts the world into kinds;
  it counts nothing the story reports. Only a small count of "kinds", "sorts" or "types" said with
  "there are" or "only" (a lab's "three types of mosquito carry the virus" stays);
* a career's length inside a clause about a person: "Professor Lee, who has studied influenza for 30
  years, said ..." introduces the speaker; the years belong to his biography, not to the story. The
  length of what happened in the main clause ("the war has lasted 30 years") stays;
* what a place is home to: "the reserve is home to 400 species of birds" describes the place;
* calories: a ration's or a meal's energy ("a parcel worth 1,200 calories a day") is a detail of diet;
* a distance that places something: "capsized about 80 miles off the Libyan coast", "a sanctuary up the
  river, 200m away" tells where, not how much (reader Audit 25: a burn's distance, a sanctuary's). A
  distance that is the story's measure ("the record is 52.491km", "a range of 20 miles") stays;
* a span that only times another figure: "a loss of some 29% over 40 years" has one figure, the loss; "40 years"
  alone would read as a figure of its own (session 17, "40 years — average loss"). A span with no other number
  under its head ("the war has lasted 30 years", "jailed for 10 years") stays, and so does a verb's span
  ("made 1,312 transfers over six years": the reader-grade figures set shows it);
* a slogan's "zero": "a policy of zero problems with the neighbours", "on the road to zero emissions" names an
  aim, it counts nothing (reader Audit 27, 28.4 pattern 7). A zero a clause reports as its object ("the plant
  reported zero injuries") stays;
* a count inside a figure of speech: "all five stages of grief exploded on Twitter" (reader Audit 28, 29.4
  pattern 7), "a million reasons to come back", "one of a kind" count nothing the story reports. Only set
  phrases are listed; "five stages of the project" stays;
* a value in a bare list of values: "$10bn, $15bn - the guesses keep rising" counts nothing a bullet can name
  (reader Audit 28, 29.4 pattern 9: "$10bn, $15bn" shown alone). A list with its noun ("fines of $10bn and
  $15bn") stays: there the values are conjuncts under the noun, not appositions of each other.

Plain rules over the dependency parse the figure modules already walk; no new library.
"""

from __future__ import annotations

import re

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

_KINDS = frozenset({"kind", "sort", "type"})
_MAX_KINDS = 5  # "two kinds", "three sorts": a classification; a long list of types is the story's content
_DURATIONS = frozenset({"year", "decade"})
_DESCRIBING = frozenset({"relcl", "acl", "appos"})
_LIVING = frozenset({"species", "specie", "variety", "breed", "kind"})
_ENERGY = frozenset({"calorie", "kilocalorie", "kcal"})
_DISTANCES = frozenset({"mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "m", "metre",
                        "metres", "meter", "meters", "yard", "yards", "foot", "feet", "ft", "nautical"})
# what follows a distance that places something: "80 miles off the coast", "200m away", "5km north of"
# the prepositions that set a span over which another number was measured: "29% over 40 years", "fell 26% in a decade"
_OVER = frozenset({"over", "in", "within", "during", "across"})
_NUMERIC = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
_PLACING = frozenset({"off", "away", "from", "offshore", "inland", "outside", "north", "south", "east", "west",
                      "northeast", "northwest", "southeast", "southwest", "upstream", "downstream", "beyond"})


# Set phrases whose number is a way of speaking, matched from the number on (lower-cased, one space between tokens).
_IDIOMS = re.compile(r"(?:five|5) stages of grief\b|(?:seven|7) (?:deadly sins|wonders of the world|seas)\b"
                     r"|one of a kind\b|(?:a|one) (?:million|thousand|hundred|billion) (?:reasons|ways|times|things"
                     r"|miles away|words|questions)\b|(?:nine|9) lives\b|cloud nine\b|sixth sense\b"
                     r"|seventh heaven\b|second to none\b|at sixes and sevens\b")
_IDIOM_TOKENS = 6  # the longest phrase above: "seven wonders of the world" after the number


def _figure_of_speech(s: ParsedSentence, figure: Figure) -> bool:
    """"all five stages of grief exploded": the number opens (or closes) a set phrase."""
    start = figure.value_start
    if start > s.lo and s.text(start - 1).lower() in ("a", "cloud"):
        start -= 1  # "a million reasons", "cloud nine": the phrase opens on the word before
    words = " ".join(s.text(i).lower() for i in range(start, min(s.hi, figure.value_end + _IDIOM_TOKENS)))
    return _IDIOMS.match(words) is not None


def _value_list(s: ParsedSentence, figure: Figure) -> bool:
    """"$10bn, $15bn - ...": the value counts no noun and a like value stands in apposition to it."""
    if figure.noun is not None:
        return False
    value = figure.value_end - 1
    label = s.tok(value).ent_type
    # a comma list, not a bracketed conversion ("$23,021 (£14,300)" keeps its label: XSum extract row 30)
    return bool(label) and any(s.tok(c).dep == "appos" and s.tok(c).ent_type == label
                               and "," in {s.text(k) for k in range(value + 1, c)}
                               and "(" not in {s.text(k) for k in range(value + 1, c)} for c in s.children[value])


def _counted(s: ParsedSentence, figure: Figure) -> int | None:
    """The noun the number counts: the one it modifies ("two kinds of story": "kinds", not "story")."""
    if s.tok(figure.value_end - 1).dep == "nummod":
        return s.head(figure.value_end - 1)
    return figure.noun


def _rhetorical_kinds(s: ParsedSentence, figure: Figure) -> bool:
    """"there are only two kinds of medical story": a small count of kinds said with "there" or "only"."""
    noun = _counted(s, figure)
    if noun is None or s.tok(noun).lemma.lower() not in _KINDS:
        return False
    if not any(s.text(c).lower() == "of" for c in s.children[noun]):
        return False
    value = s.text(figure.value_end - 1).lower()  # the value may hold its "only"
    small = (value.isdigit() and int(value) <= _MAX_KINDS) or value in ("two", "three", "four", "five")
    before = {s.text(i).lower() for i in range(max(s.lo, figure.value_start - 3), figure.value_end - 1)}
    return small and bool(before & {"only", "there", "just"})


def _career_length(s: ParsedSentence, figure: Figure) -> bool:
    """A span of years in a clause that describes a person: "who has studied influenza for 30 years"."""
    noun = _counted(s, figure)
    if noun is None or s.tok(noun).lemma.lower() not in _DURATIONS:
        return False
    i = noun
    for _ in range(4):  # up through "for" and the verb to the clause that describes
        if s.tok(i).dep in _DESCRIBING:
            return True
        if s.head(i) == i or s.tok(i).dep in ("ccomp", "ROOT", "conj"):
            return False
        i = s.head(i)
    return False


def _home_to(s: ParsedSentence, figure: Figure) -> bool:
    """"home to 400 species of birds": a count that describes a place."""
    noun = _counted(s, figure)
    if noun is None or s.tok(noun).lemma.lower() not in _LIVING:
        return False
    to = s.head(noun)
    return s.text(to).lower() == "to" and s.text(s.head(to)).lower() == "home"


def _energy(s: ParsedSentence, figure: Figure) -> bool:
    """A count of calories: a detail of a diet or a ration."""
    noun = _counted(s, figure)
    return noun is not None and s.tok(noun).lemma.lower() in _ENERGY


def _placing_distance(s: ParsedSentence, figure: Figure) -> bool:
    """"about 80 miles off the Libyan coast", "200m away": a distance followed by where it is measured from."""
    if figure.label != "QUANTITY":
        return False
    end = figure.value_end
    if s.text(end - 1).lower() not in _DISTANCES and s.text(end).lower() in _DISTANCES:
        end += 1  # "80 miles" when the value stops at the number
    unit = s.text(end - 1).lower()
    written = unit in _DISTANCES or any(unit.endswith(u) and unit[: -len(u)][-1:].isdigit() for u in ("km", "m", "ft"))
    return written and s.inside(end) and s.text(end).lower() in _PLACING


def _timing_span(s: ParsedSentence, figure: Figure) -> bool:
    """"a loss of some 29% over 40 years": a span under "over"/"in" whose head holds another number."""
    if figure.label != "DURATION":
        return False
    prep = s.head(figure.value_end - 1)
    if s.text(prep).lower() not in _OVER or s.tok(prep).dep != "prep" or s.tok(s.head(prep)).pos != "NOUN":
        return False  # a verb's span stays: "made 1,312 transfers over six years" (the reader set shows it)
    value = set(range(figure.value_start, figure.value_end))
    held = s.subtree(s.head(prep), {prep} | value)  # the head's own phrase, not a clause hung on it
    return any(s.tok(i).ent_type in _NUMERIC and s.tok(i).like_num for i in held)


def _slogan_zero(s: ParsedSentence, figure: Figure) -> bool:
    """"built his policy on zero problems with the neighbours": a spelled "zero" under a preposition."""
    if s.text(figure.value_start).lower() != "zero" or figure.value_end - figure.value_start != 1:
        return False
    noun = _counted(s, figure)
    return noun is not None and s.tok(noun).dep == "pobj"


def classifying_or_descriptive(s: ParsedSentence, figure: Figure) -> bool:
    """True for a rhetorical count of kinds, a career's length, what a place is home to, calories, a
    distance that places something, a span that times another figure, a slogan's zero or a set phrase."""
    return _rhetorical_kinds(s, figure) or _career_length(s, figure) or _home_to(s, figure) or _energy(s, figure) \
        or _placing_distance(s, figure) or _timing_span(s, figure) or _slogan_zero(s, figure) \
        or _figure_of_speech(s, figure) or _value_list(s, figure)


__all__ = ["classifying_or_descriptive"]
