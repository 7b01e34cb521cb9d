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

from ..errors import EvaluationError

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
        raise EvaluationError(f"{key!r} must be a list, not {type(items).__name__}", source=source)
    needed = _REQUIRED_FIELDS[key]
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise EvaluationError(f"{key}[{i}] must be an object", source=source)
        missing = [name for name in needed if name not in item]
        if missing:
            raise EvaluationError(f"{key}[{i}] lacks {', '.join(missing)}", source=source)
        if "required" in item and not isinstance(item["required"], bool):
            raise EvaluationError(f"{key}[{i}].required must be true or false", source=source)
    return items


def _check_events(events: list[dict[str, Any]], source: str) -> None:
    """An event must be matchable: a CAMEO list or a PLOVER type, and codes that are strings."""
    for i, event in enumerate(events):
        cameo = event.get("cameo")
        if cameo is not None and (not isinstance(cameo, list) or not all(isinstance(c, str) for c in cameo)):
            raise EvaluationError(f"events[{i}].cameo must be a list of code strings", source=source)
        if not cameo and not event.get("plover"):
            raise EvaluationError(f"events[{i}] has neither cameo codes nor a plover type", source=source)
        for role in ("source", "target"):
            value = event.get(role)
            codes = value if isinstance(value, list) else [value]
            if not all(code is None or isinstance(code, str) for code in codes):
                raise EvaluationError(f"events[{i}].{role} must be a code, a list of codes or null", source=source)


def _check_items(parts: dict[str, list[dict[str, Any]]], source: str) -> None:
    for i, actor in enumerate(parts.get("actors", [])):
        if not isinstance(actor["mentions"], list) or not actor["mentions"]:
            raise EvaluationError(f"actors[{i}].mentions must be a non-empty list", source=source)
        if not isinstance(actor["codes"], list):
            raise EvaluationError(f"actors[{i}].codes must be a list", source=source)
    for i, count in enumerate(parts.get("counts", [])):
        if not isinstance(count["value"], int | float) or isinstance(count["value"], bool):
            raise EvaluationError(f"counts[{i}].value must be a number", source=source)
    for i, quote in enumerate(parts.get("quotes", [])):
        if not isinstance(quote["text"], str) or not quote["text"].strip():
            raise EvaluationError(f"quotes[{i}].text must be non-empty text", source=source)
    _check_events(parts.get("events", []), source)


def parse_gold(data: Any, path: Path | None = None) -> GoldArticle:
    """Check one gold document (already JSON-decoded) and return it as a :class:`GoldArticle`.

    Raises:
        EvaluationError: the document does not follow the gold format.
    """
    source = str(path) if path is not None else "<gold>"
    if not isinstance(data, dict):
        raise EvaluationError("a gold file must hold one JSON object", source=source)
    inputs = [key for key in INPUT_KEYS if data.get(key)]
    if len(inputs) != 1:
        raise EvaluationError(f"give exactly one of {', '.join(INPUT_KEYS)} (found {inputs or 'none'})", source=source)
    parts = {key: _check_list(data, key, source) for key in PARTS if key in data}
    _check_items(parts, source)
    not_events = _check_list(data, "not_events", source) if "not_events" in data else []
    not_in_body = data.get("not_in_body")
    if not_in_body is not None and not (isinstance(not_in_body, list) and all(isinstance(s, str) for s in not_in_body)):
        raise EvaluationError("not_in_body must be a list of strings", source=source)
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
        raise EvaluationError(f"cannot read gold file ({err})", source=str(path)) from err
    except json.JSONDecodeError as err:
        raise EvaluationError(f"not valid JSON: {err}", source=str(path)) from err
    return parse_gold(data, path)


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file of ``directory``, in name order.

    Raises:
        EvaluationError: the folder is missing, holds no gold file, or a file is malformed.
    """
    if not directory.is_dir():
        raise EvaluationError("not a directory", source=str(directory))
    golds = [load_gold_file(path) for path in sorted(directory.glob("*.json"))]
    if not golds:
        raise EvaluationError("no *.json gold file in this directory", source=str(directory))
    LOGGER.info("read %d gold articles from %s", len(golds), directory)
    return golds
