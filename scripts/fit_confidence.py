"""Fit the confidence factors (``confidence:`` in modality.yaml) on judged events, cross-validated by page.

An event's confidence is a product of factors (events/confidence.py); each factor is a key of the
``confidence:`` section that applies when the event has some evidence (no target, a reported clause,
a countryless side ...). This script re-fits those keys on events a person judged right or wrong:

    # 1. code folders of pages, keep every event with the evidence the confidence read, and the
    #    verdicts of a census store (benchmarks/census.py record) that match it
    python scripts/fit_confidence.py collect PAGES... --verdicts V.jsonl --set A -o A.jsonl
    # 2. fit on one or more collected files; print the fitted factors and the reliability table of the
    #    cross-validated confidences next to the current ones
    python scripts/fit_confidence.py fit A.jsonl D.jsonl --keys no_target,mode,same_side --shrink 5

The fit maximises the likelihood of the verdicts under "P(right) = the product of the factors that
apply" with every factor in [0.05, 1], and a penalty on each factor's log distance from its current
value (``--shrink``), so a key few events carry stays near the hand-set value; every event of a
sentence shares one unit of weight (a sentence coded as ten pairwise events counts once). Cross-validation
holds out whole pages (events of one page share a story, a style and often an error), and the
table scores each event with the factors fitted without its page.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize  # type: ignore[import-untyped]

from newsevents.events import confidence as conf_mod
from newsevents.events import records as coder  # the module whose call of confidence() makes an event
from newsevents.events.lexicon import load_lexicon
from newsevents.ingest import iter_inputs
from newsevents.model import RawDocument
from newsevents.pipeline import PipelineConfig, process_many

BANDS = ((0.8, 1.01), (0.5, 0.8), (0.0, 0.5))
THRESHOLDS = (0.5, 0.8)
LOW, HIGH = 0.05, 1.0


def collect(folders: Sequence[Path], verdicts: Mapping[str, Mapping[str, Any]], name: str) -> list[dict[str, Any]]:
    """Code every page of ``folders``; one row per event: its census key, verdict (if judged) and features.

    The coder's call of ``confidence`` is wrapped to keep the evidence of each event (the evidence is
    not part of an Event); an event is paired with the evidence of its trigger and sides."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import census  # type: ignore[import-not-found]  # a sibling script, not a package

    seen: dict[tuple[str, int], list[dict[str, Any]]] = {}
    original: Callable[..., float] = coder.__dict__["confidence"]

    def recording(m: Any, src: Any, tgt: Any, ctx: Any, sent: Any, cfg: Mapping[str, Any]) -> float:
        seen.setdefault((sent.doc.text, m.trigger.idx), []).append(conf_mod.features(m, src, tgt, ctx, sent,
                                                                                conf_mod.settings(cfg)))
        return original(m, src, tgt, ctx, sent, cfg)

    files = sorted(p for folder in folders for p in folder.iterdir() if p.is_file())
    raws = [item for item in iter_inputs([str(p) for p in files]) if isinstance(item, RawDocument)]
    rows: list[dict[str, Any]] = []
    coder.__dict__["confidence"] = recording
    try:
        for start in range(0, len(raws), 8):
            chunk = raws[start:start + 8]
            for raw, result in zip(chunk, process_many(chunk, PipelineConfig()), strict=True):
                if isinstance(result, Exception):
                    continue
                for event in result.events:
                    row = census._event_row(raw.source, result.article.title, event)
                    found = seen.get((result.article.text, event.trigger_start), [])
                    same = [f for f in found if (f["source_code"], f["target_code"])
                            == (event.source_code, event.target_code)]
                    if not (same or found):
                        continue
                    key = census.event_key(row)
                    verdict = verdicts.get(key, {})
                    rows.append({**row, "key": key, "set": name, "features": (same or found)[0],
                                 "verdict": verdict.get("verdict"), "why": verdict.get("why")})
            seen.clear()
    finally:
        coder.__dict__["confidence"] = original
    return rows


def fitted_keys(cfg: Mapping[str, Any]) -> list[str]:
    """Every factor the data can set: each number of the confidence section, the factor of each
    sentence length, each ``origin_factors`` entry."""
    keys = [k for k, v in cfg.items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    keys += [k for k, v in cfg.items() if isinstance(v, dict) and "factor" in v]
    return keys + [f"origin:{k}" for k in cfg.get("origin_factors") or {}]


def current(cfg: Mapping[str, Any], key: str) -> float:
    """The value the confidence section gives a fitted key now."""
    if ":" in key:
        table, name = key.split(":", 1)
        return float((cfg.get(f"{table}_factors") or {}).get(name, 1.0))
    value = cfg[key]
    return float(value["factor"] if isinstance(value, dict) else value)


def design(rows: Sequence[Mapping[str, Any]], cfg: Mapping[str, Any], keys: Sequence[str]) \
        -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per row: which fitted keys apply (0/1 matrix), the product of the other factors, the penalty,
    whether it is right, and its weight: 1 / the events judged in its sentence, so that a sentence
    coded ten times (five hosts of a conference, each pair an event) counts as one sentence."""
    index = {k: i for i, k in enumerate(keys)}
    x = np.zeros((len(rows), len(keys)))
    offset = np.ones(len(rows))
    penalty = np.zeros(len(rows))
    y = np.zeros(len(rows))
    per_sentence = Counter((row["set"], row["page"], row["sentence"]) for row in rows)
    weight = np.array([1.0 / per_sentence[(row["set"], row["page"], row["sentence"])] for row in rows])
    for r, row in enumerate(rows):
        for name, value in conf_mod.factors(row["features"], cfg):
            if name in index:
                x[r, index[name]] += 1
            else:
                offset[r] *= value
        penalty[r] = row["features"]["penalty"]
        y[r] = row["verdict"] == "right"
    return x, offset, penalty, y, weight


def predict(logf: np.ndarray, x: np.ndarray, offset: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    """The confidence of each row under the log factors ``logf``, as events/confidence.py computes it."""
    conf: np.ndarray = np.clip(offset * np.exp(x @ logf) - penalty, LOW, HIGH)
    return conf


def fit(x: np.ndarray, offset: np.ndarray, penalty: np.ndarray, y: np.ndarray, w: np.ndarray, start: np.ndarray,
        shrink: float) -> np.ndarray:
    """The log factors that maximise the verdicts' (weighted) likelihood, shrunk towards ``start``."""

    def loss(logf: np.ndarray) -> float:
        p = np.clip(offset * np.exp(x @ logf) - penalty, 0.02, 0.98)
        nll = -np.sum(w * (y * np.log(p) + (1 - y) * np.log(1 - p)))
        return float(nll + shrink * np.sum((logf - start) ** 2))

    bounds = [(math.log(LOW), 0.0)] * len(start)
    solution: np.ndarray = np.asarray(minimize(loss, start, method="L-BFGS-B", bounds=bounds).x, dtype=float)
    return solution


def folds_by_page(rows: Sequence[Mapping[str, Any]], k: int, seed: int) -> list[int]:
    """A fold number per row; every row of one page (of one set) in the same fold."""
    pages = sorted({(r["set"], r["page"]) for r in rows})
    random.Random(seed).shuffle(pages)
    fold = {page: i % k for i, page in enumerate(pages)}
    return [fold[(r["set"], r["page"])] for r in rows]


def table(conf: Sequence[float], right: Sequence[bool]) -> list[str]:
    """Precision at each threshold and per band, and the mean confidence of right and wrong events."""
    lines = []
    for t in THRESHOLDS:
        sel = [ok for c, ok in zip(conf, right, strict=True) if c >= t]
        lines.append(f">= {t:.1f}: {len(sel)} events, {sum(sel) / len(sel):.2f} right" if sel else f">= {t}: 0")
    for lo, hi in BANDS:
        sel = [ok for c, ok in zip(conf, right, strict=True) if lo <= c < hi]
        lines.append(f"[{lo:.1f}, {min(hi, 1.0):.1f}): {len(sel)} events, "
                     + (f"{sum(sel) / len(sel):.2f} right" if sel else "-"))
    brier = sum((c - ok) ** 2 for c, ok in zip(conf, right, strict=True)) / max(1, len(conf))
    lines.append(f"Brier {brier:.3f}; AUC {auc(conf, right):.3f}")
    return lines


def auc(conf: Sequence[float], right: Sequence[bool]) -> float:
    """How often a right event has a higher confidence than a wrong one (ties count half)."""
    pos = [c for c, ok in zip(conf, right, strict=True) if ok]
    neg = [c for c, ok in zip(conf, right, strict=True) if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def run_fit(rows: list[dict[str, Any]], cfg: dict[str, Any], keys: Sequence[str], k: int, shrink: float,
            seed: int) -> list[str]:
    """Fit ``keys`` on all rows and per fold; the fitted factors and the tables before and after (as lines)."""
    start = np.log([current(cfg, key) for key in keys])
    x, offset, penalty, y, w = design(rows, cfg, keys)
    before = [float(r["confidence"]) for r in rows]
    now = predict(start, x, offset, penalty)
    fold = np.array(folds_by_page(rows, k, seed))
    cv = np.zeros(len(rows))
    for f in range(k):
        train = fold != f
        cv[~train] = predict(fit(x[train], offset[train], penalty[train], y[train], w[train], start, shrink),
                             x[~train], offset[~train], penalty[~train])
    full = fit(x, offset, penalty, y, w, start, shrink)
    right = [bool(v) for v in y]
    used = x.sum(axis=0)
    out = [f"{len(rows)} judged events on {len({(r['set'], r['page']) for r in rows})} pages, "
           f"{int(y.sum())} right", "", "factor: current -> fitted (events it applies to)"]
    out += [f"  {key}: {math.exp(a):.3f} -> {math.exp(b):.3f} ({int(n)})"
            for key, a, b, n in zip(keys, start, full, used, strict=True)]
    out += ["", "confidence as coded:", *table(before, right)]
    out += ["", "current factors recomputed (check):", *table(list(now), right)]
    out += ["", f"fitted, {k}-fold cross-validated by page:", *table(list(cv), right)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    col = sub.add_parser("collect", help="code pages; write events with their evidence and verdicts")
    col.add_argument("folders", type=Path, nargs="+")
    col.add_argument("--verdicts", type=Path, required=True, help="a census verdict store (key, verdict, why)")
    col.add_argument("--set", default="dev", help="a name for the set (pages are grouped by set and name)")
    col.add_argument("-o", "--output", type=Path, required=True)
    fitp = sub.add_parser("fit", help="fit the factors on collected files; print the cross-validated table")
    fitp.add_argument("files", type=Path, nargs="+")
    fitp.add_argument("--folds", type=int, default=5)
    fitp.add_argument("--shrink", type=float, default=2.0, help="weight of the pull towards the current values")
    fitp.add_argument("--seed", type=int, default=1)
    fitp.add_argument("--keys", help="comma-separated factors to fit (default: all of fitted_keys); the others "
                      "keep their value")
    args = parser.parse_args(argv)
    if args.command == "collect":
        store = {}
        for line in args.verdicts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                store[item["key"]] = item
        rows = collect(args.folders, store, args.set)
        args.output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} events, {sum(r['verdict'] in ('right', 'wrong') for r in rows)} judged")
        return 0
    rows = [r for path in args.files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            for r in [json.loads(line)] if r.get("verdict") in ("right", "wrong") and r.get("features")]
    cfg = conf_mod.settings(load_lexicon().modality)
    keys = args.keys.split(",") if args.keys else fitted_keys(cfg)
    unknown = set(keys) - set(fitted_keys(cfg))
    if unknown:
        parser.error(f"not a factor of the confidence data: {', '.join(sorted(unknown))}")
    print("\n".join(run_fit(rows, cfg, keys, args.folds, args.shrink, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
