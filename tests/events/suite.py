"""Reading and scoring the sentence suite (tests/events/data/sentences.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsevents.model import Actor, Event

from .helpers import make_actors

SUITE = Path(__file__).parent / "data" / "sentences.yaml"


@dataclass
class Case:
    text: str
    actors: list[tuple[str, str]]
    expected: list[tuple[str, str, str, str | None]]
    tags: list[str] = field(default_factory=list)
    xfail: str | None = None


def _pairs(spec: str) -> list[tuple[str, str]]:
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        surface, code = part.rsplit("=", 1)
        out.append((surface.strip(), code.strip()))
    return out


def _expected(item: str) -> tuple[str, str, str, str | None]:
    parts = item.split()
    return parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else None


def load_cases() -> list[Case]:
    raw: list[dict[str, Any]] = yaml.safe_load(SUITE.read_text(encoding="utf-8"))
    return [Case(r["t"], _pairs(r.get("a", "")), [_expected(e) for e in r.get("e", [])], r.get("tags", []),
                 r.get("xfail")) for r in raw]


def case_actors(case: Case) -> list[Actor]:
    return make_actors(case.text, case.actors)


def compare(case: Case, events: list[Event]) -> str:
    """"" when the coded events are exactly the expected ones; else what differs."""
    got = [(e.source_code or "-", e.cameo, e.target_code or "-", e.mode) for e in events]
    left = list(got)
    missing = []
    for src, code, tgt, mode in case.expected:
        hit = next((g for g in left if g[0] == src and g[2] == tgt and g[1].startswith(code)
                    and (mode is None or g[3] == mode)), None)
        if hit is None:
            missing.append(f"{src} {code} {tgt} {mode or ''}".strip())
        else:
            left.remove(hit)
    if not missing and not left:
        return ""
    return f"missing {missing}; unexpected {[' '.join(g) for g in left]}"
