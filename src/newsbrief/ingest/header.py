"""The head of a plain-text article: its title, a byline's author and date, a wire dateline.

:func:`split_title` takes the first line for the title when it looks like a headline, and skips a
byline or timestamp above it: "January 29, 2011 | By Jane Doe, Special to CNN" dates the article
and names its author (:func:`page_stamp`, :func:`byline_author`), it heads nothing (reader Audit 7:
three briefs were titled with their byline). :func:`unglued` sets a wire dateline apart from the
lead. Regular expressions over the paragraphs, with the line kinds of
:mod:`newsbrief.ingest.furniture`, so each decision names the line that made it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.ingest.furniture import ends_like_sentence, furniture_kind
from newsbrief.ingest.furniture_notes import genre_note
from newsbrief.ingest.glued_entries import unglued_entries
from newsbrief.ingest.glued_labels import live_stamps, without_glued_labels
from newsbrief.ingest.note_writers import byline_title
from newsbrief.ingest.stamps import without_update_stamps
from newsbrief.lexicon import MONTH_ALTERNATION, MONTHS, WEEKDAY_ALTERNATION
from newsbrief.models import Article

# A byline ("By the CNN Wire staff", "By Jo Roe BBC News, Oslo") or a blog's stamp ("Jo Roe | 12:14 UK time, Friday,
# 27 July 2012") that a page glued to its lead and glued_heads set apart: it heads nothing (T17 pages, session 34).
_NOT_HEADLINE = re.compile(r"^By\s+(?:the\s+)?[A-Z][^?]*$"
                           r"|\b\d{1,2}[:.]\d\d\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b\d{1,2}[:.]\d\d\b")


def _is_headline(line: str) -> bool:
    """A headline is short and does not end like a sentence."""
    words = line.split()
    return 0 < len(words) <= 20 and not line.rstrip().endswith((".", ",", ";", ":", '"', "”")) \
        and furniture_kind(line) != "timestamp" \
        and not _NOT_HEADLINE.search(line)  # "Friday 1 May 2009 22.51 BST" dates the page, it heads nothing


DECK_MIN_WORDS = 5
HEADLINE_STOP_WORDS = 14  # a headline with a full stop is short; a lead of one sentence runs longer
_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                          "with", "as", "from", "is", "are", "vs", "over", "into", "after"})


def _stopped_headline(paragraphs: Sequence[str]) -> bool:
    """A short first line that ends with a full stop is still the headline when a deck without a stop
    follows it ("Professionals may be better prepared. / But it doesn't mean we are safe"), or when it
    is written in title case ("Tesla Recalls 54,000 Cars."): a body's first sentence is neither."""
    first, second = paragraphs[0], paragraphs[1]
    words = first.split()
    if not 0 < len(words) <= HEADLINE_STOP_WORDS or not first.rstrip().endswith("."):
        return False
    # A deck says something (five words or more); a shorter line is a sub-head after a short lead.
    deck = DECK_MIN_WORDS <= len(second.split()) <= 2 * HEADLINE_STOP_WORDS and not ends_like_sentence(second) \
        and len(paragraphs) > 2
    content = [w for w in words[1:] if w.lower().strip(".,") not in _MINOR_WORDS and w[:1].isalpha()]
    titled = len(content) >= 2 and all(w[:1].isupper() for w in content)
    return deck or titled


_HEAD_KINDS = frozenset({"byline", "timestamp"})
# Page chrome is never the headline: a BBC share widget's "Share this with" titled a brief (the lead's reading,
# session 16); the line stays for the furniture filter to drop.
_NOT_TITLES = frozenset({"widget", "ad", "link", "legal", "boilerplate", "credit", "related"})


def split_title(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The title (or None) and the paragraphs without it.

    The first paragraph is the title when it looks like a headline; a byline or timestamp in its
    place is passed over (it stays, for the furniture filter to read and drop), and the next
    paragraph is the title when it looks like one ("By the Ledger Wire Staff / Ferry fares to rise").
    """
    blog = _blog_title(paragraphs)
    if blog is not None:
        return blog
    start = 1 if len(paragraphs) > 2 and furniture_kind(paragraphs[0]) in _HEAD_KINDS else 0
    rest = paragraphs[start:]
    if len(rest) > 1 and furniture_kind(rest[0]) not in _NOT_TITLES \
            and (_is_headline(rest[0]) or _stopped_headline(rest)):
        return rest[0], paragraphs[:start] + rest[1:]
    return None, paragraphs


# A wire's dateline at the head of the lead: "Oslo (CNN) -- The board ...", "OSLO (Reuters) - ...",
# "(AP) — ...", or glued to the lead's first word by a page's markup ("New York (CNN Business)Tesla is
# recalling ..."). Left in, the parser reads the place and the wire as part of the first sentence: a key
# figure's gloss read "CNN Business)Tesla is recalling", and a president's title under Who says what
# read "Djerba, Tunisia (CNN) -- President" (reader Audit 7). Set apart as a paragraph of its own, the
# dateline is the furniture it is (drop_furniture removes it). The wire is an outlet's name in capitals
# ("CNN", "KABC", "CBS News") or a wire agency's; a party or office in brackets ("Jane Doe (Labour) -
# who chairs ...") is neither, and the lead after the dash opens with a capital.
_WIRE = (r"\((?:[A-Z]{2,6}(?:\s[A-Z][a-z]+)?|Reuters|Bloomberg|Xinhua|Yonhap|Kyodo|Interfax|Tass|dpa|"
         r"CNN\s[A-Z][a-z]+)\)")
_PLACE = r"(?:[A-Z][\w.,'-]*\s){0,4}"
_GLUED_WIRE = re.compile(rf"^({_PLACE}{_WIRE})(?=[A-Z\"\u201c])")
_SPACED_WIRE = re.compile(rf"^({_PLACE}{_WIRE}\s*(?:--|[-–—])\s*)(?=[A-Z\"\u201c])")
# A dateline heads the lead, which may follow a headline, a byline, a timestamp and a few story
# highlights (CNN's pages carry up to five, without a full stop); the lead is the first paragraph
# of this many words that ends like a sentence.
DATELINE_PARAGRAPHS = 8
LEAD_WORDS = 12


# A wire dateline inside a head paragraph: "... administration official said Washington (CNN) -- The U.S. State
# Department has signed ...". A page flattened to text runs its story highlights (CNN's carry up to five, without
# full stops) into the dateline and the lead, and key point 2 read "Move follows formal request ... official said
# Washington (CNN) --" (Audit 50 #1, #6). On the T17 CNN pages, detokenised, all 343 such datelines in the head
# followed an unstopped run of highlights (or a headline, or a place name split off the dateline's line): that run
# is dropped; text before the dateline that ends like a sentence is kept as a paragraph of its own.
_MONTH_ABBREVIATIONS = frozenset({m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS} | {"sept"})
_INLINE_WIRE = re.compile(rf"(?<=\S )({_PLACE}{_WIRE}\s*(?:--|[-–—])\s*)(?=[A-Z\"\u201c])")


def _run_above(before: str) -> bool:
    """Whether the text before an inline dateline is a run of highlights or a headline, not the dateline's own
    place, date or byline: five words or more, ending on a word (a date's day, a bracket or a month is the
    dateline's; FNC-1 wire bodies)."""
    words = before.split()
    return len(words) >= DECK_MIN_WORDS and (before[-1].isalpha() or before[-1] in "\"”'’?!.") \
        and words[-1].rstrip(".").lower() not in _MONTH_ABBREVIATIONS


def _inline_dateline_apart(paragraphs: list[str]) -> list[str]:
    """The paragraphs with the first wire dateline inside a head paragraph set apart (see _INLINE_WIRE)."""
    for index, paragraph in enumerate(paragraphs[:DATELINE_PARAGRAPHS]):
        if _SPACED_WIRE.match(paragraph) or _GLUED_WIRE.match(paragraph) or _dateline(paragraph):
            return paragraphs  # the lead opens on its dateline: the head above it is already apart
        match = _INLINE_WIRE.search(paragraph)
        if match is None or len(paragraph[match.end():].split()) < LEAD_WORDS:
            continue
        before = paragraph[:match.start()].rstrip()
        if not _run_above(before):
            continue  # "WASHINGTON, Oct. 9 (UPI) --", "By Jo Roe BEIJING/SEOUL (Reuters) -": the dateline's own head
        kept = [before] if ends_like_sentence(before) else []
        return [*paragraphs[:index], *kept, match.group(1).rstrip(), paragraph[match.end():], *paragraphs[index + 1:]]
    return paragraphs


# A byline with its stamp glued onto the lead by a page's markup ("By Dan Roe February 2, 2011: 2:24 PM
# ET One day before ..."): left in, key point 1 opened on it and the author became an actor (session 8's
# final reader check). The byline is the longest opening run of words that reads as a dated byline and
# is followed by a capitalised lead of LEAD_WORDS words or more.
BYLINE_MAX_WORDS = 16


def _glued_byline(paragraph: str) -> tuple[str, str] | None:
    """(byline, lead) when a dated byline, or a name with its outlet in capitals, opens the paragraph glued
    onto its first sentence."""
    if paragraph[:3].lower() != "by " or "\n" in paragraph.split(". ", 1)[0]:
        return None
    words = paragraph.split(" ")
    for n in range(min(BYLINE_MAX_WORDS, len(words) - LEAD_WORDS), 2, -1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if rest[:1].isupper() and any(c.isdigit() for c in head) and furniture_kind(head) == "byline" \
                and len(rest.split()) >= LEAD_WORDS:
            return head, rest
    return _outlet_byline(paragraph)


# An undated byline whose outlet stands in capitals: "By Jane Doe, USA TODAY Hansen, whose boat ..." (the lead's
# reading of an unseen Newsroom report, session 20: the byline opened key point 1). The name is two to four
# capitalised words (particles "de", "la", "van" between them) with no date word ("By Christmas Day, NATO
# Secretary ..." is a lead); the outlet is one to four words in capitals; the lead after it opens on a
# capitalised word that is not all capitals.
_OUTLET_BYLINE = re.compile(
    r"By (?P<name>[A-Z][\w.'’-]*(?: (?:(?:de|da|del|la|le|van|von|der|bin|al) )*[A-Z][\w.'’-]*){1,3}), "
    r"(?:[A-Z][A-Z&.'’-]+ ){0,3}[A-Z][A-Z&.'’-]+"
    # the writer's job in title case after the outlet: "By Jane Doe, CNN Senior State Department Producer The ..."
    # (Audit 50 #1: the job title opened key point 1)
    r"(?:(?: [A-Z][a-z]+){0,4} (?:Producer|Correspondent|Editor|Reporter|Writer|Analyst|Contributor|Anchor|"
    r"Columnist|Photographer|Journalist))?(?= [A-Z][a-z])")
_DATE_WORDS = re.compile(
    rf"\b(?:{MONTH_ALTERNATION}|(?i:{WEEKDAY_ALTERNATION})|Day|Night|Eve|Morning|"
    r"Christmas|Easter|Year|Week|Weekend|Noon|Midnight|Then|Now|Law|Order|Decree)\b")


# A wire byline glued to its dateline: "By Jo Roe ABUJA, Nov 1 (Reuters) - A man ..." (Audit 51 #12, FNC-1: the author
# was lost, the whole run read as the lead's first words). The name is in title case, the place in capitals.
_TITLED = r"[A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,3}"
_WIRE_BYLINE = re.compile(
    rf"By (?P<name>{_TITLED}(?: and {_TITLED})?) (?P<dateline>[A-Z]{{2}}[A-Z/.' -]*"
    r"(?:, (?:[A-Z][a-z]{2,3}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,3}))?"
    rf" ?{_WIRE}\s*(?:--|[-–—])\s*)(?=[A-Z\"“])")


def _outlet_byline(paragraph: str) -> tuple[str, str] | None:
    wire = _WIRE_BYLINE.match(paragraph)
    if wire is not None and len(paragraph[wire.end():].split()) >= LEAD_WORDS:
        return f"By {wire.group('name')}", wire.group("dateline").rstrip() + "\n\n" + paragraph[wire.end():]
    match = _OUTLET_BYLINE.match(paragraph)
    if match is None or _DATE_WORDS.search(match.group("name")):
        return None
    rest = paragraph[match.end():].lstrip()
    if len(rest.split()) < LEAD_WORDS or furniture_kind(match.group()) is None:  # "subhead" for a long outlet
        return None
    return match.group(), rest


# A dated dateline before the lead: "CORSICANA (October 14, 2014) Navarro County officials ...",
# "(Nov. 26, 2014) – Your turkey is safe", "LONDON, 3 May 2012 - The ...". A place in capitals, a full
# date in brackets or before a dash. Left in, it was glued to key point 1 and made a timeline entry while
# the brief had no date (reader Audit 8). It is the one reading of datelines: the analysis stage asks
# :func:`dateline_span` and :func:`dateline_day` for a text that did not pass through ingest.
_DATELINE = re.compile(
    r"^\s*(?:(?P<place>[A-Z][A-Z.'’ -]*[A-Z])\s*,?\s*)?(?P<open>\()?\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+)(?:19|20)\d\d)\s*"
    r"(?P<close>\))?\s*(?P<dash>[-–—]+\s*)?")


def _dateline(text: str) -> re.Match[str] | None:
    """The dated dateline that opens ``text``: a place or a bracketed date, then a dash, the lead's
    capital or nothing (a dateline split off as a sentence of its own)."""
    m = _DATELINE.match(text)
    if m is None or not (m["place"] or (m["open"] and m["close"])) or bool(m["open"]) != bool(m["close"]):
        return None
    rest = text[m.end():]
    bracketed = bool(m["close"])
    if m["dash"] or not rest.strip() or (bracketed and (rest[:1] in "\"“" or rest[:1].isupper())):
        return m
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a dateline's date stands at the start of ``text`` (a paragraph or a sentence), or None."""
    m = _dateline(text)
    return None if m is None else m.span("date")


def dateline_day(text: str) -> str | None:
    """The day (YYYY-MM-DD) of the dateline that opens ``text``, or None."""
    m = _dateline(text)
    return None if m is None else stamp_date(m["date"])


# A blog's byline line with its comment count or its "Posted by" form, glued between the post's headline
# and its first sentence when a page is pasted as text ("Hoax Alert: ... February 22, 2015 by Jane Roe 84
# Comments Not that I'm ..."): left in, the headline, byline and count opened a timeline entry (reader Audit
# 11). The count or the "Posted by ... on <date>" form is what marks it; a sentence's "by" has neither.
_DATE = rf"(?i:{MONTH_ALTERNATION})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_BLOG_BYLINE = re.compile(
    rf"(?:{_DATE}\s+)?(?i:by)\s+{_NAME}\s+(?:\d{{1,5}}|(?i:no))\s+(?i:comments?|responses|replies)\b\s*|"
    rf"(?i:posted|written|published)\s+(?i:by)\s+{_NAME}\s+(?i:on)\s+{_DATE}\s*")


def _blog_byline(paragraph: str) -> str | None:
    """The paragraph with a glued blog byline set apart from the headline before it and the lead after it."""
    match = _BLOG_BYLINE.search(paragraph)
    if match is None:
        return None
    head, rest = paragraph[: match.start()].strip(), paragraph[match.end():]
    if not rest[:1].isupper() or len(rest.split()) < LEAD_WORDS or (head and ends_like_sentence(head)) \
            or re.search(r"[.!?]\s", head):
        return None
    return "\n\n".join(part for part in (head, match.group(0).strip(), rest) if part)


# A pasted blog's menu and its previous/next links stand above the post as short lines of their own: the
# byline can come after twenty of them (a menu of ten items, two links, a headline, a newsletter label).
BLOG_HEAD_PARAGRAPHS = 24


def _blog_head_apart(paragraphs: list[str]) -> list[str]:
    """The paragraphs with the first glued blog byline among the head ones set apart."""
    for index, paragraph in enumerate(paragraphs[:BLOG_HEAD_PARAGRAPHS]):
        blog = _blog_byline(paragraph)
        if blog is not None:
            return [*paragraphs[:index], *blog.split("\n\n"), *paragraphs[index + 1:]]
    return paragraphs


def _blog_title(paragraphs: list[str]) -> tuple[str | None, list[str]] | None:
    """A pasted blog's title: the headline just above its byline, under a run of menu and link lines.

    Without it the blog's newsletter widget, the first line of the paste, titled the brief (reader
    Audit 11). None when no blog byline stands among the head paragraphs, or a line of content stands
    above its headline."""
    for index, paragraph in enumerate(paragraphs[:BLOG_HEAD_PARAGRAPHS]):
        match = _BLOG_BYLINE.search(paragraph)
        if match is None:
            continue
        head = paragraph[: match.start()].strip()
        above = index if head else index - 1
        title = head or (paragraphs[above] if above >= 0 else "")
        if not _is_headline(title) or re.search(r"[.!?]\s", title) \
                or any(furniture_kind(line) is None for line in paragraphs[:above]):
            return None
        if head:
            return title, [*paragraphs[:index], paragraph[match.start():], *paragraphs[index + 1:]]
        return title, [*paragraphs[:above], *paragraphs[index:]]
    return None


# A byline in capitals glued to the page's date by a copy from a newspaper site: "By JANE DOEMAY 9, 2014
# OSLO — The ..." (the lead's reading of unseen Newsroom briefs, session 12: the author became "Jane
# Doemay" and the date was lost). The month is split off only when a day and a year follow it.
_GLUED_MONTH = re.compile(rf"(?<=[A-Z]{{2}})((?-i:{MONTH_ALTERNATION.upper()}))(?=\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b)")


def _unglued_month(paragraph: str) -> str:
    if paragraph[:3].lower() != "by ":
        return paragraph
    return _GLUED_MONTH.sub(r" \1", paragraph[:80], count=1) + paragraph[80:]


def _set_apart(paragraph: str) -> str:
    paragraph = _unglued_month(paragraph)
    glued = _glued_byline(paragraph)
    if glued is not None:
        return glued[0] + "\n\n" + glued[1]
    dated = _dateline(paragraph)
    if dated is not None and paragraph[dated.end():].strip():
        return paragraph[: dated.end()].rstrip(" -–—") + "\n\n" + paragraph[dated.end():]
    match = _GLUED_WIRE.match(paragraph) or _SPACED_WIRE.match(paragraph)
    return paragraph if match is None else match.group(1).rstrip() + "\n\n" + paragraph[match.end():]


def unglued(article: Article) -> Article:
    """The article with a wire dateline at the head of its lead set apart as a paragraph of its own
    (the furniture filter drops it); a dated dateline dates an article whose source gave no date. A live
    blog's update stamps ("(Update 7:17 p.m. ET)") are cut out first (see ``ingest/stamps.py``)."""
    # a live page's glued entry stamps and a quotation's glued paragraphs set apart (ingest/glued_entries.py)
    article = without_update_stamps(unglued_entries(article))
    # a glued editor's note set apart before the genre note reads it; a live page's entry labels cut
    apart = _blog_head_apart(article.text.split("\n\n"))
    paragraphs = _inline_dateline_apart(without_glued_labels(apart))
    article = replace(article, live_stamps=article.live_stamps + live_stamps(apart))
    note = genre_note(paragraphs, article.source.title)  # before the filter cuts the label ("Dance Review")
    article = replace(article, genre_note=note) if note else article
    head: list[str] = []
    day: str | None = None
    for index, paragraph in enumerate(paragraphs[:DATELINE_PARAGRAPHS]):
        head.append(_set_apart(paragraph))
        day = day or dateline_day(paragraph)  # set apart here, or a line of its own already
        if head[-1] != paragraph or (len(paragraph.split()) >= LEAD_WORDS and ends_like_sentence(paragraph)):
            head += paragraphs[index + 1:]
            break
    else:
        head += paragraphs[DATELINE_PARAGRAPHS:]
    source = article.source if article.source.date or day is None else replace(article.source, date=day)
    if head == article.text.split("\n\n") and source == article.source:
        return article
    return replace(article, text="\n\n".join(head), source=source)


TIMESTAMP_PARAGRAPHS = 4  # a page's timestamp stands above or just below its headline
_DATED_KINDS = frozenset({"timestamp", "byline"})  # "By Jane Roe, March 15, 2023" dates its page too
_LATER_STAMP = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)


# A stamp glued to the front of the text ("Updated Jul 7, 2012 6:40 PM ET Juventus are ..."): an extractor or feed
# that flattens the page joins the stamp line to the first sentence, where the line-level filter cannot see it (the
# lead's session 17 reading of an unseen Newsroom report: the article had no date, so "next week" resolved to
# nothing). Only a stamp word then a date within a few words: "Published in May 1998, the report ..." is a sentence.
_OPENING_STAMP = re.compile(
    r"(?:Last )?(?:Updated|Published|Posted|First published)(?: on| at)?:?\s+(?:[A-Z][a-z]{2,8},?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\b"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)?\s+(?=[A-Z\"“])")


# With no stamp word, a weekday, a full date and a clock time together are a stamp too ("Tuesday, August 25, 2015,
# 12:41 AM A Kansas man ...": the lead's reading of an unseen Newsroom row at the session's end); a weekday and a
# date alone may open a sentence ("Tuesday, August 25, 2015 was the hottest day ...") and stay.
_BARE_STAMP = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{4}),?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?\s+"
    r"(?=[A-Z\"“])")


# The clock time first, after a stamp word in any case ("updated 8:10 AM EDT, Tue July 29, 2014 Mike ...": the
# lead's reading of an unseen Newsroom row at the end of session 18; cut, but the article stayed undated).
# Its gaps are bounded ("\s{1,3}"): open runs of whitespace next to each other rescanned a long run of spaces
# quadratically (110 s at 50,000 characters before it was bounded).
_TIME_FIRST_STAMP = re.compile(
    r"(?i:(?:last )?(?:updated|published|posted))\s{1,3}\d{1,2}[:.]\d{2}\s{0,2}(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s{1,3}[A-Z]{2,4})?,?\s{1,3}(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s{1,3})?"
    r"(?:[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2},?\s{1,3}\d{4}|\d{1,2}\s{1,3}[A-Z][a-z]{2,8}\.?\s{1,3}\d{4})\s{1,3}"
    r"(?=[A-Z\"“])")


def opening_stamp(paragraph: str) -> tuple[str, str] | None:
    """(the day, the paragraph without it) for a stamp glued to the front of a paragraph ("Updated Jul 7, 2012
    6:40 PM ET Juventus are ...", "Tuesday, August 25, 2015, 12:41 AM A Kansas man ...", "updated 8:10 AM EDT, Tue
    July 29, 2014 Mike ..."), or None."""
    match = _OPENING_STAMP.match(paragraph) or _BARE_STAMP.match(paragraph) or _TIME_FIRST_STAMP.match(paragraph)
    day = stamp_date(match.group(0)) if match else None
    return (day, paragraph[match.end():]) if match and day else None


def page_stamp(paragraphs: Sequence[str]) -> str | None:
    """The day a page's own timestamp or dated byline gives, from its head or else its foot.

    Some outlets print the stamp under the article ("Date created : 2014-09-14", "First published on
    ..."); a publication stamp wins over an "updated" one, which can be days later.
    """
    head = list(paragraphs[:TIMESTAMP_PARAGRAPHS])
    foot = list(paragraphs[max(len(head), len(paragraphs) - TIMESTAMP_PARAGRAPHS):])
    for paragraph in sorted(head + foot, key=lambda p: bool(_LATER_STAMP.search(p))):
        if furniture_kind(paragraph) in _DATED_KINDS and (day := stamp_date(paragraph)):
            return day
    return None


# The author a byline names: "By Jane Doe, Special to the Ledger", "March 4, 2026 | By JANE DOE and
# MARK ROE". Capitalised words after "By"; a run of four or more followed by a lower-case role
# ("By Jane Doe Middle East analyst") is the name and the role's region, so the first two are the name.
# A "From Jane Doe and John Roe, CNN" byline names its author the same way (reader Audit 17).
_BY_AUTHOR = re.compile(r"(?:^|[\s|,–—-])(?i:by|from)\s+"
                        r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?P<after>\s+[a-z])?")
_NOT_A_PERSON = re.compile(r"\b(?:staff|wire|reports?|press|news|agency|agencies|service|desk|team)\b", re.I)
ROLE_RUN_WORDS = 4
_ROLE_AFTER = re.compile(r"\s+(?:correspondent|editor|reporter|producer|writer|analyst|columnist)\b")
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)


# A desk run into the name: the outlet in capitals ("By Jo Roe BBC News, Oslo", "By Jo Roe BBC Diplomatic
# Correspondent") or a role in title case ending on a journalist's title ("By Jo Roe Chief International
# Correspondent, BBC News"): the name ends before it (Issue #11: the T17 BBC bylines named "Jo Roe BBC News" or no
# one, since "News" reads as a wire credit).
_DESK_TITLES = frozenset(
    "correspondent editor reporter producer writer analyst columnist contributor presenter".split())


def _without_desk(words: list[str]) -> list[str]:
    if any(w.isupper() for w in words[:2]):
        return words  # "JANE DOE": the name itself in capitals
    for index, word in enumerate(words[2:], 2):
        if len(word) >= 2 and word.isupper():
            return words[:index]
    return words[:2] if len(words) > 2 and words[-1].lower() in _DESK_TITLES else words


def byline_author(paragraphs: Sequence[str]) -> str | None:
    """The author named by the first byline among the head paragraphs, or None (a staff or wire credit)."""
    for paragraph in paragraphs[:TIMESTAMP_PARAGRAPHS]:
        if furniture_kind(paragraph) != "byline" or not (match := _BY_AUTHOR.search(paragraph)):
            continue
        words = match.group("name").split()
        # "By Dan Roe February 2, 2011": the stamp after the name is no part of it
        if len(words) > 2 and words[-1].lower().rstrip(".") in _MONTH_WORDS \
                and paragraph[match.end("name"):].lstrip()[:1].isdigit():
            words = words[:-1]
        if match.group("after") and (len(words) >= ROLE_RUN_WORDS or (
                len(words) == ROLE_RUN_WORDS - 1 and _ROLE_AFTER.match(paragraph, match.end("name")))):
            words = words[:2]  # "By Jo Roe Political correspondent, BBC News": the desk is no part of the name
        desk, words = words[len(_without_desk(words)):], _without_desk(words)  # a run-in desk's title kept (below)
        name = " ".join(words)
        if _NOT_A_PERSON.search(name) or len(words) < 2:
            return None
        name = name.title() if name.isupper() else name
        # the genre rules look for a correspondent's title in the author (Audit 42; ingest/note_writers.py)
        title = byline_title(paragraph[match.end("name"):]) if len(words) == len(match.group("name").split()) else None
        title = " ".join(desk) if desk and desk[-1].lower() in _DESK_TITLES else title  # "BBC Diplomatic Correspondent"
        second = _CO_AUTHOR.match(paragraph, match.end("name")) if len(words) == len(match["name"].split()) else None
        name = f"{name} and {second['name']}" if second and not _NOT_A_PERSON.search(second["name"]) else name
        return f"{name}, {title}" if title else name
    return None


# A second writer after "and": "By Paul Roe and Tim Lee, CNN" printed only the first (Audit 52 #2). Two or three
# capitalised words, then a comma, the line's end or the outlet in capitals ("By Jo Roe and Sam Lee LAGOS ...").
_CO_AUTHOR = re.compile(r"\s+and\s+(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*){1,2})(?=\s*(?:,|$|[A-Z]{2}))")


__all__ = ["byline_author", "dateline_day", "dateline_span", "page_stamp", "split_title", "unglued"]


# The day a timestamp line gives: it dates a saved page that carries no other date.
_STAMP_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_ALTERNATION})\.?,?\s+((?:19|20)\d\d)\b", re.I)
_STAMP_MONTH_DAY_YEAR = re.compile(
    rf"\b({MONTH_ALTERNATION})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
_STAMP_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS.get(name[:3], 0)


def stamp_date(line: str) -> str | None:
    """The day a timestamp line gives, as YYYY-MM-DD ("Sunday 26 April 2009 18.45 BST", "Nov. 8, 2019",
    "2019-11-08"), or None."""
    day = month = year = 0
    if match := _STAMP_ISO.search(line):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    elif match := _STAMP_DAY_MONTH_YEAR.search(line):
        day, month, year = int(match.group(1)), _month(match.group(2)), int(match.group(3))
    elif match := _STAMP_MONTH_DAY_YEAR.search(line):
        month, day, year = _month(match.group(1)), int(match.group(2)), int(match.group(3))
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None  # no date, or one past the calendar ("31 June")
