"""Making briefs for the web app: options, stages with progress, and a small result cache.

A brief runs in a worker thread stage by stage (the same pipeline functions as
``briefing brief``), so a page can show which stage a long report is in. Finished briefs
are kept in memory (the newest ``KEEP`` of them) under an unguessable id, so the page's
download links can render any format later without doing the work again.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from briefing.errors import InputError
from briefing.formats import input_kind
from briefing.models import Brief
from briefing.summarizers.methods import SummaryOptions

log = logging.getLogger("briefing.serve")
STAGES = ("Reading the article", "Splitting sentences", "Ranking sentences",
          "Finding facts", "Building the brief")
FORMATS = ("json", "pdf", "html", "md", "email")
MEDIA_TYPES = {
    "json": "application/json",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "email": "message/rfc822",
}
SUFFIXES = {"json": "json", "pdf": "pdf", "html": "html", "md": "md", "email": "eml"}
KEEP = 200  # finished briefs kept for downloads; each is a few hundred KB at most


@dataclass
class BriefOptions:
    method: str = "default"
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    paper: str = "a4"
    fmt: str = "json"

    def summary(self) -> SummaryOptions:
        return SummaryOptions.of(self.method, self.sentences, self.ratio, self.words)


@dataclass
class BriefInput:
    """Exactly one of text, url or file data."""

    text: str = ""
    url: str = ""
    data: bytes = b""
    filename: str = ""


def parse_options(values: Mapping[str, Any], default_format: str = "json") -> BriefOptions:
    """Options from a form or a JSON body; wrong values raise InputError."""
    from briefing.summarizers import METHODS

    options = BriefOptions(fmt=str(values.get("format") or default_format))
    options.method = str(values.get("method") or "default")
    if options.method not in METHODS:
        raise InputError(f"unknown method {options.method!r}; choose from {', '.join(METHODS)}")
    if options.fmt not in FORMATS:
        raise InputError(f"unknown format {options.fmt!r}; choose from {', '.join(FORMATS)}")
    options.paper = str(values.get("paper") or "a4")
    if options.paper not in ("a4", "letter"):
        raise InputError("paper must be a4 or letter")
    options.sentences = number(values, "sentences", int)
    options.ratio = number(values, "ratio", float)
    options.words = number(values, "words", int)
    options.summary()  # checks the length once (one InputError message)
    return options


def number(values: Mapping[str, Any], key: str, kind: type) -> Any:
    raw = values.get(key)
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        raise InputError(f"{key} must be a number")
    try:
        return kind(raw)
    except (TypeError, ValueError):
        raise InputError(f"{key} must be a number, not {str(raw)[:40]!r}") from None


def choose_input(given: BriefInput) -> BriefInput:
    supplied = [name for name, value in (("text", given.text.strip()), ("url", given.url.strip()),
                                         ("file", given.data)) if value]
    if not supplied:
        raise InputError("give the article: paste its text, a URL or an HTML/text file")
    if len(supplied) > 1:
        raise InputError(f"give only one of text, url or file (got {' and '.join(supplied)})")
    return given


def make_brief(given: BriefInput, options: BriefOptions, allow_private: bool | list[str] = False,
               on_stage: Callable[[int], None] = lambda _: None) -> Brief:
    """The brief of ``given``, calling ``on_stage(i)`` as each of STAGES starts.

    A URL is fetched through briefing.netpolicy: internal addresses are refused (unless
    ``allow_private``) on the first URL, every redirect and the connection itself, and
    the refusal is raised as netpolicy.BlockedURL."""
    from briefing import ingest, pipeline, segment
    from briefing.brief import build

    choose_input(given)
    on_stage(0)
    if given.url:
        article = ingest.load_url(check_url_syntax(given.url.strip()),
                                  allow_private=allow_private)
    elif given.data:
        kind = input_kind(base_name(given.filename))
        article = ingest.from_bytes(given.data, kind=kind, source=given.filename or "upload")
    else:  # sniffed like standard input: pasted HTML source is extracted as a page
        article = ingest.from_bytes(given.text.encode("utf-8"), kind="", source="pasted text")
    on_stage(1)
    doc = segment.segment(article)
    on_stage(2)
    summary = pipeline.summarize_doc(doc, options.summary())
    on_stage(3)
    found = pipeline.facts_of(doc, summary)
    on_stage(4)
    return build(doc, summary, found)


def check_url_syntax(url: str) -> str:
    """A malformed URL is bad input (400); only the address policy's refusals are 403."""
    from briefing import netpolicy

    try:
        netpolicy.check_syntax(url)
    except netpolicy.BlockedURL as error:
        raise InputError(str(error)) from None
    return url


def base_name(filename: str) -> str:
    """The file name a browser sent, without any folder part (either slash)."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1]


def render(brief: Brief, fmt: str, paper: str = "a4") -> bytes:
    from briefing import render as render_brief

    return render_brief(brief, fmt, paper=paper)


def served_refusal(message: str) -> str:
    """The policy's message with the hint that applies to a server: only its config can
    allow internal hosts (the environment variable the CLI honours is ignored here)."""
    reason = message.split(" (set ", 1)[0]
    return f"{reason} ([digest] allow_private_urls in the server's config can allow it)"


@dataclass
class Job:
    id: str
    options: BriefOptions
    stage: int = 0
    done: bool = False
    error: str = ""
    status: int = 200  # the HTTP status an error maps to
    brief: Brief | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float = 0.0

    def progress(self) -> dict[str, Any]:
        return {
            "id": self.id, "done": self.done, "error": self.error, "status": self.status,
            "stage": self.stage, "stages": len(STAGES), "label": STAGES[self.stage],
            "seconds": round((self.finished or time.monotonic()) - self.started, 2),
        }


class BriefRunner:
    """A bounded pool of brief-making threads and the cache of finished briefs."""

    def __init__(self, workers: int, allow_private: bool | list[str] = False) -> None:
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief")
        self.allow_private = allow_private
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.lock = threading.Lock()

    def start(self, given: BriefInput, options: BriefOptions) -> tuple[Job, Future]:
        job = Job(id=secrets.token_urlsafe(12), options=options)
        with self.lock:
            self.jobs[job.id] = job
            while len(self.jobs) > KEEP:
                self.jobs.popitem(last=False)
        return job, self.pool.submit(self._run, job, given)

    def _run(self, job: Job, given: BriefInput) -> Job:
        from briefing.netpolicy import BlockedURL

        def on_stage(index: int) -> None:
            job.stage = index

        try:
            job.brief = make_brief(given, job.options, self.allow_private, on_stage)
        except BlockedURL as error:
            job.error, job.status = served_refusal(str(error)), 403
        except InputError as error:
            job.error, job.status = str(error), 400
        except Exception as error:  # noqa: BLE001 - one bad article must not kill the server
            log.exception("brief %s failed", job.id)
            job.error, job.status = f"could not make the brief ({type(error).__name__})", 500
        job.done, job.finished = True, time.monotonic()
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
