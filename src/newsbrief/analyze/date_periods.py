"""A sentence whose second main clause tells an event of another time than the date of its first.

"The army put down riots by police conscripts in 1986, and he jailed some 30,000 people when militants carried
out a string of attacks on tourists" (reader Audit 43 #3) was a 1986 entry, though its weightier half, the
jailings, belongs to the attacks of the next decade, which the sentence times by its own "when" clause. The
date reaches only its own clause; when a second clause joined to it by "and" (or "but") has its own subject and
its own time (a "when", "while", "after", "before", "as" or "until" clause, or a "during" phrase), the sentence
spans two periods and its entry is withheld rather than dated by the first year only.

Near miss: "put down riots in 1986 and jailed their leaders" shares the subject and the time: kept.
"""

from __future__ import annotations

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

__all__ = ["spans_another_period"]

_TIME_MARKS = frozenset("when while after before as until once".split())
_TIME_PREPOSITIONS = frozenset({"during", "throughout"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _own_time(tokens: list[Token], verb: Token) -> bool:
    """Whether the clause of ``verb`` has a subject and a time of its own."""
    kids = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    if not any(t.dep in _SUBJECTS for t in kids):
        return False
    for kid in kids:
        if kid.dep == "advcl" and any(t.head == kid.i and t.dep in ("mark", "advmod") and t.text.lower() in _TIME_MARKS
                                      for t in tokens):
            return True
        if kid.dep == "prep" and kid.text.lower() in _TIME_PREPOSITIONS:
            return True
    return False


def spans_another_period(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause is joined to a second main clause timed by its own clause (see above)."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or value.future:
        return False
    tokens = list(doc.sentence_tokens(sentence))
    joined = [t for t in tokens if t.dep == "conj" and t.head == verb.i and t.pos in ("VERB", "AUX")]
    return any(_own_time(tokens, t) for t in joined)
