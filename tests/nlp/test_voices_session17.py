"""A carried source frame only where the voice is sure, in every section (session 17's design debt).

The attribution stage carries a report's voice onto the sentences after it ("The trains were delivered three
years late" after "A report by the audit office found ..."), and every section that shows a sentence alone opens
such a sentence with "[According to X, ...]". The writer's own background after a cited source ("The port city
was founded in 1850", "The group has carried out dozens of bombings since 2015") and the writer's own voice in a
one-paragraph column ("I have lived in the borough ...", then "The council should build more homes now") are not
the source's: no section may frame them. A real continuation (the report's next finding, a "He added that ...",
the middle of an open quotation) keeps its frame. The articles are invented for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Source
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

# A statement cited twice, then the writer's background in the same paragraph.
STATEMENT = ("The defence ministry said in a statement that an air strike killed two commanders of the rebel group "
             "on Friday. According to the statement, the men had planned attacks on hotels in the capital. "
             "The group has carried out dozens of bombings since 2015. "
             "The port city was founded in 1850 as a fishing village.")

# A one-paragraph column: a document's figures, then the writer speaking in the first person and arguing.
COLUMN = ("The council's figures show that 4,000 families are waiting for a home in the borough. "
          "The list has grown by a third since 2015. "
          "I have lived in the borough for twenty years and I have never seen it this bad. "
          "The council should build more homes now. "
          "It has the land and it has the money.")

# A report's findings told over its paragraph: the next finding keeps its frame.
REPORT = ("A report by the national audit office found that the rail operator wasted 2 billion pounds on new "
          "trains. The trains were delivered three years late and broke down twice a week.\n\n"
          "Ministers said they would read the report carefully.")

# An official quoted, then the writer's background in the next paragraph; a real continuation before it.
OFFICIAL = ("Police chief Dan Ortega said the force would hire 200 more officers next year. "
            "He added that the new officers would patrol the city's northern districts. "
            "\"We need people on the streets. The numbers have fallen for a decade and residents notice it,\" "
            "he said.\n\n"
            "The city was founded in 1850 as a river port and now has 1.2 million residents.")


def _items(text: str) -> list[str]:
    brief: Brief = brief_article(Article(text=text, source=Source()), Settings())
    return [item.text for section in brief.sections for item in section.items]


def _framed(items: list[str], words: str) -> list[str]:
    return [t for t in items if words in t and (t.startswith("[According to") or t.startswith("[the "))]


@pytest.mark.slow
def test_the_writers_background_after_a_cited_statement_is_not_framed() -> None:
    items = _items(STATEMENT)
    assert [t for t in items if "founded in 1850" in t]
    assert not _framed(items, "founded in 1850")
    assert not _framed(items, "dozens of bombings")


@pytest.mark.slow
def test_the_writers_own_voice_ends_a_documents_carried_voice_in_a_one_paragraph_column() -> None:
    items = _items(COLUMN)
    assert [t for t in items if "should build more homes" in t]
    assert not _framed(items, "should build more homes")
    assert not _framed(items, "has the land")


@pytest.mark.slow
def test_a_reports_next_finding_keeps_its_frame() -> None:
    items = [t for t in _items(REPORT) if "delivered three years late" in t]
    assert items
    assert all(t.startswith("[According to a report by the national audit office, t]he trains") for t in items)


@pytest.mark.slow
def test_an_officials_continuation_keeps_its_source_and_the_background_after_it_has_none() -> None:
    items = _items(OFFICIAL)
    added = [t for t in items if "would patrol the city's northern districts" in t]
    assert added and all("Ortega" in t for t in added)
    assert not [t for t in items if "founded in 1850" in t and t.startswith("[")]
