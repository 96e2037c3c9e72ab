"""Dates that belong to a participant or to the page, not to the event a Timeline entry would tell.

Reader Audit 45 (docs/audit.md 46.2, Timeline) found 0 of 3 dates right, in three classes:

- **A participant's origin.** "The protest was organised by the X League, a far-right group. It was formed in
  2009 after ..." was told as one entry headed 2009: the pair reads as the protest's date, while the year is
  when the organiser was founded. A founding ("formed", "founded", "set up", "established", "created") told in
  a side clause ("the X League, formed in 2009, marched ...") or of a pronoun that stands for a participant
  named before is background about who someone is; it never dates the sentence's event
  (:func:`dates_an_origin`).
- **A borrowed head.** "Y is also mentioned as a possible buyer. Its oil company tried to buy Z in 2005" was
  told as one entry headed 2005: the possessive opens a new subject, so the sentence before tells another
  event, one with no date of its own. Such a pair dates nothing (:func:`opens_on_a_possessive`); only a date
  in the event's own clause dates it.
- **Data-box furniture.** "... Data: a wire service as of 6 July 2010 Or alternatively it could ..." is a data
  box's stamp run into the next sentence where a line break was lost: a labelled field (text after a colon
  with no verb) ending on the date, and a capital right after it with no stop (:func:`is_data_stamp`).

Session 29 (issue #11 #4, "a mention of a past year inside a comment is background"): an opinion piece's "the
party first used that slogan in 1972" was a 1972 entry. A coinage ("was coined in 1974") names the origin of a phrase,
never the news; in an argument (an opinion or analysis piece) a year told with "first" or "last" on its verb ("was
first floated in 2003", "last won this seat in 1997") names where a practice began or the previous time to compare
with, not an event of the story (:func:`dates_a_first_or_last`). A news story's "The bank last raised rates ... in
1998" and "talks were first held in 2007" stay its history (sessions 18 and 21). Only years and decades: a day or a
month with "first" ("first reported the leak on 12 October") is the story's own calendar.

Precision first: each rule withholds an entry; none makes one.

**A source's career told in passing: "Born in Benghazi, he left in 1977 to study abroad and is now a professor."**

Reader Audit 37 (#3, docs/audit.md 38.5 "Key dates") found the only Timeline entry of an analysis was the year a quoted
expert left his home town to study: a step of the expert's life story, which presents the source, not an event of the
story. Such a sentence gives a person's origin ("Born in ...", "was born in ...") and the post the person holds now
("is now a professor", "now works as"); the years in between date the career, not the news. Only sentences with both
marks count: an obituary's "Born in 1930, she opened her first shop in 1952" has no present post and keeps its dates
(the life is the story there), and a profile's "She is now the chief executive" without an origin keeps its date.

A regular expression over the sentence's text; no parse walk.
"""

from __future__ import annotations

import re

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence
from newsbrief.nlp.dates import DateValue

__all__ = [
    "dates_a_career_step",
    "dates_a_first_or_last",
    "dates_an_origin",
    "is_data_stamp",
    "opens_on_a_possessive",
]

# Verbs that tell when an organisation or a group came to be. "launched" and "opened" are left out: a launch
# or an opening is often the news itself ("The bank launched the fund on Monday").
_FOUNDING = frozenset({"form", "found", "establish", "create", "set"})
# Verbs that tell when a word or a phrase came into use: the origin of an expression, never the news.
_COINING = frozenset({"coin", "popularise", "popularize"})
# Adverbs on a verb that make a year the first or the previous time of something, named to compare or to tell
# where it began ("first used in 1972", "last won in 1997"); parsed as advmod of the verb.
_FIRST_OR_LAST = frozenset({"first", "last"})
# Clauses that describe a noun rather than tell the sentence's event.
_SIDE = frozenset({"relcl", "acl", "appos", "advcl"})
# Subjects that stand for someone named before: the founding is then the participant's background.
_PRONOUN_SUBJECTS = frozenset({"it", "they", "which", "who", "that"})
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_OPENING_WORD = re.compile(r"\W*(?:(?:but|and|so|yet|however|still)\W+)?(\w+)", re.I)
# After the date: a capital with no stop or comma between ("2010 Or alternatively"), the next line's text.
_RUN_ON = re.compile(r"[ \t]+[A-Z][a-z]")
# A field's label and its value: the date's segment starts after the last colon before it.
_MAX_FIELD_WORDS = 8


def _is_founding(doc: Document, sentence: Sentence, value: DateValue) -> tuple[bool, int | None]:
    """Whether the date's clause verb is a founding, and the verb's token index."""
    verb = clause_verb(doc, sentence, value)
    if verb is None or verb.lemma.lower() not in _FOUNDING:
        return False, None
    # "set up" only: "set" alone is "set a record", "set for 3 May".
    if verb.lemma.lower() == "set" and not any(t.head == verb.i and t.text.lower() == "up"
                                               for t in doc.sentence_tokens(sentence)):
        return False, None
    # Only a passive or a participle tells a coming-to-be ("was formed", "formed in 2009"); an active
    # "Workers formed a union in May" is an event with an agent.
    passive = verb.tag == "VBN" or any(t.head == verb.i and t.dep in ("auxpass", "nsubjpass")
                                       for t in doc.sentence_tokens(sentence))
    return passive, verb.i


def dates_an_origin(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` dates the founding of a participant: in a side clause about a noun ("the X
    League, formed in 2009, marched ...") or told of a pronoun ("It was formed in 2009 after ...").

    "The party was formed in 2004 by former unionists" (a named subject, the main clause) keeps its date.
    """
    founding, index = _is_founding(doc, sentence, value)
    if not founding or index is None:
        return False
    verb = doc.tokens[index]
    if verb.dep in _SIDE and verb.head != verb.i:
        return True
    subjects = [t for t in doc.sentence_tokens(sentence) if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")]
    return any(t.text.lower() in _PRONOUN_SUBJECTS for t in subjects)


def opens_on_a_possessive(sentence: Sentence) -> bool:
    """True when the sentence opens on a possessive pronoun ("Its oil company tried ...", "But their bid ...")."""
    first = _OPENING_WORD.match(sentence.text)
    return first is not None and first.group(1).lower() in _POSSESSIVES


def is_data_stamp(doc: Document, sentence: Sentence, value: DateValue) -> bool:
    """True when the date ends a labelled field run into the next line's text: "Data: a wire service as of
    6 July 2010 Or alternatively ...". The field is the text after the last colon before the date, a few
    words with no verb form a reader would take for an event ("as of", a source's name), the label possibly
    in the sentence before."""
    text = sentence.text
    end = (value.until or value).end
    if _RUN_ON.match(text, end) is None:
        return False
    colon = text.rfind(":", 0, value.start)
    # The splitter may cut right after the label ("Data:" | "a wire service as of ..."): the field then
    # opens the sentence. Without a label the capital may start a subject ("In July 2010 Congress voted").
    if colon < 0 and not doc.article.text[: sentence.start].rstrip().endswith(":"):
        return False
    field = text[colon + 1 : value.start].split()
    return len(field) <= _MAX_FIELD_WORDS and not any(w.lower().endswith(("ed", "ing")) or w.lower() in
                                                      ("is", "was", "are", "were", "has", "had", "said")
                                                      for w in field)


def dates_a_first_or_last(doc: Document, sentence: Sentence, value: DateValue, argued: bool) -> bool:
    """True when a year dates a coinage ("The phrase was coined in 1974"), or, in an argument (``argued``), a
    first use or a last time: "The party first used that slogan in 1972", "The harbour was last dredged in 1994".

    Years and decades only: "first reported the leak on 12 October" or "first detected in October 2025" keep
    their dates, and "first" as an adjective ("The first vote was held in 2019") is no adverb of the verb.
    """
    if value.granularity != "year" or value.future:
        return False
    verb = clause_verb(doc, sentence, value)
    if verb is None:
        return False
    if verb.lemma.lower() in _COINING:
        return True
    return argued and any(t.head == verb.i and t.dep == "advmod" and t.text.lower() in _FIRST_OR_LAST
               for t in doc.sentence_tokens(sentence))


# The origin: a sentence opening on "Born ..." or a clause "(who) was born in/on ...".
_ORIGIN = re.compile(r"^\W*Born\b|\b(?:was|were) born (?:in|on|at)\b")
# The post held now: "is now a/an/the ...", "now works/teaches/lives ...", "is currently a ...".
_NOW = re.compile(r"\b(?:is|are) (?:now|currently) (?:an?|the|his|her|their|one|chair|head|director|professor)\b|"
                  r"\bnow (?:works|teaches|lives|heads|runs|serves|chairs)\b")


def dates_a_career_step(sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` dates a step of a person's life story told to present them (see the module docstring)."""
    text = sentence.text
    return "orn" in text and " now " in f" {text} " and bool(_ORIGIN.search(text)) and bool(_NOW.search(text))
