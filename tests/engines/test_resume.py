"""An ingest killed midway (SIGKILL) and run again ends with every article stored exactly once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
N_ARTICLES = 150
WORDS = ("minister police protest talks army rebels capital border president court election ceasefire aid "
         "refugees sanctions parliament strike city province officials government troops envoy").split()
CMD = [sys.executable, "-c", "from newsevents.cli import main; main()", "ingest"]


def _corpus(folder: Path) -> None:
    rng = random.Random(8)
    folder.mkdir()
    for i in range(N_ARTICLES):
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        (folder / f"{i:03d}.txt").write_text(f"Report {i}\n\nOfficials said on Monday that {body}.\n")


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM ingest_log WHERE status = 'stored'").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "k.db"
    _corpus(folder)
    args = [*CMD, str(folder), "--db", str(db), "--workers", "1", "-q"]
    # a with-block: the stderr pipe is closed when the test is done with it (no ResourceWarning)
    with subprocess.Popen(args, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        deadline = time.monotonic() + 120
        while _stored(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the whole session this test started: the CLI and any worker
        proc.wait()
        at_kill = _stored(db)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
    assert 5 <= at_kill < N_ARTICLES, "the ingest was not interrupted midway"
    rerun = subprocess.run(args, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]
    with sqlite3.connect(db) as conn:
        per_source = conn.execute("SELECT source, COUNT(*) FROM ingest_log WHERE status IN ('stored', 'duplicate') "
                                  "GROUP BY source").fetchall()
        assert len(per_source) == N_ARTICLES and {n for _, n in per_source} == {1}
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == N_ARTICLES
        # the across-article aggregates caught up with the articles stored before the kill
        assert conn.execute("SELECT COUNT(*) FROM aggregated").fetchone()[0] == N_ARTICLES
        assert conn.execute("SELECT COUNT(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
