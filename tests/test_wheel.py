"""The wheel ships the templates: build it, install it into a fresh venv, make a brief.

The venv reuses the system's site-packages so no dependency is downloaded; the
package itself comes only from the wheel, and the brief is made from outside the
repository so the checkout's templates/ cannot be found by accident.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTE = (
    "Harbour workers walk out over pay\n\n"
    "About 1,200 dock workers at Eastbrook harbour began a 72-hour strike on Tuesday. "
    "Their union had asked for a rise of 7.5%, against an offer of 3%.\n\n"
    "At least nine ships were waiting offshore by the evening, port officials said.\n"
)


def build_wheel(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-build-isolation")  # build offline with the installed backend
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    wheels = list(out.glob("newsbrief-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.mark.slow
def test_wheel_contains_templates_and_renders_from_a_fresh_venv(tmp_path):
    wheel = build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("brief.html.j2", "brief.css", "brief-print.css", "brief.md.j2"):
        assert f"briefing/templates/{name}" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False, symlinks=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--force-reinstall", "--ignore-installed", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "sample.txt").write_text(NOTE, encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import briefing; print(briefing.__file__)"],
        cwd=work, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert str(env_dir) in where  # the wheel's copy, not the editable checkout

    result = subprocess.run(
        [str(python), "-m", "briefing", "brief", "sample.txt", "-o", "b.html"],
        cwd=work, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    html = (work / "b.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Harbour workers walk out over pay" in html
    assert "1,200 dock workers" in html
