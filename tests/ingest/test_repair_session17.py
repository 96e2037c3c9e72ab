"""Invisible hyphenation and archive notes, session 17 (the lead's reading of an unseen Newsroom archive article).

1. A soft hyphen (U+00AD) left from a page's hyphenation ("Mont\\u00adgomery", "18th-cen\\u00adtury") split a
   name the reader sees as one ("H. Mont-gomery Hyde" as an actor) and hid words from every rule that matches
   them; it carries no meaning, so it is removed (with the zero-width space and the word joiner) before anything
   reads the text. Near miss: a real hyphen stays.
2. A newspaper archive's note at a scanned article's end ("This article can be viewed in its original form.
   Please send questions and feedback to ...") became the brief's conclusion, repaired to "[The] article can be
   viewed ...". It is furniture, cut with its short tail like a print-edition note. Near miss: a sentence about
   a document's "original form" in the middle of a story stays.

The articles are written for these tests; the first score (unchanged code) is in the commit that added them.
"""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument
from newsbrief.settings import Settings

LEAD = ("LONDON, Jan. 27 - A 200-year-old novel was defended against charges of obscenity today by two "
        "authors and a critic, who said it offered insights into English life.")
MIDDLE = ("Mr. Hyde said the book was erotic but not obscene, and that it should be freely available to any "
          "reader who wanted it.")


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


def _soft_hyphen_removed() -> bool:
    lead = LEAD.replace("novel", "nov\u00adel")
    text = _extract(f"{lead}\n\nH. Mont\u00adgomery Hyde took the stand. {MIDDLE}\n").text
    return "\u00ad" not in text and "Montgomery Hyde" in text and "novel" in text


def _zero_width_removed() -> bool:
    text = _extract(f"{LEAD}\n\nThe court\u200b heard from Mr. Hyde\u2060 first. {MIDDLE}\n").text
    return "\u200b" not in text and "\u2060" not in text and "The court heard from Mr. Hyde first." in text


def _real_hyphen_kept() -> bool:
    return "200-year-old" in _extract(f"{LEAD}\n\n{MIDDLE}\n").text


NOTE = ("This article can be viewed in its original form. Please send questions and feedback to "
        "archive_feedback@example.com")


def _archive_note_removed() -> bool:
    text = _extract(f"{LEAD}\n\n{MIDDLE} {NOTE}\n").text
    return "original form" not in text and "archive_feedback" not in text and MIDDLE in text


def _archive_line_removed() -> bool:
    text = _extract(f"{LEAD}\n\n{MIDDLE}\n\n{NOTE}\n").text
    return "original form" not in text and MIDDLE in text


def _story_sentence_kept() -> bool:
    story = ("The museum said the letter can be viewed in its original form at the library until March, when "
             "it will return to the family that lent it.")
    return story in _extract(f"{LEAD}\n\n{story} {MIDDLE}\n").text


CASES = [_soft_hyphen_removed, _zero_width_removed, _real_hyphen_kept, _archive_note_removed, _archive_line_removed,
         _story_sentence_kept]


def test_a_soft_hyphen_is_removed() -> None:
    assert _soft_hyphen_removed()


def test_zero_width_characters_are_removed() -> None:
    assert _zero_width_removed()


def test_a_real_hyphen_stays() -> None:
    assert _real_hyphen_kept()


def test_an_archive_note_at_a_paragraphs_end_is_removed() -> None:
    assert _archive_note_removed()


def test_an_archive_note_line_is_removed() -> None:
    assert _archive_line_removed()


def test_original_form_inside_a_story_stays() -> None:
    assert _story_sentence_kept()


if __name__ == "__main__":
    print(sum(case() for case in CASES), "/", len(CASES))


def test_a_soft_hyphen_entity_in_html_is_removed_from_text_and_title() -> None:
    body = ("<p>A 200-year-old novel was defended against charges of obscenity today by two authors and a critic, "
            "who said it offered insights into English life.</p><p>H. Mont&shy;gomery Hyde took the stand and said "
            "the book was erotic but not obscene, and that it should be freely available.</p>")
    html = f"<html><head><title>Trial of a nov&shy;el</title></head><body><article>{body}</article></body></html>"
    article = extract(RawDocument(html.encode(), content_type="text/html"), Settings())
    assert article.source.title == "Trial of a novel"
    assert "Montgomery Hyde" in article.text
