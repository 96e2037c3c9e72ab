"""The one exception tree of newsbrief.

Every error the library raises is a :class:`NewsbriefError`. Each carries an
``exit_code`` that the CLI uses, and a message that says what was wrong and
what to do about it::

    NewsbriefError (exit 1)
    ├── InputError (exit 2)              bad usage or unusable input
    │   ├── EmptyInputError              nothing to read
    │   ├── BinaryInputError             bytes that are not text or HTML
    │   ├── UnsupportedLanguageError     not English
    │   └── TooShortError                too little text to brief
    ├── FetchError (exit 3)              a URL was refused or could not be fetched
    │   ├── URLRefusedError              scheme, host or address not allowed (SSRF guard)
    │   ├── TooManyRedirectsError
    │   ├── ResponseTooLargeError
    │   ├── ContentTypeError
    │   ├── FetchTimeoutError
    │   └── HTTPStatusError
    ├── ExtractionError (exit 4)         no article found in the page
    │   └── ExtractionTimeoutError
    ├── LLMError (exit 5)                the LLM endpoint failed
    │   ├── LLMUnavailableError          cannot connect to the endpoint
    │   ├── LLMAuthError                 the API key was refused
    │   ├── LLMModelNotFoundError        the server has no such model
    │   └── LLMTimeoutError              no answer in time
    ├── ConfigError (exit 2)             a setting has a bad value
    ├── WorkerDiedError                  the process briefing an article died (retryable)
    └── StoreError (exit 6)              the library database failed
        └── StoreBusyError               locked by another writer for too long (retryable)

``retryable`` says whether trying the same work again later may succeed (a
timeout, an unreachable endpoint, a server error, a busy database): a batch
runner retries those and records the rest as failed.
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class of every error newsbrief raises on purpose.

    ``retryable`` is the class default; pass ``retryable=`` to decide per error
    (an HTTP 503 is worth retrying, a 404 is not).
    """

    exit_code: int = 1
    retryable: bool = False

    def __init__(self, message: str = "", *, retryable: bool | None = None) -> None:
        super().__init__(message)
        if retryable is not None:
            self.retryable = retryable


class InputError(NewsbriefError):
    """The input cannot be briefed as given."""

    exit_code = 2


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class UnsupportedLanguageError(InputError):
    """The article is not in a supported language."""


class TooShortError(InputError):
    """The article is too short to brief."""


class ConfigError(NewsbriefError):
    """A setting has a value newsbrief cannot use."""

    exit_code = 2


class WorkerDiedError(NewsbriefError):
    """The worker process briefing an article died (killed by the system, or crashed in native code).

    Overruns it was stopped for are :class:`newsbrief.budget.BriefOverrunError`; this is a death
    nobody asked for, so trying again may succeed.
    """

    retryable = True


class FetchError(NewsbriefError):
    """A URL was refused or could not be fetched."""

    exit_code = 3


class URLRefusedError(FetchError):
    """The URL's scheme, host or resolved address is not allowed."""


class TooManyRedirectsError(FetchError):
    """The server redirected more often than allowed."""


class ResponseTooLargeError(FetchError):
    """The response body exceeded the size cap."""


class ContentTypeError(FetchError):
    """The response is not HTML, XHTML or plain text."""


class FetchTimeoutError(FetchError):
    """Connecting or reading took longer than allowed."""

    retryable = True


class HTTPStatusError(FetchError):
    """The server answered with an error status."""


class ExtractionError(NewsbriefError):
    """No article text could be found in the page."""

    exit_code = 4


class ExtractionTimeoutError(ExtractionError):
    """Extraction took longer than allowed."""


class LLMError(NewsbriefError):
    """The LLM endpoint failed or answered unusably."""

    exit_code = 5


class LLMUnavailableError(LLMError):
    """The endpoint cannot be reached."""

    retryable = True


class LLMAuthError(LLMError):
    """The endpoint refused the API key."""


class LLMModelNotFoundError(LLMError):
    """The endpoint does not serve the requested model."""


class LLMTimeoutError(LLMError):
    """The endpoint did not answer in time."""

    retryable = True


class StoreError(NewsbriefError):
    """The library database could not be opened, read or written."""

    exit_code = 6


class StoreBusyError(StoreError):
    """Another process held the database for longer than the busy timeout."""

    retryable = True
