"""The CAMEO codebook's own example sentences as a suite: root and both actors' countries right.

The sentences are read at test time from ``../shared/reference/cameo_codes.tsv`` (column
``example``) and never copied into the project; the suite is skipped when ``../shared`` is absent.
The expected source and target of each sentence, written by reading it, are in
``data/codebook_expected.yaml`` (see its header for the code conventions). A sentence passes when
the pipeline codes, from that sentence alone, an event whose CAMEO root is the example code's root
and whose source and target codes match the expected ones.

One aggregate test with a floor: single sentences are not tests of their own, because the suite
measures the coder's breadth (issue 14's target is 70%), and the coder is being widened in steps.
The pass rate and the failures are printed at the end of the run.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.model import Event, RawDocument
from newsevents.pipeline import process_many

DATA = Path(__file__).parent / "data" / "codebook_expected.yaml"
# 0.05 below the measured pass rate (191/281 = 0.680 after session 13; 186/281 = 0.662 after session 12;
# 172/281 = 0.612 after session 11; 154/281 = 0.548 after sessions 9-10; 150/281 after session 8's group
# actors, modes, owners, protest targets and matcher work; 137/281 after session 7, 128/281 after session 6,
# 98/281 after session 5, 84/281 after the verb-lexicon breadth of issue 14, 72/281 before); raise it as the
# coder grows.
FLOOR = 0.65
PLACEHOLDER = "NEED EXAMPLE"


@dataclass(frozen=True)
class Example:
    code: str
    sentence: str
    pairs: tuple[tuple[tuple[str | None, ...], tuple[str | None, ...]], ...]


def _options(value: Any) -> tuple[str | None, ...]:
    return tuple(value) if isinstance(value, list) else (value,)


def _pairs(entry: dict[str, Any]) -> tuple[tuple[tuple[str | None, ...], tuple[str | None, ...]], ...]:
    if "pairs" in entry:
        return tuple(((s,), (t,)) for s, t in entry["pairs"])
    return ((_options(entry["source"]), _options(entry["target"])),)


def load_examples(shared: Path) -> list[Example]:
    """The codebook's example sentences (without their "Note:" for coders) with their expectations."""
    expected = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out: list[Example] = []
    with (shared / "reference" / "cameo_codes.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            sentence = row["example"].split(" Note:")[0].strip()
            if not sentence or sentence.startswith(PLACEHOLDER):
                continue
            if row["code"] not in expected:
                raise AssertionError(f"codebook example {row['code']} has no expected actors in {DATA.name}")
            out.append(Example(row["code"], sentence, _pairs(expected[row["code"]])))
    return out


def _side(code: str | None, options: tuple[str | None, ...]) -> bool:
    """An actor code matches an option that is its prefix; None matches only "names none"."""
    return any(code is None if o is None else bool(code) and code.startswith(o) for o in options)


def passes(example: Example, events: list[Event]) -> bool:
    root = example.code[:2]
    return any(e.cameo[:2] == root and _side(e.source_code, src) and _side(e.target_code, tgt)
               for e in events for src, tgt in example.pairs)


def _describe(events: list[Event]) -> str:
    return ", ".join(f"{e.source_code}->{e.target_code} {e.cameo}" for e in events) or "no event"


@pytest.mark.parametrize("code, options, events, exp", [
    ("173", (("ISR",), ("PSE",)), [("ISRMIL", "PSECVL", "173")], True),
    ("173", (("ISR",), ("PSE",)), [("ISRMIL", "PSECVL", "190")], False),       # wrong root
    ("173", (("ISR",), ("PSE",)), [("PSECVL", "ISRMIL", "173")], False),       # actors reversed
    ("0252", ((None,), (None,)), [(None, None, "025")], True),
    ("0252", ((None,), (None,)), [("USA", None, "025")], False),               # a source where none is named
    ("1033", (("IRQ",), ("DEU", None)), [("IRQCVL", None, "102")], True),     # "none" is acceptable here
])
def test_matching(code, options, events, exp):
    example = Example(code, "", (options,))
    evs = [Event(id="", article_id="a", cameo=c, source_code=s, target_code=t) for s, t, c in events]
    assert passes(example, evs) is exp


@pytest.mark.slow  # the pipeline over every example of the codebook
def test_codebook_examples(shared_dir: Path, codebook_report: list[str]) -> None:
    examples = load_examples(shared_dir)
    raws = [RawDocument(source=f"codebook:{ex.code}", content=ex.sentence, media_type="text") for ex in examples]
    failures: list[str] = []
    for ex, result in zip(examples, process_many(raws), strict=True):
        events = result.events if hasattr(result, "events") else []
        if not passes(ex, events):
            failures.append(f"  {ex.code}: {_describe(events)} | {ex.sentence[:90]}")
    rate = 1 - len(failures) / len(examples)
    codebook_report.append(f"codebook examples: {len(examples) - len(failures)}/{len(examples)} = {rate:.3f} "
                           f"(root and both actors right; floor {FLOOR:.2f})")
    codebook_report.append("failures:")
    codebook_report.extend(failures)
    assert rate >= FLOOR, f"codebook pass rate {rate:.3f} fell below the floor {FLOOR:.2f}"
