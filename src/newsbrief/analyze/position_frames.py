"""Who says what without the sentence's own "X said:" frame when the frame only repeats the item's header.

A Who says what line is printed after its speaker and role ("**Ellen Price**, harbour master — *says:* ..."), so a
sentence that opens "Harbour master Ellen Price said: "..."" says who twice (the lead's unseen XSum rows 104 and 110,
session 22). The renderers (Markdown, HTML) cut the frame when it is a plain one: up to a colon after a verb of
saying (or "told" and its hearer), with a quotation right after the colon, and no word the header lacks besides
articles and the verb ("An EA spokesman said:" under "EA" keeps "spokesman", so it stays whole). A frame with a
clause (a comma: "Replying to the mayor on Tuesday, ...") or a second person ("and the mayor") stays too. The item
itself keeps the whole sentence: the essay, JSON and the support check see what the article says.

The item's text does lose a remark the writer appends about the source (:func:`without_source_remark`).
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


# The writer's remark about the source appended to the source's own sentence (reader Audit 27 #10: "The blog
# expects ... - and the blog has been credible in the past"): a clause after a dash or ", and" whose subject is
# the source itself ("the blog", "it", "its reports") and whose verb is a copula ("has been credible"), not an
# action the source took or underwent ("and it has barred him", Newsroom row 58, stays; "it was fined") or is taking
# ("it is investigating").
_SOURCE_REMARK = re.compile(r"\s*(?:[-–—]+\s*(?:and|but|though)?|[,;]\s*(?:and|but|though))\s+"
                            r"(?:the (\w+)|it|its \w+)\s+(?:(?:has|have|had) been|is|was|are|were)\b"
                            r"(?!\s+\w+(?:ing|ed)\b)")


def _in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation opened before it in ``text`` (straight or curly marks)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def without_source_remark(text: str, speaker: str | None) -> str:
    """``text`` cut before a trailing remark about its speaker (see _SOURCE_REMARK); ``text`` when there is none
    or the remark's subject is some other noun ("..., and the price has been rising" stays whole)."""
    head = (speaker or "").lower().split()
    for match in _SOURCE_REMARK.finditer(text):
        if _in_quotation(text, match.start()):
            continue  # the source's own words go on ('told us: "... successfully, and it is only cards ..."', A48 #4)
        noun = match.group(1)
        if (noun is None or (head and noun.lower() == head[-1])) and len(text[: match.start()].split()) >= 4:
            return text[: match.start()]
    return text
