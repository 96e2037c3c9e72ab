"""Second looks at grown stories: has this story taken in a sibling event, and which members are it.

The young-story split (:mod:`newsbrief.stories.revise`) sees only a story's first 12 members, but
on ECB+ most wrong joins come later: the first report of the second event of a kind (a second
earthquake, another warehouse fire) arrives when the story of the first is already grown, joins
it on their shared words, and every later report of the second event follows (the sibling events
end fully fused; docs/benchmarks.md). So a story keeps, for its first ``cap`` members, a compact
:class:`Trace` of each (its names, figures and years, and its heaviest words), and every few joins
the members are divided in two by 2-means over their *event signatures*: the unit sum of
their entity, number and year vectors, not their words (two events of one kind are told in the
same words; what differs is who, where, how many and when). When the two halves' signature
centroids are far apart (cosine under ``regroup_below``) and each half has at least
``regroup_min_group`` members, the story is two events and the smaller half leaves.

Measured on ECB+ dev as a split of the final stories (6 orders, groups of 3+ in stories of 12+):
B3 F1 0.927 -> 0.940 (odd topics 0.919 -> 0.944, even 0.932 -> 0.939), with a plateau for a
cosine bar of 0.35-0.45 on both halves; word vectors in the signature made it worse (0.93).

Also here, the other parts of an article's event signature the clusterer reads: the names it
features in its opening (:func:`key_names`) and the years it names (:func:`years_named`).
Plain functions over items and traces (no clusterer state), so the rules can be tested on their own.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsbrief.stories import vectors as vec
from newsbrief.stories.items import ClusterItem
from newsbrief.stories.story import Story

TRACE_WORDS = 80  # a trace keeps this many of its article's heaviest words (the light tail barely moves a centroid)
NUMBER_SHARE = 0.5  # figures count half in the signature: a report can add a figure the others lack
KMEANS_ROUNDS = 8

Packed = tuple["array[int]", "array[float]"]


def pack(vector: Mapping[int, float], limit: int | None = None) -> Packed:
    """A vector as two flat arrays (about 8 bytes a term instead of ~100 in a dict), optionally its top terms."""
    keys = vec.top_terms(vector, limit) if limit is not None and len(vector) > limit else list(vector)
    return array("i", keys), array("f", [vector[k] for k in keys])


def unpack(packed: Packed) -> vec.Vector:
    """The dict form of :func:`pack`'s arrays."""
    return dict(zip(packed[0], packed[1], strict=True))


@dataclass(frozen=True, slots=True)
class Trace:
    """One member of a grown story, compactly: enough to rebuild or remove it from the story's sums."""

    step: int
    article_id: str
    day: int | None
    words: Packed
    entities: Packed
    numbers: Packed
    years: Packed
    keys: tuple[int, ...]

    @classmethod
    def of(cls, step: int, article_id: str, day: int | None, words: vec.Vector, entities: vec.Vector,
           numbers: vec.Vector, years: vec.Vector, keys: Mapping[int, int]) -> Trace:
        """The trace of one article's vectors (its words cut to their heaviest ``TRACE_WORDS``)."""
        return cls(step, article_id, day, pack(words, TRACE_WORDS), pack(entities), pack(numbers), pack(years),
                   tuple(keys))

    def signature(self) -> vec.Vector:
        """The event signature: names, figures (at half weight) and years, as one unit vector."""
        total = unpack(self.entities)
        vec.add_into(total, unpack(self.numbers), NUMBER_SHARE)
        vec.add_into(total, unpack(self.years))
        return vec.normalised(total)

    def state(self) -> list[Any]:
        """JSON-serialisable form."""
        return [self.step, self.article_id, self.day,
                *([list(part[0]), list(part[1])] for part in (self.words, self.entities, self.numbers, self.years)),
                list(self.keys)]

    @classmethod
    def from_state(cls, raw: Sequence[Any]) -> Trace:
        """Rebuild from :meth:`state`."""
        def part(pair: Sequence[Any]) -> Packed:
            return array("i", (int(k) for k in pair[0])), array("f", (float(v) for v in pair[1]))

        return cls(int(raw[0]), str(raw[1]), raw[2], part(raw[3]), part(raw[4]), part(raw[5]), part(raw[6]),
                   tuple(int(k) for k in raw[7]))


def years_named(item: ClusterItem) -> list[str]:
    """The years an article names, and the year it was published: a page's timestamp line named that
    year before extraction made it the date (ECB+ through ``newsbrief cluster``: 0.880 -> 0.902)."""
    return [*vec.years(item.text), *([item.date[:4]] if item.date else [])]


def key_names(item: ClusterItem, lead_chars: int) -> dict[int, int]:
    """The names an article features in its opening: the word features of their last words (as keys)."""
    opening = item.text[:lead_chars].lower()
    if item.title:
        opening = item.title.lower() + " " + opening
    keys: dict[int, int] = {}
    for name in item.entities:
        parts = vec.words(name)
        if not parts:
            continue
        last = parts[-1]
        if len(last) > 2 and last in opening:
            keys[vec.feature("w", last)] = 1
    return keys


def _centroid(vectors: Sequence[vec.Vector]) -> vec.Vector:
    total: vec.Vector = {}
    for v in vectors:
        vec.add_into(total, v)
    return vec.normalised(total)


def two_events(traces: Sequence[Trace], min_group: int, below: float) -> tuple[list[int], list[int]] | None:
    """The positions of two groups of ``traces`` that tell two events, or None.

    2-means over the event signatures, seeded with the member least like the whole story and the
    member least like that one (linear, not the quadratic farthest pair); a split when both groups
    have ``min_group`` members and their centroids' cosine is under ``below``.
    """
    signatures = [t.signature() for t in traces]
    if len(signatures) < 2 * min_group:
        return None
    whole = _centroid(signatures)
    first = min(range(len(signatures)), key=lambda i: vec.dot(signatures[i], whole))
    second = min(range(len(signatures)), key=lambda i: vec.dot(signatures[i], signatures[first]))
    centres = (signatures[first], signatures[second])
    sides: list[int] = []
    for _ in range(KMEANS_ROUNDS):
        new = [0 if vec.dot(s, centres[0]) >= vec.dot(s, centres[1]) else 1 for s in signatures]
        if new == sides:
            break
        sides = new
        groups = [[s for s, side in zip(signatures, sides, strict=True) if side == k] for k in (0, 1)]
        if not groups[0] or not groups[1]:
            return None
        centres = (_centroid(groups[0]), _centroid(groups[1]))
    one = [i for i, side in enumerate(sides) if side == 0]
    two = [i for i, side in enumerate(sides) if side == 1]
    if min(len(one), len(two)) < min_group or vec.dot(centres[0], centres[1]) >= below:
        return None
    return one, two


def subtract(target: dict[int, float], vector: Mapping[int, float]) -> float:
    """target -= vector in place (terms falling to about zero are dropped); the new squared norm."""
    for key, value in vector.items():
        left = target.get(key)
        if left is None:
            continue  # pruned from the story's centroid already
        left -= value
        if left > 1e-6:
            target[key] = left
        else:
            del target[key]
    return sum(v * v for v in target.values())


def split_off(story: Story, leaving: Sequence[Trace], new_id: str) -> Story:
    """Move the ``leaving`` members out of ``story`` (in place) into a new story ``new_id``, returned.

    The new story is rebuilt from the traces (its words cut to each member's heaviest); the
    old one has their vectors subtracted from its sums, so the members that stay count as before.
    """
    gone = {t.article_id for t in leaving}
    other = Story(new_id, leaving[0].step)
    other.young = None  # its members' full vectors are not kept: a split story is not split again young
    for t in leaving:
        words, entities, numbers, years = (unpack(p) for p in (t.words, t.entities, t.numbers, t.years))
        other.add(t.article_id, vec.normalised(words), entities, (), t.day, t.step, numbers, years)
        other.note_keys(dict.fromkeys(t.keys, 1))
        story.words_sq = subtract(story.words, words)
        story.entities_sq = subtract(story.entities, entities)
        story.numbers_sq = subtract(story.numbers, numbers)
        story.years_sq = subtract(story.years, years)
        for key in t.keys:
            if story.keys.get(key, 0) > 1:
                story.keys[key] -= 1
            else:
                story.keys.pop(key, None)
    story.members = [m for m in story.members if m[1] not in gone]
    if story.young is not None:
        story.young = [m for m in story.young if m.article_id not in gone]
    return other


def regroup(story: Story, traces: Sequence[Trace], found: tuple[list[int], list[int]],
            new_id: Callable[[str], str]) -> tuple[Story, list[Trace], list[Trace]]:
    """Split ``story`` (in place) by :func:`two_events`' groups: the new story, the staying and the leaving traces.

    The larger group stays (on a tie, the group of the first member), so a story keeps its id as it
    grows; the two are marked apart, since the centroids of sibling events look alike by nature.
    """
    big, small = sorted(found, key=lambda group: (-len(group), group[0]))
    leaving = [traces[i] for i in small]
    staying = [traces[i] for i in big]
    other = split_off(story, leaving, new_id(leaving[0].article_id))
    days = [t.day for t in staying if t.day is not None]
    story.first_day, story.last_day = (min(days), max(days)) if days else (None, None)
    story.last_step = max((t.step for t in staying), default=story.created)
    story.apart, other.apart = [*story.apart, other.id], [story.id]
    return other, staying, leaving
