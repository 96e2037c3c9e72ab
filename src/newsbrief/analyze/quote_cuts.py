"""Quotations a reader deletes from Quotes for what they leave out or whose words they are (reader Audit 19).

- A half-quote: a phrase cut from a longer quotation, begun and ended inside its sentence with no clause
  of its own ('called the plan "a costly and badly timed experiment with old trams" and voted against
  it'). Shown alone it is a label without its verb; the sentence around it says what it is. A phrase
  quoted at its sentence's end ('ignored "years of warnings from its own engineers".') keeps its place:
  it is the object the writer quotes, whole (the Audit 12 case of a claimed "history of ..." too).
- A reply whose occasion is cut ("They never gave me a chance to respond."): a verb of answering with
  nothing it answers inside the quotation; the reader cannot tell what was said to her.
- The words of a source the article calls satire or fake ("The Daily Spoof, a satirical news site"), or
  of a person it says does not exist ("a fictional commuter", "who does not exist"): no one said them.

Plain patterns and the parse the Document already carries suffice: the cues are closed word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.analyze.doc_index import sentences_over
from newsbrief.analyze.quote_shape import FRAGMENT_WORDS, holds_clause, span_tokens
from newsbrief.models import Document, Sentence, Token

_VERBS = frozenset({"VERB", "AUX"})
_ELLIPSIS = re.compile(r"(?:\.\s?\.\s?\.|…)")
_ENDS_SENTENCE = re.compile(r"[.!?]\W*$")
# What may follow a phrase quoted at its sentence's end: the closing marks and the sentence's stop.
_AT_END = re.compile(r"^[\"”’'\s]*[.!?;]?[\"”’'\s]*$")

# Verbs of answering: with no object or complement inside the quotation, what they answer is elsewhere.
_REPLY_LEMMAS = frozenset({"respond", "reply", "answer", "react", "rebut", "retort"})
_REPLY_COMPLEMENTS = frozenset({"dobj", "obj", "prep", "ccomp", "xcomp", "advcl", "dative", "npadvmod", "attr"})
# A cut reply is a short line; a longer quotation gives its own occasion ('When friends ask why we broke up,
# it's not easy to reply; ...', a Newsroom column). Set by hand: the Audit 19 line has 9 words.
_REPLY_MAX_WORDS = 14
_OCCASIONS = frozenset({"ask", "question", "accuse", "accusation", "claim", "charge", "allegation", "allege"})

# The article's word for a source that publishes invented news, next to the kind of source it is.
_SATIRE_CARRIER = re.compile(
    r"\b(?:satir(?:e|ical)|parody|spoof|fake(?:[- ]news)?|hoax|joke|humou?r)\s+(?:news\s+)?"
    r"(?:site|website|outlet|source|paper|newspaper|publication|account|blog|magazine|page)s?\b", re.I)
# "X, a satirical news site" / "satire site X": the name the article gives such a source.
_NAME = r"((?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
_NAMED_BEFORE = re.compile(_NAME + r",\s+(?:a|an|the)\s+(?:\w+\s+)?" + _SATIRE_CARRIER.pattern, re.I)
_NAMED_AFTER = re.compile(_SATIRE_CARRIER.pattern + r"\s+" + _NAME)
# A person the article says is invented: "a fictional commuter", "a made-up spokesman", "who does not exist".
_FAKE_PERSON = re.compile(
    r"\b(?:fictional|fictitious|fake|made-up|invented|imaginary|non-?existent)\s+(?:\w+\s+)?"
    r"(?:person|people|character|man|woman|resident|commuter|spokes(?:man|woman|person)|expert|official|"
    r"scientist|doctor|source|customer|shopper|reader|witness|employee|worker|student|victim)s?\b|"
    r"\bwho (?:does not|doesn't|did not|didn't|never) exist(?:s|ed)?\b", re.I)

# A sentence that announces the next quotation as a hoax's: "There is even a fake quote from the police." (Audit 51
# #11: the fabricated police quote after it was shown straight under the invented detective's name).
_FAKE_QUOTE = re.compile(r"\b(?:fake|fabricated|made-up|invented|bogus|phony|phoney|doctored|fictitious)\s+"
                         r"(?:\w+\s+)?(?:quote|quotation)s?\b", re.I)


def _announced_fake(doc: Document, first: Sentence, start: int) -> bool:
    """Whether the quotation at ``start`` opens its sentence ``first`` right after a sentence calling it fake."""
    text = doc.article.text
    if first.index == 0 or text[first.start : start].strip():
        return False
    return bool(_FAKE_QUOTE.search(doc.sentences[first.index - 1].text))


def announced_fake(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens on a quotation that the sentence before calls fake: no source's position."""
    opening = sentence.text.lstrip()[:1]
    return opening in "\"“" and _announced_fake(doc, sentence, sentence.start + len(sentence.text)
                                                 - len(sentence.text.lstrip()))


def is_half_quote(doc: Document, start: int, end: int) -> bool:
    """A phrase (marks included at start..end) cut from a longer quotation: it opens on a lower-case word
    after a word of its sentence, its sentence goes on after it, it holds no clause and no ellipsis."""
    text = doc.article.text
    inner = text[start + 1 : end - 1].strip()
    if not inner[:1].islower() or len(inner.split()) < FRAGMENT_WORDS or _ELLIPSIS.search(inner):
        return False
    sentences = sentences_over(doc, start, end)
    if not sentences:
        return False
    before = text[sentences[0].start : start].rstrip()
    after = text[end : sentences[-1].end]
    if not before or before[-1] in ":\"“”" or _ENDS_SENTENCE.search(inner) or _AT_END.match(after):
        return False
    return not holds_clause(span_tokens(doc, start + 1, end - 1))


def is_cut_conjunct(doc: Document, start: int, end: int) -> bool:
    """A quotation (marks included at start..end) begun mid-sentence on a lower-case word whose words join a
    coordination begun before it: a verb inside is the conjunct of one outside ('called for him to reform or
    "get out of the way"', 'had been there "for (a) short time, and left."', Audit 48). Shown alone it drops the
    first half ("reform or") or the subject ("rebel forces"); the sentence around it says what it is."""
    text = doc.article.text
    inner = text[start + 1 : end - 1].strip()
    sentences = sentences_over(doc, start, end)
    if not inner[:1].islower() or not sentences:
        return False
    before = text[sentences[0].start : start].rstrip()
    if not before or before[-1] in ":\"“”":
        return False  # 'She said: "and then ..."' opens the speaker's own words
    tokens = span_tokens(doc, start + 1, end - 1)
    # verbs only: a noun conjunct hung from a verb outside is a misparse ('hid the act's "history of cancelled
    # concerts and missed flights"' with "flights" a conjunct of "hid", tests/analyze/test_sources_named.py)
    for conj in (t for t in tokens if t.dep == "conj" and t.pos in _VERBS and doc.tokens[t.head].end <= start
                 and doc.tokens[t.head].pos in _VERBS):
        subject = any(t.head == conj.i and t.dep in ("nsubj", "nsubjpass", "expl") for t in tokens)
        if not subject or not conj.left <= tokens[0].i:
            return True  # no subject of its own, or the quotation opens in the clause before the conjunct
    return False  # 'had left and that "the harbour is quiet"': a whole clause of its own


def _answers_nothing(token: Token, tokens: Sequence[Token]) -> bool:
    return token.lemma in _REPLY_LEMMAS and token.pos == "VERB" and not any(
        t.head == token.i and t.i != token.i and t.dep in _REPLY_COMPLEMENTS for t in tokens)


def is_cut_reply(doc: Document, start: int, end: int) -> bool:
    """A quotation whose verb of answering has nothing it answers inside the quotation ("They never gave me
    a chance to respond."); "We will respond to the union's letter" names it and stays."""
    tokens = span_tokens(doc, start + 1, end - 1)
    if len(tokens) > _REPLY_MAX_WORDS or any(t.lemma in _OCCASIONS for t in tokens):
        return False
    return any(_answers_nothing(t, tokens) for t in tokens)


def invented_person(speaker: str | None) -> bool:
    """Whether a speaker label says the person is invented ("one hilariously fake person")."""
    return bool(speaker and _FAKE_PERSON.search(speaker))


def satire_names(doc: Document) -> frozenset[str]:
    """The names the article gives sources it calls satire or fake ("The Daily Spoof")."""
    names: set[str] = set()
    for sentence in doc.sentences:
        # Both patterns hold the carrier phrase, and a search for it alone is far cheaper than theirs,
        # which try a name at every capital (a profile of 60 CNN/DM briefs, session 16).
        if _SATIRE_CARRIER.search(sentence.text) is None:
            continue
        for pattern in (_NAMED_BEFORE, _NAMED_AFTER):
            for match in pattern.finditer(sentence.text):
                name = re.sub(r"^the\s+", "", match.group(1), flags=re.I).strip()
                if name and name[:1].isupper():
                    names.add(name)
    return frozenset(names)


def _outside(doc: Document, sentences: Sequence[Sentence], start: int, end: int) -> str:
    """The words of the quotation's sentences outside it, and of the sentence that introduces it with a colon."""
    text = doc.article.text
    first, last = sentences[0], sentences[-1]
    words = text[first.start : start] + " " + text[end : last.end]
    previous = [s for s in doc.sentences if s.index == first.index - 1 and s.paragraph == first.paragraph]
    if previous and previous[0].text.rstrip().endswith(":"):
        words = previous[0].text + " " + words
    return words


def from_fake_source(doc: Document, start: int, end: int, speaker: str | None, names: frozenset[str]) -> bool:
    """Whether the quotation start..end is the words of a source the article calls satire or fake, or of a
    person it says does not exist: its speaker is such a source, the words around it call the person
    invented, or it has no speaker and the words around it name the satire site. ``names``: satire_names(doc)."""
    sentences = sentences_over(doc, start, end)
    if not sentences:
        return False
    around = _outside(doc, sentences, start, end)
    # The speaker carried over from the sentence before ("... one hilariously fake person said. | "Better
    # that ...""): the label itself says the person is invented.
    if _FAKE_PERSON.search(around) or (speaker and _FAKE_PERSON.search(speaker)) \
            or _announced_fake(doc, sentences[0], start):
        return True
    if speaker and (_SATIRE_CARRIER.search(speaker) or any(n.lower() in speaker.lower() for n in names)):
        return True
    return speaker is None and (bool(_SATIRE_CARRIER.search(around)) or any(n in around for n in names))
