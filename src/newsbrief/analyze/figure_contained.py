"""A figure whose whole line is inside another figure's line from the same sentence is not shown twice.

Reader Audits 14 and 38: a sentence with two numbers gave one bullet that ends at the first ("The ministry
says it flew 4,000 tonnes of food into the region") and a second whose line runs on to the next number and
says it all again ("... into the region, in six flights, at loads of up to 70 tonnes"); a firm's size in a
"which" clause gave "Dellow Motors, which employs 3,000 people" beside the line that goes on to the 450 jobs
it sheds. The reader meets the first fact twice; the longer line keeps both, so the shorter one goes.
"""

from __future__ import annotations

from newsbrief.models import FigureInfo, Item


def _said(item: Item) -> tuple[str, str, frozenset[str]] | None:
    """(value, measure in single spaces, sentences cited) of a figure item; None for another kind."""
    payload = item.payload
    if not isinstance(payload, FigureInfo) or not payload.measure:
        return None
    return payload.value, " ".join(payload.measure.split()), frozenset(c.sentence_id for c in item.citations)


def _inside(inner: tuple[str, str, frozenset[str]], outer: tuple[str, str, frozenset[str]]) -> bool:
    """True when the outer line, from the same sentence, says the inner figure's value and all its words."""
    value, measure, sentences = inner
    return outer[1] != measure and bool(sentences & outer[2]) and measure in outer[1] and value in outer[1]


def without_contained(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items, best first, less any whose value and measure another item's measure already says whole; the
    longer line takes the shorter one's place when it ranked lower, so that a cut to the first few keeps it."""
    said = [_said(item) for item in items]
    order: list[int] = []
    for n, mine in enumerate(said):
        if n in order:
            continue  # moved up already
        outer = None if mine is None else next(
            (m for m, other in enumerate(said) if other is not None and _inside(mine, other)), None)
        if outer is None:
            order.append(n)
        elif outer > n and outer not in order:
            order.append(outer)
    return tuple(items[n] for n in order)
