"""The quality gate: measured figures against the floors kept in a thresholds file.

A thresholds section maps a part to its floors (``{"events": {"precision": 0.5, ...}}``); a key
starting with ``max_`` is a ceiling instead (``{"not_events": {"max_violations": 0}}``). A floor on
a figure that was not measured fails: a gate that cannot measure must not pass silently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import Errors, EvaluationError


def load_thresholds(path: Path) -> dict[str, Any]:
    """Read a thresholds JSON file (keys starting with ``_`` are comments)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvaluationError(Errors.E617.format(err=err), source=str(path)) from err
    if not isinstance(data, dict):
        raise EvaluationError(Errors.E618, source=str(path))
    return data


def check_thresholds(metrics: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Every figure of ``metrics`` (from :meth:`Summary.metrics`) that breaks its floor or ceiling.

    Returns:
        One line per failure, e.g. ``"events.f1 = 0.412 < floor 0.450"``; empty when all pass.
    """
    failures = []
    for part, limits in floors.items():
        if part.startswith("_"):
            continue
        measured = metrics.get(part) if part == "not_events" else metrics.get("parts", {}).get(part)
        for name, limit in limits.items():
            if name.startswith("_"):
                continue
            key = name[4:] if name.startswith("max_") else name
            value = (measured or {}).get(key)
            if value is None:
                failures.append(f"{part}.{key} not measured (floor {limit})")
            elif name.startswith("max_") and value > limit:
                failures.append(f"{part}.{key} = {value} > ceiling {limit}")
            elif not name.startswith("max_") and value < limit:
                failures.append(f"{part}.{key} = {value:.3f} < floor {limit:.3f}")
    return failures
