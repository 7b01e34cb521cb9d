"""The local engine: read inputs, run the pipeline, write each article in its own transaction.

Resumable by construction: inputs whose source the ingest log marks done are skipped before any
parsing, each article is committed atomically, and a failed input is logged and passed over, so
an interrupted run re-run with the same arguments ends with every article stored exactly once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..errors import NewsEventsError
from ..ingest import IngestOptions, iter_inputs
from ..model import ArticleResult, RawDocument
from ..pipeline import PipelineConfig, process
from ..store import Store

LOGGER = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """What one ingest run did, input by input."""

    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.skipped + len(self.errors)


def process_safely(raw: RawDocument, config: PipelineConfig) -> ArticleResult | NewsEventsError:
    """:func:`process` that turns any failure into an error value, so one bad article never stops a batch."""
    try:
        return process(raw, config)
    except NewsEventsError as err:
        err.source = err.source or raw.source
        return err
    except Exception as err:  # noqa: BLE001 - a bug in one stage must not stop the batch; it is logged with its trace
        LOGGER.exception("unexpected failure on %s", raw.source)
        failure = NewsEventsError(f"internal error: {err.__class__.__name__}: {err}", source=raw.source)
        failure.code = "E999"
        return failure


def ingest(
    specs: Sequence[str],
    store: Store,
    config: PipelineConfig | None = None,
    options: IngestOptions | None = None,
    progress: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Ingest every input named by ``specs`` into ``store``.

    Args:
        specs: paths, directories, URLs or ``-``.
        progress: called with ``(source, status)`` after each input (the CLI's progress bar).
    """
    config = config or PipelineConfig()
    summary = IngestSummary()
    done = store.done_sources()
    for item in iter_inputs(specs, options):
        status = _ingest_one(item, store, config, done, summary)
        if progress:
            progress(getattr(item, "source", None) or "?", status)
    return summary


def _ingest_one(item: RawDocument | NewsEventsError, store: Store, config: PipelineConfig,
                done: set[str], summary: IngestSummary) -> str:
    if isinstance(item, NewsEventsError):
        return _record_error(item, store, summary)
    if item.source in done:
        summary.skipped += 1
        return "skipped"
    outcome = process_safely(item, config)
    if isinstance(outcome, NewsEventsError):
        return _record_error(outcome, store, summary)
    status = store.write_result(outcome, item.source)
    done.add(item.source)
    if status == "stored":
        summary.stored += 1
    else:
        summary.duplicates += 1
    return status


def _record_error(error: NewsEventsError, store: Store, summary: IngestSummary) -> str:
    LOGGER.warning("%s", error)
    store.log_error(error)
    summary.errors.append(str(error))
    return "error"
