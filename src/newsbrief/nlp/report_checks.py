"""Another source checking a report: where a retold report's findings stop.

A report's findings may run on past the sentence that names it (:mod:`newsbrief.nlp.voices`). They stop where
another named source checks them: "The Riverton Ledger did some quick checking and exposed the story to be a
hoax:" is the checker's finding, and what follows is the checker's evidence, never more of the report (reader
Audit 37 #11: a debunk paragraph opened "[According to the National Report,]", the hoax site it debunks).

Rules over the parse only: the sentence's main subject is a proper name that is not the report's own, and the
main verb, or a verb joined to it, is a verb of checking or refuting ("checked", "exposed", "debunked",
"disproved", "contradicted").
"""

from __future__ import annotations

import re

from newsbrief.models import Sentence
from newsbrief.nlp.speech import _Doc

# A cheap test on the text before the parse walk: a verb of checking or refuting in any form.
_CHECK_WORDS = re.compile(r"\b(?:check|expos|debunk|verif|refut|disprov|investigat|contradict|disput|rebut|"
                          r"fact-check)", re.I)
_CHECK_LEMMAS = frozenset("check expose debunk verify refute disprove investigate contradict dispute rebut "
                          "fact-check".split())


def _main_verbs(d: _Doc, sentence: Sentence) -> list[int]:
    """The root of the sentence and the verbs joined to it ("did some checking and exposed ...")."""
    root = next((t for t in d.doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None:
        return []
    return [root.i] + [c for c in d.children.get(root.i, ()) if d.doc.tokens[c].dep == "conj"]


def checks_report(d: _Doc, sentence: Sentence, source: str | None) -> bool:
    """Whether another named source checks or refutes what the report ``source`` told (see the module docstring)."""
    if not _CHECK_WORDS.search(sentence.text):
        return False
    tokens = d.doc.tokens
    verbs = _main_verbs(d, sentence)
    if not verbs or not any(tokens[v].lemma.lower() in _CHECK_LEMMAS for v in verbs):
        return False
    # the parser may hang the name on the auxiliary ("The Times did some fact checking": "Times" <- "did")
    heads = verbs + [c for v in verbs for c in d.children.get(v, ()) if tokens[c].dep == "aux"]
    subject = next((tokens[c] for h in heads for c in d.children.get(h, ())
                    if tokens[c].dep == "nsubj" and tokens[c].pos == "PROPN"), None)
    if subject is None:
        return False
    own = {w.lower() for w in (source or "").split() if w[:1].isupper()}
    named = {tokens[i].text.lower() for i in range(subject.i - 3, subject.i + 1)
             if i >= 0 and tokens[i].pos == "PROPN" and d.sentence_of.get(i) == sentence.index}
    return not named & own


# Records that show rather than find: what "the footage showed" does not run on into the next
# paragraph as a report's findings do (fifth reader audit: a plea labelled "[According to the footage,]").
_SHOWING = frozenset("footage video videos film photo photos photograph photographs image images picture pictures "
                     "map maps chart charts graph graphs page website screenshot recording banner banners "
                     "placard placards sign signs poster posters slogan slogans graffiti".split())


def shows_only(speaker: str | None) -> bool:
    """Whether ``speaker`` is a record that shows rather than finds ("the footage"): it starts no retold report."""
    words = (speaker or "").lower().split()
    return bool(words) and words[-1] in _SHOWING
