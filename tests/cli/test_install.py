"""Install hygiene (issue 16.9): every module imported at run time is declared; setup.sh stops on a failed pip."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"]) + [s for extra in project["optional-dependencies"].values() for s in extra]
    return {_normal(re.split(r"[\[=<>!~; ]", spec, maxsplit=1)[0]) for spec in specs}


def _imported_top_modules() -> set[str]:
    names: set[str] = set()
    for path in (REPO / "src" / "newsevents").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"newsevents", "__future__"}


def test_every_imported_distribution_is_declared() -> None:
    owners = packages_distributions()
    declared = _declared()
    missing = {module: owners.get(module) for module in _imported_top_modules()
               if not any(_normal(dist) in declared for dist in owners.get(module, [module]))}
    # starlette and pydantic come with the pinned fastapi of the serve extra; they are its API
    missing = {m: d for m, d in missing.items() if m not in ("starlette", "pydantic")}
    assert missing == {}


def test_lxml_html_clean_is_declared() -> None:
    # trafilatura imports lxml.html.clean, which lxml ships separately since 5.2
    assert "lxml-html-clean" in _declared()


def test_setup_stops_when_pip_fails(tmp_path: Path) -> None:
    script = (REPO / "scripts" / "setup.sh").read_text()
    assert not re.search(r"pip install[^\n]*\|\|\s*true", script)
    function = re.search(r"^quiet_pip\(\) \{.*?^\}", script, re.MULTILINE | re.DOTALL)
    assert function, "setup.sh runs pip through quiet_pip"
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.write_text("#!/bin/sh\necho 'ERROR: No matching distribution found for nothing-such' >&2\nexit 3\n")
    fake.chmod(0o755)
    run = subprocess.run(["bash", "-c", f"set -euo pipefail\n{function.group(0)}\nquiet_pip install nothing-such\n"
                          "echo reached-the-end"], cwd=tmp_path, capture_output=True, text=True, timeout=30)
    assert run.returncode == 3 and "reached-the-end" not in run.stdout
    assert "No matching distribution" in run.stderr and "setup failed" in run.stderr
