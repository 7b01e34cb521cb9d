"""Helpers that make input files inside each test's tmp_path (no file is shipped, no network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.ingest import IngestOptions, iter_inputs
from newsevents.model import RawDocument

ARTICLE = ("Protesters marched in the capital on Monday.\n\n"
           "Police arrested 12 people, the interior ministry said in a statement on Tuesday.\n")
PAGE = ("<!DOCTYPE html><html><head><title>Protest in the capital</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Protest in the capital</h1>"
        + "".join(f"<p>Paragraph {i}: protesters marched in the capital on Monday and police arrested "
                  f"twelve people, the interior ministry said in a long statement about the events.</p>"
                  for i in range(6))
        + "</article><footer>Privacy Policy</footer></body></html>")


def read_all(specs: list[str], options: IngestOptions | None = None) -> tuple[list[RawDocument], list[NewsEventsError]]:
    """Every document and every error that ``iter_inputs`` yields for ``specs``."""
    docs, errors = [], []
    for item in iter_inputs(specs, options):
        (errors if isinstance(item, NewsEventsError) else docs).append(item)
    return docs, errors


@pytest.fixture()
def write(tmp_path: Path):
    """write(name, bytes|str) -> the path of a new file under tmp_path."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write
