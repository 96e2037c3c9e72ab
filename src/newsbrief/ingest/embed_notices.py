"""A media player's embed notice and a sentence that only points at the page's media (reader Audit 34, #4 and #10).

Once the layout is gone, the box where a blog embedded its video keeps its notice: "In order to see this content
you need to have both Javascript enabled and Flash installed.", "Visit <the outlet's help pages> for full
instructions.", "If you're reading via RSS, you'll need to visit the blog to access this content." They read as
prose, and on the audited editor's blog they took half the key points and opened the essay. A notice is known by
what it asks of the reader's browser or feed reader (a script or player to enable or install, a help page's
instructions, a visit from a feed reader), not by one outlet's wording.

A sentence that sends the reader to the page's own media ("You can see it land at 0:11 in the above video or
watch it on repeat in the gif below") points at nothing once the media is gone; the audited commentary had it as
a key point. It is cut when it both names a medium by its place on the page ("the video above", "the above
video", "the gif below") and asks the reader to look ("you can see", "watch it", "see"), and reports nothing (no
"said", "told", ...): "Police said the video above was filmed by a neighbour" is the story's.

Both are cut sentence by sentence inside a paragraph (the sentences around them stay); a paragraph that was only
notices comes back empty. Regular expressions, no parse (ingest runs before spaCy).
"""

from __future__ import annotations

import itertools
import re

from newsbrief.ingest.furniture_rules import REPORTING

__all__ = ["is_embed_notice", "is_media_pointer", "without_embed_notices"]

# A notice is short: the ones seen ran 6-20 words; a longer sentence about browsers is a tech story's.
NOTICE_MAX_WORDS = 30
_NOTICE = re.compile(
    # what the player needs: "you need (to have) (both) JavaScript enabled and Flash installed"
    r"\b(?:javascript|flash(?: player)?|adobe flash|a plug-?in)\b[^.!?]{0,40}\b(?:enabled|installed|turned on)\b"
    r"|\b(?:enable|install|turn on|upgrade)\b[^.!?]{0,20}\b(?:javascript|flash(?: player)?)\b"
    # a help page's instructions: "Visit BBC Webwise for full instructions."
    r"|^(?:please )?(?:visit|go to|see|read)\b[^.!?]{1,60}\bfor (?:full|more|further|detailed) instructions\b"
    # a feed reader's visit: "If you're reading via RSS, you'll need to visit the blog to access this content."
    r"|^if you(?:['’]re| are) reading (?:this )?(?:via|through|in|on|by) (?:an? )?(?:rss|feed|e-?mail|app)\b"
    r"|^your browser (?:does not|doesn['’]t|cannot|can['’]t) (?:support|play|display)\b",
    re.I)
# The page's media by its place: "the video above", "the above video", "the gif below", "the clip below".
_MEDIA = r"(?:video|gif|clip|footage|photo|picture|image|tweet|player|embed|slideshow)s?"
_PLACED = re.compile(rf"\b(?:(?:above|below) {_MEDIA}|{_MEDIA} (?:above|below))\b", re.I)
# The reader asked to look: "you can see", "you'll hear", "watch it", "see for yourself".
_LOOK = re.compile(r"\byou (?:can |could |may |might |will |['’]ll )?(?:see|watch|view|hear|catch|check)\b|"
                   r"^(?:see|watch|view|check out|look at)\b|\b(?:watch|see) it\b", re.I)
POINTER_MAX_WORDS = 40
# A sentence stop, then the next sentence's start.
_STOPS = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'(])")


def is_embed_notice(sentence: str) -> bool:
    """True when ``sentence`` is a media player's embed notice to the reader (see the module docstring)."""
    text = sentence.strip()
    return len(text.split()) <= NOTICE_MAX_WORDS and not REPORTING.search(text) and bool(_NOTICE.search(text))


def is_media_pointer(sentence: str) -> bool:
    """True when ``sentence`` only points the reader at the page's own media (see the module docstring)."""
    text = sentence.strip()
    return (len(text.split()) <= POINTER_MAX_WORDS and not REPORTING.search(text)
            and bool(_PLACED.search(text)) and bool(_LOOK.search(text)))


def without_embed_notices(paragraph: str) -> str:
    """``paragraph`` without its embed notices and media pointers; an empty string when it was nothing else."""
    lowered = paragraph.lower()
    if not any(word in lowered for word in ("javascript", "flash", "instructions", "reading", "browser",
                                            "above", "below")):
        return paragraph
    starts = [0] + [m.end() for m in _STOPS.finditer(paragraph)] + [len(paragraph)]
    pieces = [paragraph[a:b] for a, b in itertools.pairwise(starts)]
    kept = [p for p in pieces if not (is_embed_notice(p) or is_media_pointer(p))]
    if len(kept) == len(pieces):
        return paragraph
    return " ".join(piece.strip() for piece in kept if piece.strip())
