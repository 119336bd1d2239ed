"""The HTML pages: make a brief, see it and download it; browse and search the archive."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from briefing.errors import InputError
from briefing.serve import security
from briefing.serve.api import (
    brief_response,
    read_brief_request,
    run_search,
    search_query,
)
from briefing.serve.context import ArchiveMissing, in_thread, serve_state, with_archive
from briefing.serve.jobs import FORMATS, STAGES, SUFFIXES, parse_options

DOWNLOADS = (("pdf", "PDF"), ("md", "Markdown"), ("json", "JSON"), ("email", "Email (.eml)"),
             ("html", "HTML"))
FILTERS = (("person", "Person"), ("organization", "Organisation"), ("place", "Place"),
           ("source", "Source"))


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """Render a page; give the browser a CSRF seed cookie if it has none."""
    state = serve_state(request)
    seed = request.cookies.get(security.CSRF_COOKIE)
    fresh = seed is None
    seed = seed or security.new_seed()
    body = state.templates.get_template(name).render(
        title=state.settings.title, csrf=security.csrf_token(state.secret, seed),
        csrf_field=security.CSRF_FIELD, login=bool(state.settings.token),
        story_count=state.story_count, **context,
    )
    response = HTMLResponse(body, status_code=status)
    if fresh:
        response.set_cookie(security.CSRF_COOKIE, seed, httponly=True, samesite="strict")
    return response


def csrf_valid(request: Request, given: str | None) -> bool:
    return security.csrf_ok(serve_state(request).secret,
                            request.cookies.get(security.CSRF_COOKIE), given)


def home_context(values: dict[str, Any] | None = None, error: str = "") -> dict[str, Any]:
    from briefing.summarizers import METHODS

    return {"methods": METHODS, "values": values or {}, "error": error, "stages": STAGES,
            "nav": "brief"}


async def home(request: Request) -> Response:
    return page(request, "home.html.j2", home_context())


def length_values(values: dict[str, Any]) -> dict[str, Any]:
    """The page's one "length" field (a kind and a number) as the CLI's options."""
    kind, amount = values.get("length_kind", ""), values.get("length", "")
    options = {k: v for k, v in values.items() if k not in ("length_kind", "length")}
    if kind in ("sentences", "ratio", "words") and str(amount).strip():
        options[kind] = str(amount).strip()
    return options


async def post_brief(request: Request) -> Response:
    """The page's form: a job id for the script (progress), else wait and redirect."""
    wants_json = request.headers.get("x-briefing-async") == "1"
    try:
        given, values = await read_brief_request(request)
        if not csrf_valid(request, values.get(security.CSRF_FIELD)):
            return form_error(request, values, "the form has expired; reload the page", 403,
                              wants_json)
        options = parse_options(length_values(values), default_format="html")
    except InputError as error:
        return form_error(request, {}, str(error), 400, wants_json)
    job, future = serve_state(request).runner.start(given, options)
    if wants_json:
        return JSONResponse({"id": job.id, "progress": f"/api/jobs/{job.id}",
                             "result": f"/brief/{job.id}"}, status_code=202)
    await asyncio.wrap_future(future)
    if job.error:
        return form_error(request, values, job.error, job.status, False)
    return RedirectResponse(f"/brief/{job.id}", status_code=303)


def form_error(request: Request, values: dict[str, Any], message: str, status: int,
               wants_json: bool) -> Response:
    if wants_json:
        return JSONResponse({"error": message}, status_code=status)
    shown = {k: v for k, v in values.items() if k != security.CSRF_FIELD}
    return page(request, "home.html.j2", home_context(shown, message), status)


def finished_job(request: Request) -> Any:
    job = serve_state(request).runner.get(request.path_params["id"])
    return job if job is not None and job.brief is not None else None


async def brief_page(request: Request) -> Response:
    job = finished_job(request)
    if job is None:
        return missing(request, "That brief is not here any more; make it again.")
    assert job.brief is not None
    return page(request, "result.html.j2", {
        "job": job, "brief": job.brief, "downloads": DOWNLOADS, "suffixes": SUFFIXES,
        "nav": "brief",
    })


async def brief_view(request: Request) -> Response:
    job = finished_job(request)
    if job is None:
        return missing(request, "That brief is not here any more.")
    return await in_thread(brief_response, job, "html", job.options.paper)


async def brief_download(request: Request) -> Response:
    job = finished_job(request)
    fmt = {suffix: fmt for fmt, suffix in SUFFIXES.items()}.get(request.path_params["suffix"])
    if job is None or fmt not in FORMATS:
        return missing(request, "That brief is not here any more.")
    return await in_thread(brief_response, job, fmt, job.options.paper, True)


def missing(request: Request, message: str, status: int = 404) -> Response:
    return page(request, "message.html.j2", {"message": message, "nav": ""}, status)


async def archive_page(request: Request) -> Response:
    from briefing.digest import archive

    def listing(db: Any) -> list[dict[str, Any]]:
        serve_state(request).story_count = archive.count_stories(db)  # for "Searching N…"
        return archive.editions(db)

    try:
        found = await in_thread(with_archive, request, listing)
    except ArchiveMissing as error:
        return page(request, "archive.html.j2", {"editions": [], "problem": str(error),
                                                 "filters": FILTERS, "values": {},
                                                 "nav": "archive"})
    return page(request, "archive.html.j2", {"editions": found, "problem": "",
                                             "filters": FILTERS, "values": {},
                                             "nav": "archive"})


async def edition_page(request: Request) -> Response:
    from briefing.digest import archive

    day = request.path_params["date"]
    try:
        found = await in_thread(with_archive, request, lambda db: archive.edition(db, day))
    except ArchiveMissing as error:
        return missing(request, str(error))
    if found is None:
        return missing(request, f"No edition was sent on {day}.")
    return page(request, "edition.html.j2", {"edition": found, "nav": "archive"})


async def edition_email(request: Request) -> Response:
    """The edition's email HTML exactly as sent, sandboxed like a brief."""
    from briefing.digest import archive

    day = request.path_params["date"]
    try:
        found = await in_thread(with_archive, request, lambda db: archive.edition(db, day))
        html = found and await in_thread(with_archive, request,
                                         lambda db: archive.edition_html(db, found["id"]))
    except ArchiveMissing as error:
        return missing(request, str(error))
    if not html:
        return missing(request, f"No email is stored for {day}.")
    return HTMLResponse(html, headers={"content-security-policy": security.BRIEF_CSP})


async def story_page(request: Request) -> Response:
    from briefing.digest import archive

    try:
        found = await in_thread(with_archive, request,
                                lambda db: archive.story(db, request.path_params["id"]))
    except ArchiveMissing as error:
        return missing(request, str(error))
    if found is None:
        return missing(request, "No such story in the archive.")
    return page(request, "story.html.j2", {"story": found, "nav": "archive"})


async def search_page(request: Request) -> Response:
    values = dict(request.query_params)
    context = {"values": values, "filters": FILTERS, "result": None, "error": "",
               "nav": "archive"}
    if any(values.get(k) for k in ("q", "person", "organization", "place", "source",
                                   "since", "until")):
        try:
            context["result"] = await in_thread(run_search, request, search_query(values))
        except InputError as error:
            context["error"] = str(error)
    return page(request, "search.html.j2", context, 400 if context["error"] else 200)


async def docs_page(request: Request) -> Response:
    from briefing.serve.api import SCHEMA, routes

    schema = SCHEMA.get_schema(routes=routes())
    return page(request, "docs.html.j2", {"schema": schema, "nav": "api"})


async def login_page(request: Request) -> Response:
    state = serve_state(request)
    if request.method == "GET":
        return page(request, "login.html.j2", {"error": "", "nav": ""})
    form = await request.form(max_fields=5)
    if not csrf_valid(request, str(form.get(security.CSRF_FIELD, ""))):
        return page(request, "login.html.j2", {"error": "The form expired; try again.",
                                               "nav": ""}, 403)
    import hmac

    given = str(form.get("token", ""))
    if not state.settings.token or not hmac.compare_digest(given.encode(),
                                                           state.settings.token.encode()):
        return page(request, "login.html.j2", {"error": "Wrong token.", "nav": ""}, 401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(security.SESSION_COOKIE, security.session_value(state.settings.token),
                        httponly=True, samesite="strict")
    return response


def routes() -> list[Route]:
    return [
        Route("/", home, include_in_schema=False),
        Route("/brief", post_brief, methods=["POST"], include_in_schema=False),
        Route("/brief/{id}", brief_page, include_in_schema=False),
        Route("/brief/{id}/view", brief_view, include_in_schema=False),
        Route("/brief/{id}/brief.{suffix}", brief_download, include_in_schema=False),
        Route("/archive", archive_page, include_in_schema=False),
        Route("/archive/story/{id:int}", story_page, include_in_schema=False),
        Route("/archive/{date}", edition_page, include_in_schema=False),
        Route("/archive/{date}/email", edition_email, include_in_schema=False),
        Route("/search", search_page, include_in_schema=False),
        Route("/api", docs_page, include_in_schema=False),
        Route("/login", login_page, methods=["GET", "POST"], include_in_schema=False),
    ]
