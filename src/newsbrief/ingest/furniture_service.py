"""Service lines a page prints for its readers: a review's listing and a pointer to the page's media.

Neither is the writer's text, and both read as sentences once the layout is gone.

**Listing lines.**
Arts and restaurant reviews close with a service line for readers who want to go: "Most performances
are at X, 466 Grand Street, Manhattan; 866-555-0111, example.com." It is not the critic's writing, and
the lead's reading of an unseen Newsroom dance review (session 15) found it chosen as the brief's
conclusion; its street number and telephone number are also bait for the key figures.

A line is a listing when it carries a telephone number and what a listing is about (a street address,
tickets, prices or a box office), or a web address and a street address, and neither reports
speech nor appeals to the reader for information: "Anyone with information is asked to call police at
..." is the story's appeal and "The company ... said its web site ... had been hacked" is reporting,
so both stay. The check is regular expressions, like the other line rules, so that each decision can
be explained by the phrases that made it. A listing in a paragraph of its own is judged as a line;
inside a paragraph (text delivered as one long paragraph) only trailing listing sentences are cut, so
a sentence in the body is never taken out of its context.

**Pointers.** :mod:`newsbrief.ingest.repair` cuts bracketed promos ("(See pictures of ...)"). Reader
Audit 23 found the unbracketed kind, a blog's line that sends the reader to the video above and the transcript
below, as a key point and as the opening of the prose essay. Such a line is an imperative of a
viewing or reading verb at the start ("Watch", "Read", "Click", "Listen"), aimed at the page's own
media ("video", "clip", "transcript", "here", "above", "below", "more"), short and with no reported
speech: "Read the fine print, the regulator told shoppers" is the article's. Once the layout is gone
the pointer points at nothing. A pointer in a paragraph of its own is judged as a line; inside a
paragraph it is cut where it stands between sentences (or before the colon that opens the
transcript), and the sentences around it stay.
"""

from __future__ import annotations

import itertools
import re

from newsbrief.ingest.furniture_rules import REPORTING

# A North American number ("718-555-0142", "(212) 555-0199", "212.555.0199") or an international one
# ("+44 20 7946 0958"): the listings seen give one of these.
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b|\+\d{1,3}(?:[\s-]\d{1,4}){2,4}\b")
# A web address as a listing prints it: a host with a common top-level domain, no scheme needed. A soft
# hyphen (U+00AD) left from the page's hyphenation may stand before the dot.
# The look-behind starts a match only at the start of a host, not inside one: "\b" let the search restart at every
# dot of a dotted run and rescan it (session 15 review: 60 s on 50,000 characters of "a.").
_WEB = re.compile(r"(?<![\w.\u00ad-])(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*\u00ad?(?:\.[a-z0-9-]+)*"
                  r"\.(?:com|org|net|edu|gov|info|co\.uk|org\.uk|ac\.uk|com\.au|ca|ie|nyc)\b", re.I)
_STREET = re.compile(r"\b\d{1,5}(?:-\d{1,5})?\s(?:[A-Z][\w.'’-]*\s){1,4}"
                     r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Place|Pl\.|Lane|Drive|Square|Way|"
                     r"Terrace|Parkway|Plaza)(?=\W|$)|\b\d{1,5}\sBroadway\b")
# A run's dates count as a listing's ("Through March 3 at the Orchard Gallery, ..."), with the booking words.
_BOOKING = re.compile(r"\b(?:tickets?|admission|box office|reservations?|free of charge)\b|\$\d|£\d|€\d|"
                      r"\b(?:through|until|till|runs? to)\s"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d",
                      re.I)
# Reported speech or an appeal makes the line the article's own ("police at ...", "asked to call").
_ARTICLE = re.compile(r"\b(?:said|says|told|according to|asked|urged|appealed|with information|police|hotline|"
                      r"tip line|reported|announced|hacked)\b", re.I)
# A listing line is short: the ones seen ran 8-30 words; a longer sentence is the critic's prose.
LISTING_MAX_WORDS = 45
_BOUNDARY = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z(])")


def is_listing_line(text: str) -> bool:
    """True when ``text`` (a line or a sentence) is a review's listing: venue, booking and contact."""
    if len(text.split()) > LISTING_MAX_WORDS or _ARTICLE.search(text):
        return False
    street = bool(_STREET.search(text))
    if _PHONE.search(text):
        return street or bool(_BOOKING.search(text))
    # a web address and tickets alone is also news of a sale ("tickets go on sale Friday at X.com": the
    # furniture labels' pool), and a web address and a street address news of a company ("Amazon.com moved to
    # 410 Terry Avenue": session 15 review), so without a telephone number the line needs all three
    return street and bool(_WEB.search(text)) and bool(_BOOKING.search(text))


def without_trailing_listing(paragraph: str) -> str:
    """``paragraph`` without the listing sentences at its end ("... a home. At the Rialto, 412 Mill
    Street; 718-555-0142, rialto.org."); the sentences before the first of them stay."""
    if not (_PHONE.search(paragraph) or _WEB.search(paragraph)):
        return paragraph
    cut = len(paragraph)
    for stop in reversed(list(_BOUNDARY.finditer(paragraph))):
        if not is_listing_line(paragraph[stop.end():cut]):
            break
        cut = stop.end()
    else:
        if is_listing_line(paragraph[:cut]):
            return ""
    return paragraph[:cut].rstrip()


# ---------------------------------------------------------------- pointers

# The pointers seen run 6-16 words; a longer imperative is more likely the writer's advice.
POINTER_MAX_WORDS = 25
# The page's media word ends the pointer ("... the video above.", "... transcript:", "Click here to watch the full
# speech."): "Watch for black ice where temperatures dip below freezing." has "below" inside (session 15 review).
_POINTER = re.compile(
    r"^(?:(?:Watch|Read|Click|Tap|Listen|View|See)\b[^.!?:]*\b(?:video|clip|transcript|here|above|below)"
    r"(?:\s(?:to\s[^.!?:]*\b(?:interview|speech|statement|report|video|clip)|from\s[^.!?:]{1,60}|of\s[^.!?:]{1,60}))?"
    # The runs are atomic: the class takes spaces as the "\s*" after it does, and backing it off a space at a time
    # before a long run of spaces cost 120 tries a space (0.23 s at 50,000 characters; session 18 review).
    r"|(?:Watch|Read) more\b(?>[^.!?:]{0,120})"
    # The teaser of the page's own video, said in the present by who speaks in it ("In this video, X gives
    # three reasons why ...", "In the clip below, X explains ..."; a markets item read in session 18): "this"
    # or "above/below" points at the page; "In the video, released on Tuesday, a man reads ..." is the story's.
    r"|In (?:this|the (?:following|accompanying))\s(?:video|clip|segment)\b(?>[^.!?:]{0,120})"
    r"|In the (?:video|clip|segment) (?:above|below)\b(?>[^.!?:]{0,120}))\s*[.!:]$")
# What the speaker of a teaser does in the video, in the present; a story's video is told with "is seen",
# "released", "posted".
_TEASER = re.compile(r"^In (?:this|the)\s[a-z]+(?:\s(?:above|below))?,?\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
                     r"\s(?:gives|explains|discusses|talks|shares|offers|walks|breaks|answers|describes|reveals|"
                     r"lays out|looks at|weighs in)\b")
# A word every pointer has: a paragraph without one is returned before it is split.
_POINTER_WORDS = re.compile(r"\b(?:video|clip|segment|transcript|here|above|below|more|full)\b")
# A sentence stop or the colon that opens a transcript, then the next sentence's start.
_STOPS = re.compile(r"(?<=[.!?:])[\"”’']?\s+(?=[A-Z\"“‘'(])")


def is_pointer_line(text: str) -> bool:
    """True when ``text`` is a pointer to the page's video or transcript (see the module docstring)."""
    text = text.strip()
    if len(text.split()) > POINTER_MAX_WORDS or REPORTING.search(text) or not _POINTER.match(text):
        return False
    return not text.startswith("In ") or bool(_TEASER.match(text))


def without_pointers(paragraph: str) -> str:
    """``paragraph`` without the pointer sentences in it; an empty string when it was nothing else."""
    if not _POINTER_WORDS.search(paragraph):
        return paragraph
    starts = [0] + [m.end() for m in _STOPS.finditer(paragraph)] + [len(paragraph)]
    pieces = [paragraph[a:b] for a, b in itertools.pairwise(starts)]
    kept = [piece for piece in pieces if not is_pointer_line(piece)]
    if len(kept) == len(pieces):
        return paragraph
    return " ".join(piece.strip() for piece in kept if piece.strip())
