"""The consistency checker: is a statement (a summary, a brief's sentence) supported by its source?

It decides consistent vs inconsistent for (document, summary) and for (cited
sentences, statement), offline: spaCy annotation through
:mod:`newsbrief.nlp.annotate` and word lists, no remote or downloaded model.
:mod:`newsbrief.nlp.consistency_features` aligns each statement sentence with
its best-matching source sentences and lists what they do not support; the
statement is inconsistent when any *contradicting* finding remains
(:data:`CONTRADICTING`): a name or a number the source lacks (numbers must
stand in the aligned sentences), a word whose opposite or negated form the
aligned sentences hold, a negation the source does not make (or drops one it
makes), two names or numbers put together that the source keeps apart, a noun
or adjective inserted between two words the source has side by side; and, read
with the word lists of :mod:`newsbrief.nlp.opposites`, a word moved along a
scale ("required" for "allowed", "sharply" for "slightly"), another member of a
kind or another name of the same type in the place where the source has one
("the provincial government" for "the federal government"), a bound put on a
number ("more than 300" for "about 300"), a "despite" or a cause the source
does not give.

Why a rule over findings and not a fitted classifier: on the SummEdits news
development articles (12 articles, 392 summaries), a logistic regression over
all the features, cross-validated leaving one article out, reached 67.0
balanced accuracy (71.7-72.1 with MiniLM sentence and word similarities
added), one over the contradicting counts alone 73.3, and "inconsistent if any
contradicting finding" 73.5 (these with an earlier word list; the rule
measured 74.9 before the scale, kind, bound and connective findings and 79.7
with them, `newsbrief eval consistency`; those were chosen looking at 6 of the
12 articles only: 73.4 -> 74.3 on the other 6, 76.5 -> 85.9 on the 6 seen). Counts of new ordinary words
(nouns, verbs, modifiers) point the wrong way there: faithful paraphrases bring
more new words than edits do, so the checker reports them
(:attr:`Consistency.features`) but does not decide on them. The rule is exact
about its reasons, which the verifier shows to the user, and needs no
embeddings, so its verdicts do not depend on the optional extra.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate_many
from newsbrief.nlp.consistency_features import FEATURES, Finding, SourceIndex, evidence

# The findings that make a statement inconsistent (each is rare in faithful paraphrases:
# 0-1 % of the consistent SummEdits development summaries show one).
CONTRADICTING = frozenset({
    "novel_name", "novel_number", "prefix_opposite", "antonym", "negation_added", "negation_dropped", "far_pairs",
    "inserted_detail", "scale_swap", "kind_swap", "name_swap", "number_bound", "contrast_added", "cause_added",
})

_DESCRIPTIONS = {
    "novel_name": "name not in the source: {word}",
    "novel_number": "number not in the matching source sentences: {word}",
    "prefix_opposite": "the source says the opposite of \"{word}\"",
    "antonym": "the source says the opposite of \"{word}\"",
    "negation_added": "negates \"{word}\", which the source states without a negation",
    "negation_dropped": "states \"{word}\", which the source negates",
    "far_pairs": "\"{word}\" are never used together in the source",
    "inserted_detail": "adds \"{word}\" to what the source says",
    "scale_swap": "the source puts \"{word}\" at another step (required, allowed, advised; often, rarely)",
    "kind_swap": "the source names another of the kind of \"{word}\"",
    "name_swap": "the source names someone or something else where the statement says \"{word}\"",
    "cause_added": "gives a cause (\"{word}\") the source does not give",
    "number_bound": "the source does not bound the number so: \"{word}\"",
    "contrast_added": "\"{word}\" sets facts against each other that the source does not",
}


@dataclass(frozen=True)
class Consistency:
    """The checker's decision on one statement against one source."""

    consistent: bool
    findings: tuple[Finding, ...]  # the contradicting findings, in statement order
    features: Mapping[str, float] = field(default_factory=dict)  # every feature of FEATURES

    @property
    def reason(self) -> str:
        """The first contradicting finding in words, or "consistent"."""
        return describe(self.findings[0]) if self.findings else "consistent"


def describe(finding: Finding) -> str:
    """A finding in words, for a verdict's reason."""
    template = _DESCRIPTIONS.get(finding.kind, finding.kind.replace("_", " ") + ": {word}")
    return template.format(word=finding.word)


def check(source: Document | SourceIndex, statement: Document) -> Consistency:
    """Whether ``statement`` is consistent with ``source`` (an annotated document or its index).

    Build one :class:`SourceIndex` per source and pass it when checking many
    statements against the same source.
    """
    features, findings = evidence(source, statement)
    contradicting = tuple(f for f in findings if f.kind in CONTRADICTING)
    return Consistency(not contradicting, contradicting, {name: features[name] for name in FEATURES})


def annotate_texts(texts: list[str]) -> list[Document]:
    """Annotate plain texts (sources or statements) in one spaCy stream."""
    return list(annotate_many([Article(text, Source()) for text in texts]))


def check_texts(source: str, statement: str) -> Consistency:
    """Whether the text ``statement`` is consistent with the text ``source``."""
    source_doc, statement_doc = annotate_texts([source, statement])
    return check(source_doc, statement_doc)


def check_pairs(pairs: list[tuple[str, str]]) -> list[Consistency]:
    """Check many (source, statement) text pairs, annotating all texts in one stream."""
    documents = annotate_texts([text for pair in pairs for text in pair])
    return [check(documents[2 * i], documents[2 * i + 1]) for i in range(len(pairs))]
