"""Convert ../shared/reference/cameo_codes.tsv into src/newsevents/data/ontology/cameo.tsv.

Only facts are carried over: codes, names, Goldstein scores, QuadClass and the PLOVER type / mode /
context each code maps to. The CAMEO manual's descriptions, usage notes and examples are not copied.

Two gaps in the reference mapping are filled here, and marked in the ``plover_source`` column:
- root 02 (APPEAL) has no PLOVER type in the reference; PLOVER files appeals under REQUEST.
- root 01 (statements) has none either; PLOVER dropped plain statements, so they stay blank.
- the 03 "express intent" codes map to AGREE in the reference; PLOVER codes an intention as the
  intended event type with mode ``intend`` (e.g. 036 -> CONSULT/intend). Both are kept: ``plover``
  holds the intended type, ``plover_reference`` the reference's own value.

Run: python scripts/build_ontology.py [path/to/cameo_codes.tsv]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SRC = REPO.parent / "shared" / "reference" / "cameo_codes.tsv"
OUT = REPO / "src" / "newsevents" / "data" / "ontology" / "cameo.tsv"
COLUMNS = ["code", "name", "root", "level", "goldstein", "quad_class", "goldstein_icews", "goldstein_phoenix",
           "in_gdelt", "in_icews", "plover", "plover_mode", "plover_context", "plover_reference", "plover_source"]

# Typos in the reference's names.
NAME_FIXES = {"044": "Meet at a third location", "033": "Express intent to provide material aid, not specified below",
              "2041": "Use chemical, biological, or radiological weapons"}

# PLOVER type of the event a 03x code announces (mode "intend").
INTENT_TYPES = {
    "030": "COOPERATE", "031": "COOPERATE", "032": "SUPPORT", "033": "AID", "034": "CONCEDE",
    "035": "RETREAT", "036": "CONSULT", "037": "AGREE", "038": "CONSULT", "039": "CONSULT",
}


def convert(row: dict[str, str]) -> dict[str, str]:
    """One reference row -> one project row (facts only)."""
    code = row["code"]
    plover, mode, source = row["plover_event"], row["plover_mode"], "reference"
    # plover_mode is PLOVER's own sub-type (phone, visit, release ...); the event's mode (did, intend,
    # threaten ...) is decided by the coder from the sentence.
    if code.startswith("02") and not plover:
        plover, source = "REQUEST", "filled: PLOVER REQUEST covers CAMEO appeals"
    if code.startswith("03") and len(code) >= 3:
        plover, source = INTENT_TYPES[code[:3]], "filled: 03x coded as intended type (event mode intend)"
    return {
        "code": code, "name": NAME_FIXES.get(code, row["name"]), "root": row["root_code"], "level": row["level"],
        "goldstein": row["goldstein"], "quad_class": row["quadclass"], "goldstein_icews": row["goldstein_icews"],
        "goldstein_phoenix": row["goldstein_phoenix"], "in_gdelt": row["in_gdelt"],
        "in_icews": row["in_icews_codebook"], "plover": plover, "plover_mode": mode,
        "plover_context": row["plover_context"], "plover_reference": row["plover_event"], "plover_source": source,
    }


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    with src.open(encoding="utf-8", newline="") as fh:
        rows = [convert(r) for r in csv.DictReader(fh, delimiter="\t")]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein, QuadClass and PLOVER mapping;"
                 " built by scripts/build_ontology.py\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
