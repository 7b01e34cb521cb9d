"""WARC and WARC.gz (Common Crawl, CC-NEWS): every successful HTML response record.

Records are streamed (a CC-NEWS file is about a gigabyte); each record's payload is capped at
``max_bytes``. A record's source is ``<file>#offset=<byte offset of the record>``, stable across
runs, so an interrupted ingest can skip what it already stored. A malformed record ends the file
(a WARC stream cannot be resynchronised safely) with one error naming the last good offset.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import Errors, InputError, NewsEventsError
from ..model import RawDocument
from .decode import decode_bytes
from .options import IngestOptions
from .sniff import sniff

LOGGER = logging.getLogger(__name__)
_RECORD_TYPES = ("response", "resource")
_SLACK = 8  # trailing newlines after the last record are not data


def _content_type(record: Any) -> str:  # record: warcio's ArcWarcRecord (warcio ships no types)
    headers = record.http_headers if record.rec_type == "response" and record.http_headers else record.rec_headers
    return (headers.get_header("Content-Type") or "").lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value:
            return value.strip().strip("\"'")
    return None


def _document(record: Any, payload: bytes, key: str,  # record: as in _content_type
              options: IngestOptions) -> RawDocument | NewsEventsError | None:
    if record.rec_type == "response" and record.http_headers:
        status = record.http_headers.get_statuscode()
        if status != "200":
            LOGGER.debug("%s: skipped, HTTP status %s", key, status)
            return None
    ctype = _content_type(record)
    if len(payload) > options.max_bytes:
        return InputError(Errors.E123.format(cap=options.max_bytes), source=key)
    if "html" not in ctype and sniff(payload) != "html":
        return None
    if not payload.strip():
        return InputError(Errors.E124, source=key)
    try:
        text = decode_bytes(payload, source=key, declared=_charset(ctype))
    except InputError as err:
        return err
    url = record.rec_headers.get_header("WARC-Target-URI")
    return RawDocument(source=key, content=text, media_type="html", url=url,
                       metadata={"warc_date": record.rec_headers.get_header("WARC-Date"),
                                 "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")})


def iter_warc(stream: BinaryIO, source: str, options: IngestOptions) -> Iterator[RawDocument | NewsEventsError]:
    """Yield a RawDocument per HTML response record of the WARC ``stream`` (gzip or not)."""
    iterator = ArchiveIterator(stream)
    last = end = count = 0
    try:
        for record in iterator:
            length = record.rec_headers.get_header("Content-Length") or ""
            if not length.strip().isdigit():
                raise ValueError(f"record has an invalid Content-Length {length!r}")
            if record.rec_type not in _RECORD_TYPES:
                end = iterator.get_record_offset() + iterator.get_record_length()
                continue
            payload = record.content_stream().read(options.max_bytes + 1)
            if len(payload) <= options.max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
                raise ValueError(f"record truncated ({record.raw_stream.limit} bytes missing)")
            last = iterator.get_record_offset()  # reads the record to its end: payload first
            end = last + iterator.get_record_length()
            item = _document(record, payload, f"{source}#offset={last}", options)
            if item is not None:
                count += 1
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        yield InputError(Errors.E125.format(offset=last, reason=reason), source=source)
        return
    if stream.seekable() and stream.seek(0, io.SEEK_END) - end > _SLACK:
        yield InputError(Errors.E126.format(offset=last), source=source)
        return
    if count == 0:
        LOGGER.info("%s: no HTML response records", source)
