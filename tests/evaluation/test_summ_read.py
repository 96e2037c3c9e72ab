"""``eval summ`` reads each row as a user's ``newsbrief brief`` run would: plain-text extraction first."""

from __future__ import annotations

from newsbrief.evaluation.summ import _as_read
from newsbrief.settings import Settings

# An invented tabloid-style row: a photo caption, run into the body with no full stop of its own
# label, sits between the lede and the second paragraph, as tokenized Daily Mail rows ship them.
CAPTIONED = (
    "A council in Kent has voted to close three public libraries next spring to save money. "
    "The plan drew 4,000 objections during a two-month consultation, officials said. "
    "Closing time: Readers queue outside the library in Ashford on Tuesday (pictured) "
    "The council said the buildings would be sold and the proceeds spent on a mobile library service. "
    "Campaigners said they would seek a judicial review of the decision."
)

# A clean wire row: nothing in it is furniture.
CLEAN = ("Rescue teams reached the stranded hikers on Sunday after a night on the ridge. "
          "All six were taken to hospital with mild hypothermia, a park ranger said.")


def test_a_glued_photo_caption_is_cut_before_any_system_reads_the_row() -> None:
    text = _as_read(CAPTIONED, "Libraries to close", Settings()).text
    assert "Closing time:" not in text and "(pictured)" not in text
    assert "The council said the buildings would be sold" in text
    assert text.startswith("A council in Kent has voted")


def test_a_clean_row_is_read_whole_and_keeps_the_row_title() -> None:
    article = _as_read(CLEAN, "Hikers rescued", Settings())
    assert article.text == CLEAN
    assert article.source.title == "Hikers rescued"


def test_a_row_the_cli_would_refuse_is_scored_as_stored() -> None:
    welsh = ("Mae'r cyngor wedi penderfynu cau tair llyfrgell y flwyddyn nesaf er mwyn arbed arian. "
             "Dywedodd y cynghorwyr fod y penderfyniad yn anodd iawn ond yn angenrheidiol i'r gymuned.")
    assert _as_read(welsh, None, Settings()).text == welsh
