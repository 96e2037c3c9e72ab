"""Key figures whose line points outside itself (reader Audit 42, docs/audit.md 43.4 #7).

Audit 42 judged half the Key figures "would delete", none wrong: lines lifted from price sentences whose
referent stays in the article. Two kinds are read here from the parse, not from the article's words:

* a comparison whose standard is cut: "a similar $29 to $35 range", "the same $4 price" -- similar to what?
  A comparison adjective on the figure's own noun with no "to"/"as"/"with" complement asks the reader for a
  standard the line does not give ("a budget of $12 million, similar to last year's" keeps its standard);
* a share whose whole is elided: "the mid-tier model will take 45%" where the sentence said "the basic model
  will make up 55% of overall sales, while ...". The whole ("of overall sales") belongs to the other clause's
  share, so the line's share is of nothing a reader can name. A share with its own "of" whole, a rate with no
  other share before it ("inflation rose to 2.9%") and a baseline without its own verb stay.

The labelled cases are in tests/analyze/test_figures_session27b.py.
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

# the comparison adjectives: a closed class of words whose meaning needs a standard ("similar to", "same as")
_COMPARISON = frozenset({"similar", "same", "comparable", "identical", "equivalent"})
_STANDARD_PREPS = frozenset({"to", "as", "with"})
_PERCENT = frozenset({"%", "percent", "per", "cent", "pct", "percentage"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def referred_outside(s: ParsedSentence, figure: Figure) -> bool:
    """True when the figure's line points to a standard or a whole it does not show (either rule below)."""
    return compared_outside(s, figure) or whole_elided(s, figure)


def _value_nouns(s: ParsedSentence, figure: Figure) -> set[int]:
    """The value's root and the noun it counts: where a comparison adjective on the figure would hang."""
    out = {*range(figure.value_start, figure.value_end)}  # "a similar $15 to $20 range": on the amount itself
    if figure.noun is not None:
        out.add(figure.noun)
    for i in list(out):
        if s.tok(i).dep in ("nummod", "compound", "quantmod") and s.inside(s.head(i)):
            out.add(s.head(i))  # "$29 to $35 range": the amount modifies the noun the adjective sits on
    return out


def compared_outside(s: ParsedSentence, figure: Figure) -> bool:
    """True when a comparison adjective ("similar", "same") on the figure's noun or value has no standard:
    no "to"/"as"/"with" complement on the adjective or on its noun. The line shows the adjective's noun
    phrase whole, so the adjective counts whether or not the parse listed it among the figure's tokens."""
    for noun in _value_nouns(s, figure):
        for c in s.children[noun]:
            if s.tok(c).dep != "amod" or s.tok(c).lemma.lower() not in _COMPARISON:
                continue
            if any(s.text(k).lower() in _STANDARD_PREPS for k in s.children[c]):
                continue  # "similar to last year's"
            if any((s.text(k).lower() in _STANDARD_PREPS and s.tok(k).dep in ("prep", "mark", "advmod"))
                   or s.tok(k).dep == "relcl" for k in s.children[noun]):
                continue  # "the same price as last year", "the same 11 players who won": the standard is said
            return True
    return False


def _share(s: ParsedSentence, i: int) -> bool:
    """True when token ``i`` is the unit of a share ("%", "percent", "per cent")."""
    return s.text(i).lower() in _PERCENT


def _has_whole(s: ParsedSentence, unit: int) -> bool:
    return any(s.tok(c).dep == "prep" and s.text(c).lower() == "of" for c in s.children[unit])


def _share_unit(s: ParsedSentence, start: int, end: int) -> int | None:
    """The share's unit token: the value's root when it is "%"/"percent", else the head it modifies."""
    root = s.root(start, end)
    if _share(s, root):
        return root
    head = s.head(root)
    return head if s.inside(head) and _share(s, head) else None


def whole_elided(s: ParsedSentence, figure: Figure) -> bool:
    """True for a share that is the object of its own clause's verb, has no "of" whole, and follows another
    share in the sentence that has one: the whole was said once, for the first share, and the line cuts it."""
    if figure.label != "PERCENT":
        return False
    unit = _share_unit(s, figure.value_start, figure.value_end)
    if unit is None or _has_whole(s, unit) or s.tok(unit).dep not in ("dobj", "attr"):
        return False  # "ahead of transport on 19 percent" ranks the share; eval reader shows it
    verb = s.head(unit)
    if s.tok(verb).pos not in ("VERB", "AUX") or not any(s.tok(c).dep in _SUBJECTS for c in s.children[verb]):
        return False  # "up from 20 percent": a baseline with no clause of its own
    return any(_share(s, i) and _has_whole(s, i) for i in range(s.lo, figure.value_start))
