"""Whose voice an essay sentence is in, for the prose renderer.

The essay is told in newsbrief's voice and names the article's speakers. A sentence in an unnamed
voice turns wrong there (reader Audit 34): a page of several aid workers' accounts told as one "I"
and "we"; a scientist's warning, a bare quotation, told after someone else's line; '"Some have," he
says' tacked onto a sentence it does not answer; a "NEW:" tag opening the essay. These rules say which
sentences carry a voice the essay cannot name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.analyze.quote_marks import SPEECH
from newsbrief.memo import per_document
from newsbrief.models import Brief, Item, Sentence

# First-person words of the narrator: "I", "we" and their forms.
# Case matters: "US troops" is no "us", and "World War I" no narrator.
_FIRST_PERSON = re.compile(r"(?<!War )(?<!Phase )\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|"
                           r"[Ww]e['’](?:re|ve|d|ll)|[Uu]s|[Oo]urs?|[Oo]urselves)\b")
_SINGULAR = re.compile(r"(?<!War )(?<!Phase )\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)\b")
# A quotation inside a sentence ("... said: "We will ..."" or scare quotes): its words are the
# speaker's, not the narrator's.
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)|‘[^’]*(?:’|$)")
# What names a quotation's speaker inside its sentence: the shared verbs of saying (quote_marks.SPEECH), and the
# forms that list leaves out ("saying", "telling": "..., telling BBC Radio 5 live:").
_MORE_SAYING = re.compile(r"\b(?:saying|telling|states|claims)\b", re.I)
# A tag that marks an update on a page ("NEW:", "UPDATED:", "BREAKING:"), never part of a sentence.
_TAG = re.compile(r"^\s*(?:NEW|UPDATED?|BREAKING|LATEST|WATCH|VIDEO|LIVE|EXCLUSIVE)\s*:")
# A pronoun speaker: "he says", "she said", '"Some have," he says'.
_PRONOUN_SPEAKER = re.compile(r"^[\"“‘'][^\"”’']*[\"”’']\s*,?\s*(?:he|she|they)\s+\w+"
                              r"|^(?:He|She|They)\s+(?:said|says)\b")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def first_person(text: str) -> bool:
    """Whether ``text`` speaks as a narrator ("I", "we") outside any quotation."""
    return _FIRST_PERSON.search(_unquoted(text)) is not None


@per_document
def writer_narrates(brief: Brief) -> bool:
    """Whether the article is one writer's first-person account: its first paragraph says "I" outside
    a quotation (a column or blog that opens in the writer's voice). A page that opens in the third
    person and then gives first-person accounts is taken to be several contributors' (Audit 34's aid
    workers' diaries), whose "I" the essay cannot tell apart."""
    if brief.is_story or not brief.sentences:
        return False
    first = brief.sentences[0].paragraph
    return any(_SINGULAR.search(_unquoted(s.text)) for s in brief.sentences if s.paragraph == first)


def unattributed_quote(text: str) -> bool:
    """Whether ``text`` is a bare quotation: it opens with a quotation mark and names nobody who says it
    (Audit 34: a scientist's warning on shortages told with no speaker)."""
    stripped = text.strip()
    if stripped[:1] not in "\"“‘'":
        return False
    # the whole text is searched: detokenized data leaves stray marks ('"Mr Marsden said the coin ...'),
    # which would hide the attribution inside a "quotation" (session 21, Newsroom/XSum rows)
    return SPEECH.search(stripped) is None and _MORE_SAYING.search(stripped) is None


def opens_on_tag(text: str) -> bool:
    """Whether ``text`` opens with a page's update tag ("NEW:"), which marks run-together highlights."""
    return _TAG.match(text) is not None


def unnamed_voice(brief: Brief, text: str) -> bool:
    """Whether the essay cannot tell whose voice ``text`` is in: a narrator's "I"/"we" on a page that is
    not one writer's own account."""
    return first_person(text) and not writer_narrates(brief)


@per_document
def _sentence_keys(brief: Brief) -> tuple[dict[tuple[str, str], Sentence], dict[tuple[str, str], int]]:
    """Each sentence and its article position by (article id, sentence id); a single article's citations
    may leave the article id empty."""
    by_id: dict[tuple[str, str], Sentence] = {}
    index: dict[tuple[str, str], int] = {}
    for n, sentence in enumerate(brief.sentences):
        keys = [(sentence.article_id, sentence.id)] + ([] if brief.is_story else [("", sentence.id)])
        for key in keys:
            by_id[key], index[key] = sentence, n
    return by_id, index


def trim_joined(brief: Brief, item: Item) -> Item:
    """An item joined from sentences that are not neighbours ("... Rayayan." + '"Some have," he says')
    cut before the first later sentence that opens on a pronoun speaker: away from the question it
    answers it names no one and answers nothing (Audit 34)."""
    if len(item.citations) < 2:
        return item
    by_id, index = _sentence_keys(brief)
    kept = [item.citations[0]]
    for citation in item.citations[1:]:
        key = (citation.article_id, citation.sentence_id)
        previous = (kept[-1].article_id, kept[-1].sentence_id)
        sentence = by_id.get(key)
        adjacent = key in index and previous in index and index[key] == index[previous] + 1
        if sentence is not None and not adjacent and _PRONOUN_SPEAKER.match(sentence.text.strip()):
            break
        kept.append(citation)
    if len(kept) == len(item.citations):
        return item
    texts = [by_id[(c.article_id, c.sentence_id)].text for c in kept if (c.article_id, c.sentence_id) in by_id]
    if len(texts) != len(kept):
        return item
    return replace(item, text=" ".join(texts), citations=tuple(kept))


# One person's name as a byline gives it ("Jane Roe" of "Jane Roe, Southern Africa correspondent"): two to four
# capitalised words; a desk ("the CNN Wire Staff") or a pair of writers keeps "the writer".
_WRITER = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+")


def argued_lead(brief: Brief, unnamed: list[str]) -> list[str]:
    """The argued lead's connectives, in its writer's name when the source names one person, else ``unnamed``
    ("The writer adds that ..."); Audit 42 #6: a contributor's commentary never said whose it was."""
    name = (brief.source.author or "").split(",")[0].strip()
    if not _WRITER.fullmatch(name) or re.search(r"\b(?:By|Staff|Desk|Reporters?|Correspondents?|And)\b", name):
        return unnamed
    return [f"{name} adds that ", f"{name} also notes that "]
