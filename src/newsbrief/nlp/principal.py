"""The story's principal over a walk-on speaker (issue #11; docs/audit.md 20.3, Audit 19).

An interview report names its principal again and again and quotes a columnist or expert in one paragraph. When
that paragraph ends with the walk-on's own quotation and the next paragraph opens "She told reporters she had
been taken from a checkpoint ...", the "she" is the principal telling her own story, not the walk-on: Audit 19
gave a rape survivor's account to the columnist quoted just before it. Centering's "the last speaker carries
on" holds inside a paragraph and for "She added"; across a paragraph break it yields to the principal only when
every sign agrees: the walk-on is named in that one paragraph alone, the principal is named at least
PRINCIPAL_MENTIONS times over two or more paragraphs and more often than the walk-on, the text shows her to be
of the pronoun's gender, and the sentence tells of the speaker herself ("she told reporters she had been ...").
"""

from __future__ import annotations

from collections import Counter

from newsbrief.models import Sentence
from newsbrief.nlp.referents import genders
from newsbrief.nlp.speech import _Doc

__all__ = ["PRINCIPAL_MENTIONS", "principal_over_walk_on"]

# A principal is named at least this often before the pronoun (tuned on the labelled cases of
# tests/nlp/test_speakers_audit19.py: three mentions over two paragraphs; a person named once or twice
# in passing is no principal).
PRINCIPAL_MENTIONS = 3
# Cue verbs that carry the last speaker on whatever else is said ("She added ...", "She went on ...").
_CARRY_ON = frozenset({"add", "continue", "go", "conclude", "stress", "insist", "repeat"})
_QUOTE_MARKS = ("\"", "“", "”")


def _mentions(d: _Doc, end: int) -> tuple[Counter[str], dict[str, set[int]]]:
    """How often each full name's surname is written outside quotations before character ``end``, and in
    which paragraphs (a surname the model typed otherwise counts: "Marsh" read as an organisation)."""
    counts: Counter[str] = Counter()
    paragraphs: dict[str, set[int]] = {}
    for sentence in d.doc.sentences:
        if sentence.start >= end:
            break
        for token in d.doc.sentence_tokens(sentence):
            name = d.full_names.get(token.text)
            if name is None or token.start >= end or d.in_quote(token.start):
                continue
            counts[name] += 1
            paragraphs.setdefault(name, set()).add(sentence.paragraph)
    return counts, paragraphs


def _tells_of_herself(d: _Doc, sentence: Sentence, pronoun: str) -> bool:
    """Whether the pronoun is the subject of the cue and again of the clause it reports ("She told reporters
    she had been taken ..."), the cue not one that carries a speaker on ("She added")."""
    tokens = d.doc.tokens
    subjects = [t for t in d.doc.sentence_tokens(sentence) if t.text.lower() == pronoun
                and t.dep in ("nsubj", "nsubjpass") and not d.in_quote(t.start)]
    if len(subjects) < 2 or tokens[subjects[0].head].lemma.lower() in _CARRY_ON:
        return False
    return tokens[subjects[0].head].dep == "ROOT"


def principal_over_walk_on(d: _Doc, sentence: Sentence, pronoun: str) -> str | None:
    """The principal a paragraph-opening "he"/"she" means rather than the walk-on who spoke just before (see
    the module docstring); None when any sign is missing."""
    sentences = d.doc.sentences
    if sentence.index == 0 or pronoun not in ("he", "she"):
        return None
    previous = sentences[sentence.index - 1]
    walk_on = d.speakers.get(previous.index)
    if walk_on is None or previous.paragraph == sentence.paragraph \
            or not any(mark in previous.text for mark in _QUOTE_MARKS) or not _tells_of_herself(d, sentence, pronoun):
        return None
    counts, paragraphs = _mentions(d, sentence.start)
    walk_on = d.full_names.get(walk_on.split()[-1], walk_on)
    if paragraphs.get(walk_on, {previous.paragraph}) != {previous.paragraph}:
        return None  # the one who spoke last is named elsewhere too: no walk-on
    gender = "f" if pronoun == "she" else "m"
    shown = genders(d)
    best = [(n, name) for name, n in counts.items() if name != walk_on and shown.get(name) == gender
            and n >= PRINCIPAL_MENTIONS and len(paragraphs[name]) >= 2 and n > counts.get(walk_on, 0)]
    return max(best)[1] if best else None
