"""Page furniture glued onto a sentence's opening: timestamps, datelines, wire credits (moved out of summary.py).

Web pages and wire copy glue a timestamp ("updated 8:10 AM EDT, Tue July 29, 2014"), a dateline ("LONDON
(Reuters) --"), "Scroll down for video" or a photo credit onto the first sentence; the splitter glues a writer's
bracketed aside ("(Yes, really.)") onto the sentence after it. Key points start after it and
cite only the rest of the sentence (summary.analyze_summary); stories and claims read the same length.

When a page's deck (its standfirst bullets, run together because the page lost their line breaks) is glued onto
the dateline, the splitter ends a sentence on the dateline: "... U.S. has warned this is a 'do-or-die moment,'
administration official said Washington (CNN) --" (Audit 50 #1, key point 2, F). Such a sentence is no key point,
and the sentence after it is the story's lede: where the wire's own text begins (:func:`dateline_lede`).

An update's label opens a paragraph added at the foot ("[UPDATE: ESPN publicist Josh Krulewitz tells our sister site
Deadspin that ... tonight's programming 'was never going to be' a panel"; "UPDATE: False alarm! ..."): what it says
often overturns the story, so it is shown second among the key points (:func:`closing_update`; the lead's reading of
FNC-1 body 1500, whose key points never said the panel was not to be; 46 update labels in the FNC-1 bodies).
"""

from __future__ import annotations

import re

from newsbrief.lexicon import MONTH_PREFIXES, WEEKDAY_PREFIXES
from newsbrief.models import Document, Sentence

__all__ = ["LEDE_REACH", "MIN_REST", "UPDATE_SHARE", "closing_update", "dateline_lede", "ends_on_dateline",
           "prefix_length"]

# Page furniture that web pages and wire copy glue onto the first sentence: a
# timestamp ("updated 8:10 AM EDT, Tue July 29, 2014"), a dateline ("LONDON
# (Reuters) --"), "Scroll down for video", a photo credit. Key points start after
# it and cite only the rest of the sentence.
_MONTH = rf"(?:{'|'.join(MONTH_PREFIXES)})[a-z]*\.?,?"
_DAY = rf"(?:{'|'.join(WEEKDAY_PREFIXES)})[a-z]*\.?,?"
_STAMP_PART = (r"(?:at|on|,|\||\d{1,2}:\d{2}|\d{1,4}(?:st|nd|rd|th)?,?|[ap]\.?m\.?|"
               r"(?:[ecmp][sd]t|et|gmt|bst|utc)\b|" + _MONTH + "|" + _DAY + ")")
_PREFIX = re.compile(
    r"(?:"
    r"(?P<stamp>(?:last\s+)?(?:updated|published|posted):?(?:\s*" + _STAMP_PART + r")+\s*)"
    r"|\d{1,2}/\d{1,2}/\d{2,4}\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]m(?:\s+[a-z]{2,4})?\s*"
    r"|scroll down for (?:video|more)\s*"
    # A live page's entry stamp: "(Update 4:30 a.m. in Cairo, 9:30 p.m. ET)".
    r"|\((?:update[sd]?|posted|added)\b[^)]{0,60}\d[^)]{0,60}\)\s*"
    # Or without the update word: "(11 p.m. Monday ET, 5 a.m. Tuesday in Libya)"; when the sentence splitter cut
    # the stamp after its "a.m.", the residue "Tuesday in Libya) " opens the next sentence (reader Audit 19).
    r"|\([^()]{0,40}?\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b[^()]{0,60}\)\s*"
    r"|(?:" + _DAY + r"\s+)?(?-i:in\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}|[A-Z]{1,3}T)\)\s+"
    # A wire or its desk in brackets, glued or not: "LONDON (Reuters) --", "New York (CNN Business)Shoppers".
    r"|(?:[A-Z][A-Za-z.' ]{0,30}(?:,\s*[A-Z][A-Za-z.' ]{0,30})*\s*)?"
    r"\((?:CNN|AP|Reuters|AFP|UPI)(?-i:\s[A-Z][a-z]+)?\)\s*(?:--|—|–|-)?\s*"
    # An all-capitals dateline: "DUBAI, United Arab Emirates — ", "NEW YORK -- ".
    # With a wire's name in brackets a plain hyphen ends it too: "OSLO, March 11 (Northwire) - ".
    r"|(?-i:[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][A-Za-z0-9.' ]{1,40}?)?\s*"
    r"(?:\([A-Za-z .]{2,20}\)\s*(?:--|—|–|-)|--|—|–)\s*(?=[A-Z\"“']))"
    # A round-up item's source tag glued to the next item's capitalised heading (point_backrefs, Audit 44 #7).
    r"|(?-i:\([A-Z][\w.&' ]{1,40}\)\s+(?=[A-Z][A-Z'$-]+\s+[A-Z][A-Z'$-]+\s))"
    # An update's label: "[UPDATE: ESPN publicist ...", "UPDATE 03/12/2014 : This story seems to be false."
    r"|(?-i:[\[(]?(?:UPDATED?|Update[ds]?)\b[^:\]\n]{0,30}:\s+(?=[A-Z\"“]))"
    r"|(?:photograph|photo|image|picture)s?:\s[^.]{0,80}?(?:getty images|reuters|ap|afp|pa|epa|rex)\b\s*"
    # A writer's aside in brackets, a whole sentence of its own, glued onto the next one by the splitter: "(Yes,
    # really, Nokia.) According to early reports, ..." (Audit 49 #9's "(You know, right behind the Apple Watch.)").
    r"|(?-i:\([^()]{2,120}[.!?]\)\s+(?=[A-Z\"“]))"
    r")",
    re.I,
)
MIN_REST = 20  # characters that must follow a prefix, so a bare "Updated 3 May" stays as it is


def prefix_length(text: str) -> int:
    """Length of the page furniture (timestamps, datelines, credits) that opens ``text``."""
    position = 0
    while match := _PREFIX.match(text, position):
        if match.end() == position or len(text) - match.end() < MIN_REST:
            break
        if match.group("stamp") and not re.search(r"\d:\d\d", match.group(0)):
            break  # without a clock time, "Posted on May 3, ..." may open a real sentence
        position = match.end()
    return position


# A dateline closing a sentence: "Washington (CNN) --", "Benghazi, Libya (Reuters) -", "NEW YORK --".
_END_DATELINE = re.compile(
    r"(?:\b[A-Z][A-Za-z.']*(?:[ ,]+[A-Z][A-Za-z.']*){0,3}\s*\((?:CNN|AP|Reuters|AFP|UPI)(?:\s[A-Z][a-z]+)?\)"
    r"|\b[A-Z]{3,}(?:\s[A-Z]{2,}){0,2})\s*(?:--|—|–|-)\s*$")
LEDE_REACH = 4  # a deck runs one to three lines before the dateline; later, a dateline-like line is a quote's
# The longest dateline looked for: four place words and an agency ("Benghazi, Libya (Reuters Staff) -") fit in
# well under 100 characters. The search runs on this tail only: over a whole sentence, a run such as "A'A'A'..."
# restarts the place words at every letter and the search grows faster than the square of its length (review).
_DATELINE_TAIL = 160


def ends_on_dateline(sentence: Sentence) -> bool:
    """True when the sentence ends on a wire dateline: a deck glued onto it (see the module docstring)."""
    return bool(_END_DATELINE.search(sentence.text.rstrip()[-_DATELINE_TAIL:]))


def dateline_lede(doc: Document) -> Sentence | None:
    """The sentence after one that ends on a dateline in the opening (LEDE_REACH): the lede; else None."""
    for sentence in doc.sentences[:LEDE_REACH]:
        if ends_on_dateline(sentence) and sentence.index + 1 < len(doc.sentences):
            return doc.sentences[sentence.index + 1]
    return None


UPDATE_SHARE = 0.5  # an update is added at the foot: its paragraph opens in the article's second half
_UPDATE_LABEL = re.compile(r"^\s*[\[(]?(?:UPDATED?|Update[ds]?)\b[^:\]\n]{0,30}:\s+")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
UPDATE_MIN_WORDS = 6  # "Update: I found the tweet." says too little to stand as a point


def _statement(doc: Document, sentence: Sentence, skip: int) -> bool:
    """True when the sentence, after its first ``skip`` characters, has a finite verb and UPDATE_MIN_WORDS words."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.start >= sentence.start + skip]
    words = [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]
    return len(words) >= UPDATE_MIN_WORDS and any(t.tag in _FINITE for t in tokens) \
        and not sentence.text.rstrip().endswith("?")


def closing_update(doc: Document) -> Sentence | None:
    """The first sentence opening a paragraph in the article's second half on an update's label ("UPDATE: ...",
    "[Update 4 May: ...") whose rest is a statement (a finite verb, UPDATE_MIN_WORDS words), or the sentence after a
    label with an exclamation only ("UPDATE: False alarm! The Detroit Free Press have confirmed ..."); else None."""
    for sentence in doc.sentences[int(UPDATE_SHARE * len(doc.sentences)) :]:
        label = _UPDATE_LABEL.match(sentence.text)
        opens = sentence.index == 0 or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph
        if label is None or not opens:
            continue
        if _statement(doc, sentence, label.end()):
            return sentence
        after = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
        if after is not None and after.paragraph == sentence.paragraph and _statement(doc, after, 0):
            return after
    return None
