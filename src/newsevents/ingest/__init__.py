"""Readers: every kind of news input -> RawDocument, and every bad input -> a yielded error.

Specs are paths (files, directories walked recursively), http(s) URLs, or ``-`` for standard
input. What a file holds is decided by its content (:mod:`.sniff`), then its name: HTML, plain
text, JSON/JSONL records, WARC(.gz), RSS/Atom, each possibly gzip-compressed. Every document's
``source`` is a stable key (``/abs/file.warc.gz#offset=1234``, ``/abs/feed.xml#item=3``,
``/abs/data.jsonl#line=7``, a URL, ``<stdin>``) so an interrupted batch can skip what is done.
A bad input never stops the batch: it is yielded as an InputError/FetchError naming it.
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import Errors, FetchError, InputError, NewsEventsError, Warnings
from ..model import RawDocument
from ..store.names import printable
from .decode import GZIP_MAGIC, binary_kind, decode_bytes, gunzip, utf16_without_bom
from .feeds import iter_feed
from .fetch import fetch
from .limits import check_page
from .options import USER_AGENT, IngestOptions
from .records import iter_json, iter_jsonl
from .sniff import sniff
from .warc import iter_warc

__all__ = ["USER_AGENT", "IngestOptions", "iter_inputs", "read_bytes"]

LOGGER = logging.getLogger(__name__)
Item = RawDocument | NewsEventsError
STDIN = "<stdin>"


_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _is_url(spec: str) -> bool:
    return bool(_URL.match(spec))


def _is_warc(data: bytes) -> bool:
    """WARC, or gzip whose first member decompresses to a WARC header."""
    if data.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(31).decompress(data[:4096], 16)
        except zlib.error:
            return False
        return head.startswith(b"WARC/")
    return data.lstrip()[:5] == b"WARC/"


def read_bytes(data: bytes, source: str, options: IngestOptions, *, url: str | None = None,
               charset: str | None = None, name: str = "") -> Iterator[Item]:
    """The documents in one blob of bytes, whatever its kind; what cannot be read is yielded as an error."""
    yield from _guarded(_read_bytes(data, source, options, url=url, charset=charset, name=name), source)


def _read_bytes(data: bytes, source: str, options: IngestOptions, *, url: str | None = None,
                charset: str | None = None, name: str = "") -> Iterator[Item]:
    if not data.strip():
        yield InputError(Errors.E101, source=source)
        return
    if _is_warc(data):
        yield from iter_warc(io.BytesIO(data), source, options)
        return
    if data.startswith(GZIP_MAGIC):
        yield from _read_bytes(gunzip(data, source=source, max_bytes=options.max_bytes), source, options, url=url,
                              charset=charset, name=name.removesuffix(".gz"))
        return
    kind = binary_kind(data)
    if kind:
        yield InputError(Errors.E102.format(kind=kind), source=source)
        return
    if _is_utf16(data):  # sniffed as UTF-8, so that a UTF-16 page or feed is recognised by its markup
        data, charset = decode_bytes(data, source=source).encode("utf-8"), None
    kind = sniff(data, name)
    if kind == "feed":
        yield from iter_feed(data, source, options, follow=lambda link, raw: _follow(link, raw, options))
        return
    text = decode_bytes(data, source=source, declared=charset)
    if kind in ("json", "jsonl"):
        yield from (iter_jsonl if kind == "jsonl" else iter_json)(text, source, options)
        return
    media_type = "html" if kind == "html" else "text"
    yield RawDocument(source=source, content=text, media_type=media_type, url=url)


def _is_utf16(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(data) is not None


def _follow(link: str, item: RawDocument, options: IngestOptions) -> Iterator[Item]:
    """Fetch a feed item's link; the page keeps the item's title and date (the feed's metadata)."""
    for doc in _read_url(link, options):
        if isinstance(doc, RawDocument):
            doc.title = doc.title or item.title
            doc.published = doc.published or item.published
            doc.metadata.setdefault("feed_item", item.source)
        yield doc


def _read_url(url: str, options: IngestOptions) -> Iterator[Item]:
    try:
        page = fetch(url, options)
    except FetchError as err:
        yield err
        return
    yield from read_bytes(page.content, url, options, url=page.url, charset=page.charset,
                          name=page.url.split("?", 1)[0])


def _read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    source = printable(str(path))
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(4096)
        if _is_warc(head):  # streamed: WARC files are far larger than one page
            stream.seek(0)
            yield from iter_warc(stream, source, options)
            return
        if size > options.max_bytes and not head.startswith(GZIP_MAGIC):
            yield InputError(Errors.E103.format(size=size, cap=options.max_bytes), source=source)
            return
        data = head + stream.read(options.max_bytes + 1 - len(head))
    if len(data) > options.max_bytes:
        yield InputError(Errors.E104.format(cap=options.max_bytes), source=source)
        return
    yield from read_bytes(data, source, options, name=path.name)


def _walk(folder: Path, options: IngestOptions) -> Iterator[Path]:
    """Files under ``folder`` in a stable (sorted) order, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if options.recursive else []
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _read_stdin(options: IngestOptions) -> Iterator[Item]:
    stream: BinaryIO = sys.stdin.buffer
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(Errors.E105.format(cap=options.max_bytes), source=STDIN)
        return
    yield from read_bytes(data, STDIN, options)


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Yield from ``items``; an error raised while reading becomes one yielded error for ``source``."""
    try:
        yield from items
    except NewsEventsError as err:
        err.source = err.source or source
        yield err
    except OSError as err:
        yield InputError(Errors.E106.format(reason=err.strerror or err), source=source)
    except Exception as err:  # one odd input must not stop a batch of thousands (logged with its trace)
        LOGGER.warning("%s", Warnings.W101.format(source=source, kind=type(err).__name__), exc_info=True)
        yield InputError(Errors.E107.format(kind=type(err).__name__, err=err), source=source)


def _spec_items(spec: str, options: IngestOptions) -> Iterator[Item]:
    if spec == "-":
        yield from _guarded(_read_stdin(options), STDIN)
        return
    if _is_url(spec):
        yield from _guarded(_read_url(spec, options), spec)
        return
    try:
        path = Path(spec).expanduser().resolve()
        is_dir, is_file = path.is_dir(), path.is_file()
    except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop (Python < 3.13)
        yield InputError(Errors.E108.format(reason=getattr(err, "strerror", None) or err), source=printable(spec))
        return
    if is_dir:
        for file in _walk(path, options):
            yield from _guarded(_read_file(file, options), printable(str(file)))
    elif is_file:
        yield from _guarded(_read_file(path, options), printable(str(path)))
    elif os.path.islink(path) or os.path.islink(spec):
        yield InputError(Errors.E109, source=printable(spec))
    else:
        yield InputError(Errors.E110, source=printable(spec))


def iter_inputs(specs: Sequence[str], options: IngestOptions | None = None) -> Iterator[RawDocument | NewsEventsError]:
    """Every document in ``specs``, in order; bad inputs are yielded as errors, never raised.

    Args:
        specs: paths, directories, http(s) URLs, or ``-`` for standard input.
        options: reading options (default :class:`IngestOptions`).

    Yields:
        A RawDocument per article found, or an InputError/FetchError (``source`` set) per bad input.
    """
    options = options or IngestOptions()
    for spec in specs:
        for item in _spec_items(spec, options):
            yield check_page(item, options.max_elements) if isinstance(item, RawDocument) else item
