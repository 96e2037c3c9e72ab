"""Errors that name the real problem (issue 16): encodings, other languages, quote marks, size limits."""

from __future__ import annotations

import codecs

import pytest

from newsbrief.budget import InputTooLargeError, check_paragraph_sizes, check_text_budget
from newsbrief.errors import BinaryInputError, UnsupportedLanguageError
from newsbrief.ingest.extract import english_share, extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings
from tests.hostile.cases import ARABIC, DIALOGUE, ENGLISH

SETTINGS = Settings()


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_encodings_are_read(codec: str) -> None:
    article = extract(RawDocument(ENGLISH.encode(codec), filename="a.txt"), SETTINGS)
    assert article.source.title == "Harbour board weighs sea wall"
    assert article.text.startswith("The harbour board met on day 0")


def test_utf16_html_is_read_as_html() -> None:
    page = ("<html><head><title>Harbour board weighs sea wall</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n")[1:]) + "</article></body></html>")
    article = extract(RawDocument(page.encode("utf-16"), content_type="text/html; charset=utf-16"), SETTINGS)
    assert "harbour board met" in article.text


def test_a_broken_bom_text_names_the_encoding() -> None:
    with pytest.raises(BinaryInputError, match="starts like UTF-32 text but is not valid UTF-32"):
        extract(RawDocument(codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff" * 40), SETTINGS)


@pytest.mark.parametrize(("text", "language"), [
    (ARABIC, "Arabic"),
    ("Заголовок\n\n" + "Совет гавани обсудил план строительства новой дамбы. " * 20, "Russian"),
    ("标题\n\n" + "港口委员会周二开会讨论修建新海堤的计划。" * 20, "Chinese"),
    ("Titre\n\n" + "Le conseil du port a discuté mardi du projet de nouvelle digue. " * 10,
     "another language written in Latin letters"),
])
def test_other_languages_are_named(text: str, language: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=rf"only English is supported for now \(this looks like {language}"):
        extract(RawDocument(text.encode(), filename="a.txt"), SETTINGS)


def test_quote_marks_inside_words_do_not_make_english_foreign() -> None:
    assert english_share(DIALOGUE) > 0.4
    typeset = DIALOGUE.replace("'", "\u2019")
    assert english_share(typeset) > 0.4
    extract(RawDocument(DIALOGUE.encode(), filename="a.txt"), SETTINGS)  # no error


def test_limits_name_the_size_and_the_setting() -> None:
    with pytest.raises(InputTooLargeError, match=r"has 5 words, more than the 4 .* \(setting max_words\)"):
        check_text_budget("one two three four five", 4, 0)
    with pytest.raises(InputTooLargeError, match="paragraph 2 of the article has 6 characters"):
        check_paragraph_sizes(["short", "longer"], 5)
    check_text_budget("word " * 10_000, 0, 0)  # 0 turns the limits off
    limited = Settings(max_words=100)
    with pytest.raises(InputTooLargeError, match="setting max_words"):
        extract(RawDocument(ENGLISH.encode(), filename="a.txt"), limited)
