"""The cues around a date that make it a stretch, a start or background rather than an event.

Split out of :mod:`newsbrief.nlp.dates` (session 17, to make room there); that module finds
the expressions and calls these readers on each one:

- :func:`background`: a date of comparison ("since 2008", "as in 2016"), the name of a
  past event in a sentence about now ("the 2016 referendum still divides the town"), an
  origin or a biography ("born in 1961"), a past date in an aside or a quotation;
- :func:`in_perfect`: the present perfect that anchors "for six years" to publication;
- :func:`after_since`: "since 1900" opens a stretch, it is no event on that date;
- :func:`starts_from`: "closed for a week from yesterday" names the day something begins;
- :func:`counts_from_now`: "in two weeks" counts from publication, unless it is a rate or
  sits in a past clause.
"""

from __future__ import annotations

import re

from newsbrief.nlp.date_resolvers import DateValue, Tense
from newsbrief.nlp.tense import _CLAUSE_END, tense_at

__all__ = ["FROM", "after_since", "attributive_day", "background", "counts_from_now", "in_perfect", "starts_from"]

# How far back from a date its cues are looked for, in characters; each came with the
# labelled date set or test that needed it (git log of nlp/dates.py):
PERFECT_LOOKBACK = 60  # "has/have/'ve" before "for six years" (ad906e7, the 68-expression set)
SINCE_LOOKBACK = 12  # "since"/"from (the)" right before the date (3f7d0f0, the examples' golden tests)
BACKGROUND_LOOKBACK = 30  # "as in", "compared with", "the memory of the" (the reader date set)
_PERFECT = re.compile(r"\b(?:has|have|'ve)\b", re.I)
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)
FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)  # "from 2015 to 2018" opens a range, not a stretch


# --- Background: a date named for comparison or as the name of a past event ---------

# "since 2008", "as in 2016", "higher than in 2016", "compared with 2019", "the memory of
# (the) 1982", "the anniversary of": the date frames the statement, nothing happened on it.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:since|ever\s+since|as\s+(?:it\s+did\s+|they\s+did\s+|happened\s+|was\s+the\s+case\s+)?in|like\s+in"
    # "no later than 6 May" is a deadline (a limit the resolver marks), no comparison
    r"|unlike\s+in|(?<!later\s)(?<!earlier\s)(?<!sooner\s)than(?:\s+in)?|compared\s+(?:with|to)|relative\s+to|memor(?:y|ies)\s+of|anniversary\s+of"
    r"|reminiscent\s+of|echoes\s+of|levels\s+of)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?$"
    # "As the council did in 1988, it is promising ...": what someone did then, named to compare (session 29)
    r"|\bas\s+(?:the\s+|a\s+)?[\w'’-]+\s+(?:did|had|was|were)\s+in\s+(?:the\s+)?$"
    # "reminiscent of his campaign 2008 speeches": an owner and one noun between (reader Audit 11)
    r"|\b(?:reminiscent|echoes|memor(?:y|ies))\s+of\s+(?:his|her|its|their|our|my|your)\s+[a-z]+\s+$",
    re.I,
)
# A date that names a thing: "the 1982 crackdown", "Britain's 2016 referendum", "its 2019 report".
# Background when the sentence speaks of now ("the 2016 referendum still divides the town"),
# an event when it tells what happened there ("she won four golds at the 2012 Games").
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|whose)|['’]s)\s+$", re.I)
_WORD_AFTER = re.compile(r"^\s+(?!(?:to|and|until|till|through|thru|or)\b)[A-Za-z]")
_ABSOLUTE = frozenset({"iso", "mdy", "dmy", "my", "year", "year_tail", "month_range", "day_range", "decade"})
# A day and month without a year (nlp/dates.py's kinds) that may name an event as "the 1982 crackdown" does.
_YEARLESS_DAYS = frozenset({"md", "dm"})
# After a day that names a thing, the thing: a word that is no preposition, conjunction or relative word
# ("the 20 April blowout", not "on the 21st December that ..." nor "the 3 May in which").
_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:to|and|until|till|through|thru|or|that|which|who|when|where|while|as|at|in|on|of|for|from|by|with|"
    r"after|before|but|because|if|is|was|were|will|would|had|has|have))[A-Za-z]", re.I)


def attributive_day(text: str, start: int, end: int) -> bool:
    """Whether the day and month at ``text[start:end]`` modifies a noun after a determiner ("the April 20 explosion",
    "a February 3 statement"): it names an event, and its clause's tense is not that event's time.

    "Casualties from the April 20 explosion will mount" is about the past explosion; the clause's "will" put it in
    the next April (a t17 article of June 2010 dated it 2011-04-20).
    """
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - BACKGROUND_LOOKBACK) : start])
                and _NOUN_AFTER.match(text[end:]))


def _inside_quote(text: str, start: int, quoted: bool) -> bool:
    """True when ``start`` lies inside a quotation (``quoted``: the text opens inside one)."""
    head = text[:start]
    straight = head.count('"') % 2 == 1
    curly = head.count("“") > head.count("”")
    single = head.count("‘") > len(re.findall(r"’(?![A-Za-z])", head))
    return quoted != (straight or curly or single) if head.count('"') or curly else quoted or single


# Inside the date's clause: "since records began in 1881", "born in 1961", "the dispute
# dates back to a treaty signed in 1953" - an origin or a biography, not the news.
# "Since" opens such a clause only a few words before the date, with no "and" between:
# "since 1900 and could rise ... by 2100" leaves 2100 an event.
_BACKGROUND_CLAUSE = re.compile(
    r"(?:\bsince(?:\s+(?!and\b|but\b)[\w'’-]+){1,5}\s+(?:in|on|of)?\s*"
    r"|\b(?:born|(?:dates?|dating|goes|going|went|traces?|traced|tracing)\s+back\s+to|stems?\s+from"
    r"|roots?\s+in)\b)", re.I)
# A possessive date opening an apposition: ", last year's Davis Cup runner-up," says who someone is.
_POSSESSIVE_AFTER = re.compile(r"^['’]s\b")
_APPOSITION_BEFORE = re.compile(r"[,(—–]\s*(?:the\s+)?$")
# A comma-enclosed relative clause: "The mill, which closed in 2009, is being turned into flats".
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:()]*$", re.I)


def background(text: str, kind: str, value: DateValue, quoted: bool) -> bool:
    """True when the date at ``value.start`` is named as background, not as an event on it.

    Background is a date of comparison ("since 2008", "as in 2016", "higher than in
    2016"), the name of a past event in a sentence about now ("the 2016 referendum
    still divides the town"), an origin or a biography
    ("since records began in 1881", "born in 1961", "dates back to 1953"), and a written-out
    past date in an aside ("The mill, which closed in 2009, is ...") or inside a
    quotation (a speaker's "the memory of 1982"). The days and months counted from now
    ("on Friday", "last month") stay events in asides and quotations: they are the news
    calendar, told by whoever tells it.
    """
    before = text[max(0, value.start - BACKGROUND_LOOKBACK) : value.start]
    if _BACKGROUND_BEFORE.search(before):
        return True
    if _POSSESSIVE_AFTER.match(text[value.end :]) and _APPOSITION_BEFORE.search(before):
        return True  # "France, last year's runner-up, opened ...": the date describes who, not when
    clause = _CLAUSE_END.split(text[: value.start])[-1]
    origin = _BACKGROUND_CLAUSE.search(clause)
    if origin and (not origin.group(0).lower().startswith("since") or origin.end() == len(clause)):
        return True
    named = (kind in _ABSOLUTE and _DETERMINER_BEFORE.search(before) and _WORD_AFTER.match(text[value.end :])) or (
        kind in _YEARLESS_DAYS and attributive_day(text, value.start, value.end))
    if named and not value.future and tense_at(text, value.start, value.end) not in ("past", "unclear"):
        return True
    if value.future or not (kind in _ABSOLUTE or value.granularity == "year"):
        return False
    # A day written out with its year in a quotation is a record of what happened, as a statement gives it ("On 31
    # December, 2014, newspapers reported a rumour of cases", an agency said; Audit 51 #9 lost it); a speaker's
    # year or month ("the memory of 1982") stays background.
    quoted_memory = value.granularity != "day" and _inside_quote(text, value.start, quoted)
    return quoted_memory or bool(_ASIDE.search(text[: value.start]))


def in_perfect(text: str, start: int, end: int) -> bool:
    """True when the present perfect ("have stalled for six years") leads up to ``start``.

    Or follows it: "For the past two years, residents have complained". "Sat for 14
    months" is a past duration with no anchor.
    """
    return bool(_PERFECT.search(text[max(0, start - PERFECT_LOOKBACK) : start])
                or _PERFECT.search(text[end : end + PERFECT_LOOKBACK]))


def after_since(text: str, start: int) -> bool:
    """True when "since" or "from" opens the expression at ``start`` ("since 1900"), or the match
    itself opens with "since" (the month pattern takes its preposition: "since April, it has
    distributed 2,634 tonnes" dates the start of a tally, not an event; check 8)."""
    return bool(_SINCE.search(text[max(0, start - SINCE_LOOKBACK) : start])) \
        or text[start : start + len("since ")].lower() == "since "


# Before "from": a change or a count, whose "from" names the point of comparison ("down 5%
# from Monday", "up from 12 on 3 March"), not the day something begins.
_COMPARED_FROM = re.compile(r"(?:\d|%|\b(?:up|down|rose|fell|risen|fallen|increase|decrease|change|ranging))"
                            r"[^,;:.]{0,25}\bfrom\s+(?:the\s+)?$", re.I)


def starts_from(text: str, value: DateValue) -> bool:
    """True when "from" opens a day on which something begins ("closed for a week from yesterday").

    Only a day: "from 2019" and "from March" are as often points of comparison, and stay
    stretches. Not a possessive ("from Monday's close") nor after a change or a count.
    """
    head = text[max(0, value.start - SINCE_LOOKBACK) : value.start]
    own = text[value.start : value.end].lower().startswith("from ")
    return (value.granularity == "day" and (bool(FROM.search(head)) or own)
            and not re.match(r"['’]s\b", text[value.end :])
            and not _COMPARED_FROM.search(text[max(0, value.start - 60) : value.start]))


# "50 cigarettes in a day", "twice in a year": a rate, not a day or year counted from now.
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*(?:\s+[\w-]+){0,2}|\bonce|\btwice|\btimes)\s+$", re.I)


def counts_from_now(text: str, m: re.Match[str], tense: Tense) -> bool:
    """True when "in two weeks" at ``m`` counts from publication.

    Not in a past clause ("within a year it had spread" counts from another event) and not
    as a rate ("50 cigarettes in a day").
    """
    if tense in ("past", "unclear"):
        return False
    return not (m["num"].lower() in ("a", "an") and _RATE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
