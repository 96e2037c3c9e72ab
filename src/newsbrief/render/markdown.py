"""Markdown rendering: headed sections, bullet items with [s12] citation markers."""

from __future__ import annotations

from newsbrief.models import Brief, Item
from newsbrief.render import SECTION_TITLES, register, source_line


def markers(item: Item) -> str:
    """Citation markers such as ``[s3][s7]`` (one per cited sentence)."""
    seen: list[str] = []
    for citation in item.citations:
        if citation.sentence_id not in seen:
            seen.append(citation.sentence_id)
    return "".join(f"[{sid}]" for sid in seen)


def _line(section: str, item: Item) -> str:
    text = item.text
    if section == "timeline":
        when = str(item.attr("label") or item.attr("date"))
        suffix = " *(expected)*" if item.attr("future") else ""
        return f"- **{when}**{suffix} — {text} {markers(item)}"
    if section == "actors":
        name = str(item.attr("name"))
        details = [f"{item.attr('mentions')} mentions", str(item.attr("type"))]
        head = f"**{name}**" + (f" — {item.attr('role')}" if item.attr("role") else "")
        return f"- {head} ({', '.join(details)}) {markers(item)}"
    if section == "quotes":
        speaker = item.attr("speaker") or "unattributed"
        return f"- {text} — *{speaker}* {markers(item)}"
    if item.attr("generated"):
        label = "Commentary" if item.kind == "commentary" else "Reported"
        return f"- *{label} (model-written, verified):* {text} {markers(item)}"
    if item.kind == "commentary":
        return f"- *Commentary (newsbrief, not the article):* {text} {markers(item)}"
    return f"- {text} {markers(item)}"


@register("markdown")
def render_markdown(brief: Brief) -> str:
    """Render the brief as Markdown."""
    source = brief.source
    lines = [f"# Brief: {source.title or 'untitled article'}", ""]
    meta = " · ".join(p for p in (source.outlet, source.author, source.date) if p)
    if meta:
        lines += [f"*{meta}*", ""]
    lines += [
        "Statements are the article's own words unless marked as commentary; "
        "[sN] cites source sentence N.",
        "",
    ]
    for section in brief.sections:
        if not section.items:
            continue
        lines += [f"## {SECTION_TITLES.get(section.name, section.name)}", ""]
        lines += [_line(section.name, item) for item in section.items]
        lines.append("")
    lines.append(source_line(source))
    return "\n".join(lines) + "\n"
