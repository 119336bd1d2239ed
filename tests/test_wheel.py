"""The wheel ships the templates: build it, install it into a fresh venv, make a brief.

The fresh venv is isolated from the base interpreter (whose site-packages may hold nothing
at all on a new machine). Its dependencies are borrowed from the environment running the
tests through a `.pth` file, which only appends those folders to `sys.path`: the wheel's
copy of `briefing`, installed into the venv's own site-packages, comes first, and the
borrowed folders' own `.pth` hooks (an editable install of the checkout, say) never run.
Nothing is downloaded, and the brief is made from outside the repository so the checkout's
`templates/` cannot be found by accident.
"""

from __future__ import annotations

import importlib.util
import os
import site
import subprocess
import sys
import sysconfig
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


def dependency_folders() -> list[str]:
    """The site-packages folders of the interpreter running the tests (a venv or not)."""
    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    folders += site.getsitepackages()
    return list(dict.fromkeys(folder for folder in folders if Path(folder).is_dir()))


def isolated_env() -> dict[str, str]:
    """The caller's environment without anything that would put the checkout on the path."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def make_venv_with_wheel(env_dir: Path, wheel: Path) -> Path:
    venv.EnvBuilder(system_site_packages=False, with_pip=False, symlinks=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300, env=isolated_env(),
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, env=isolated_env(),
    ).stdout.strip()
    (Path(purelib) / "zz_test_dependencies.pth").write_text(
        "\n".join(dependency_folders()) + "\n", encoding="utf-8")
    return python


@pytest.mark.slow
def test_wheel_contains_templates_and_renders_from_a_fresh_venv(tmp_path):
    wheel = build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("brief.html.j2", "brief.css", "brief-print.css", "brief.md.j2"):
        assert f"briefing/templates/{name}" in names
    data = Path(__file__).resolve().parent.parent / "briefing" / "lang" / "en" / "data"
    for path in data.iterdir():
        if path.suffix in (".tsv", ".txt"):  # the gazetteers entity extraction reads
            assert f"briefing/lang/en/data/{path.name}" in names

    env_dir = tmp_path / "venv"
    python = make_venv_with_wheel(env_dir, wheel)

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "sample.txt").write_text(NOTE, encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import briefing; print(briefing.__file__)"],
        cwd=work, capture_output=True, text=True, check=True, env=isolated_env(),
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(env_dir.resolve())  # the wheel's copy

    result = subprocess.run(
        [str(python), "-m", "briefing", "brief", "sample.txt", "-o", "b.html"],
        cwd=work, capture_output=True, text=True, timeout=120, env=isolated_env(),
    )
    assert result.returncode == 0, result.stderr
    html = (work / "b.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Harbour workers walk out over pay" in html
    assert "1,200 dock workers" in html
