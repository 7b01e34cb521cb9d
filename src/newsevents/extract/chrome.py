"""Site-chrome removal: drop the lines of a page that are not the article.

Text copied from web pages (and the output of HTML extractors) still carries comment forms,
share and subscribe prompts, navigation, cookie notices, "Related" link lists and bylines glued
to dates. The rules that recognise them are data (``data/en/chrome.yaml``, format documented at
the top of that file and in docs/ingest.md), so a user adds a pattern without touching Python.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, KnowledgeBaseError
from ..resources import data_path, relative

LOGGER = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]$")
_MACRO = re.compile(r"\{([A-Z]+)\}")


@dataclass
class ChromeRules:
    """Compiled chrome patterns: whole-line regexes by kind, plus the list/tail settings."""

    drop: list[re.Pattern[str]] = field(default_factory=list)
    cut: list[re.Pattern[str]] = field(default_factory=list)
    lists: list[re.Pattern[str]] = field(default_factory=list)
    cut_min_fraction: float = 0.3
    list_max_items: int = 8
    list_item_max_words: int = 16


def _expand(pattern: str, macros: dict[str, str], source: str) -> str:
    """Substitute ``{MACRO}`` names (macros may use earlier macros) and fail clearly on unknown ones."""
    for _ in range(5):
        if not _MACRO.search(pattern):
            return pattern
        unknown = [m for m in _MACRO.findall(pattern) if m not in macros]
        if unknown:
            raise KnowledgeBaseError(Errors.E416.format(name=unknown[0], pattern=pattern), source=source)
        pattern = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    raise KnowledgeBaseError(Errors.E417.format(pattern=pattern), source=source)


def _compile(pattern: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(f"(?:{pattern})", re.IGNORECASE)
    except re.error as err:
        raise KnowledgeBaseError(Errors.E418.format(pattern=pattern, err=err), source=source) from err


def _read(path: Path | str, text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        raise KnowledgeBaseError(Errors.E419.format(err=err), source=str(path)) from err
    if not isinstance(data, dict):
        raise KnowledgeBaseError(Errors.E420, source=str(path))
    return data


def _merge(rules: ChromeRules, data: dict[str, Any], macros: dict[str, str], source: str) -> None:
    macros.update({str(k): str(v) for k, v in (data.get("macros") or {}).items()})
    for key in ("cut_min_fraction", "list_max_items", "list_item_max_words"):
        if key in (data.get("settings") or {}):
            setattr(rules, key, type(getattr(rules, key))(data["settings"][key]))
    for kind in ("drop", "cut", "lists"):
        for pattern in data.get(kind) or []:
            getattr(rules, kind).append(_compile(_expand(str(pattern), macros, source), source))


def _shipped_files() -> list[tuple[str, str]]:
    path = data_path("chrome.yaml")
    return [(relative(path), path.read_text(encoding="utf-8"))]


@lru_cache(maxsize=16)
def load_chrome_rules(extra_files: tuple[str, ...] = ()) -> ChromeRules:
    """The shipped chrome rules plus the user's files (same YAML format), compiled once per process.

    Raises:
        KnowledgeBaseError: a file is not YAML, or holds an invalid regular expression.
    """
    rules = ChromeRules()
    macros: dict[str, str] = {}
    for name, text in _shipped_files():
        _merge(rules, _read(name, text), macros, name)
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise KnowledgeBaseError(Errors.E421.format(reason=err.strerror), source=str(path)) from err
        _merge(rules, _read(path, text), macros, str(path))
    return rules


def _norm(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _matches(patterns: Sequence[re.Pattern[str]], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _is_list_item(line: str, rules: ChromeRules) -> bool:
    """A headline-like line: short and not ending like a sentence."""
    return 0 < len(line.split()) <= rules.list_item_max_words and not _SENTENCE_END.search(line)


def clean_lines(lines: Sequence[str], rules: ChromeRules | None = None) -> list[str]:
    """Drop chrome lines; blank lines are kept (they separate paragraphs) but never counted.

    Args:
        lines: the text's lines, in order.
        rules: compiled rules (default: the shipped ones).

    Returns:
        The lines that remain, in order.
    """
    rules = rules or load_chrome_rules()
    total = sum(len(line) for line in lines) or 1
    kept: list[str] = []
    seen = 0
    skip_items = 0
    for line in lines:
        norm = _norm(line)
        seen += len(line)
        if not norm:
            kept.append("")
            continue
        if skip_items and _is_list_item(norm, rules):
            skip_items -= 1
            continue
        skip_items = 0
        if _matches(rules.cut, norm) and (seen - len(line)) / total >= rules.cut_min_fraction:
            LOGGER.debug("chrome tail starts at %r", norm)
            break
        if _matches(rules.lists, norm):
            skip_items = rules.list_max_items
            continue
        if _matches(rules.drop, norm):
            continue
        kept.append(line)
    return kept


def remove_chrome(text: str, rules: ChromeRules | None = None) -> str:
    """``text`` without its chrome lines, with runs of blank lines collapsed to one."""
    kept = clean_lines(text.splitlines(), rules)
    out = "\n".join(line.rstrip() for line in kept)
    return re.sub(r"\n{3,}", "\n\n", out).strip()
