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

Precision first: each rule withholds an entry; none makes one.
"""

from __future__ import annotations

import re

from newsbrief.analyze.date_roles import clause_verb
from newsbrief.models import Document, Sentence
from newsbrief.nlp.dates import DateValue

__all__ = ["dates_an_origin", "is_data_stamp", "opens_on_a_possessive"]

# Verbs that tell when an organisation or a group came to be. "launched" and "opened" are left out: a launch
# or an opening is often the news itself ("The bank launched the fund on Monday").
_FOUNDING = frozenset({"form", "found", "establish", "create", "set"})
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
