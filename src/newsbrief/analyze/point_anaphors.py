"""Key points that open on a word standing for what an earlier sentence told (FNC-1 body 1064, session 34).

A key point is read alone. "That provoked swift responses from Twitter users ..." opens on a "That" whose referent,
the cleric's ruling, is the sentence before it; shown as key point 1 it tells the reader of a reaction to nothing.
The same holds for "It was a typical story.", "This was done as part of a deal ..." and "Such things will give ...":
a demonstrative or "it" as the opening word (after a connective: "But this ...") that the opening repair
(openings.repair_opening) cannot honestly replace. "These weapons" is repaired to "[The] weapons" and a dummy "It
is likely that ..." points at nothing; both stand.

Such a sentence is a key point only beside its antecedent: point_select.select_points chooses it only when the
sentence before it is chosen already, and summary.analyze_summary never leads with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.analyze.openings import CONNECTIVES, TIME_NOUNS, repair_opening
from newsbrief.analyze.point_openings import subject_leans
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.actors import Actor

# The opening word, after an optional connective and an opening quotation mark. "He"/"She" mean a person the
# opening repair names or withholds by its own rules (antecedents.py); these stand for a thing or an event told.
_DEMONSTRATIVE = re.compile(r"^[\"“‘']?(?:(?:But|And|So|Yet|Still|Now|Then|Instead|Indeed|However)\s*,?\s+)?"
                            r"(?:It|it|This|this|That|that|These|these|Those|those|Such|such)\b")
# "This week the council voted ..." dates by the day of writing; "That year" and "that night" point back.
_NOW = frozenset({"this", "these"})


def _leans(doc: Document, sentence: Sentence) -> bool:
    """True when the opening word (past connectives) stands for something told before: a subject "It"/"This"/"That"
    whose verb has no clause of its own ("That is how a village ... ended up ...", "It is likely that ...": the clause
    is the statement), or a determiner that is not of the time of writing ("this week")."""
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos not in ("PUNCT", "SPACE")]
    first = next((t for t in tokens if t.text.lower() not in CONNECTIVES), None)
    if first is None or first.text.lower() not in _WORDS:
        return False
    head = doc.tokens[first.head]
    if first.dep == "det":
        now = head.lemma.lower() in TIME_NOUNS or head.ent_type in ("DATE", "TIME")
        return not (first.text.lower() in _NOW and now)
    if first.dep not in ("nsubj", "nsubjpass"):
        return first.text.lower() in ("these", "those", "such")  # "These are ...", "Such is ..."
    return subject_leans(tokens, head)



_WORDS = frozenset({"it", "this", "that", "these", "those", "such"})
# An it-cleft states its own clause: "It is for that reason that NASA on Monday enlisted ..." (the reader main-point
# set's NASA report, whose lede this is; the parse may hang the clause off "reason", not the verb).
_CLEFT = re.compile(r"^(?:\w+\s*,?\s+)?[Ii]t(?:'s|’s|\s+is|\s+was)\s+[^.;:]{0,60}?\bthat\s")


def dangling_reference(doc: Document, sentence: Sentence, actors: Sequence[Actor]) -> bool:
    """True when the sentence (not the article's first) opens on a demonstrative or "it" that stands for something
    an earlier sentence told and the opening repair cannot replace (see the module docstring)."""
    if not sentence.index or not _DEMONSTRATIVE.match(sentence.text.strip()):
        return False
    return not _CLEFT.match(sentence.text.strip()) and _leans(doc, sentence) \
        and repair_opening(doc, sentence, actors) is None


# The article's first sentence cannot lean on a sentence before it: a personal pronoun as its main subject means what
# only a picture or the headline showed ("With its huge, gaping mouth, it looks big enough to swallow a person
# whole.": Audit 53 B2196's hook lede, KP2, the catfish named only in the next sentence). An "It" with a clause of
# its own ("It is likely that ...") or of the weather and the clock is no pronoun of a thing (subject_leans).
_PERSONAL = frozenset({"it", "he", "she", "they"})
# As a scene's or a set-up's weight (point_openings.SETUP_FACTOR): below the news of the next paragraphs, so the hook
# is a key point only when nothing else is left (Audit 53 B2196: 0.5 left it tied with the fourth sentence).
OPENING_PRONOUN_FACTOR = 0.3
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
_ANY_QUOTE = re.compile(r"[\"“”]")


def opening_pronoun(doc: Document, sentence: Sentence) -> bool:
    """True for the article's first sentence whose main subject is a personal pronoun (see _PERSONAL); a quotation's
    speaker ('"...," he said') is the attribution's business and is left alone."""
    if sentence.index or _ANY_QUOTE.search(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    subject = next((t for t in tokens if root is not None and t.head == root.i and t.dep in ("nsubj", "nsubjpass")
                    and t.pos == "PRON" and t.text.lower() in _PERSONAL), None)
    # A report's cue ("..., it announced", "... after, they said, ...") hangs the statement on the root: the pronoun is
    # the speaker, whom the attribution names, and the statement is the news.
    if root is None or subject is None or any(t.head == root.i and t.dep in ("ccomp", "parataxis") for t in tokens):
        return False
    if any(t.i > subject.i and t.ent_type in _NAMED for t in tokens):
        return False  # "He may not be playing much ... but Anders Lindegaard ...": named in the sentence itself
    return subject.text.lower() != "it" or (subject_leans(tokens, root) and not _TIME.match(sentence.text.strip()))


_TIME = re.compile(r"^It(?:'s|’s| is| was) (?:\w+ )?(?:\d|midnight|dawn|noon|dusk|dark|late|early|cold|hot|raining|"
                   r"snowing|time|now)\b")


def opening_pronoun_factors(doc: Document) -> list[float]:
    """Per sentence, the key-point factor OPENING_PRONOUN_FACTOR for the lede of :func:`opening_pronoun`, else 1."""
    return [OPENING_PRONOUN_FACTOR if opening_pronoun(doc, s) else 1.0 for s in doc.sentences]
