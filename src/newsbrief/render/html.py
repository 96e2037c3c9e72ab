"""HTML rendering: one standalone, escaped page with a Content-Security-Policy.

All article text is escaped; the page loads nothing from outside. Inline
style and script are allowed by their SHA-256 hashes only. Clicking a
citation jumps to and highlights the cited sentence in the side panel
(``:target`` works without script); hovering highlights it too.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from newsbrief.analyze.position_frames import without_frame
from newsbrief.models import (
    ActorInfo,
    Brief,
    Citation,
    ComparisonInfo,
    FigureInfo,
    Item,
    PositionInfo,
    QuoteInfo,
    TimelineEvent,
)
from newsbrief.render import (
    GENRE_LABELS,
    RELATION_WORDS,
    STANCE_WORDS,
    citation_label,
    claim_matrix,
    coverage_line,
    mentions_label,
    outlet_of,
    register,
    shown_date,
    source_line,
    source_lines,
)
from newsbrief.render.markdown import figure_line
from newsbrief.sections import SECTIONS

STYLE = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;margin:0;color:#1d1d1f;background:#fbfaf7}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;max-width:1200px;
margin:0 auto;padding:1.5rem}
@media (max-width:800px){main{grid-template-columns:1fr}}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin-top:1.6rem;
border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta,.note{color:#555;font-size:.9rem}
aside{font-size:.92rem;border-left:1px solid #ddd;padding-left:1rem;max-height:100vh;
overflow:auto;position:sticky;top:0}
a.cite{font:.75rem/1 system-ui,sans-serif;text-decoration:none;background:#e8eef7;
color:#1a4b8c;border-radius:3px;padding:0 .25rem;margin-left:.15rem}
.sent{border-radius:3px}.sent:target,.sent.hl{background:#fff1a8}
.commentary{font-style:italic;color:#5a3d7a}.date{font-weight:bold;white-space:nowrap}
table.matrix{border-collapse:collapse;font-size:.85rem}.matrix th,.matrix td{border:1px solid #ddd;
padding:.2rem .4rem;text-align:left;vertical-align:top}.matrix td.contradicts{background:#fde2e2}
.matrix td.reports{background:#e6f4ea}
"""
SCRIPT = """
document.querySelectorAll('a.cite').forEach(function(a){
  var t=document.getElementById(a.dataset.s);if(!t)return;
  a.addEventListener('mouseenter',function(){t.classList.add('hl');});
  a.addEventListener('mouseleave',function(){t.classList.remove('hl');});
});
"""


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CSP = (
    "default-src 'none'; "
    f"style-src {_hash(STYLE)}; script-src {_hash(SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
)


def _cites(item: Item, home: str) -> str:
    # The label is also the anchor: a story's citations name their article ("1a2b3c4d:s3").
    labels = list(dict.fromkeys(citation_label(c, home) for c in item.citations))
    return "".join(
        f'<a class="cite" href="#{escape(label)}" data-s="{escape(label)}">{escape(label)}</a>'
        for label in labels
    )


def _item(item: Item, home: str, outlet: str | None = None) -> str:
    text, cites, payload = escape(item.text), _cites(item, home), item.payload
    if outlet and isinstance(payload, QuoteInfo | PositionInfo):
        cites = f' <span class="meta">({escape(outlet)})</span>{cites}'  # a story: which outlet reported it
    if isinstance(payload, TimelineEvent):
        when = escape(payload.label or payload.date)
        future = " (expected)" if payload.future else ""
        return f'<li><span class="date">{when}{future}</span> — {text}{cites}</li>'
    if isinstance(payload, ActorInfo):
        extra = f" — {escape(payload.role)}" if payload.role else ""
        return (f"<li><strong>{escape(payload.name)}</strong>{extra} "
                f"({mentions_label(payload.mentions)}){cites}</li>")
    if isinstance(payload, PositionInfo):
        role = f", {escape(payload.role)}" if payload.role else ""
        against = f" (disputing {escape(payload.disputes)})" if payload.disputes else ""
        stance = escape(STANCE_WORDS.get(payload.stance, payload.stance))
        text = escape(without_frame(item.text, payload.speaker, payload.role))  # not "X said:" again after X
        return f"<li><strong>{escape(payload.speaker)}</strong>{role} — <em>{stance}{against}:</em> {text}{cites}</li>"
    if isinstance(payload, QuoteInfo):
        return f"<li>{text} — <em>{escape(payload.speaker or 'unattributed')}</em>{cites}</li>"
    if isinstance(payload, ComparisonInfo):  # newsbrief's comparison: the section's note says so
        label = escape(RELATION_WORDS.get(payload.relation, payload.relation))
        return f'<li class="comparison"><strong>{label}</strong> — {text}{cites}</li>'
    if item.generated:
        label = "Commentary" if item.kind == "commentary" else "Reported"
        css = "commentary" if item.kind == "commentary" else "reported"
        return (f'<li class="{css}"><strong>{label} (model-written, verified):</strong> {text}'
                f"{cites}</li>")
    if item.kind == "commentary":
        return f'<li class="commentary">Commentary (newsbrief, not the article): {text}{cites}</li>'
    if isinstance(payload, FigureInfo):
        return f"<li>{escape(figure_line(item))}{cites}</li>"
    return f"<li>{text}{cites}</li>"


def _matrix(brief: Brief) -> list[str]:
    """A story's outlet x claim table (which outlet reports, contradicts or does not mention each claim)."""
    outlets, rows = claim_matrix(brief)
    if not rows:
        return []
    head = "".join(f'<th scope="col">{escape(o)}</th>' for o in outlets)
    parts = ['<section><h2>Which outlet reports what</h2><table class="matrix">',
             f'<thead><tr><th scope="col">Claim</th>{head}</tr></thead><tbody>']
    for text, cells in rows:
        shown = escape(text if len(text) <= 140 else text[:139].rsplit(" ", 1)[0] + "…")
        row = "".join(f'<td class="{cells[o].split()[0]}">{escape(cells[o])}</td>' for o in outlets)
        parts.append(f'<tr><th scope="row">{shown}</th>{row}</tr>')
    parts.append("</tbody></table></section>")
    return parts


def _source_panel(brief: Brief) -> list[str]:
    """The side panel: the cited article's sentences (a story's, grouped by article) as citation targets."""
    home = brief.article_id
    headings = {ref.article_id: source_line(ref.source).removeprefix("Source: ") for ref in brief.sources}
    parts = ["<aside><h2>Source articles</h2>" if brief.is_story else "<aside><h2>Source article</h2>"]
    paragraph, article = -1, None
    for sentence in brief.sentences:
        if brief.is_story and sentence.article_id != article:
            if paragraph >= 0:
                parts.append("</p>")
            article, paragraph = sentence.article_id, -1
            parts.append(f"<h3>[{escape(article[:8])}] {escape(headings.get(article, ''))}</h3>")
        if sentence.paragraph != paragraph:
            if paragraph >= 0:
                parts.append("</p>")
            parts.append("<p>")
            paragraph = sentence.paragraph
        anchor = citation_label(Citation(sentence.id, sentence.start, sentence.end, sentence.article_id), home)
        parts.append(f'<span class="sent" id="{escape(anchor)}">'
                     f"<sup>{escape(anchor)}</sup> {escape(sentence.text)}</span> ")
    if paragraph >= 0:
        parts.append("</p>")
    parts.append("</aside>")
    return parts


@register("html")
def render_html(brief: Brief) -> str:
    """Render the brief as a standalone HTML page."""
    source = brief.source
    title = escape(source.title or "Untitled article")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>Brief: {title}</title><style>{STYLE}</style></head><body><main><div>",
        f"<h1>{title}</h1>",
    ]
    genre = GENRE_LABELS.get(brief.genre or "", "")
    header = (genre[:1].upper() + genre[1:], source.outlet, source.author, shown_date(source.date))
    meta = " · ".join(escape(p) for p in header if p)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>')
    if brief.is_story:
        parts.append(f'<p class="meta">{escape(coverage_line(brief))}</p>')
    if brief.is_story:
        parts.append('<p class="note">Statements are the articles\' own words unless marked as commentary; '
                     '"Where sources agree and differ" is newsbrief\'s comparison. Click a citation to see '
                     "its source sentence.</p>")
    else:
        parts.append('<p class="note">Statements are the article\'s own words unless marked as '
                     "commentary. Click a citation to see its source sentence.</p>")
    for section in brief.sections:
        if not section.items:
            continue
        parts.append(f"<section><h2>{escape(SECTIONS.title(section.name))}</h2><ul>")
        parts += [_item(item, brief.article_id, outlet_of(brief, item)) for item in section.items]
        parts.append("</ul></section>")
    parts += _matrix(brief)
    closing = "<br>".join(escape(line) for line in source_lines(brief))
    parts.append(f'<p class="meta">{closing}</p></div>')
    parts += _source_panel(brief)
    parts.append(f"</main><script>{SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"
