"""Compose analyzer output into a :class:`Brief`: support checks, no repeats, section sizes.

Every item must rest on its citations: each citation must name an existing
sentence and lie inside it, and a reported item's words (apart from bracketed
insertions such as "[Lee]") must stand verbatim in what it cites. Items that
fail are dropped. A point appears once: an item that repeats an earlier one
(same words after normalisation, or ROUGE-L F1 >= 0.7) is dropped, sections
earlier in :data:`PRIORITY` winning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from newsbrief.analyze import SECTION_ORDER
from newsbrief.guard import WITHHELD_TEXT, withheld_sentences
from newsbrief.models import Brief, Citation, Document, Engine, Item, Section, Sentence

# Which section keeps a statement that two sections would both show. Quotes come
# before the timeline because a quote is the speaker's position, while a date inside
# a quote rarely marks an event; the conclusion comes before analysis and outlook
# because the article's ending has one place only.
PRIORITY = (
    "summary", "quotes", "timeline", "conclusion", "figures", "actors",
    "analysis", "recommendations", "outlook",
)
# Largest number of items shown per section (the analyzers return more candidates).
SECTION_LIMITS = {
    "summary": 5, "timeline": 20, "actors": 8, "quotes": 6, "figures": 8,
    "analysis": 5, "outlook": 5, "recommendations": 4, "conclusion": 2,
}
DUPLICATE_ROUGE_L = 0.7  # the threshold the eval's duplicate_rate uses
_BRACKETED = re.compile(r"\[[^\]]*\]")
_TOKEN = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """Lower-case words only, for comparing statements."""
    return " ".join(_TOKEN.findall(text.lower()))


def rouge_l_f1(a: list[str], b: list[str]) -> float:
    """ROUGE-L F1 of two word lists (longest common subsequence)."""
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if word == other else max(previous[j], current[-1]))
        previous = current
    lcs = previous[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def repeats(a: str, b: str) -> bool:
    """True when two statements say the same thing in (nearly) the same words."""
    wa, wb = normalise(a).split(), normalise(b).split()
    if wa == wb:
        return True
    # ROUGE-L can be no higher than the bag-of-words overlap F1: skip the LCS when that is low.
    common = sum((Counter(wa) & Counter(wb)).values())
    if not wa or not wb or 2 * common / (len(wa) + len(wb)) < DUPLICATE_ROUGE_L:
        return False
    return rouge_l_f1(wa, wb) >= DUPLICATE_ROUGE_L


def citation_valid(citation: Citation, sentences: Mapping[str, Sentence]) -> bool:
    """A citation names an existing sentence and lies inside it."""
    sentence = sentences.get(citation.sentence_id)
    return (
        sentence is not None
        and sentence.start <= citation.start < citation.end <= sentence.end
    )


def supported(item: Item, doc: Document, sentences: Mapping[str, Sentence]) -> bool:
    """The support check: valid citations, and a reported item's words stand in them."""
    if not item.citations or not all(citation_valid(c, sentences) for c in item.citations):
        return False
    if item.kind == "commentary":
        return True
    cited = " ".join(doc.article.text[c.start : c.end] for c in item.citations)
    fragments = [f.strip(" ,") for f in _BRACKETED.split(item.text)]
    return all(fragment in cited for fragment in fragments if fragment)


def redacted_sentences(doc: Document, withheld: frozenset[str]) -> tuple[Sentence, ...]:
    """The document's sentences with withheld ones replaced by a notice."""
    return tuple(replace(s, text=WITHHELD_TEXT) if s.id in withheld else s for s in doc.sentences)


def compose(doc: Document, candidates: Mapping[str, tuple[Item, ...]], engine: Engine) -> Brief:
    """Build the brief from each section's candidates, best first.

    Items citing a sentence that looks like a prompt injection are dropped and
    that sentence's text is withheld from the brief.
    """
    withheld = withheld_sentences(doc)
    sentences = {s.id: s for s in doc.sentences if s.id not in withheld}
    accepted_statements: list[str] = []
    built: dict[str, Section] = {}
    for name in sorted(SECTION_ORDER, key=lambda n: PRIORITY.index(n) if n in PRIORITY else 99):
        kept: list[Item] = []
        for item in candidates.get(name, ()):
            if len(kept) >= SECTION_LIMITS.get(name, 10):
                break
            if not supported(item, doc, sentences):
                continue
            if item.kind == "commentary":
                kept.append(item)
                continue
            pool = accepted_statements
            if any(repeats(item.text, other) for other in pool):
                # An item may offer a shorter wording (a timeline event's dated clause).
                short = item.attr("short")
                if not isinstance(short, str):
                    continue
                item = replace(item, text=short)
                if not supported(item, doc, sentences) or any(
                    repeats(short, other) for other in pool
                ):
                    continue
            kept.append(item)
            accepted_statements.append(item.text)
        built[name] = Section(name=name, items=tuple(kept))
    return Brief(
        source=doc.article.source,
        sentences=redacted_sentences(doc, withheld),
        sections=tuple(built[name] for name in SECTION_ORDER),
        engine=engine,
        meta=(("withheld", tuple(sorted(withheld))),) if withheld else (),
    )
