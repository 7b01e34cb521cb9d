"""No import cycles among newsevents' modules (issue 18: a module imports only modules below it).

The graph is read from the source with ``ast``: module-level imports only, because an import inside
a function (the CLI's lazy commands) or under ``TYPE_CHECKING`` runs after every module has loaded
and cannot deadlock or half-initialise one. ``graphlib`` finds a cycle and names it.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsevents"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.Try):  # optional dependencies: try: import x / except ImportError
            found += [n for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))]
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports at module level."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _top_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)] if node.level else []
                module = ".".join([*base, node.module] if node.module else base) if node.level else (node.module or "")
                subs = [f"{module}.{alias.name}" for alias in node.names if f"{module}.{alias.name}" in paths]
                targets = subs if len(subs) == len(node.names) else [module, *subs]
            graph[name] |= {t for t in targets if t in paths and t != name}
    return graph


def test_the_graph_sees_the_stages() -> None:
    graph = import_graph()
    assert "newsevents.pipeline" in graph and "newsevents.model" in graph["newsevents.pipeline"]


def test_no_module_imports_itself_through_others() -> None:
    try:
        order = list(graphlib.TopologicalSorter(import_graph()).static_order())
    except graphlib.CycleError as err:
        raise AssertionError(f"import cycle: {' -> '.join(err.args[1])}") from None
    assert order.index("newsevents.model") < order.index("newsevents.pipeline")
