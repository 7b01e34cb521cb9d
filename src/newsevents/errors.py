"""One exception tree for newsevents.

::

    NewsEventsError                 everything newsevents raises on purpose (code E000)
    ├── InputError                  an input that cannot be read: empty, binary, bad gzip/WARC/feed (E1xx)
    │   └── FetchError              a URL that cannot or may not be fetched (private address, timeout) (E15x)
    ├── ExtractionError             an input that was read but holds no article text (E2xx)
    ├── ModelError                  the spaCy pipeline named cannot be loaded (E3xx)
    ├── KnowledgeBaseError          a lexicon or actor file that is malformed (E4xx)
    ├── StoreError                  the database cannot be opened or written (E5xx)
    └── EvaluationError             a gold file that does not follow FORMAT.md (E6xx)

Every error carries the input it concerns (``source``) so a batch can record it and go on; the
CLI prints ``str(error)`` as its one-line message.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{self.code} {where}{self.message}"


class InputError(NewsEventsError):
    """An input that cannot be read as news: empty, binary, truncated, malformed."""

    code = "E100"


class FetchError(InputError):
    """A URL that cannot be fetched, or that newsevents refuses to fetch (private address)."""

    code = "E150"


class ExtractionError(NewsEventsError):
    """An input that was read but yields no article text."""

    code = "E200"


class ModelError(NewsEventsError):
    """The spaCy pipeline cannot be loaded."""

    code = "E300"


class KnowledgeBaseError(NewsEventsError):
    """A lexicon, ontology or actor file is malformed."""

    code = "E400"


class StoreError(NewsEventsError):
    """The embedded database cannot be opened, migrated or written."""

    code = "E500"


class EvaluationError(NewsEventsError):
    """A gold file does not follow the gold format."""

    code = "E600"
