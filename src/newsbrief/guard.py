"""Sentences that look like instructions to an AI model (prompt injection).

Article text is untrusted. A sentence that addresses a language model
("ignore previous instructions", "you are now", "system prompt") or embeds a
Markdown image link (a common way to leak data through a rendered URL) is
withheld: no engine uses it as evidence, no brief shows it, and the brief's
sentence list carries a notice in its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.lexicon import URL
from newsbrief.models import Document

WITHHELD_TEXT = "[withheld by newsbrief: this sentence looks like instructions to an AI model]"
_PATTERNS = (
    re.compile(
        r"\b(?:ignore|disregard|forget|override)\b.{0,40}?\b(?:previous|prior|above|earlier|all|"
        r"your|any)\b.{0,30}?\b(?:instructions?|prompts?|rules|directions|guidelines)\b",
        re.I | re.S,
    ),
    re.compile(r"\byou are now\b|\bact as (?:an? )?(?:ai|assistant|language model|chatbot)\b", re.I),
    re.compile(r"\b(?:system prompt|developer message|jailbreak)\b", re.I),
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),  # Markdown image: fetched when rendered
    re.compile(r"<\|(?:im_start|im_end|system|endoftext)\|>"),
)


def withheld_sentences(doc: Document) -> frozenset[str]:
    """Ids of the sentences of ``doc`` that no engine may use.

    Patterns run over the whole text, since an injection may be split across
    sentences (a Markdown link confuses the sentence splitter); every sentence
    overlapping a match is withheld.
    """
    spans = [m.span() for pattern in _PATTERNS for m in pattern.finditer(doc.article.text)]
    return frozenset(
        s.id for s in doc.sentences if any(s.start < end and start < s.end for start, end in spans)
    )


_URL = URL
_TOKEN = re.compile(r"[^\s\[\]()]+")


def make_sanitizer(withheld_texts: list[str], usable_text: str) -> Callable[[str], str]:
    """A function that strips content planted by withheld sentences from text we show.

    Used on rejected model output and on reasons: URLs that no usable sentence
    contains become "[link removed]", and words found only in withheld
    sentences become "[withheld]".
    """
    usable_words = set(_TOKEN.findall(usable_text))
    planted = {w for text in withheld_texts for w in _TOKEN.findall(text)
               if w not in usable_words and any(c.isalnum() for c in w)}

    def sanitize(text: str) -> str:
        text = _URL.sub(lambda m: m.group(0) if m.group(0) in usable_text else "[link removed]", text)
        text = re.sub(r"!\[[^\]]*\]\(\s*\[link removed\]\s*\)", "[image removed]", text)
        return _TOKEN.sub(lambda m: "[withheld]" if m.group(0) in planted else m.group(0), text)

    return sanitize
