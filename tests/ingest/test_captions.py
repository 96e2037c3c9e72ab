"""Photo captions, credit lines and bylines glued into an article's text.

A saved page can carry its photo captions inside the text: a present-tense description of the
pictured scene ("X listens as Y ...", "X, left, and Y stand ..."), dated like a caption
("Tuesday March 3, 2026, in Harlan"), closed by a credit ("(Photo: Tom Roe/Staff)", "(AP Photo/...)"),
often repeated, and glued to the byline or to the start of a paragraph. Read as the article, they
became key points, gave a staff writer's title to a person and made caption fragments speakers
(the lead's reading of a Newsroom murder-verdict page, session 12).

The pages are written for these tests. Each removal case has content beside it that looks like a
caption: a present-tense sentence of a report, a quote with "listens", a dated quote, a sentence
about a photographer.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

LEAD = ("A Harlan County jury on Tuesday convicted Dale Morrow of second-degree murder in the 2024 "
        "shooting of a delivery driver outside a grocery store.")
BODY = ("The jury deliberated for three days after a trial that began in January. Prosecutor Ann Holt "
        "told jurors the shooting was deliberate. Defense attorney Piet Vos argued that Morrow had "
        "fired in panic and asked for a manslaughter verdict. Sentencing is set for April 20.")


def _text(settings: Settings, text: str) -> str:
    return extract(RawDocument(text.encode(), filename="page.txt"), settings).text


def _html(settings: Settings, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>Verdict</title></head><body><article>{body}</article></body></html>"
    return extract(RawDocument(page.encode(), content_type="text/html"), settings).text


# ---------------------------------------------------------------- captions and credits to remove

def test_a_caption_glued_between_the_byline_and_the_lead_goes(settings: Settings) -> None:
    text = ("Jury convicts driver's killer\n\n"
            "Jane Doe, Ledger Staff Writer Maria Lopez, 34, of Springfield, listens as the verdict is read "
            "in Harlan County Court, Tuesday March 3, 2026, in Harlan. (Photo: Tom Roe/Staff) "
            f"{LEAD}\n\n{BODY}\n")
    kept = _text(settings, text)
    assert kept.startswith("A Harlan County jury on Tuesday convicted")
    for gone in ("Staff Writer", "listens as", "Photo:", "Tom Roe"):
        assert gone not in kept


def test_a_caption_with_position_markers_and_a_wire_credit_goes(settings: Settings) -> None:
    caption = ("Prosecutor Ann Holt, left, and detective Sam Reed stand outside the courthouse, Tuesday, "
               "March 3, 2026. (AP Photo/Tom Roe)")
    kept = _text(settings, f"Verdict\n\n{LEAD}\n\n{caption}\n\n{BODY}\n")
    assert "stand outside the courthouse" not in kept and "AP Photo" not in kept
    assert "Sentencing is set for April 20." in kept


def test_a_caption_repeated_in_one_paragraph_goes(settings: Settings) -> None:
    caption = ("Relatives of the driver embrace after the verdict in Harlan, Tuesday March 3, 2026. "
               "(Tom Roe/The Ledger) ")
    kept = _text(settings, f"Verdict\n\n{caption}{caption}{LEAD} {BODY}\n")
    assert "embrace after the verdict" not in kept and "Tom Roe" not in kept
    assert kept.startswith("A Harlan County jury")


def test_a_credit_glued_after_a_caption_in_mid_paragraph_goes(settings: Settings) -> None:
    paragraph = (f"{LEAD} Dale Morrow, center, looks at his lawyer as the verdict is read on Tuesday. "
                 f"Staff photographer {BODY}")
    kept = _text(settings, f"Verdict\n\n{paragraph}\n")
    assert "looks at his lawyer" not in kept and "photographer" not in kept
    assert "The jury deliberated for three days" in kept


@pytest.mark.parametrize("credit", ["Staff photographer", "Getty Images", "File photo",
                                    "Photo: Tom Roe/Staff", "Tom Roe / The Ledger", "(Tom Roe/The Ledger)"])
def test_a_credit_line_alone_is_furniture(credit: str) -> None:
    assert furniture_kind(credit) is not None


def test_a_byline_with_a_staff_title_glued_to_the_lead_is_cut(settings: Settings) -> None:
    kept = _text(settings, f"Verdict\n\nBy Jane Doe Staff Writer {LEAD}\n\n{BODY}\n")
    assert kept.startswith("A Harlan County jury") and "Staff Writer" not in kept


def test_html_captions_and_credits_go(settings: Settings) -> None:
    kept = _html(settings, [
        LEAD,
        "Maria Lopez, right, reacts as the verdict is read in Harlan, Tuesday, March 3, 2026. "
        "(Photo: Tom Roe/Staff)",
        BODY,
        "Getty Images",
        "Dale Morrow sits in court during the trial, Monday, Jan. 12, 2026, in Harlan.",
        "The driver's family said they would speak after the sentencing.",
    ])
    assert "reacts as the verdict" not in kept and "Getty" not in kept and "sits in court" not in kept
    assert kept.startswith("A Harlan County jury") and kept.endswith("after the sentencing.")


def test_a_glued_stamp_and_dateline_split_a_caption_from_the_lead(settings: Settings) -> None:
    paragraph = ("Copy photo of Dale Morrow in his work uniform. Jury convicts driver's killer "
                 "2026-03-03 14:17:00 PST HARLAN -- " + LEAD + " " + BODY)
    kept = _text(settings, f"Verdict\n\n{paragraph}\n")
    assert "Copy photo" not in kept and "14:17:00" not in kept
    assert "A Harlan County jury on Tuesday convicted Dale Morrow" in kept


# ---------------------------------------------------------------- content that looks like a caption

KEPT = [
    # A present-tense sentence of a report.
    "The agency listens to complaints from residents and publishes a report each spring.",
    # A quote with "listens as".
    "\"She listens as we talk, and then she decides,\" her brother said.",
    # A dated quote.
    "\"Everyone stands when the judge walks in,\" Maria Lopez, a juror, said on Tuesday, March 3, 2026.",
    # A sentence about a photographer and a photo.
    "The photographer, Tom Roe, said the pictures were taken on Monday.",
    # A present-tense sentence with a weekday date.
    "Morrow stands by his account, his lawyer said in Harlan on Tuesday, March 3, 2026.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_content_that_looks_like_a_caption_stays(settings: Settings, sentence: str) -> None:
    kept = _text(settings, f"Verdict\n\n{LEAD} {sentence} {BODY}\n")
    assert sentence in kept
    assert furniture_kind(sentence) is None


def test_a_paragraph_opening_with_a_name_and_staff_title_in_a_sentence_stays(settings: Settings) -> None:
    sentence = "Jane Doe, a staff writer at the Ledger, covered the trial for three weeks."
    kept = _text(settings, f"Verdict\n\n{LEAD}\n\n{sentence} {BODY}\n")
    assert sentence in kept


def test_a_briefs_key_points_and_actors_carry_no_caption_or_staff_title(settings: Settings) -> None:
    # The shape the lead read: the byline, two captions with their credit, and the lead in one paragraph.
    caption = ("Maria Lopez, 34, of Springfield, listens as the verdict is read in Harlan County Court, Tuesday "
               "March 3, 2026, in Harlan. (Tom Roe/The Ledger) ")
    page = (f"Jury convicts driver's killer\n\nJane Doe, Ledger Staff Writer {caption}{caption}{LEAD} "
            f"{BODY}\n\n\"It was a no-win situation,\" Morrow's aunt, Rita Morrow, said outside the court.\n")
    brief = brief_source(RawDocument(page.encode(), filename="verdict.txt"), settings)
    points = brief.section("summary")
    assert points is not None and points.items
    assert points.items[0].text.startswith("A Harlan County jury")
    assert not any("listens as" in item.text or "Tom Roe" in item.text for item in points.items)
    actors = brief.section("actors")
    roles = [item.text for item in actors.items] if actors else []
    assert not any("Staff Writer" in role for role in roles)


def test_a_figure_caption_and_a_wire_credit_in_mid_paragraph_go(settings: Settings) -> None:
    page = (f"<html><head><title>Verdict</title></head><body><article><p>{LEAD}</p><figure><img src='a.jpg'>"
            "<figcaption>Maria Lopez, left, and her sister Ana embrace outside the court in Harlan. Photo: Tom "
            f"Roe/Staff</figcaption></figure><p>{BODY}</p><p>Dale Morrow listens as the verdict is read. (AP "
            "Photo/Tom Roe) The family declined to comment after the hearing, their lawyer said.</p>"
            "</article></body></html>")
    kept = extract(RawDocument(page.encode(), content_type="text/html"), settings).text
    assert "embrace" not in kept and "listens as" not in kept and "Photo" not in kept
    assert kept.endswith("The family declined to comment after the hearing, their lawyer said.")


@pytest.mark.parametrize("paragraph", [
    # A quote a credit follows keeps the quote; the credit goes.
    "\"We are relieved,\" Maria Lopez said. (Tom Roe/The Ledger)",
    # A source in brackets inside a sentence is no credit.
    "A poll (Reuters/Ipsos) found that 40 percent of residents backed the new court building.",
    "Support for the court building fell to 40 percent in March. (Reuters/Ipsos)",
])
def test_a_quote_or_a_sources_bracket_beside_a_credit_shape_stays(settings: Settings, paragraph: str) -> None:
    kept = _text(settings, f"Verdict\n\n{LEAD}\n\n{paragraph}\n\n{BODY}\n")
    first = paragraph.split(" (Tom Roe")[0]
    assert first in kept and "Tom Roe" not in kept
