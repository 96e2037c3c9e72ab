"""Day-level dates that a sentence refers to, from its raw text and its article's publication date.

Timeline summarization reads hundreds of articles per story, so it cannot afford a
spaCy parse of each (the t17 topics hold up to 400 articles and 30,000 sentences, and
the budget is 16 s a topic on two cores). The rule-based resolver of
:mod:`newsbrief.nlp.dates` works on plain text: it reads "on Monday", "yesterday",
"Feb. 14" and "14 February 2011" against the publication date, with the tense around
a weekday or a yearless month deciding past or future. What it costs is its many
patterns, so a cheap pre-filter first skips the sentences that cannot hold a day-level
date (most of them): only days matter to a daily timeline, and a day needs a day
number, a weekday or a deictic word ("today", "yesterday", "days ago").
"""

from __future__ import annotations

import re
from datetime import date

from newsbrief.lexicon import MONTH_ALTERNATION
from newsbrief.nlp.dates import DateValue, find_dates

# Below this confidence a resolved day is a guess (weeks counted back, "this week" as a
# day); the same floor as the article timeline (analyze/timeline.py, MIN_CONFIDENCE).
MIN_CONFIDENCE = 0.55

# Everything that can name a single day: a month next to a day number (either order), an
# ISO date, a weekday, a deictic word, a count of days. Anything else is at best a month.
_DAY_CUE = re.compile(
    "|".join([
        rf"\b(?:{MONTH_ALTERNATION})\.?\s+\d",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_ALTERNATION})\b",
        r"\b\d{4}-\d\d-\d\d\b",
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
        r"\b(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
        r"\bdays?\s+(?:ago|later|earlier|before|after)\b",
    ]),
    re.I,
)


def may_name_a_day(text: str) -> bool:
    """True when ``text`` holds a cue without which no day-level date can be read."""
    return _DAY_CUE.search(text) is not None


def is_event_day(value: DateValue) -> bool:
    """A day that can date an event: sure enough, not background, not a stretch's start or a range's end."""
    return (value.granularity == "day" and value.confidence >= MIN_CONFIDENCE
            and not value.background and not value.span and not value.ends_range)


def sentence_days(text: str, published: date | None, quoted: bool = False) -> tuple[date, ...]:
    """The days ``text`` reports events on, in text order, each once.

    Relative expressions ("on Monday", "yesterday") need ``published`` and give nothing
    without it; absolute ones ("February 14, 2011") do not.
    """
    if not may_name_a_day(text):
        return ()
    days: list[date] = []
    for value in find_dates(text, published, quoted):
        if is_event_day(value):
            day = date.fromisoformat(value.iso)
            if day not in days:
                days.append(day)
    return tuple(days)
