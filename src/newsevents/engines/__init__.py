"""Engines run the pipeline over many inputs: the local process pool (default) and Dask (optional extra).

Every engine ends in the same single writer (:meth:`Store.write_result`, one transaction per
article, inputs in order), so every engine gives the same database for the same inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import Errors, NewsEventsError
from ..ingest import IngestOptions
from ..pipeline import PipelineConfig
from ..store import Store
from .local import IngestSummary, default_workers, ingest

ENGINES = ("local", "dask")
__all__ = ["ENGINES", "IngestSummary", "default_workers", "ingest", "run_ingest"]


def run_ingest(specs: Sequence[str], store: Store, config: PipelineConfig | None = None,
               options: IngestOptions | None = None, *, engine: str = "local", workers: int | None = None,
               scheduler: str | None = None, shard_size: int | None = None,
               progress: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Ingest ``specs`` into ``store`` with the named engine (what ``newsevents ingest`` calls).

    Args:
        engine: ``local`` (a process pool of ``workers``) or ``dask`` (shards on a Dask cluster).
        workers: processes (default: all cores); for Dask, the LocalCluster's size without ``scheduler``.
        scheduler: a Dask scheduler address (``--engine dask`` only).
    """
    workers = workers or default_workers()
    if engine == "local":
        if scheduler:
            raise NewsEventsError(Errors.E001, source=scheduler)
        return ingest(specs, store, config, options, progress=progress, workers=workers)
    if engine == "dask":
        from .dask import DEFAULT_SHARD_SIZE, run_dask

        return run_dask(specs, store, config, options, scheduler=scheduler, workers=workers,
                        shard_size=shard_size or DEFAULT_SHARD_SIZE, progress=progress)
    raise NewsEventsError(Errors.E002.format(engine=engine, choices=", ".join(ENGINES)))
