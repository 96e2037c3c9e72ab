"""Second looks at young stories: is this story two sibling events, and which member goes where.

An online clusterer decides each article once, when it arrives, and the first
report of a second event of the same kind (another earthquake on the same
island, another player of the same team arrested) looks like one more report
of the first: the wrong join cannot be told from a right one at that moment
(docs/benchmarks.md). Once each event has a few reports in the story, the
two groups can be told apart by contrast, not by similarity: each side
features in its openings a name the other does not, where reports of one
event share their protagonists whoever they quote. :func:`find_split` looks
for such a partition of a young story's kept members (:class:`~newsbrief.stories.story.Member`).

Plain functions over the members (no clusterer state), so the rule can be
tested on hand-made members and the clusterer stays about scoring and bookkeeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsbrief.stories import vectors as vec
from newsbrief.stories.story import Member


@dataclass(frozen=True, slots=True)
class SplitRule:
    """When a young story is two events: both groups this large, names featured this widely.

    ``tolerance``: the share of a group that may mention the other group's featured name.
    ``years``: 0 no check; 1 the two groups' main years must not be the same; 2 both named
    and different. ``share``: the share of each group that must feature its own name.
    ``asymmetric``: the second group's name need only be absent from the first group's
    openings (the first group's name must still be absent from the second group's whole
    text): reports of the later of two sibling events often recall the earlier one in
    their body, and reports of the earlier one cannot name the later.
    """

    min_group: int = 2
    tolerance: float = 0.0
    years: int = 0
    share: float = 0.5
    asymmetric: bool = False


def _mentioned(key: int, members: Sequence[Member]) -> int:
    return sum(key in m.words for m in members)


def _featured(key: int, members: Sequence[Member]) -> int:
    return sum(key in m.keys for m in members)


def _main_year(members: Sequence[Member]) -> int | None:
    total: dict[int, float] = {}
    for m in members:
        vec.add_into(total, m.years)
    return max(total, key=total.__getitem__) if total else None


def _years_differ(group: Sequence[Member], rest: Sequence[Member], check: int) -> bool:
    if not check:
        return True
    first, second = _main_year(group), _main_year(rest)
    if first is not None and first == second:
        return False
    return check < 2 or (first is not None and second is not None)


def find_split(members: Sequence[Member], rule: SplitRule) -> tuple[list[Member], list[Member]] | None:
    """Two groups of ``members`` that tell two sibling events under ``rule``, or None.

    Group A is the members featuring some name; it is a split when none (or at most
    ``rule.tolerance`` of) the other members mention that name, and the others in turn feature,
    at least ``rule.share`` of them, a name that A never mentions (``asymmetric``: never
    features). Two reports of one event share their words whoever they quote; two events of
    one kind differ in who it happened to, and each side names its own. The most even split wins.
    """
    best: tuple[list[Member], list[Member]] | None = None
    absent = _featured if rule.asymmetric else _mentioned
    for key in sorted({key for m in members for key in m.keys}):
        group = [m for m in members if key in m.keys]
        rest = [m for m in members if key not in m.keys]
        if (len(group) < rule.min_group or len(rest) < rule.min_group
                or _mentioned(key, rest) > rule.tolerance * len(rest)):
            continue
        if best is not None and min(len(group), len(rest)) <= min(len(best[0]), len(best[1])):
            continue
        own = {k for m in rest for k in m.keys}
        if not any(_featured(k, rest) >= rule.share * len(rest) and absent(k, group) <= rule.tolerance * len(group)
                   for k in own):
            continue
        if _years_differ(group, rest, rule.years):
            best = (group, rest)
    return best


def find_split_by_rules(members: Sequence[Member],
                        rules: Sequence[SplitRule]) -> tuple[list[Member], list[Member]] | None:
    """The split of the first rule (in order) that finds one, or None."""
    for rule in rules:
        if len(members) >= 2 * rule.min_group:
            found = find_split(members, rule)
            if found is not None:
                return found
    return None
