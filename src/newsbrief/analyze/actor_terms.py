"""A word for an idea that the model took for a body or a person: "Crowdsourcing" (reader Audit 41 #3).

A BBC feature on crowdsourcing wrote the word lower-case as a term ('The term "crowdsourcing", coined by ...'),
capitalised it as a book title ("author of Crowdsourcing: Why the Power of the Crowd ...") and at the head of a
sentence ("Crowdsourcing has revealed ..."), and the brief listed "Crowdsourcing" as an organisation. A name is a
term when it is one word with the ending of an abstract noun (TERM_ENDINGS: "-ing", "-ism", "-isation"), and the
text also writes it lower-case inside a sentence: a body's or a person's name is not written so ("Boeing" never
turns into "boeing"). The rule holds when the attribution stage gives the word a voice: "Crowdsourcing has revealed
that ..." is the writer's claim about the idea, no body speaking.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_names import Actor
from newsbrief.models import Document

__all__ = ["coined_term"]

TERM_ENDINGS = ("ing", "ism", "isation", "ization", "ification", "ology", "ness")  # not "-tion": "the federation"


def coined_term(doc: Document, actor: Actor) -> bool:
    """True when the one-word name is an abstract noun the text also writes lower-case (see the module docstring)."""
    name = actor.name
    if len(name.split()) != 1 or not name[:1].isupper() or not name.lower().endswith(TERM_ENDINGS):
        return False
    return re.search(rf"(?<=[\w,;:\"“(] )[\"“']?{re.escape(name.lower())}\b", doc.article.text) is not None
