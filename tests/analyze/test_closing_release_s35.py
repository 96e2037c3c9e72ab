"""Reader Audit 52 #11 (docs/audit.md 53.2, Conclusion): a rumour report closed on the film's release date ("... is
scheduled to be released in movie theaters on March 25, 2016."), a flat line the Timeline showed too, over the
paragraph before it that said where the rumour came from. A work's release date as the article's last line, in a
paragraph of its own, is passed over like a show's run (closing_lines._release_note). The articles are invented.
Near miss: a story about the release itself (a delay, said in its lead) keeps its last line as the close.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import without_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings
from tests.analyze.test_conclusion_session17 import Case, check_shown

RUMOUR = (
    "Posts on social media claim that a vintage spaceship prop was taken from the set of a science-fiction film in "
    "Glasgow overnight. Police said they had received no report of a theft.\n\n"
    "A local radio station said on Twitter that officers would look into the claims, but gave no details.\n\n"
    "Most fan sites trace the story to a single anonymous blog, which has not named its source.\n\n"
    "Starfall: The Long Night is scheduled to be released in cinemas on November 14, 2025.")
DELAY = (
    "The studio has delayed the release of its science-fiction film Starfall by six months after a fire damaged "
    "its special-effects workshop. The studio said the fire destroyed two months of work.\n\n"
    "Fans had expected the film in the spring, and some cinemas had already sold tickets.\n\n"
    "Starfall: The Long Night is scheduled to be released in cinemas on November 14, 2025.")

CASES = (
    Case("release_at_foot", RUMOUR, want=("single anonymous blog",), avoid=("scheduled to be released",)),
    Case("release_is_the_story", DELAY, want=("scheduled to be released",)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_release(case: Case) -> None:
    article = without_furniture(Article(text=case.text, source=Source(date="2025-06-04", url=case.url)), Settings())
    doc = annotate(article)
    found = analyze_in_context(doc, build_context(doc))
    check_shown(case, " ".join(c.item.text for c in found["conclusion"]))
