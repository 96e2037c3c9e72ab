"""Furniture that speaks to the reader at a page's foot: a submission form and a related-story teaser.

Two kinds of furniture that read like sentences line by line (Audit 50, issue #11):

* a reader-submission form: the call ("Tell us your experiences by filling in the form below.",
  "Send us your comments and experiences using the form below."), the notices about what happens to what
  the reader sends ("A selection of your comments may be published, displaying your name and location
  ...", "The BBC may edit your comments and not all emails will be published.", "Your comments may be
  published on any BBC media worldwide.") and the questions that invite the reader in just above the
  call ("Are you in the region?", "Do you know someone who has been affected?"). The call and the
  notices are about the page's own form and never report news; the questions are dropped only as the
  run directly above a call or notice, where they are the form's heading, not a writer's question.
* a related-story teaser at the foot: one unquoted sentence that credits a bare full name, as a link to a
  correspondent's piece does ("Hopes for a settlement remain alive, despite ..., says Jane Roe."). An
  article's own closing paraphrase names a source already introduced by surname or title ("says Mr
  Roe", "says Prof Roe") or quotes them; on the 2,174 T17 timeline articles every last paragraph of
  that shape without quotation marks was such a teaser (the same link line on 150 BBC pages). A name the
  article mentioned before is its own source, however it is named.

The wording was read off the T17 BBC and Guardian pages (../shared/data/tls/t17) and the Audit 50
inputs; no rule names one outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What the reader sends: comments, views, experiences, pictures, stories, e-mails.
_SENT = (r"(?:comments?|views|experiences|stories|story|pictures|photos|videos|e-?mails?|submissions?|"
         r"contributions?|questions|thoughts|ideas)")
# The form's call and its notices (searched, case-insensitive, in a short unquoted paragraph).
_FORM_LINE = re.compile(
    r"\b(?:send|tell|e-?mail|give) us your (?:[\w-]+ (?:and|or) )?" + _SENT + r"\b"
    r"|\b(?:using|by filling in|fill(?:ing)? (?:in|out)|complete|via) the form "
    r"(?:below|above|on th(?:e|is) (?:right|left|page))"
    r"|\byour " + _SENT + r" (?:may|will|might|could) (?:also )?be (?:published|edited)\b"
    r"|\bmay edit your " + _SENT + r"\b"
    r"|\bnot all (?:e-?mails|comments|submissions|contributions|questions|pictures|photos) (?:will|can|may) be "
    r"(?:published|used|answered)\b"
    r"|\bdisplaying your name\b",
    re.I,
)
# A form line is short: the longest seen (the "selection of your comments" notice) had 28 words.
FORM_LINE_MAX_WORDS = 40
# An inviting question above the call: short, addressed to the reader ("you", "your").
INVITE_MAX_WORDS = 25
_ADDRESSED = re.compile(r"\b(?:you|your)\b", re.I)
_QUOTE = re.compile(r"[\"“”]|``|''")
# The question opens on its verb or question word; a line that opens otherwise ("Cases in X tested negative Are
# you ...?") is content with the question glued on, and is kept whole.
_ASKS = re.compile(r"^(?:Are|Is|Were|Was|Do|Does|Did|Have|Has|Had|Can|Could|Would|Will|Should|What|How|Where|When|"
                   r"Why|Who|Which|If)\b")


def _form_line(paragraph: str) -> bool:
    text = paragraph.strip()
    return (0 < len(text.split()) <= FORM_LINE_MAX_WORDS and not _QUOTE.search(text)
            and bool(_FORM_LINE.search(text)))


def _invitation(paragraph: str) -> bool:
    text = paragraph.strip()
    one_question = text.endswith("?") and not re.search(r"[.!?][\"”’']?\s", text)
    return (one_question and bool(_ASKS.match(text)) and len(text.split()) <= INVITE_MAX_WORDS
            and bool(_ADDRESSED.search(text)) and not _QUOTE.search(text))


def reader_form(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """Indexes of a reader-submission form's lines (call, notices and the inviting questions above them)."""
    found = {i for i, p in enumerate(paragraphs) if content[i] and _form_line(p)}
    for index in sorted(found):
        above = index - 1
        while above >= 0 and (not content[above] or above in found or _invitation(paragraphs[above])):
            if content[above]:
                found.add(above)
            above -= 1
    return found


# "..., says Jane Roe." closing a one-sentence paragraph: the credited name is two or three capitalised
# words, the first of them no title ("Mr", "Prof", "Dr": an article's own source named again).
_TEASER = re.compile(r",\s(?:says|writes|reports|argues|explains)\s(?P<name>[A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]+){1,2})"
                     r"\s?\.$")
_TITLES = frozenset("mr mrs ms miss dr prof professor sir dame lord lady president general gen col captain "
                    "capt senator sen rep gov governor mayor minister father rev judge".split())
TEASER_MAX_WORDS = 40  # the teaser lines seen had 20-30 words


def link_teaser(paragraphs: Sequence[str], content: Sequence[bool]) -> set[int]:
    """The index of a related-story teaser closing the page (see the module docstring), or nothing."""
    kept = [i for i, keep in enumerate(content) if keep]
    if len(kept) < 2:
        return set()
    last = kept[-1]
    text = paragraphs[last].strip()
    match = _TEASER.search(text)
    if (match is None or len(text.split()) > TEASER_MAX_WORDS or _QUOTE.search(text)
            or re.search(r"[.!?][\"”’']?\s", text[:match.start()])):
        return set()
    name = match.group("name").split()
    if name[0].lower() in _TITLES:
        return set()
    # a source the article introduced before ("Anna Roe, a hydrologist, said ...") closing it: the article's own
    surname = re.compile(rf"\b{re.escape(name[-1])}\b")
    if any(surname.search(paragraphs[i]) for i in kept[:-1]):
        return set()
    return {last}


__all__ = ["link_teaser", "reader_form"]
