"""Figures that state no fact a reader can place, and bare counts (moved out of :mod:`newsbrief.analyze.figures`).

A number is no key figure when it is a small count in passing ("with 3 men", an age set off as "at 15"), an error
margin ("plus or minus about 10%"), a number under a negated or counterfactual verb ("It couldn't have been more than
20 feet"), under a subject negated by "no", in a clause held only as a suspicion, a plan of the past, an elliptical
count ("a further 17,000"), or a gloss told by an unnamed "I" or "we": :func:`not_a_fact`. A count shown with nothing
but its noun ("21 member states") is :func:`bare_count`; it is ranked low, not dropped.
"""

from __future__ import annotations

import re

from newsbrief.analyze.figure_details import small_count
from newsbrief.analyze.figure_frames import elliptical
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_times import past_plan
from newsbrief.models import Token

__all__ = ["bare_count", "not_a_fact"]


# Unseen briefs (session 8) showed figures whose meaning a reader cannot find: a small count in passing
# ("the most decorated Olympian of all time with 22 medals", "put me in a cell with 3 men"), an age read
# as a count ("..., at 15 estrogen enhancers"), a counterfactual estimate ("we would have taken about
# 200 kilos"), a hedged detail ("names which may denote two distinct species") and a gloss told by an
# unnamed "I" or "we" ("30 days — I spent in jail"). A large count in passing stays a figure ("with just
# over 6,000 sales", "a state with more than 465,000 registered Republicans": read on the dev pools).
_IN_PASSING = frozenset({"with", "among", "alongside"})
_PAST_MODALS = frozenset({"would", "could", "might", "should", "must", "'d"})
_HEDGES = frozenset({"may", "might"})
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})


def _in_passing(s: ParsedSentence, figure: Figure) -> bool:
    """A small bare count in a phrase of accompaniment ("with 3 men"), or an age set off as "at 15"."""
    if figure.noun is None or not bare_count(figure) or s.tok(figure.noun).dep != "pobj" or not small_count(s, figure):
        return False
    preposition = s.head(figure.noun)
    word = s.text(preposition).lower()
    before = s.text(preposition - 1) if s.inside(preposition - 1) else ""
    return word in _IN_PASSING or (word == "at" and (not before or before in (",", "'", '"', "‘", "“")))


# An error margin is no figure ("4.9 m barrels (plus or minus about 10%)" gave "minus about 10%"), and
# a number under a negated or counterfactual verb states the opposite when shown bare ("It couldn't
# have been more than 20 feet" gave "more than 20 feet"): reader Audit 7. Dropped, not reworded.
_MARGIN = re.compile(r"(?:plus or minus|plus/minus|give or take|±|\+/-|margin of error of)\W*"
                     r"(?:about |around |some )?$", re.I)


def _bounded_or_margin(s: ParsedSentence, figure: Figure) -> bool:
    """True for an error margin, or a number whose governing verb is negated or counterfactual."""
    text = s.doc.article.text
    start = s.tok(figure.value_start).start
    digit = re.search(r"\d", text[start : s.tok(figure.value_end - 1).end])  # "minus about 10%" is one entity
    if _MARGIN.search(text[max(s.sentence.start, start - 30) : start + (digit.start() if digit else 0)]):
        return True
    i = figure.value_start
    for _ in range(8):  # up from the number to the verb that governs it
        token = s.tok(i)
        if token.pos in ("VERB", "AUX") and token.dep != "aux":
            kids = [s.tok(c) for c in s.children[i]]
            modal = any(k.dep == "aux" and k.tag == "MD" and k.text.lower() in _PAST_MODALS for k in kids)
            perfect = token.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have" for k in kids)
            return any(k.dep == "neg" for k in kids) or (modal and perfect) or _negated_subject(s, kids) \
                or _only_suspected(s, i)
        if s.head(i) == i or (token.dep == "conj" and any(s.tok(c).dep == "nsubj" for c in s.children[i])):
            return False  # "X is not ..., and only 3% head to Y": the conjunct has its own subject
        i = s.head(i)
    return False


# Check 8: "no estimate can be 100% accurate" was shown as "100% — estimate be accurate", and "it
# suspected 60 people had been killed" as "60 people — had been killed": a subject negated by "no", or
# a clause held only as a suspicion or belief (or a certainty denied), tells no fact when shown bare.
_NO_SUBJECTS = frozenset("nobody nothing none noone".split())
_SUSPECTING = frozenset("suspect fear believe think assume guess doubt allege speculate presume".split())


def _negated_subject(s: ParsedSentence, kids: list[Token]) -> bool:
    """True when the verb's subject is "no X", "nobody", "nothing" or "none"."""
    for kid in kids:
        if kid.dep in ("nsubj", "nsubjpass") and (kid.lemma.lower() in _NO_SUBJECTS or any(
                s.tok(c).dep == "det" and s.tok(c).lemma.lower() == "no" for c in s.children[kid.i])):
            return True
    return False


def _only_suspected(s: ParsedSentence, verb: int) -> bool:
    """True when the verb's clause is what someone suspects or believes, or is denied to be certain."""
    if s.tok(verb).dep != "ccomp" or s.head(verb) == verb:
        return False
    head = s.tok(s.head(verb))
    return head.lemma.lower() in _SUSPECTING or any(s.tok(c).dep == "neg" for c in s.children[head.i])


def not_a_fact(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure states no fact a reader can place (see above)."""
    if _in_passing(s, figure) or _bounded_or_margin(s, figure) or past_plan(s, figure) or elliptical(s, figure):
        return True
    for i in figure.clause:
        token = s.tok(i)
        if token.dep in ("nsubj", "nsubjpass") and token.text.lower() in _FIRST_PERSON:
            return True
        kids = [s.tok(c) for c in s.children[i]]
        modal = {k.text.lower() for k in kids if k.dep == "aux" and k.tag == "MD"}
        if modal & _PAST_MODALS and token.tag == "VBN" and any(k.dep == "aux" and k.lemma.lower() == "have"
                                                                for k in kids):
            return True  # "would have taken", "could have cost"; not the sum "will have cost"
        if modal & _HEDGES and token.dep in ("relcl", "acl"):
            return True
    return False


def bare_count(figure: Figure) -> bool:
    """A count shown with nothing but its noun: no clause, no time, nothing after the noun it counts.

    An amount or a share keeps its noun's weight ("$7,500 federal tax credit"); a bare count of
    things ("21 member states", "a 13.8-billion-year period") says nothing a reader keeps.
    """
    if figure.label not in ("CARDINAL", "QUANTITY") or figure.clause or figure.when or figure.noun is None:
        return False
    return all(i <= figure.noun for i in figure.what)
