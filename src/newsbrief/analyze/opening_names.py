"""The short name a repair writes for a person: the form the article itself uses for later mentions.

``actor_kinds.short_name`` takes a name's last word unless the last word is a hyphenated given name ("Ban
Ki-moon"). A family-name-first name with a plain given name ("Lou Ming ... Lou says ...", "Zhang Wei ...
Zhang had ...") then became "[Ming's] family" (the lead's reading of an unseen Newsroom brief, session 15):
the article never calls him Ming. The article's own later mentions decide: the last word when the article
uses it alone (or uses neither word alone), else the first word when the article uses that alone.
"""

from __future__ import annotations

import re

from newsbrief.analyze.actor_kinds import short_name
from newsbrief.models import Document

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Lou's" is a mention of "Lou"


def _alone_counts(text: str, words: list[str]) -> tuple[int, int]:
    """How often the name's first and last words stand in ``text`` without the rest of a name next to them:
    "Lou" not followed by a capitalised word, "Ming" not preceded by one (so "Yao Ming", another man, is no
    mention of "Ming" alone)."""
    tokens = [_POSSESSIVE.sub("", t) for t in _WORD.findall(text)]
    first, last = words[0], words[-1]

    def capital(i: int) -> bool:
        return 0 <= i < len(tokens) and tokens[i][:1].isupper()

    first_alone = sum(1 for i, t in enumerate(tokens) if t == first and not capital(i + 1))
    last_alone = sum(1 for i, t in enumerate(tokens) if t == last and not capital(i - 1))
    return first_alone, last_alone


def repair_name(doc: Document, name: str) -> str:
    """The short form of ``name`` for a repair ("[Lou's] family"): the surname a Western order gives
    (:func:`short_name`) unless the article never uses that word alone but does use the first word alone
    ("Lou Ming ... Lou says": family name first)."""
    chosen = short_name(doc, name)
    words = name.split()
    if len(words) < 2 or chosen != words[-1] or not words[0][:1].isupper():
        return chosen
    first_alone, last_alone = _alone_counts(doc.article.text, words)
    return words[0] if first_alone and not last_alone else chosen


__all__ = ["repair_name"]
