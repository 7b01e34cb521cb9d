"""docs/architecture.md against the tree: its map names every package and root module of src/newsevents,
and every module, package, test or doc the page names exists (so a move or a rename cannot leave it stale)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsevents"
PAGE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
MAP = re.search(r"```\n(.*?)```", PAGE, re.S).group(1)  # the first fenced block: one room per line


def _rooms() -> dict[str, str]:
    """Each name in the map's first column (``cli/ serve/`` names two) -> the rest of its line."""
    rooms: dict[str, str] = {}
    names: list[str] = []
    for line in MAP.splitlines():
        words = line.split()
        if line[:1].isspace():  # a description's second line
            for name in names:
                rooms[name] += " " + " ".join(words)
            continue
        names = []
        while words and re.fullmatch(r"\w+/|\w+\.py", words[0]):
            names.append(words.pop(0))
        for name in names:
            rooms[name] = " ".join(words)
    return rooms


ROOMS = _rooms()


def test_the_map_is_read() -> None:
    assert {"model.py", "ingest/", "events/", "pipeline.py", "cli/", "serve/"} <= set(ROOMS)


def test_every_package_and_root_module_is_on_the_map() -> None:
    packages = {f"{p.parent.name}/" for p in PACKAGE.glob("*/__init__.py")}
    modules = {p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    assert not (packages | modules) - set(ROOMS), "add them to the map of docs/architecture.md"


def test_every_room_on_the_map_exists() -> None:
    for name in ROOMS:
        path = PACKAGE / name
        if name == "data/":
            assert path.is_dir()
        elif name.endswith("/"):
            assert (path / "__init__.py").is_file(), name
        else:
            assert path.is_file(), name


def test_every_module_a_room_names_exists() -> None:
    """``times/patterns.py`` anywhere on its line, or a bare ``gazetteer.py`` on a package's own line."""
    for name, rest in ROOMS.items():
        for module in re.findall(r"(?<![\w/.])([a-z_]+(?:/[a-z_]+)*\.py)\b", rest):
            inside = PACKAGE / name if name.endswith("/") and "/" not in module else PACKAGE
            assert (inside / module).is_file(), f"{name}: {module}"


def test_every_path_the_page_names_exists() -> None:
    """Package modules (``store/schema.py``), tests and docs named in backquotes or in the map."""
    named = set(re.findall(r"`((?:tests|docs|src)/[\w/.-]+|[a-z_]+/[a-z_]+\.py)`", PAGE))
    named |= set(re.findall(r"\b(docs/[\w.-]+\.md)\b", PAGE))
    assert named
    for path in named:
        where = (ROOT / path if path.startswith(("tests/", "docs/", "src/"))
                 else PACKAGE.parent / path if path.startswith("newsevents/") else PACKAGE / path)
        assert where.exists(), path


def test_the_shells_hold_no_sql() -> None:
    """The command line and the web app call the store's query functions (store/queries.py, store/api_*.py);
    only the web app's connection handling (read-only pragma, transactions) speaks to SQLite itself."""
    for path in sorted([*(PACKAGE / "cli").glob("*.py"), *(PACKAGE / "serve").glob("*.py")]):
        text = path.read_text(encoding="utf-8")
        found = re.findall(r"[\"'][^\"'\n]*\b(?:SELECT|INSERT|UPDATE|DELETE FROM|CREATE|JOIN)\b", text)
        assert not found, (path.name, found)
