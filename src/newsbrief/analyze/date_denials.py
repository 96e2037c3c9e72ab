"""Dates of a clause that says nothing happened: it dates no event (reader Audit 47, 48.4 item 5).

"Others came from three countries, none of which reported any cases in 2014", "No one was hurt in May 2019"
and "The ministry did not publish the figures in 2018" tell that something did not happen on the date: a
timeline entry would report a non-event. A negated limit ("not ... until 2016") and the cleft "It wasn't until
2012 that ..." point to an act and are read elsewhere (:mod:`newsbrief.analyze.date_roles`); a date on an
undenied verb above the denial ("Police said on Monday no one was hurt") still dates that verb.

The parse is spaCy's (dependency labels), as in :mod:`newsbrief.analyze.date_roles`.
"""

from __future__ import annotations

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence
from newsbrief.nlp.dates import DateValue, is_until_cleft

# Subjects that deny the clause's act: "none of which reported", "nobody was hurt".
_NO_ONE = frozenset({"none", "nobody", "nothing", "neither", "no-one"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def dates_a_denial(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the clause the date hangs on is negated or has a denying subject ("none", "no cases")."""
    if value.bound is not None or value.until is not None or is_until_cleft(sentence.text, value.start, value.end):
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    tokens = doc.sentence_tokens(sentence)
    children = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    if any(t.dep == "neg" for t in children):
        return True
    for subject in (t for t in children if t.dep in _SUBJECTS):
        if subject.text.lower() in _NO_ONE:
            return True
        if any(t.head == subject.i and t.dep == "det" and t.text.lower() == "no" for t in tokens):
            return True  # "no cases were reported in 2014", "no one was hurt"
    return False
