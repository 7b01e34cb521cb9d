"""Read and check gold answer files (one JSON file per article, see docs/evaluation.md).

A gold file names its input (``text_file`` / ``html_file`` relative to the gold file, or inline
``text``), the publication date to hand the pipeline, and any of the parts ``actors``, ``events``,
``quotes``, ``counts``, ``times``, ``places`` (plus ``not_events``, ``not_in_body``, ``title`` and an
optional reference ``body``). A part whose key is absent is not scored; an empty list is scored.
Everything malformed raises :class:`~newsevents.errors.EvaluationError` naming the file, so a
typo in a gold file is reported instead of silently lowering a score.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, EvaluationError

LOGGER = logging.getLogger(__name__)

PARTS = ("actors", "events", "quotes", "counts", "times", "places")
INPUT_KEYS = ("text_file", "html_file", "text")

# Fields each item of a part must carry (other fields are kept and may be shown in reports).
_REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "actors": ("mentions", "codes"),
    "events": ("source",),
    "quotes": ("text",),
    "counts": ("what", "value"),
    "times": ("text",),
    "places": ("text",),
    "not_events": ("cameo_root", "evidence"),
}
# The JSON types a known field may hold: s = text, S = list of texts, n = number, b = boolean, 0 = null.
_FIELD_TYPES: dict[str, str] = {
    "name": "s0", "kind": "s0", "role": "s0", "country": "s0", "codes": "S", "mentions": "S",
    "source": "sS0", "target": "sS0", "cameo": "S0", "plover": "s0", "mode": "s0", "date": "s0", "evidence": "s0",
    "cameo_root": "s", "speaker": "s0", "speaker_codes": "S0", "text": "s", "what": "s", "value": "n",
    "bound": "s0", "about": "s0", "required": "b", "why": "s0",
}
_PART_FIELD_TYPES: dict[str, dict[str, str]] = {"times": {"value": "s0"}}  # a normalised date, not a number
_TOP_TYPES: dict[str, str] = {
    "id": "s0", "text_file": "s0", "html_file": "s0", "text": "s0", "published": "s0", "title": "s0", "body": "s0",
    "not_in_body": "S0",
}


def _has_type(value: Any, kinds: str) -> bool:
    """Whether a JSON value is one of the kinds of :data:`_FIELD_TYPES`."""
    checks = {
        "s": isinstance(value, str),
        "S": isinstance(value, list) and all(isinstance(v, str) for v in value),
        "n": isinstance(value, int | float) and not isinstance(value, bool),
        "b": isinstance(value, bool),
        "0": value is None,
    }
    return any(checks[kind] for kind in kinds)


_KIND_NAMES = {"s": "text", "S": "a list of texts", "n": "a number", "b": "true or false", "0": "null"}


def _type_error(where: str, kinds: str, source: str) -> EvaluationError:
    return EvaluationError(Errors.E601.format(where=where, kinds=" or ".join(_KIND_NAMES[k] for k in kinds)),
                           source=source)


@dataclass
class GoldArticle:
    """One gold file, checked: its input, its date and the parts it annotates.

    ``parts`` holds only the parts present in the file (absent = not scored); ``path`` is the gold
    file itself, which input paths are relative to.
    """

    id: str
    path: Path | None
    published: str | None = None
    text_file: str | None = None
    html_file: str | None = None
    text: str | None = None
    title: str | None = None
    body: str | None = None
    not_in_body: list[str] | None = None
    not_events: list[dict[str, Any]] = field(default_factory=list)
    parts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def input_path(self) -> Path | None:
        """The text or HTML file of this article, resolved against the gold file's folder."""
        name = self.text_file or self.html_file
        if name is None:
            return None
        base = self.path.parent if self.path is not None else Path.cwd()
        return (base / name).resolve()


def _check_list(data: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    items = data[key]
    if not isinstance(items, list):
        raise EvaluationError(Errors.E602.format(key=key, kind=type(items).__name__), source=source)
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise EvaluationError(Errors.E603.format(key=key, index=i), source=source)
        missing = [name for name in _REQUIRED_FIELDS[key] if name not in item]
        if missing:
            raise EvaluationError(Errors.E604.format(key=key, index=i, fields=", ".join(missing)), source=source)
        for name, value in item.items():
            kinds = _PART_FIELD_TYPES.get(key, {}).get(name) or _FIELD_TYPES.get(name)
            if kinds and not _has_type(value, kinds):
                raise _type_error(f"{key}[{i}].{name}", kinds, source)
    return items


def _check_items(parts: dict[str, list[dict[str, Any]]], source: str) -> None:
    """What types alone do not say: an actor needs a mention, a quote words, an event a type."""
    for i, actor in enumerate(parts.get("actors", [])):
        if not any(m.strip() for m in actor["mentions"]):
            raise EvaluationError(Errors.E605.format(index=i), source=source)
    for i, quote in enumerate(parts.get("quotes", [])):
        if not quote["text"].strip():
            raise EvaluationError(Errors.E606.format(index=i), source=source)
    for i, event in enumerate(parts.get("events", [])):
        if not event.get("cameo") and not event.get("plover"):
            raise EvaluationError(Errors.E607.format(index=i), source=source)


def parse_gold(data: Any, path: Path | None = None) -> GoldArticle:
    """Check one gold document (already JSON-decoded) and return it as a :class:`GoldArticle`.

    Raises:
        EvaluationError: the document does not follow the gold format.
    """
    source = str(path) if path is not None else "<gold>"
    if not isinstance(data, dict):
        raise EvaluationError(Errors.E608, source=source)
    for key, kinds in _TOP_TYPES.items():
        if key in data and not _has_type(data[key], kinds):
            raise _type_error(key, kinds, source)
    inputs = [key for key in INPUT_KEYS if data.get(key)]
    if len(inputs) != 1:
        raise EvaluationError(Errors.E609.format(keys=", ".join(INPUT_KEYS), found=inputs or "none"), source=source)
    parts = {key: _check_list(data, key, source) for key in PARTS if key in data}
    _check_items(parts, source)
    not_events = _check_list(data, "not_events", source) if "not_events" in data else []
    not_in_body = data.get("not_in_body")
    default_id = path.stem if path is not None else "gold"
    return GoldArticle(
        id=str(data.get("id") or default_id), path=path, published=data.get("published"),
        text_file=data.get("text_file"), html_file=data.get("html_file"), text=data.get("text"),
        title=data.get("title"), body=data.get("body"), not_in_body=not_in_body,
        not_events=not_events, parts=parts,
    )


def load_gold_file(path: Path) -> GoldArticle:
    """Read and check one gold JSON file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise EvaluationError(Errors.E610.format(err=err), source=str(path)) from err
    except json.JSONDecodeError as err:
        raise EvaluationError(Errors.E611.format(err=err), source=str(path)) from err
    return parse_gold(data, path)


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file of ``directory``, in name order.

    Raises:
        EvaluationError: the folder is missing, holds no gold file, or a file is malformed.
    """
    if not directory.is_dir():
        raise EvaluationError(Errors.E612, source=str(directory))
    golds = [load_gold_file(path) for path in sorted(directory.glob("*.json"))]
    if not golds:
        raise EvaluationError(Errors.E613, source=str(directory))
    LOGGER.info("read %d gold articles from %s", len(golds), directory)
    return golds
