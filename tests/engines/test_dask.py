"""The Dask engine on a LocalCluster gives the same database as the local engine; job scripts are sane."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.engines.dask import jobqueue_script, run_dask
from newsevents.engines.local import ingest
from newsevents.errors import NewsEventsError
from newsevents.store import Store

from .conftest import snapshot

pytest.importorskip("dask.distributed")


@pytest.mark.slow
def test_dask_local_cluster_equals_local_engine(nlp, small_corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "local.db") as store:
        ingest([str(small_corpus)], store)
    with Store(tmp_path / "dask.db") as store:
        run = run_dask([str(small_corpus)], store, workers=1, shard_size=2, output_dir=tmp_path / "shards")
        assert (run.stored, run.errors) == (3, [])
        again = run_dask([str(small_corpus)], store, workers=1, shard_size=2, output_dir=tmp_path / "shards")
        assert (again.stored, again.skipped) == (0, 3)
    assert snapshot(tmp_path / "dask.db") == snapshot(tmp_path / "local.db")


@pytest.mark.parametrize("kind, directive, memory", [("slurm", "#SBATCH", "--mem=8G"), ("pbs", "#PBS", "mem=")])
def test_jobqueue_script_is_sane_without_a_scheduler(kind: str, directive: str, memory: str) -> None:
    script = jobqueue_script(kind, "tcp://10.1.2.3:8786", cores=4, memory="8GB", walltime="02:00:00",
                             queue="normal", account="polsci", python="/opt/venv/bin/python")
    assert script.startswith("#!/usr/bin/env bash")
    assert directive in script and memory in script and "02:00:00" in script
    worker = [line for line in script.splitlines() if "distributed.cli.dask_worker" in line]
    assert len(worker) == 1 and "tcp://10.1.2.3:8786" in worker[0]
    # one spaCy model per process and one thread each: 4 processes x 1 thread
    assert re.search(r"--nthreads 1\b", worker[0]) and re.search(r"--nworkers 4\b", worker[0])


def test_unknown_job_queue() -> None:
    with pytest.raises(NewsEventsError, match="slurm or pbs"):
        jobqueue_script("lsf")
