"""The interviewer's questions are nobody's quote: a paragraph that is one uncued quoted question, after a
person's quotation and answered in the paragraph after the run of questions ('"No," he said, ...').

Audit 42 (#3): a correspondent's "Didn't Mr Lavrov though have a point?" and "A UN resolution is not going to
change President Assad's approach?" were printed as Senator McCain's quotes, since an uncued quotation
paragraph carries on the speaker before it; McCain's answer was "'No' he said, such resolutions mattered". A
question in the writer's own voice is put to the speaker, not said by him. A rhetorical question inside the
speaker's own run (no answer follows) stays his, and so does a question with its own cue.
"""

from __future__ import annotations

import re

from newsbrief.models import Attribution, Sentence
from newsbrief.nlp.speech import _Doc

__all__ = ["drop_put_questions"]

# A question paragraph: one quotation, ending in "?" inside its closing mark.
_QUESTION = re.compile(r'^\s*["\u201c][^"\u201c\u201d]+\?["\u201d]\s*$')
# An answer paragraph: a quoted yes or no first ('"No," he said', "'Yes' she replied"), or a reply cue.
_ANSWER = re.compile(r'^\s*["\u201c](?:no|yes|not at all|of course|absolutely|never)\b[^"\u201d]{0,12}["\u201d]'
                     r"|\b(?:replied|answered|responded)\b", re.IGNORECASE)


def _paragraphs(d: _Doc) -> dict[int, str]:
    """Each paragraph's text, by paragraph number."""
    text: dict[int, list[str]] = {}
    for sentence in d.doc.sentences:
        text.setdefault(sentence.paragraph, []).append(sentence.text)
    return {p: " ".join(parts) for p, parts in text.items()}


def _put_paragraphs(d: _Doc) -> set[int]:
    """The paragraphs that are questions put to the speaker: each run of question paragraphs whose next
    paragraph answers."""
    paragraphs = _paragraphs(d)
    put: set[int] = set()
    run: list[int] = []
    for p in sorted(paragraphs):
        if _QUESTION.match(paragraphs[p]):
            run.append(p)
            continue
        if run and _ANSWER.search(paragraphs[p]):
            put.update(run)
        run = []
    return put


def drop_put_questions(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """``found`` without the uncued quotations that are a writer's questions put to the speaker (see the module
    docstring): their sentences are the writer's."""
    put = _put_paragraphs(d)
    if not put:
        return found
    return [(s, a) for s, a in found if not (s.paragraph in put and a.cue_start is None and a.kind == "quote")]
