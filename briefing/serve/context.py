"""What the pages and the JSON API of ``briefing serve`` share: the per-app state, the
archive connection, templates and small response helpers. Kept apart from ``app.py``
(which assembles pages and API into one app) so neither side imports the assembler.
"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from briefing.errors import InputError
from briefing.serve.jobs import BriefRunner
from briefing.serve.settings import ServeSettings


class ServeState:
    """What every request handler shares: settings, the brief runner, templates."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.runner = BriefRunner(settings.brief_workers, settings.allow_private)
        self.secret = secrets.token_bytes(32)  # signs CSRF tokens; new on every start
        self.templates = template_environment()
        self.story_count = 0
        self.prepared = False

    def archive(self) -> sqlite3.Connection:
        """A fresh connection to the archive (connections are cheap; threads differ)."""
        if self.settings.state_path is None:
            raise ArchiveMissing("no digest archive: start the server with --config digest.toml")
        if not Path(self.settings.state_path).is_file():
            raise ArchiveMissing(f"no digest has been sent yet ({self.settings.state_path} is "
                                 "missing)")
        if not self.prepared:  # the first digest may have run after the server started
            prepare_archive(self)
        db = sqlite3.connect(self.settings.state_path, timeout=10, isolation_level=None,
                             check_same_thread=False)
        db.execute("PRAGMA query_only = 1")
        return db


class ArchiveMissing(InputError):
    pass


def template_environment() -> Any:
    import jinja2

    from briefing.renderers.templates import template_root

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_root() / "serve"),
        autoescape=True,  # every page escapes every value, article text above all
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def serve_state(request: Request) -> ServeState:
    return request.app.state.serve


def error_json(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def in_thread(func: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)


def prepare_archive(state: ServeState) -> None:
    """Create the archive tables and fill in editions sent before they existed."""
    from briefing.digest import archive

    path = state.settings.state_path
    if path is None or not Path(path).is_file():
        return
    db = archive.open_archive(path)
    try:
        state.story_count = archive.count_stories(db)
        state.prepared = True
    finally:
        db.close()


def with_archive(request: Request, work: Any) -> Any:
    """``work(db)`` on a fresh read-only archive connection, closed afterwards."""
    db = serve_state(request).archive()
    try:
        return work(db)
    finally:
        db.close()
