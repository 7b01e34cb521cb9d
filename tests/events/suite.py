"""Reading and scoring the sentence suite (tests/events/data/sentences.yaml and the rule-class
sentences of coder_sentences.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsevents.model import Actor, Event

from .helpers import make_actors

SUITE = Path(__file__).parent / "data" / "sentences.yaml"
SUITES = (SUITE, Path(__file__).parent / "data" / "coder_sentences.yaml")


@dataclass
class Case:
    text: str
    actors: list[tuple[str, str]]
    expected: list[tuple[str, str, str, str | None]]
    tags: list[str] = field(default_factory=list)
    xfail: str | None = None


def _same(predicted: str, expected: str, agree: Callable[[str, str], bool]) -> bool:
    if "-" in (predicted, expected):
        return predicted == expected
    return agree(predicted, expected)


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
    raw: list[dict[str, Any]] = [r for path in SUITES for r in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return [Case(r["t"], _pairs(r.get("a", "")), [_expected(e) for e in r.get("e", [])], r.get("tags", []),
                 r.get("xfail")) for r in raw]


def case_actors(case: Case) -> list[Actor]:
    return make_actors(case.text, case.actors)


def _exact(predicted: str, expected: str) -> bool:
    return predicted == expected


def compare(case: Case, events: list[Event], agree: Callable[[str, str], bool] = _exact) -> str:
    """"" when the coded events are exactly the expected ones; else what differs.

    ``agree`` compares actor codes: exact for the test-only actors; the official 3+3 rule of the
    evaluation (``ISR`` agrees with ``ISRGOV``) for the real resolver, whose codes carry a role
    only where the text gives one.
    """
    got = [(e.source_code or "-", e.cameo, e.target_code or "-", e.mode) for e in events]
    left = list(got)
    missing = []
    for src, code, tgt, mode in case.expected:
        hit = next((g for g in left if _same(g[0], src, agree) and _same(g[2], tgt, agree) and g[1].startswith(code)
                    and (mode is None or g[3] == mode)), None)
        if hit is None:
            missing.append(f"{src} {code} {tgt} {mode or ''}".strip())
        else:
            left.remove(hit)
    if not missing and not left:
        return ""
    return f"missing {missing}; unexpected {[' '.join(g) for g in left]}"
