"""Worker death and parent death (issue 16.3, 16.7): a killed worker costs one input, a killed parent no worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsevents.engines.local import _run_pool, watch_parent
from newsevents.errors import NewsEventsError
from newsevents.model import RawDocument
from newsevents.pipeline import PipelineConfig

ROOT = Path(__file__).resolve().parents[2]


def light_init(config: PipelineConfig, parent_pid: int) -> None:
    """A worker initializer without the spaCy model (the test is about processes, not parsing)."""
    watch_parent(parent_pid, interval=0.1)


def die_or_echo(raws: list[RawDocument]) -> list[str]:
    """Echo each input's content; an input saying DIE kills its worker outright, as the OOM killer would."""
    if any(raw.content == "DIE" for raw in raws):
        os._exit(9)
    return [f"done {raw.content}" for raw in raws]


def sleep_forever(raws: list[RawDocument]) -> list[str]:
    """A task that never ends (stands for a long parse), printing the worker's pid first."""
    sys.stdout.write(f"{os.getpid()}\n")
    sys.stdout.flush()
    time.sleep(600)
    return []


def test_a_killed_worker_costs_one_input_and_the_batch_goes_on() -> None:
    contents = [f"doc {i}" for i in range(20)]
    contents[11] = "DIE"
    items = [RawDocument(source=f"s{i}", content=c) for i, c in enumerate(contents)]
    out = list(_run_pool(items, PipelineConfig(), lambda item: True, 2, work=die_or_echo, init=light_init))
    assert [item.source for item, _ in out] == [f"s{i}" for i in range(20)]
    outcomes = [outcome for _, outcome in out]
    assert isinstance(outcomes[11], NewsEventsError) and "worker process died" in str(outcomes[11])
    assert outcomes[:11] + outcomes[12:] == [f"done {c}" for c in contents if c != "DIE"]


PARENT = """
import sys
from newsevents.engines.local import _run_pool
from newsevents.model import RawDocument
from newsevents.pipeline import PipelineConfig
from tests.engines.test_workers import light_init, sleep_forever
list(_run_pool([RawDocument(source="a", content="x")], PipelineConfig(), lambda item: True, 1,
               work=sleep_forever, init=light_init))
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in state


def test_workers_exit_when_the_parent_is_killed() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    # a with-block: the stdout pipe is closed when the test ends (no ResourceWarning)
    with subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, env=env, cwd=ROOT) as parent:
        try:
            assert parent.stdout is not None
            worker = int(parent.stdout.readline())
            assert _alive(worker)
            parent.send_signal(signal.SIGKILL)
            parent.wait()
            deadline = time.monotonic() + 10
            while _alive(worker) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not _alive(worker), "the worker outlived its parent"
        finally:
            parent.kill()


def test_a_document_over_its_time_limit_is_one_error(monkeypatch) -> None:
    from newsevents.engines import local

    def slow(raw: RawDocument, config: PipelineConfig):
        time.sleep(30)

    monkeypatch.setattr(local, "process", slow)
    started = time.monotonic()
    outcome = local.process_safely(RawDocument(source="slow.html", content="x"), PipelineConfig(), seconds=0.2)
    assert isinstance(outcome, NewsEventsError) and "per-document limit" in str(outcome)
    assert outcome.source == "slow.html" and time.monotonic() - started < 5


def test_a_batch_over_its_time_limit_is_redone_one_by_one(monkeypatch) -> None:
    from newsevents.engines import local

    def stuck(raws, config, batch_size):
        time.sleep(30)

    monkeypatch.setattr(local, "process_many", stuck)
    monkeypatch.setattr(local, "process", lambda raw, config: f"done {raw.source}")
    raws = [RawDocument(source=f"s{i}", content="x") for i in range(3)]
    started = time.monotonic()
    assert local.process_batch(raws, PipelineConfig(), seconds=0.1) == ["done s0", "done s1", "done s2"]
    assert time.monotonic() - started < 5
