"""Outside commentators: who yields under the Actors list's cap.

An analysis or a long report quotes experts from outside the story ("said Ann Roe, an analyst at Capital
Economics", "Professor Tom Hale of Leeds University said") as often as the parties' own people speak. Each quote
puts a commentator in the first rank tier with the parties (actor_parties.rank_tier), and with more quotes they
outrank the officials of the parties themselves, whom the eight-entry cap then drops (session 23's closing note:
the parties' officials cut behind commentators). Under the cap a commentator, named with a commentator's noun and
outside the headline and the lead, goes after the people the story is about; the list's order is unchanged.
"""

from __future__ import annotations

from typing import Protocol

from newsbrief.analyze.actor_roles import Role

__all__ = ["COMMENTATOR_NOUNS", "commentator"]

# The nouns of people asked for a view from outside the story; not "spokesman" or "official" (a party's own).
COMMENTATOR_NOUNS = frozenset(
    "analyst analysts economist strategist commentator expert professor lecturer researcher academic "
    "historian pollster consultant observer".split()
)


class Ranked(Protocol):
    """What this check reads of an actor's evidence (actor_evidence.Evidence)."""

    label: str
    role: Role | None
    headline: bool
    lead: bool


def commentator(item: Ranked) -> bool:
    """Whether the actor is an outside commentator (module docstring)."""
    role = item.role
    return item.label == "PERSON" and not item.headline and not item.lead and role is not None \
        and (role.head or "").lower() in COMMENTATOR_NOUNS
