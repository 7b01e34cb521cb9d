"""JSON and JSONL inputs: one article per record, with configurable field names.

A ``.json`` file holds one record (an object) or a list of records; a ``.jsonl`` file holds one
record per line. A record gives its article as plain text (``json_text_field``) or as HTML
(``json_html_field``); url, title and publication date come from their own fields. Dotted field
names reach into nested objects (``"content.body"``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from ..errors import Errors, InputError, NewsEventsError
from ..model import RawDocument
from .options import IngestOptions

LOGGER = logging.getLogger(__name__)


def _field(record: dict[str, Any], name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _string(record: dict[str, Any], name: str) -> str | None:
    value = _field(record, name)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def record_to_document(record: Any, source: str, options: IngestOptions) -> RawDocument:
    """One JSON record as a RawDocument.

    Raises:
        InputError: the record is not an object, or has neither a text nor an html field.
    """
    if not isinstance(record, dict):
        raise InputError(Errors.E115.format(kind=type(record).__name__), source=source)
    html = _field(record, options.json_html_field)
    text = _field(record, options.json_text_field)
    body, media_type = (html, "html") if html else (text, "text")
    if not body:
        raise InputError(Errors.E116.format(text_field=options.json_text_field, html_field=options.json_html_field),
                         source=source)
    if not isinstance(body, str):
        raise InputError(Errors.E117.format(kind=type(body).__name__), source=source)
    return RawDocument(source=source, content=body, media_type=media_type,
                       url=_string(record, options.json_url_field), title=_string(record, options.json_title_field),
                       published=_string(record, options.json_date_field),
                       metadata={"fragment": media_type == "html" and "<html" not in body[:2000].lower()})


def _one(record: Any, source: str, options: IngestOptions) -> RawDocument | NewsEventsError:
    try:
        return record_to_document(record, source, options)
    except InputError as err:
        return err


def _loads(line: str, key: str) -> tuple[Any, InputError | None]:
    """One JSON value, or the one-line error that says why it is none.

    Every failure of ``json.loads`` is this line's alone: a syntax error, nesting too deep for the
    parser (RecursionError), a number too long to convert (ValueError), lone surrogates.
    """
    try:
        return json.loads(line), None
    except json.JSONDecodeError as err:
        return None, InputError(Errors.E111.format(msg=err.msg, column=err.colno), source=key)
    except RecursionError:
        return None, InputError(Errors.E112, source=key)
    except (ValueError, TypeError, UnicodeError) as err:
        return None, InputError(Errors.E113.format(err=err), source=key)


def iter_jsonl(text: str, source: str, options: IngestOptions) -> Iterator[RawDocument | NewsEventsError]:
    """Each non-blank line of ``text`` as a record; a bad line is yielded as an error and skipped.

    Lines end at ``\n`` (and ``\r\n``) only, as JSON Lines says: ``str.splitlines`` would also split
    at U+2028, U+0085 and other separators that JSON strings may hold unescaped, cutting records apart.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        key = f"{source}#line={number}"
        record, error = _loads(line, key)
        yield error if error is not None else _one(record, key, options)


def iter_json(text: str, source: str, options: IngestOptions) -> Iterator[RawDocument | NewsEventsError]:
    """A JSON document: one record, or a list of records (``#record=N``, counted from 1)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if text.lstrip().startswith("{") and text.count("\n") > 1:
            yield from iter_jsonl(text, source, options)  # JSONL under a .json name
            return
        yield InputError(Errors.E114.format(msg=err.msg, line=err.lineno, column=err.colno), source=source)
        return
    except RecursionError:
        yield InputError(Errors.E112, source=source)
        return
    except (ValueError, TypeError, UnicodeError) as err:
        yield InputError(Errors.E113.format(err=err), source=source)
        return
    if isinstance(data, list):
        for number, record in enumerate(data, start=1):
            yield _one(record, f"{source}#record={number}", options)
    else:
        yield _one(data, source, options)
