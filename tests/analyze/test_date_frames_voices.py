"""Whether a report's carried voice governs a dated sentence (analyze/date_frames.frame_governs, Audit 52 #9).

The attribution stage carries a report told over two sentences into the next paragraph; a dated event there is as
often the writer's own (Audit 52's "[According to Today's report,] Apple's media event will take place ..."). The
frame governs a sentence chained to the report's naming sentence inside its paragraph, or one that says the report
goes on or is retold speech; not the writer's plain statement after a paragraph break. Articles written for these
tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.date_frames import frame_governs
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_HEAD = ("With the carmaker's annual show only days away, The Daily Ledger has published a new report on the "
         "company's electric van.\n\n"
         "Today's report sheds some light on the delays, saying the van is arriving later than hoped because of "
         "software faults. The loss of two senior engineers last spring slowed the work.\n\n")


def _governs(text: str) -> list[tuple[str, bool, bool]]:
    """Each sentence after the head's first: (its first words, whether its voice is carried, whether it governs)."""
    doc = annotate(Article(text=text, source=Source(title="Test", date="2026-06-05")))
    ctx = build_context(doc)
    return [(" ".join(s.text.split()[:3]), not ctx.voice_of(s.index).explicit, frame_governs(doc, ctx, s))
            for s in doc.sentences[1:]]


def test_the_writers_own_dated_event_after_the_reports_paragraph_is_not_the_reports() -> None:
    text = _HEAD + ("The carmaker's show will take place at 9 a.m. on Friday, June 12 at the exhibition centre in "
                    "Turin. The company will stream the event online.")
    assert _governs(text) == [
        ("Today's report sheds", False, True),  # names the report itself
        ("The loss of", True, True),  # chained in the report's paragraph to the sentence naming it
        ("The carmaker's show", True, False),  # a paragraph on, the writer's own: no frame
        ("The company will", True, False),
    ]


@pytest.mark.parametrize("opening", [
    "It also found that the first vans had been sent back to the plant in March.",  # says the report goes on
    "The first vans had been sent back to the plant in March.",  # retold speech: the backshifted past perfect
])
def test_near_miss_a_sentence_that_goes_on_telling_the_report_keeps_its_frame(opening: str) -> None:
    found = _governs(_HEAD + opening)
    assert found[-1][1:] == (True, True)


def test_the_timeline_shows_the_writers_dated_event_without_the_reports_frame() -> None:
    """The wiring in analyze/voices.py: a Timeline item gets the carried frame only where frame_governs says so."""
    from newsbrief.pipeline import brief_document
    from newsbrief.settings import Settings

    text = _HEAD + ("The carmaker's show will take place at 9 a.m. on Friday, June 12 at the exhibition centre in "
                    "Turin. The company will stream the event online.")
    brief = brief_document(annotate(Article(text=text, source=Source(title="Test", date="2026-06-05"))), Settings())
    timeline = brief.section("timeline")
    assert timeline is not None
    shows = [item.text for item in timeline.items if "Turin" in item.text]
    assert shows and not any("report" in text.lower() for text in shows), shows
