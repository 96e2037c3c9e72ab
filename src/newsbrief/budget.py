"""The work budget of one brief: input limits decided before any annotation.

Annotation and analysis cost grows with the text (spaCy's parser holds a whole
paragraph at once: a 1,000,000-character paragraph took 51 s and 3.5 GB, one
character more and spaCy refuses it with an error nothing caught), so a
hostile or mistaken input must be refused before the parser sees it, with a
message that says its size and the limit. The limits are settings
(``max_words``, ``max_paragraph_chars``, and ``max_html_elements`` for the
page before trafilatura reads it) read by the extractor; this module holds the
checks and the error so the ingest and NLP stages share them.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsbrief.errors import InputError


class InputTooLargeError(InputError):
    """The input is larger than one brief may handle (exit 2; HTTP 413)."""


def check_word_count(words: int, max_words: int) -> None:
    """Raise :class:`InputTooLargeError` when an article of ``words`` words is over ``max_words``."""
    if max_words and words > max_words:
        raise InputTooLargeError(
            f"the article has {words:,} words, more than the {max_words:,} newsbrief briefs at once "
            "(setting max_words); brief a part of it, or raise max_words if it really is one article"
        )


def check_element_count(elements: int, max_elements: int) -> None:
    """Raise :class:`InputTooLargeError` when a page has more than ``max_elements`` HTML elements."""
    if max_elements and elements > max_elements:
        raise InputTooLargeError(
            f"the page has {elements:,} HTML elements, more than the {max_elements:,} newsbrief reads "
            "(setting max_html_elements); save the article text to a .txt file and brief that"
        )


def check_paragraph_sizes(paragraphs: Iterable[str], max_chars: int, limit: str = "setting max_paragraph_chars",
                          remedy: str = "raise max_paragraph_chars") -> None:
    """Raise :class:`InputTooLargeError` naming the first paragraph longer than ``max_chars`` characters.

    ``limit`` says where the limit comes from and ``remedy`` what else may be done about it.
    """
    if not max_chars:
        return
    for number, paragraph in enumerate(paragraphs, 1):
        if len(paragraph) > max_chars:
            raise InputTooLargeError(
                f"paragraph {number} of the article has {len(paragraph):,} characters, more than the "
                f"{max_chars:,} allowed in one paragraph ({limit}); put blank lines between its "
                f"paragraphs, or {remedy}"
            )


def check_text_budget(text: str, max_words: int, max_paragraph_chars: int) -> None:
    """Both checks on an article body whose paragraphs are separated by blank lines."""
    check_word_count(len(text.split()), max_words)
    check_paragraph_sizes(text.split("\n\n"), max_paragraph_chars)
