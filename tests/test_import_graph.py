"""The import graph of briefing/ (static, from the source): no cycles, and the email code
lives where it belongs (no renderer imports the digest; the brief's mail sending and
the fetch policy need no digest)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Modules of briefing imported by ``path``, at module level or inside functions;
    imports only made for type checking are left out (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(child) for child in ast.walk(node))
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from briefing import ingest" imports the submodule, not the package's names
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known
                     else node.module for alias in node.names]
        found.update(name for name in names if name in known)
    return found


@functools.cache
def graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(files)
    return {name: imports_of(path, known) - {name} for name, path in files.items()}


def test_no_renderer_imports_the_digest():
    edges = graph()
    for name, targets in edges.items():
        if name.startswith("briefing.renderers"):
            assert not {t for t in targets if t.startswith("briefing.digest")}, name


def test_brief_sending_and_fetching_need_no_digest():
    edges = graph()
    for name in ("briefing.cli", "briefing.mail", "briefing.mailsettings", "briefing.netpolicy",
                 "briefing.ingest.sources"):
        assert not {t for t in edges[name] if t.startswith("briefing.digest")}, name


def test_digest_modules_import_no_cycle():
    edges = graph()
    digest = {n: {t for t in e if t.startswith("briefing.digest.")}
              for n, e in edges.items() if n.startswith("briefing.digest.")}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in digest.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(n for n in digest if reaches(n, n, {n}))
    assert cycles == []


def test_no_module_of_briefing_imports_itself_back():
    """No cycle anywhere, lazy imports inside functions included: each stage and each
    package's modules form a one-way graph."""
    edges = graph()

    def cycle_from(start: str) -> list[str]:
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for nxt in edges.get(node, ()):
                if nxt == start:
                    return [*path, start]
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
        return []

    cycles = [cycle_from(name) for name in sorted(edges)]
    assert [c for c in cycles if c] == []
