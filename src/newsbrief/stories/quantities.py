"""Quantities: the numbers of a sentence as comparable measures (value, approximate, what they count).

Two outlets' figures can only be compared once each is read as a measure: "Twenty-two people were
taken to hospital" and "Nine passengers remain in hospital" both count people in hospital; "Fourteen
of the train's 32 wagons" is a part (14) of a whole (32); "passed 118 to 94" and "ruled 7-2" are
tallies; "48.50 crowns a share" is a rate; "for at least six weeks" is a length of time. Everything
is read from the parse the brief already has (spaCy tokens, lemmas and dependencies) with small
general word lists, since a learned number-alignment model would need labelled data we do not have.
:mod:`newsbrief.stories.compare` decides when two quantities measure the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.models import Token

_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6,
          "bn": 1e9, "k": 1e3}
_WORD_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24})
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGITS = re.compile(r"^\d{1,3}$")
# Words before a number that make it approximate: "about 50" and "48" are not a conflict.
_APPROX = {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "more", "than",
           "least", "up", "estimated", "close", "under", "fewer", "less", "just", "upwards"}
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")
_SCORE = re.compile(r"^(\d{1,3})[-–](\d{1,3})$")
# Lengths of time, in days: "closed for at least six weeks" and "for three months" measure one closure.
_DURATIONS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
# Words naming a change, one name each: "a 9 percent pay rise" and "a 7 percent increase" are one demand.
_CHANGES = {"rise": "increase", "raise": "increase", "hike": "increase", "increase": "increase",
            "increment": "increase", "cut": "decrease", "reduction": "decrease", "decrease": "decrease",
            "fall": "decrease", "drop": "decrease", "decline": "decrease"}
# Verbs after which "N to M" is a change ("rose from 12 to 15"), not a tally ("passed 118 to 94").
_CHANGE_VERBS = {"rise", "climb", "increase", "grow", "fall", "drop", "decline", "jump", "go", "raise", "cut",
                 "revise", "lift", "lower", "reduce", "double", "move"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a claim: its value, whether it is approximate, and the noun it counts (lemma)."""

    value: float
    approximate: bool
    noun: str | None
    unit: str | None  # "percent", a currency sign, "per share" (a rate), "day" (a length of time), or None
    text: str = ""  # as written: "at least 12", "Fifteen", "1.4 million"
    verb: str | None = None  # the verb the number hangs on ("killed", "passed"), as a lemma
    part: bool = False  # a part of a whole: "Fourteen of the train's 32 wagons", "40 of them"
    whole: float | None = None  # the whole a part is of, when named (32)


def _value(tokens: Sequence[Token], i: int) -> float | None:
    text = tokens[i].text.lower().lstrip("$€£")
    score = _SCORE.match(text)
    if score:  # a score or a vote ("4-1", "7-2") as one comparable value
        return float(int(score.group(1)) * 1000 + int(score.group(2)))
    if _NUMBER.match(text):
        value = float(text.replace(",", ""))
    elif text in _WORD_NUMBERS:
        value = _WORD_NUMBERS[text]
        if text in _TENS and _joined(tokens, i) is not None:
            value += _WORD_NUMBERS[tokens[i + 2].text.lower()]  # "Twenty-two" is one number
    else:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in _SCALE:
        value *= _SCALE[tokens[i + 1].text.lower()]
    return value


def _joined(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the number joined to token ``i`` by a hyphen ("Twenty-two", "7-2" split in three)."""
    if i + 2 < len(tokens) and tokens[i + 1].text in ("-", "–") \
            and tokens[i + 1].start == tokens[i].end and tokens[i + 2].start == tokens[i + 1].end:
        nxt = tokens[i + 2].text.lower()
        if nxt in _WORD_NUMBERS or _DIGITS.match(nxt):
            return i + 2
    return None


def _tally(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A score or a vote written apart ("7-2" as three tokens, "passed 118 to 94", "by 118 votes to 94"):
    one value, and the index of its last token."""
    if not _DIGITS.match(tokens[i].text):
        return None
    joined = _joined(tokens, i)
    if joined is not None and _DIGITS.match(tokens[joined].text):
        return float(int(tokens[i].text) * 1000 + int(tokens[joined].text)), joined
    k = i + 1
    if k < len(tokens) and tokens[k].lemma.lower() == "vote":
        k += 1
    if k + 1 < len(tokens) and tokens[k].text.lower() == "to" and _DIGITS.match(tokens[k + 1].text):
        before = {t.text.lower() for t in tokens[max(0, i - 3) : i]}
        if "from" in before or "between" in before or _governing_verb(tokens, i) in _CHANGE_VERBS:
            return None  # "rose from 12 to 15" is a change, not a tally
        return float(int(tokens[i].text) * 1000 + int(tokens[k + 1].text)), k + 1
    return None


def _partitive(tokens: Sequence[Token], i: int) -> tuple[str | None, float | None] | None:
    """A part of a whole ("Fourteen of the train's 32 wagons", "40 of them"): the noun of the whole and
    its size when named; None when the number is not followed by "of"."""
    if i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "of":
        return None
    of = tokens[i + 1]
    base = tokens[0].i
    whole = next((t for t in tokens if t.head == of.i and t.dep == "pobj"), None)
    if whole is None or whole.pos == "PRON":  # "40 of them": the number's own head names what is counted
        head = tokens[tokens[i].head - base] if 0 <= tokens[i].head - base < len(tokens) else None
        return (head.lemma.lower() if head is not None and head.pos == "NOUN" else None), None
    size = next((_value(tokens, t.i - base) for t in tokens if t.head == whole.i and t.dep == "nummod"), None)
    return whole.lemma.lower(), size


def _counted_noun(tokens: Sequence[Token], i: int) -> str | None:
    """The noun a number counts: the next noun within three tokens ("12 people", "1.4 million homes"),
    else the noun it hangs on ("a toll of 15")."""
    if i > 0 and tokens[i - 1].pos == "NOUN" and tokens[i - 1].text.lower() not in _SCALE:
        return tokens[i - 1].lemma.lower()  # "magnitude 6.4", "flight 370": the noun names the measure
    window: Sequence[Token] = [t for t in tokens[i + 1 : i + 5] if t.text.lower() not in _SCALE][:3]
    if window and window[0].text.lower() in ("percent", "%", "per", "percentage"):
        after = tokens[i + 1 : i + 8]
        at = 1 if after[0].text.lower() != "per" else 2  # "per cent"
        # "55 percent of the construction cost": the share counts what follows "of"; "25 percent tariff
        # on imports of steel": without "of" right after the share, the noun the share modifies.
        window = after[at + 1 :] if len(after) > at and after[at].text.lower() == "of" else after[at : at + 3]
    for k, token in enumerate(window):
        if token.pos in ("NOUN", "PROPN"):
            if token.dep == "compound" and k + 1 < len(window) and window[k + 1].pos == "NOUN":
                continue  # "baggage handlers": the head noun is what is counted
            return token.lemma.lower()
        if token.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT") and token.text.lower() not in ("of",):
            break  # "rose to 650 after police widened the cordon": the count is not the police
    # "The number of people killed ... rose to 21", "the toll climbed to 15": a count named earlier.
    before = [t for t in reversed(tokens[max(0, i - 12) : i]) if t.pos == "NOUN"]
    counted = next((t.lemma.lower() for t in before if t.lemma.lower() in COUNT_NOUNS), None)
    if counted is not None:
        return counted
    near = [t for t in reversed(tokens[max(0, i - 4) : i]) if t.pos == "NOUN"]
    return near[0].lemma.lower() if near else None


# Nouns that name a count of people or things a story's figures are about; a toll can be
# written with any of them ("12 people were killed", "the death toll rose to 15").
COUNT_NOUNS = {"people", "person", "toll", "death", "dead", "victim", "fatality", "casualty", "injury",
               "case", "resident", "evacuee", "home", "house", "building", "arrest", "patient", "child",
               "family", "worker", "job", "passenger", "soldier", "civilian", "student", "vote", "seat",
               "flight", "cancellation"}
_DEATH_WORDS = {"killed", "killing", "kills", "dead", "died", "dies", "die", "death", "deaths", "toll",
                "fatalities", "lives", "bodies"}
_DEATH_NOUNS = {"people", "person", "toll", "death", "dead", "victim", "fatality", "body"}
# People counted by where they are or what befell them, whatever the noun ("22 people were taken to
# hospital" / "nine passengers remain in hospital"): the word after the count names the measure.
_PEOPLE = {"people", "person", "passenger", "resident", "patient", "child", "worker", "student", "survivor",
           "villager", "tourist", "pupil", "crew", "member"}
_STATES = {"hospital": "hospitalised", "hospitalised": "hospitalised", "hospitalized": "hospitalised",
           "missing": "missing", "evacuate": "evacuee", "evacuation": "evacuee", "evacuated": "evacuee"}
# The verb a count hangs on names it first: "injuring more than 100" counts injuries even in a
# sentence that also counts the dead.
_VERB_COUNTS = {"kill": "death", "die": "death", "injure": "injury", "wound": "injury", "hurt": "injury",
                "evacuate": "evacuee", "arrest": "arrest", "rescue": "rescued", "cancel": "cancellation"}


def canonical_noun(noun: str | None, sentence_words: set[str], verb: str | None = None) -> str | None:
    """One name for a count however it is written: people killed, the toll and the dead are deaths."""
    if verb in _VERB_COUNTS and (noun is None or noun in _DEATH_NOUNS or noun in COUNT_NOUNS):
        return _VERB_COUNTS[verb]
    if noun in _DEATH_NOUNS and sentence_words & _DEATH_WORDS:
        return "death"
    return _CHANGES.get(noun, noun) if noun else noun


def _state(tokens: Sequence[Token], i: int, noun: str | None) -> str | None:
    """What befell the people a number counts, from the words just around it ("some 400 residents were
    evacuated", "the evacuation of 400 residents", "22 people were taken to hospital")."""
    if noun not in _PEOPLE:
        return None
    # Around the number, or around the noun when it was named earlier ("the number of residents
    # evacuated after the derailment rose to 650").
    named = next((k for k in range(i - 1, max(-1, i - 13), -1) if tokens[k].lemma.lower() == noun), i)
    near = [*tokens[max(0, i - 4) : i + 7], *tokens[max(0, named - 2) : named + 3]]
    return next((_STATES[t.lemma.lower()] for t in near if t.lemma.lower() in _STATES), None)


def _duration(tokens: Sequence[Token], i: int) -> float | None:
    """A length of time in days ("for at least six weeks" -> 42), read only after "for", where a number
    of weeks is how long something lasts rather than when it happened."""
    if i + 1 >= len(tokens) or tokens[i + 1].lemma.lower() not in _DURATIONS:
        return None
    before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
    if "for" not in before:
        return None
    value = _value(tokens, i)
    return value * _DURATIONS[tokens[i + 1].lemma.lower()] if value is not None else None


def _rate(tokens: Sequence[Token], i: int) -> str | None:
    """The unit of a rate: "48.50 crowns a share" is a price per share."""
    for k in range(i + 1, min(i + 4, len(tokens) - 1)):
        if tokens[k].text.lower() in ("a", "an", "per") and tokens[k + 1].pos == "NOUN" \
                and tokens[k - 1].pos == "NOUN":
            return "per " + tokens[k + 1].lemma.lower()
    return None


def _unit(tokens: Sequence[Token], i: int) -> str | None:
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("percent", "%", "per"):
        return "percent"
    currency = next((c for c in "$€£" if tokens[i].text.startswith(c) or (i and tokens[i - 1].text == c)), None)
    return currency or _rate(tokens, i)


# Entities whose numbers are part of a name ("Sea Me We 4", "Flight 370", "Apollo 11"), not a count.
_NAMED = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "PERSON", "NORP", "LOC"}


def _numeric(tokens: Sequence[Token], i: int) -> bool:
    token = tokens[i]
    if not (token.like_num or token.text.lower() in _WORD_NUMBERS or _SCORE.match(token.text)):
        return False
    if token.ent_type in _NAMED or _modifier(tokens, i):
        return False
    if i > 0 and tokens[i - 1].pos == "PROPN" and token.text.isdigit() and _tally(tokens, i) is None:
        return False  # "Internet Explorer 8", "Sea Me We 4": a name's number
    return not (_YEARISH.match(token.text) or (i > 0 and tokens[i - 1].like_num))


def _modifier(tokens: Sequence[Token], i: int) -> bool:
    """A number joined by a hyphen to a word: an attribute, not a count ("a 64-bit version", "a four-time
    all-star", "a nine-hour debate"); "Twenty-two" and "7-2" join numbers and stay."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in ("-", "–") or tokens[i + 1].start != tokens[i].end:
        return False
    return tokens[i + 2].start == tokens[i + 1].end and _joined(tokens, i) is None


def quantities(tokens: Sequence[Token]) -> tuple[Quantity, ...]:
    """The numbers of a sentence that count something (years, times and ordinals left out), each with
    the noun it counts, whether it is approximate, its unit, and whether it is part of a whole."""
    found: list[Quantity] = []
    sentence_words = {t.text.lower() for t in tokens}
    skip: set[int] = set()
    for i, token in enumerate(tokens):
        if i in skip or not _numeric(tokens, i):
            continue
        tally = _tally(tokens, i)
        duration = _duration(tokens, i) if tally is None else None
        if token.ent_type in ("DATE", "TIME", "ORDINAL") and tally is None and duration is None:
            continue
        value = tally[0] if tally else duration if duration is not None else _value(tokens, i)
        if value is None:
            continue
        last = tally[1] if tally else i + 1 if i + 1 < len(tokens) and tokens[i + 1].text.lower() in _SCALE else i
        if _increment(tokens, i, last):
            continue
        joined = _joined(tokens, i)
        if tally is None and joined is not None and token.text.lower() in _TENS:
            last = joined
        skip.update(range(i + 1, last + 1))
        verb = _governing_verb(tokens, i)
        partitive = _partitive(tokens, last)
        noun = partitive[0] if partitive else _counted_noun(tokens, last)
        noun = "score" if tally else "duration" if duration is not None else \
            _state(tokens, last, noun) or canonical_noun(noun, sentence_words, verb)
        first = i
        while first > 0 and i - first < 3 and tokens[first - 1].text.lower() in _APPROX | {"at", "$", "€", "£"}:
            first -= 1
        shown = tokens[first : last + 2 if duration is not None else last + 1]  # "six weeks", not "six"
        written = "".join(t.text + (" " if k + 1 < len(shown) and shown[k + 1].start > t.end else "")
                          for k, t in enumerate(shown))  # as spaced in the article: "7-2", "$ 5" as "$5"
        before = {t.text.lower() for t in tokens[max(0, i - 3) : i]}
        found.append(Quantity(value, bool(before & _APPROX), noun, "day" if duration is not None else
                              _unit(tokens, last), written[:1].lower() + written[1:], verb,
                              part=partitive is not None, whole=partitive[1] if partitive else None))
    return tuple(found)


def _increment(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A change rather than a figure: "five more bodies", "another 40 cases", "12 new infections" (two
    reports' increments differ without contradicting each other)."""
    after = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    before = tokens[i - 1].text.lower() if i > 0 else ""
    return after in ("more", "additional", "further", "new", "extra") or before in ("another", "further")


def _governing_verb(tokens: Sequence[Token], i: int) -> str | None:
    """The lemma of the verb a token hangs on (following heads up to five steps within the sentence)."""
    base = tokens[0].i
    position = i
    for _ in range(5):
        head = tokens[position].head - base
        if head == position or not 0 <= head < len(tokens):
            return None
        position = head
        if tokens[position].pos == "VERB":
            return tokens[position].lemma.lower()
    return None
