"""Lines of a page that are no key point in their genre (session 15, from genre15's report).

- **A review's practical line**: opening hours, prices, booking, running time ("Pesca is open Tuesday to Sunday,
  6pm to 10pm.", "Bowls cost from $9.", "Running time: 1 hr 52 min"). It tells a reader how to go, not what the
  critic thinks; genre_review already keeps it from being the verdict. In a news report such a line may be the
  news ("The museum will open on Tuesdays from March"), so only a review's is held back.
- **A column's background**: a sentence telling what has gone on for years, often about a third party ("The
  archdiocese has had to pay out millions in settlements in recent years"), is context for the column's argument,
  not its thesis (the lead's Newsroom reading, session 15: a one-paragraph column's main point). Its sign is a
  present or past perfect main verb with a span of time ("in recent years", "over the past decade", "for years",
  "since 2002").
- **A Q&A page's reader's question**: the paragraph that opens on "Q:" or "Question:" is the reader's question,
  including its sentences that do not end in "?" ("Q: My doctor says my cholesterol is slightly high."). The answer
  is the point; a question asks.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PRACTICAL = re.compile(
    rf"\bopen (?:daily|every day|seven days|from \d|{_DAY}s?\b)|\b{_DAY}s? (?:to|-|–) {_DAY}s?\b|"
    r"\b\d{1,2}(?:[.:]\d{2})?\s?[ap]m\s?(?:to|-|–)\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b|"
    r"\b(?:tickets?|mains?|starters?|dishes|bowls|plates|entry|admission|a meal|dinner for (?:two|one)|lunch)\b"
    r"[^.]{0,20}\b(?:costs?|from|are|is)\s+(?:about |around |just )?[$£€]\s?\d|"
    r"\bbooking (?:is )?(?:essential|advised|recommended)\b|\brunning time\b|\bruntime\b",
    re.I)


def practical_line(sentence: Sentence) -> bool:
    """True for a review's practical line (see the module docstring)."""
    return bool(_PRACTICAL.search(sentence.text))


_SPAN = re.compile(r"\b(?:in|over|during|for) (?:the )?(?:recent|past|last|previous|several|many|few) (?:few |several |"
                   r"two |three |five |ten )?(?:years|decades)\b|\bfor (?:years|decades)\b|\bsince (?:19|20)\d\d\b",
                   re.I)


def column_background(doc: Document, sentence: Sentence) -> bool:
    """True for background told over a span of years in the perfect (see the module docstring)."""
    if not _SPAN.search(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and any(t.head == root.i and t.dep == "aux" and t.lemma.lower() == "have"
                                    for t in tokens)


_QUESTION_MARK = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s")


def asked_paragraphs(doc: Document) -> set[int]:
    """The paragraphs that open on a reader's "Q:" mark (see the module docstring): their sentences ask."""
    seen: set[int] = set()
    asked: set[int] = set()
    for sentence in doc.sentences:
        if sentence.paragraph not in seen:
            seen.add(sentence.paragraph)
            if _QUESTION_MARK.match(sentence.text):
                asked.add(sentence.paragraph)
    return asked
