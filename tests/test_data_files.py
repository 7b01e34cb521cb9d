"""Every shipped YAML data file reads as its author meant: a bare ``on``, ``off``, ``yes`` or ``no`` in a
word list is a boolean to YAML, and a word class silently lost its "on" and "off" that way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data"


def _booleans_in_lists(value: Any, where: str) -> list[str]:
    if isinstance(value, dict):
        return [hit for key, item in value.items() for hit in _booleans_in_lists(item, f"{where}/{key}")]
    if isinstance(value, list):
        return [where for item in value if isinstance(item, bool)] + [
            hit for item in value for hit in _booleans_in_lists(item, where)]
    return []


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_no_word_list_holds_a_yaml_boolean(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _booleans_in_lists(data, path.name) == [], "quote on/off/yes/no in word lists"
