"""The shape of a quoted span: a title set in quotation marks, or a fragment too short to say anything.

Two things the Quotes list showed as someone's words (Audit 12 and the Newsroom check of session 10):

- a programme's or publication's title in the running text ('told "Sunday Politics Live."'), its
  words capitalised and no verb among them, where the American style puts the sentence's full stop
  inside the marks, so the text-only title test (:func:`newsbrief.analyze.quotes._is_title`, which
  wants no sentence ending) let it through;
- a short fragment whose meaning lies in the words the writer left out: a phrase with no clause of
  its own ("far from rosy.", "five or six steps away") or an elliptical reply whose verb is in the
  question ("I can't right now."). Kept where it stands (inside its sentence); not a list entry.

The second also keeps a sentence that opens inside another's quotation on such a fragment ('Right,
sure," says a woman's voice.') out of the Who says what list (:func:`opens_on_fragment`).

Audit 14 adds what a reader deletes from Quotes (:func:`says_nothing`): a quotation the writer cut off
with an ellipsis, one begun mid-sentence on a connective whose subject stands outside it ("so they go out
and ..."), and an exclamation ("Oh God, oh God, oh God.").

All read the parser's part-of-speech tags (the spaCy annotations the document carries), since
whether a span holds a clause is grammar, not typography.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from newsbrief.models import Document, Sentence, Token

# Below this many words a quotation must hold a clause of its own to be listed: 6 drops the cut ones
# (2 to 5 words in Audit 12: "not very pretty.", "three or four times removed") and keeps the longer
# phrases that carry their point (a claimed "history of cancelled concerts and missed flights", 7 words,
# in tests/analyze/test_sources_named.py); set by hand on those labelled cases, not tuned on a data set.
FRAGMENT_WORDS = 6
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MAX_TITLE_WORDS = 10
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "with", "&"})


def span_tokens(doc: Document, start: int, end: int) -> list[Token]:
    """The tokens inside the characters start..end (the quotation marks are their own tokens)."""
    first = bisect.bisect_left(doc.tokens, start, key=lambda t: t.start)  # no list of starts per call
    return [t for t in itertools.takewhile(lambda t: t.end <= end, doc.tokens[first:])
            if t.pos not in ("PUNCT", "SPACE")]


def holds_clause(tokens: Sequence[Token]) -> bool:
    """Whether the words hold a clause: a finite verb with a main verb to go with it ("We will not sign"),
    a finite form of "be" ("It was a disaster"), or an imperative ("Get out"). A lone auxiliary or modal
    ("I can't right now", "I don't") is an ellipsis: its verb is in words the quotation left out."""
    words = [t for t in tokens if t.pos not in ("PUNCT", "SPACE")]
    if words and words[0].pos == "VERB" and words[0].tag == "VB":
        return True
    finite = any(t.tag in _FINITE_TAGS for t in words)
    main = any(t.pos == "VERB" for t in words) or any(
        t.lemma == "be" and t.tag in _FINITE_TAGS and t.dep not in ("aux", "auxpass") for t in words)
    return finite and main


def is_fragment(doc: Document, start: int, end: int) -> bool:
    """A quotation (marks included at start..end) too short to be listed without the words around it:
    under FRAGMENT_WORDS words and no clause of its own."""
    inner = doc.article.text[start + 1 : end - 1]
    return len(inner.split()) < FRAGMENT_WORDS and not holds_clause(span_tokens(doc, start + 1, end - 1))


def is_running_title(doc: Document, start: int, end: int) -> bool:
    """A title in the running text ('told "Sunday Politics Live."', 'on "City Hour,"'): the quotation
    follows a word of its sentence (not a sentence's or paragraph's start), every word but the small ones
    is capitalised, it ends at most in a full stop or comma, and no finite verb stands among its words
    ("She told them "We Will Win."" is a statement however it is capitalised)."""
    text = doc.article.text
    inner = text[start + 1 : end - 1].strip()
    before = text[:start].rstrip()
    if not before or before[-1] in ".!?:\n\"”" or inner[-1:] in "!?":
        return False
    words = inner.rstrip(",.;").split()
    if not words or len(words) > _MAX_TITLE_WORDS or words[0] in ("I", "I'm", "I’m"):
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in significant):
        return False
    return not any(t.tag in _FINITE_TAGS for t in span_tokens(doc, start + 1, end - 1))


# A quotation set in apposition to a noun that names a thing ('a Facebook page, "I delegate Omar to speak on my
# behalf", which drew 50,000 members'): the thing's name, however sentence-like, not anyone's words (Audit 29:
# a page's name listed as an unattributed quote). The noun just before, the comma or relative word just after.
_NAMED_THINGS = re.compile(r"\b(?:page|group|account|campaign|hashtag|blog|site|website|channel|forum|petition|"
                           r"book|novel|film|movie|song|album|show|programme|program|series|podcast|app)\s*,\s*$")
# only a relative clause or a bracket after it: 'told the group, "We will not stop", and left' stays a quote
_AFTER_NAME = re.compile(r"^,?\s+(?:which|that|with|where)\b|^\s*\)")
# A speech verb before the noun makes it the one spoken to: 'Reyes told the group, "We will not close a library,"
# with tears in his eyes' is his quote (session 18 review).
_TOLD = re.compile(r"\b(?:told|tells?|telling|said|says|wrote|writes|asked|asks|addressed|addresses|urged|warned|"
                   r"assured|promised|reminded)\b[^.!?,]{0,30}$")


def named_in_apposition(doc: Document, start: int, end: int) -> bool:
    """Whether the quotation start..end (marks included) is a thing's name set after its noun ("a page, "...",
    which")."""
    text = doc.article.text
    name = _NAMED_THINGS.search(text, max(0, start - 40), start)
    return name is not None and bool(_AFTER_NAME.match(text[end : end + 12])) \
        and not _TOLD.search(text, max(0, name.start() - 40), name.start())


def opens_on_fragment(doc: Document, spans: Sequence[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether ``sentence`` opens inside a quotation begun in an earlier sentence (``spans``: the text's
    quotation spans) and its own share of it is a fragment with no clause ('Right, sure," says a woman's
    voice.' after "It is getting dark."): shown alone it says nothing (Audit 12: background chatter in a
    video clip as a position)."""
    for start, end in spans:
        if start < sentence.start < end - 1:
            stop = min(end - 1, sentence.end)
            words = doc.article.text[sentence.start : stop].split()
            return len(words) < FRAGMENT_WORDS and not holds_clause(span_tokens(doc, sentence.start, stop))
    return False


# Words that open a quotation begun mid-sentence whose subject or main clause the writer left outside it
# ('... Viagra pills "so they go out and rape."': Audit 14, the subject lost).
# Not "that" or "if": 'said "that the talks had failed"' keeps its whole clause.
# Subordinating words likewise ('quit the band "as this is not who I am"': Audit 29, the main clause lost).
_MID_SENTENCE_OPENERS = frozenset("so and but or because which who whom whose then as since although though whereas "
                                  "unless".split())
# Verb forms that open a quotation begun mid-sentence with their subject outside it ('tanks that were "used to
# attack the town from three sides"', Audit 29); not a bare "VB": 'told them to "get out now"' is a reported order.
_SUBJECTLESS_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ", "VBP"})
_DISTINCT_WORDS = 3  # "Oh God, oh God, oh God." and "Wow, wow, wow!" repeat one or two words


def says_nothing(doc: Document, start: int, end: int) -> bool:
    """A quotation (marks included at start..end) a reader would delete (Audit 14): one the writer cut off
    ('"We have always been at the front of this and ..."'), one begun mid-sentence on a connective whose
    subject is outside it ("so they go out and rape."), or an exclamation ("Oh God, oh God, oh God.")."""
    inner = doc.article.text[start + 1 : end - 1].strip()
    if re.search(r"(?:\.\s?\.\s?\.|…)[,;:!?]?$", inner):
        return True
    words = [w.strip(",.;:!?\"'“”‘’-").lower() for w in inner.split()]
    words = [w for w in words if w]
    if words and inner[:1].islower() and words[0] in _MID_SENTENCE_OPENERS:
        return True
    tokens = span_tokens(doc, start + 1, end - 1)
    if inner[:1].islower() and _subject_outside(tokens):
        return True
    exclamation = bool(tokens) and tokens[0].pos == "INTJ" and not holds_clause(tokens)
    return len(set(words)) < _DISTINCT_WORDS or exclamation


def _subject_outside(tokens: Sequence[Token]) -> bool:
    """Whether a quotation begun mid-sentence opens on a verb and holds no subject: its subject is outside it."""
    if not tokens or tokens[0].pos not in ("VERB", "AUX") or tokens[0].tag not in _SUBJECTLESS_TAGS:
        return False
    return not any(t.dep in ("nsubj", "nsubjpass", "expl") for t in tokens)
