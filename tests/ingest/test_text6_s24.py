"""Ingest cases of reader Audits 38-39 (session 24). The texts are written for these tests.

- a round-up's closing disclaimer in the plural ("The opinions expressed in these commentaries are solely those of the
  writers.") is furniture, as the singular one is (Audit 39 #7: it became the Conclusion);
- a blog's quoted line set out under a lead-in ending in a colon, opening on an ellipsis and with no stop ("… that the
  rebels in the port have caught the fever") is content (Audit 38 B819: it was dropped as a teaser);
- a round-up's highlights, one "Name Name: teaser" per writer run together with no stop, are broken into lines at each
  name, the names kept (Audit 39 #7).
Near misses: a sentence about opinions; a single "Name: sentence." label; a paragraph with a real stop.
"""

from __future__ import annotations

from newsbrief.ingest.furniture import drop_furniture, furniture_kind
from newsbrief.ingest.glued_runs import split_speaker_highlights
from newsbrief.ingest.repair import without_inline_furniture


def test_plural_commentary_disclaimer_is_furniture() -> None:
    assert furniture_kind("The opinions expressed in these commentaries are solely those of the writers.") == "legal"
    assert furniture_kind("The views expressed in these columns are those of the authors.") == "legal"


def test_a_sentence_about_opinions_is_content() -> None:
    assert furniture_kind("The opinions expressed in these letters surprised the council, its leader said.") is None


_BLOG = [
    "Armies on the move have always carried disease with them, and the valley may be next. There are rumours:",
    "… that the rebels holding the port of Serra have caught the fever",
    "Health officials said they had not confirmed any cases but had offered to send doctors to the port.",
]


def test_an_ellipsis_quote_under_a_lead_in_is_content() -> None:
    assert drop_furniture(_BLOG) == _BLOG


_RUN = ('Ann Kerrow: "The end of fear in the streets of the south" Tomas Reyes: "A new cabinet changes little," '
        'not so important H. Lund Varga: People want "to be citizens, not subjects" Mara Osei: If change comes, "faith '
        'will shape it"')


def test_speaker_highlights_are_split_at_each_name() -> None:
    lines = split_speaker_highlights(_RUN).split("\n")
    assert [line.split(":")[0] for line in lines] == ["Ann Kerrow", "Tomas Reyes", "H. Lund Varga", "Mara Osei"]


def test_speaker_highlights_keep_their_names_through_ingest() -> None:
    from newsbrief.ingest.furniture_notes import without_section_labels

    kept = without_section_labels([without_inline_furniture(_RUN), "Crowds gathered in the capital on Monday."])
    assert "Ann Kerrow:" in kept[0] and "Mara Osei:" in kept[0]


def test_a_single_label_or_a_stopped_paragraph_is_left_alone() -> None:
    single = "Jane Roe: The council will vote on the plan next week"
    stopped = "Ann Kerrow: The streets are calm. Tomas Reyes: A new cabinet changes little"
    assert split_speaker_highlights(single) == single
    assert split_speaker_highlights(stopped) == stopped
