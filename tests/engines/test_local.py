"""The local engine: the sample corpus's near-duplicate pair, and a process pool that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.engines import run_ingest
from newsevents.engines.local import ingest
from newsevents.errors import NewsEventsError
from newsevents.store import Store

from .conftest import CORPUS, snapshot

pytestmark = pytest.mark.slow


def test_sample_corpus_yields_the_pair_as_one_story(nlp, tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        run = ingest([str(CORPUS)], store, workers=1)
        assert run.errors == [] and run.stored >= 12
        multi = store.query("SELECT id, n_articles FROM stories WHERE n_articles > 1")
        assert [r["n_articles"] for r in multi] == [2]
        members = store.query("SELECT source FROM articles WHERE story_id = ? ORDER BY source", (multi[0]["id"],))
        assert [Path(r["source"]).name for r in members] == ["09-ceasefire-talks-rewrite.txt",
                                                             "09-ceasefire-talks-wire.txt"]
        total = store.query("SELECT COUNT(*) AS n FROM articles")[0]["n"]
        assert store.query("SELECT COUNT(*) AS n FROM stories")[0]["n"] == total - 1
        assert store.query("SELECT COUNT(*) AS n FROM aggregated")[0]["n"] == total


def test_pool_of_two_gives_the_same_database(nlp, small_corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "serial.db") as store:
        ingest([str(small_corpus)], store, workers=1)
    with Store(tmp_path / "pool.db") as store:
        run = ingest([str(small_corpus)], store, workers=2)
        assert (run.stored, run.errors) == (3, [])
        again = ingest([str(small_corpus)], store, workers=2)  # all done: no pool is started
        assert (again.stored, again.skipped) == (0, 3)
    serial, pool = snapshot(tmp_path / "serial.db"), snapshot(tmp_path / "pool.db")
    assert pool == serial
    stories = {r["story_id"] for r in pool["stories"]}
    assert len(stories) == 2  # the rewrite joined the first article's story


def test_scheduler_without_dask_engine_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as store, pytest.raises(NewsEventsError, match="dask engine only") as err:
        run_ingest(["nothing"], store, scheduler="tcp://127.0.0.1:1")
    assert (err.value.code, err.value.source) == ("E001", "tcp://127.0.0.1:1")
