"""The CAMEO event ontology (codes, names, Goldstein, QuadClass) and its PLOVER mapping.

Read once from ``data/ontology/cameo.tsv`` (built by ``scripts/build_ontology.py``). The coder asks
it for the score, class and PLOVER type of every code it emits, so these facts live in one file.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import KnowledgeBaseError

LOGGER = logging.getLogger(__name__)


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


def _num(text: str, kind: type) -> float | int | None:
    return kind(float(text)) if text.strip() else None


@lru_cache(maxsize=1)
def load_ontology() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("042", "1383", roots "04")."""
    path = resources.files("newsevents") / "data" / "ontology" / "cameo.tsv"
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    except OSError as err:
        raise KnowledgeBaseError(f"cannot read CAMEO ontology: {err}", source=str(path)) from err
    codes: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        codes[row["code"]] = CameoCode(
            code=row["code"], name=row["name"], root=row["root"],
            goldstein=_num(row["goldstein"], float), quad_class=_num(row["quad_class"], int),
            plover=row["plover"] or None, plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    LOGGER.debug("loaded %d CAMEO codes", len(codes))
    return codes


def lookup(code: str) -> CameoCode:
    """The entry of ``code``; raises KnowledgeBaseError for a code CAMEO does not have."""
    try:
        return load_ontology()[code]
    except KeyError:
        raise KnowledgeBaseError(f"unknown CAMEO code {code!r}", source="cameo.tsv") from None


def is_code(code: str) -> bool:
    """Whether ``code`` is a CAMEO event code (used to validate user lexicons)."""
    return code in load_ontology()
