"""Convert ../shared/reference/cameo_codes.tsv into src/newsevents/data/common/ontology/cameo.tsv.

Only facts are carried over: codes, names, Goldstein scores and QuadClass. The CAMEO manual's
descriptions, usage notes and examples are not copied. The PLOVER type of each code comes from the
PLOVER manual's own table, converted by ``scripts/build_plover.py`` into ``plover.tsv``.

Run: python scripts/build_ontology.py [path/to/cameo_codes.tsv]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SRC = REPO.parent / "shared" / "reference" / "cameo_codes.tsv"
OUT = REPO / "src" / "newsevents" / "data" / "common" / "ontology" / "cameo.tsv"
COLUMNS = ["code", "name", "root", "level", "goldstein", "quad_class", "goldstein_icews", "goldstein_phoenix",
           "in_gdelt", "in_icews"]

# Typos in the reference's names.
NAME_FIXES = {"044": "Meet at a third location", "033": "Express intent to provide material aid, not specified below",
              "2041": "Use chemical, biological, or radiological weapons"}

def convert(row: dict[str, str]) -> dict[str, str]:
    """One reference row -> one project row (facts only)."""
    code = row["code"]
    return {
        "code": code, "name": NAME_FIXES.get(code, row["name"]), "root": row["root_code"], "level": row["level"],
        "goldstein": row["goldstein"], "quad_class": row["quadclass"], "goldstein_icews": row["goldstein_icews"],
        "goldstein_phoenix": row["goldstein_phoenix"], "in_gdelt": row["in_gdelt"],
        "in_icews": row["in_icews_codebook"],
    }


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    with src.open(encoding="utf-8", newline="") as fh:
        rows = [convert(r) for r in csv.DictReader(fh, delimiter="\t")]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein and QuadClass (PLOVER types: plover.tsv);"
                 " built by scripts/build_ontology.py\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
