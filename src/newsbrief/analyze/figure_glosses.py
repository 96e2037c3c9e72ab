"""Key figures whose gloss does not say what is counted (reader Audits 24 and 25, 25.4 item 9).

A key figure is shown as the article's phrase around its number when the measure holds the value, and
otherwise as the value with a gloss: "14 border guards — were killed near Saravan". A bare count, the
number alone with no noun and no unit, glossed by a clause of another subject leaves the reader asking
"80,000 what?": "80,000 — new superbug could kill", "30 — Voters backed the plan", "six — teams co
form". The number is the object of someone else's clause and what it counts was never said, so the
figure is not shown. It stays when:

* the value names what it counts ("14 border guards — were killed"), its unit ("45 metres — new tower
  is wide") or is money ("£800 million — he pledged for carers": the currency says what it is);
* the gloss opens on the figure's own verb ("— were killed") or its "of" complement ("two — of the
  borough's seven leisure centres will close");
* the gloss has no verb: "about 45,000 people — in the valley", "46 counts — of fraud" are the count's
  own phrase. (A first version also dropped these, reading "300,000 pieces — of memorabilia" as a cut
  referent; it cost 9 figures of eval reader's labelled set, 0.901 -> 0.855: a verbless gloss is no
  sign of a cut, so it was withdrawn.)

The check reads the gloss's words back in the cited span's tokens, so it judges the gloss the reader
sees (:func:`newsbrief.render.markdown.figure_gloss` builds it the same way). On the 60 CNN/DM and
Newsroom articles read for session 16 it drops 2 figures ("80,000 — ...", "six — teams co form"), both
judged deletable, none worth keeping; eval reader figures stays 0.901.
"""

from __future__ import annotations

from newsbrief.lexicon import words
from newsbrief.models import Document, FigureInfo, Item, Token

_VERBS = frozenset({"VERB", "AUX"})
_OWN = frozenset({"VERB", "AUX", "ADP"})  # a gloss that opens on the figure's own verb or its "of" complement


def _gloss(item: Item, payload: FigureInfo) -> list[str]:
    """The gloss's words as the reader sees them after the figure's text ([] when none is shown)."""
    if payload.value in (payload.measure or ""):
        return []  # the measure is shown whole, the value inside it
    said = set(words(item.text))
    chunks = (payload.measure or "").split()
    while chunks and set(words(chunks[0])) <= said:
        chunks.pop(0)
    gloss = words(" ".join(chunks))
    return [] if set(gloss) <= said else gloss


def _span_tokens(doc: Document, item: Item) -> list[Token]:
    """The tokens of the item's first citation: its sentence's words around the value."""
    if not item.citations:
        return []
    cited = item.citations[0]
    sentence = next((s for s in doc.sentences if s.id == cited.sentence_id), None)
    if sentence is None:
        return []
    return [t for t in doc.sentence_tokens(sentence) if t.start >= cited.start and t.end <= cited.end]


def cut_gloss(doc: Document, item: Item) -> bool:
    """True when the figure's gloss has no verb, or a bare count's gloss is another subject's clause."""
    payload = item.payload
    if not isinstance(payload, FigureInfo):
        return False
    gloss = _gloss(item, payload)
    if not gloss:
        return False
    tokens = _span_tokens(doc, item)
    glossed = [t for t in tokens if t.text.lower() in set(gloss)]
    if not glossed:
        return False  # the gloss is not read back in the span: no ground to judge it
    if not any(t.pos in _VERBS for t in glossed):
        return False  # "about 45,000 people — in the valley": the count's own phrase
    if payload.unit != "cardinal" or set(words(item.text)) != set(words(payload.value)):
        return False  # "14 border guards — were killed", "45 metres — tower is wide": it names its noun or unit
    first = next((t for t in tokens if t.text.lower() == gloss[0]), None)
    # "80,000 — new superbug could kill"; "two — of the borough's seven centres will close" names its noun
    return first is not None and first.pos not in _OWN


def without_cut_glosses(items: tuple[Item, ...], doc: Document) -> tuple[Item, ...]:
    """The items less a figure whose gloss does not say what is counted or what happened to it."""
    return tuple(item for item in items if not cut_gloss(doc, item))


__all__ = ["cut_gloss", "without_cut_glosses"]
