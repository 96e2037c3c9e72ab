"""A highlights paragraph of a round-up: "Name: "teaser" Name: teaser ..." gives each teaser to its Name.

A round-up of commentaries often opens with one paragraph that lists each commentator's line after the
commentator's name and a colon, all run together ('Jane Roe: "Prices will fall" Tom Lee: Exports, "the only
way out"'). Read as prose, a quotation there has no cue, so the quote finder guessed its speaker from the
page: Audit 39 #7 gave one teaser to "the masses in the Arab streets" (a noun phrase of another teaser) and
another to a film's title. Here every quotation in such a paragraph goes to the Name whose label opens its
stretch; one before the first label (its label cut with the page's furniture) gets none, and a quoted title
("Terrorism and Kebab", every word capitalised) is nobody's words.

A label may describe its speaker instead of naming them: a standfirst's 'One Libyan rocker: "It's an amazing
feeling"' or a paragraph's 'A neighbour of the family: "Nobody had time ..."' (Audit 50 #6). Such a quotation is
the description's words, or, when the label's head is no known word for a person ("One reason: ..."), nobody's;
never those of a person named in the paragraph before, whom the quote finder's fallbacks chose (see
:func:`described_label`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsbrief.memo import per_document
from newsbrief.models import Attribution, Document, Sentence, Token
from newsbrief.nlp.introductions import PERSON_NOUNS
from newsbrief.nlp.quotations import quote_spans
from newsbrief.nlp.speech import SPOKESPEOPLE, _Doc, _stance

# "Jane Roe:" or "M. Jane Roe:": two to four capitalised words (initials allowed) before a colon and a space,
# opening the paragraph or following a space or a closing quotation mark.
_LABEL = re.compile(r"(?:^|(?<=[\s\"”]))([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){1,3}):\s")
# Words a title's capitalised run may keep in lower case ("Terrorism and Kebab", "War of the Worlds").
_TITLE_SMALL = frozenset("a an and as at but by for in of on or the to with".split())
# What a label's name never is. Not WORK_OF_ART: the tagger reads a name in a run of teasers as one
# ("Isobel Coleman" in audit 39 #7).
_NOT_PERSON = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "DATE", "TIME", "EVENT"})


def _is_title(quoted: str) -> bool:
    """Whether a quotation is a title (every word capitalised but small ones), not someone's words."""
    words = re.findall(r"[\w'’-]+", quoted)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) \
        and words[0][0].isupper()


def _labels(d: _Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(label start, label end, name) of the "Name:" labels in the paragraph text ``start``..``end`` that are
    outside quotation marks and name no place, body or date."""
    found = []
    for match in _LABEL.finditer(d.text, start, end):
        name = match.group(1)
        if d.in_quote(match.start()) or any(
                e.label in _NOT_PERSON and e.start <= match.start(1) < e.end for e in d.doc.entities):
            continue
        found.append((match.start(), match.end(), name))
    return found


def _paragraph_spans(d: _Doc) -> list[tuple[int, int, Sentence]]:
    """(start, end, first sentence) of each paragraph."""
    spans: dict[int, list[Sentence]] = {}
    for sentence in d.doc.sentences:
        spans.setdefault(sentence.paragraph, []).append(sentence)
    return [(ss[0].start, ss[-1].end, ss[0]) for ss in spans.values()]


def teaser_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` with each highlights paragraph's quotations given to their "Name:" labels (see the module
    docstring). A paragraph is a highlights paragraph when it holds two labels or more."""
    if d.text.count(":") < 2:
        return found  # cheap exit: a page without two colons has no such paragraph
    for start, end, first in _paragraph_spans(d):
        labels = _labels(d, start, end)
        if len(labels) < 2:
            continue
        found = [(s, a) for s, a in found if not (a.kind == "quote" and start <= a.content_start < end)]
        for q_start, q_end in quote_spans(d.text[start:end]):
            q_start, q_end = q_start + start, q_end + start
            owner = next((name for l_start, l_end, name in reversed(labels) if l_end <= q_start), None)
            quoted = d.text[q_start + 1 : q_end - 1]
            if owner is None or _is_title(quoted):
                continue
            sentence = next((s for s in d.doc.sentences if s.start <= q_start < s.end), first)
            speaker = d.resolve_name(owner)
            found.append((sentence, Attribution(q_start, q_end, owner, speaker, "person",
                                                _stance("", quoted, sentence.text), "quote")))
    return sorted(found, key=lambda pair: pair[1].content_start)


@per_document  # asked once per quotation: the page's highlights paragraphs are found once
def _teaser_paragraphs(doc: Document) -> tuple[list[int], list[int], frozenset[int]]:
    """Each sentence's start and paragraph, and the paragraphs that are highlights (two "Name:" labels or more
    outside quotation marks)."""
    starts = [s.start for s in doc.sentences]
    paragraphs = [s.paragraph for s in doc.sentences]
    if doc.article.text.count(":") < 2:
        return starts, paragraphs, frozenset()
    spans: dict[int, tuple[int, int]] = {}
    for sentence in doc.sentences:
        first = spans.get(sentence.paragraph, (sentence.start, sentence.end))[0]
        spans[sentence.paragraph] = (first, sentence.end)
    teasers = set()
    for paragraph, (start, end) in spans.items():
        text = doc.article.text[start:end]
        quoted = quote_spans(text)
        if sum(1 for m in _LABEL.finditer(text) if not any(s <= m.start() < e for s, e in quoted)) >= 2:
            teasers.add(paragraph)
    return starts, paragraphs, frozenset(teasers)


def in_teaser_paragraph(doc: Document, position: int) -> bool:
    """Whether ``position`` lies in a highlights paragraph (two "Name:" labels or more outside quotation marks):
    a quotation there that the attribution stage left without a label has no speaker to guess from the page."""
    starts, paragraphs, teasers = _teaser_paragraphs(doc)
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < doc.sentences[k].end and paragraphs[k] in teasers


# The words a described label is made of: determiners, numbers, adjectives, nouns, and "of"/"from"/"in" with
# their nouns ("One neighbour of the family", "A teacher from Arlen"); a verb or a pronoun ends it.
_LABEL_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP"})
_LABEL_ADPOSITIONS = frozenset({"of", "from", "in", "at"})
# Capitalised words that open a description glued to the text before it (a run-together standfirst's
# "... and artists One Libyan rocker:").
_OPENERS = frozenset({"one", "a", "an", "another", "the"})
_MARKS = frozenset({'"', "“", "”"})
# Nouns a description's head may be to speak: words for a person ("a neighbour", "one rebel fighter").
_PERSON_HEADS = PERSON_NOUNS | SPOKESPEOPLE


def _label_start(d: _Doc, before: list[Token]) -> int | None:
    """The index in ``before`` (the tokens before the colon) where a described label begins, or None."""
    k = len(before) - 1
    while k > 0 and before[k - 1].pos in _LABEL_POS and before[k - 1].text not in _MARKS and (
            before[k - 1].pos != "ADP" or before[k - 1].text.lower() in _LABEL_ADPOSITIONS):
        k -= 1
    opener = next((i for i in range(len(before) - 1, k - 1, -1)
                   if before[i].text.lower() in _OPENERS and before[i].text[:1].isupper()), None)
    if opener is not None:
        return opener  # "... artists One Libyan rocker": the description from its capitalised determiner
    at_edge = k == 0 or before[k - 1].text in _MARKS
    return k if at_edge and before[k].text[:1].isupper() else None


def described_label(d: _Doc, sentence: Sentence, start: int, end: int) -> Attribution | None:
    """The quotation ``start``..``end``'s owner when a described label opens it ('One neighbour of the family: "..."'):
    the description (voiced unnamed) when its head is a word for a person, else an owner with the empty speaker,
    which withholds the quotation; None when no such label stands right before it. A label with a name in it
    ("Smith's reply:", "Jane Roe:") is left to the rules for names."""
    tokens = [t for t in d.doc.sentence_tokens(sentence) if t.end <= start]
    if len(tokens) < 2 or tokens[-1].text != ":" or d.in_quote(tokens[-1].start):
        return None
    before = tokens[:-1]
    if before[-1].pos != "NOUN" or not before[-1].text[:1].islower():
        return None
    first = _label_start(d, before)
    if first is None or len(before) - first > 7:
        return None
    label = before[first:]
    if any(t.ent_type == "PERSON" or t.tag == "POS" for t in label):
        return None  # "Smith's reply:", "Jane Roe's lawyer:": a name's words, read by the rules for names
    # the head is the noun before any "of"/"from" ("neighbour" of "One neighbour of the family")
    cut = next((i for i, t in enumerate(label) if i and t.pos == "ADP"), len(label))
    head = next((t for t in reversed(label[:cut]) if t.pos == "NOUN"), label[-1])
    phrase = d.span_text(label[0].i, label[-1].i).strip()
    phrase = phrase[:1].lower() + phrase[1:] if label[0].text.lower() in _OPENERS else phrase
    speaker = phrase if head.lemma.lower() in _PERSON_HEADS or head.text.lower() in _PERSON_HEADS else ""
    return Attribution(start, end, phrase, speaker, "unnamed", _stance("", d.text[start:end], sentence.text),
                       "quote", tokens[-1].start, tokens[-1].end)
