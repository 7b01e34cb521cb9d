"""The CAMEO event ontology (codes, names, Goldstein, QuadClass) and its PLOVER mapping.

Read once from ``data/common/ontology/cameo.tsv`` (built by ``scripts/build_ontology.py``) and
``data/common/ontology/plover.tsv`` (the PLOVER manual's CAMEO-to-PLOVER table, built by
``scripts/build_plover.py``). The coder asks it for the score, class and PLOVER type of every code
it emits, so these facts live in data files, not in code. The PLOVER type is the manual's: an
intention (03x) is AGREE whatever it intends; the coder's mode (``intend``) stands beside the type.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from ..errors import Errors, KnowledgeBaseError
from ..resources import common_path

LOGGER = logging.getLogger(__name__)
_N = TypeVar("_N", int, float)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it maps to."""

    code: str
    name: str
    root: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


def _num(text: str, kind: Callable[[float], _N]) -> _N | None:
    return kind(float(text)) if text.strip() else None


def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of one ontology TSV (``#`` lines are comments); an error names the file."""
    path = common_path("ontology", name)
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    except OSError as err:
        raise KnowledgeBaseError(Errors.E429.format(err=err), source=str(path)) from err
    reader = csv.DictReader(lines, delimiter="\t")
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise KnowledgeBaseError(Errors.E430.format(name=name, columns=", ".join(missing)), source=str(path))
    return list(reader)


@lru_cache(maxsize=1)
def load_plover() -> dict[str, tuple[str | None, str | None, str | None]]:
    """PLOVER (type, mode, context) by CAMEO code, as the PLOVER manual's table gives them."""
    return {row["code"]: (row["plover"] or None, row["plover_mode"] or None, row["plover_context"] or None)
            for row in _rows("plover.tsv", ("code", "plover", "plover_mode", "plover_context"))}


def _plover_of(code: str, table: dict[str, tuple[str | None, str | None, str | None]]) -> tuple[
        str | None, str | None, str | None]:
    """A code's own row, else its nearest listed parent's (a user-added CAMEO code inherits its type)."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None, None, None


@lru_cache(maxsize=1)
def load_ontology() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("042", "1383", roots "04")."""
    plover = load_plover()
    codes: dict[str, CameoCode] = {}
    for row in _rows("cameo.tsv", ("code", "name", "root", "goldstein", "quad_class")):
        kind, mode, context = _plover_of(row["code"], plover)
        codes[row["code"]] = CameoCode(
            code=row["code"], name=row["name"], root=row["root"],
            goldstein=_num(row["goldstein"], float), quad_class=_num(row["quad_class"], int),
            plover=kind, plover_mode=mode, plover_context=context,
        )
    LOGGER.debug("loaded %d CAMEO codes", len(codes))
    return codes


def lookup(code: str) -> CameoCode:
    """The entry of ``code``; raises KnowledgeBaseError for a code CAMEO does not have."""
    try:
        return load_ontology()[code]
    except KeyError:
        raise KnowledgeBaseError(Errors.E431.format(code=code), source="cameo.tsv") from None


def is_code(code: str) -> bool:
    """Whether ``code`` is a CAMEO event code (used to validate user lexicons)."""
    return code in load_ontology()
