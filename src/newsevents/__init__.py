"""newsevents: structured, traceable political event data from news articles.

The public API is what ``__all__`` lists (tests/test_exported_members.py keeps it sorted and complete):

- running the pipeline: :func:`process`, :func:`process_text`, :class:`PipelineConfig`;
- reading inputs and running batches: :func:`iter_inputs`, :class:`IngestOptions`, :func:`run_ingest`;
- the data model (:class:`ArticleResult` and its parts) and its JSON form (:func:`to_dict`, :func:`result_from_dict`);
- the database: :class:`Store`; evaluation against gold answers: :func:`evaluate_path`;
- the exception tree rooted at :class:`NewsEventsError`.

The model and the errors are imported at once (they import nothing heavy). Everything that leads to
spaCy is imported on first use (PEP 562), so ``import newsevents`` stays cheap for tools that only
read a database or the model.
"""

# No `from __future__ import annotations` here: it would add a public name `annotations` to the package.
import importlib as _importlib
import logging as _logging
import typing as _typing

from .errors import (
    EvaluationError,
    ExtractionError,
    FetchError,
    InputError,
    KnowledgeBaseError,
    ModelError,
    NewsEventsError,
    StoreError,
)
from .model import (
    Actor,
    Article,
    ArticleResult,
    Count,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    RawDocument,
    TimeExpression,
    content_id,
    result_from_dict,
    to_dict,
)

if _typing.TYPE_CHECKING:
    from .engines import IngestSummary, run_ingest
    from .evaluate import evaluate_path
    from .ingest import IngestOptions, iter_inputs
    from .pipeline import PipelineConfig, process, process_text
    from .store import Store

__version__ = "0.1.0"

# name -> submodule it is imported from on first use
_LAZY = {
    "IngestOptions": "ingest",
    "IngestSummary": "engines",
    "PipelineConfig": "pipeline",
    "Store": "store",
    "evaluate_path": "evaluate",
    "iter_inputs": "ingest",
    "process": "pipeline",
    "process_text": "pipeline",
    "run_ingest": "engines",
}

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Count",
    "Entity",
    "EvaluationError",
    "Event",
    "ExtractionError",
    "FetchError",
    "IngestOptions",
    "IngestSummary",
    "InputError",
    "KnowledgeBaseError",
    "Mention",
    "ModelError",
    "NewsEventsError",
    "PipelineConfig",
    "Place",
    "Quote",
    "RawDocument",
    "Store",
    "StoreError",
    "TimeExpression",
    "__version__",
    "content_id",
    "evaluate_path",
    "iter_inputs",
    "process",
    "process_text",
    "result_from_dict",
    "run_ingest",
    "to_dict",
]

_logging.getLogger(__name__).addHandler(_logging.NullHandler())


def __getattr__(name: str) -> object:
    """Import a lazily exported name from its submodule on first access, then keep it."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
