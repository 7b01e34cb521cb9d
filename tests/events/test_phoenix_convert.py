"""scripts/convert_phoenix_verbs.py: how Phoenix verb blocks map onto the pattern syntax, what is
refused (and counted) and why, the shipped file's reproducibility and the coverage table of the docs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from newsevents.events import parse_pattern

REPO = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("convert_phoenix_verbs", REPO / "scripts" / "convert_phoenix_verbs.py")
conv = importlib.util.module_from_spec(SPEC)
sys.modules["convert_phoenix_verbs"] = conv
SPEC.loader.exec_module(conv)

# a small dictionary in the Phoenix format, written for this test
MINI = """\
####### SYNONYM SETS #######

&ENGINE
+TREBUCHET
+CATAPULT
+SIEGE_TOWER

####### VERB PATTERNS #######

---  HURL   [---]  ---
HURL
FLING [190]
- * &ENGINE                                   [194]         # HURL
- * (AT WALL)                                 [190]         # HURL
- * ROCKS (AT WALL)                           [190]         # FLING
- * BACK                                      [040]
- * OUT INSULTS                               [111]         # HURL
- &MILITARY * STONES                          [190]         # HURL
- * {HEAVY STONES}                            [194]         # HURL
- * STONES                                    [---]         # HURL
- * (TO)                                      [042:043]     # HURL
- * (AT COURT)                                [:173]        # HURL
- * + THAT $ WILL                             [130]         # HURL

---  CORDON   [---]  ---
+CORDON_OFF {+CORDONED_OFF +CORDONING_OFF} [191]
WIRE_+TAP
~ a (a b ATTACK) SAY = a b 015
"""

SELECTION = {"keep_kinds": ["object", "object+prep", "prep", "particle"], "confidence": {"object": 0.7}}


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    path = tmp_path_factory.mktemp("phx") / "mini.txt"
    path.write_text(MINI, encoding="latin-1")
    return path


def _patterns(res) -> dict[str, str]:
    return {item["pattern"]: code for code, items in res.entries.items() for item in items}


def test_mapping_of_each_kind(mini):
    res, classes, multi = conv.convert(mini, None)
    got = _patterns(res)
    assert got["hurl {@phx_engine} any _"] == "194"  # synonym set -> class; target from the verb phrase
    assert got["hurl at {wall} any _"] == "190"  # prepositional object
    assert got["fling {rocks|rock} at {wall} any _"] == "190"  # the comment names FLING: only FLING gets it
    assert "hurl {rocks|rock} at {wall} any _" not in got
    assert got["hurl out {insults|insult} any _"] == "111"  # particle + object
    assert got["hurl _ back"] == "040" and got["fling _ back"] == "040"  # no verb named: block-wide
    assert got["fling _"] == "190"  # the verb's own code: a bare default
    assert got["cordon off _"] == "191"  # multi-word verb: the particle is a required word
    assert got["hurl to _"] == "042"  # [042:043]: the primary code
    assert classes["phx_engine"] == ["trebuchet", "catapult"] and multi == 1  # SIEGE_TOWER: two words
    for text, code in got.items():  # every mapped pattern parses
        parse_pattern(text, "verb", code, classes={k: frozenset(v) for k, v in classes.items()})


def test_unmappable_patterns_are_counted_by_reason(mini):
    res, _classes, _multi = conv.convert(mini, None)
    assert res.unmapped == {
        "words before the verb (a subject constraint)": 1,
        "object is a multi-word phrase ({A B}) or an undefined set": 1,
        "null code (the words are not an event)": 1,
        "only a reversed event ([:code])": 1,
        "source/skip/compound marker ($ ^ %)": 1,
        "multi-word verb with a word before the verb": 1,
        "verb-verb transformation (~)": 1,
    }


def test_selection_keeps_named_constrained_patterns_only(mini):
    res, _classes, _multi = conv.convert(mini, SELECTION)
    got = _patterns(res)
    assert "fling _" not in got and "hurl _ back" not in got and "hurl to _" not in got
    assert got["hurl {@phx_engine} any _"] == "194"
    assert res.dropped["kind 'bare' not kept"] == 2  # fling, cordon off
    items = [i for items in res.entries.values() for i in items]
    assert all(i["generated"] and i["id"].startswith("phoenix:") and "line" in i["origin"] for i in items)


def test_shipped_selection_is_documented():
    sel = yaml.safe_load((REPO / "src/newsevents/data/en/lexicon/phoenix_selection.yaml").read_text(encoding="utf-8"))
    assert "bare" not in sel["keep_kinds"] and not any("block-wide" in k for k in sel["keep_kinds"])
    assert sel["exclude_lines"]
    for key in ("exclude_blocks", "exclude_verbs", "exclude_lines"):
        for name, reason in (sel.get(key) or {}).items():
            assert isinstance(reason, str) and len(reason) > 10, f"{key}.{name} needs its reason"


def test_shipped_file_is_what_the_script_writes(shared_dir, tmp_path):
    """Re-running the converter on the Phoenix dictionary gives the shipped file, byte for byte."""
    source = shared_dir / "reference" / "phoenix" / "CAMEO.2.0.txt"
    if not source.is_file():
        pytest.skip("the Phoenix dictionary is not in ../shared")
    out = tmp_path / "phoenix_verbs.tsv"
    assert conv.main([str(source), "--out", str(out)]) == 0
    shipped = REPO / "src" / "newsevents" / "data" / "en" / "lexicon" / "phoenix_verbs.tsv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_license_covers_the_converted_file():
    text = (REPO / "src/newsevents/data/en/lexicon/LICENSE").read_text(encoding="utf-8")
    assert "MIT" in text and "Open Event Data" in text
    head = (REPO / "src/newsevents/data/en/lexicon/phoenix_verbs.tsv").read_text(encoding="utf-8")[:600]
    assert "MIT" in head and "LICENSE" in head


def test_docs_coverage_table_is_current():
    """docs/events.md shows the patterns per CAMEO root that ``--coverage`` prints."""
    doc = (REPO / "docs" / "events.md").read_text(encoding="utf-8")
    assert conv.coverage_table() in doc
    rows = conv.coverage()
    assert all(hand + gen > 0 for _root, hand, gen in rows)
