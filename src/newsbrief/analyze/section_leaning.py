"""Outlook, Analysis and Recommendation items that lean on the sentence before, and calls told inside a frame
(session 29, reader Audit 46: 47.3's essay flaws and 47.4's padding).

**Items that dangle.** Audit 46 found section items whose sense rests on what the sentence before told: a pointing
pronoun ("Accepting a ceasefire that fell short of *that* would ..."), a "the same" with nothing to be the same as
("... for *the same reasons*"), and a demonstrative shell noun (system, arrangement, step, ...) the item never
names ("*this system*" for a regime the sentence before described). Shown alone, a reader cannot tell what
"that", "the same reasons" or "this system" is.
:func:`back_reference` finds them; :func:`leaned` shows such an item with the sentence before when that one is
short, in the same paragraph, and does not lean back itself (as the Conclusion's closing context does), and
withholds it otherwise (precision over recall).

Not counted: "that" as a conjunction or relative pronoun (the parse tags them IN/mark and WDT), "those who ...",
"that of ...", a time ("this year", "at the same time"), "the same ... as ...", and a demonstrative noun the item
itself names before ("a new depot ..., and that depot") or that the title and lead, which the key points show, name.

**A call inside a frame.** "This is the time when governments must act on ...", "Now is the moment for ministers to
reopen ...": the frame urges the act it names (:func:`framed_call`); the parse hangs the "must" under "when" as a
relative clause, where the obligation check reads no call. A past frame ("That was the moment when the council had
to borrow") and a frame with no act urged ("This is the time of year when shops close") are no call.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Nouns a demonstrative points at in time, not at the sentence before ("this year", "at that point").
_TIME_NOUNS = frozenset("time moment year week month day morning afternoon evening night weekend season spring "
                        "summer autumn fall winter century decade quarter term stage point hour era period round "
                        "session week-end".split())
# Shell nouns: abstract nouns that wrap up what a sentence before told ("this system", "that arrangement", "these
# steps"). A concrete noun ("these bottles", "that bridge") names a thing a reader of the brief can place; only a
# shell noun is read as leaning back (a near miss kept by tests/analyze/test_sections_s24b.py).
_SHELL_NOUNS = frozenset("system arrangement approach plan policy measure step move deal scheme proposal idea process "
                         "practice situation problem issue change decision strategy method model regime rule trend "
                         "development option scenario outcome argument view claim reason effort tactic condition "
                         "solution attitude position stance kind sort type way course path demand offer "
                         "compromise concession agreement setup set-up mechanism framework behaviour behavior "
                         "action request".split())
_OBJECT_DEPS = frozenset({"pobj", "dobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words before a sentence's subject that leave "That would ..." opening it.
_OPENERS = frozenset({"and", "but", "yet", "so", "still", ",", "\"", "“", "'"})
# The title and the two lead sentences: the key points show them, so a noun they name is known to the reader.
_LEAD_SENTENCES = 3
# The sentence an item is shown with must be short enough to read as its context (words).
_CONTEXT_WORDS = 30


def _pointing_pronoun(doc: Document, tokens: list[Token]) -> bool:
    """"short of that", "would undo this", or "That would ..." opening the sentence: a demonstrative standing alone
    for what the sentence before told; "those who ...", "that of ..." carry their own sense."""
    first = next((t.i for t in tokens if t.text.lower() not in _OPENERS), tokens[0].i)
    for token in tokens:
        if token.text.lower() not in _DEMONSTRATIVES or token.tag != "DT":
            continue
        if any(k.dep in ("relcl", "acl", "prep") for k in doc.children(token)):
            continue
        if token.dep in _OBJECT_DEPS or (token.dep in _SUBJECT_DEPS and token.i == first):
            return True
    return False


def _same_without_as(doc: Document, tokens: list[Token]) -> bool:
    """"for the same reasons", "will do the same" with no "as" after it to say the same as what."""
    for token in tokens:
        if token.text.lower() != "same":
            continue
        if any(t.text.lower() == "as" for t in tokens if t.i > token.i):
            return False
        noun = doc.tokens[token.head] if token.dep == "amod" else token
        if noun.lemma.lower() in _TIME_NOUNS or any(k.dep in ("relcl", "acl") for k in doc.children(noun)):
            continue
        return True
    return False


def _lead_lemmas(doc: Document) -> frozenset[str]:
    return frozenset(t.lemma.lower() for s in doc.sentences[:_LEAD_SENTENCES] for t in doc.sentence_tokens(s))


def _unnamed_noun(doc: Document, tokens: list[Token]) -> bool:
    """"this system", "that arrangement": a demonstrative shell noun the item does not name before and the lead
    does not name at all."""
    for token in tokens:
        if token.text.lower() not in _DEMONSTRATIVES or token.dep != "det":
            continue
        noun = doc.tokens[token.head]
        lemma = noun.lemma.lower()
        if noun.tag not in ("NN", "NNS") or lemma not in _SHELL_NOUNS:
            continue
        if any(t.lemma.lower() == lemma for t in tokens if t.i < token.i) or lemma in _lead_lemmas(doc):
            continue
        return True
    return False


def back_reference(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's sense rests on the sentence before (see the module docstring)."""
    if sentence.index < _LEAD_SENTENCES:
        return False  # the lead is shown as the key points
    tokens = list(doc.sentence_tokens(sentence))
    pointing = _pointing_pronoun(doc, tokens) and not framed_call(sentence)  # "This is the time when ..." frames
    return bool(tokens) and (pointing or _same_without_as(doc, tokens) or _unnamed_noun(doc, tokens))


def leaned(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences an item shows for ``sentence``: itself; or, when it leans back, the sentence before with it
    (short, same paragraph, a statement that does not lean back itself); or none (withheld)."""
    if not back_reference(doc, sentence):
        return [sentence]
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or len(before.text.split()) > _CONTEXT_WORDS \
            or before.text.rstrip("\"”’' ").endswith("?") or back_reference(doc, before):
        return []
    return [before, sentence]


_FRAMED_CALL = re.compile(
    r"^\W*(?:(?:and|but|so|yet),?\s+)?(?:this|now|today)\s+is\s+(?:the|a|our)\s+(?:time|moment|hour|day|year)\s+"
    r"(?:for\s+[^,;:.!?]{1,60}?\s+to\s+[a-z]+|when\s+[^,;:.!?]{1,60}?\b(?:must|should|need to|needs to|have to|"
    r"has to|ought to)\s+[a-z]+|to\s+[a-z]+)", re.I)


def framed_call(sentence: Sentence) -> bool:
    """True for "This is the time when X must act ...", "Now is the moment for X to ...": a call in a frame."""
    return bool(_FRAMED_CALL.match(sentence.text))
