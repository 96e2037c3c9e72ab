"""A closing quotation shown whole, for the conclusion.

A close may quote several short lines, each a sentence and, in the Timeline17 pages, each a paragraph of its
own: 'he sent a message on Twitter ...: "In besieged city of X.' / 'Indiscriminate shelling.' / 'No sign of
help."' (reader Audit 40 #3). The lines after the first have no verb, so none can close the brief alone, and the
first alone leaves the quotation open and its point unsaid. Here a close that leaves a quotation open runs on to
the sentence that closes it, when that comes within a few sentences and no other quotation opens on the way.
"""

from __future__ import annotations

from collections.abc import Callable

from newsbrief.analyze.closing_quotes import continues_quote as quote_continuation
from newsbrief.analyze.closing_quotes import names_speaker
from newsbrief.analyze.section_breaks import balanced_quotes
from newsbrief.models import Document, Sentence

# A closing quotation is shown whole, from the sentence that names its speaker, when it runs at most this many
# sentences: its point came last in Audit 15 #1 ("The people of Haiti will be desperate for help"), after
# three sentences of scene-setting. The run to a quotation's closing mark (above) keeps to the same reach.
WHOLE_QUOTATION = 5


def window_quotation(window: list[Sentence], continues: list[bool]) -> list[Sentence]:
    """The window's closing quotation, back to its first sentence that does not continue a quote
    (``continues``: per window sentence, whether it continues one)."""
    start = len(window) - 1
    while start > 0 and continues[start]:
        start -= 1
    return window[start:]


def whole_quotation(doc: Document, final: Sentence, lead: int,
                    closes_nothing: Callable[[Sentence], bool]) -> list[Sentence]:
    """The closing quotation ``final`` ends, from the sentence that names its speaker (empty when that
    sentence lies further back, in the first ``lead`` sentences or in another paragraph, or when
    ``closes_nothing`` says that sentence cannot close a brief)."""
    index = final.index
    while quote_continuation(doc, doc.sentences[index]):
        index -= 1
        if final.index - index >= WHOLE_QUOTATION or index < lead \
                or doc.sentences[index].paragraph != final.paragraph:
            return []
    if not names_speaker(doc.sentences[index].text) or closes_nothing(doc.sentences[index]):
        return []
    return list(doc.sentences[index : final.index + 1])


def to_closing_mark(doc: Document, part: list[Sentence]) -> list[Sentence]:
    """``part`` run on to the sentence that closes the quotation it leaves open (see the module docstring);
    ``part`` itself when it leaves none open or the closing mark is not in reach."""
    if not part or balanced_quotes(" ".join(s.text for s in part)):
        return part
    run = list(part)
    for index in range(part[-1].index + 1, min(len(doc.sentences), part[-1].index + WHOLE_QUOTATION)):
        sentence = doc.sentences[index]
        text = sentence.text.strip()
        if text[:1] in "\"“":
            return part  # a new quotation opens: the open one's end is not in sight
        run.append(sentence)
        if balanced_quotes(" ".join(s.text for s in run)):
            return run
    return part
