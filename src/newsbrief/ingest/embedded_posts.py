"""An embedded social post pasted into the page as text, known by its signature line (Audit 46 #11).

A tweet embedded in a page keeps, once the layout is gone, its text and the signature the embed prints under it:
"— Jane Doe (@janedoe) March 3, 2025", often after a "pic.twitter.com/..." link; an Instagram embed signs "A post
shared by Jane Doe (@janedoe) on Mar 3, 2025 at 6:12am PST". The furniture rules cut the signature line and left
the text, so a post's "Our reporter telling me ..." read as the outlet's own words and opened the key points: the
post's author was lost with the line that named it. Keeping the author would need the signature read as a speaker's
attribution, which no later stage does for a bare line; so the post goes with its signature, as a caption goes with
its picture (precision over recall: the story's own sentences about the post stay).

Two limits keep the article's words: the post is the one short paragraph (POST_MAX_WORDS, a tweet's length) right
before the signature, or the text before the signature in the same paragraph; and a post the article introduces
(the paragraph before it ends with a colon: "She wrote on Twitter:"; or, glued in the post's paragraph, words
before its first colon that name the signer and end on a verb of posting: "Jane Doe wrote on Twitter: ...", which a
post's own "Breaking: ..." does not; session 30) is a quotation the article gives: it stays,
without its link and signature, in quotation marks, so the speakers stage gives it to the one the introduction
names, as it does a quotation under "She said:" (unmarked, it too read as the outlet's words; no word is added).
A page that is mostly its embedded posts (a reactions round-up: ROUND_UP_MIN_POSTS signed posts or more, and no
fewer posts than other paragraphs) would lose its substance that way; there the signature carries the attribution
instead: each post stays as one line, "Jane Doe wrote: "..."", its whole text quoted (a title quoted inside takes
single marks) and its signature gone, so the speakers stage gives it to the signer ("wrote" is the one word added:
the signature says no more than that; session 30).

A Facebook embed signs "Posted by Jane Doe on Tuesday, March 3, 2025"; a blog prints the same line as its byline,
under the article's own last paragraph. So that line is a post's signature only with its weekday and full date (a
blog's "Posted by Jane Doe on March 3, 2025" or "... at 10:15 AM" has none) and with the article going on below it
(a paragraph of ARTICLE_MIN_WORDS words or more that ends a sentence; session 30). Regular expressions, no parse
(ingest runs before spaCy).

**A media player's embed notice and a sentence that only points at the page's media (reader Audit 34, #4 and #10).**

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
from collections.abc import Sequence

from newsbrief.ingest.furniture_rules import REPORTING

__all__ = ["is_embed_notice", "is_media_pointer", "without_embed_notices", "without_embedded_posts"]

# A post is at most this long: a tweet's 280 characters run to about 55 words; a longer paragraph is the article's.
POST_MAX_WORDS = 60
_DATE = r"\w{3,9}\.? \d{1,2},? \d{4}"
_HANDLE = r"\(@[\w.]{1,30}\)"
# A tweet's signature, its own line ("— Jane Doe (@janedoe) March 3, 2025"; the dash may be lost in the paste).
_TWEET_SIGN = re.compile(rf"^(?:[—–-]\s?)?(?P<name>[^\n()]{{1,60}}) {_HANDLE}\s+{_DATE}$")
# An Instagram embed's signature line.
_INSTAGRAM_SIGN = re.compile(rf"^A (?:photo|video|post) shared by (?P<name>[^\n()]{{1,60}}) {_HANDLE} on {_DATE}"
                             r"(?: at \d{1,2}:\d{2}\s?[ap]m(?: [A-Z]{2,4})?)?$", re.I)
# A tweet's signature glued after its text: the dash is kept there, the one sign that a signature begins.
_GLUED_SIGN = re.compile(rf"\s[—–]\s?(?P<name>[^\n()—–]{{1,60}}) {_HANDLE}\s+{_DATE}$")
# A Facebook embed's signature: a weekday and a full date.
_FACEBOOK_TAIL = (r"Posted by (?P<name>[^\n()]{1,60}) on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
                  r"(?:January|February|March|April|May|June|July|August|September|October|November|December) "
                  r"\d{1,2}, \d{4}$")
_FACEBOOK_SIGN = re.compile(rf"^{_FACEBOOK_TAIL}")
# The same glued after the post's last sentence (the paste joined the embed's lines).
_GLUED_FACEBOOK = re.compile(rf"(?<=[.!?\"”])\s+{_FACEBOOK_TAIL}")
# A paragraph of the article below a Facebook signature: the embed sits mid-page, so the line is no blog's byline.
ARTICLE_MIN_WORDS = 12
# The end of an article's introduction to a post glued to it: "... wrote on Twitter", "... tweeted".
_POSTING_VERB = re.compile(r"\b(?:wrote|tweeted|posted|shared|said)(?: (?:on|in a post on) (?:Twitter|X|Instagram|"
                           r"Facebook|Threads|Bluesky|social media))?\s*$")
# A round-up of posts has at least this many (and no fewer posts than other paragraphs).
ROUND_UP_MIN_POSTS = 2
# The picture link at the end of a tweet's text.
_PIC_LINK = re.compile(r"\s*\bpic\.twitter\.com/\w+\s*$")


def _signer(line: str, goes_on: bool = False) -> str | None:
    """The author's name when ``line`` is an embed's signature (a Facebook one only when the article ``goes_on``
    below it), else None."""
    text = line.strip()
    match = _TWEET_SIGN.match(text) or _INSTAGRAM_SIGN.match(text) or (_FACEBOOK_SIGN.match(text) if goes_on else None)
    return match["name"].strip() if match else None


def _is_sign(line: str, goes_on: bool = False) -> bool:
    return _signer(line, goes_on) is not None


def _article_below(paragraphs: Sequence[str]) -> list[bool]:
    """For each paragraph, whether a sentence-ending paragraph of ARTICLE_MIN_WORDS words or more follows it."""
    below, seen = [False] * len(paragraphs), False
    for i in range(len(paragraphs) - 1, -1, -1):
        below[i] = seen
        text = paragraphs[i].strip()
        seen = seen or (len(text.split()) >= ARTICLE_MIN_WORDS and text.endswith((".", "!", "?", "\"", "”")))
    return below


def _post_and_sign(paragraph: str, goes_on: bool = False) -> tuple[str, str] | None:
    """The post's text and author when ``paragraph`` is a post with its signature in it (a last line or glued),
    else None."""
    text = paragraph.strip()
    head, _, last = text.rpartition("\n")
    name = _signer(last, goes_on) if head else None
    if name is not None:
        return head.strip(), name
    glued = _GLUED_SIGN.search(text) or (_GLUED_FACEBOOK.search(text) if goes_on else None)
    return (text[:glued.start()].strip(), glued["name"].strip()) if glued else None


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= POST_MAX_WORDS


def _quoted(post: str) -> str:
    """An introduced post's text in quotation marks, without its picture link (as it is when it has some already)."""
    text = _PIC_LINK.sub("", post).strip()
    return text if any(mark in text for mark in "\"“”") else f"\"{text}\""


def _whole_quote(post: str) -> str:
    """A round-up post's whole text in quotation marks (a title quoted inside it takes single marks), so that the
    speakers stage gives all of it, not only the quoted title, to the author."""
    text = _PIC_LINK.sub("", post).strip()
    if text[:1] in "\"“" and text[-1:] in "\"”" and not any(mark in text[1:-1] for mark in "\"“”"):
        return text
    return "\"" + re.sub(r"[\"“”]", "'", text) + "\""


def _glued_introduction(text: str, name: str) -> tuple[str, str] | None:
    """The article's introduction and the post when ``text`` is "Jane Doe wrote on Twitter: <post>" glued in one
    paragraph: the words before the first colon name the signer (her surname) and end on a verb of posting, which a
    post's own "Breaking:" or "Update:" does not."""
    head, colon, post = text.partition(":")
    surname = name.split()[-1] if name.split() else ""
    if colon and post.strip() and surname and re.search(rf"\b{re.escape(surname)}\b", head) \
            and _POSTING_VERB.search(head):
        return head.strip() + ":", post.strip()
    return None


def _introduced(paragraphs: Sequence[str], index: int) -> bool:
    return index > 0 and paragraphs[index - 1].rstrip().endswith(":")


def _posts(paragraphs: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """The page's embedded posts: (the post's paragraph, the signature's paragraph, the text, the author)."""
    found: list[tuple[int, int, str, str]] = []
    below = _article_below(paragraphs)
    taken: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        glued = _post_and_sign(paragraph, below[i])
        name = None if glued else _signer(paragraph, below[i])
        if glued is not None and _short(glued[0]):
            found.append((i, i, *glued))
            taken.add(i)
        elif name is not None and i > 0 and i - 1 not in taken and _short(paragraphs[i - 1]) \
                and _post_and_sign(paragraphs[i - 1], True) is None and not _is_sign(paragraphs[i - 1], True):
            found.append((i - 1, i, paragraphs[i - 1].strip(), name))
            taken.update((i - 1, i))
    return found


def _round_up(paragraphs: Sequence[str], posts: Sequence[tuple[int, int, str, str]]) -> bool:
    """Whether the page is mostly its embedded posts: two or more, and no fewer than its other paragraphs."""
    others = len(paragraphs) - len({i for post in posts for i in post[:2]})
    return len(posts) >= ROUND_UP_MIN_POSTS and len(posts) >= others


def without_embedded_posts(paragraphs: Sequence[str]) -> list[str]:
    """``paragraphs`` without their embedded posts and signatures (see the module docstring); a post the article
    introduces stays, quoted, without its picture link and signature; on a round-up of posts each post stays,
    quoted and given to its author."""
    if not any("(@" in p or "Posted by" in p for p in paragraphs):
        return list(paragraphs)
    kept: list[str | None] = list(paragraphs)
    posts = _posts(paragraphs)
    round_up = _round_up(paragraphs, posts)
    for post_at, sign_at, text, name in posts:
        kept[sign_at] = None
        glued = _glued_introduction(text, name) if post_at == sign_at else None
        if glued is not None:
            kept[post_at] = f"{glued[0]} {_quoted(glued[1])}"
        elif _introduced(paragraphs, post_at):
            kept[post_at] = _quoted(text)
        else:
            kept[post_at] = f"{name} wrote: {_whole_quote(text)}" if round_up else None
    return [p for p in kept if p is not None]


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
