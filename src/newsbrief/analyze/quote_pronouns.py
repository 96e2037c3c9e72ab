"""A quotation closed by a bare "he says" whose "he" the attribution stage could not name (Audit 46, 47.4 #6).

The audit found '"... the flu epidemic has dampened demand ..." he says' in Analysis with no name: a reader of the
brief cannot tell who says it, and the audit judges a quote without its speaker wrong when the article names him.
When the stage resolved the "he", the item already shows the name ('[Tan Wei Ming] says', analyze.voices); when it
could not (no man named before it, or two who may be meant), the item is withheld rather than shown with a bare
"he" (precision over recall). The quotation itself is not handed to the quote finder's fallback guess when that
guess is no person: a "he" or "she" is never a firm, a body or a place (an airline named just before took a CEO's
words).

Read from the attributions the Context already carries (no model of its own).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.context import Context
from newsbrief.models import Sentence

__all__ = ["bare_pronoun_cue", "not_a_person", "pronoun_quote"]

_PRONOUNS = ("he", "she")


def bare_pronoun_cue(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` holds a "he"/"she" cue ('..." he says') the attribution stage left unnamed."""
    return any(a.cue_start is not None and sentence.start <= a.cue_start < sentence.end
               and (a.source_text or "").lower() in _PRONOUNS and not a.speaker
               for a in ctx.attributions.attributions)


def pronoun_quote(ctx: Context, start: int, end: int) -> bool:
    """Whether the quotation start..end is covered by a "he"/"she" source the stage left unnamed."""
    return any(a.content_start <= start + 1 and end - 1 <= a.content_end and a.speaker is None
               and (a.source_text or "").lower() in _PRONOUNS for a in ctx.attributions.attributions)


def not_a_person(actors: Sequence[Actor], speaker: str) -> bool:
    """Whether ``speaker`` is an actor the analysis types as no person (a firm, a body, a place)."""
    lowered = speaker.lower()
    return any(a.label != "PERSON" and (a.name.lower() == lowered or lowered in (v.lower() for v in a.aliases))
               for a in actors)
