"""Markdown rendering: headed sections, bullet items with [s12] citation markers.

An item is laid out by its payload type (a dated event, an actor, a quote) or as a plain statement.
"""

from __future__ import annotations

from newsbrief.analyze.position_frames import without_frame
from newsbrief.lexicon import words
from newsbrief.models import ActorInfo, Brief, ComparisonInfo, FigureInfo, Item, PositionInfo, QuoteInfo, TimelineEvent
from newsbrief.render import (
    GENRE_LABELS,
    RELATION_WORDS,
    STANCE_WORDS,
    citation_labels,
    coverage_line,
    mentions_label,
    outlet_of,
    register,
    shown_date,
    source_lines,
)
from newsbrief.sections import SECTIONS


def markers(item: Item, home: str = "") -> str:
    """Citation markers such as ``[s3][s7]`` (one per cited sentence)."""
    return "".join(f"[{label}]" for label in citation_labels(item, home))


def figure_line(item: Item) -> str:
    """A key figure as a reader sees it: the article's own phrase around the number when the measure
    is one ("every year of delay costs the region about €90 million in lost fares"), else the value and
    what it measures ("1.8 million homes — ..."); either with its time when that is not said."""
    payload = item.payload
    if isinstance(payload, FigureInfo) and payload.measure and payload.value in payload.measure:
        said = set(words(payload.measure))
        when = f" ({payload.when})" if payload.when and not set(words(payload.when)) <= said else ""
        return payload.measure + when
    return item.text + figure_gloss(item)


def figure_gloss(item: Item) -> str:
    """What a key figure's text does not already say: " — measure (when)", or "".

    The measure's first words that the text ends with are not repeated ("10 to 20 nuclear
    warheads — Pyongyang could produce a year"); a text that says it all gets no gloss.
    """
    payload = item.payload
    if not isinstance(payload, FigureInfo):
        return ""
    said = set(words(item.text))
    gloss = ""
    chunks = (payload.measure or "").split()
    while chunks and set(words(chunks[0])) <= said:
        chunks.pop(0)
    if chunks and not set(words(" ".join(chunks))) <= said:
        gloss = " — " + " ".join(chunks)
    if payload.when and not set(words(payload.when)) <= said:
        gloss += f" ({payload.when})"
    return gloss


def _line(item: Item, home: str, outlet: str | None = None) -> str:
    text, cites, payload = item.text, markers(item, home), item.payload
    if outlet and isinstance(payload, QuoteInfo | PositionInfo):
        cites = f"({outlet}) {cites}"  # a story's quotes and positions say which outlet reported them
    if isinstance(payload, TimelineEvent):
        suffix = " *(expected)*" if payload.future else ""
        return f"- **{payload.label or payload.date}**{suffix} — {text} {cites}"
    if isinstance(payload, ActorInfo):
        head = f"**{payload.name}**" + (f" — {payload.role}" if payload.role else "")
        return f"- {head} ({mentions_label(payload.mentions)}, {payload.type}) {cites}"
    if isinstance(payload, PositionInfo):
        head = f"**{payload.speaker}**" + (f", {payload.role}" if payload.role else "")
        against = f" (disputing {payload.disputes})" if payload.disputes else ""
        text = without_frame(text, payload.speaker, payload.role)  # not "X said:" again after X's name
        return f"- {head} — *{STANCE_WORDS.get(payload.stance, payload.stance)}{against}:* {text} {cites}"
    if isinstance(payload, QuoteInfo):
        return f"- {text} — *{payload.speaker or 'unattributed'}* {cites}"
    if isinstance(payload, ComparisonInfo):  # newsbrief's comparison: the section's note says so
        return f"- **{RELATION_WORDS.get(payload.relation, payload.relation)}** — {text} {cites}"
    if item.generated:
        label = "Commentary" if item.kind == "commentary" else "Reported"
        return f"- *{label} (model-written, verified):* {text} {cites}"
    if item.kind == "commentary":
        return f"- *Commentary (newsbrief, not the article):* {text} {cites}"
    if isinstance(payload, FigureInfo):
        return f"- {figure_line(item)} {cites}"
    return f"- {text} {cites}"


@register("markdown")
def render_markdown(brief: Brief) -> str:
    """Render the brief as Markdown."""
    source = brief.source
    kind = "story" if brief.is_story else "article"
    lines = [f"# {'Story' if brief.is_story else 'Brief'}: {source.title or 'untitled ' + kind}", ""]
    genre = GENRE_LABELS.get(brief.genre or "", "")
    parts = (genre[:1].upper() + genre[1:], source.outlet, source.author, shown_date(source.date))
    meta = " · ".join(p for p in parts if p)
    if meta:
        lines += [f"*{meta}*", ""]
    if brief.is_story:
        lines += [coverage_line(brief), "",
                  "Statements are the articles' own words unless marked as commentary; \"Where sources "
                  "agree and differ\" is newsbrief's comparison. [1a2b3c4d:sN] cites sentence N of the "
                  "article listed under Sources as 1a2b3c4d.", ""]
    else:
        lines += ["Statements are the article's own words unless marked as commentary; "
                  "[sN] cites source sentence N.", ""]
    for section in brief.sections:
        if not section.items:
            continue
        lines += [f"## {SECTIONS.title(section.name)}", ""]
        lines += [_line(item, brief.article_id, outlet_of(brief, item)) for item in section.items]
        lines.append("")
    lines += source_lines(brief)
    return "\n".join(lines) + "\n"
