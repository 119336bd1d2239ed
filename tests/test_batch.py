"""briefing batch: folders and JSONL in, folders and JSONL out, resume, failures, Dask."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.batch import Job, Options, brief_item, done_ids, safe_name
from briefing.cli import cli
from briefing.summarizers import SummaryOptions

BRIDGE = (
    "Bridge to reopen after repairs\n\n"
    "The Millford bridge will reopen to traffic on 3 June after eight months of repairs, "
    "the county council said on Tuesday.\n\n"
    "The repairs cost 4.2 million pounds, about 600,000 pounds more than planned, "
    "council leader Ann Price said.\n\n"
    "\"We are relieved that the crossing is safe again,\" said Price, adding that buses "
    "would return to the old route within a week.\n"
)
STRIKE = (
    "Bakers strike over pay\n\n"
    "Workers at three bakeries in Dunmore stopped work on Friday in a dispute over pay, "
    "their union said.\n\n"
    "The union wants a rise of 6 percent; the owners have offered 3 percent, a spokesman "
    "for the company said.\n\n"
    "Shops in the town centre ran out of bread by midday, residents said.\n"
)
PAGE = (
    "<html><head><title>Harbour fees rise</title></head><body><article>"
    "<h1>Harbour fees rise</h1>"
    "<p>Fishing boats will pay 12 percent more to use Kelby harbour from April, the port "
    "authority said on Monday.</p>"
    "<p>The authority said the money would pay for dredging the channel, which has silted "
    "up since the storms of last winter.</p>"
    "<p>Skippers said the rise would cost each boat about 900 pounds a year.</p>"
    "</article></body></html>"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "local news").mkdir(parents=True)
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "local news" / "grève boulangers.md").write_text(STRIKE, encoding="utf-8")
    (folder / "harbour.html").write_text(PAGE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not an article type
    (folder / ".hidden.txt").write_text(BRIDGE, encoding="utf-8")
    return folder


def run(runner, *args: str):
    return runner.invoke(cli, ["batch", *args], catch_exceptions=False)


def test_folder_to_folder_records_failures_and_goes_on(runner, articles, tmp_path):
    out = tmp_path / "out"
    result = run(runner, str(articles), "--out", str(out), "--workers", "1")
    assert result.exit_code == 1
    assert "done 3, skipped 0, failed 1" in result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        "_failures.jsonl", "bridge.json", "harbour.json", "local news/grève boulangers.json",
    ]
    brief = json.loads((out / "bridge.json").read_text(encoding="utf-8"))
    assert "4.2 million" in json.dumps(brief)
    failures = [json.loads(line) for line in (out / "_failures.jsonl").read_text().splitlines()]
    assert failures == [{"id": "empty", "error": failures[0]["error"]}]
    assert "empty" in failures[0]["error"]


def test_resume_skips_done_items_and_retries_failures(runner, articles, tmp_path):
    out = tmp_path / "out"
    run(runner, str(articles), "--out", str(out), "--workers", "1")
    before = (out / "bridge.json").stat().st_mtime_ns
    (articles / "empty.txt").write_text(STRIKE, encoding="utf-8")  # the failure is fixed
    result = run(runner, str(articles), "--out", str(out), "--workers", "1")
    assert result.exit_code == 0
    assert "done 1, skipped 3, failed 0" in result.output
    assert (out / "bridge.json").stat().st_mtime_ns == before
    assert (out / "empty.json").is_file()
    assert not (out / "_failures.jsonl").exists()


def test_process_pool_html_output_inside_the_input_folder(runner, articles):
    # the output folder sits inside the input: its .html files must not become inputs
    out = articles / "briefs"
    first = run(runner, str(articles), "--out", str(out), "--format", "html", "--workers", "2")
    second = run(runner, str(articles), "--out", str(out), "--format", "html", "--workers", "2")
    assert "done 3, skipped 0, failed 1" in first.output
    assert "done 0, skipped 3, failed 1" in second.output
    html = (out / "harbour.html").read_text(encoding="utf-8")
    assert "12 percent" in html and "<html" in html.lower()
    assert not list(out.rglob("*.part"))


def test_jsonl_to_jsonl_with_bad_lines(runner, tmp_path):
    (tmp_path / "strike.txt").write_text(STRIKE, encoding="utf-8")
    items = tmp_path / "items.jsonl"
    lines = [
        json.dumps({"id": "bridge", "text": BRIDGE}),
        json.dumps({"id": 7, "path": "strike.txt"}),
        "{not json",
        json.dumps({"id": "bridge", "text": STRIKE}),
        json.dumps({"id": "nothing"}),
        json.dumps(["a", "list"]),
        "",
    ]
    items.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    result = run(runner, str(items), "--out", str(out), "--sentences", "2", "--workers", "1")
    assert result.exit_code == 1
    assert "done 2, skipped 0, failed 4" in result.output
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"bridge", "7", "line-3", "line-4", "nothing", "line-6"}
    assert 1 <= len(records["bridge"]["brief"]["points"]) <= 2
    assert "Millford" in json.dumps(records["bridge"]["brief"])
    assert "duplicate" in records["line-4"]["error"]
    assert "JSON" in records["line-3"]["error"]
    again = run(runner, str(items), "--out", str(out), "--workers", "1")
    assert "done 0, skipped 2, failed 4" in again.output


def test_jsonl_output_survives_a_half_written_last_line(runner, tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text(
        json.dumps({"id": "a", "text": BRIDGE}) + "\n" + json.dumps({"id": "b", "text": STRIKE}),
        encoding="utf-8",
    )
    out = tmp_path / "briefs.jsonl"
    out.write_text(json.dumps({"id": "a", "format": "md", "output": "x"}) + '\n{"id": "b", "for',
                   encoding="utf-8")
    result = run(runner, str(items), "--out", str(out), "--format", "md", "--workers", "1")
    assert "done 1, skipped 1, failed 0" in result.output
    assert done_ids(out) == {"a", "b"}


def test_pdf_into_jsonl_and_missing_input_are_one_line_errors(runner, tmp_path, articles):
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps({"id": "a", "text": BRIDGE}) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["batch", str(items), "--out", str(tmp_path / "o.jsonl"),
                                 "--format", "pdf"])
    assert result.exit_code == 1 and "needs a folder" in result.output
    result = runner.invoke(cli, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no such file" in result.output
    result = runner.invoke(cli, ["batch", str(articles / "bridge.txt"), "--out", "o"])
    assert result.exit_code == 1 and ".jsonl" in result.output


@pytest.mark.parametrize(
    ("item_id", "expected"),
    [("../../etc/passwd", "etc/passwd"), ("/abs/name", "abs/name"), ("a:b*c", "a_b_c"),
     ("..", "item"), ("日本 news", "日本 news")],
)
def test_safe_name_never_leaves_the_output_folder(item_id, expected):
    assert safe_name(item_id) == expected


def test_item_function_is_pure_and_picklable():
    job = Job(id="x", text=BRIDGE)
    options = Options(fmt="md", summary=SummaryOptions.of(sentences=1))
    revived = pickle.loads(pickle.dumps((brief_item, job, options)))
    first, second = revived[0](*revived[1:]), brief_item(job, options)
    assert first == second and first.error is None and first.data.startswith(b"#")
    failed = brief_item(Job(id="e", text="   "), options)
    assert failed.id == "e" and failed.data is None and "whitespace" in failed.error


def test_batch_on_a_local_dask_cluster(articles, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "out"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # any free port, never the fixed default
    ) as cluster:
        command = [sys.executable, "-m", "briefing", "batch", str(articles), "--out", str(out),
                   "--format", "md", "--dask-scheduler", cluster.scheduler_address]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        again = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "done 3, skipped 0, failed 1" in result.stdout
    assert "done 0, skipped 3, failed 1" in again.stdout
    assert "Traceback" not in result.stderr
    assert "4.2 million" in (out / "bridge.md").read_text(encoding="utf-8")
    assert (out / "local news" / "grève boulangers.md").is_file()


def test_unreachable_dask_scheduler_is_a_one_line_error(articles, tmp_path):
    pytest.importorskip("distributed")
    command = [sys.executable, "-m", "briefing", "batch", str(articles), "--out",
               str(tmp_path / "o"), "--dask-scheduler", "tcp://127.0.0.1:9"]
    quick = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=quick)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("error:")
    assert len(result.stderr.strip().splitlines()) == 1
