"""First-person pieces that are neither news nor argument by their "I" alone (reader Audit 34, docs/audit.md 35.2).

Audit 34 found the genre line wrong for three first-person or opinion pieces; two shapes are read here:

- **An editor speaking for the newsroom.** A blog post by an editor on how the outlet covers a story says what "our
  reporters", "our coverage" or "our audience" did and what "we have tried to" do, and states "our task" or "our
  job". A news report names "our correspondent" only as a source of facts ("Our correspondent says hundreds
  waited"), never the newsroom's own aims and choices, so such sentences in the writer's voice make the piece the
  editor's comment on the coverage (:func:`speaks_for_newsroom`; genre_pages.commentary_page reads it as opinion).
- **First-person accounts introduced by the outlet.** "Aid workers have been sharing their accounts with our
  website", then several people tell in the first person what they did and saw. Without a "NAME, role:" header over
  each account (a round-up of readers' comments, genre.detect_genre's headers) and without argument in the "I"
  sentences, such a page is a feature: testimony told as narrative, not an opinion piece, whatever its share of
  "I" (:func:`framed_accounts`).

A quoted "we" is the speaker's: both readings count only the writer's sentences, quoted words removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_voice import unquoted, writer_sentences
from newsbrief.models import Document

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The newsroom's own work and public, as the writer's "our" ("our output", "our reporters", "our audience").
_NEWSROOM_OURS = re.compile(
    r"\b[Oo]ur (?:(?:own |news |online |radio |television |TV )?(?:output|coverage|reporting|journalism|reporters|"
    r"journalists|correspondents|newsroom|editorial|bulletins?|programmes|programs|audiences?|listeners|viewers|"
    r"readers|website|specialists|editors))\b")
# The newsroom's aims and choices: "our task/job/role is", "we have tried/sought to", "we put together".
_NEWSROOM_AIMS = re.compile(
    r"\b[Oo]ur (?:task|job|role|duty|aim|approach|responsibility|mission)\b|"
    r"\b[Ww]e(?:'ve| have| had| are| were)? (?:always |also |been )?(?:sought|tried|trying|try|aim|aimed|"
    r"strive|striven|chose|chosen|decided|put together|been discussing|keep asking|kept asking) ")
# Sentences of the writer's that speak for the newsroom (either pattern), and at least one of its aims: tuned on the
# session's editor's post (six and two) against the 120 Newsroom/XSum rows, where BBC reports name "our
# correspondent" once or twice and state no aim.
MIN_NEWSROOM_SENTENCES = 3
MIN_NEWSROOM_AIMS = 1


def speaks_for_newsroom(doc: Document, ctx: Context) -> bool:
    """True when the writer speaks for the outlet's newsroom about its own coverage (see the module docstring)."""
    own = [unquoted(s.text) for s in writer_sentences(doc, ctx)]
    aims = sum(1 for text in own if _NEWSROOM_AIMS.search(text))
    ours = sum(1 for text in own if _NEWSROOM_AIMS.search(text) or _NEWSROOM_OURS.search(text))
    return aims >= MIN_NEWSROOM_AIMS and ours >= MIN_NEWSROOM_SENTENCES


# The outlet presenting accounts given to it: "have been sharing their accounts with", "sent us their stories",
# "describe in their own words". The writer's "I" in the same sentence makes it no introduction; the outlet's "us"
# and "our website" do not.
_INTRODUCES = re.compile(
    r"\b(?:shar(?:ed|ing|e)|sen(?:t|ding|d)|giv(?:en|ing)|told|tell(?:ing)?|describ(?:ed|ing|e)|recount(?:ed|ing)?)"
    r"(?: \w+){0,3} (?:their|these|the following) (?:own )?(?:accounts|experiences|stories|diaries|testimon(?:y|ies)|"
    r"impressions)\b|\bin their own words\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")  # not "US"
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e)\b")
INTRO_REACH = 3  # sentences: the outlet's introduction stands after at most a news line or two
# The accounts are most of what follows (as genre_accounts.accounts_intro asks of a round-up) ...
ACCOUNTS_SHARE = 0.5
MIN_ACCOUNT_SENTENCES = 8
# ... and they tell rather than argue: at most this share of their first-person sentences judge (the stance reading
# genre.detect_genre passes in). The session's aid diaries have none to a few; a page of readers' views argues in
# most of its sentences.
ACCOUNTS_STANCE_SHARE = 0.15
MIN_HEADERS = 2  # "NAME, role:" over each account makes a round-up of comments (genre.detect_genre)


def framed_accounts(doc: Document, ctx: Context, stance: Callable[[str], bool]) -> bool:
    """True for a page of first-person accounts the outlet introduces, told as narrative, without a header over
    each account (see the module docstring); ``stance`` says whether a text judges."""
    if len(ctx.attributions.headers) >= MIN_HEADERS:
        return False
    intro = next((s for s in doc.sentences[:INTRO_REACH] if _INTRODUCES.search(s.text)
                  and not _SINGULAR.search(unquoted(s.text))), None)
    if intro is None:
        return False
    later = [s for s in doc.sentences if s.index > intro.index]
    voiced = [s for s in later if _FIRST_PERSON.search(unquoted(s.text))]
    if len(voiced) < MIN_ACCOUNT_SENTENCES or len(voiced) < ACCOUNTS_SHARE * len(later) \
            or not any(_SINGULAR.search(s.text) for s in voiced):
        return False
    return sum(1 for s in voiced if stance(unquoted(s.text))) <= ACCOUNTS_STANCE_SHARE * len(voiced)


__all__ = ["framed_accounts", "speaks_for_newsroom"]
