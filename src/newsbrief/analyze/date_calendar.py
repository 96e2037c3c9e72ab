"""Relative days a Timeline reads by the news calendar: "last week" as a week, "today's voters" as nowadays.

**Last week.** Reader Audit 44 #3 missed a procession told as "Last week the statue was paraded around the square":
the resolver reads "last week" as the day a week before publication with a confidence (0.5) under the Timeline's
floor, since that day is a guess. The week itself is no guess: in news "last week" is the calendar week (Monday to
Sunday) before the one the article is published in. The Timeline now lists such an event as a span over that week
("5–11 July 2010"), dated by its Monday as a range is by its start, so a reader sees when it happened without a day
the article never gave.

Decided in session 29, and tested (tests/analyze/test_timeline_weeks_s29.py):

- only "last week" (also "late/early last week"): "this week" may be past or ahead, and "next week" has no event
  yet; both stay withheld as before;
- with no publication date nothing is listed: the payload's date is an ISO date and the section is ordered by it,
  and an entry "last week: ..." among dated ones would break that order (the key points keep the sentence); the same
  holds for a bare weekday (reader Audit 31);
- background ("since last week") stays background.

**Today's.** An opinion piece's "Today's voters are wary of big promises" was a Timeline entry on its publication
day (session 29's labelled cases): the possessive describes the present generation, no event of that day. "Today's
vote was postponed" and "today's talks" are the day's news and keep their date, so only nouns for people in general
or a whole society count: an event noun never does. :func:`newsbrief.analyze.date_roles.means_nowadays` reads the
adverb ("we observe today"); this reads the possessive.

**Months named by a habit: "The serious storms arrive in August and September" (reader Audit 25).**

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
from dataclasses import replace
from datetime import date, timedelta

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

__all__ = ["WEEK_CONFIDENCE", "calendar_week", "names_our_times"]

# Sure of the week, not of a day: above the Timeline's floor (0.55), below a named day (set by hand).
WEEK_CONFIDENCE = 0.6
_DAYS_PER_WEEK = 7
_LAST_WEEK = re.compile(r"(?:(?:late|early|earlier|later)\s+)?last\s+week", re.I)


def _day(point: date, confidence: float, start: int, end: int) -> DateValue:
    return DateValue(point.isoformat(), "day", confidence, False, start, end)


def calendar_week(value: DateValue, text: str, published: date | None) -> DateValue:
    """``value`` as the calendar week before ``published`` when it reads "last week" in ``text``, else as is.

    The week is a span from its Monday to its Sunday (``until``), labelled like a range ("5–11 July 2010").
    """
    if (published is None or value.background or value.until is not None or value.granularity != "day"
            or _LAST_WEEK.fullmatch(text[value.start : value.end].strip()) is None):
        return value
    monday = published - timedelta(days=published.weekday() + _DAYS_PER_WEEK)
    sunday = monday + timedelta(days=_DAYS_PER_WEEK - 1)
    return replace(_day(monday, WEEK_CONFIDENCE, value.start, value.end),
                   until=_day(sunday, WEEK_CONFIDENCE, value.start, value.end))


# Nouns a possessive "today's" makes "the present generation's" or "the present world's" (lemmas, by hand).
_GENERATIONS = frozenset({
    "voter", "child", "youth", "teenager", "student", "parent", "worker", "consumer", "reader", "viewer",
    "people", "politician", "generation", "society", "world", "culture", "politics", "family", "graduate",
    "kid", "employer", "economy", "standard", "technology", "medicine", "journalism",
})


def names_our_times(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` is a possessive "today" on a noun for people or a society ("Today's voters are wary",
    "in today's world"); "Today's vote was postponed" keeps its date."""
    if sentence.text[value.start : value.end].strip().lower() not in ("today", "today's", "today’s"):
        return False
    start = sentence.start + value.start
    for token in doc.sentence_tokens(sentence):
        if token.start == start and token.text.lower() == "today" and token.dep == "poss":
            return doc.tokens[token.head].lemma.lower() in _GENERATIONS
    return False


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
