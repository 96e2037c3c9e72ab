"""Reader Audit 42 (docs/audit.md 43.2), header rows: a commentary's writer named only in its editor's note ("Editor's
note: CNN Contributor NAME, a ..., is ...", #6) was no author, and a byline's correspondent title was lost when the
furniture filter lifted the byline. Texts written for these tests. Near misses: a note that names no writer, a
pseudonym, a byline with a place only, and a note over a non-commentator (an author, but no opinion label)."""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import without_furniture
from newsbrief.ingest.furniture_notes import genre_note
from newsbrief.models import Article, Source
from newsbrief.settings import Settings

_BODY = ("The ceasefire along the northern border has held for a week, and the hardest questions are now "
         "political ones.\n\n"
         "The first is whether the two armies will pull back from the river crossings they still hold.\n\n"
         "The second is who will pay to rebuild the towns shelled during the spring offensive.\n\n"
         "Neither question will be settled by the monitors now arriving in the region, however many there are.\n\n"
         "The opinions expressed in this commentary are solely those of the writer.")
_CONTRIBUTOR = ("Editor's note: Globe Contributor Marta Lindqvist, a senior fellow at the Halden Institute for "
                "Security Studies, is a retired colonel and former peacekeeping commander.\n\n")


def _author(text: str) -> str | None:
    return without_furniture(Article(text=text, source=Source()), Settings()).source.author


def test_an_editors_note_names_the_commentarys_writer() -> None:
    assert _author(_CONTRIBUTOR + _BODY) == "Marta Lindqvist"


def test_a_name_first_editors_note_names_the_writer() -> None:
    text = "Editor's note: Marta Lindqvist is a columnist for the Globe and a former diplomat.\n\n" + _BODY
    assert _author(text) == "Marta Lindqvist"


def test_a_contributors_note_marks_the_piece_opinion() -> None:
    body = _BODY.rsplit("\n\n", 1)[0]  # without the disclaimer, which marks it already
    assert genre_note((_CONTRIBUTOR + body).split("\n\n"), None) == "opinion"


def test_a_byline_keeps_the_correspondents_title() -> None:
    text = "By Jane Roe, Southern Africa correspondent, Lusaka\n\n" + _BODY.rsplit("\n\n", 1)[0]
    assert _author(text) == "Jane Roe, Southern Africa correspondent"


@pytest.mark.parametrize("note", [
    "Editor's note: This story has been updated to correct the name of a town.\n\n",
    "Editor's note: Omar Haddad is a pseudonym; the writer's name has been withheld for his safety.\n\n",
])
def test_near_miss_a_note_naming_no_writer_gives_no_author(note: str) -> None:
    assert _author(note + _BODY) is None


def test_near_miss_a_byline_with_a_place_only_keeps_the_name() -> None:
    text = "By Jane Roe, Lusaka\n\n" + _BODY.rsplit("\n\n", 1)[0]
    assert _author(text) == "Jane Roe"


def test_near_miss_a_note_over_a_non_commentator_is_no_opinion_label() -> None:
    note = ("Editor's note: Marta Lindqvist, a nurse at the Halden field hospital, is writing from the border this "
            "week.\n\n")
    body = _BODY.rsplit("\n\n", 1)[0]
    assert genre_note((note + body).split("\n\n"), None) == ""
