"""End-to-end CLI behaviour that every stage relies on."""

from __future__ import annotations

import subprocess
import sys

from briefing.cli import cli

ARTICLE = (
    "The city council approved a new budget on Monday. It raises spending on schools.\n\n"
    "Critics said the plan was rushed. The mayor disagreed.\n"
)


def test_help_lists_core_commands(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("brief", "summarize", "facts"):
        assert name in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert "briefing" in result.output


def test_summarize_from_stdin_prints_sentences_in_order(runner):
    result = runner.invoke(cli, ["summarize", "-", "--sentences", "2"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    positions = [ARTICLE.index(line) for line in lines]
    assert positions == sorted(positions)


def test_missing_file_is_one_line_error(tmp_path):
    missing = tmp_path / "nope.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", str(missing), "-o", str(tmp_path / "b.md")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "b.md").exists()


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys; from briefing.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('weasyprint', 'trafilatura', 'sumy', 'nltk') if m in sys.modules]\n"
        "print('heavy=' + ','.join(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "heavy="
