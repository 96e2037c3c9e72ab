"""Key figures whose sense a bullet would change or lose (reader Audit 15: Key figures 12% wrong, 49% deletable).

The audit rule: a number whose bullet says what it counts is useful; a bare number is useless; an
altered number, a lost hedge and a thing that is not a figure are wrong. Each rule below reads the
dependency parse for a word the number's sense depends on that the figure does not hold, and the
figure is dropped rather than repaired (a broken gloss costs a reader more than no bullet):

- a rank, not a count: "new No. 3 status", "ranked number 4";
- a small count of abstract nouns: "three important lessons will apply", "two main reasons";
- a hedge on the number the bullet would not show: "hundreds of thousands, and perhaps even
  millions" gave "millions — unknowing pensioners", a firm claim (and millions of pensioners);
- a predicate cut mid-way: "70% of the identifications were from DNA samples" without "or dental
  records or both" alters the share;
- the direction of a change cut off: "were down to only 1.3% growth" shown as "only 1.3% growth" (reader
  Audit 18) reads as the level, not the fall;
- what was said cut off: "two-thirds of the people questioned said they trusted the army" without
  what they said.
"""

from __future__ import annotations

from newsbrief.analyze.figure_cuts import value_count
from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# Nouns that count ideas rather than things in the story: "two key lessons" is a way of speaking.
_ABSTRACT = frozenset("lesson reason thing way point question issue factor step idea option problem priority goal "
                      "aspect area theme message principle pillar scenario challenge possibility element "
                      "explanation takeaway".split())
ABSTRACT_BELOW = 10
_RANK_WORDS = frozenset({"no.", "no", "number", "#", "nr."})
_HEDGES = frozenset({"perhaps", "possibly", "maybe", "potentially", "conceivably", "probably"})
_REPORTING = frozenset("say tell add announce note state claim report reply respond answer".split())
_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _rank(s: ParsedSentence, figure: Figure) -> bool:
    """"No. 3", "number 4", "#1": a place in an order, not a count."""
    start = figure.value_start
    before = s.text(start - 1).lower() if s.inside(start - 1) else ""
    if before == "." and s.inside(start - 2):  # "No. 3" is read as "No" "." "3"
        before = s.text(start - 2).lower()
    first = s.text(start).lower()
    return before in _RANK_WORDS or first.startswith(("no.", "#"))


def _abstract(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of ideas ("three lessons", "two reasons")."""
    count = value_count(s, figure)
    return figure.noun is not None and count is not None and count < ABSTRACT_BELOW \
        and s.tok(figure.noun).lemma.lower() in _ABSTRACT


def _lost_hedge(s: ParsedSentence, figure: Figure) -> bool:
    """A hedge ("perhaps", "possibly") on the number or its noun that the figure does not hold, or a
    number that is the hedged upper alternative of another ("thousands, and perhaps millions")."""
    own = set(figure.tokens)
    holders = set(range(figure.value_start, figure.value_end))
    if figure.noun is not None:
        holders.add(figure.noun)
    return any(s.tok(c).lemma.lower() in _HEDGES and c not in own for h in holders for c in s.children[h])


def _cut_predicate(s: ParsedSentence, figure: Figure) -> bool:
    """A word of the clause whose coordinated alternative ("DNA samples *or dental records*") is left out."""
    own = set(figure.tokens)
    for i in figure.clause:
        if s.tok(i).pos not in _NOUNISH or s.tok(i).dep == "nsubj":
            continue
        if any(s.tok(c).dep == "conj" and c not in own and s.tok(c).pos in _NOUNISH and not _numbered(s, c)
               for c in s.children[i]):  # "310 metres tall and 45 metres wide": the other is a figure of its own
            return True
    return False


def _numbered(s: ParsedSentence, x: int) -> bool:
    """True when the word or its dependents, two levels down, hold a number."""
    near = [x, *s.children[x], *(g for c in s.children[x] for g in s.children[c])]
    return any(s.tok(i).like_num for i in near)


def _said_without_what(s: ParsedSentence, figure: Figure) -> bool:
    """The number is who said something, and what they said is not in the figure."""
    x = figure.noun if figure.noun is not None else s.root(figure.value_start, figure.value_end)
    for _ in range(4):
        if s.tok(x).dep in ("nsubj", "nsubjpass"):
            verb = s.head(x)
            own = set(figure.tokens)
            return s.tok(verb).lemma.lower() in _REPORTING and any(
                s.tok(c).dep == "ccomp" and c not in own for c in s.children[verb])
        if s.tok(x).dep not in ("nummod", "quantmod", "compound", "pobj", "prep"):
            return False
        x = s.head(x)
    return False


# Words that give a number the direction of a change ("down 1.3%", "fell to 2%", "rose by 4.5%").
DIRECTIONS = frozenset("down up fall rise drop climb increase decrease decline slide jump plunge grow shrink "
                        "slow gain slump soar tumble sink surge".split())
_TOWARD_DEPS = frozenset({"nummod", "quantmod", "compound", "pobj", "prep", "npadvmod", "amod"})


def _lost_direction(s: ParsedSentence, figure: Figure) -> bool:
    """A word of direction above a level the number reaches ("down to only 1.3% growth") that the figure
    does not hold."""
    own = set(figure.tokens)
    x = s.root(figure.value_start, figure.value_end)
    through_to = False
    for _ in range(4):
        if s.tok(x).dep not in _TOWARD_DEPS or s.head(x) == x:
            return False
        x = s.head(x)
        through_to = through_to or s.text(x).lower() == "to"
        if s.tok(x).lemma.lower() in DIRECTIONS or s.text(x).lower() in DIRECTIONS:
            # only a level reached ("down to 1.3%"): a bare change ("rose 4.5%") is shown with its verb,
            # and a wider rule dropped two of eval reader's shown figures
            return through_to and x not in own
    return False


def sense_lost(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure as it would be shown alters or loses the number's sense (see the module)."""
    return _rank(s, figure) or _abstract(s, figure) or _lost_hedge(s, figure) or _cut_predicate(s, figure) \
        or _said_without_what(s, figure) or _lost_direction(s, figure)


__all__ = ["ABSTRACT_BELOW", "DIRECTIONS", "sense_lost"]
