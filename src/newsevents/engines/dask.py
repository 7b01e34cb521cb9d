"""The Dask engine: the same shards as every engine, run on a Dask cluster (an optional extra).

``newsevents ingest --engine dask --scheduler tcp://host:8786`` splits the inputs into shards of
files, runs :func:`process_shard` on the cluster's workers (each worker process loads the spaCy
model once and keeps it), and loads the finished shards into the database from this process: one
writer, as with the local engine. Without ``--scheduler`` a LocalCluster with ``--workers``
processes is started. The shard directory must be on a filesystem the workers and this process
share. Install with ``pip install 'newsevents[dask]'``.

On SLURM or PBS, :func:`jobqueue_cluster` starts the workers as batch jobs through dask-jobqueue
(see docs/scale.md); :func:`jobqueue_script` shows the job script it would submit.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError, NewsEventsError
from ..ingest import IngestOptions
from ..pipeline import PipelineConfig
from ..store import Store
from .load import load_shards
from .local import IngestSummary
from .shard import process_shard, shard_done, shard_id_for

LOGGER = logging.getLogger(__name__)
DEFAULT_SHARD_SIZE = 500


def require_distributed() -> Any:
    """The ``dask.distributed`` module, or a NewsEventsError with the install hint."""
    try:
        import dask.distributed as distributed
    except ImportError as err:
        raise NewsEventsError(Errors.E004, source="dask") from err
    return distributed


def expand_specs(specs: Sequence[str], recursive: bool = True) -> list[str]:
    """Inputs as shardable units: a directory becomes its files (sorted, hidden ones skipped).

    The order is the order in which the local engine's readers walk the same specs, so shards
    replayed in order give the same database as a local ingest.
    """
    units: list[str] = []
    for spec in specs:
        if spec == "-":
            raise InputError(Errors.E131, source=spec)
        path = Path(spec).expanduser()
        if "://" not in spec and path.is_dir():
            for root, dirs, files in os.walk(path.resolve()):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
                units += [str(Path(root) / name) for name in sorted(files) if not name.startswith(".")]
        elif "://" not in spec and path.exists():
            units.append(str(path.resolve()))
        else:
            units.append(spec)
    return units


def plan_shards(specs: Sequence[str], config: PipelineConfig, options: IngestOptions | None = None,
                shard_size: int = DEFAULT_SHARD_SIZE, done: set[str] | None = None) -> list[tuple[str, list[str]]]:
    """``(shard_id, inputs)`` for every shard; inputs the database already holds are left out."""
    units = [u for u in expand_specs(specs, (options or IngestOptions()).recursive) if u not in (done or set())]
    chunks = [units[i:i + shard_size] for i in range(0, len(units), max(1, shard_size))]
    return [(shard_id_for(chunk, config, index), chunk) for index, chunk in enumerate(chunks)]


def run_dask(specs: Sequence[str], store: Store, config: PipelineConfig | None = None,
             options: IngestOptions | None = None, *, scheduler: str | None = None, workers: int = 1,
             shard_size: int = DEFAULT_SHARD_SIZE, output_dir: str | Path | None = None,
             progress: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Ingest ``specs`` into ``store`` by running shards on a Dask cluster, then loading them.

    Args:
        scheduler: address of a running scheduler (``tcp://host:8786``); None starts a LocalCluster.
        workers: worker processes of the LocalCluster (ignored with ``scheduler``).
        shard_size: input files per task (per-task overhead is ~2 ms, so hundreds is right).
        output_dir: the shard directory (default: ``<database>.shards`` beside the database).
    """
    distributed = require_distributed()
    config = config or PipelineConfig()
    out = Path(output_dir) if output_dir else store.path.with_name(store.path.name + ".shards")
    # no input is left out by its name: a file rewritten under an old name holds new content. Shard
    # ids carry each file's size and modification time, so unchanged shards are not redone, and
    # loading skips every input whose content identity the database already holds.
    shards = plan_shards(specs, config, options, shard_size)
    todo = [(sid, inputs) for sid, inputs in shards if not shard_done(out, sid)]
    LOGGER.info("%d shards (%d already done) in %s", len(shards), len(shards) - len(todo), out)
    if todo:
        with _client(distributed, scheduler, workers) as client:
            futures = [client.submit(process_shard, inputs, str(out), config, options=options, shard_id=sid,
                                     key=f"newsevents-shard-{sid}", pure=False) for sid, inputs in todo]
            for future in distributed.as_completed(futures):
                future.result()  # re-raises a task's failure here
                if progress:
                    progress(future.key, "shard")
    return load_shards(out, store, progress, shard_ids=[sid for sid, _ in shards])


def _client(distributed: Any, scheduler: str | None, workers: int) -> Any:
    if scheduler:
        return distributed.Client(scheduler)
    cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    return _ClosingClient(distributed.Client(cluster), cluster)


class _ClosingClient:
    """A client that also closes its LocalCluster when the ``with`` block ends."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def jobqueue_cluster(kind: str = "slurm", **resources: Any) -> Any:
    """A dask-jobqueue cluster (``slurm`` or ``pbs``) sized for newsevents: one thread per worker process.

    ``resources`` go to SLURMCluster/PBSCluster (``cores``, ``memory``, ``walltime``, ``queue``,
    ``account``, ...). Scale it with ``cluster.scale(jobs=N)`` and pass ``cluster.scheduler_address``
    as ``--scheduler``.
    """
    cls = _jobqueue_class(kind, job=False)
    resources.setdefault("processes", resources.get("cores", 1))  # one spaCy model per process, one thread each
    return cls(**resources)


def jobqueue_script(kind: str = "slurm", scheduler: str = "tcp://scheduler:8786", **resources: Any) -> str:
    """The batch script dask-jobqueue would submit for one job of workers (no scheduler is contacted)."""
    cls = _jobqueue_class(kind, job=True)
    resources.setdefault("processes", resources.get("cores", 1))
    script: str = cls(scheduler=scheduler, name="newsevents-worker", **resources).job_script()
    return script


def _jobqueue_class(kind: str, job: bool) -> Any:
    try:
        from dask_jobqueue.pbs import PBSCluster, PBSJob
        from dask_jobqueue.slurm import SLURMCluster, SLURMJob
    except ImportError as err:
        raise NewsEventsError(Errors.E004, source="dask-jobqueue") from err
    classes = {"slurm": (SLURMCluster, SLURMJob), "pbs": (PBSCluster, PBSJob)}
    if kind not in classes:
        raise NewsEventsError(Errors.E005.format(kind=kind), source="dask-jobqueue")
    return classes[kind][1 if job else 0]
