"""The public API of ``newsevents`` is deliberate (STYLE habit 3, after httpx's test_exported_members.py):
``__all__`` is sorted, every name in it resolves, every public name of the package is in it, and
``import newsevents`` does not import spaCy."""

from __future__ import annotations

import subprocess
import sys
import types

import newsevents

# the main entry points a user reaches for; dropping one from the API must be a conscious change
ENTRY_POINTS = {"process", "process_text", "PipelineConfig", "ArticleResult", "RawDocument", "Store",
                "NewsEventsError", "iter_inputs", "run_ingest"}


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's RUF022 order: CONSTANTS, then CamelCase, then everything else, each alphabetical."""
    if name.isupper() and len(name) > 1:
        return 0, name
    return (1 if name[:1].isupper() else 2), name


def test_all_is_sorted() -> None:
    assert newsevents.__all__ == sorted(newsevents.__all__, key=_isort_key)
    assert len(set(newsevents.__all__)) == len(newsevents.__all__)


def test_every_exported_name_resolves() -> None:
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None, name
    assert newsevents.process is newsevents.pipeline.process  # lazy names are the real objects
    assert newsevents.Store is newsevents.store.Store


def test_all_is_complete() -> None:
    for name in newsevents.__all__:  # resolve the lazy names, so that they are in vars() too
        getattr(newsevents, name)
    public = {name for name, value in vars(newsevents).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    assert public | {"__version__"} == set(newsevents.__all__)
    assert set(dir(newsevents)) >= set(newsevents.__all__)
    assert set(newsevents.__all__) >= ENTRY_POINTS


def test_unknown_name_is_an_attribute_error() -> None:
    assert not hasattr(newsevents, "no_such_name")


def test_import_does_not_load_spacy() -> None:
    code = "import sys, newsevents; newsevents.Store; sys.exit('spacy' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr or "import newsevents loaded spaCy"
