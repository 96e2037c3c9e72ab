"""The value of a figure as written, and the numbers that are not figures.

:func:`value_span` widens a number the NER model found to the value as written (a
currency sign, a unit, "%", a range or a ratio kept). :func:`not_a_figure` tells the
numbers that name, label, date, score or describe rather than count: "Vision 2030",
"Section 230", "10 Downing Street", a stats box, an age in passing ("Smith, 45,"), a
score ("a 1-0 win"), "a 212-page report", a number in a line without a finite verb.
:func:`duration_entities` and :func:`reported_duration` find the durations that are
facts in their own right ("jailed for eight years", "14 months late", "lost 21,500
hours", "made 1,312 transfers over six years") among the NER model's DATE and TIME
spans, leaving thresholds ("within four hours", "more than 12 hours") and periods
("in the three months to June") to the timeline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.figure_parse import PRONOUNS, UNIT_SUFFIXES, ParsedSentence
from newsbrief.analyze.figure_rates import rate_span
from newsbrief.models import Document, Entity

_YEARLIKE = re.compile(r"^(1[89]|20)\d\d$")
_SCORE = re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3}$")
_CODE = re.compile(r"^\d+[a-z]{1,2}\d|^[a-z]+\d", re.I)  # "7a2", "f16"
_RELAY = re.compile(r"\d\s*x\s*\d", re.I)  # "4x100m"
_UNIT_IN_CODE = re.compile(r"\d\s*(mph|km|kg|mm|cm|ft|lb|lbs|m|bn|million|billion|mw|gw|kw|mg|ml|in)\b", re.I)
DIGITS = re.compile(r"\d")
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DURATION"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CURRENCY = frozenset({"$", "£", "€", "¥", "₹", "₩", "₽", "₦", "us$", "a$", "c$", "hk$", "nz$", "s$", "r$",
                       "rs", "rs.", "chf"})
_CURRENCY_PREFIXES = frozenset({"US", "A", "C", "HK", "NZ", "S", "R"})
_MAGNITUDES = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
                         "trillion", "trillions", "lakh", "lakhs", "crore", "crores"})
_RANGE_WORDS = frozenset({"-", "–", "to"})
# A number right after one of these words is a label, not an amount: "Section 230", "Flight 370".
_LABEL_WORDS = frozenset("""
section sections article articles chapter clause paragraph rule amendment number no no. nos flight route
room page pages item title part level grade category phase stage episode season volume vol version model
series class type gate platform exit highway interstate bus line unit ward district precinct lot suite
apartment act resolution bill proposition prop exhibit form figure table chart issue game round hole lap
week day match heat lane division tier pier terminal channel code zone block row seat car covid sars top
""".split())
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                 "fifty|sixty|hundreds?|thousands?|a dozen|dozens")
# "eight years", "up to 15 minutes", "21,500 hours": a count of a unit of time, lower case (not "90 Minutes")
_DURATION = re.compile(r"^(?:(?:about|around|some|nearly|almost|up to|more than|less than|at least)\s+)?"
                       rf"(?:\d[\d,.]*|{_NUMBER_WORDS})(?:\s+and a half)?\s+"
                       r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$")
# "jailed for eight years": the verbs whose "for" gives a term served, not a time spent
_TERM_VERBS = frozenset({"jail", "sentence", "imprison", "ban", "suspend", "bar", "disqualify", "detain", "jailed",
                         "sentenced", "banned", "suspended", "imprisoned"})
# "14 months late": words a duration measures a delay or a lead with
_SCHEDULE_WORDS = frozenset({"late", "early", "behind", "ahead", "overdue", "longer", "shorter", "delayed"})
_DEFINITE_BEFORE = frozenset("the these those its their his her our last next past first final another".split())
_BOUND_WORDS = frozenset({"more", "less", "fewer", "least", "most", "within", "under"})


# Words that may stand between "to" and a range's upper number: "from 50,000 to at least 200,000".
_RANGE_HEDGES = frozenset({"at", "least", "most", "about", "some", "nearly", "almost", "around", "more", "than"})


def _range_top(s: ParsedSentence, end: int) -> int | None:
    """The token of a range's upper number after ``end`` ("- 9.5", "to 12", "to at least 200,000"), or None.
    (Reader Audit 12: "vary from 50,000" showed a range of estimates as its lower bound.)"""
    if s.text(end) not in _RANGE_WORDS:
        return None
    k = end + 1
    while s.inside(k) and k <= end + 3 and s.text(k).lower() in _RANGE_HEDGES:
        k += 1
    if s.text(k).lower() in CURRENCY:
        k += 1  # "from $475,000 to $1.7 million": each end has its sign (reader Audit 25)
    return k if s.inside(k) and s.tok(k).like_num else None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _counted_range(s: ParsedSentence, end: int, upper: int | None) -> bool:
    """A count's range, "8,000 to 12,000 construction jobs": the lower number hangs on the upper one
    (spaCy's quantmod) or is smaller than it. A tally, "voted 7 to 2", is neither (reader Audit 25:
    the range showed as "12,000 construction jobs")."""
    if upper is None:
        return False
    lower, top = _number(s.text(end - 1)), _number(s.text(upper))
    if lower is not None and top is not None and lower >= top and s.text(upper + 1).lower() not in _MAGNITUDES:
        return False
    return (s.tok(end - 1).dep == "quantmod" and s.head(end - 1) == upper) or (lower is not None and top is not None)


# Verbs whose "N to M" object is a vote's tally ("Lawmakers voted 312 to 98", "The Senate passed it 52 to 48").
_TALLY_VERBS = frozenset("vote pass approve reject defeat back elect confirm endorse adopt carry".split())


def _tally(s: ParsedSentence, start: int, end: int) -> bool:
    """"N to M" hanging on a tally verb: a vote's count after the voted object ("passed the bill 52 to 48"),
    which the object's noun before it does not name (session 18)."""
    return end - start == 3 and s.text(start + 1).lower() == "to" and s.tok(start).like_num \
        and s.tok(end - 1).like_num and s.tok(s.head(start)).lemma.lower() in _TALLY_VERBS


def value_span(s: ParsedSentence, entity: Entity) -> tuple[int, int]:
    """Token span of the value as written: currency sign, unit, "%", a range or a ratio kept."""
    start, end = entity.token_start, entity.token_end
    if s.text(start - 1).lower() in CURRENCY:
        start -= 1
    if s.text(start).lower() in CURRENCY and s.text(start - 1) in _CURRENCY_PREFIXES \
            and s.tok(start - 1).end == s.tok(start).start:
        start -= 1  # "US $5"
    changed = entity.label == "CARDINAL" and s.text(start - 1).lower() == "from"  # "from about 1,550 to 450"
    if end - 1 > start and s.text(end - 1).lower() in _RANGE_WORDS:
        end -= 1  # the model's "$475,000 to": the range word is read below, not kept as the value's end
    upper = _range_top(s, end)
    ranged = entity.label in ("MONEY", "PERCENT") or changed or (
        entity.label in ("CARDINAL", "QUANTITY") and _counted_range(s, end, upper))
    if ranged and s.tok(end - 1).like_num and upper is not None:
        end = upper + 1  # "$9-9.5 billion", "10 to 12 percent", "from 50,000 to at least 200,000"
        while s.inside(end) and s.tok(end).dep in ("nummod", "compound", "quantmod", "pobj") \
                and (s.tok(end).like_num or s.text(end).lower() in UNIT_SUFFIXES):
            end += 1
    if entity.label == "CARDINAL" and s.text(end).lower() == "to" and s.inside(end + 1) and s.tok(end + 1).like_num \
            and s.tok(s.head(end + 1)).lemma.lower() in _TALLY_VERBS:
        end += 2  # "voted 312 to 98": a tally is one value; its first number alone says nothing (session 17)
    elif s.text(end) == "-" and s.tok(end).start == s.tok(end - 1).end and _market_move(s, end + 1):
        end += 2  # "a 300-point rally": the move in points is the value
    elif s.text(end).lower().rstrip(".") in UNIT_SUFFIXES and s.tok(end).start == s.tok(end - 1).end:
        end += 1  # "£31.4m"
    elif _spaced_unit(s, end):
        # "1.2 m high": the model leaves the short unit out and the measure read as a bare count; the dimension
        # right after is the measure's own ("high"; "in diameter" is a phrase the clause reads)
        end += 2 if s.inside(end + 1) and s.text(end + 1).lower() in _DIMENSION_ADJECTIVES else 1
    elif s.text(end).lower() in _MAGNITUDES and entity.label == "MONEY":
        end += 1  # "Rs 25 lakh"
    if s.text(end).lower() in ("%", "percent") and entity.label != "PERCENT":
        end += 1
    elif s.text(end).lower() == "per" and s.text(end + 1).lower() == "cent" and entity.label != "PERCENT":
        end += 2
    start, end = _with_scale(s, start, end)
    end = _with_paired_sum(s, entity.label, start, _first_sum_end(s, entity.label, start, end))
    while end - 1 > start and s.tok(end - 1).pos in ("CCONJ", "ADP"):
        end -= 1  # "a 20% and 16% improvement": the first value is "20%", not "20% and"
    end = _with_plus(s, end)
    return rate_span(s, start, end, entity.label)  # "one in five", "12 hours out of 24"


# Plural nouns of amounts after which "X and Y" are alternatives or ends of one reckoning ("costs of $10bn and
# $15bn", "fines of $3m and $4m"), not two sums of different things ("paid $2m and $500,000 in bonuses").
_PAIRED_NOUNS = frozenset("""
costs estimates fines figures bids offers prices valuations forecasts projections penalties damages sums amounts
""".split())


def _paired_context(s: ParsedSentence, start: int, end: int) -> bool:
    """True when the sums around "and" are one value: after "between"/"from", after "<plural amount noun> of",
    or when the first has no scale and the second has one ("$10 and $15 billion")."""
    before = s.text(start - 1).lower()
    if before in ("between", "from") or s.text(start).lower() in ("between", "from"):  # the model may keep it
        return True
    if before == "of" and s.text(start - 2).lower() in _PAIRED_NOUNS:
        return True
    scaled = s.text(end - 1).lower() in _MAGNITUDES | UNIT_SUFFIXES or bool(SCALED.match(s.text(end - 1)))
    second = s.text(end + 3).lower() if s.inside(end + 3) else ""
    return not scaled and second in _MAGNITUDES | UNIT_SUFFIXES


def _first_sum_end(s: ParsedSentence, label: str, start: int, end: int) -> int:
    """The end of the first sum when the model's entity runs over "and" into a second ("$2 million and $500,000",
    or "$3 million and" with the second apart): _with_paired_sum decides whether the two are one value."""
    if label != "MONEY":
        return end
    for k in range(start + 1, end):
        if s.text(k).lower() == "and" and (k + 1 == end or s.text(k + 1).lower() in CURRENCY):
            return k
    return end


def _with_paired_sum(s: ParsedSentence, label: str, start: int, end: int) -> int:
    """The end widened over a second sum joined by "and" ("between $10bn and $15bn", "costs of $10bn and
    $15bn"): both ends are one value with one label; alone, the second showed untagged (session 18). Only in
    a context that pairs them (_paired_context): "was paid $2 million and $500,000 in bonuses" is two sums
    (session 18 review)."""
    if label != "MONEY" or s.text(end).lower() != "and" or s.text(end + 1).lower() not in CURRENCY \
            or not s.inside(end + 2) or not (s.tok(end + 2).like_num or SCALED.match(s.text(end + 2))) \
            or not _paired_context(s, start, end):
        return end
    end += 3
    if s.inside(end) and s.text(end).lower() in _MAGNITUDES | UNIT_SUFFIXES:
        end += 1  # "$10 and $15 billion"
    return end


# Short units written apart from their number; "m" also abbreviates "million" ("3 m members"), so it is a unit
# only before a word of dimension ("1.2 m high", "4 m in diameter") (figures18b's leftover, session 18c).
_SHORT_UNITS = frozenset({"km", "cm", "mm", "kg", "ft", "mph", "kph", "km/h", "mi", "lb", "lbs"})
_DIMENSION_ADJECTIVES = frozenset("high tall long wide deep thick".split())
_DIMENSION_WORDS = frozenset("""
high tall long wide deep thick across away apart in diameter length height width depth
""".split())


def _spaced_unit(s: ParsedSentence, end: int) -> bool:
    """True when the token at ``end`` is a short unit written apart from the number before it ("1.2 m high",
    "40 km from the coast"): the number hangs on it."""
    if not s.inside(end) or not s.tok(end - 1).like_num or s.head(end - 1) != end \
            or s.tok(end).dep in ("compound", "nmod", "amod"):
        return False  # "the 23.5mm diameter pendant": a measure that describes a thing is no figure (XSum row 39)
    unit = s.text(end).lower()
    return unit in _SHORT_UNITS or (unit == "m" and s.inside(end + 1) and s.text(end + 1).lower() in _DIMENSION_WORDS)


def as_measure(s: ParsedSentence, entity: Entity) -> Entity:
    """A count the model tagged CARDINAL whose short unit follows apart ("1.2 m high") as the QUANTITY it is:
    read as a count, nothing said what it counted and it was never shown."""
    if entity.label == "CARDINAL" and _spaced_unit(s, entity.token_end):
        return replace(entity, label="QUANTITY")
    last = entity.token_end - 1
    if entity.label == "CARDINAL" and last > entity.token_start and s.tok(last).pos == "NOUN" \
            and not s.tok(last).like_num and s.text(last).lower() not in _MAGNITUDES \
            and s.tok(last - 1).like_num and s.tok(last - 1).end < s.tok(last).start \
            and any(s.tok(c).dep == "nummod" and c < last for c in s.children[last]):
        # "At least 20 million gallons" taken whole as a CARDINAL: the noun is what it counts, not part of the
        # number, or nothing said what the number counted and the spill's size was never shown (Audit 51 #5)
        end = s.tok(last - 1).end
        return replace(entity, token_end=last, end=end, text=s.doc.article.text[entity.start : end])
    return entity


def _with_plus(s: ParsedSentence, end: int) -> int:
    """The end widened over a written "-plus" ("200,000-plus people"): the model's entity stops at the hyphen
    or before it, and the figure read "200,000- — people on Facebook" (reader Audit 19)."""
    if s.text(end - 1) == "-" and s.inside(end) and s.text(end).lower() == "plus":
        return end + 1
    if s.inside(end + 1) and s.text(end) == "-" and s.text(end + 1).lower() == "plus" \
            and s.tok(end).start == s.tok(end - 1).end:
        return end + 2
    return end


# Scales whose name is the unit of the number beside it: "a magnitude 6.1 tremor", "a 7.0-magnitude
# quake" (a reader Audit showed "seven quake", the scale lost and the number read as a count).
_SCALE_AFTER = frozenset({"magnitude", "richter"})  # "7.0-magnitude"; "a level 4" is written before only


def _with_scale(s: ParsedSentence, start: int, end: int) -> tuple[int, int]:
    """The span widened to the scale named next to the number ("magnitude 7", "7.0-magnitude")."""
    if s.inside(start - 1) and s.text(start - 1).lower() == "magnitude":
        start -= 1
    elif s.inside(start - 2) and s.text(start - 1) == "-" and s.text(start - 2).lower() == "magnitude":
        start -= 2
    if s.inside(end) and s.text(end).lower() in _SCALE_AFTER:
        end += 1
    elif s.inside(end + 1) and s.text(end) == "-" and s.text(end + 1).lower() in _SCALE_AFTER \
            and s.tok(end).start == s.tok(end - 1).end:
        end += 2
    return start, end


def on_scale(s: ParsedSentence, start: int, end: int) -> bool:
    """True when the value span names its scale ("magnitude 7"): a value with a unit, not a count."""
    return any(s.text(i).lower() in _SCALE_AFTER for i in range(start, end))


# Words that make a number an amount of money when no currency sign is written.
_CURRENCY_WORDS = frozenset("""
dollar dollars pound pounds sterling euro euros yen yuan renminbi rupee rupees rouble roubles ruble rubles franc
francs peso pesos real reais rand won lira krona kronor krone kroner ringgit baht dirham dirhams riyal riyals naira
shekel shekels zloty cent cents pence penny p lakh lakhs crore crores rs bitcoin bitcoins usd gbp eur jpy cny inr
""".split())


def money_written(s: ParsedSentence, entity: Entity) -> bool:
    """Whether an amount the NER model calls money says so: a currency sign or word in or around it
    ("$5", "5 euros", "Rs 25 lakh", "£31.4m"). The model also calls "20 billion particles" and "a
    13.8-billion-year period" money; those are counts and descriptions."""
    start, end = value_span(s, entity)
    around = range(max(s.lo, start - 1), min(s.hi, end + 2))
    return any(s.text(i).lower() in CURRENCY or s.text(i).lower().rstrip(".") in _CURRENCY_WORDS
               or any(ch in s.text(i) for ch in "$£€¥₹₩₽₦") for i in around)


def _headline_like(s: ParsedSentence) -> bool:
    """A line with no verb, or a short one with no finite verb: a label, a headline, a stats line."""
    tokens = s.doc.tokens[s.lo : s.hi]
    if not any(t.pos in ("VERB", "AUX") for t in tokens):
        return True
    words = sum(1 for t in tokens if t.pos != "PUNCT")
    return words < 8 and not any(t.tag in _FINITE_TAGS for t in tokens)


# A number joined by a hyphen to the word it describes: "8-ounce", "a 16-inch screen".
_HYPHENED = re.compile(r"\d\s*-\s*[a-z]", re.I)


def _is_label(s: ParsedSentence, start: int, end: int, label: str, text: str) -> bool:
    """A number that names or labels something rather than counting it."""
    before, after = s.text(start - 1), s.text(end)
    if before in ("#", "@") or (before.lower() in _LABEL_WORDS and not _tally(s, start, end)):
        return True  # "Section 230", "Flight 370", "#7minutes"; not "passed the bill 52 to 48"
    if ":" in (before, after):
        return True  # a stats box: "Appearances: 37"
    if label not in ("CARDINAL", "QUANTITY"):
        return False
    if any(t.text[:1].isupper() and t.text.isalpha() for t in s.doc.tokens[start + 1 : end]):
        return True  # "1 Market Square" taken as one number
    if label == "CARDINAL" and before and s.tok(start - 1).pos == "PROPN" and start - 1 not in s.date_tokens \
            and s.tok(start - 1).ent_type not in ("NORP", "GPE"):
        return True  # "Vision 2030", "Boeing 737", "Apollo 11"
    named = s.tok(end) if after else None  # the word the number names: "737 Max", "10 Downing Street", "22 Club"
    head = s.head(end - 1)
    if s.tok(end - 1).dep in ("nummod", "compound", "nmod") and end <= head <= end + 3:
        named = s.tok(head)  # "260 GPS stations" counts stations
    if named is not None and named.text[:1].isupper() and named.pos in ("NOUN", "PROPN") \
            and named.ent_type not in ("NORP",) and not named.text.isupper():
        return True
    if _HYPHENED.search(text) and s.tok(end - 1).dep in ("amod", "compound", "nummod", "nmod") \
            and not _market_move(s, end - 1):
        return True  # "8-ounce jars", "a 16-inch screen": a description
    if after in ("-", "–") and s.text(end + 1).isalpha() and s.tok(end).start == s.tok(end - 1).end \
            and not _market_move(s, end + 1):
        return True  # "a 212-page report", "the 61-seat council": a description
    return bool(_RELAY.search(text) or (_CODE.search(text) and not _UNIT_IN_CODE.search(text)))


# "a near 300-point rally on the Dow evaporated": an index's move in points is the story's figure, not a
# description like "a 212-page report" (the lead's Newsroom row 50 reading: the headline move was missed)
_MOVES = frozenset("rally drop gain fall loss plunge jump surge slide decline rise selloff sell-off swing climb "
                   "tumble slump advance".split())


def _market_move(s: ParsedSentence, unit: int) -> bool:
    """True for "300-point rally": a unit "point" whose head noun is a move of a level."""
    head = s.head(unit)
    return s.text(unit).lower() in ("point", "points") and head != unit and s.text(head).lower() in _MOVES


def _in_score(s: ParsedSentence, start: int, end: int) -> bool:
    """A number joined by a dash to another: a score written in pieces ("6 - 0")."""
    def digit(i: int) -> bool:
        return s.text(i)[:1].isdigit()

    return (s.text(end) in ("-", "–") and digit(end + 1)) or (s.text(start - 1) in ("-", "–") and digit(start - 2)) \
        or bool(re.match(r"^[-–]\d", s.text(end)))


def _is_age(s: ParsedSentence, start: int, end: int, anchor: int) -> bool:
    """An age given in passing: "Smith, 45,", "aged 45", "Ruiz (45)", "she was 19"."""
    before, after = s.text(start - 1), s.text(end)
    if before.lower() in _AGE_WORDS:
        return True
    short = end - start == 1 and len(s.text(start)) <= 3
    if before == "," and short and s.tok(start - 2).pos in ("PROPN", "NOUN") and after in ("", ",", ".", ")", ";"):
        return True  # "Leah Still, 5, was diagnosed", "a pupil, 15,"
    if before == "(" and after == ")" and short:
        return s.tok(start - 2).pos == "PROPN"
    head = s.tok(s.head(anchor))
    if head.text.lower() == "of" and s.text(s.head(head.i)).lower() == "age":
        return True
    if s.tok(anchor).dep in ("attr", "acomp") and head.lemma == "be" and short:
        subject = [c for c in s.children[head.i] if s.tok(c).dep in ("nsubj", "nsubjpass")]
        return any(s.tok(c).text.lower() in PRONOUNS or s.tok(c).ent_type == "PERSON" for c in subject)
    return False


def not_a_figure(s: ParsedSentence, label: str, start: int, end: int, anchor: int, text: str) -> bool:
    """Numbers that name, label, date, score or describe rather than count."""
    if label == "DURATION":
        return not reported_duration(s, start, end)
    if s.text(start - 1) == "(" and s.inside(start - 2) and s.counted(start - 2):
        return True  # "45 miles (72 kilometers)", "31,000 euros ($34,200)": the same figure converted
    if on_scale(s, start, end):
        return False  # "a magnitude seven quake", "a 7.0-magnitude earthquake": its strength, however written
    plain = text.strip().lower()
    numbers = [t.text for t in s.doc.tokens[start:end] if t.like_num and DIGITS.search(t.text)]
    if label == "CARDINAL" and len(numbers) == 1 and _YEARLIKE.match(numbers[0]):
        return True  # "2030", "at least 2002", "late 2020"
    if label in ("CARDINAL", "QUANTITY") and (_SCORE.match(plain) or _in_score(s, start, end)):
        return True  # "a 1-0 win", "6-0 6-3"
    if label == "QUANTITY" and not DIGITS.search(text):
        return True  # "a four-kilometre pursuit"
    if label == "MONEY" and not DIGITS.search(text) and not set(plain.split()) & _MAGNITUDES:
        return True  # "every penny"; "millions of dollars" is an amount
    if label == "CARDINAL" and s.head(anchor) in s.date_tokens and s.text(start - 1).lower() != "from":
        return True  # "January 18 and 19"
    return _headline_like(s) or _is_label(s, start, end, label, text) or _is_age(s, start, end, anchor)


def duration_entities(doc: Document) -> list[Entity]:
    """The DATE and TIME spans that count a unit of time, as ``DURATION`` entities.

    Two joined by "and" are one: "eight years and four months".
    """
    found: list[Entity] = []
    for e in doc.entities:
        if e.label not in ("DATE", "TIME") or not _DURATION.match(e.text):
            continue
        last = found[-1] if found else None
        if last is not None and last.sentence_index == e.sentence_index and last.token_end + 1 == e.token_start \
                and doc.tokens[last.token_end].text.lower() == "and":
            text = doc.article.text[last.start : e.end]
            found[-1] = Entity(text, "DURATION", last.start, e.end, e.sentence_index, last.token_start, e.token_end)
            continue
        found.append(Entity(e.text, "DURATION", e.start, e.end, e.sentence_index, e.token_start, e.token_end))
    return found


def _verb_above(s: ParsedSentence, i: int) -> int | None:
    """The first verb up the parse from token ``i`` (at most five steps)."""
    for _ in range(5):
        up = s.head(i)
        if up == i:
            return None
        if s.tok(up).pos in ("VERB", "AUX"):
            return up
        i = up
    return None


def reported_duration(s: ParsedSentence, start: int, end: int) -> bool:
    """A duration that is a fact in its own right, by its place in the clause.

    A term ("jailed for eight years"), the span of an activity ("made 1,312 transfers
    over six years"), an amount of time lost or saved ("lost 21,500 hours", "cut ... by
    up to 15 minutes"), a delay ("14 months late"). Thresholds ("within four hours",
    "more than 12 hours") and periods with an article ("in the three months to June")
    only qualify other figures.
    """
    words = {s.text(i).lower() for i in range(start, end)}
    before, after = s.text(start - 1).lower(), s.text(end).lower()
    if after in ("ago", "later", "earlier", "old", "before", "after", "-") or before in _DEFINITE_BEFORE:
        return False
    root = s.root(start, end)
    verb = _verb_above(s, root)
    if before == "by":
        return verb is not None  # a change: "cut journey times by up to 15 minutes"
    if words & _BOUND_WORDS or before in _BOUND_WORDS:
        return False
    if before == "for":
        return verb is not None and s.tok(verb).lemma.lower() in _TERM_VERBS
    if before in ("over", "during", "across"):
        return verb is not None
    t = s.tok(root)
    head = s.tok(s.head(root))
    if t.dep == "dobj" and head.pos == "VERB":
        return True  # "lost 21,500 hours"
    return t.dep == "npadvmod" and head.text.lower() in _SCHEDULE_WORDS


_PENCE = re.compile(r"^\d[\d,]*(\.\d+)?p$")
# A sum with its scale glued on ("$15bn", "£3m"), which the tokenizer keeps as one word that is not like_num
SCALED = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:bn|m|tn|trn|k)$", re.I)


def unlabelled_amounts(doc: Document) -> list[Entity]:
    """Amounts the NER model left out or mislabelled: "£143m." after a missed sentence end, "398p"."""
    found: list[Entity] = []
    tokens = doc.tokens
    for sentence in doc.sentences:
        for i in range(sentence.token_start, sentence.token_end):
            t = tokens[i]
            if t.ent_type in FIGURE_LABELS:
                continue
            money = t.text.lower() in CURRENCY and i + 1 < sentence.token_end \
                and (tokens[i + 1].like_num or SCALED.match(tokens[i + 1].text) is not None) \
                and tokens[i + 1].ent_type not in FIGURE_LABELS
            if money:
                number = tokens[i + 1]
                found.append(Entity(number.text, "MONEY", number.start, number.end, sentence.index, i + 1, i + 2))
            elif _PENCE.match(t.text):
                found.append(Entity(t.text, "MONEY", t.start, t.end, sentence.index, i, i + 1))
    return found
