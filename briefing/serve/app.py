"""The ASGI app of ``briefing serve``: pages, the JSON API and their shared pieces.

Stack: Starlette + uvicorn. Starlette is small, well kept (the base FastAPI itself builds
on), imports fast and has everything needed here (routing, forms with python-multipart,
an OpenAPI schema generator); FastAPI would add pydantic and more start-up time for
validation this app does in a few lines. No JavaScript framework: pages are server-made
HTML with one small script for progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from briefing.serve import security
from briefing.serve.context import ServeState, error_json, in_thread, prepare_archive, serve_state
from briefing.serve.settings import ServeSettings, is_loopback_host

log = logging.getLogger("briefing.serve")
STATIC_FILES = {"serve.css": "text/css", "serve.js": "text/javascript"}
WARM_UP_TEXT = (
    "Warm-up headline\n\nThe council approved a budget of 12 million euros on Monday. "
    "The mayor said the plan would add 40 buses. Critics said the plan came too late."
)


async def static_file(request: Request) -> Response:
    from briefing.renderers.templates import template_root

    name = request.path_params["name"]
    if name not in STATIC_FILES:
        return error_json("not found", 404)
    return FileResponse(template_root() / "serve" / name, media_type=STATIC_FILES[name],
                        headers={"cache-control": "max-age=300"})


async def too_large(request: Request, exc: Exception) -> Response:
    limit = serve_state(request).settings.max_request_bytes
    return error_json(f"request too large (limit {limit} bytes)", 413)


async def not_found(request: Request, exc: Exception) -> Response:
    detail = getattr(exc, "detail", "not found")
    status = getattr(exc, "status_code", 404)
    return error_json(str(detail), status)


def warm_up(state: ServeState) -> None:
    """Import the models and WeasyPrint once, so the first real brief is fast."""
    from briefing.serve.jobs import BriefInput, BriefOptions, make_brief, render

    try:
        brief = make_brief(BriefInput(text=WARM_UP_TEXT), BriefOptions())
        render(brief, "html")
        render(brief, "pdf")
    except Exception:  # noqa: BLE001 - a failed warm-up only costs speed
        log.exception("warm-up failed")


def create_app(settings: ServeSettings, *, warm: bool = True) -> Any:
    """The whole app, wrapped in the security guard."""
    from briefing.serve import api, pages

    state = ServeState(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await in_thread(prepare_archive, state)
        warming = asyncio.get_running_loop().run_in_executor(None, warm_up, state) if warm \
            else None
        yield
        if warming is not None:
            warming.cancel()
        state.runner.close()

    routes = [*pages.routes(), *api.routes(), Route("/static/{name}", static_file)]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={security.BodyTooLarge: too_large, 404: not_found,
                                        405: not_found})
    app.state.serve = state
    return security.Guard(app, token=settings.token, max_body=settings.max_request_bytes,
                          hosts=allowed_hosts(settings.host))


def allowed_hosts(host: str) -> frozenset[str] | None:
    """Host names accepted: stops DNS-rebinding pages from talking to a loopback app."""
    if not is_loopback_host(host):
        return None  # reachable by any name on the network; the token protects it
    return frozenset({"127.0.0.1", "localhost", "::1", host.strip("[]").lower()})
