"""Key points, session 23 round 2 (reader Audit 38: a debunk whose denial is dropped, and an aside as a point).

Audit 38 read a blog debunk that opened "<Name> has not been arrested." and then "<the news of his arrest> is, yet
again, a hoax.": the brief led with the second line, whose "his" names nobody, and dropped the denial that names the
subject. Its other key points were the writer's aside to the readers about the telling ("Let's not bury the lede
here, people.") and a promise of the explanation that follows ("If you woke up to ..., here's why.").

- A debunk's first sentence that denies the thing outright leads when the verdict after it leans on a pronoun.
- An aside to the readers about the telling ("Let's be clear", "Let's not bury the lede") and an opening that only
  promises an explanation ("..., here's why.") are no key point.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.point_padding import pointer_or_aside
from newsbrief.models import Sentence
from tests.analyze.points_cases import Case, brief_points

DEBUNK_DENIAL = Case("debunk_denial", """\
Dolly Marsh has not retired. Let's not bury the lede here, folks. The story of her farewell tour is, once again, \
a hoax.

If your feed was full of "DOLLY QUITS" posts over breakfast, here's why.

The tale began on a parody news site that invents celebrity stories for laughs. Its post claimed the singer had \
told a packed arena in Leeds that she would never perform again, and that her label had confirmed it.

None of that happened. Her spokesman said on Tuesday that she is recording a new album and plans to tour next year.

Parody sites have fooled fans with the same trick at least three times this year.
""", ("news", "opinion", "feature", "factcheck"), ("has not retired",), ("bury the lede", "here's why"))


def _sentence(text: str, index: int = 3) -> Sentence:
    return Sentence(id=f"s{index + 1}", index=index, text=text, start=0, end=len(text), paragraph=1, token_start=0,
                    token_end=0)


@pytest.mark.slow
def test_debunk_denial_leads() -> None:
    """The opening's outright denial, naming its subject, is among the first two points; the asides are none."""
    genre, points = brief_points(DEBUNK_DENIAL)
    assert genre in DEBUNK_DENIAL.genres, genre
    assert any(phrase in p for p in points[:2] for phrase in DEBUNK_DENIAL.lead), points
    assert not any(phrase in p for p in points for phrase in DEBUNK_DENIAL.banned), points


@pytest.mark.parametrize("text", [
    "Let's not bury the lede here, people.",
    "Let us be absolutely clear about this.",
    "If you woke up to a timeline full of panicked posts, here's why.",
    "Here is what happened.",
])
def test_reader_aside(text: str) -> None:
    """An aside to the readers about the telling, or a bare promise of what follows, is padding."""
    assert pointer_or_aside(_sentence(text))


@pytest.mark.parametrize("text", [
    "Let's move the border, the minister told the crowd in Ostrava.",
    "Here's why the bank raised rates: inflation rose to 5 per cent in May.",
    "The council said it would explain why the school closed.",
])
def test_not_reader_aside(text: str) -> None:
    """A sentence that tells something is no aside."""
    assert not pointer_or_aside(_sentence(text))
