"""Lines a page prints for its readers: a helpline's number, a thanks for the photos, the site's coverage promo.

None is the writer's text, and each reads as a sentence once the layout is gone. Reader Audit 41 (docs/audit.md
section 42.3) found all three in the briefs: a feature's "call this number" box line as a key point, a blog's
thanks for permission to publish its photos as the Conclusion, and a site's "X will be providing live coverage of
today's event ... at live.x.com" as the Outlook.

**Helpline lines.** A short line that tells the reader to call (phone, ring, dial, text) a number of six digits
or more, with no reported speech and no appeal of the story (police, witnesses, "with information"): "Readers can
phone 0800 ..." is the page's box; "Anyone with information is asked to call police on ..." is the story's appeal
and stays, and "The charity said its helpline ... had taken 4,000 calls" is reporting.

**Photo thanks.** A line that thanks someone for the pictures or for permission to publish them ("Thanks go to X
for permission to publish these photos", "With thanks to X for the photographs", "Photos courtesy of X"). A plain
"Thanks to the new rules, photos ..." is the writer's "because of" and stays: a bare "Thanks to" counts only with
"for" before the pictures or the permission; a reported thanks ("The family thanked ...") never opens this way.

**Coverage promos.** A sentence in which the site promotes its own live coverage: in the first person ("We will
have live coverage ...", "Follow our live updates ..."), as an imperative ("Stay tuned to X for live updates"), or
in the site's name with where to watch it (a web address, "on this page", "here"). A broadcaster's coverage told
as news ("The BBC will provide live coverage of the final, the corporation said") names no address and stays.
The promo is cut where it stands in its paragraph; the sentences around it stay, except in the page's last
paragraph: there the promo opens the site's sign-off, and what follows it in that paragraph tells what the covered
event will show ("X will be providing live coverage of today's event ... The watch is expected to take most of the
stage time."). Reader Audit 41 #8 closed on that tail once the promo was cut; it goes with the promo.

All three are regular expressions, like the other line rules, so that each decision can be explained by the
phrases that made it; they were written from the labelled lines of tests/ingest/test_reader_lines_s26.py (invented
lines, no site's wording).
"""

from __future__ import annotations

import itertools
import re

from newsbrief.ingest.furniture_rules import REPORTING

# The box lines seen ran 6-20 words; a longer line with a number is more likely the story's.
HELPLINE_MAX_WORDS = 25
# A short code ("116 123", "13 11 14") has six digits; fewer is a police short number or a year, both the story's.
HELPLINE_MIN_DIGITS = 6
# A thanks or credit line runs to about 40 words (a list of thanked people and their bodies); longer is prose.
THANKS_MAX_WORDS = 50

_CALL = re.compile(r"\b(?:call|phone|ring|dial|text|contact)\b", re.I)
# A telephone number: digits with spaces, dots, hyphens or brackets between them, perhaps after "+".
_NUMBER = re.compile(r"(?<![\w.,$£€])\+?\(?\d[\d\s().-]{4,18}\d(?![\w,])")
# The story's own appeal or report: the number is then the article's.
_APPEAL = re.compile(r"\b(?:police|crime ?stoppers|witness(?:es)?|with information|asked|urged|appeal(?:ed|s)?)\b"
                     r"|\b(?:reported|announced)\b", re.I)

_MEDIA = r"(?:photo(?:graph)?s?|pictures?|images?|footage|video)"
_THANKS = re.compile(
    # "Thanks go to", "Many thanks to", "With thanks to", "Thank you to": a credit's opening
    rf"^(?:(?:(?:many|special|our|my|with|and|also)\s+)+thanks|thanks\s+(?:go(?:es)?|are\s+due|also)|thank\s+you)"
    rf"\b.*\b{_MEDIA}\b"
    # a bare "Thanks to X for the photos" (but not "Thanks to the rain, the pictures ...")
    rf"|^thanks\s+to\b[^.;]*\bfor\b[^.;]{{0,60}}\b(?:{_MEDIA}|permission)\b"
    rf"|^(?:we|i)\s+(?:(?:are|am|would\s+like\s+to|wish\s+to)\s+)?(?:thank|grateful\s+to)\b.*\b(?:permission|allow)"
    rf"|^{_MEDIA}\s+(?:courtesy\b|(?:used\s+|reproduced\s+)?(?:with|by\s+kind)\s+permission\b)",
    re.I)

_LIVE = r"live(?:\s|-)(?:coverage|updates?|blog(?:ging)?|reports?|stream|text)"
_WEB = re.compile(r"(?<![\w@.-])(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|tv|io)\b", re.I)
_PROMO = re.compile(
    # first person: "We will have live coverage ...", "Join us for live updates", "Follow our live blog"
    rf"^(?:[A-Z][\w'’]*,?\s+)?(?:we|we['’]ll|we['’]re)\b[^.!?]{{0,40}}\b{_LIVE}"
    rf"|^(?:follow|join\s+us\s+for|stay\s+tuned\s+(?:to|for)|keep\s+(?:it\s+)?locked\s+to|check\s+back)\b"
    rf"[^.!?]{{0,60}}\b{_LIVE}"
    rf"|^(?:follow|read|watch)\s+our\b[^.!?]{{0,40}}\blive\b",
    re.I)
# The site in its own name: "X will be providing live coverage of ..."; counted only with where to watch it.
_NAMED_PROMO = re.compile(rf"^[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,2}}\s+will\s+(?:be\s+providing|provide|have|"
                          rf"be\s+carrying|carry|be\s+running|run|be\s+live-?blogging)\s+(?:full\s+)?{_LIVE}")
_WHERE = re.compile(r"\bon\s+this\s+(?:page|site)\b|\bhere\b|\bon\s+our\s+(?:site|website|app)\b", re.I)
# A sentence stop, not one after an abbreviation ("10 a.m. Pacific", "Mr. Smith"), then the next sentence's start.
_STOPS = re.compile(r"(?<!\b[a-zA-Z]\.[a-zA-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No)\.)(?<!\bMrs\.)(?<!\bProf\.)"
                    r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'(])")


def is_helpline_line(text: str) -> bool:
    """True when ``text`` is a box line telling the reader which number to call (see the module docstring)."""
    if len(text.split()) > HELPLINE_MAX_WORDS or not _CALL.search(text):
        return False
    if REPORTING.search(text) or _APPEAL.search(text):
        return False
    return any(sum(c.isdigit() for c in m.group()) >= HELPLINE_MIN_DIGITS for m in _NUMBER.finditer(text))


# A call-out to readers: "Send your pictures, video to iReport.", "Share your photos with us.", "Email your photos to
# ...". The line opens on the order, with the reader's own pictures or stories; an order reported or quoted ("Send
# your children to school, the minister told parents.") names no reader media or carries its speaker.
CALLOUT_MAX_WORDS = 20
_CALLOUT = re.compile(r"^(?:please\s+)?(?:send|share|upload|submit|e-?mail)\s+(?:us\s+|in\s+)?your\s+"
                      rf"(?:own\s+)?(?:{_MEDIA}|stor(?:y|ies)|experiences?|videos)\b", re.I)


def is_callout_line(text: str) -> bool:
    """True when ``text`` asks readers to send in their pictures, video or stories (see above)."""
    text = text.strip()
    return len(text.split()) <= CALLOUT_MAX_WORDS and not REPORTING.search(text) and bool(_CALLOUT.match(text))


# A page's question to its readers glued onto the box line above it, whose stop the layout lost: "Suspected cases
# in France tested negative Are you in a country which has confirmed the virus?" (a BBC fact box and its call-out,
# T17 H1N1; the question was printed with the fact). The seam is a lower-case word or a number, then a question in
# the second person ("Are you ...?", "Have you been affected ...?", "Do you know someone ...?"); everything after it
# to the paragraph's end is reader address: such questions and call-outs ("Send us your experiences.", "Tell us
# ..."). A question inside a quotation or a dialogue turn is the story's and has its quotation mark or label; a
# question in the text of an opinion piece ("Worried? You should be.") follows a stop and is left alone; one that
# calls a person by name ("... palace Are you listening, Mr President?") is a chant or a line of the story.
_READER_QUESTION = re.compile(r"(?<=[a-z0-9] )(?=(?:Are|Do|Did|Have|Has|Were|Was|Will|Would|Can|Could|Is)\s+you\b)")
_READER_ADDRESS = re.compile(
    r"^(?:(?:Are|Do|Did|Have|Has|Were|Was|Will|Would|Can|Could|Is)\s+you\b(?![^?]*,\s*[A-Z])[^.!?\"“”]*\?"
    r"|(?:Tell|Send|Share|E-?mail|Contact)\s+us\b[^\"“”]*?[.!]?|Get\s+in\s+touch\b[^\"“”]*?[.!]?)$")
# A reader question runs up to about 20 words (the longest read: 15).
READER_QUESTION_MAX_WORDS = 25


def _reader_address(tail: str) -> bool:
    """Whether ``tail`` is only questions and call-outs addressed to the reader (see _READER_QUESTION)."""
    starts = [0] + [m.end() for m in _STOPS.finditer(tail)] + [len(tail)]
    pieces = [tail[a:b].strip() for a, b in itertools.pairwise(starts) if tail[a:b].strip()]
    return bool(pieces) and all(len(p.split()) <= READER_QUESTION_MAX_WORDS and _READER_ADDRESS.match(p)
                                for p in pieces)


def without_glued_reader_question(paragraph: str) -> str:
    """``paragraph`` without a reader question (and the call-outs after it) glued onto its last line with no stop
    (see _READER_QUESTION); the line before stays, with the stop it lost (a line with no stop is read as a heading and
    dropped, and the fact it gives is the article's: tests/ingest/test_furniture_forms.py)."""
    if "you" not in paragraph:
        return paragraph
    for seam in _READER_QUESTION.finditer(paragraph):
        head = paragraph[: seam.start()]
        quoted = head.count('"') % 2 == 1 or head.count("“") > head.count("”")
        if not quoted and _reader_address(paragraph[seam.start():]):
            return head.rstrip() + "."  # the box line's stop, lost with the layout: the line stays a sentence
    return paragraph


def is_photo_thanks_line(text: str) -> bool:
    """True when ``text`` thanks someone for the page's pictures or credits them (see the module docstring)."""
    text = text.strip()
    return len(text.split()) <= THANKS_MAX_WORDS and not REPORTING.search(text) and bool(_THANKS.match(text))


def is_coverage_promo(sentence: str) -> bool:
    """True when ``sentence`` promotes the site's own live coverage (see the module docstring)."""
    sentence = sentence.strip()
    if REPORTING.search(sentence):
        return False
    if _PROMO.match(sentence):
        return True
    return bool(_NAMED_PROMO.match(sentence)) and bool(_WEB.search(sentence) or _WHERE.search(sentence))


def without_coverage_promos(paragraph: str) -> str:
    """``paragraph`` without its coverage-promo sentences; an empty string when it was nothing else."""
    if not re.search(r"\blive\b", paragraph, re.I):
        return paragraph
    starts = [0] + [m.end() for m in _STOPS.finditer(paragraph)] + [len(paragraph)]
    pieces = [paragraph[a:b] for a, b in itertools.pairwise(starts)]
    kept = [piece for piece in pieces if not is_coverage_promo(piece)]
    if len(kept) == len(pieces):
        return paragraph
    return " ".join(piece.strip() for piece in kept if piece.strip())


# The site's coverage promised in the article's last words, with no where and no "live" (Audit 52 #9: "The company will
# offer a live video stream of the event, and X will provide full coverage of the event." closed the brief, F): a
# name that "will provide [full] coverage" in the text's last sentence, or in its last clause after ", and", is the
# site's sign-off. Told as news it is attributed ("..., the corporation said") or followed by more of the story.
_CLOSING_COVERAGE = re.compile(
    r"(?:^|,?\s+and\s+)(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\s+will\s+(?:be\s+providing|provide|have|"
    r"bring\s+you|be\s+bringing\s+you|carry|be\s+carrying|offer)\s+(?:full|complete|extensive|live|"
    r"continuing|ongoing)?\s*coverage\b[^.!?\"“”]{0,80}[.!]?$")


def _without_closing_coverage(last: str, before: str) -> str:
    """The last paragraph without the site's closing coverage promise (see ``_CLOSING_COVERAGE``); ``before``, the
    text before it: a name the story told of earlier is one of its parties ("Vistaplay will provide live coverage of
    every race" closing a report on Vistaplay's rights deal is news), a site names itself only to sign off."""
    starts = [0] + [m.end() for m in _STOPS.finditer(last)]
    sentence = last[starts[-1]:]
    match = _CLOSING_COVERAGE.search(sentence)
    if match is None or REPORTING.search(sentence) or match.group("name").lower() in ("it", "he", "she", "they"):
        return last
    if re.search(rf"\b{re.escape(match.group('name'))}\b", before + " " + last[:starts[-1]]):
        return last
    return (last[:starts[-1]] + sentence[:match.start()].rstrip(" ,") + ("." if match.start() else "")).strip()


# A broadcaster's listing at the foot of a programme's page (Audit 53 #5: "The Report is on BBC Radio 4 on Thursday, 27
# May at 2000 BST." became a timeline entry and "You can also listen via the BBC iPlayer after broadcast or download the
# podcast." the Conclusion, F): when and where the programme airs (a broadcaster's channel, in capitals or a "Radio",
# "Channel" or "Television", then a day or a clock time: "The focus is on Syria ... on Monday" names none), or how to
# listen or watch again (the catch-up player, a podcast, "after broadcast"). Only trailing sentences go, up to
# LISTING_SENTENCES of them, and none that reports speech: "The interview airs on Sunday at 9pm, the network said" is
# the story's.
LISTING_SENTENCES = 3
_AIRS = re.compile(
    r"\b(?:is|are|will\s+be|airs?|(?:is|are|will\s+be)\s+(?:broadcast|shown|aired|repeated|available))\s+on\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’]*\s+)?(?:[A-Z]{2,}[\w'’]*|Radio|Channel|Television)(?:\s+[A-Z0-9][\w'’]*){0,3}\b"
    r".*\b(?:\d{1,2}[:.]?\d{2}\s*(?:BST|GMT|[ECMP][SD]?T)\b|"
    r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_CATCH_UP = re.compile(
    r"^(?:you\s+can\s+(?:also\s+)?|or\s+)?(?:listen|watch|catch\s+up|download|hear)\b[^.!?]*"
    r"\b(?:i-?player|podcast|on\s+demand|catch-?up|after\s+(?:broadcast|transmission)|again)\b", re.I)


def _is_listing(sentence: str) -> bool:
    return not REPORTING.search(sentence) and bool(_AIRS.search(sentence) or _CATCH_UP.search(sentence))


def without_broadcast_listing(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a broadcaster's listing in their last sentences (see ``_AIRS``, ``_CATCH_UP``)."""
    kept = list(paragraphs)
    for _ in range(LISTING_SENTENCES):
        if not kept:
            break
        last = kept[-1]
        start = ([0] + [m.end() for m in _STOPS.finditer(last)])[-1]
        if not _is_listing(last[start:]):
            break
        kept[-1] = last[:start].strip()
        kept = kept if kept[-1] else kept[:-1]
    return kept


def without_closing_coverage(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the site's closing promise of coverage in the last one (see ``_CLOSING_COVERAGE``) and
    without a broadcaster's closing listing (``without_broadcast_listing``); run after the furniture filter, so a link
    line after it ("Related roundup: ...") no longer stands last."""
    paragraphs = without_broadcast_listing(paragraphs)
    if not paragraphs or "coverage" not in paragraphs[-1]:
        return paragraphs
    closed = _without_closing_coverage(paragraphs[-1], "\n".join(paragraphs[:-1]))
    return [*paragraphs[:-1], *([closed] if closed else [])]


def without_closing_promo(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the last one cut before its coverage promo, the promo and what follows it in that
    paragraph being the site's sign-off (see the module docstring); unchanged when the last has no promo."""
    if not paragraphs or not re.search(r"\blive\b", paragraphs[-1], re.I):
        return paragraphs
    last = paragraphs[-1]
    starts = [0] + [m.end() for m in _STOPS.finditer(last)] + [len(last)]
    for a, b in itertools.pairwise(starts):
        if is_coverage_promo(last[a:b]):
            return [*paragraphs[:-1], *([last[:a].strip()] if last[:a].strip() else [])]
    return paragraphs
