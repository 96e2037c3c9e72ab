"""Key points that say nothing alone, and a data box's label glued to a sentence (session 29, issue #11).

Reader audits still deleted about a third of key points. Two of their classes are read here:

- **A line leaning on context.** A columnist's short beat between two arguments ("Some people still don't get
  why that matters.", "That is the question nobody on the council wants to answer.", "Voss should simply move on
  to the future now.") refers back or forward and says nothing alone. The parse shows it: a short sentence
  (MAX_WORDS) with no informative noun at all (names, numbers and nouns other than GENERIC ones), or with one
  beside a generic noun ("the future", "the question") that carries its predicate. A short line that tells
  something ("She will not run for office again.": one informative noun, nothing generic) stays, and so does a
  generic frame around a clause ("The truth is that the allies are not getting along."). A main point that leans
  on purpose (a verdict shown with the claim it answers, summary.analyze_summary) is chosen by its own rules.
- **A data box's label.** A page's fact box ("Population: 12,400", "Founded: 1898") glued in front of the lede's
  sentence when the page lost its line breaks ("Population: 12,400 The town council voted ..."). The ingest
  stage unglues what it can; a sentence still opening on a "Label: value" whose value holds a digit, followed
  straight by a capitalised word, is no key point: printed, the label reads as the article's words. A speaker's
  label ("Nastaran: I disagree") has no digit and a round-up's "NAME, role:" a comma, so neither matches.

Parse tags and a regular expression; no model beyond the pipeline's.
"""

from __future__ import annotations

import re

from newsbrief.analyze.openings import word_tokens
from newsbrief.models import Document, Sentence

__all__ = ["GENERIC", "MAX_WORDS", "PEOPLE", "box_label", "leans_on_context", "says_nothing_alone"]

MAX_WORDS = 12  # a longer sentence carries more than a beat; the class was 6-10 words in the audits
# Nouns that name no thing of the story: what they mean is in the sentences around them. People are no
# informative noun either, but "A person was arrested on Monday." tells something: only an abstract one leans.
PEOPLE = frozenset("people person persons folk folks".split())
GENERIC = frozenset("thing things question questions answer answers future past point points reason reasons way "
                    "ways matter matters idea ideas issue issues fact facts case lot lots kind sort world truth "
                    "problem something anything everything nothing stuff".split())
_INFORMATIVE = ("NOUN", "PROPN", "NUM")

# "Label: value" with a digit in the value (and at most two lower-case words after it: "4.2 million", "12 km"),
# once or a few times, then a capitalised word opening the sentence the box was glued to.
_BOX_LABEL = re.compile(r"^(?:[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}:\s+(?=[^\s]*\d)[^\s:;]+"
                        r"(?:\s[a-z%][\w%.,]*){0,2}\s+){1,4}(?=[A-Z\"“])")


def box_label(sentence: Sentence) -> bool:
    """True when the sentence opens on a data box's "Label: value" glued to it (see the module docstring)."""
    return bool(_BOX_LABEL.match(sentence.text.strip()))


def leans_on_context(doc: Document, sentence: Sentence) -> bool:
    """True for a short line with no informative noun, or one beside a generic noun (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if len(word_tokens(tokens)) > MAX_WORDS:
        return False
    nouns = [t for t in tokens if t.pos in _INFORMATIVE]
    generic = [t for t in nouns if t.text.lower() in GENERIC or t.lemma.lower() in GENERIC]
    people = [t for t in nouns if t.text.lower() in PEOPLE]
    informative = len(nouns) - len(generic) - len(people)
    # "The truth is that the allies are not getting along": the generic noun frames a clause that says something.
    return informative == 0 or (informative == 1 and bool(generic) and not any(t.dep == "ccomp" for t in tokens))


def says_nothing_alone(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is no key point on its own: it leans on its context or opens on a box label."""
    return box_label(sentence) or leans_on_context(doc, sentence)
