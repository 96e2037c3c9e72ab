"""A source's career told in passing: "Born in Benghazi, he left in 1977 to study abroad and is now a professor."

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

from newsbrief.models import Sentence
from newsbrief.nlp.dates import DateValue

__all__ = ["dates_a_career_step"]

# The origin: a sentence opening on "Born ..." or a clause "(who) was born in/on ...".
_ORIGIN = re.compile(r"^\W*Born\b|\b(?:was|were) born (?:in|on|at)\b")
# The post held now: "is now a/an/the ...", "now works/teaches/lives ...", "is currently a ...".
_NOW = re.compile(r"\b(?:is|are) (?:now|currently) (?:an?|the|his|her|their|one|chair|head|director|professor)\b|"
                  r"\bnow (?:works|teaches|lives|heads|runs|serves|chairs)\b")


def dates_a_career_step(sentence: Sentence, value: DateValue) -> bool:
    """True when ``value`` dates a step of a person's life story told to present them (see the module docstring)."""
    text = sentence.text
    return "orn" in text and " now " in f" {text} " and bool(_ORIGIN.search(text)) and bool(_NOW.search(text))
