"""A piece with no stop is joined to the next only when no line break lies between them (session 16: the gap is
now read from the tokens' whitespace instead of the paragraph's whole text)."""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate


def _sentences(text: str) -> list[str]:
    return [s.text for s in annotate(Article(text=text, source=Source())).sentences]


def test_a_line_break_ends_a_piece_without_a_stop() -> None:
    text = ("Rescue teams worked through the night\nThe mayor said the roads would reopen on Monday.\n"
            "Residents were told to stay indoors")
    assert _sentences(text) == ["Rescue teams worked through the night",
                                "The mayor said the roads would reopen on Monday.",
                                "Residents were told to stay indoors"]


def test_a_byline_line_stays_apart_from_the_sentence_after_it() -> None:
    text = "By the Wire Staff\nThe government has resigned."
    assert _sentences(text) == ["By the Wire Staff", "The government has resigned."]


def test_without_a_line_break_a_bracket_split_is_joined() -> None:
    text = "The court placed the prize winner (and opposition leader) Dr. Hart under house arrest on Friday."
    assert _sentences(text) == [text]
