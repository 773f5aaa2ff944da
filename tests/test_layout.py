"""The shape of the code (issue 22): no module imports, at load time, one that imports it back.

A cycle makes the order of imports matter and hides which layer depends on which; the source registry's lazy
imports (inside functions) are deliberate and not counted: only module-level imports are read."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "tocsin"


def _modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level only
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {m for m in found if m in modules and m != name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt, path + [nxt])):
                return found
        state[node] = 2
        return None

    return next((c for n in sorted(graph) if n not in state and (c := visit(n, [n]))), None)


def test_layout_no_import_cycles():
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_layout_the_cycle_finder_finds_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_layout_package_inits_only_re_export():
    """Code lives in modules; a package's __init__ names what it offers (imports, __all__, a docstring)."""
    for init in SRC.rglob("__init__.py"):
        body = ast.parse(init.read_text(encoding="utf-8")).body
        code = [n for n in body if not isinstance(n, (ast.Import, ast.ImportFrom, ast.Expr))
                and not (isinstance(n, ast.Assign) and all(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets))
                and not (isinstance(n, ast.FunctionDef) and n.name == "main" and init.parent.name == "cli")
                and not (init.parent == SRC and _lazy_export(n))]
        assert not code, f"{init.relative_to(SRC.parent)} holds code at line {code[0].lineno}" if code else ""


def _lazy_export(node) -> bool:
    """The root package's lazy re-exports (importing tocsin loads no model): its version, its table of names, and
    the module ``__getattr__`` that looks them up."""
    return isinstance(node, ast.FunctionDef) and node.name == "__getattr__" or isinstance(node, (ast.Assign, ast.AnnAssign)) and all(
        isinstance(t, ast.Name) and t.id in ("__version__", "_EXPORTS", "__all__") for t in getattr(node, "targets", [getattr(node, "target", None)]))
