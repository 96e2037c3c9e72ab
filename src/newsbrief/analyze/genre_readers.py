"""A page of readers' stories: the outlet's framing of what its readers have been telling it (reader Audit 46 #1,
docs/audit.md 47.2-47.5).

Such a page opens on what its readers have been telling the outlet, readers as the subject of the telling ("Readers
have been telling us of their search for relatives since the earthquake ... Here are some of their stories.", "Viewers
have been describing ..."), after a standfirst at most; then reader after reader tells a story in the first person,
under or over the reader's name, or with no name where the page lost it. Audit 46 saw one labelled a fact-check, its
first key point a reader's "I" line printed as the article's own. The framing says what the page collects, so the
page is a round-up of readers' accounts (genre_self.names_itself) and the framing is its first key point
(genre_accounts.accounts_intro); each story is shown with its teller (point_tellers).

Not a framing: a call-out or thanks in the outlet's voice ("We asked readers to tell us ...", "Thank you to everyone
who ..."), a set-up no key point keeps (point_pages.reader_setup, Audits 15-16), though the stories after it make the
page a round-up all the same (:func:`readers_call_out`); aid workers "sharing their accounts"
(their diaries are a feature: genre_blog.framed_accounts); readers sending questions (a readers' Q&A, genre_self).
"""

from __future__ import annotations

import re

from newsbrief.analyze.point_pages import reader_setup
from newsbrief.models import Document, Sentence

_READERS_TELL = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:readers|viewers|listeners)\s+(?:have\s+)?(?:been\s+)?(?:telling|"
                           r"told|tell|describ(?:e|ed|ing)|shar(?:e|ed|ing)|sen(?:d|t|ding)|recount(?:ed|ing)?|writing|"
                           r"wr(?:ote|itten))\b", re.I)
_QUESTIONS = re.compile(r"\bquestions?\b", re.I)  # readers' questions make a Q&A, not a round-up of stories
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e)\b")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")  # not "US"
READERS_REACH = 2  # paragraphs: the framing opens the page, after a standfirst at most
TOLD_SHARE = 0.5  # the stories are most of what follows (as genre_accounts.accounts_intro asks of a round-up)


def _told_after(doc: Document, opening: Sentence) -> bool:
    """True when at least TOLD_SHARE of the sentences after the opening's paragraph are told in the first person."""
    later = [s for s in doc.sentences if s.paragraph > opening.paragraph]
    return bool(later) and sum(1 for s in later if FIRST_PERSON.search(s.text)) >= TOLD_SHARE * len(later)


def _opening(doc: Document) -> list[Sentence]:
    first = doc.sentences[0].paragraph if doc.sentences else 0
    return [s for s in doc.sentences if s.paragraph - first < READERS_REACH]


def readers_call_out(doc: Document) -> Sentence | None:
    """The outlet's call-out or thanks opening a page of readers' stories ("We asked readers caught up in the floods to
    tell us what happened. Here is a selection of your accounts."; point_pages.reader_setup), when the stories follow
    it; no framing a key point keeps, but the page is a round-up of readers' accounts all the same."""
    setup = next((s for s in _opening(doc) if reader_setup(s) and not _QUESTIONS.search(s.text)), None)
    return setup if setup is not None and _told_after(doc, setup) else None


def readers_framing(doc: Document) -> Sentence | None:
    """The sentence that frames a page of readers' stories (see the module docstring) in its first READERS_REACH
    paragraphs, when at least TOLD_SHARE of the sentences after its paragraph are told in the first person."""
    framing = next((s for s in _opening(doc) if _READERS_TELL.match(s.text) and not _SINGULAR.search(s.text)
                    and not _QUESTIONS.search(s.text)), None)
    return framing if framing is not None and _told_after(doc, framing) else None


__all__ = ["FIRST_PERSON", "readers_call_out", "readers_framing"]
