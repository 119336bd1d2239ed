"""The whole pipeline runs with no NLTK data and an empty home: nothing is downloaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

TEXT = (
    "The regional parliament passed a new water law on Tuesday. "
    "The law caps household water prices for five years. "
    "Farmers' unions said the law ignored irrigation costs. "
    "The environment minister said reservoirs were at 60 percent of capacity. "
    "A review of the law is due in 2027."
)


def run(args, tmp_path):
    empty = tmp_path / "nltk_data"
    empty.mkdir(exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )


def test_pipeline_needs_no_downloaded_data(tmp_path):
    source = tmp_path / "water.txt"
    source.write_text(TEXT, encoding="utf-8")
    brief = run(["brief", str(source), "--format", "json"], tmp_path)
    assert brief.returncode == 0, brief.stderr
    assert json.loads(brief.stdout)["points"]
    for method in ("default", "lex-rank", "lsa", "edmundson", "kl"):
        result = run(["summarize", str(source), "-n", "2", "--method", method], tmp_path)
        assert result.returncode == 0, (method, result.stderr)
        assert len(result.stdout.strip().splitlines()) == 2
    assert not any((tmp_path / "nltk_data").iterdir())
