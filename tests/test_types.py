"""mypy over src/newsevents with the configuration of pyproject.toml ([tool.mypy]): any error fails the suite.

Skipped only where mypy is not installed (it is in the ``dev`` extra). The strictness, the error codes and the
third-party modules allowed to lack stubs all live in pyproject.toml, so the command line
(``mypy`` from the repository root) and this test report the same errors.

mypy's cache lives in pytest's cache directory: mypy checks every cached module against its source (size,
mtime, hash) before trusting it, so a warm cache only saves the re-analysis of unchanged modules and of the
third-party stubs (numpy, pandas, spaCy), which is most of a cold run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # type-checks the whole package (about 45 s)
def test_mypy_finds_nothing(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is not installed (pip install -e '.[dev]')")
    cache = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider: then a cold cache
    cache_dir = cache.mkdir("mypy") if cache is not None else tmp_path / "mypy-cache"
    stdout, stderr, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(cache_dir),
        "--no-error-summary",
        "--show-error-codes",
        str(ROOT / "src" / "newsevents"),
    ])
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
