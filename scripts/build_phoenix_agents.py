"""Convert the whole Phoenix agents dictionary into ``src/newsevents/data/en/actors/phoenix_agents.tsv``.

    .venv/bin/python scripts/build_phoenix_agents.py [--phoenix ../shared/reference/phoenix]

Every entry is kept, substitution sets included: ``!MINIST! OF_AGRICULTURE [~GOVAGR]`` gives "minister of
agriculture", "ministers of agriculture", "ministry of agriculture" and "ministries of agriculture" (GOV);
``CATTLE!PERSON! [~AGR]`` gives "cattleman", "cattlemen", "cattlewoman" ...; irregular plurals in braces
(``CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}``) are phrases of their own. The agent is the code's first role
(``GOVAGR`` -> GOV), as the actor codes this project writes carry one role. Phoenix is MIT-licensed
(``LICENSE.phoenix`` beside the table). Nothing reads ``../shared`` at run time.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsevents" / "data" / "en" / "actors" / "phoenix_agents.tsv"
_SET = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_ENTRY = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~(?P<code>[A-Z]{3})[A-Z]*\]")


def _text(phrase: str) -> str:
    """``FOR_THE_INTERIOR`` -> ``for the interior``."""
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Every phrase a substitution set makes of ``phrase`` (the phrase itself when it holds none)."""
    match = re.search(r"![A-Z]+!", phrase)
    if match is None:
        return [phrase]
    members = sets.get(match.group(), [])
    out = []
    for member in members:
        out.extend(_expand(phrase[:match.start()] + member + phrase[match.end():], sets))
    return out


def convert(source: Path) -> list[tuple[str, str]]:
    """(phrase, agent) pairs of the dictionary, in its order, without repeats (the later code wins)."""
    sets: dict[str, list[str]] = {}
    pairs: dict[str, str] = {}
    for raw in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        found = _SET.match(line)
        if found:
            sets[found.group(1)] = [m.strip() for m in found.group(2).split(",") if m.strip()]
            continue
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        forms = [entry["phrase"], *(p for p in (entry["plurals"] or "").split(",") if p.strip())]
        for form in forms:
            for phrase in _expand(form.strip(), sets):
                text = _text(phrase)
                if text and "!" not in text and not text.startswith("of "):
                    pairs[text] = entry["code"]  # a phrase listed twice keeps its later code, as the loader did
    return list(pairs.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=REPO.parent / "shared" / "reference" / "phoenix")
    args = parser.parse_args()
    pairs = convert(args.phoenix / "Phoenix.agents.txt")
    OUT.write_text("phrase\tagent\n" + "".join(f"{p}\t{a}\n" for p, a in pairs), encoding="utf-8")
    print(f"{len(pairs)} agent phrases -> {OUT}")


if __name__ == "__main__":
    main()
