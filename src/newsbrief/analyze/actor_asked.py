"""A question's auxiliary run into a name (issue #11; reader Audit 42 #6, docs/audit.md 43.4 item 6).

The NER model reads "Will Gadhafi be held legally accountable ...?" as a person "Will Gadhafi": "Will" is a forename
as often as a modal. At the head of a question, followed by the verb's bare form, it is the modal, and the name
is the word after it. The same holds for the other auxiliaries that open a yes-no question ("Can", "Should",
"Did", ...), which the model rarely takes for a name but may. "Will Carter, the club's captain, said" is no
question and keeps its forename.
"""

from __future__ import annotations

from newsbrief.models import Document, Entity

_AUXILIARIES = frozenset("will would can could should shall may might must did does do is are was were has have "
                         "had".split())
# What may stand before the question's first word: a list dash, an opening quotation mark, a bracket.
_LEADING = " \t-–—\"“‘'(•*"


def asked_name(doc: Document, entity: Entity, name: str) -> str:
    """``name`` without an auxiliary that opens the question the entity stands at the head of, when the word after
    the entity is a bare verb ("Will Gadhafi be held ...?" -> "Gadhafi"); else ``name`` as it is."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in _AUXILIARIES or not 0 <= entity.sentence_index < len(doc.sentences):
        return name
    sentence = doc.sentences[entity.sentence_index]
    before = doc.article.text[sentence.start:entity.start]
    if before.strip(_LEADING) or not sentence.text.rstrip(" \"”’')").endswith("?"):
        return name
    after = doc.tokens[entity.token_end] if entity.token_end < len(doc.tokens) else None
    return rest if after is not None and after.tag == "VB" else name


__all__ = ["asked_name"]
