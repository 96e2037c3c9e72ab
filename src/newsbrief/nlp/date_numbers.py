"""Four digits that count or address, not date: a street number and a number in a list of numbers.

:func:`newsbrief.nlp.dates.find_dates` reads any four digits from 1800 to 2199 as a year unless their
context says otherwise (:mod:`newsbrief.nlp.year_numbers` names the words before them that number a
thing). Audit 48 (docs/audit.md 49.4 item 6) found two more contexts, both read from the digits' own
neighbourhood, not from any word of the article:

- an address: the digits stand before a street's name and its street word ("1800 Seaport Blvd.",
  "1600 Pennsylvania Avenue"), maybe as the last member of a list of house numbers ("1200, 1300 and 1800
  Seaport Blvd."): the brief dated "The office building addresses are 1200, 1300, 1600, 1700, 1800, and
  1900 Seaport Blvd." to 1800;
- a list of numbers of which some member can be no year ("1200, 1300, 1600, 1700, 1800"): years are
  listed among years ("in 1990, 1995 and 2000"), so a list that holds 1200 or 350 is a list of counts,
  codes or numbers, and none of its members is a year.

Characters only, no parse, like :mod:`newsbrief.nlp.year_numbers`, so the labelled date sets (bare
sentences) read them as the analyzers do.
"""

from __future__ import annotations

import re

__all__ = ["numbers_a_place_or_count"]

# Street words, full and abbreviated, of English-language addresses.
_STREET_WORDS = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|"
                 r"Parkway|Pkwy|Highway|Hwy|Terrace|Square|Sq|Plaza|Circle|Crescent|Alley)\b")
# After the (last) house number: an optional compass point, one to three capitalised name words, the street word.
_STREET_AFTER = re.compile(rf"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET_WORDS}")
# "1200, 1300, 1600, 1700, 1800, and 1900": three or more numbers joined by commas, "and", "or" or "&";
# thousands separators are not list commas ("1,200" is one number). Two are no list the rule can read:
# "in 2010 and 3% in 2009" and "born 1894 and 95" (a year written short) pair a year with another number.
# Possessive quantifiers: a ",ddd" is a thousands group only when no digit follows, and once read it is never
# re-read as a separator and a number, so a long run of comma-separated numbers in hostile text cannot make
# the patterns below backtrack exponentially (a code review found 14 groups took 0.03 s and 30 would take hours).
_NUMBER = r"\d++(?:,\d{3}(?!\d))*+(?:\.\d+)?+"
_SEPARATOR = r"(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)"
_LIST = re.compile(rf"{_NUMBER}(?:{_SEPARATOR}{_NUMBER}){{2,}}")
_RUN_BEFORE = re.compile(rf"(?:{_NUMBER}{_SEPARATOR})+$")
_RUN_AFTER = re.compile(rf"(?:{_SEPARATOR}{_NUMBER})+")
# Days listed after a month ("June 3, 4 and 5, 1989") make a date, not a list of counts.
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.I)
# A member that can be a year, of any century ("between 1652 and 1855", "tremors in 1860, 1770 and 1618").
_YEARLIKE = re.compile(r"1\d{3}|2[01]\d\d")
# A time preposition right before the digits (or the list) makes them a year whatever follows ("in 1800 Main
# Street was paved", "in 2008 and 2009 Wall Street banks failed"); so does a determiner or owner before a year
# that premodifies a name ("the 2010 Times Square bombing"). An address follows "at", a verb or a list.
_TIME_BEFORE = re.compile(r"\b(?:in|since|by|until|till|before|after|during|from|of|between|the|a|an|its|their|"
                          r"his|her|this|last|next)\s+$", re.I)
# A street word followed by a capitalised word is part of a longer name ("Wall Street Journal"); a compass
# suffix ("Avenue NW") is still an address.
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")


_CONJUNCTION = re.compile(r"\s*,?\s+(?:and|or|&)\s+")


def _closed_list(run: str) -> str:
    """``run`` up to the member after its first "and"/"or": a list ends there, and a number after a comma that
    follows it opens another clause ("2012, 2013 and 2014, 40 people died": the 40 is no member)."""
    joined = _CONJUNCTION.search(run)
    if joined is None:
        return run
    last = re.match(_NUMBER, run[joined.end():])
    return run[: joined.end() + (last.end() if last else 0)]


def numbers_a_place_or_count(text: str, start: int, end: int) -> bool:
    """True when the four digits at ``text[start:end]`` are a house number or a member of a list of numbers
    that is no list of years (see the module docstring)."""
    # Only lists that reach the digits are read (endpos bounds the scan to the digits' neighbourhood).
    listed = next((m for m in _LIST.finditer(text, max(0, start - 120), end + 120)
                   if m.start() <= start and end <= m.end()), None)
    if listed is not None:
        listed_text = _closed_list(listed.group(0))
        if listed.start() + len(listed_text) < end:
            listed = None  # the digits come after the list's last member: "In 2012, 2013 and 2014, 40 died"
    if listed is not None and not _MONTH_BEFORE.search(text[max(0, listed.start() - 12) : listed.start()]):
        members = re.findall(_NUMBER, listed_text)
        if not all(_YEARLIKE.fullmatch(member) for member in members):
            return True  # "1200, 1300, 1600 and 1800": counts or codes ("June 3, 4 and 5, 1989" is a date)
    # The run of numbers the digits stand in ("1800 and 1900 Seaport Blvd."), from its first to its last.
    before = _RUN_BEFORE.search(text[max(0, start - 120) : start])
    first = start - (len(before.group(0)) if before else 0)
    after = _RUN_AFTER.match(text, end)
    last = after.end() if after else end
    if _TIME_BEFORE.search(text[max(0, first - 12) : first]):
        return False  # "in 2008 and 2009 Wall Street banks failed": years
    street = _STREET_AFTER.match(text, last)
    return street is not None and not _NAME_GOES_ON.match(text, street.end())
