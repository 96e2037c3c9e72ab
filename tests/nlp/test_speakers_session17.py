"""Words in the wrong mouth, session 17 (issue #11; the lead's readings of unseen Newsroom briefs), on short texts
written for these tests:

1. A "she" whose sentence before has a described person as its subject, shown to be a woman by her own
   possessive ("one such missionary recalled her experience"), is that person's, never a man named further
   back. Near misses: a thing as subject ("The report described her ordeal") is no speaker; a "he" after a
   man still resolves to him.
2. "Find" and "show" narrate with a plain object or a dummy "it": "The governor has found it difficult to
   climb above 35% in the polls" and "Party leaders show more enthusiasm for X than they do for Y" are no
   statements of the governor or the leaders. Near misses: "Researchers found it difficult to repeat the
   result" (a finder), "Party leaders show that they ..." (a clause) stay reports.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.speaker_cases import speaker_ok
from tests.nlp.test_session12_speakers2 import _speakers_of

pytestmark = pytest.mark.slow

_MISSIONARY = ("On Nov. 11, 1862, Grant took the first step toward addressing the crisis: he named John Eaton as "
               "superintendent of the camp. Personally, Grant appears to have had no particular sympathy for the "
               "refugees.\n\nIn late 1862 a missionary society sent its first volunteers to the camp. In a memoir "
               "written years after the war, one such missionary recalled her experience. \"When brought face to "
               "face with the families,\" she wrote, \"it was like the discovery of a new world.\" The volunteers "
               "shared a hopeful outlook.")
_NURSE = ("Dr Ruth Allen ran the ward for ten years before she retired. She hired Paul Grey as her deputy.\n\nLast "
          "winter a young nurse described his first night on the ward. \"Nothing prepares you for it,\" he said.")
# near miss: a thing is no speaker; the woman named before may be meant, never "the report"
_REPORT = ("Ann Lee, a teacher in the town, was stranded for three days. The report described her ordeal in "
           "detail. \"We had no water at all,\" she wrote.")
# near miss: a "he" after a man is the man
_HE_AFTER = ("On Nov. 11, 1862, Grant named John Eaton as superintendent of the camp. In a memoir written years "
             "after the war, Eaton recalled his experience. \"It was like the discovery of a new world,\" he wrote.")

SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_MISSIONARY, "discovery of a new world", "missionary", ("John Eaton", "Grant", "Eaton")),
    (_NURSE, "Nothing prepares you", "nurse", ("Paul Grey", "Ruth Allen")),
    (_REPORT, "no water at all", None, ("the report", "The report")),
    (_HE_AFTER, "discovery of a new world", "Eaton", ("Grant",)),
]

_GOVERNOR = ("The news is worst for Romney, long the front-runner. The former Massachusetts governor has found it "
             "difficult to climb above 35% in national polls.")
_LEADERS = ("The party's field is weak. Some party leaders show more enthusiasm for a hypothetical crop of "
            "candidates than they do for the choices before them.")
# near misses: a finder's finding and a clause shown stay reports
_RESEARCHERS = ("The trial ended in May. Researchers found it difficult to repeat the result in older patients.")
_SHOW_THAT = ("The party's field is weak. Some party leaders show that they would rather wait for another year.")

# (text, a piece of the content, whether some attribution must hold it)
NARRATION: list[tuple[str, str, bool]] = [
    (_GOVERNOR, "difficult to climb", False),
    (_LEADERS, "more enthusiasm", False),
    (_RESEARCHERS, "difficult to repeat", True),
    (_SHOW_THAT, "rather wait", True),
]


def _attributed(text: str, piece: str) -> bool:
    doc = annotate(Article(text=text, source=Source()))
    return any(piece in text[a.content_start : a.content_end] for a in attribute(doc).attributions)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_a_she_is_the_described_woman(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


@pytest.mark.parametrize(("text", "piece", "reported"), NARRATION, ids=[f"narration{i}" for i in range(len(NARRATION))])
def test_find_and_show_narrate_without_a_clause(text: str, piece: str, reported: bool) -> None:
    assert _attributed(text, piece) is reported


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(speaker_ok(*case) for case in SPEAKERS) + sum(_attributed(t, p) is r for t, p, r in NARRATION)
    return right, len(SPEAKERS) + len(NARRATION)


if __name__ == "__main__":
    print(score())
