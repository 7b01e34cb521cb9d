"""The actor mention suite (data/mentions.yaml): written sentences with what each mention must resolve to.

One test runs every case, prints the pass rate and each failure, and holds the rate above a floor; the suite
covers unknown people with descriptions, nationality groups, agents, organisations by type, namesakes that must
not link, coreference, and page furniture that must not be an actor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow
SUITES = sorted((Path(__file__).parent / "data").glob("mentions*.yaml"))  # mentions.yaml, mentions_links.yaml
FLOOR = 0.95


def _holder(actors: list[Actor], text: str, mention: str, exact_only: bool = False) -> Actor | None:
    """The actor one of whose mentions is ``mention`` (or, failing that and unless ``exact_only``, overlaps
    its first occurrence)."""
    exact = [a for a in actors if any(m.text == mention for m in a.mentions)]
    if exact or exact_only:
        return exact[0] if exact else None
    start = text.find(mention)
    end = start + len(mention)
    near = [a for a in actors if any(m.start < end and start < m.end for m in a.mentions)]
    return near[0] if near else None


def check(actor: Actor | None, want: Any) -> bool:
    """Whether ``actor`` (the mention's holder, or None) meets the expectation ``want`` (see mentions.yaml)."""
    if want is None:
        return actor is None
    if isinstance(want, list) and all(str(w).startswith("!") for w in want):
        return all(check(actor, w) for w in want)  # none of these
    if isinstance(want, list):
        return actor is not None and actor.code in want
    if want.startswith("!"):
        bad = want[1:]
        return actor is None or not (actor.name == bad or (len(bad) == 3 and (actor.code or "").startswith(bad)))
    if want.startswith("="):
        return actor is not None and actor.code == want[1:]  # the holder was found by the exact mention
    if want.startswith("~"):
        return actor is not None and (actor.code or "").startswith(want[1:])
    return actor is not None and actor.code == want


def run_suite(nlp) -> tuple[int, int, list[str]]:
    cases = [c for suite in SUITES for c in yaml.safe_load(suite.read_text(encoding="utf-8"))["cases"]]
    passed = total = 0
    failures = []
    for n, case in enumerate(cases):
        text = case["text"]
        article = Article(id=f"m{n}", text=text, published=str(case.get("date", "2021-06-01")))
        actors = resolve_actors(nlp(text), article)
        for mention, want in case["expect"].items():
            assert mention in text, f"case {n}: {mention!r} is not in its text"
            total += 1
            exact = isinstance(want, str) and want.startswith("=")
            actor = _holder(actors, text, mention, exact_only=exact)
            if check(actor, want):
                passed += 1
            else:
                got = f"{actor.name} {actor.code}" if actor else "no actor"
                failures.append(f"case {n}: {mention!r} want {want!r}, got {got}")
    return passed, total, failures


def test_mention_suite_pass_rate(nlp, capsys):
    passed, total, failures = run_suite(nlp)
    with capsys.disabled():
        print(f"\nactor mention suite: {passed}/{total} = {passed / total:.3f}; floor {FLOOR:.2f}")  # noqa: T201
        for line in failures:
            print("  FAIL", line)  # noqa: T201
    assert total >= 150
    assert passed / total >= FLOOR, "\n".join(failures)


@pytest.mark.parametrize("want, actor_code, name, ok", [
    ("USAGOV", "USAGOV", "x", True), ("USAGOV", "USA", "x", False), (None, None, None, True),
    ("!Scott Morrison", "AUSGOV", "Scott Morrison", False), ("!UKR", "UKRJUD", "x", False),
    ("!UKR", "JUD", "x", True), ("~AUS", "AUSCVL", "x", True), (["JUD", "USAJUD"], "JUD", "x", True),
    (["!CHL", "!PER"], "PER", "x", False), (["!CHL", "!PER"], None, "x", True), ("=USAGOV", "USAGOV", "x", True),
    ("=USAGOV", "USALEG", "x", False), ("=USAGOV", None, None, False),
])
def test_check_reads_each_expectation_form(want, actor_code, name, ok):
    actor = None if name is None else Actor(id="A1", article_id="t", name=name, kind="person", code=actor_code)
    assert check(actor, want) is ok
