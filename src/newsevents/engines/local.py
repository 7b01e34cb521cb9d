"""The local engine: read inputs, run the pipeline (on all cores), write each article in its own transaction.

Resumable by construction: inputs whose identity (a hash of their content, :mod:`..ingest.identity`)
the ingest log marks done are skipped before any parsing, so new content under an old name is
processed and the same content under two names is processed once; each article is committed
atomically, and a failed input is logged and passed over, so an interrupted run re-run with the
same arguments ends with every article stored exactly once.

With ``workers > 1`` the pipeline runs in a standard-library process pool. Each worker loads the
spaCy model once, in the pool's initializer (a model is never pickled); workers return plain
dataclasses (ArticleResult, never spaCy Docs); the parent is the only writer into the database,
and it writes results in input order, so the database is the same whatever the number of workers.
After each stored article the across-article aggregates (stories, merged events) are brought up
to date.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .. import aggregate
from ..errors import NewsEventsError, StoreError
from ..ingest import IngestOptions, iter_inputs
from ..ingest.identity import input_key
from ..model import ArticleResult, RawDocument
from ..pipeline import PipelineConfig, process, process_many, warm_up
from ..store import Store

LOGGER = logging.getLogger(__name__)
Outcome = ArticleResult | NewsEventsError
#: inputs per worker task, parsed together by ``nlp.pipe``; the task overhead is then negligible.
BATCH_SIZE = 8
#: batches in flight per worker: enough to keep every worker busy, few enough to bound memory.
INFLIGHT_PER_WORKER = 2


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


def default_workers() -> int:
    """All cores this process may use (the CLI's default for ``--workers``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_safely(raw: RawDocument, config: PipelineConfig) -> ArticleResult | NewsEventsError:
    """:func:`process` that turns any failure into an error value, so one bad article never stops a batch."""
    try:
        return process(raw, config)
    except NewsEventsError as err:
        err.source = err.source or raw.source
        return err
    except Exception as err:  # a bug in one stage must not stop the batch; it is logged with its trace
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
    workers: int = 1,
) -> IngestSummary:
    """Ingest every input named by ``specs`` into ``store``.

    Args:
        specs: paths, directories, URLs or ``-``.
        progress: called with ``(source, status)`` after each input (the CLI's progress bar).
        workers: processes that run the pipeline; 1 runs it in this process.
    """
    config = config or PipelineConfig()
    summary = IngestSummary()
    done = store.done_keys()
    for item, outcome in run_items(iter_inputs(specs, options), config, done, workers):
        status = _record(item, outcome, store, done, summary)
        if progress:
            progress(getattr(item, "source", None) or "?", status)
    _aggregate(store, summary)
    return summary


def _aggregate(store: Store, summary: IngestSummary) -> None:
    """Bring stories and merged events up to date; a locked database is one error line, caught up next run."""
    try:
        aggregate.update(store)
    except StoreError as err:
        LOGGER.warning("%s", err)
        summary.errors.append(str(err))


def run_items(items: Iterable[RawDocument | NewsEventsError], config: PipelineConfig, done: set[str],
              workers: int = 1) -> Iterator[tuple[RawDocument | NewsEventsError, Outcome | None]]:
    """``(item, outcome)`` for every input, in input order; outcome None for an input already done.

    A reading error is its own outcome. Inputs whose identity (:func:`input_key`, kept in the
    item's ``metadata["input_key"]``) is in ``done``, or was already seen in this run, are not processed.
    """
    seen: set[str] = set()

    def todo(item: RawDocument | NewsEventsError) -> bool:
        if isinstance(item, NewsEventsError):
            return False
        key = item.metadata.setdefault("input_key", input_key(item))
        fresh = key not in done and key not in seen
        seen.add(key)
        return fresh

    if workers <= 1:
        warm_up(config)
        for item in items:
            yield item, (process_safely(item, config) if todo(item) else
                         item if isinstance(item, NewsEventsError) else None)
        return
    yield from _run_pool(items, config, todo, workers)


class _Batch:
    """Inputs that one worker task processes together (one ``nlp.pipe``), and the task once submitted."""

    def __init__(self) -> None:
        self.raws: list[RawDocument] = []
        self.future: Future[list[Outcome]] | None = None


def _run_pool(items: Iterable[RawDocument | NewsEventsError], config: PipelineConfig,
              todo: Callable[[RawDocument | NewsEventsError], bool], workers: int,
              ) -> Iterator[tuple[RawDocument | NewsEventsError, Outcome | None]]:
    # spawn, not fork: the parent may run threads (progress bar) and hold an open database.
    # The pool starts with the first input to process, so a re-run with everything done costs nothing.
    # Inputs go to the workers in batches of BATCH_SIZE (parsed together); results come back in input order.
    window: deque[tuple[RawDocument | NewsEventsError, _Batch | None, int]] = deque()
    pool: ProcessPoolExecutor | None = None
    batch = _Batch()

    def submit() -> None:
        nonlocal pool, batch
        if batch.raws:
            pool = pool or ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                               initializer=_init_worker, initargs=(config,))
            batch.future = pool.submit(_work, batch.raws)
            batch = _Batch()

    try:
        for item in items:
            if todo(item):
                assert isinstance(item, RawDocument)
                window.append((item, batch, len(batch.raws)))
                batch.raws.append(item)
                if len(batch.raws) >= BATCH_SIZE:
                    submit()
            else:
                window.append((item, None, 0))
            while len(window) > workers * INFLIGHT_PER_WORKER * BATCH_SIZE or (window and window[0][1] is None):
                if window[0][1] is batch:
                    submit()
                yield _settle(*window.popleft())
        submit()
        while window:
            yield _settle(*window.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _settle(item: RawDocument | NewsEventsError, batch: _Batch | None, position: int,
            ) -> tuple[RawDocument | NewsEventsError, Outcome | None]:
    if batch is None or batch.future is None:
        return item, item if isinstance(item, NewsEventsError) else None
    try:
        return item, batch.future.result()[position]
    except BrokenProcessPool as err:
        raise NewsEventsError("a worker process died (out of memory?); re-run the same command to resume",
                              source=getattr(item, "source", None)) from err


_WORKER_CONFIG: PipelineConfig | None = None


def _init_worker(config: PipelineConfig) -> None:
    """Pool initializer: keep the config, load the spaCy model once, and warm every stage's caches."""
    global _WORKER_CONFIG
    _WORKER_CONFIG = config
    warm_up(config)


def _work(raws: list[RawDocument]) -> list[Outcome]:
    """One batch in a worker, with the configuration its initializer received."""
    return process_batch(raws, _WORKER_CONFIG or PipelineConfig())


def process_batch(raws: list[RawDocument], config: PipelineConfig) -> list[Outcome]:
    """A batch parsed together; if anything unexpected fails, again one by one to isolate it."""
    try:
        return process_many(raws, config, BATCH_SIZE)
    except Exception:  # noqa: BLE001 - a bug on one article must not cost the batch: process_safely logs it
        return [process_safely(raw, config) for raw in raws]


def _record(item: RawDocument | NewsEventsError, outcome: Outcome | None, store: Store, done: set[str],
            summary: IngestSummary) -> str:
    if outcome is None:
        summary.skipped += 1
        return "skipped"
    if isinstance(outcome, NewsEventsError):
        return _record_error(outcome, store, summary)
    source = item.source if isinstance(item, RawDocument) else outcome.article.source
    key = item.metadata.get("input_key") if isinstance(item, RawDocument) else None
    return store_result(outcome, source, store, done, summary, key)


def store_result(result: ArticleResult, source: str, store: Store, done: set[str], summary: IngestSummary,
                 key: str | None = None) -> str:
    """Write one article, mark it done (by ``key``, else by source), count it, and aggregate it.

    A write that fails (a locked database, a full disk) is one error for this input; the batch goes on.
    """
    try:
        status = store.write_result(result, source, key)
    except StoreError as err:
        return _record_error(err, store, summary)
    done.add(key or source)
    if status == "stored":
        summary.stored += 1
        _aggregate(store, summary)
    else:
        summary.duplicates += 1
    return status


def _record_error(error: NewsEventsError, store: Store, summary: IngestSummary) -> str:
    LOGGER.warning("%s", error)
    summary.errors.append(str(error))
    try:
        store.log_error(error)
    except StoreError as err:  # the database itself is failing: the error still reaches the summary
        LOGGER.warning("%s", err)
    return "error"
