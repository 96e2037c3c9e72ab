"""The writer named in a byline is never the "he" or "she" of the writer's own text.

A columnist writes of herself as "I"; a "she said" in her column means someone she writes about. When no
one else fits, the pronoun resolver fell back on the one person named so far, the byline's ("By Martin Oakes
... She said the economy would grow": the prime minister's words given to the columnist). The byline is the
source's author or a short "By NAME" line opening the text.
"""

from __future__ import annotations

import re

from newsbrief.nlp.speech import _Doc

_BYLINE = re.compile(r"^\s*by\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+and\s+[A-Z][\w.'’-]*"
                     r"(?:\s+[A-Z][\w.'’-]*){0,3})?)\s*$", re.IGNORECASE)
_OPENING_SENTENCES = 4  # a byline line comes before the lede, after a headline and a standfirst at most


def byline_names(d: _Doc) -> frozenset[str]:
    """The names of the article's writers: its source's author and a "By NAME" line among its first sentences."""
    found: list[str] = []
    author = d.doc.article.source.author
    if author:
        found.extend(re.split(r"\s+and\s+|\s*,\s*", author))
    for sentence in d.doc.sentences[:_OPENING_SENTENCES]:
        match = _BYLINE.match(sentence.text.strip().split("\n")[0])
        if match:
            found.extend(re.split(r"\s+and\s+", match.group(1)))
    return frozenset(name.strip() for name in found if name.strip())


def is_writer(d: _Doc, name: str) -> bool:
    """Whether ``name`` (a resolved person name or a surname) is a byline's writer."""
    return any(name == writer or name in writer.split()[1:] for writer in byline_names(d))
