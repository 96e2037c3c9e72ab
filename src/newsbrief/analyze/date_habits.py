"""Months named by a habit: "The serious storms arrive in August and September" (reader Audit 25).

A present-simple clause with a month and no year can tell a timetable ("The new rules take effect in
July", a coming event the date reader places in the next July) or a habit: what happens every year
in that month ("Hurricanes usually strike in September", "the rains come in June and July"). A habit
is no event of the year the month is resolved to: Audit 25 put "August 2010 — [T]he serious storms
arrive in August and September" in a timeline. The marks of a habit read here are a word of frequency
("usually", "every", "each year"), a season of two or more months ("in August and September", "from
June to November"), and a subject that is a thing of the seasons (storms, rains, the monsoon). A day
("The hurricane season begins on 1 June") or a year ("arrive in August 2005") keeps the date: it
names one occasion.
"""

from __future__ import annotations

import re

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

# Words that make a clause tell what happens as a rule, not once.
_FREQUENCY = re.compile(
    r"\b(?:usually|typically|normally|generally|often|always|traditionally|regularly|routinely|customarily"
    r"|annually|seasonally|rarely|seldom|sometimes|invariably|tend\s+to|tends\s+to|every|each\s+year"
    r"|each\s+summer|each\s+winter|a\s+year|per\s+year)\b", re.I)
MONTH_PATTERN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# A second month joined to the date: "in August and September", "June to November", "June-November".
_SEASON_AFTER = re.compile(rf"^\s*(?:and|or|to|through|till|until|-|–)\s*{MONTH_PATTERN}\b")
# A month with a pointer to one occasion: "this August", "next June", "last July".
_ONE_OCCASION = re.compile(r"\b(?:this|next|last|coming|past|\d{4})\b", re.I)
# Subjects that come and go with the seasons, by lemma: weather, its damage, and the yearly cycles of
# nature and trade. Written from the kinds of seasonal statements in news, not from one article.
_SEASONAL = frozenset(
    "storm hurricane typhoon cyclone rain rainfall monsoon snow snowfall frost ice flood flooding drought "
    "heat heatwave wildfire fire season tide wind temperature weather harvest crop bloom migration bird "
    "tourist visitor crowd swarm plague".split())
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def tells_a_habit(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a month without a year dates a present-simple habit, not an event of one year."""
    expression = sentence.text[value.start : value.end]
    if value.granularity != "month" or _ONE_OCCASION.search(expression) or _ONE_OCCASION.search(sentence.text):
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None or not _present_simple(doc, sentence, verb):
        return False
    if _FREQUENCY.search(sentence.text) or _SEASON_AFTER.match(sentence.text[(value.until or value).end :]):
        return True
    if value.until is not None:
        return True  # "The hurricane season runs from June to November"
    subject = next((t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep == "nsubj"), None)
    return subject is not None and subject.lemma.lower() in _SEASONAL


def _present_simple(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb`` is a present-simple finite verb with no auxiliary ("arrive", "strikes")."""
    if verb.tag not in _PRESENT_TAGS:
        return False
    return not any(t.head == verb.i and t.dep in ("aux", "auxpass") for t in doc.sentence_tokens(sentence))
