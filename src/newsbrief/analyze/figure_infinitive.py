"""A count that is the object of an infinitive on a noun keeps the words that say whose noun it is.

"The Irish government has deals with two firms to make 40 million doses of the new vaccine": the clause
reader takes the subject of "has" for "make" (through the infinitive on "deals") but skips "has deals with
two firms", so the bullet read "40 million doses — of the new vaccine the Irish government to make" and lost
whose contracts they were (Audit 34 #3, session 21 round 2). Such a clause is given the short run of words
between its subject and the infinitive (the verb and the noun the infinitive hangs on); a run too long or
broken by punctuation is left as it was.

A count that is the object of a participle keeps the infinitive after it that says what the counted did: "after the
government said 120 security personnel were killed there, prompting more than 2,000 people to flee to Turkey" was shown
as "... prompting more than 2,000 people" (Audit 48 #7, the item cut mid-clause).
"""

from __future__ import annotations

from dataclasses import replace

from newsbrief.analyze.figure_measures import Figure
from newsbrief.analyze.figure_parse import ParsedSentence

__all__ = ["with_infinitive_host", "with_object_infinitive"]

# The most words filled in between a subject and its infinitive ("has deals with two firms" is five): more
# is a clause of its own, not a gap (a judgement on Audit 34's A3 sentence; no tuning set).
_MAX_GAP = 8


def with_infinitive_host(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the words between its clause's subject and an infinitive on a noun (or its verb) the
    clause left out."""
    clause = set(figure.clause)
    for v in figure.clause:
        head = s.head(v)
        if s.tok(v).dep not in ("acl", "advcl") or s.tok(v).pos != "VERB" or head == v \
                or not any(s.text(c).lower() == "to" for c in s.children[v]):
            continue
        # "has deals with two firms to make": the parser hangs "to make" on "deals", on "firms" or on "has"
        verb = _verb_over(s, head) if s.tok(v).dep == "acl" else head
        if verb is not None and s.tok(verb).pos not in ("VERB", "AUX"):
            verb = None
        if verb is None:
            continue
        subject = s.subject(verb, set(range(figure.value_start, figure.value_end)) | set(figure.what))
        if not subject or max(subject) > verb:
            continue
        gap = [i for i in range(max(subject) + 1, v) if i not in clause]
        if len(gap) > _MAX_GAP or any(s.tok(i).pos == "PUNCT" for i in gap):
            continue
        return replace(figure, clause=tuple(sorted(clause | subject | set(gap))))
    return figure


def _verb_over(s: ParsedSentence, noun: int) -> int | None:
    """The verb whose object ``noun`` is, directly or through a prepositional phrase on that object ("has
    deals with two firms"), else None."""
    for _ in range(3):
        if s.tok(noun).dep not in ("dobj", "pobj", "prep"):
            return None
        head = s.head(noun)
        if head == noun:
            return None
        if s.tok(head).pos in ("VERB", "AUX") and s.tok(noun).dep == "dobj":
            return head
        noun = head
    return None


# The longest infinitive after a participle's counted object taken whole ("to flee to Turkey" is four words; a longer
# one is a clause of its own and the figure is left as it was). A judgement on Audit 48's #7, not tuned.
_MAX_INFINITIVE = 7


def with_object_infinitive(s: ParsedSentence, figure: Figure) -> Figure:
    """The figure with the "to" infinitive that follows its counted noun when that noun is the object of a participle
    in its measure ("prompting more than 2,000 people *to flee to Turkey*", "forcing 300 families *to leave*")."""
    noun = figure.noun
    if noun is None or s.tok(noun).dep != "dobj":
        return figure
    verb = s.head(noun)
    if verb == noun or s.tok(verb).tag not in ("VBG", "VBN"):
        return figure
    for c in s.children[verb]:
        if s.tok(c).dep in ("xcomp", "ccomp") and c > noun and any(s.tok(k).tag == "TO" for k in s.children[c]):
            words = s.subtree(c, set(), prune=False)
            if len(words) > _MAX_INFINITIVE or any(s.tok(i).like_num for i in words) \
                    or any(i in figure.tokens for i in words):
                return figure
            if verb in figure.clause:
                return replace(figure, clause=tuple(sorted({*figure.clause, *words})))
            return replace(figure, what=tuple(sorted({*figure.what, *words})))
    return figure
