"""Actor filters mean one thing everywhere: ``--actor-code`` is a code prefix in any case, ``--actor-name``
a case-insensitive part of a name, answered by the store's one filter builder that /api/events uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents import aggregate
from newsevents.cli import cli
from newsevents.store import Store
from newsevents.store.api_merged import merged_page
from newsevents.store.api_queries import EventQuery, Page, event_page
from tests.handmade import make_result

EVENTS = [
    {"cameo": "042", "date": "2024-03-01", "source_code": "RUSGOV", "source_name": "Sergei Lavrov",
     "target_code": "TURGOV", "target_name": "Hakan Fidan"},
    {"cameo": "190", "date": "2024-03-02", "source_code": "RUSMIL", "source_name": "Russian forces",
     "target_code": "UKR", "target_name": "Ukraine"},
    {"cameo": "036", "date": "2024-03-03", "source_code": "UKRGOV", "source_name": "Volodymyr Zelensky",
     "target_code": "USAGOV", "target_name": "the White House"},
    {"cameo": "111", "date": "2024-03-04", "source_code": "RUS", "source_name": "Moscow",
     "target_code": None, "target_name": None},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "actors.db"
    with Store(path) as store:
        store.write_result(make_result("Four events.\n\nWritten by hand for the filter tests.", EVENTS))
        aggregate.update(store)  # merged events, as an ingest run leaves them
    return path


def _cli(db: Path, *args: str) -> set[str]:
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return {json.loads(line)["cameo"] for line in result.stdout.splitlines() if line.strip()}


def _store(db: Path, **query: str) -> set[str]:
    with Store(db, readonly=True) as store:
        return {e["cameo"] for e in event_page(store.conn, EventQuery(**query), Page(limit=100))["items"]}


@pytest.mark.parametrize("code, expected", [("RUS", {"042", "190", "111"}), ("rus", {"042", "190", "111"}),
                                            ("RUSGOV", {"042"}), ("ukr", {"190", "036"}), ("GOV", set())])
def test_actor_code_is_a_prefix_in_any_case(db: Path, code: str, expected: set[str]) -> None:
    assert _cli(db, "--actor-code", code) == expected
    assert _store(db, actor=code) == expected  # /api/events?actor=


@pytest.mark.parametrize("name, expected", [("zelen", {"036"}), ("LAVROV", {"042"}), ("russian", {"190"}),
                                            ("white house", {"036"}), ("RUS", {"190"}), ("50%", set())])
def test_actor_name_is_a_case_insensitive_part(db: Path, name: str, expected: set[str]) -> None:
    assert _cli(db, "--actor-name", name) == expected
    assert _store(db, actor_name=name) == expected


def test_code_and_name_combine_with_and(db: Path) -> None:
    assert _cli(db, "--actor-code", "RUS", "--actor-name", "fidan") == {"042"}


def test_actor_is_either_a_code_or_a_name(db: Path) -> None:
    assert _cli(db, "--actor", "rus") == {"042", "190", "111"}  # codes RUS*, and "Russian forces" by name
    assert _cli(db, "--actor", "zelensky") == {"036"}


def test_merged_takes_the_same_actor_options(db: Path) -> None:
    def merged(*args: str) -> set[str]:
        result = CliRunner().invoke(cli, ["merged", "--db", str(db), "--format", "json", *args])
        assert result.exit_code == 0, result.output
        return {json.loads(line)["cameo"] for line in result.stdout.splitlines() if line.strip()}

    assert merged("--actor-code", "rus") == {"042", "190", "111"}
    assert merged("--actor-code", "rusgov") == {"042"}
    assert merged("--actor-name", "ZELENSKY") == {"036"}


@pytest.mark.parametrize("name, expected", [("zelen", {"036"}), ("LAVROV", {"042"}), ("50%", set())])
def test_the_api_takes_the_same_actor_name(db: Path, name: str, expected: set[str]) -> None:
    pytest.importorskip("fastapi")
    from newsevents.serve import create_app
    from tests.serve.conftest import TestClient

    client = TestClient(create_app(db, token=""), base_url="http://localhost")
    body = client.get("/api/events", params={"actor_name": name, "limit": 100}).json()
    assert {row["cameo"] for row in body["items"]} == expected


ALL = {"042", "190", "036", "111"}


@pytest.mark.parametrize("args, query, expected", [
    (("--code", "19"), {"cameo": "19"}, {"190"}),
    (("--since", "2024-03-03"), {"since": "2024-03-03"}, {"036", "111"}),
    (("--until", "2024-03"), {"until": "2024-03"}, ALL),
    (("--until", "2024-02"), {"until": "2024-02"}, set()),
    (("--mode", "did"), {"mode": "did"}, ALL),
    (("--mode", "threaten"), {"mode": "threaten"}, set()),
    (("--actor-code", "ukr", "--since", "2024-03-02"), {"actor": "ukr", "since": "2024-03-02"}, {"190", "036"}),
])
def test_merged_takes_the_filters_of_the_api(db: Path, args: tuple[str, ...], query: dict[str, str],
                                             expected: set[str]) -> None:
    """`newsevents merged` and /api/merged answer the same filters through the store's one builder."""
    result = CliRunner().invoke(cli, ["merged", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert {r["cameo"] for r in rows} == expected
    with Store(db, readonly=True) as store:
        api = {m["id"] for m in merged_page(store.conn, EventQuery(**query), Page(limit=100))["items"]}
    assert {r["id"] for r in rows} == api


def test_merged_rejects_a_garbage_date(db: Path) -> None:
    result = CliRunner().invoke(cli, ["merged", "--db", str(db), "--since", "yesterday"])
    assert result.exit_code != 0 and "yesterday" in result.output


def test_merged_evidence_names_each_report_in_link_order(db: Path) -> None:
    """--evidence reads every row's links in one query; each row's are its own, in the order they were linked."""
    result = CliRunner().invoke(cli, ["merged", "--db", str(db), "--format", "json", "--evidence"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]  # JSON lines
    assert rows
    with Store(db, readonly=True) as store:
        for row in rows:
            links = store.query("SELECT article_id, event_id FROM merged_event_links WHERE merged_id = ? "
                                "ORDER BY rowid", (row["id"],))
            assert links and row["evidence"] == " ".join(f"{r['article_id']}:{r['event_id']}" for r in links)
