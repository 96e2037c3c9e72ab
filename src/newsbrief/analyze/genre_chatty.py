"""A feature told in a chatty voice (issue #11; reader Audit 42 #5, docs/audit.md 43.2: a studio feature as news).

A behind-the-scenes feature often has no scene in the present tense and no "I": it reports, in the past, who came
in and what they sang. What makes it a feature is the writer's chatty asides to the reader, which a news report
leaves out:

- a comment adverb opening the writer's sentence: "Sadly this time there's no ...", "Luckily ...", "Alas, ...";
- a verbless judgement: "Hardly a stadium anthem moment", "Not exactly a ...";
- the talk of a conversation: "but then again", "As for the drummer, ...";
- the reader told what to look for: "expect to see ...", "look out for ...".

One such aside is colour a report may carry ("Sadly the headline act pulled out"); MIN_CHATTY of them in the
writer's own words (outside quotation marks) make a feature. The check runs after every opinion and analysis test
of genre.py, so a column's asides still make a column.
"""

from __future__ import annotations

import re

from newsbrief.analyze.genre_voice import inside_quotation, unquoted
from newsbrief.models import Document

_CHATTY = re.compile(
    r"^(?:(?:But|And|So),? )?(?:Sadly|Happily|Luckily|Thankfully|Alas|Mercifully|Funnily enough|Oddly enough|"
    r"Strangely enough)\b|^(?:Hardly|Not exactly|Not quite) an? \b|\b(?:but )?then again\b|^As for [^,]{1,40},|"
    r"(?:^|,\s*|\bso\s+)(?:expect to (?:see|hear)|look out for|keep an eye out for)\b")
MIN_CHATTY = 3  # the Audit 42 feature has four; the invented concert report with one "Sadly" stays news


def chatty_feature(doc: Document) -> bool:
    """True when MIN_CHATTY of the writer's sentences (not inside a quotation) carry a chatty aside (see the module
    docstring)."""
    count = 0
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if text[:1] in "\"“'‘" or inside_quotation(doc, sentence):
            continue
        count += bool(_CHATTY.search(unquoted(text)))
    return count >= MIN_CHATTY


__all__ = ["MIN_CHATTY", "chatty_feature"]
