"""Four digits that number a thing, not a year: "resolution 2042", "Flight 1549", "Room 1906", "#1999";
and a day and month that are not one: "6-foot-2 may need".

:func:`newsbrief.nlp.dates.find_dates` reads any four digits from 1800 to 2199 as a year
unless they are a clock time or a share. A number is a year only where its context says so;
this module names the contexts that say it is not (reader Audit 12 put "UN Security Council
resolution 2042 approves ..." in a timeline dated 2042):

- the digits follow a noun that numbers things: "resolution 2042", "flight 1837", "route
  1914", "article 1950", "section 2003", "bill 1999", "page 1850", "room 1906", "No. 1905",
  "number 2010", or a "#";
- the digits end a name in title case ("the Free Valley Movement 2011 page", "Windows Server
  2003") or start a catalogue code ("asteroid 2014 RC", "2004 MN4"): Audit 14 dated a Facebook
  group's post by the year in the group's name, and an asteroid's pass by its designation;
- the year lies far after publication and no word of time stands before it ("2077 pupils",
  "code 2099"): a coming year is written "in 2050", "by 2050", "the 2050 target", "Japan's
  2040 plan", so a far year without any of these is a count or a code.

Rules on the characters before the digits only, no parse, so that the labelled date sets,
which score bare sentences, read them the same way as the analyzers do. A regular expression
is enough: the cue is the one word before the number.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["FAR_AHEAD_YEARS", "NUMBERING_NOUNS", "numbers_a_thing"]

# Nouns after which four digits are a number in a series, not a year. Chosen from the kinds of
# numbered things news names (UN resolutions, flights, roads, laws' articles and sections, bills,
# products, pages, rooms); "act" and "order" are left out, as "the Companies Act 2006" and "the
# Order 2010" carry real years.
NUMBERING_NOUNS = frozenset(
    "resolution resolutions flight flights route routes article articles section sections bill bills "
    "model page pages room rooms number numbers no nos chapter clause paragraph platform gate bus "
    "highway interstate suite apartment flat item patent exhibit lot seat row cell ward berth pier "
    "channel track locomotive tram engine squadron unit serial catalogue code asteroid comet".split())
# A year more than this many years after publication needs a word of time before it to be one:
# targets run decades ahead ("net zero by 2050", 35 years after a 2015 article) but are written
# with "by", "in", "the ... target"; ten years is beyond the plans news dates without such a word.
FAR_AHEAD_YEARS = 10
# Words before a year that make it one: time prepositions, a determiner or an owner before a
# year that premodifies a noun ("the 2050 target", "Japan's 2040 plan"), a range's first end.
_TIME_WORDS = frozenset(
    "in on by until till before after from to through since of between and or during around about circa "
    "year years early late mid end start beginning the its their his her our this that's a an "
    "spring summer autumn fall winter".split())
# Capitalised words of time that a year follows in a date, not in a name ("March 2011", "Christmas
# Eve 2010", "Spring 2012", "Euro 2016" is one word and kept by the two-word rule below).
_TIME_NAMES = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec spring summer autumn fall winter christmas easter eve day new year "
    "ramadan eid thanksgiving hanukkah diwali q1 q2 q3 q4 fy h1 h2 in on by since from until before after "
    "of the early late mid end".split())
# Two capitalised words right before the digits, with nothing but spaces between: a title-case name.
_NAME_BEFORE = re.compile(r"(?:^|[^\w.'’])([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*)\s+$")
# A catalogue code after the digits: capital letters, maybe with digits ("2014 RC", "2004 MN4").
# A lone "I" is the pronoun ("In 2004 I had to check ..."), not a code: no designation is one letter I.
_CODE_AFTER = re.compile(r"\d{4}\s+(?!I\b(?!\d))[A-Z]{1,3}\d{0,3}\b(?![a-z])")
_WORD_BEFORE = re.compile(r"([#\w.'’]+)[\s(]*$")
# "No. 1905", "number 1999": the numbering word, with an optional "No."/"number"/"#" between it
# and the digits ("resolution No. 2010", "Flight number 1837").
_NUMBERED = re.compile(r"(?:\b(?P<noun>[A-Za-z]+)\.?\s+)?(?:(?:no\.?|nos\.?|number)\s*)?#?\s*$", re.I)
# A score written like a season: "Leeds beat Hull 2015-16", "the visitors won 2019-20". The digits run
# "NNNN-NN" and follow a result verb, with at most a capitalised team name between (session 17, written
# for the near-misses of the season rule: "won the 2015-16 title" has "the" between and stays a span).
_SCORE_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|edged|thrashed|won|wins|lost|loses|drew|"
                           r"draws|trailed|trailing|led|leading)(?:\s+[A-Z][\w'’-]*){0,3}\s+$")
_SCORE_TAIL = re.compile(r"[-–]\d\d\b")


def numbers_a_thing(text: str, start: int, published: date | None = None) -> bool:
    """True when the four digits at ``text[start:]`` number a thing rather than name a year.

    They do after a numbering noun or "#" (see NUMBERING_NOUNS), in a score ("beat Hull 2015-16"), and
    when they lie more than FAR_AHEAD_YEARS after ``published`` with no word of time before them.
    """
    head = text[max(0, start - 40) : start]
    if head.rstrip().endswith("#"):
        return True
    m = _NUMBERED.search(head)
    if m is not None and m.group(0).strip():
        noun = (m["noun"] or "").lower()
        numbered = m.group(0)[len(m["noun"] or "") :].strip(" .")
        if noun in NUMBERING_NOUNS or numbered.lower().startswith(("no", "number")):
            return True
    if _in_a_name(text, start) or (_SCORE_TAIL.match(text, start + 4) and _SCORE_BEFORE.search(head)):
        return True
    if published is None or not text[start : start + 4].isdigit():
        return False
    if int(text[start : start + 4]) - published.year <= FAR_AHEAD_YEARS:
        return False
    word = _WORD_BEFORE.search(head)
    if word is None:
        return True
    before = word.group(1).lower()
    return not (before in _TIME_WORDS or before.endswith(("'s", "’s", "s'")) or before[:3].isdigit())


def _in_a_name(text: str, start: int) -> bool:
    """Whether the digits end a title-case name of two words or more, or start a catalogue code
    (see the module docstring); words of time ("March 2011", "Christmas Eve 2010") keep a year."""
    if _CODE_AFTER.match(text, start):
        return True
    name = _NAME_BEFORE.search(text[max(0, start - 60) : start])
    if name is None:
        return False
    words = {name.group(1).lower(), name.group(2).lower()}
    return not words & _TIME_NAMES


# A month that is also a word: "may" the modal, "march" the verb. Written in lower case and followed by a
# lower-case word ("those over 6-foot-2 may need more legroom"), it is the word, not the month: the
# lead's reading of an unseen Newsroom review (session 12) dated a car's legroom "2 May 2014"; only a day
# and month with no year are read so ("in may" after a preposition stays a month). "6-foot-2"
# is a height: a day glued by a hyphen to a word is never a date's day ("5-7 May" keeps its day).
_WORD_MONTHS = frozenset({"may", "march", "mar"})
_NEXT_WORD = re.compile(r"\s+[a-z]")


def month_is_a_word(text: str, m: re.Match[str]) -> bool:
    """A day-and-month match whose month is the word "may" or "march" in lower case before a word."""
    if "month" not in m.groupdict() or m.group("month") is None:
        return False
    month = m.group("month")
    if month.lower() not in _WORD_MONTHS or not month.islower():
        return False
    return bool(_NEXT_WORD.match(text, m.end("month")))


def day_of_a_measure(text: str, m: re.Match[str]) -> bool:
    """A match whose day is glued by a hyphen to a word ("6-foot-2"): a measure, not a day."""
    if "day" not in m.groupdict() or m.group("day") is None:
        return False
    start = m.start("day")
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
