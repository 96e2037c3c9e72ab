"""The story's "where sources agree and differ" section: relations told to a reader.

:mod:`newsbrief.stories.compare` finds how claims of different articles relate; this module
chooses which relations a story brief shows (every conflict and update, a few of the rest) and
says each in one sentence that names both sides (an outlet, or an untitled article by its
quoted title) and cites every sentence it compares.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsbrief.models import ComparisonInfo, Document, Item
from newsbrief.stories.claims import claims_of
from newsbrief.stories.compare import ClaimRelation, compare_claims, plural_noun, written_value


def one_article(doc: Document, ctx: object) -> tuple[Item, ...]:
    """The comparison section's analyzer for one article: nothing, since one article has no other
    source to agree or differ with (the section is built across a story by :func:`comparison_items`)."""
    return ()


# How many items of each relation a story brief shows: every conflict and update (they are
# what a reader needs most), then a few single-source claims and shared claims.
SHOWN = {"conflict": 6, "update": 4, "attributed-differently": 3, "single-source": 3, "agree": 3}


def _outlet(doc: Document) -> str:
    source = doc.article.source
    return source.outlet or source.title or doc.article.id[:8]


def _named(doc: Document, words: int = 8) -> str:
    """An article as a sentence names it: its outlet, else its title in quotation marks (a bare title
    read as part of the sentence: "Only Danish parliament committee backs ... reports"), else its id."""
    source = doc.article.source
    if source.outlet:
        return source.outlet
    if source.title:
        title = source.title.split()
        return "“" + " ".join(title[:words]) + ("…" if len(title) > words else "") + "”"
    return f"article {doc.article.id[:8]}"


def _side_labels(docs: Sequence[Document]) -> dict[str, str]:
    """How the comparison text names each article: its outlet, told apart from the outlet's other
    articles by date, else by the id its citations carry ("CNN and CNN differ" told a reader nothing)."""
    names = {doc.article.id: _named(doc) for doc in docs}
    labels = dict(names)
    for name in (n for n, count in Counter(names.values()).items() if count > 1):
        same = [doc for doc in docs if names[doc.article.id] == name]
        dates = [doc.article.source.date for doc in same]
        for doc, day in zip(same, dates, strict=True):
            tag = day[:10] if day and dates.count(day) == 1 else doc.article.id[:8]
            labels[doc.article.id] = f"{name} ({tag})"
    return labels


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _describe(relation: ClaimRelation, outlets: dict[str, str]) -> str:
    sides = [outlets[c.article_id] for c in relation.claims]
    if relation.label == "single-source":
        return f"Only {sides[0]} reports: “{_clip(relation.claims[0].text)}”"
    a, b = relation.claims[0], relation.claims[1]
    both = f"{sides[0]}: “{_clip(a.text)}” — {sides[1]}: “{_clip(b.text)}”"
    short = _short(relation, sides)
    if short:
        return short
    if relation.label == "conflict":
        what = {"number": f"the figures differ ({relation.detail})", "date": f"the dates differ ({relation.detail})",
                "speaker": f"the quotation is given to different people ({relation.detail})",
                "negation": "one says it happened, the other that it did not"}.get(relation.kind, "they differ")
        return f"{sides[0]} and {sides[1]} differ: {what}. {both}"
    if relation.label == "attributed-differently":
        fact, sourced = (0, 1) if a.voice == "reporter" else (1, 0)
        return (f"{sides[fact]} states as fact what {sides[sourced]} attributes to a source "
                f"({relation.detail}). {both}")
    return f"{sides[0]} and {sides[1]} report the same: “{_clip(a.text)}”"


def _short(relation: ClaimRelation, sides: list[str]) -> str | None:
    """One sentence for a number or a quotation ("Reuters puts the deaths at 12, the BBC at 15 (both on
    3 May)"); None where the claims themselves must be shown."""
    a, b = relation.claims[0], relation.claims[1]
    if relation.kind == "number" and len(relation.quantities) == 2:
        x, y = relation.quantities
        first, second = written_value(x), written_value(y)
        noun = plural_noun(x.noun)
        if relation.label == "update":
            moved = "rose" if y.value > x.value else "fell" if y.value < x.value else "changed"
            what = f"{noun[:1].upper()}{noun[1:]}" if noun else "The figure"
            return (f"{what} {moved} from {first} ({sides[0]}, {a.published}) to {second} "
                    f"({sides[1]}, {b.published}).")
        when = f" (both on {a.published})" if a.published and a.published == b.published else ""
        return f"{sides[0]} reports {first}{' ' + noun if noun else ''}, {sides[1]} {second}{when}."
    if relation.kind == "speaker" and a.quote:
        return (f"{sides[0]} gives the quotation “{_clip(a.quote, 80)}” to {a.speaker}; "
                f"{sides[1]} gives it to {b.speaker}.")
    return None


def comparison_items(docs: Sequence[Document]) -> tuple[Item, ...]:
    """The story's "where sources agree and differ" items: conflicts first (both sides cited), then
    updates, claims attributed differently, single-source claims and claims outlets share.

    Items are newsbrief's commentary (the comparison is newsbrief's reading), each citing every
    sentence it compares; an agreement shared by several pairs is shown once per claim.
    """
    outlets = {doc.article.id: _outlet(doc) for doc in docs}
    labels = _side_labels(docs)
    claims = [claim for doc in docs for claim in claims_of(doc)]
    shown: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    items: list[Item] = []
    pairs: set[frozenset[tuple[str, str]]] = set()
    for relation in compare_claims(claims):
        keys = {(c.article_id, c.citation.sentence_id) for c in relation.claims}
        if shown.get(relation.label, 0) >= SHOWN[relation.label] or (relation.label == "agree" and keys & seen):
            continue
        if frozenset(keys) in pairs:  # a clause and its sentence compared twice: one item per sentence pair
            continue
        pairs.add(frozenset(keys))
        seen |= keys
        shown[relation.label] = shown.get(relation.label, 0) + 1
        info = ComparisonInfo(relation.label, relation.kind, tuple(outlets[c.article_id] for c in relation.claims))
        items.append(Item(_describe(relation, labels), tuple(c.citation for c in relation.claims),
                          kind="commentary", payload=info))
    return tuple(items)
