"""A quoted title is not a quotation: it names no speaker and says nothing."""

from __future__ import annotations

from newsbrief.analyze.quotes import _is_statement


def test_titles_in_quotes_are_not_statements() -> None:
    assert not _is_statement("Take Me Out to the Ball Game,")
    assert not _is_statement("Million Dollar Mermaid,")
    assert not _is_statement("The Lord of the Rings")


def test_spoken_words_stay_statements() -> None:
    assert _is_statement("We will rebuild the harbour wall by May,")
    assert _is_statement("It Was A Disaster.")  # a sentence ending: spoken, however capitalised
    assert _is_statement("I Never Said That,")
    assert _is_statement("the girl you will dream about!")
