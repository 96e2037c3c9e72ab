"""Merge the briefs of a story's articles, section by section, into one set of story items.

Each article is briefed as usual (every item cites its own article), then the
story keeps one item per point: actors named differently by different outlets
("Ingrid Dahl", "Dahl") become one actor with every outlet's citations; the
same quote, figure or statement reported by several articles becomes one item
citing each of them; what only one article says keeps its one citation. The
multi-document summary and the merged timeline are built from the articles'
sentences (:mod:`newsbrief.stories.summary`, :mod:`newsbrief.stories.timeline`);
this module handles the other sections and is the fallback for those two.

Newest first: for lists of statements (analysis, outlook, recommendations),
articles are taken newest first, round-robin, so the latest development leads
and no outlet fills a section alone. The conclusion is the newest article's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsbrief.compose import normalise, repeats
from newsbrief.models import ActorInfo, Brief, Citation, FigureInfo, Item, QuoteInfo, TimelineEvent
from newsbrief.nlp.date_yearless import same_time, timeline_order
from newsbrief.sections import SECTIONS

# At most this many citations per merged item: enough to show every outlet of a
# typical story (3-8 outlets) without a wall of chips.
MAX_CITATIONS = 8


@dataclass(frozen=True)
class Member:
    """One article of a story: its brief and when it was published (YYYY-MM-DD or None)."""

    brief: Brief
    date: str | None

    @property
    def article_id(self) -> str:
        """The article's id (its citations' ``article_id``)."""
        return self.brief.article_id


def newest_first(members: Sequence[Member]) -> list[Member]:
    """Members ordered by publication date, newest first; undated ones last, in their given order."""
    dated = sorted((m for m in members if m.date), key=lambda m: m.date or "", reverse=True)
    return dated + [m for m in members if not m.date]


def _with_citations(item: Item, extra: Sequence[Citation]) -> Item:
    merged = list(dict.fromkeys((*item.citations, *extra)))
    return replace(item, citations=tuple(merged[:MAX_CITATIONS]))


def _round_robin(lists: Sequence[Sequence[Item]]) -> list[Item]:
    out: list[Item] = []
    depth = 0
    while any(depth < len(items) for items in lists):
        out += [items[depth] for items in lists if depth < len(items)]
        depth += 1
    return out


def merge_statements(members: Sequence[Member], name: str, taken: list[str], limit: int) -> tuple[Item, ...]:
    """Items of section ``name`` across articles, newest article first, round-robin; a statement that
    repeats one already kept (here or in ``taken``, the statements of earlier sections) adds its
    citations to that one instead of appearing twice."""
    lists = []
    for member in newest_first(members):
        section = member.brief.section(name)
        lists.append(section.items if section else ())
    kept: list[Item] = []
    for item in _round_robin(lists):
        if any(repeats(item.text, text) for text in taken):
            continue
        twin = next((i for i, k in enumerate(kept) if repeats(item.text, k.text)), None)
        if twin is not None:
            kept[twin] = _with_citations(kept[twin], item.citations)
        elif len(kept) < limit:
            kept.append(item)
    taken += [k.text for k in kept]
    return tuple(kept)


def _same_person(a: str, b: str) -> bool:
    """'Ingrid Dahl' and 'Dahl' (or 'Ms Dahl') name one person; 'Ingrid Dahl' and 'Ola Dahl' do not."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) == len(long):
        return False
    return long[-len(short):] == short


# A country one article's actor stage saw acting ("state") and another only as a setting ("place") is one entity;
# the merged entry keeps "state", the reading that saw it act.
_COUNTRY_TYPES = frozenset({"state", "place"})


def _same_kind(a: ActorInfo, b: ActorInfo) -> bool:
    return a.type == b.type or {a.type, b.type} <= _COUNTRY_TYPES


def _actor_key(info: ActorInfo) -> str:
    return normalise(info.name)


def merge_actors(members: Sequence[Member], limit: int) -> tuple[Item, ...]:
    """One actor per entity across articles: mentions summed, the fullest name and first known role kept,
    ranked by how many articles name them and then by mentions."""
    found: list[tuple[Item, set[str]]] = []
    for member in newest_first(members):
        section = member.brief.section("actors")
        for item in section.items if section else ():
            info = item.payload
            if not isinstance(info, ActorInfo):
                continue
            names = {_actor_key(info), *(normalise(a) for a in info.aliases)}
            match = next((i for i, (kept, _) in enumerate(found)
                          if isinstance(kept.payload, ActorInfo) and _same_kind(kept.payload, info)
                          and any(_same_person(n, _actor_key(kept.payload)) for n in names)), None)
            if match is None:
                found.append((item, {member.article_id}))
                continue
            kept, articles = found[match]
            assert isinstance(kept.payload, ActorInfo)
            base = kept.payload
            fuller = info.name if len(info.name) > len(base.name) else base.name
            aliases = tuple(dict.fromkeys(a for a in (*base.aliases, *info.aliases, base.name, info.name)
                                          if a != fuller))
            payload = replace(base, name=fuller, role=base.role or info.role, mentions=base.mentions + info.mentions,
                              aliases=aliases, type="state" if "state" in (base.type, info.type) else base.type)
            text = kept.text if fuller == base.name and payload.type == base.type else item.text
            found[match] = (replace(_with_citations(kept, item.citations), payload=payload, text=text),
                            articles | {member.article_id})

    def rank(entry: tuple[Item, set[str]]) -> tuple[int, int]:
        item, articles = entry
        mentions = item.payload.mentions if isinstance(item.payload, ActorInfo) else 0
        return (-len(articles), -mentions)

    return tuple(item for item, _ in sorted(found, key=rank)[:limit])


def _quote_key(item: Item) -> str:
    return normalise(item.text)


def _figure_key(item: Item) -> str:
    info = item.payload
    if isinstance(info, FigureInfo):
        return f"{info.value} {info.unit} {normalise(info.measure or '')}"
    return normalise(item.text)


def merge_keyed(members: Sequence[Member], name: str, key: Callable[[Item], str], limit: int,
                taken: list[str]) -> tuple[Item, ...]:
    """Items of ``name`` merged by ``key`` (a quote's words, a figure's value and measure) or by
    near-identical wording; newest article first, round-robin."""
    lists = []
    for member in newest_first(members):
        section = member.brief.section(name)
        lists.append(section.items if section else ())
    kept: list[Item] = []
    keys: list[str] = []
    for item in _round_robin(lists):
        k = key(item)
        twin = next((i for i, other in enumerate(kept) if keys[i] == k or repeats(item.text, other.text)), None)
        if twin is not None:
            kept[twin] = _with_citations(kept[twin], item.citations)
            mine, theirs = kept[twin].payload, item.payload
            if isinstance(mine, QuoteInfo) and isinstance(theirs, QuoteInfo) and not mine.speaker and theirs.speaker:
                kept[twin] = replace(kept[twin], payload=theirs)  # one outlet names the speaker: keep that
        elif len(kept) < limit and not any(repeats(item.text, t) for t in taken):
            kept.append(item)
            keys.append(k)
    taken += [k.text for k in kept]
    return tuple(kept)


def _content_words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if len(w) > 3}


# Two dated events on the same date are one event when this share of the shorter one's content
# words (longer than 3 letters) recurs in the other; 0.4 joined the cable fixtures' three
# reports of the signing and kept the same-day committee vote apart.
SAME_EVENT_OVERLAP = 0.4


def _date(item: Item) -> str:
    return item.payload.date if isinstance(item.payload, TimelineEvent) else ""


def _same_event(a: Item, b: Item) -> bool:
    """Compatible dates ('2021-11' and '2021-11-14'; '--11-14' and a dated 14 November) and enough content
    words in common."""
    da, db = _date(a), _date(b)
    if not da or not db or not same_time(da, db):
        return False
    wa, wb = _content_words(a.text), _content_words(b.text)
    return len(wa & wb) >= SAME_EVENT_OVERLAP * max(1, min(len(wa), len(wb)))


def merge_timeline(members: Sequence[Member], limit: int, taken: list[str]) -> tuple[Item, ...]:
    """Dated events across articles in date order; the same event on the same date reported by several
    articles is one entry citing each of them (the earliest article's wording is kept)."""
    events: list[Item] = []
    for member in sorted(members, key=lambda m: m.date or "9999"):
        section = member.brief.section("timeline")
        for item in section.items if section else ():
            if not isinstance(item.payload, TimelineEvent) or any(repeats(item.text, t) for t in taken):
                continue
            twin = next((i for i, e in enumerate(events) if _same_event(e, item)), None)
            if twin is None:
                events.append(item)
            elif len(item.payload.date) > len(_date(events[twin])):  # keep the more precise date's wording
                events[twin] = _with_citations(item, events[twin].citations)
            else:
                events[twin] = _with_citations(events[twin], item.citations)
    # The dates that matter most: reported by most articles, then the earliest mentioned.
    ranked = sorted(events, key=lambda e: -len({c.article_id for c in e.citations}))[:limit]
    kept = sorted(ranked, key=lambda e: timeline_order(_date(e)))  # a day without a year after the dated ones
    taken += [k.text for k in kept]
    return tuple(kept)


def merge_conclusion(members: Sequence[Member], limit: int, taken: Sequence[str] = ()) -> tuple[Item, ...]:
    """The newest article's conclusion (the story's latest word), else the next newest that has one; a
    close that repeats a statement shown earlier (``taken``: the story's key points) is passed over."""
    for member in newest_first(members):
        section = member.brief.section("conclusion")
        items = [i for i in (section.items if section else ()) if not any(repeats(i.text, t) for t in taken)]
        if items:
            return tuple(items[:limit])
    return ()


def merge_sections(members: Sequence[Member],
                   given: Mapping[str, tuple[Item, ...]] | None = None) -> dict[str, tuple[Item, ...]]:
    """Every registered section merged across the story's articles, in compose's priority order so a
    statement kept by one section is not repeated by a later one. Sections in ``given`` (the
    multi-document summary and timeline) are used as they are."""
    taken: list[str] = []
    merged: dict[str, tuple[Item, ...]] = {}
    for spec in SECTIONS.by_priority("article"):
        if given and spec.name in given:
            merged[spec.name] = given[spec.name]
            taken += [i.text for i in merged[spec.name]]
        elif spec.name == "actors":
            merged[spec.name] = merge_actors(members, spec.limit)
        elif spec.name == "quotes":
            merged[spec.name] = merge_keyed(members, spec.name, _quote_key, spec.limit, taken)
        elif spec.name == "figures":
            merged[spec.name] = merge_keyed(members, spec.name, _figure_key, spec.limit, taken)
        elif spec.name == "timeline":
            merged[spec.name] = merge_timeline(members, spec.limit, taken)
        elif spec.name == "conclusion":
            merged[spec.name] = merge_conclusion(members, spec.limit, taken)
            taken += [i.text for i in merged[spec.name]]
        else:
            merged[spec.name] = merge_statements(members, spec.name, taken, spec.limit)
    for name in SECTIONS.names("story"):  # built across the articles by the caller
        merged[name] = (given or {}).get(name, ())
    return merged
