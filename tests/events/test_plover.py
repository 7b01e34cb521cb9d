"""PLOVER types by the PLOVER manual's CAMEO-to-PLOVER table (data/common/ontology/plover.tsv).

The type is the manual's (03x intents are AGREE, 163 sanctions COERCE ...); the coder's mode
(``intend``, ``threaten``) is added beside the type and never replaces it. Sentences written for
this project.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

from newsevents.events import code_events, load_ontology, lookup
from newsevents.events.ontology import load_plover

from .helpers import make_actors, make_article

REPO = Path(__file__).resolve().parents[2]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


@pytest.mark.parametrize("code, plover, mode, context", [
    ("036", "AGREE", None, "diplomatic"),      # an intent to meet is AGREE, not CONSULT
    ("0333", "AGREE", None, "humanitarian"),   # an intent to give aid is AGREE, not AID
    ("041", "CONSULT", "phone", None),
    ("042", "CONSULT", "visit", None),
    ("0841", "RETREAT", "release", "legal"),
    ("081", "CONCEDE", None, "legal"),
    ("163", "COERCE", "restrict", "diplomatic"),  # sanctions are COERCE in the 2021 table
    ("1712", "ASSAULT", "seize", "human_security"),
    ("173", "COERCE", "arrest", "legal"),
    ("1121", "ACCUSE", "allege", "crime; corruption"),
    ("192", "COERCE", "seize", "military"),
    ("195", "ASSAULT", "heavy-weapons", "military"),
])
def test_codes_take_the_manual_type(code: str, plover: str, mode: str | None, context: str | None) -> None:
    info = lookup(code)
    assert (info.plover, info.plover_mode, info.plover_context) == (plover, mode, context)


def test_gaps_of_the_2021_table() -> None:
    assert lookup("0256").plover == "REQUEST"            # appeals: the manual's REQUEST covers CAMEO 02
    assert lookup("010").plover is None                  # plain statements have no PLOVER type
    assert lookup("1951").plover == lookup("195").plover == "ASSAULT"  # a later CAMEO code: its parent's


def test_every_code_has_a_known_type_or_none() -> None:
    codes = load_ontology()
    assert set(load_plover()) >= set(codes)
    assert {c.plover for c in codes.values()} - {None} <= PLOVER_TYPES
    assert all(c.plover is None for c in codes.values() if c.root == "01")
    assert all(c.plover for c in codes.values() if c.root != "01")


def test_the_data_file_follows_the_manual_line_by_line() -> None:
    """Every row marked ``PLOVER 2021`` says what the manual's line says (when ../shared is present)."""
    table = REPO.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not table.exists():
        pytest.skip("the PLOVER reference table (../shared) is absent")
    first: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line.strip())
        if m:
            first.setdefault(m.group(1), m.group(2))
    data = REPO / "src" / "newsevents" / "data" / "common" / "ontology" / "plover.tsv"
    rows = csv.DictReader([ln for ln in data.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")],
                          delimiter="\t")
    own = {r["code"]: r["plover"] for r in rows if r["source"] == "PLOVER 2021"}
    assert own == first


def test_build_script_reproduces_the_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = REPO.parent / "shared" / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
    if not table.exists():
        pytest.skip("the PLOVER reference table (../shared) is absent")
    spec = importlib.util.spec_from_file_location("build_plover", REPO / "scripts" / "build_plover.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path / "plover.tsv")
    assert module.main(["build_plover.py", str(table)]) == 0
    shipped = REPO / "src" / "newsevents" / "data" / "common" / "ontology" / "plover.tsv"
    assert (tmp_path / "plover.tsv").read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, actors, exp", [
    # an intention: type AGREE by the manual, with the mode "intend" beside it
    ("The Kenyan president pledged to visit Uganda next month.", "Kenyan president=KENGOV; Uganda=UGA",
     ("KENGOV", "03", "UGA", "AGREE", "intend")),
    # a threat keeps its THREATEN type with the mode "threaten"
    ("The Serbian army threatened to attack Kosovo.", "Serbian army=SRBMIL; Kosovo=XKX",
     ("SRBMIL", "13", "XKX", "THREATEN", "threaten")),
    # a done act: its own type, mode "did"
    ("Chilean police arrested the student leader.", "Chilean police=CHLCOP; student leader=CHLEDU",
     ("CHLCOP", "17", "CHLEDU", "COERCE", "did")),
])
def test_coded_events_carry_type_and_mode(nlp, text: str, actors: str, exp: tuple[str, ...]) -> None:
    doc = nlp(text)
    pairs = [tuple(p.strip() for p in part.rsplit("=", 1)) for part in actors.split(";")]
    events = code_events(doc, make_article(text, "2024-05-07"), make_actors(text, pairs), [], [])
    got = [(e.source_code, e.cameo[:2], e.target_code, e.plover, e.mode) for e in events]
    assert exp in got
