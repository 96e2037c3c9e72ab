"""Last lines that explain or joke instead of closing the story (reader Audit 38, docs/audit.md 39).

- A wire story's standing background line closed a news report (#9: "[A militant group], also known as [its
  acronym], has conquered considerable swathes of land ... in recent months."): it tells who a name is, not where
  the story stands, and a reader deletes it. Only the form that introduces the name in an appositive and goes on
  with a state verb is taken; the same subject saying or doing something new ("..., also known as ..., said on
  Sunday it would withdraw") is news and may close.
- A joke line addressed to someone the article never mentions (#11: a film's catchphrase, 'Stop trying to make
  "X" happen, [a film character].'): its referent is outside the page, and the reader is left with a name that
  means nothing. A line addressed to a person the article is about ("Keep the songs coming, Lena.") stays.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

# "The Islamic State, also known as ISIS, has ...": a name, its other name in an appositive, then a state verb.
_KNOWN_AS = re.compile(r"^(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*,\s+(?:also\s+)?(?:known|called|"
                       r"referred to)\s+as\s+[^,\"“”]{1,50},\s+(?:has|have|had|is|are|was|were|controls|holds|rules|"
                       r"remains)\b")
# A line that ends on a vocative name: "..., Gretchen." / "..., Marcy!" (a quotation mark may follow).
_ADDRESSED = re.compile(r",\s+(?P<name>[A-Z][a-z]+)\s*[.!?]+[\"”’']?\s*$")
# A joke line is short: Audit 38's had nine words.
ADDRESSED_WORDS = 15


def background_line(text: str) -> bool:
    """Whether ``text`` is a standing background line introducing a name ("X, also known as Y, has ...")."""
    return _KNOWN_AS.match(text.strip()) is not None


def addressed_outsider(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a short line addressed to a name the article uses nowhere else."""
    text = sentence.text.strip()
    match = _ADDRESSED.search(text)
    if match is None or len(text.split()) > ADDRESSED_WORDS:
        return False  # cheap exit before the document is read
    outside = doc.article.text[: sentence.start] + " " + doc.article.text[sentence.end:]
    return re.search(rf"\b{re.escape(match.group('name'))}\b", outside) is None


# A short line that opens on a pronoun ("It's not going to happen!") right after such a joke is its punchline.
_PUNCHLINE = re.compile(r"^(?:It|That|This)\b")


def filler_close(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a background line or a joke addressed to an outsider, or that joke's punchline (see
    the module docstring)."""
    if background_line(sentence.text) or addressed_outsider(doc, sentence):
        return True
    if sentence.index == 0 or not _PUNCHLINE.match(sentence.text.strip()) \
            or len(sentence.text.split()) > ADDRESSED_WORDS:
        return False
    before = doc.sentences[sentence.index - 1]
    return before.paragraph == sentence.paragraph and addressed_outsider(doc, before)
