"""A guide to a document's provisions: an explainer, though it opens on a news peg (reader Audit 41 #5).

Audit 41 read a CNN explainer as "News report". After its peg (a president's televised address delegating his
powers), the piece walks through the constitution in the writer's own present-tense sentences: "The constitution
reserves three particular powers for the president alone", "Articles 76 and 77 deal with how presidential elections
are conducted", "Article 88 in particular requires judges to oversee the elections", "Article 198 allows the
president to issue decrees ...". genre_explain reads an explainer only without a news peg, by its question, steps
or causes; this one has none of these. What marks it is the run of provisions: :func:`lays_out_provisions` counts
the writer's sentences whose subject is a part of a document (an article, a clause, a section, the constitution, the
law, the charter) and whose main verb, in the present tense, says what it does (allows, requires, sets, reserves,
deals with, bans, grants, ...). MIN_PROVISIONS of them, making PROVISION_SHARE of the writer's sentences, make an
explainer. A report on a new law says what it does in a sentence or two among the news ("The law requires shops
... It also bans ..."), and a ruling's report cites its articles inside one sentence of the court's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.analyze.genre_voice import writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

__all__ = ["lays_out_provisions"]

_DOCUMENT_PARTS = frozenset("""article articles clause clauses section sections paragraph paragraphs provision
provisions amendment amendments constitution charter law act bill treaty statute rule rules decree code""".split())
_PROVISION_VERBS = frozenset("""allow require set reserve deal ban bar grant give let permit forbid prohibit limit cap
guarantee protect oblige provide define establish stipulate empower govern cover""".split())
MIN_PROVISIONS = 4  # the audited explainer had eight; a report on a new law two
PROVISION_SHARE = 0.3


def _provision(doc: Document, sentence: Sentence) -> bool:
    """The sentence's main verb, in the present tense, says what its subject, a part of a document, does."""
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.dep != "ROOT" or token.tag not in ("VBZ", "VBP") or token.lemma.lower() not in _PROVISION_VERBS:
            continue
        subjects = [t for t in tokens if t.head == token.i and t.dep in ("nsubj", "nsubjpass")]
        return any(t.lemma.lower() in _DOCUMENT_PARTS or t.text.lower() in _DOCUMENT_PARTS for t in subjects)
    return False


def lays_out_provisions(doc: Document, ctx: Context) -> bool:
    """True when the writer's own sentences walk through a document's provisions (see the module docstring)."""
    own = [s for s in writer_sentences(doc, ctx) if s.text[:1] not in "\"“'‘"]
    provisions = sum(1 for s in own if _provision(doc, s))
    return provisions >= MIN_PROVISIONS and provisions >= PROVISION_SHARE * len(own)
