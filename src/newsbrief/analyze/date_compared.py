"""Dates a sentence names only to compare with, liken to, or list without a verb (reader Audits 20 and 25).

"I think the chances of a repeat of 1918-19 are very small" names 1918 as what might come again, "another
2008" and "a 1929-style crash" as a yardstick, "since the days of 1968" as an era; "Looking like a page
that stopped loading in 2004" is a likeness; "in Myanmar during 2007 protests;" after a semicolon split
is a list item with no verb; "more than the Ixtoc spill of 1979" is the other side of a comparative, and
"If it continues, 2m barrels will have entered the Gulf" a conditional projection (Audit 25). None dates an
event of its sentence, so the timeline leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.date_roles import clause_verb, hangs_on
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.dates import DateValue

# Words right before a date that make it the name of a past event held up as a yardstick: "a repeat of
# 1918", "another 2008", "the days of 1968", "the ghost of 1929". "The collapse of 2008" is not here: a
# collapse happened then (a noun event, read by date_events).
_YARDSTICK_BEFORE = re.compile(
    r"\b(?:(?:repeat|repetition|rerun|re-run|replay|reprise|recurrence|rehash|return|echo|echoes|ghosts?"
    r"|spectre|specter|shadow|the\s+days|spirit|lessons?|memories|memory)\s+of(?:\s+the)?"
    r"|another|a\s+new|a\s+second|the\s+next)\s+$",
    re.IGNORECASE)
# Words right after it that make the date a kind: "a 1929-style crash", "a 1918-type pandemic".
_YARDSTICK_AFTER = re.compile(r"^-?\s*(?:style|type|like|esque|era|vintage)\b", re.IGNORECASE)


def names_a_yardstick(sentence: Sentence, value: DateValue) -> bool:
    """True when the date names a past event the sentence measures by, not one it reports.

    A coming date keeps its entry: "The next 2027 summit will open in Rome" tells a plan.
    """
    end = (value.until or value).end
    return not value.future and bool(_YARDSTICK_BEFORE.search(sentence.text[: value.start])
                or _YARDSTICK_AFTER.match(sentence.text[end:]))


# Verbs of opinion: with a present-tense clause under them ("I think the risk is small", "Few doubt that
# another crash is possible") they tell what someone holds now, no event of the date in that clause.
# "Hope" and "fear" are left out: "Officials hope the bridge opens in 2027" tells a plan.
_OPINION_VERBS = frozenset("think believe doubt suspect reckon feel suppose guess".split())
_PRESENT = frozenset({"VBZ", "VBP", "MD"})


def opinion_of_now(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's clause is a present-tense complement of a present-tense opinion verb.

    "I think the chances of a repeat of 1918-19 are very small" holds an opinion now; "Police believe
    the man died in 2008" still dates the death (a past clause).
    """
    verb = clause_verb(doc, sentence, value)
    if value.future or verb is None or verb.dep != "ccomp" or verb.head == verb.i or not _present(doc, sentence, verb):
        return False
    opinion = doc.tokens[verb.head]
    return opinion.lemma.lower() in _OPINION_VERBS and _present(doc, sentence, opinion)


def _present(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when ``verb``'s clause is in the present tense (its finite word is present or a modal)."""
    auxes = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("aux", "auxpass")]
    finite = auxes[0] if auxes else verb
    return finite.tag in _PRESENT


# Verbs that make the phrase after "like" / "as if" a likeness of how a thing looks or sounds.
_SEEMING = frozenset("look seem sound feel appear".split())


def dates_a_look(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date lies inside a "looking like ..." phrase: "Looking like a page that stopped
    loading in 2004" jokes about a look; "He looked tired when he resigned in 2004" still dates the
    resignation (no "like" between)."""
    date = _date_token(doc, sentence, value)
    if date is None:
        return False
    for token in doc.sentence_tokens(sentence):
        if token.i >= date.i:
            return False
        if token.text.lower() == "like" and token.i > sentence.token_start and hangs_on(doc, date, token):
            before = doc.tokens[token.i - 1]
            if before.lemma.lower() in _SEEMING:
                return True
    return False


def _date_token(doc: Document, sentence: Sentence, value: DateValue) -> Token | None:
    """The first token of the date."""
    start = sentence.start + value.start
    return next((t for t in doc.sentence_tokens(sentence) if t.end > start), None)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def a_verbless_item(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date's semicolon-separated part of the sentence has no finite verb.

    "In Myanmar during 2007 protests; and in Nepal in 2005, soldiers shot at crowds" lists the places;
    the 2007 item tells no event of its own, and as an entry it reads as a fragment.
    """
    text = sentence.text
    if ";" not in text:
        return False
    left = text.rfind(";", 0, value.start) + 1
    right = text.find(";", value.start)
    right = len(text) if right < 0 else right
    part = [t for t in doc.sentence_tokens(sentence)
            if sentence.start + left <= t.start and t.end <= sentence.start + right]
    return bool(part) and not any(t.tag in _FINITE for t in part)


# Comparatives of time before "than": "no later than March 2011" sets a limit, it compares with nothing.
_TIME_COMPARATIVES = frozenset("later earlier sooner before after".split())
# What may stand between "than" and a date of a limit: "no later than (the end of) March".
_LIMIT_FILLERS = frozenset("in on at by the end of start beginning middle".split())


# Words that open the other side of a figure's comparison: "compared with $2.9bn for the second quarter of 2009",
# "up from 9 percent in 2017", "against a loss of $150m in 2018" (reader Audit 43 #4 dated a profit 2009).
_COMPARED_SIDE = frozenset({"compared", "versus", "vs", "vs."})
_FROM_SIDE = frozenset({"up", "down"})
# "against" compares only a figure with a figure: "marched against the war in 2003" dates the march.
_AGAINST = "against"


def _comparison_marker(tokens: Sequence[Token]) -> int | None:
    """The position of the last marker of a figure's compared side among ``tokens``, None when there is none."""
    for n in range(len(tokens) - 1, -1, -1):
        word = tokens[n].text.lower()
        if word in _COMPARED_SIDE or word == _AGAINST:
            return n
        if word == "from" and n > 0 and tokens[n - 1].text.lower() in _FROM_SIDE:
            return n
    return None


def inside_a_compared_side(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date lies in the other side of a figure's comparison: after "compared with", "versus",
    "up from", "down from" or a figure's "against", with no finite verb or clause break between (the event's
    own date stands before the marker: "a profit of $400m in 2019, compared with a loss a year earlier")."""
    date = _date_token(doc, sentence, value)
    if date is None or value.future:
        return False
    tokens = doc.tokens[sentence.token_start : date.i]
    marker = _comparison_marker(tokens)
    if marker is None:
        return False
    between = tokens[marker + 1 :]
    if any(t.tag in _FINITE or t.text in (";", ":", "—", "–") for t in between):
        return False
    figure = any(t.like_num or t.tag == "$" for t in between)
    return figure or tokens[marker].text.lower() != _AGAINST


def inside_a_than_phrase(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date lies in the compared side of a comparative: "more than the Ixtoc spill of 1979",
    "far lower than in 2008", "sooner than the fund set up after the 1989 spill" (reader Audit 25 dated a
    projection 1979 by the spill it was compared with).

    The phrase runs from "than" to the date with no finite verb and no clause break between: "more than
    20 people died in 2008" and "earlier than planned, in 2009" still date their events, and "no later
    than March 2011" is a limit.
    """
    date = _date_token(doc, sentence, value)
    if date is None:
        return False
    tokens = doc.tokens[sentence.token_start : date.i]
    than = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text.lower() == "than"), None)
    # The date must hang on "than" or on the comparative before it: "more than 150 items went on sale on
    # Saturday" counts with "than", the date is the sale's.
    if than is None or not (hangs_on(doc, date, tokens[than]) or (than > 0 and hangs_on(doc, date, tokens[than - 1]))):
        return False
    if tokens[than + 1 : than + 2] and tokens[than + 1].like_num:
        return False  # "more than 1,000 adults between 19 and 25 March": a quantity, not a compared thing
    between = tokens[than + 1 :]
    if any(t.tag in _FINITE or t.text in (",", ";", ":", "—", "–") for t in between):
        return False
    before = tokens[than - 1].text.lower() if than > 0 else ""
    return not (before in _TIME_COMPARATIVES and all(t.text.lower() in _LIMIT_FILLERS for t in between))


_CONDITION_MARKS = frozenset({"if", "unless"})
_PROJECTING = frozenset("will would could might may shall should".split())


def dates_a_projection(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date sits in a conditional projection: "If it continues at that rate, 2m barrels
    will have entered the Gulf by the ... of 1979" projects what may come, no event of a past year. A
    coming date keeps its entry ("If the cap fails, the company will drill a relief well by August").
    """
    if value.future:
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    # Only a date of the projecting clause itself: "Muto, who graduated a fortnight ago, would be the first
    # ... if he moves" still dates the graduation.
    if root is None or clause_verb(doc, sentence, value) != root:
        return False
    if not any(t.head == root.i and t.dep == "aux" and t.text.lower() in _PROJECTING
               for t in doc.sentence_tokens(sentence)):
        return False
    return any(t.head == root.i and t.dep == "advcl" and _has_condition_mark(doc, sentence, t)
               for t in doc.sentence_tokens(sentence))


def _has_condition_mark(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True when the clause of ``verb`` opens with "if" or "unless"."""
    return any(t.head == verb.i and t.dep == "mark" and t.text.lower() in _CONDITION_MARKS
               for t in doc.sentence_tokens(sentence))


# Verbs that liken the story's event to an older one named in their object: "the violence mirrored the
# 1994 massacres", "the protest echoed the 1968 uprising" (reader Audit 28: a year held up as a precedent
# got an entry). "recall" is left out: "Kestrel recalled its 2009 models" is a product recall, an event.
_LIKENING = frozenset("mirror echo resemble evoke parallel liken emulate".split())
_OBJECTS = frozenset({"dobj", "attr", "pobj", "prep"})


def _likens(verb: Token) -> bool:
    """True for a likening verb, or "recall" as a participle beside the main clause ("The sell-off,
    recalling the 1987 crash, wiped out ..."), where it cannot be a product recall."""
    lemma = verb.lemma.lower()
    return verb.pos == "VERB" and (lemma in _LIKENING or (lemma == "recall" and verb.tag == "VBG"
                                                          and verb.dep in ("advcl", "acl", "xcomp")))


def likened_in_object(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a past date lies in the object of a likening verb ("mirrored the 1994 massacres").

    The path from the date up to the verb must enter it through its object: "In March 2010 the charter
    mirrored the old one" dates the likening itself (the date hangs on the verb as its time).
    """
    date = _date_token(doc, sentence, value)
    if value.future or date is None:
        return False
    node, steps = date, 0
    while node.head != node.i and steps < 8:
        head = doc.tokens[node.head]
        if _likens(head):
            return node.dep in _OBJECTS and not (node.dep == "prep" and node.text.lower() in ("in", "on", "during"))
        node, steps = head, steps + 1
    return False


# "The last time the index fell so far was in October 1987", "It was 1998 the last time ...": the sentence
# names the precedent the story's event is measured by. "For the last time" is a farewell, not a precedent.
_LAST_TIME = re.compile(r"(?<!\bfor )\bthe\s+(?:last|previous|only\s+other)\s+time\b", re.IGNORECASE)
# A last time is a precedent when its clause compares ("the last time the index fell so far", "such a storm",
# "this happened", a comparative or superlative, "since"); "The last time her mother saw her was on March 3"
# dates the story's own event (code review of session 18: a missing girl's last sighting lost its date).
_COMPARING = frozenset({"so", "such", "this", "these", "since", "like"})
_DEGREE_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})


def the_last_time(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when a copular sentence dates "the last time" something compared happened: a precedent, not the
    story's event. "The bank last raised rates in 1998" narrates the history and keeps its entry, and so does
    "The last time her mother saw her was on March 3"."""
    if value.future or not _LAST_TIME.search(sentence.text):
        return False
    # The date's own clause is the copula: the parser may hang "was in October 1987" under "fell" when
    # "the last time the index fell" is read as the main clause.
    verb = clause_verb(doc, sentence, value)
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.head == t.i), None)
    compares = any(t.text.lower() in _COMPARING or t.tag in _DEGREE_TAGS for t in tokens)
    return compares and any(t is not None and t.lemma.lower() == "be" for t in (verb, root))


def compared_or_listed(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is a yardstick, a comparative's or a figure's other side, a projection's, a held opinion's, a
    look's, a verbless list item's, a likening verb's object's or a last time's."""
    return (names_a_yardstick(sentence, value) or inside_a_than_phrase(doc, sentence, value)
            or inside_a_compared_side(doc, sentence, value)
            or likened_in_object(doc, sentence, value) or the_last_time(doc, sentence, value)
            or dates_a_projection(doc, sentence, value) or opinion_of_now(doc, sentence, value)
            or dates_a_look(doc, sentence, value) or a_verbless_item(doc, sentence, value))
