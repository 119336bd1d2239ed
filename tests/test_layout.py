"""The code stays readable: no module under briefing/ is over 700 lines."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
MAX_LINES = 700


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_700_lines():
    sizes = {
        path.relative_to(PACKAGE.parent).as_posix(): line_count(path)
        for path in PACKAGE.rglob("*.py")
    }
    assert sizes, "no modules found"
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert not too_long, f"split these modules (over {MAX_LINES} lines): {too_long}"
