"""A review's listing line: where the show is, how to book, what it costs.

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
"""

from __future__ import annotations

import re

# A North American number ("718-555-0142", "(212) 555-0199", "212.555.0199") or an international one
# ("+44 20 7946 0958"): the listings seen give one of these.
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b|\+\d{1,3}(?:[\s-]\d{1,4}){2,4}\b")
# A web address as a listing prints it: a host with a common top-level domain, no scheme needed. A soft
# hyphen (U+00AD) left from the page's hyphenation may stand before the dot.
_WEB = re.compile(r"\b(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*\u00ad?(?:\.[a-z0-9-]+)*"
                  r"\.(?:com|org|net|edu|gov|info|co\.uk|org\.uk|ac\.uk|com\.au|ca|ie|nyc)\b", re.I)
_STREET = re.compile(r"\b\d{1,5}(?:-\d{1,5})?\s(?:[A-Z][\w.'’-]*\s){1,4}"
                     r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Place|Pl\.|Lane|Drive|Square|Way|"
                     r"Terrace|Parkway|Plaza)(?=\W|$)|\b\d{1,5}\sBroadway\b")
_BOOKING = re.compile(r"\b(?:tickets?|admission|box office|reservations?|free of charge)\b|\$\d|£\d|€\d", re.I)
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
    # furniture labels' pool), so without a telephone number the line needs the venue's street address
    return street and bool(_WEB.search(text))


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
