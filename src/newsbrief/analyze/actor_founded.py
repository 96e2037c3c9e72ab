"""Founded bodies: a charity or firm the NER model left untagged that the text introduces by its founding.

"A Cornwall-based disaster relief charity is sending help ... Shelterbox, which was set up 10 years ago by ...,
provides shelter equipment" (reader Audit 39, 40.5: the charity the piece is about was missing from Actors, only
its manager listed). A proper noun followed by ", which was set up / founded / established / launched by" is a
body: "which" (not "who") says it is no person, and a founding says it is no place or thing a story names in
passing. Every other spelling of the word that differs only in capitals counts ("ShelterBox General Manager").
One word, untagged everywhere: a name the model tagged is typed by the other rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import UNTAGGED
from newsbrief.models import Document, Entity

_FOUNDED = re.compile(
    r"\b([A-Z][\w'’-]+), which (?:was |is |has been |had been )?(?:(?:first |originally |jointly )?"
    r"(?:set up|founded|established|launched|formed|created|started|co-founded))\b")


def founded_bodies(doc: Document, actors: Sequence[Actor]) -> list[Actor]:
    """The actors plus any untagged one-word body the text introduces by its founding (module docstring)."""
    text = doc.article.text
    if ", which" not in text:
        return list(actors)  # the cheap exit: most articles have no such clause
    known = {n.lower() for a in actors for n in (a.name, *a.aliases)}
    words = {m.group(1).lower() for m in _FOUNDED.finditer(text)} - known
    if not words:
        return list(actors)
    tokens = [t for t in doc.tokens if t.text[:1].isupper() and t.text.lower() in words]  # not "each shelterbox"
    starts = [s.start for s in doc.sentences]
    added: list[Actor] = []
    for word in sorted(words):
        found = [t for t in tokens if t.text.lower() == word]
        if not found or any(t.ent_type or t.pos != "PROPN" for t in found):
            continue  # tagged somewhere, or a common word ("This, which was set up")
        mentions = [Entity(t.text, UNTAGGED, t.start, t.end, max(bisect.bisect_right(starts, t.start) - 1, 0),
                           t.i, t.i + 1) for t in found]
        added.append(Actor(found[0].text, "ORG", mentions, {t.text for t in found}))
    return [*actors, *added]
