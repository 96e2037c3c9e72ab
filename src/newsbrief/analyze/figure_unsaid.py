"""Figures a bullet would state though the article does not (reader Audit 23, 24.4 items 6 and 9).

Each rule reads the dependency parse around the number for a word its sense depends on, and the figure
is dropped when the bullet would not hold that word (a broken bullet costs a reader more than none):

- a negation above the number: "BP did not have to build a huge funnel to accommodate 800,000 gallons of
  oil per day" was shown as "a huge funnel to accommodate 800,000 gallons of oil per day", the opposite
  of what the expert said; "never had to", "did not need to" likewise. A bullet that keeps the "not"
  stays;
- the old value of a change: "increased to 600 million viewers, from 350 million a year earlier" was
  shown as "from 350 million — total TV audience increased". The new level is the figure; the old one
  is its comparison and is never shown on its own;
- a rhetorical "zero": "the other planets have essentially zero effect on you" says "none", it counts
  nothing. A zero of things counted in the plural ("zero deaths") or a level ("fell to zero") stays;
- an alliance's count of members said in passing: "NATO, which has 28 members, took command" describes
  the alliance in a war report. A firm's staff ("which has 1,200 employees") is left to the other rules;
- the dimensions of a proposal: "One reader suggested dropping a steel plug 12 metres long" is an idea
  the article goes on to weigh, not a fact of the story.
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_sense import DIRECTIONS

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_ZEROS = frozenset({"zero", "nil"})
_MEMBERS = frozenset({"member", "nation", "country", "state", "ally"})
_HAVING = frozenset({"have", "include", "comprise", "count"})
_DESCRIBING = frozenset({"relcl", "appos", "acl"})
_PROPOSING = frozenset({"suggest", "propose", "recommend", "advocate"})
# Words of an old value's phrase ("from 350 million a year earlier") a new level's bullet takes along;
# a longer one is left out (the bullet would be the sentence again).
_MAX_OLD = 6
_MAX_CLIMB = 8  # heads walked up from the number: a clause's verb and those it hangs from


def _above(s: ParsedSentence, figure: Figure) -> list[int]:
    """The heads above the number, nearest first, up to the sentence's root."""
    x = s.root(figure.value_start, figure.value_end)
    out: list[int] = []
    for _ in range(_MAX_CLIMB):
        if s.head(x) == x:
            break
        x = s.head(x)
        out.append(x)
    return out


def negation_lost(s: ParsedSentence, figure: Figure) -> bool:
    """True when a word above the number is negated ("did not have to build", "never had to") and the
    figure does not hold the negation."""
    own = set(figure.tokens)
    below = s.root(figure.value_start, figure.value_end)
    for x in _above(s, figure):
        if s.tok(below).dep == "conj" and any(s.tok(c).dep == "nsubj" for c in s.children[below]):
            break  # "X is not ..., and only 3% head to Y": a conjunct with its own subject is its own clause
        for c in s.children[x]:
            token = s.tok(c)
            if c in own or token.text.lower() not in _NEGATIONS:
                continue
            # "no" only as the noun a verb of the figure's clause hangs from ("no need to hire 300 divers");
            # "no injuries among the 300 passengers" leaves the count of passengers standing
            if token.dep == "neg" or (token.dep == "det" and s.tok(below).pos in ("VERB", "AUX")):
                return True
        below = x
    return False


def old_value(s: ParsedSentence, figure: Figure) -> bool:
    """True for the "from Y" of "rose to X from Y": a baseline whose verb also has a new level "to X"."""
    if figure.baseline is None:
        return False
    verb = next((x for x in _above(s, figure) if s.tok(x).pos in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return any(s.text(c).lower() == "to" and any(s.tok(i).like_num for i in s.subtree(c, set()))
               for c in s.children[verb] if c < figure.value_start)


def rhetorical_zero(s: ParsedSentence, figure: Figure) -> bool:
    """True for "zero" before a singular noun ("essentially zero effect", "zero chance"): a way of saying
    none, not a count."""
    text = " ".join(s.text(i).lower() for i in range(figure.value_start, figure.value_end))
    return text in _ZEROS and figure.noun is not None and s.tok(figure.noun).tag == "NN"


def members_in_passing(s: ParsedSentence, figure: Figure) -> bool:
    """True for an organisation's count of members in a clause that describes it ("NATO, which has 28
    members, ...")."""
    if figure.noun is None or s.tok(figure.noun).lemma.lower() not in _MEMBERS:
        return False
    verb = s.head(figure.noun)
    return s.tok(verb).lemma.lower() in _HAVING and s.tok(verb).dep in _DESCRIBING


def proposed(s: ParsedSentence, figure: Figure) -> bool:
    """True when the number is inside what someone suggests doing ("suggested dropping a plug 12 metres
    long"): a gerund under a verb of proposing."""
    return any(s.tok(x).tag == "VBG" and s.tok(s.head(x)).lemma.lower() in _PROPOSING for x in _above(s, figure))


def _below(s: ParsedSentence, i: int) -> set[int]:
    """``i`` and every word under it, dates included (the parse's subtree leaves dates out)."""
    out, todo = set(), [i]
    while todo:
        x = todo.pop()
        out.add(x)
        todo.extend(c for c in s.children[x] if c not in out)
    return out


def _level_verb(s: ParsedSentence, figure: Figure) -> tuple[int, int] | None:
    """The verb of change and its "to" when the number (or the noun it counts) is the level reached:
    "increased to 600 million viewers"."""
    x = figure.noun if figure.noun is not None else s.root(figure.value_start, figure.value_end)
    if s.tok(x).dep == "nummod" and s.head(x) > x:
        x = s.head(x)  # "9,000 a game": the parse hangs the count on its unit
    to = s.head(x)
    if s.tok(x).dep != "pobj" or s.text(to).lower() != "to" or s.head(to) == to:
        return None
    verb = s.head(to)
    return (verb, to) if s.tok(verb).lemma.lower() in DIRECTIONS else None


def new_level(s: ParsedSentence, figure: Figure) -> Figure:
    """The level a change reached, read with its verb and subject ("The total TV audience increased to 600
    million viewers", not "600 million viewers" alone, which reads as the level always held), and without
    the old value's time ("rose to 9,000 a game from 6,500 last season": last season dates the 6,500)."""
    if figure.baseline is not None:
        return figure
    found = _level_verb(s, figure)
    if found is None:
        return figure
    verb, to = found
    old = {i for c in s.children[verb] if s.text(c).lower() == "from" and c >= figure.value_end
           for i in _below(s, c)}
    clause = set(figure.clause)
    if verb not in clause and (subject := s.subject(verb, set(figure.tokens))):
        clause |= subject | {verb, to}
    if (verb in clause or verb in figure.tokens) and len(old) <= _MAX_OLD:
        clause |= old  # "from 350 million a year earlier": the comparison, where it fits
    return replace(figure, clause=tuple(sorted(clause)), when=tuple(i for i in figure.when if i not in old))


def unsaid(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure as shown would state what the article does not (see the module)."""
    return negation_lost(s, figure) or old_value(s, figure) or rhetorical_zero(s, figure) \
        or members_in_passing(s, figure) or proposed(s, figure)


__all__ = ["members_in_passing", "negation_lost", "new_level", "old_value", "proposed", "rhetorical_zero", "unsaid"]
