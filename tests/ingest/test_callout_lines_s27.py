"""A call-out asking readers to send their pictures, video or stories ("Send your pictures, video to iReport.") is the
page's box, not the story (the CNN pages of Timeline17 carry one after the highlights; Audit 41 #1's input had it removed
by hand, and the rebuilt input made it a key point). Invented lines. Near misses stay: a reported appeal, an order in
a quotation, a line with no reader media.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.furniture import furniture_kind

CALLOUTS = (
    "Send your pictures, video to iReport.",
    "Share your photos and videos with us.",
    "Send us your stories and pictures of the storm.",
    "Email your photos to pictures@example.com.",
    "Upload your video of the eclipse here.",
)
STORY = (
    "Police asked residents to send their pictures of the suspect to detectives.",
    "Send in the troops, the senator said on Tuesday.",
    "Send your children to school, the minister told parents.",
    "\"Send your pictures to the embassy,\" the consul said.",
    "Share prices fell sharply after the report.",
)


@pytest.mark.parametrize("line", CALLOUTS)
def test_callout_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", STORY)
def test_story_line_stays(line: str) -> None:
    assert furniture_kind(line) is None
