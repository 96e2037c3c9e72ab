"""The work budget of one brief: input limits decided before any annotation.

Annotation and analysis cost grows with the text (spaCy's parser holds a whole
paragraph at once: a 1,000,000-character paragraph took 51 s and 3.5 GB, one
character more and spaCy refuses it with an error nothing caught), so a
hostile or mistaken input must be refused before the parser sees it, with a
message that says its size and the limit. The limits are settings
(``max_words``, ``max_paragraph_chars``, and ``max_html_elements`` for the
page before trafilatura reads it) read by the extractor; this module holds the
checks and the error so the ingest and NLP stages share them.

What the input limits cannot foresee (a text inside them that still takes
minutes, a page whose extraction eats memory) is bounded while it runs: each
brief runs in a worker process (``newsbrief.worker``) that is stopped past
``brief_timeout`` seconds or ``brief_memory_mb`` of memory. The errors it then
raises, :class:`BriefTimeoutError` and :class:`BriefMemoryError`, are made here
so their messages read like the limits above: the limit, how long the brief
ran, the article's size, and what to do.
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


class BriefOverrunError(InputTooLargeError):
    """A brief ran past its time or memory budget and its worker process was stopped (exit 2; HTTP 413).

    ``words`` is the article's size when it was known (the worker reports it once extracted).
    """

    words: int | None = None


class BriefTimeoutError(BriefOverrunError):
    """A brief took longer than ``brief_timeout`` seconds."""


class BriefMemoryError(BriefOverrunError):
    """A brief needed more memory than ``brief_memory_mb``."""


def _size(words: int | None, content_bytes: int) -> str:
    """The article's size for an overrun message: its words once extracted, else its raw size."""
    if words is not None:
        return f"it has {words:,} words"
    return f"its page has {content_bytes:,} bytes and its text was still being read"


def timeout_error(limit: float, ran: float, words: int | None, content_bytes: int) -> BriefTimeoutError:
    """The error of a brief stopped after ``ran`` seconds, past its ``limit``, with its size."""
    error = BriefTimeoutError(
        f"the article took longer than {limit:g} s to brief, so it was stopped after {ran:.1f} s; "
        f"{_size(words, content_bytes)}. Brief a part of it, or raise brief_timeout (setting) if it really "
        "is one article or the machine is busy"
    )
    error.words = words
    return error


def memory_error(limit_mb: int, ran: float, words: int | None, content_bytes: int) -> BriefMemoryError:
    """The error of a brief that needed more than ``limit_mb`` MB, stopped after ``ran`` seconds."""
    error = BriefMemoryError(
        f"briefing the article needed more than the {limit_mb:,} MB of memory a brief may use, so it was "
        f"stopped after {ran:.1f} s; {_size(words, content_bytes)}. Brief a part of it, or raise "
        "brief_memory_mb (setting) if it really is one article"
    )
    error.words = words
    return error
