"""Lines a page prints for its readers, not the writer's text (reader Audit 41, F x3): a helpline box's number
to call, a thanks for permission to publish the photos, and the site's promo of its own live coverage.

The first two are judged as lines (``furniture_kind``); the promo is a sentence, cut where it stands in its
paragraph (``without_inline_furniture``). A story's own appeal ("Anyone with information is asked to call
police on ..."), a thanks that is reported ("The family thanked the rescuers ...") and live coverage that
is news ("The BBC will provide live coverage of the final, the corporation said") stay. The lines are
invented for these tests."""

from __future__ import annotations

import pytest

from newsbrief.ingest.furniture import furniture_kind
from newsbrief.ingest.repair import without_inline_furniture

FURNITURE = (
    "Would-be inventors can call +1 7135550199.",
    "Readers with ideas can phone 0800 555 0123.",
    "For advice, call the helpline on 0808 800 5000.",
    "Call 1-800-555-0147 for more information.",
    "If you have been affected by this story, you can call Lifeline on 13 11 14.",
    "Thanks go to the Ridgeway Trust and also to Ann Holm - Care Abroad - for permission to publish these photos.",
    "With thanks to Marta Gil for the photographs.",
    "Many thanks to the Corran family, who kindly allowed us to use these pictures.",
    "We are grateful to the Harbour Museum for permission to reproduce the images.",
    "Photos courtesy of the Lindell Foundation.",
)
CONTENT = (
    "Anyone with information is asked to call police on 101.",
    "The charity said its helpline, 0808 800 5000, had taken 4,000 calls in a week.",
    "Residents can call the council to report a missed bin collection.",
    "The family thanked the rescuers for permission to publish the photos of the climb.",
    "Thanks to the new rules, photos of the suspects can no longer be published.",
    "Thanks to heavy rain, the pictures from the finish line were blurred.",
    "The agency refused permission to publish the images, its lawyer said.",
)
PROMO = (
    ("The new model is thinner than last year's. Northwire will be providing live coverage of today's event, which "
     "begins at 10 a.m. Pacific and can be viewed at live.northwire.com. The phone is expected to take most of the "
     "time.",
     "The new model is thinner than last year's. The phone is expected to take most of the time."),
    ("Voting closes at 10pm. We will have live coverage of the results from 9pm on this page.",
     "Voting closes at 10pm."),
    ("Follow our live coverage of the summit here. The leaders meet at noon.",
     "The leaders meet at noon."),
    ("The hearing resumes on Monday. Stay tuned to Metro Daily for live updates throughout the day.",
     "The hearing resumes on Monday."),
)
NEWS = (
    "The BBC will provide live coverage of the final, the corporation said. Rights cost 40 million pounds.",
    "The broadcaster will no longer provide live coverage of the race after losing the rights.",
    "Channel 9 will be providing live coverage of the match, which starts at 3pm.",
)


@pytest.mark.parametrize("line", FURNITURE, ids=[str(i) for i in range(len(FURNITURE))])
def test_reader_line_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", CONTENT, ids=[str(i) for i in range(len(CONTENT))])
def test_story_line_kept(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize(("paragraph", "want"), PROMO, ids=[str(i) for i in range(len(PROMO))])
def test_coverage_promo_cut(paragraph: str, want: str) -> None:
    assert without_inline_furniture(paragraph) == want


@pytest.mark.parametrize("paragraph", NEWS, ids=[str(i) for i in range(len(NEWS))])
def test_coverage_news_kept(paragraph: str) -> None:
    assert without_inline_furniture(paragraph) == paragraph
