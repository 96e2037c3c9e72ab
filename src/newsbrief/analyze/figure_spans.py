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
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

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
