"""Long "Name, title[, title]: text" labels of a round-up of signed commentaries.

The strict header rule (:data:`newsbrief.nlp.speech._HEADER`, a role of at most 120 characters and 15 words
with no verb) keeps "So, Sir Malcolm said:" and datelines out. A round-up's titles can be far longer: "director
of research at the ... Center and a fellow at the ... Center for ... Policy at the ... Institution" or "author
of "Book" and a senior fellow for ... at the Council on ... in New York" run past twenty words, and a title can
be told as a clause ("Jane Roe, a specialist who lived in Cairo for five years, is a political scientist at
the RAND Corp.: text"). Audit 39 #7 missed four of six labels, so one commentator's voice ran over three later
blocks. Such a long label counts only once the page already has labels (a round-up made by its structure),
and only when its name part is a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.models import Sentence, Token
from newsbrief.nlp.speech import _Doc

# The name (one to four capitalised words, initials allowed) and a title of up to 300 characters before the
# colon: the longest titles of audit 39's round-up are about 170 characters.
LONG_HEADER = re.compile(r"^[\"“]?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),\s+([^:\n]{3,300}):\s*$")
# A long label's title is at most this many words (audit 39's longest, Shahrani's, is 23).
MAX_TITLE_WORDS = 40


def long_label(head: str) -> re.Match[str] | None:
    """The "Name, title:" match of a paragraph's text before its first colon, when it has a label's shape
    with a title too long for the strict header rule."""
    match = LONG_HEADER.match(head + ":")
    if match is None or len(match.group(2).split()) > MAX_TITLE_WORDS:
        return None
    return match


def title_clause(tokens: list[Token], colon: int) -> Token | bool:
    """The label's copula when its only finite verb before the colon is one naming a post ("..., is a political
    scientist at the RAND Corp.:", the title told as a clause); True when no finite verb stands before the
    colon; False for a sentence of saying ("Sir Malcolm said:") or a verdict ("The mayor, tired of waiting, is
    clear:", whose copula takes an adjective)."""
    before = [t for t in tokens if t.start < colon]
    # The parser may hang the copula as a clause under the comment's verb after the colon ("ccomp").
    copula = next((t for t in before if t.lemma == "be" and t.dep in ("ROOT", "ccomp")
                   and any(c.head == t.i and c.dep == "attr" for c in before)), None)
    roots = [t for t in before if t.dep == "ROOT" and t.pos in ("VERB", "AUX") and t.tag != "VBG"]
    if copula is not None and all(r is copula for r in roots):
        return copula
    return not roots


def names_its_speaker(sentence: Sentence, strict: bool) -> bool:
    """Whether the label sentence holds its own label (the strict header was matched by the caller): a long
    label's sentence names its speaker as a short one's does, so no other name is put in front of it."""
    return strict or long_label(sentence.text.split(":", 1)[0]) is not None


Label = tuple[int, str, str | None, bool]


def with_long_labels(d: _Doc, headers: list[Label], firsts: dict[int, Sentence],
                     names_person: Callable[[_Doc, Sentence, str], bool]) -> list[Label]:
    """``headers`` (paragraph, speaker, role, inline) with the page's long labels added, in page order, when
    the page has two labels or more in all: a long label alone is no round-up (a news sentence can open on a
    name and a long apposition before a colon). ``names_person`` says whether a label's name is a person's."""
    taken = {index for index, _, _, _ in headers}
    found: list[Label] = []
    for index, sentence in firsts.items():
        if index in taken:
            continue
        line_end = d.text.find("\n", sentence.start)
        line = d.text[sentence.start : line_end if line_end >= 0 else len(d.text)]
        head, colon, rest = line.partition(":")
        match = long_label(head) if colon else None
        if match is None or not names_person(d, sentence, match.group(1)):
            continue
        paragraph_tokens = [t for s in d.doc.sentences if s.paragraph == index for t in d.doc.sentence_tokens(s)]
        clause = title_clause(paragraph_tokens, sentence.start + len(head))
        if clause is False:
            continue
        # A title told as a clause shows the post it names ("a political scientist at the RAND Corp.").
        role = d.text[clause.end : sentence.start + len(head)] if isinstance(clause, Token) else match.group(2)
        found.append((index, d.resolve_name(match.group(1)), role.strip(), bool(rest.strip())))
    if not found or len(headers) + len(found) < 2:
        return headers
    return sorted(headers + found)
