"""A small library for the reader tests, written for them: two outlets report one council decision with
different costs (a planted conflict, filed into one story), an article whose title carries a script
(its own story), and a brief filed into no story."""

from __future__ import annotations

from pathlib import Path

from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings, load_settings
from newsbrief.store import open_store
from newsbrief.stories.library import brief_store_and_file

ALDER_HERALD = """Flood barrier on the River Alder to cost 62 million pounds

The county council approved a flood barrier on the River Alder on Tuesday, with the work expected to cost 62 million pounds, council leader Maria Okafor said.

The barrier will protect about 4,000 homes in the valley from winter floods, Okafor told councillors at the meeting in Eastbridge.

Construction will start in June and take three years, according to the council's engineering report.

Residents who lost their homes in the floods of 2024 welcomed the decision. "We have waited too long for this," said Tom Reyes, who chairs the valley residents' group.
"""
ALDER_POST = """Council backs River Alder flood barrier costing 85 million pounds

Eastbridge county council approved the River Alder flood barrier on Tuesday, with the work expected to cost 85 million pounds, council leader Maria Okafor said.

The barrier will protect about 4,000 homes in the valley from winter floods, the council said in a statement.

Construction will start in June, and engineers warned that the river's clay banks could delay the work.

Opposition councillor Priya Nand said the cost had been underestimated. "The taxpayers deserve a straight answer," Nand said.
"""
SCRIPT_TITLE = "<script>alert(1)</script> Library hours cut in Westmoor"
SCRIPT_ARTICLE = f"""{SCRIPT_TITLE}

Westmoor's central library will close at five o'clock on weekdays from April, the borough said on Friday, citing a shortfall of 300,000 pounds.

The librarians' union said the cut would hurt students who study in the evenings, and asked the borough to reconsider before the budget vote.
"""
ORCHARD = """Village orchard replanted with 120 heritage apple trees

Volunteers in Ashcombe planted 120 heritage apple trees on Saturday to restore the village orchard lost to disease in 2019, the parish council said.

The trees, of eleven old local varieties, were grafted at a nursery in Somerset and paid for by a lottery grant of 18,000 pounds.

The first apples are expected in three years, said orchard keeper Ruth Hallam.
"""

HERALD = Hints(title="Flood barrier on the River Alder to cost 62 million pounds", outlet="Valley Herald",
               date="2026-03-10", url="https://herald.example/alder-barrier", trusted=True)
POST = Hints(title="Council backs River Alder flood barrier costing 85 million pounds", outlet="Eastbridge Post",
             date="2026-03-11", url="https://post.example/news/alder", trusted=True)
SCRIPT = Hints(title=SCRIPT_TITLE, outlet="Westmoor <b>Echo</b>", date="2026-03-09",
               url="https://echo.example/library", trusted=True)
ORCHARD_HINTS = Hints(title="Village orchard replanted with 120 heritage apple trees", outlet="Ashcombe Times",
                      date="2026-03-08", url="https://times.example/orchard", trusted=True)


def raw(text: str, hints: Hints) -> RawDocument:
    """One test article as a reader would hand it over."""
    return RawDocument(text.encode("utf-8"), content_type="text/plain", hints=hints)


def build_library(db: Path, settings: Settings | None = None) -> dict[str, object]:
    """Brief and file the articles into ``db``; the ids the tests need (story ids, brief ids)."""
    settings = settings or load_settings({})
    store = open_store(str(db))
    try:
        herald_brief, _, alder = brief_store_and_file(raw(ALDER_HERALD, HERALD), settings, store)
        post_brief, _, alder_again = brief_store_and_file(raw(ALDER_POST, POST), settings, store)
        script_brief, _, script_story = brief_store_and_file(raw(SCRIPT_ARTICLE, SCRIPT), settings, store)
        orchard = brief_source(raw(ORCHARD, ORCHARD_HINTS), settings)
        orchard_brief = store.save(orchard, orchard.text)
    finally:
        store.close()
    assert alder == alder_again and alder != script_story, "the planted story did not form as written"
    return {"alder": alder, "script_story": script_story, "herald_brief": herald_brief, "post_brief": post_brief,
            "script_brief": script_brief, "orchard_brief": orchard_brief}
