"""Small faults, each once: -o naming the input, batch ids that clash as file names, a
JSONL path outside its folder, and a disk that fills up while writing (a file-size limit
on a child process, so it works for any user)."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import cli

ROOT = Path(__file__).resolve().parent.parent
STORY = ("Market hall reopens after a fire\n\nThe market hall reopened on Saturday, a year after "
         "a fire closed it, the council said. Forty traders are back, and ten new stalls sell "
         "food. Repairs cost 1.2 million pounds, the council said.\n")


def test_output_equal_to_input_is_refused_and_the_article_kept(runner, tmp_path):
    article = tmp_path / "story.md"
    article.write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli, ["brief", str(article), "-o", str(article)])
    assert result.exit_code != 0 and "is the input file" in result.output
    assert article.read_text(encoding="utf-8") == STORY
    os.link(article, tmp_path / "same.md")  # another name for the same file
    result = runner.invoke(cli, ["brief", str(article), "-o", str(tmp_path / "same.md")])
    assert result.exit_code != 0 and article.read_text(encoding="utf-8") == STORY


def test_batch_ids_that_clash_as_file_names_fail_instead_of_overwriting(runner, tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text("".join(json.dumps({"id": i, "text": STORY}) + "\n"
                             for i in ("x", "../x", "x.")), encoding="utf-8")
    out = tmp_path / "briefs"
    result = runner.invoke(cli, ["batch", str(items), "--out", str(out), "--workers", "1"])
    assert "done 1, skipped 0, failed 2" in result.output
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["_failures.jsonl", "x.json"]
    failures = [json.loads(line) for line in (out / "_failures.jsonl").open()]
    assert {f["id"] for f in failures} == {"../x", "x."}
    assert all("same file" in f["error"] for f in failures)


def test_jsonl_paths_must_stay_in_the_jsonl_folder(runner, tmp_path):
    inside = tmp_path / "in" / "story.txt"
    inside.parent.mkdir()
    inside.write_text(STORY, encoding="utf-8")
    items = tmp_path / "in" / "items.jsonl"
    items.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "ok", "path": "story.txt"},
        {"id": "etc", "path": "/etc/services"},
        {"id": "up", "path": "../../etc/passwd"},
    )), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["batch", str(items), "--out", str(out), "--workers", "1"])
    assert "done 1, skipped 0, failed 2" in result.output
    records = [json.loads(line) for line in out.open()]
    errors = {r["id"]: r.get("error", "") for r in records}
    assert errors["ok"] == "" and "outside the JSONL file's folder" in errors["etc"]
    assert "outside" in errors["up"]


def limited_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails: EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("output", ["brief.html"])  # batch outputs share write_atomic
def test_a_full_disk_is_one_line_and_leaves_no_partial_file(tmp_path, output):
    article = tmp_path / "story.txt"
    article.write_text(STORY, encoding="utf-8")
    target = tmp_path / "out" / output
    target.parent.mkdir()
    if output == "brief.html":
        command = ["brief", str(article), "-o", str(target)]
    else:
        command = ["batch", str(tmp_path), "--out", str(target), "--workers", "1",
                   "--format", "html"]
        (tmp_path / "out").rename(tmp_path / ".out")  # keep outputs out of the input folder
        target = tmp_path / ".out" / output
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "briefing", *command], env=env, timeout=120,
                            capture_output=True, text=True, preexec_fn=limited_file_size(2048))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "cannot write" in result.stderr
    assert not list(tmp_path.rglob("*.part"))
