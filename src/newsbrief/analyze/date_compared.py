"""Dates a sentence names only to compare with, liken to, or list without a verb (reader Audit 20).

"I think the chances of a repeat of 1918-19 are very small" names 1918 as what might come again, "another
2008" and "a 1929-style crash" as a yardstick, "since the days of 1968" as an era; "Looking like a page
that stopped loading in 2004" is a likeness; "in Myanmar during 2007 protests;" after a semicolon split
is a list item with no verb. None dates an event of its sentence, so the timeline leaves them out.
"""

from __future__ import annotations

import re

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


def compared_or_listed(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date is a yardstick, a held opinion's, a look's, or a verbless list item's."""
    return (names_a_yardstick(sentence, value) or opinion_of_now(doc, sentence, value)
            or dates_a_look(doc, sentence, value) or a_verbless_item(doc, sentence, value))
