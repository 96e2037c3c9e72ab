"""Who says what without the sentence's own "X said:" frame when the frame only repeats the item's header.

A Who says what line is printed after its speaker and role ("**Ellen Price**, harbour master — *says:* ..."), so a
sentence that opens "Harbour master Ellen Price said: "..."" says who twice (the lead's unseen XSum rows 104 and 110,
session 22). The renderers (Markdown, HTML) cut the frame when it is a plain one: up to a colon after a verb of
saying (or "told" and its hearer), with a quotation right after the colon, and no word the header lacks besides
articles and the verb ("An EA spokesman said:" under "EA" keeps "spokesman", so it stays whole). A frame with a
clause (a comma: "Replying to the mayor on Tuesday, ...") or a second person ("and the mayor") stays too. The item
itself keeps the whole sentence: the essay, JSON and the support check see what the article says.
"""

from __future__ import annotations

import re

_FRAME = re.compile(
    r"^(?P<frame>[^,:;\"“”‘’]{2,90}?\b(?P<verb>said|says|added|adds|explained|wrote|writes|told)\b[^,:;\"“”‘’]{0,50}?"
    r"\s*:\s*)(?P<said>[\"“‘'].{8,})$")
_PLAIN = frozenset({"a", "an", "the"})


def without_frame(text: str, speaker: str | None, role: str | None = None) -> str:
    """``text`` from its quotation on when it opens on a frame that only repeats ``speaker`` and ``role`` (see the
    module docstring); ``text`` unchanged otherwise."""
    if not speaker or ":" not in text[:150]:
        return text
    match = _FRAME.match(text)
    if match is None:
        return text
    before_verb = text[: match.start("verb")]
    said_to = text[match.end("verb") : match.end("frame")]
    if match.group("verb") != "told" and said_to.strip(" :"):
        return text  # "said on Tuesday:", "said in a statement:": more than the header says
    header = set(re.findall(r"[\w'’-]+", f"{speaker} {role or ''}".lower()))
    extra = set(re.findall(r"[\w'’-]+", before_verb.lower())) - header - _PLAIN
    return text if extra else match.group("said")
