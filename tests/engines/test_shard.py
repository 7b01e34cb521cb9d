"""process_shard: pure, resumable, atomic; load merges shards idempotently into the same database."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsevents.engines import load as load_mod
from newsevents.engines import shard as shard_mod
from newsevents.engines.dask import expand_specs, plan_shards
from newsevents.engines.load import load_shards
from newsevents.engines.local import ingest
from newsevents.engines.shard import finished_shards, process_shard, shard_done, table_schemas
from newsevents.errors import InputError
from newsevents.pipeline import PipelineConfig
from newsevents.store import Store

from .conftest import snapshot

pytestmark = pytest.mark.slow


def test_shard_files_and_rerun_skips(nlp, small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    files = expand_specs([str(small_corpus)])
    out = tmp_path / "shards"
    manifest = process_shard([*files, str(small_corpus / "missing.txt")], out, PipelineConfig(), shard_id="s1")
    assert manifest == out / "_done" / "s1.json" and shard_done(out, "s1")
    for table in table_schemas():
        assert (out / table / "s1.parquet").is_file()
    inputs = pq.read_table(out / "inputs" / "s1.parquet").to_pylist()
    assert [r["status"] for r in inputs] == ["ok", "ok", "ok", "error"]
    assert pq.read_table(out / "articles" / "s1.parquet").num_rows == 3
    monkeypatch.setattr(shard_mod, "process_batch", lambda *a: pytest.fail("a finished shard was redone"))
    assert process_shard(files, out, PipelineConfig(), shard_id="s1") == manifest


def test_crash_leaves_no_half_written_file(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    calls = []

    def failing(table, where):  # the third table write dies
        calls.append(where)
        if len(calls) == 3:
            raise OSError("disk full")
        where.write_bytes(b"x")

    monkeypatch.setattr(shard_mod.pq, "write_table", failing)
    monkeypatch.setattr(shard_mod, "_run", lambda *a: {t: [] for t in table_schemas()})
    with pytest.raises(OSError):
        process_shard(["x"], tmp_path, shard_id="s9")
    assert not shard_done(tmp_path, "s9") and finished_shards(tmp_path) == []
    assert not list(tmp_path.rglob("*.tmp"))


def test_load_is_idempotent_and_equals_local(nlp, small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "shards"
    for shard_id, inputs in plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2):
        process_shard(inputs, out, PipelineConfig(), shard_id=shard_id)
    assert len(finished_shards(out)) == 2
    with Store(tmp_path / "loaded.db") as store:
        first = load_shards(out, store)
        second = load_shards(out, store)
    assert (first.stored, second.stored, second.skipped) == (3, 0, 3)
    with Store(tmp_path / "local.db") as store:
        ingest([str(small_corpus)], store)
    assert snapshot(tmp_path / "loaded.db") == snapshot(tmp_path / "local.db")


def test_load_of_empty_directory_fails(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as store, pytest.raises(InputError):
        load_mod.load_shards(tmp_path, store)


def test_plan_is_stable_and_skips_done(small_corpus: Path) -> None:
    first = plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2)
    assert first == plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2)
    assert [len(inputs) for _, inputs in first] == [2, 1]
    done = {first[0][1][0]}
    assert sum(len(i) for _, i in plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2, done=done)) == 2
    with pytest.raises(InputError):
        expand_specs(["-"])


def _shard_and_load(corpus: Path, out: Path, store: Store):
    """The Dask engine's path without a cluster: plan, run the shards not yet finished, load."""
    shards = plan_shards([str(corpus)], PipelineConfig(), shard_size=2)
    for shard_id, inputs in shards:
        if not shard_done(out, shard_id):
            process_shard(inputs, out, PipelineConfig(), shard_id=shard_id)
    return load_shards(out, store, shard_ids=[sid for sid, _ in shards])


def test_a_file_rewritten_under_its_name_is_stored_and_the_same_content_once(nlp, small_corpus: Path,
                                                                            tmp_path: Path) -> None:
    """Sharded ingests resume by content: a rewritten file makes a new shard whose new article is
    stored; unchanged content under any name is skipped."""
    out = tmp_path / "shards"
    with Store(tmp_path / "s.db") as store:
        assert _shard_and_load(small_corpus, out, store).stored == 3
        rewritten = small_corpus / "c-protest.txt"
        rewritten.write_text("Court frees activists in Nairobi\n\nA Kenyan court freed twelve activists on "
                             "Friday who had been held since the protests, their lawyers said.\n", encoding="utf-8")
        os.utime(rewritten, ns=(1, 1))  # a different modification time even on a coarse clock
        again = _shard_and_load(small_corpus, out, store)
        assert (again.stored, again.skipped) == (1, 2)
        (small_corpus / "d-copy.txt").write_text(rewritten.read_text(encoding="utf-8"), encoding="utf-8")
        third = _shard_and_load(small_corpus, out, store)
        assert (third.stored, third.skipped) == (0, 4)


def test_shard_ids_follow_a_files_content_stamp(small_corpus: Path) -> None:
    first = plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2)
    os.utime(small_corpus / "c-protest.txt", ns=(5, 5))
    second = plan_shards([str(small_corpus)], PipelineConfig(), shard_size=2)
    assert first[0] == second[0] and first[1][0] != second[1][0]
