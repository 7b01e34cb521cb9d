"""ruff over src/, tests/ and scripts/ with the rules of pyproject.toml: a finding fails the suite.

Skipped only where ruff is not installed (it is in the ``dev`` extra); nothing is excluded here, so a
new finding anywhere in the tree shows up in the next test run, not in a later clean-up.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> str | None:
    """The ruff binary of the installed ``ruff`` package, else one on PATH."""
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        return shutil.which("ruff")
    return str(find_ruff_bin())


def test_ruff_finds_nothing() -> None:
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    proc = subprocess.run([ruff, "check", "--no-cache", "--output-format", "concise", "src", "tests", "scripts"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
