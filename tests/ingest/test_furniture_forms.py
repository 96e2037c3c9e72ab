"""A reader-submission form and a related-story teaser at a page's foot are cut (Audit 50, issue #11: a BBC page's
comment form became the Outlook and the Conclusion; a correspondent's link line became the Conclusion and its
author an Actor). Invented articles, run through the real reader (from_text and the furniture filter); lines of
the same shape that are the article's own stay.
"""

from __future__ import annotations

from newsbrief.ingest.extract import from_text, without_furniture
from newsbrief.settings import Settings

BODY = [
    "Floods closed three schools in the valley on Monday after the river rose two metres overnight.",
    "The county council said pupils would be taught in the town hall until the buildings had dried out.",
    "Farmers downstream moved their sheep to higher ground, and a road bridge was shut for inspection.",
    "Forecasters expect more rain on Thursday, though less than fell over the weekend.",
]


def _kept(paragraphs: list[str]) -> list[str]:
    settings = Settings()
    article = without_furniture(from_text("\n\n".join(paragraphs), settings), settings)
    return article.text.split("\n\n")


FORM = [
    "Do you live in the valley?",
    "Has your home or business been flooded?",
    "Send us your comments and pictures using the form below.",
    "A selection of your comments may be published, displaying your name and location unless you state otherwise.",
    "The Daily Courier may edit your comments and not all emails will be published.",
    "Your comments may be published on any Courier media worldwide.",
]


def test_comment_form_at_the_foot_is_cut_with_its_questions() -> None:
    kept = _kept([*BODY, *FORM])
    assert kept == BODY


def test_glued_question_line_keeps_its_content() -> None:
    # A fact line with the form's first question run onto it is content: the fact is kept (with the stop it lost),
    # the reader question glued onto it goes (session 34, ingest/reader_lines), and the rest of the form still goes.
    glued = "Two roads near the ford remain closed Are you near the ford?"
    kept = _kept([*BODY, glued, *FORM[2:]])
    assert kept == [*BODY, "Two roads near the ford remain closed."]


def test_question_to_readers_without_a_form_stays() -> None:
    question = "Do you know what your town's flood plan says about the schools that stand near the river?"
    kept = _kept([*BODY[:2], question, *BODY[2:]])
    assert question in kept


def test_reported_notice_about_photos_stays() -> None:
    line = "The regulator warned users that their photos may be shared with advertisers."
    kept = _kept([*BODY, line])
    assert kept[-1] == line


TEASER = "Hopes for a deal on the dam remain alive, despite a row over who pays for the repairs, says Anna Kowalska."


def test_related_story_teaser_at_the_foot_is_cut() -> None:
    kept = _kept([*BODY, TEASER])
    assert kept == BODY


def test_closing_paraphrase_of_a_named_source_stays() -> None:
    # The article's own source, named again with a title, or quoted, closes the piece: content.
    titled = "The valley will need a new flood wall within ten years, says Prof Kowalska."
    quoted = "\"The valley will need a new flood wall,\" says Anna Kowalska."
    assert _kept([*BODY, titled])[-1] == titled
    assert _kept([*BODY, quoted])[-1] == quoted


def test_closing_paraphrase_of_a_source_the_article_introduced_stays() -> None:
    # The article named her before: its last paragraph credits its own source by full name, no teaser.
    introduced = "Anna Kowalska, a hydrologist at the county council, said the river had risen faster than in 2007."
    closing = "The valley will need a new flood wall within ten years, says Anna Kowalska."
    assert _kept([*BODY, introduced, closing])[-1] == closing
