"""A word for an idea that the model took for a body or a person: "Crowdsourcing" (reader Audit 41 #3).

A BBC feature on crowdsourcing wrote the word lower-case as a term ('The term "crowdsourcing", coined by ...'),
capitalised it as a book title ("author of Crowdsourcing: Why the Power of the Crowd ...") and at the head of a
sentence ("Crowdsourcing has revealed ..."), and the brief listed "Crowdsourcing" as an organisation. A name is a
term when it is one word with the ending of an abstract noun (TERM_ENDINGS: "-ing", "-ism", "-isation"), and the
text also writes it lower-case inside a sentence: a body's or a person's name is not written so ("Boeing" never
turns into "boeing"). The rule holds when the attribution stage gives the word a voice: "Crowdsourcing has revealed
that ..." is the writer's claim about the idea, no body speaking.

A plural common noun capitalised only because it opens its sentences is no name either: "Prosecutors say Dr X's
negligence ..." beside "the prosecutor, David Y," (reader Audit 42 #2: "Prosecutors" listed as an organisation
beside the prosecutor). A one-word name ending in "s" whose every capitalised mention opens a sentence, and whose
singular or plural the text writes lower-case inside a sentence, is the common noun. A body named at a sentence's
head ("Siemens said ...") is never written lower-case elsewhere.

An industry named as a collective by "Big" and its sector noun ("Big Oil", "Big Pharma", "Big Tech") is a writer's
rhetorical figure, no body that acts (reader Audit 48 #6: "Big Oil (organisation)" in an opinion column). The
sector word is a common noun: the text writes it lower-case ("the oil spill"), or it is one of the sectors the
figure is usually made of (:data:`SECTORS`).
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document

__all__ = ["coined_term"]

# The sectors the "Big X" figure names in English usage, for a text that never writes the sector word lower-case.
SECTORS = frozenset("oil pharma tech tobacco food sugar soda coal gas energy ag agriculture banks finance insurance "
                    "media telecom data auto meat retail labor labour business government".split())
TERM_ENDINGS = ("ing", "ism", "isation", "ization", "ification", "ology", "ness")  # not "-tion": "the federation"


def _written_lower(doc: Document, word: str) -> bool:
    """True when the text writes ``word`` lower-case inside a sentence (after a word or a comma, not at its head)."""
    return re.search(rf"(?<=[\w,;:\"“(] )[\"“']?{re.escape(word)}\b", doc.article.text) is not None


def _opens_sentences(doc: Document, actor: Actor) -> bool:
    """True when every capitalised mention of the actor stands at the head of its sentence (after a quotation mark
    at most); a lower-case mention ("the prosecutors will call ...") is the common noun itself."""
    for mention in (m for m in actor.mentions if m.text.strip()[:1].isupper()):
        if not 0 <= mention.sentence_index < len(doc.sentences):
            return False
        sentence = doc.sentences[mention.sentence_index]
        if doc.article.text[sentence.start:mention.start].strip(" \"“‘'-–—"):
            return False
    return True


def coined_term(doc: Document, actor: Actor) -> bool:
    """True when the one-word name is an abstract noun, or a plural common noun opening its sentences, that the text
    also writes lower-case, or a "Big" sector figure (see the module docstring)."""
    name = actor.name
    words = name.split()
    if len(words) == 2 and words[0] == "Big" and words[1][1:].islower():  # "Big Oil" (module docstring)
        return words[1].lower() in SECTORS or _written_lower(doc, words[1].lower())
    if len(words) != 1 or not name[:1].isupper() or not name[1:].islower():
        return False
    if name.lower().endswith(TERM_ENDINGS):
        return _written_lower(doc, name.lower())
    return name.endswith("s") and _opens_sentences(doc, actor) \
        and (_written_lower(doc, name.lower()) or _written_lower(doc, name.lower()[:-1]))
