"""A casualty count superseded by a larger count of the same kind given elsewhere in the article.

A story updated through the day (a live page, a running report) gives a toll several times: "more than
400 people were wounded", later "611 people were injured", then "639 were injured". Reader Audit 33 (A3)
marked the earlier counts shown beside the latest as superseded: a reader takes each bullet for a separate
fact, and two counts of the hurt read as two groups. A toll only rises, so the largest count of a kind is
the latest whatever the page's order (a live page runs newest first), and a smaller count of the same
kind is dropped from Key figures.

Kinds are the hurt ("injured", "wounded", "hurt") and the dead ("killed", "dead", "died"). A count of
another noun ("12 police officers were injured") is a part, not an earlier toll, and stays; so does a
count in the same sentence as the larger one (a breakdown) and one whose sentence names only other places
than the larger's ("30 were killed in Syria" beside "200 were killed in Iraq").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.models import Document, FigureInfo, Item

# A count of people and what befell them: "611 people were injured", "639 were injured", "400 wounded",
# "three people died". Only people (or no noun) are counted: "12 police officers" is a part of a toll.
# The count starts only where a run of digits and commas starts, and takes the run whole (possessive): a run of
# 22,500 "1,"s with no count word after it was retried from every comma (quadratic: 60 s; now 2 ms).
_TOLL = re.compile(
    r"\b(?<![\d,])(\d[\d,]*+)\s+(?:(?:people|persons|others|civilians|protesters|demonstrators)\s+)?"
    r"(?:(?:were|was|have|has|had|are|been|being|reportedly|also)\s+){0,3}"
    r"(injured|wounded|hurt|killed|dead|died)\b", re.I)
_KIND = {"injured": "hurt", "wounded": "hurt", "hurt": "hurt", "killed": "dead", "dead": "dead", "died": "dead"}
_PLACES = frozenset({"GPE"})


def _tolls(text: str) -> list[tuple[int, str]]:
    """The (count, kind) pairs a sentence gives."""
    out = []
    for match in _TOLL.finditer(text):
        try:
            out.append((int(match.group(1).replace(",", "")), _KIND[match.group(2).lower()]))
        except ValueError:
            continue
    return out


def _places(doc: Document, index: int) -> frozenset[str]:
    sentence = doc.sentences[index]
    return frozenset(e.text.lower() for e in doc.entities
                     if e.label in _PLACES and sentence.token_start <= e.token_start < sentence.token_end)


def without_superseded(items: Sequence[Item], doc: Document) -> tuple[Item, ...]:
    """The items less a casualty count the article gives a larger count of the same kind for."""
    by_id = {s.id: s.index for s in doc.sentences}
    largest: dict[str, list[tuple[int, int]]] = {}  # kind -> (count, sentence index) for every toll given
    for sentence in doc.sentences:
        for count, kind in _tolls(sentence.text):
            largest.setdefault(kind, []).append((count, sentence.index))
    if not largest:
        return tuple(items)
    kept = []
    for item in items:
        index = by_id.get(item.citations[0].sentence_id) if item.citations else None
        if index is None or not isinstance(item.payload, FigureInfo) or not _superseded(doc, item, index, largest):
            kept.append(item)
    return tuple(kept)


def _superseded(doc: Document, item: Item, index: int, largest: dict[str, list[tuple[int, int]]]) -> bool:
    assert isinstance(item.payload, FigureInfo)
    try:
        value = int(item.payload.value.split()[-1].replace(",", ""))
    except ValueError:
        return False
    own = [kind for count, kind in _tolls(doc.sentences[index].text) if count == value]
    if len(own) != 1:
        return False  # not a toll, or the same number twice in its sentence: not sure which
    places = _places(doc, index)
    return any(count > value and other != index and _same_place(places, _places(doc, other))
               for count, other in largest.get(own[0], []))


def _same_place(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two counts may be of one place: one names none, or they share one ("Egypt's health minister said
    611 people were injured in Cairo" and "639 were injured in Cairo"); "in Syria" and "in Iraq" are two."""
    return not mine or not theirs or bool(mine & theirs)


__all__ = ["without_superseded"]
