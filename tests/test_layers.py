"""The import package's layers: no module imports a layer above its own, and no import circles.

Layers, bottom up (readouts/__init__.py says the same):
    readouts (base)  <  extract  <  transform, acquire (siblings)  <  output  <  flows
Imports under `if TYPE_CHECKING:` are annotations only and do not count. Lazy imports inside functions
do count: an import moved into a function to dodge a circle is still a circle.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDERS = {"readouts": "readouts", "extract": "readouts.extract", "transform": "readouts.transform",
           "acquire": "readouts.acquire", "output": "readouts.output", "flows": "readouts.flows"}
# what each layer may import besides itself
ALLOWED = {
    "base": set(),
    "extract": {"base"},
    "transform": {"base", "extract"},
    "acquire": {"base", "extract"},
    "output": {"base", "extract", "transform"},
    "flows": {"base", "extract", "transform", "acquire", "output"},
}
# `python -m readouts` runs the CLI, and the package's __init__ is the users' facade (`readouts.open`): both stand on top
ENTRY_POINTS = {"readouts.__main__", "readouts"}


def layer(module: str) -> str:
    if module in ENTRY_POINTS:
        return "flows"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else "base"


def package_modules() -> dict[str, Path]:
    mods = {}
    for folder, pkg in FOLDERS.items():
        for f in sorted((REPO / folder).glob("*.py")):
            mods[pkg if f.stem == "__init__" else f"{pkg}.{f.stem}"] = f
    return mods


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(source: str, known: set[str]) -> set[str]:
    """The package modules a source imports (module level and inside functions, not TYPE_CHECKING)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_block(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return {m for m in found if m in known}


def import_graph() -> dict[str, set[str]]:
    mods = package_modules()
    return {m: imports_of(p.read_text(encoding="utf-8"), set(mods)) - {m} for m, p in mods.items()}


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for mod, deps in sorted(graph.items()):
        for dep in sorted(deps):
            if layer(dep) != layer(mod) and layer(dep) not in ALLOWED[layer(mod)]:
                bad.append(f"{mod} ({layer(mod)}) imports {dep} ({layer(dep)})")
    return bad


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_every_module_is_found():
    graph = import_graph()
    assert {"readouts.flows.cli", "readouts.acquire.fetch", "readouts.extract.html", "readouts.transform.parties",
            "readouts.output.versions", "readouts.inputs"} <= set(graph)
    assert graph["readouts.flows.core"], "imports are read"


def test_no_import_runs_up_a_layer():
    assert upward_imports(import_graph()) == []


def test_no_import_circles():
    assert circles(import_graph()) == []


def test_the_checks_can_fail():
    """The checkers find what they are for (so a green run means something)."""
    graph = {"readouts.extract.html": {"readouts.flows.core"}, "readouts.flows.core": {"readouts.extract.html"},
             "readouts.output.a": {"readouts.output.b"}, "readouts.output.b": {"readouts.output.a"},
             "readouts.acquire.fetch": {"readouts.transform.pipeline"}, "readouts.transform.pipeline": set()}
    assert upward_imports(graph) == [
        "readouts.acquire.fetch (acquire) imports readouts.transform.pipeline (transform)",
        "readouts.extract.html (extract) imports readouts.flows.core (flows)"]
    assert sorted(circles(graph)) == [["readouts.extract.html", "readouts.flows.core"],
                                      ["readouts.output.a", "readouts.output.b"]]
    src = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from readouts.flows import core\n"
           "def f():\n    from readouts.output import a\n")
    assert imports_of(src, {"readouts.flows.core", "readouts.output.a"}) == {"readouts.output.a"}
