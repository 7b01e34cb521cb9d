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
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field

from .. import aggregate
from ..errors import Errors, NewsEventsError, StoreError, Warnings
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


#: Seconds one document may spend in the pipeline (a soft deadline: the document is given up, the batch goes on).
DOCUMENT_SECONDS = 120.0


class DocumentTimeout(BaseException):
    """Raised inside the pipeline by the alarm of :func:`time_limit`.

    A BaseException, so that no stage's broad ``except Exception`` swallows the deadline.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this code after ``seconds`` (SIGALRM; a no-op off the main thread).

    Why a signal: a page that makes a parser run for minutes must cost its own document only, and
    the worker has no other thread to watch it. The alarm is cleared on exit, whatever happens.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_safely(raw: RawDocument, config: PipelineConfig,
                   seconds: float = DOCUMENT_SECONDS) -> ArticleResult | NewsEventsError:
    """:func:`process` that turns any failure into an error value, so one bad article never stops a batch.

    A document that takes longer than ``seconds`` is given up as one error line.
    """
    try:
        with time_limit(seconds):
            return process(raw, config)
    except DocumentTimeout:
        LOGGER.warning("%s", Warnings.W250.format(source=raw.source, seconds=seconds))
        return NewsEventsError(Errors.E250.format(seconds=seconds), source=raw.source)
    except NewsEventsError as err:
        err.source = err.source or raw.source
        return err
    except Exception as err:  # a bug in one stage must not stop the batch; it is logged with its trace
        LOGGER.exception("unexpected failure on %s", raw.source)
        return NewsEventsError(Errors.E999.format(kind=err.__class__.__name__, err=err), source=raw.source)


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
            if isinstance(item, NewsEventsError):
                yield item, item  # a reading error is its own outcome
            else:
                yield item, (process_safely(item, config) if todo(item) else None)
        return
    yield from _run_pool(items, config, todo, workers)


class _Batch:
    """Inputs that one worker task processes together (one ``nlp.pipe``), and the task once submitted."""

    def __init__(self) -> None:
        self.raws: list[RawDocument] = []
        self.future: Future[list[Outcome]] | None = None
        self.executor: ProcessPoolExecutor | None = None
        self.results: list[Outcome] | None = None


WorkFn = Callable[[list[RawDocument]], list[Outcome]]


class _Workers:
    """The process pool, replaced by a new one when a worker dies (killed, out of memory)."""

    def __init__(self, config: PipelineConfig, workers: int, work: WorkFn,
                 init: Callable[[PipelineConfig, int], None]) -> None:
        self.config, self.workers, self.work, self.init = config, workers, work, init
        self.executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self.executor is None:
            # spawn, not fork: the parent may run threads (progress bar) and hold an open database
            self.executor = ProcessPoolExecutor(max_workers=self.workers, initializer=self.init,
                                                initargs=(self.config, os.getpid()),
                                                mp_context=multiprocessing.get_context("spawn"))
        return self.executor

    def submit(self, batch: _Batch) -> None:
        for _ in range(2):
            executor = self._start()
            try:
                batch.future, batch.executor = executor.submit(self.work, batch.raws), executor
                return
            except BrokenProcessPool:  # it broke since the last result: a new pool takes the batch
                self.replace(executor)
        raise NewsEventsError(Errors.E003.format(workers=self.workers))

    def replace(self, broken: ProcessPoolExecutor | None) -> None:
        """Drop ``broken`` (if it is still the current pool); the next submit starts a new one."""
        if broken is not None and broken is self.executor:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def results(self, batch: _Batch) -> list[Outcome]:
        """The batch's outcomes; if a worker died, each input again alone, and the one that kills is an error."""
        if batch.results is None:
            assert batch.future is not None
            try:
                batch.results = batch.future.result()
            except BrokenProcessPool:
                LOGGER.warning("%s", Warnings.W251.format(inputs=len(batch.raws)))
                self.replace(batch.executor)
                batch.results = [self._alone(raw) for raw in batch.raws]
        return batch.results

    def _alone(self, raw: RawDocument) -> Outcome:
        """One input in its own task; two deaths in a row (the second time alone) make it the culprit."""
        for _ in range(2):
            single = _Batch()
            single.raws = [raw]
            self.submit(single)
            assert single.future is not None
            try:
                return single.future.result()[0]
            except BrokenProcessPool:
                self.replace(single.executor)
        return NewsEventsError(Errors.E251, source=raw.source)

    def shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _run_pool(items: Iterable[RawDocument | NewsEventsError], config: PipelineConfig,
              todo: Callable[[RawDocument | NewsEventsError], bool], workers: int, work: WorkFn | None = None,
              init: Callable[[PipelineConfig, int], None] | None = None,
              ) -> Iterator[tuple[RawDocument | NewsEventsError, Outcome | None]]:
    # The pool starts with the first input to process, so a re-run with everything done costs nothing.
    # Inputs go to the workers in batches of BATCH_SIZE (parsed together); results come back in input order.
    window: deque[tuple[RawDocument | NewsEventsError, _Batch | None, int]] = deque()
    pool = _Workers(config, workers, work or _work, init or _init_worker)
    batch = _Batch()

    def submit() -> None:
        nonlocal batch
        if batch.raws:
            pool.submit(batch)
            batch = _Batch()

    def settle(item: RawDocument | NewsEventsError, owner: _Batch | None, position: int,
               ) -> tuple[RawDocument | NewsEventsError, Outcome | None]:
        if owner is None or owner.future is None:
            return item, item if isinstance(item, NewsEventsError) else None
        return item, pool.results(owner)[position]

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
                yield settle(*window.popleft())
        submit()
        while window:
            yield settle(*window.popleft())
    finally:
        pool.shutdown()


_WORKER_CONFIG: PipelineConfig | None = None
#: How often a worker checks that the process that started it is still alive (seconds).
PARENT_CHECK_SECONDS = 1.0


def watch_parent(parent_pid: int, interval: float = PARENT_CHECK_SECONDS) -> None:
    """Exit this worker as soon as its parent is gone, so a killed ingest leaves no worker (and model) behind.

    A daemon thread polls the parent's pid: when the parent dies the worker is re-parented (its
    ``getppid`` changes) and leaves at once, without waiting for a task that will never come.
    """
    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent_pid:
                os._exit(3)

    threading.Thread(target=watch, name="newsevents-parent-watch", daemon=True).start()


def _init_worker(config: PipelineConfig, parent_pid: int) -> None:
    """Pool initializer: watch the parent, keep the config, load the spaCy model once, warm every stage's caches."""
    global _WORKER_CONFIG
    watch_parent(parent_pid)
    _WORKER_CONFIG = config
    warm_up(config)


def _work(raws: list[RawDocument]) -> list[Outcome]:
    """One batch in a worker, with the configuration its initializer received."""
    return process_batch(raws, _WORKER_CONFIG or PipelineConfig())


def process_batch(raws: list[RawDocument], config: PipelineConfig,
                  seconds: float = DOCUMENT_SECONDS) -> list[Outcome]:
    """A batch parsed together; if anything unexpected fails or it runs over time, one by one to isolate it.

    The batch has ``seconds`` per document in all; one by one, each document has ``seconds``.
    """
    try:
        with time_limit(seconds * len(raws)):
            return process_many(raws, config, BATCH_SIZE)
    except (Exception, DocumentTimeout):  # noqa: BLE001 - one article must not cost the batch: process_safely logs it
        return [process_safely(raw, config, seconds) for raw in raws]


def _record(item: RawDocument | NewsEventsError, outcome: Outcome | None, store: Store, done: set[str],
            summary: IngestSummary) -> str:
    if outcome is None:
        summary.skipped += 1
        return "skipped"
    if isinstance(outcome, NewsEventsError):
        return _record_error(outcome, store, summary)
    source = item.source if isinstance(item, RawDocument) else (outcome.article.source or "")
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
