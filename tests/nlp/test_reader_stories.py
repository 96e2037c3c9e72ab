"""Readers' stories (nlp/speaker_runs.py), on short pages written for these tests: after a page announces its
readers' accounts, a first-person paragraph is a reader's, never the article's statement (reader Audit 46 #1).

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import RawDocument
from newsbrief.nlp.speaker_runs import READER
from newsbrief.pipeline import ExtractiveEngine, annotate_raw
from newsbrief.settings import Settings

STORIES = """Flood: your stories of the search for family

Troops have reached the worst-hit villages in the river valley, where thousands are still missing.

Readers have been telling us about their search for relatives.

Samir Haddad, Manchester

My colleague Karim has been trying to reach his family in the valley since Sunday. Last night he finally heard from his uncle. It must be a miracle because although the houses around them collapsed, all nine of his relatives are alive and unhurt.

Elena Ruiz, Madrid

I volunteer at the field hospital in the valley. We are treating more than two hundred people a day, and we are running out of antibiotics.

Aid agencies say more than 20,000 people are still without shelter in the valley.

Peter Olsen, Oslo

My sister is still missing. We have posted her photo on a website set up by the Red Cross for missing people.
"""

COLUMN = """Why I gave up my car

I sold my car last spring, and I have not missed it for a single day.

The bus to the city centre takes twenty minutes, and it runs every ten minutes until midnight.

My neighbours thought I had lost my mind. Now two of them have sold their cars too.

Readers often write to ask whether the savings are real. They are: I spend a third of what I used to.
"""


@pytest.mark.slow
@pytest.mark.parametrize("piece", ["t must be a miracle", "e have posted her photo", "e are treating"])
def test_a_readers_account_is_never_the_articles_statement(piece: str) -> None:
    """A reader's first-person account is shown with its reader, or not at all."""
    doc = annotate_raw(RawDocument(STORIES.encode(), content_type="text/plain"), Settings())
    brief = ExtractiveEngine(Settings()).brief(doc)
    for section in brief.sections:
        for item in section.items:
            # shown with its reader: a bracketed source ("[According to a reader, ...]", or the teller's "[NAME:]"
            # once the page's name lines survive ingest), or a Who says what row, whose speaker stands beside it
            named = item.text.startswith("[") and ("According to" in item.text[:40] or ":]" in item.text[:60])
            row = section.name == "positions" and bool(getattr(item.payload, "speaker", None))
            assert piece not in item.text or named or row, (section.name, item.text)


@pytest.mark.slow
def test_the_pages_own_lines_stay_its_own() -> None:
    """The page's framing and a third-person paragraph between the accounts keep the writer's voice."""
    doc = annotate_raw(RawDocument(STORIES.encode(), content_type="text/plain"), Settings())
    ctx = build_context(doc)
    own = [s for s in doc.sentences if s.text.startswith(("Troops have", "Readers have", "Aid agencies"))]
    assert len(own) == 3
    assert all(ctx.voice_of(s.index).speaker != READER for s in own)


@pytest.mark.slow
def test_a_column_in_the_first_person_is_the_writers() -> None:
    """Near miss: a column that mentions its readers late is no readers' page; its 'I' is the writer's."""
    doc = annotate_raw(RawDocument(COLUMN.encode(), content_type="text/plain"), Settings())
    ctx = build_context(doc)
    assert all(ctx.voice_of(s.index).speaker != READER for s in doc.sentences)
