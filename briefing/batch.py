"""``briefing batch``: briefs for a folder of articles or a JSONL file, in parallel.

The work per item is :func:`brief_item`, a pure module-level function (job and
options in, output bytes or an error message out), so the same function runs in a
local process pool or on a Dask cluster. Only this (client) process touches the
output: it skips items already done, writes each result as it arrives, and records
failures without stopping the batch.

Output layouts:

* ``--out DIR``: one file per item (``DIR/<id>.<format>``, sub-folders kept, written
  atomically);
  failures go to ``DIR/_failures.jsonl``. An item is done when its file exists.
* ``--out FILE.jsonl``: one line per item, appended and flushed as it arrives:
  ``{"id", "brief"}`` for json, ``{"id", "format", "output"}`` for md/html, or
  ``{"id", "error"}``. An id is done when it has a line without "error"; failed ids
  are tried again on the next run and the last line for an id is the current one.

Exit status: 0 when every item is done or skipped, 1 when any item failed (or the
batch could not start), 2 for bad command-line usage.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import click

from briefing.cli import length_options
from briefing.errors import InputError
from briefing.formats import input_kind, uncompressed_name
from briefing.summarizers.methods import SummaryOptions
from briefing.text import first_line

EXTENSIONS = {"json": ".json", "html": ".html", "pdf": ".pdf", "md": ".md"}
FAILURES_FILE = "_failures.jsonl"
# Jobs in flight per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4
UNSAFE_NAME_CHARS = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class Job:
    """One article to brief. Exactly one of path, url, text or data is the input."""

    id: str
    path: str = ""
    url: str = ""
    text: str | None = None
    data: bytes | None = None  # file bytes read by the client (for remote workers)
    kind: str = ""  # "text", "html", "md" or "" to sniff; used with data
    error: str = ""  # a JSONL line that could not become a job: fails with this message


@dataclass(frozen=True)
class Options:
    fmt: str = "json"
    summary: SummaryOptions = field(default_factory=SummaryOptions)


@dataclass(frozen=True)
class Outcome:
    id: str
    data: bytes | None = None
    error: str | None = None


# --- the per-item function (runs in workers) ---------------------------------------


def brief_item(job: Job, options: Options) -> Outcome:
    """Brief one job and render it; never raises, an error becomes Outcome.error."""
    if job.error:
        return Outcome(job.id, error=job.error)
    try:
        from briefing import pipeline, render

        brief = pipeline.brief_of(article_of(job), options.summary)
        return Outcome(job.id, data=render(brief, options.fmt))
    except InputError as error:
        return Outcome(job.id, error=first_line(error, "failed"))
    except Exception as error:  # a bug must not stop the batch; the record names it
        return Outcome(job.id, error=f"internal error: {type(error).__name__}: "
                                     f"{first_line(error, 'failed')}")


def article_of(job: Job) -> Any:
    from briefing import ingest

    if job.data is not None:
        return ingest.from_bytes(job.data, kind=job.kind, source=job.path or job.id)
    if job.text is not None:
        return ingest.from_text(job.text, source=job.id)
    return ingest.load(job.url or job.path)


# --- reading the inputs ------------------------------------------------------------


def jobs_from(input_path: Path, exclude: Path | None = None) -> Iterator[Job]:
    """Jobs of a folder (recursive) or a .jsonl file; InputError when it is neither."""
    if input_path.is_dir():
        return folder_jobs(input_path, exclude)
    if input_path.is_file() and input_path.suffix.lower() == ".jsonl":
        return jsonl_jobs(input_path)
    if not input_path.exists():
        raise InputError(f"{input_path}: no such file or folder")
    raise InputError(f"{input_path}: expected a folder of articles or a .jsonl file")


def folder_jobs(root: Path, exclude: Path | None) -> Iterator[Job]:
    seen: set[str] = set()
    for path in sorted(article_files(root, exclude)):
        relative = path.relative_to(root).as_posix()
        item_id = uncompressed_name(relative).rsplit(".", 1)[0]
        if item_id in seen:  # "a.txt" and "a.html": keep the suffix for the second
            item_id = relative
        seen.add(item_id)
        yield Job(id=item_id, path=str(path), kind=input_kind(path))


def article_files(root: Path, exclude: Path | None) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        # hidden folders and our own output folder (when it sits inside the input) are skipped
        dirs[:] = [d for d in dirs if not d.startswith(".") and not same_path(here / d, exclude)]
        for name in files:
            if not name.startswith(".") and input_kind(name):
                yield here / name


def same_path(path: Path, other: Path | None) -> bool:
    return other is not None and path.resolve() == other.resolve()


def jsonl_jobs(path: Path) -> Iterator[Job]:
    """One job per line; a line that is not a usable object becomes a job that fails."""
    seen: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            job = job_of_line(line, number, path.parent)
            if job.id in seen:
                job = Job(id=f"line-{number}", error=f"line {number}: duplicate id {job.id!r}")
            seen.add(job.id)
            yield job


def job_of_line(line: str, number: int, base: Path) -> Job:
    """A Job for one JSONL line; a bad line gives a Job whose error is reported."""
    try:
        record = json.loads(line)
    except ValueError:
        return bad_line(number, "not valid JSON")
    if not isinstance(record, dict):
        return bad_line(number, "not a JSON object")
    raw_id = record.get("id")
    if raw_id is None or str(raw_id).strip() == "":
        return bad_line(number, 'no "id"')
    item_id = str(raw_id)
    text, url, path = record.get("text"), record.get("url"), record.get("path")
    if isinstance(text, str):
        return Job(id=item_id, text=text)
    if isinstance(url, str) and url:
        return Job(id=item_id, url=url)
    if isinstance(path, str) and path:
        return path_job(item_id, path, base, number)
    return Job(id=item_id, error=f'line {number}: needs "text", "url" or "path"')


def path_job(item_id: str, path: str, base: Path, number: int) -> Job:
    """A "path" is relative to the JSONL file and must stay inside its folder, so a JSONL
    file from someone else cannot have the batch read /etc/services or ~/.ssh."""
    target = (base / path).resolve()
    if not target.is_relative_to(base.resolve()):
        return Job(id=item_id, error=f'line {number}: "path" {path!r} is outside the JSONL '
                   "file's folder")
    return Job(id=item_id, path=str(target))


def without_name_clashes(jobs: list[Job], output: FolderOutput | JsonlOutput) -> list[Job]:
    """Ids that become the same file name ("x", "x.", "../x") would overwrite each other:
    the first keeps the name, the others fail with a message."""
    if not isinstance(output, FolderOutput):
        return jobs
    owner: dict[Path, str] = {}
    checked = []
    for job in jobs:
        target = output.target(job.id)
        first = owner.setdefault(target, job.id)
        if first != job.id and not job.error:
            job = Job(id=job.id, error=f"id {job.id!r} would write the same file as id "
                      f"{first!r} ({target.name}); give items ids that differ as file names")
        checked.append(job)
    return checked


def bad_line(number: int, reason: str) -> Job:
    return Job(id=f"line-{number}", error=f"line {number}: {reason}")


def with_file_bytes(job: Job) -> Job:
    """Read a path job's file here, so workers on other machines need no shared disk."""
    if not job.path or job.data is not None:
        return job
    from briefing.ingest import sources

    try:
        data = sources.read_file(job.path)
    except InputError:
        return job  # let the worker report the same error
    return Job(id=job.id, path=job.path, data=data, kind=job.kind or input_kind(job.path))


# --- the output side ---------------------------------------------------------------


def safe_name(item_id: str) -> str:
    """A relative file path for an id: "/" keeps sub-folders, nothing can climb out ("..")
    or be absolute; letters of any script are kept."""
    parts = [UNSAFE_NAME_CHARS.sub("_", p).strip(" .")[:150] for p in item_id.split("/")]
    return "/".join(p for p in parts if p) or "item"


class FolderOutput:
    """One file per item, plus _failures.jsonl for the items that failed this run."""

    def __init__(self, root: Path, fmt: str) -> None:
        self.root, self.extension = root, EXTENSIONS[fmt]
        root.mkdir(parents=True, exist_ok=True)
        # failures of earlier runs are retried now, so their records are stale
        (root / FAILURES_FILE).unlink(missing_ok=True)
        self._failures: TextIO | None = None

    def target(self, item_id: str) -> Path:
        return self.root / (safe_name(item_id) + self.extension)

    def is_done(self, item_id: str) -> bool:
        return self.target(item_id).is_file()

    def write(self, outcome: Outcome) -> None:
        from briefing.fileio import write_atomic

        if outcome.data is not None:
            target = self.target(outcome.id)
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, outcome.data)
            return
        if self._failures is None:
            self._failures = (self.root / FAILURES_FILE).open("a", encoding="utf-8")
        write_line(self._failures, {"id": outcome.id, "error": outcome.error})

    def close(self) -> None:
        if self._failures is not None:
            with contextlib.suppress(OSError):
                self._failures.close()


class JsonlOutput:
    """Append-only JSONL: one record per item, flushed as soon as it is known."""

    def __init__(self, path: Path, fmt: str) -> None:
        if fmt == "pdf":
            raise InputError("pdf output needs a folder: use --out DIR")
        self.fmt = fmt
        path.parent.mkdir(parents=True, exist_ok=True)
        self.done = done_ids(path)
        self.handle = path.open("a", encoding="utf-8")
        if path.stat().st_size and not ends_with_newline(path):
            self.handle.write("\n")  # a run killed mid-line: start a fresh line

    def is_done(self, item_id: str) -> bool:
        return item_id in self.done

    def write(self, outcome: Outcome) -> None:
        write_line(self.handle, self.record(outcome))

    def record(self, outcome: Outcome) -> dict[str, Any]:
        if outcome.data is None:
            return {"id": outcome.id, "error": outcome.error}
        text = outcome.data.decode("utf-8")
        if self.fmt == "json":
            return {"id": outcome.id, "brief": json.loads(text)}
        return {"id": outcome.id, "format": self.fmt, "output": text}

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()


def done_ids(path: Path) -> set[str]:
    """Ids whose latest line is a success; unreadable (half-written) lines are ignored."""
    latest: dict[str, bool] = {}
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "id" in record:
                latest[str(record["id"])] = "error" not in record
    return {item_id for item_id, ok in latest.items() if ok}


def ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def write_line(handle: TextIO, record: dict[str, Any]) -> None:
    try:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
    except OSError as error:  # disk full: stop with one line; done lines stay valid
        raise InputError(f"{handle.name}: cannot write ({error.strerror or error})") from None


# --- running the jobs --------------------------------------------------------------


@dataclass
class Tally:
    done: int = 0
    skipped: int = 0
    failed: int = 0

    def line(self) -> str:
        return f"done {self.done}, skipped {self.skipped}, failed {self.failed}"


def run_windowed(
    jobs: Iterable[Job],
    submit: Callable[[Job], Any],
    wait_first: Callable[[set[Any]], tuple[set[Any], set[Any]]],
    window: int,
) -> Iterator[Outcome]:
    """Submit jobs keeping at most ``window`` in flight; yield outcomes as they finish."""
    pending: set[Any] = set()
    job_of: dict[Any, Job] = {}
    queue = iter(jobs)
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            job = next(queue, None)
            if job is None:
                exhausted = True
                break
            future = submit(job)
            pending.add(future)
            job_of[future] = job
        if not pending:
            break
        finished, pending = wait_first(pending)
        for future in finished:
            yield outcome_of(future, job_of.pop(future))


def outcome_of(future: Any, job: Job) -> Outcome:
    try:
        return future.result()
    except Exception as error:  # the worker process died (or the cluster lost it)
        return Outcome(job.id, error=f"worker failed: {type(error).__name__}: "
                                     f"{first_line(error, 'failed')}")


def run_local(jobs: Iterable[Job], options: Options, workers: int) -> Iterator[Outcome]:
    if workers == 1:
        for job in jobs:
            yield brief_item(job, options)
        return
    from concurrent.futures import FIRST_COMPLETED, wait

    from briefing.pools import process_pool

    def wait_first(pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = wait(pending, return_when=FIRST_COMPLETED)
        return set(done), set(rest)

    with process_pool(workers) as pool:
        yield from run_windowed(
            jobs, lambda job: pool.submit(brief_item, job, options), wait_first,
            workers * IN_FLIGHT_PER_WORKER,
        )


def run_dask(jobs: Iterable[Job], options: Options, address: str) -> Iterator[Outcome]:
    try:
        from distributed import Client, wait
    except ImportError:
        raise InputError(
            '--dask-scheduler needs Dask: pip install "newsbrief[cluster]" '
            '(or "dask[distributed]")'
        ) from None
    try:
        # connect timeout: dask config distributed.comm.timeouts.connect (default 30 s)
        client = Client(address)
    except (OSError, TimeoutError) as error:
        raise InputError(f"cannot reach the Dask scheduler at {address}: "
                         f"{first_line(error, 'failed')}") from None

    def wait_first(pending: set[Any]) -> tuple[set[Any], set[Any]]:
        done, rest = wait(list(pending), return_when="FIRST_COMPLETED")
        return set(done), set(rest)

    def submit(job: Job) -> Any:
        # pure=False: a retried id must run again, not reuse a cached failure
        return client.submit(brief_item, with_file_bytes(job), options, pure=False)

    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from run_windowed(jobs, submit, wait_first, workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()


def counted(jobs: Iterable[Job], output: FolderOutput | JsonlOutput, tally: Tally,
            ) -> Iterator[Job]:
    """Jobs still to do; the ones already done are counted as skipped."""
    for job in jobs:
        if output.is_done(job.id):
            tally.skipped += 1
        else:
            yield job


def with_progress(outcomes: Iterator[Outcome], total: int | None) -> Iterator[Outcome]:
    """A rich progress bar on a terminal; silent otherwise (logs, pipes, CI)."""
    if not sys.stderr.isatty():
        yield from outcomes
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("briefing", total=total)
        for outcome in outcomes:
            progress.advance(task)
            yield outcome


# --- the command -------------------------------------------------------------------


@click.command("batch")
@click.argument("input_path", metavar="INPUT_DIR|FILE.jsonl", type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Output folder (one file per item) or a .jsonl file.")
@click.option("--format", "fmt", type=click.Choice(list(EXTENSIONS)), default="json",
              show_default=True, help="Output format of each brief.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: number of CPUs).")
@length_options
@click.option("--dask-scheduler", metavar="ADDRESS",
              help="Run on a Dask cluster (e.g. tcp://10.0.0.5:8786) instead of local processes.")
def batch_command(
    input_path: Path,
    out: Path,
    fmt: str,
    workers: int | None,
    options: SummaryOptions,
    dask_scheduler: str | None,
) -> None:
    """Brief every article of INPUT_DIR (.txt/.html/.htm/.md, recursive) or FILE.jsonl.

    JSONL lines are objects with "id" and one of "text", "url" or "path" (relative
    paths are read from the JSONL file's folder). Items already done in --out are
    skipped, so an interrupted batch resumes where it stopped. Prints
    "done N, skipped N, failed N"; exits 1 when any item failed.

    \b
    Examples:
      briefing batch articles/ --out briefs/ --format pdf --workers 4
      briefing batch items.jsonl --out briefs.jsonl --sentences 3
      briefing batch items.jsonl --out briefs/ --dask-scheduler tcp://10.0.0.5:8786
    """
    summary_options = options
    options = Options(fmt=fmt, summary=summary_options)
    is_jsonl_out = out.suffix.lower() == ".jsonl"
    jobs = list(jobs_from(input_path, exclude=None if is_jsonl_out else out))
    output: FolderOutput | JsonlOutput = (
        JsonlOutput(out, fmt) if is_jsonl_out else FolderOutput(out, fmt)
    )
    jobs = without_name_clashes(jobs, output)
    tally = Tally()
    from briefing.pools import exit_on_sigterm

    with exit_on_sigterm():
        run_batch(jobs, output, tally, options, workers, dask_scheduler)
    click.echo(tally.line())
    if tally.failed:
        sys.exit(1)


def run_batch(jobs: list[Job], output: FolderOutput | JsonlOutput, tally: Tally,
              options: Options, workers: int | None, dask_scheduler: str | None) -> None:
    try:
        todo = list(counted(jobs, output, tally))
        if dask_scheduler:
            outcomes = run_dask(todo, options, dask_scheduler)
        else:
            count = workers or os.cpu_count() or 1
            outcomes = run_local(todo, options, min(count, max(1, len(todo))))
        for outcome in with_progress(outcomes, len(todo)):
            output.write(outcome)
            if outcome.error is None:
                tally.done += 1
            else:
                tally.failed += 1
    finally:
        output.close()
