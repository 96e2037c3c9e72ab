"""Listing lines at the end of a review or an arts piece: run dates, venue, tickets and image credits close
nothing (reader Audit 25; the lead's Newsroom readings, docs/benchmarks.md).

A dance review (Newsroom dev row 2) closed on "American Realness continues through Jan. 17." and a coworking
piece (row 14) on its "Image courtesy of ..." credit. Such a line tells the reader where and until when to see
the show, or whose picture the page shows; the review's verdict before it is the close. The line is passed
over like furniture, so the window falls back on the paragraph before it.

Only a show's or a named thing's run counts: "The ceasefire runs until March 3" is news and closes, so the
subject must be a show noun (festival, exhibition, production ...) or a name, and the run must end on a
calendar date.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|"
           r"apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
# "continues through Jan. 17", "runs until 3 March", "is on view through Feb. 2", "plays through March 3 at ..."
_RUN = re.compile(r"\b(?:continues?|runs?|plays?|is on(?: view| stage)?|are on(?: view| stage)?|remains? on view|"
                  r"will (?:run|play|continue|be on view|be on stage))\b[^.;]{0,40}?"
                  r"\b(?:through|thru|until|till|to)\s+(?:" + _MONTHS + ")", re.I)
# (A run's end only: "Parliament returns on Sept. 5" and "The show opens on March 3" announce an event, and a
# news piece may close on one.)
# "tickets are $25", "Tickets: $30-$45", "tickets start at 20 pounds", "For tickets, call ..."
_TICKETS = re.compile(r"\btickets?\b[^.]{0,30}?(?:[$£€]\s?\d|\b\d+ (?:dollars|pounds|euros)\b|\bfree\b|"
                      r"\bavailable\b|\bbox office\b|\bcall\b|www\.|\.(?:com|org)\b)|"
                      r"^(?:tickets|admission|information|info|details|venue)\s*:", re.I)
# A telephone number in a listing ("(212) 555-0134", "212-555-0134").
_PHONE = re.compile(r"\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
# A picture's credit line, with or without a final stop.
_CREDIT = re.compile(r"^(?:top |lead |main |header |featured )?(?:image|photo|photograph|picture|illustration|"
                     r"video|graphic|artwork)s?\s+(?:courtesy|credit|by|via|from)\b|^courtesy of\b", re.I)
# Nouns of a show whose run a listing gives.
_SHOWS = frozenset("show shows festival exhibition exhibit exhibits production play musical opera ballet concert "
                   "concerts series season retrospective screening screenings installation performance "
                   "performances revival tour fair program programme run engagement staging".split())
# A listing line is short: a review's verdict that mentions the run ("... and it runs through May 3, which is
# reason enough to go") is longer than the listing lines of the Newsroom reviews (6-20 words).
LISTING_WORDS = 30


def _show_subject(doc: Document, sentence: Sentence) -> bool:
    """Whether the main clause's subject is a show or a name ("The festival", "American Realness")."""
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    subject = next((k for k in doc.children(root) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return subject.pos == "PROPN" or subject.lemma.lower() in _SHOWS


def listing_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a run-dates, venue, tickets or picture-credit line (see the module docstring)."""
    text = sentence.text.strip()
    if _CREDIT.search(text):
        return True
    if len(text.split()) > LISTING_WORDS:
        return False
    if _TICKETS.search(text) or _PHONE.search(text):
        return True
    return bool(_RUN.search(text)) and _show_subject(doc, sentence)
