"""The close of a live page: its latest entry, and only when that entry says where the story stands.

A live page has no close of its own: its entries are added as the news comes in, and the page stops where the
writers stopped. Its last entry is as often a side item as the news of the day; reader Audit 27 (docs/audit.md
28.3) judged both live pages' Conclusions useless: one ended on whether one city's deaths were in the national
toll, the other (a flu blog) on a Senate vote confirming a secretary. So, on a live page:

- entries newest first (``nlp/clock_stamps.newest_first``): the latest news is at the top; the main line of the
  top entry is offered, and that of the entry below it when it states the story (Audit 17 printed the morning's
  first entry as the close of a day that ended with a death toll; see ``tests/analyze/test_live_pages_s13.py``;
  Audit 37 #7 printed a middle line of the top entry and an older entry's view, see ``latest_entries``);
- entries oldest first, or a page labelled live with no stamps: the latest entry closes only when one of its
  sentences states the state of the story - a toll (a number of dead, injured, infected or cases), or an outcome
  or decision (passed, resigned, agreed, ruled ...) about what the page's opening is about (a word its first two
  sentences share) - and states it flatly: "It is not clear whether ..." is an open question. Otherwise the page
  shows no Conclusion: an empty section is better than a side item printed as the story's end.

Decided on the session 17 labelled cases (tests/analyze/test_conclusion_session17.py: a side vote, an open
question and a final toll at the end of a flu page).

**An updated story's close: the update note at the top of the page, not the original report's last line.**

A rumour story was later updated at the top ("Update: the broadcaster said the footage had not been edited ...") and
the original report left below it. The brief closed on the original last sentence, a comment resting on the claim
the update withdraws (reader Audit 46 #11: "... the world is certain to take note"), which a reader would delete.
The note at the top is the story's latest word: its sentences are the close. Compose drops them as a repeat when the
key points already show them; then the brief has no close, never the withdrawn one.

Only a note that says something: "Update: This story has been updated with a statement from the police." and "The
original report follows." tell nothing of the story, and an update whose first sentence is such a line leaves the
close as it was. Corrections and editor's notes are furniture (``ingest/furniture.py``), not updates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from newsbrief.analyze.context import Context
from newsbrief.models import Document, Sentence
from newsbrief.nlp.clock_stamps import clock_stamps, newest_first

# Shorter sentences ("For now, it waits.") close nothing on a live page (see conclusion.MIN_WORDS).
MIN_WORDS = 6
# The opening the entry must share a word with: the page's first sentences (its standfirst and first entry).
OPENING_SENTENCES = 2

# A toll: a number (digits or a number word) before what it counts, or "toll" itself. The number's run of digits,
# dots and commas is bounded (a toll's longest, "1,000,000,000", is 13): unbounded, a long "1.1.1..." with no count
# after it was rescanned to its end from every comma and dot (quadratic: 114 s at 50,000 characters, session 17
# review).
_TOLL = re.compile(r"\b(?:\d[\d,.]{0,20}|hundreds|thousands|dozens|two|three|four|five|six|seven|eight|nine|ten)\b"
                   r"(?:\s+\w+){0,3}?\s+(?:dead|deaths?|killed|died|injured|wounded|infected|cases|casualties|"
                   r"missing|victims|fatalities)\b|\b(?:death|casualty) toll\b|\bhad risen to\b|\brose to \d", re.I)
# An outcome or decision: the story's subject settled one way or another.
_OUTCOME = re.compile(r"\b(?:passed|approved|rejected|resigned|agreed|signed|ruled|declared|announced|ended|"
                      r"won|lost|conceded|ordered|lifted|cancell?ed|called off|closed|reopened|confirmed|"
                      r"voted|withdrew|released|freed|surrendered|collapsed)\b", re.I)
# An open question is no state: "It is not clear whether ...", "unconfirmed", "may have".
_OPEN = re.compile(r"\b(?:not (?:yet )?(?:clear|known|confirmed)|unclear|unconfirmed|whether|may have|might have|"
                   r"it is possible)\b", re.I)
_CONTENT = frozenset({"NOUN", "PROPN"})


def _entry_of(stamps: list[int], sentence: Sentence) -> int:
    """The offset of the last stamp at or before the sentence (-1 before the first stamp); bisect, since a scan
    of every stamp for every sentence was quadratic on a page of thousands of one-line entries."""
    return stamps[bisect_right(stamps, sentence.start) - 1] if stamps and stamps[0] <= sentence.start else -1


def latest_entries(doc: Document, ctx: Context, closes_nothing: Callable[[Sentence], bool],
                   quote_continuation: Callable[[Sentence], bool]) -> list[Sentence]:
    """On a page whose entries run newest first, the main line (first sentence) of the top entry, and that of the
    entry below it when it states where the story stands (the latest is often a key point already, and compose
    drops a repeat). An entry whose first sentence cannot close (a cut quotation) offers nothing: a middle line of
    an entry is a detail, and an older entry's view is no state of the day (reader Audit 37 #7: a reporter's
    "Military personnel told me ..." from inside a long quoted dispatch, then an expert's view an entry earlier)."""
    stamps = sorted(clock_stamps(doc.article.text, ctx.published))
    entries: dict[int, list[Sentence]] = {}  # each entry's sentences, by the entry's stamp
    for sentence in doc.sentences:
        entry = _entry_of(stamps, sentence)
        if entry >= 0:
            entries.setdefault(entry, []).append(sentence)
    # the page's top entries may be its sign-off ("We are closing this live page"): those say no news
    news = [e for e in entries.values() if not all(closes_nothing(s) for s in e)]
    mains = [e[0] for e in news[:2]]
    found = [s for s in mains if len(s.text.split()) >= MIN_WORDS and not closes_nothing(s)
             and s.text.count('"') % 2 == 0 and not quote_continuation(s)]  # no cut quotation
    opening = _opening_words(doc)
    return [s for s in found if s is mains[0] or states_the_story(doc, s, opening)]


def _opening_words(doc: Document) -> set[str]:
    tokens = [t for s in doc.sentences[:OPENING_SENTENCES] for t in doc.sentence_tokens(s)]
    return {t.lemma.lower() for t in tokens if t.pos in _CONTENT and len(t.text) > 2}


def states_the_story(doc: Document, sentence: Sentence, opening: set[str]) -> bool:
    """Whether a live page's entry states where the story stands: a toll, or an outcome about the opening's
    subject (a noun the page's first sentences share), and no open question."""
    text = sentence.text
    if _OPEN.search(text):
        return False
    if _TOLL.search(text):
        return True
    words = {t.lemma.lower() for t in doc.sentence_tokens(sentence) if t.pos in _CONTENT and len(t.text) > 2}
    return bool(_OUTCOME.search(text)) and bool(words & opening)


def live_close(doc: Document, ctx: Context, closes_nothing: Callable[[Sentence], bool],
               quote_continuation: Callable[[Sentence], bool]) -> list[Sentence] | None:
    """The close of a live page (see the module docstring): the sentences to show, possibly none; None when the
    page is not a live page and the ordinary close applies."""
    if not doc.sentences:
        return None
    if newest_first(doc.article.text, ctx.published):
        return latest_entries(doc, ctx, closes_nothing, quote_continuation)
    stamps = sorted(clock_stamps(doc.article.text, ctx.published))
    if ctx.genre != "live" and not stamps:
        return None
    last = doc.sentences[-1]
    # the latest entry: from the last stamp on, or the last paragraph of a page without stamps
    entry = [s for s in doc.sentences if (_entry_of(stamps, s) == _entry_of(stamps, last) if stamps
                                         else s.paragraph == last.paragraph)]
    opening = _opening_words(doc)
    for sentence in reversed(entry):
        if sentence.index >= OPENING_SENTENCES and len(sentence.text.split()) >= MIN_WORDS \
                and not closes_nothing(sentence) and not quote_continuation(sentence) \
                and sentence.text.count('"') % 2 == 0 and states_the_story(doc, sentence, opening):
            return [sentence]
    return []


__all__ = ["update_close"]

# "Update:", "UPDATE 2:", "Updated (Jan 28):", "Update at 10.30 GMT:", "UPDATED -": a label, then the note's words.
_UPDATE = re.compile(r"^[\s*]*(?:UPDATED?|Updated?)(?:\s+\d{1,2})?(?:\s*\([^)]{1,40}\)|\s+(?:at|on)\s[^:]{1,30})?"
                     r"\s*[:–—-]\s*(?=[\"“‘'A-Z])")
# A line about the page itself: the report follows, the story was updated with ... .
_META = re.compile(r"\b(?:this|the) (?:story|article|report|post|piece) (?:has been|was|had been) updated\b|"
                   r"\b(?:original|earlier|initial) (?:story|report|article|post|version)\b[^.]{0,20}"
                   r"\b(?:follows|below|is as follows)\b", re.I)
# The note stands at the top: in the first paragraphs (a dateline or a standfirst may come first).
TOP_PARAGRAPHS = 2
# A label and a few words ("Update: Police confirmed it.") already say something; fewer is a stub.
UPDATE_MIN_WORDS = 5


def update_close(doc: Document) -> list[Sentence] | None:
    """The sentences of the update note at the top of the article (see the module docstring), its page lines left
    out; None when the article opens with no such note."""
    if not doc.sentences:
        return None
    top = doc.sentences[0].paragraph + TOP_PARAGRAPHS
    for sentence in doc.sentences:
        if sentence.paragraph >= top:
            return None
        if not _UPDATE.match(sentence.text):
            continue
        if _META.search(sentence.text) or len(sentence.text.split()) < UPDATE_MIN_WORDS:
            return None
        return [s for s in doc.sentences[sentence.index:]
                if s.paragraph == sentence.paragraph and not _META.search(s.text)]
    return None
