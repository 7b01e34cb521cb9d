"""Convert the PLOVER manual's CAMEO-to-PLOVER table into src/newsevents/data/common/ontology/plover.tsv.

Source: ``CAMEO2PLOVER-2021.txt`` of the PLOVER manual (Draft 0.8, 17 September 2021, Schrodt et al.,
Open Event Data Alliance, CC BY-SA 4.0). Each line of the table reads
``CODE: TYPE, mode, context # CAMEO name``; the facts carried over are the code, the PLOVER event
type, its mode (PLOVER's sub-type: phone, visit, release ...) and its context (economic, military ...).
The names after ``#`` are not copied (cameo.tsv has the CAMEO names).

Every CAMEO code of the project's cameo.tsv gets one row, so that a user reads every code's PLOVER
type in one file, with where it came from in the ``source`` column:
- ``PLOVER 2021``: the code's own line of the table (the first line, where a code is listed twice,
  as the root 08 is: CONCEDE, then RETREAT as the heading of 084-087);
- ``PLOVER 2021 via NNN``: a code the 2021 table does not list (later CAMEO additions such as 1951)
  takes the type, mode and context of its nearest listed parent code;
- ``PLOVER manual: REQUEST covers CAMEO appeals``: the table omits root 02; the manual defines
  REQUEST as CAMEO's APPEAL (02) and DEMAND (10) together, so 02x are REQUEST;
- root 01 (statements) is left blank: PLOVER has no type for plain statements.

Run: python scripts/build_plover.py [path/to/CAMEO2PLOVER-2021.txt]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SRC = REPO.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
ONTOLOGY = REPO / "src" / "newsevents" / "data" / "common" / "ontology"
OUT = ONTOLOGY / "plover.tsv"
COLUMNS = ["code", "plover", "plover_mode", "plover_context", "source"]
LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<fields>[^#]*)")
# Roots the table omits, and the type the manual's definitions give them (None: no PLOVER type).
ROOT_FILLS = {"01": (None, "PLOVER has no type for plain statements"),
              "02": ("REQUEST", "PLOVER manual: REQUEST covers CAMEO appeals")}


def parse_table(text: str) -> dict[str, dict[str, str]]:
    """The table's rows by CAMEO code (first line wins where a code is listed twice)."""
    rows: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        m = LINE.match(line.strip())
        if not m:
            continue
        fields = [f.strip() for f in m["fields"].split(",")] + ["", ""]
        context = "; ".join(c.strip() for c in fields[2].split(";") if c.strip())
        rows.setdefault(m["code"], {"code": m["code"], "plover": fields[0], "plover_mode": fields[1],
                                    "plover_context": context, "source": "PLOVER 2021"})
    return rows


def cameo_codes() -> list[str]:
    """Every code of the project's CAMEO ontology, in its order."""
    lines = [ln for ln in (ONTOLOGY / "cameo.tsv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [row["code"] for row in csv.DictReader(lines, delimiter="\t")]


def complete(table: dict[str, dict[str, str]], codes: list[str]) -> list[dict[str, str]]:
    """One row per CAMEO code (see module docstring), then the table's codes CAMEO lacks."""
    out: list[dict[str, str]] = []
    for code in codes:
        if code in table:
            out.append(table[code])
        elif code[:2] in ROOT_FILLS:
            plover, source = ROOT_FILLS[code[:2]]
            out.append({"code": code, "plover": plover or "", "plover_mode": "", "plover_context": "",
                        "source": source})
        else:
            parent = next(code[:n] for n in range(len(code) - 1, 1, -1) if code[:n] in table)
            out.append({**table[parent], "code": code, "source": f"PLOVER 2021 via {parent}"})
    out.extend(row for code, row in table.items() if code not in set(codes))
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    rows = complete(parse_table(src.read_text(encoding="utf-8")), cameo_codes())
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# PLOVER type, mode and context of each CAMEO code, from the PLOVER manual's CAMEO-to-PLOVER table\n"
                 "# (Draft 0.8, 2021, Open Event Data Alliance, CC BY-SA 4.0; see NOTICE.md and LICENSE-PLOVER).\n"
                 "# Built by scripts/build_plover.py; the source column says where each row comes from.\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
