"""The JSON API. Each endpoint's docstring carries its OpenAPI description (YAML after
``---``), which Starlette's SchemaGenerator turns into ``/openapi.json``."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.schemas import SchemaGenerator

from briefing.errors import InputError
from briefing.serve.context import (
    ArchiveMissing,
    error_json,
    in_thread,
    serve_state,
    with_archive,
)
from briefing.serve.jobs import (
    MEDIA_TYPES,
    SUFFIXES,
    BriefInput,
    BriefOptions,
    Job,
    parse_options,
    render,
)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCHEMA = SchemaGenerator({
    "openapi": "3.0.3",
    "info": {"title": "newsbrief API", "version": "1"},
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    "security": [{"bearer": []}],
})


async def read_brief_request(request: Request) -> tuple[BriefInput, dict[str, Any]]:
    """The article and options from a JSON body or a (multipart) form."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        try:
            values = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            raise InputError("the body is not valid JSON") from None
        if not isinstance(values, dict):
            raise InputError("the JSON body must be an object")
        return BriefInput(text=str(values.get("text") or ""),
                          url=str(values.get("url") or "")), values
    from briefing.ingest.sources import MAX_BYTES

    async with request.form(max_part_size=MAX_BYTES, max_files=1, max_fields=20) as form:
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        upload = form.get("file")
        data, filename = b"", ""
        if upload is not None and not isinstance(upload, str):
            data = await upload.read(MAX_BYTES + 1)
            filename = upload.filename or "upload"
            if len(data) > MAX_BYTES:
                raise InputError(f"{filename}: too large (over the 10 MB limit)")
    return BriefInput(text=values.get("text", ""), url=values.get("url", ""), data=data,
                      filename=filename), values


async def run_job(request: Request, given: BriefInput, options: BriefOptions) -> Job:
    job, future = serve_state(request).runner.start(given, options)
    await asyncio.wrap_future(future)
    return job


def brief_response(job: Job, fmt: str, paper: str, attachment: bool = False) -> Response:
    assert job.brief is not None
    body = render(job.brief, fmt, paper)
    headers = {"x-brief-id": job.id}
    if attachment or fmt in ("pdf", "email"):
        headers["content-disposition"] = f'attachment; filename="brief.{SUFFIXES[fmt]}"'
    if fmt == "html":
        from briefing.serve.security import BRIEF_CSP

        headers["content-security-policy"] = BRIEF_CSP
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=headers)


async def api_brief(request: Request) -> Response:
    """Make a brief of pasted text, a URL or an uploaded HTML/text file.
    ---
    summary: Make a brief
    description: >
      Send JSON ({"text": ...} or {"url": ...}) or a multipart form (text, url or file).
      Options: format (json, pdf, html, md, email; default json), method, one of
      sentences / ratio / words, paper (a4, letter). URLs that lead to loopback, private,
      link-local or metadata addresses (also after a redirect) are refused with 403.
    requestBody:
      content:
        application/json:
          schema:
            type: object
            properties:
              text: {type: string}
              url: {type: string}
              format: {type: string, enum: [json, pdf, html, md, email]}
              method: {type: string}
              sentences: {type: integer}
              ratio: {type: number}
              words: {type: integer}
              paper: {type: string, enum: [a4, letter]}
        multipart/form-data:
          schema:
            type: object
            properties:
              file: {type: string, format: binary}
              text: {type: string}
              url: {type: string}
              format: {type: string}
    responses:
      200: {description: "The brief in the format asked for"}
      400: {description: 'Unusable input, with {"error": "..."}'}
      401: {description: "Missing or wrong bearer token"}
      403: {description: "The URL leads to a refused address"}
      413: {description: "Request body too large"}
    """
    try:
        given, values = await read_brief_request(request)
        options = parse_options(values)
    except InputError as error:
        return error_json(str(error), 400)
    job = await run_job(request, given, options)
    if job.error:
        return error_json(job.error, job.status)
    return await in_thread(brief_response, job, options.fmt, options.paper)


async def api_editions(request: Request) -> Response:
    """Every digest edition sent, newest first.
    ---
    summary: List editions
    responses:
      200: {description: '{"editions": [{"date", "subject", "sent_at", "stories"}]}'}
      404: {description: No archive configured or nothing sent yet}
    """
    from briefing.digest import archive

    try:
        found = await in_thread(with_archive, request, archive.editions)
    except ArchiveMissing as error:
        return error_json(str(error), 404)
    return JSONResponse({"editions": [public_edition(e) for e in found]})


def public_edition(edition: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in edition.items() if k != "id"}


async def api_edition(request: Request) -> Response:
    """One edition (the last sent that day) with each of its stories and their facts.
    ---
    summary: One edition
    parameters:
      - {name: date, in: path, required: true, schema: {type: string, format: date}}
    responses:
      200: {description: '{"date", "subject", "sent_at", "stories": [...]}'}
      404: {description: No edition that day}
    """
    from briefing.digest import archive

    day = request.path_params["date"]
    if not ISO_DATE.match(day):
        return error_json("the date must look like 2026-11-24", 400)

    try:
        found = await in_thread(with_archive, request, lambda db: archive.edition(db, day))
    except ArchiveMissing as error:
        return error_json(str(error), 404)
    if found is None:
        return error_json(f"no edition was sent on {day}", 404)
    found["stories"] = [public_story(s) for s in found["stories"]]
    return JSONResponse(public_edition(found))


def public_story(story: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in story.items() if k not in ("brief", "snippet")}
    if story.get("snippet"):
        data["snippet"] = story["snippet"].replace("\x02", "").replace("\x03", "")
    if story.get("brief") is not None:
        data["brief"] = story["brief"]
    return data


def search_query(params: Any) -> Any:
    """A SearchQuery from query parameters; bad dates or limits raise InputError."""
    from briefing.digest.archive import SearchQuery

    query = SearchQuery(
        text=params.get("q", "")[:500], person=params.get("person", "")[:200],
        organization=params.get("organization", "")[:200], place=params.get("place", "")[:200],
        source=params.get("source", "")[:200], since=params.get("since", ""),
        until=params.get("until", ""),
    )
    for name in ("since", "until"):
        if getattr(query, name) and not ISO_DATE.match(getattr(query, name)):
            raise InputError(f"{name} must be a date like 2026-11-24")
    limit = params.get("limit", "")
    if limit:
        if not limit.isdigit():
            raise InputError("limit must be a whole number")
        query.limit = int(limit)
    return query


def run_search(request: Request, query: Any) -> Any:
    from briefing.digest import archive

    return with_archive(request, lambda db: archive.search(db, query))


async def api_search(request: Request) -> Response:
    """Search past stories and their facts.
    ---
    summary: Search the archive
    description: >
      Words in q match titles, key points, names, figures, dates and quotes (as
      prefixes); person, organization, place and source keep stories naming them;
      since/until bound the edition date.
    parameters:
      - {name: q, in: query, schema: {type: string}}
      - {name: person, in: query, schema: {type: string}}
      - {name: organization, in: query, schema: {type: string}}
      - {name: place, in: query, schema: {type: string}}
      - {name: source, in: query, schema: {type: string}}
      - {name: since, in: query, schema: {type: string, format: date}}
      - {name: until, in: query, schema: {type: string, format: date}}
      - {name: limit, in: query, schema: {type: integer, maximum: 200}}
    responses:
      200: {description: '{"total": n, "stories": [...]}'}
      400: {description: A bad date or limit}
    """
    try:
        query = search_query(request.query_params)
        result = await in_thread(run_search, request, query)
    except ArchiveMissing as error:
        return error_json(str(error), 404)
    except InputError as error:
        return error_json(str(error), 400)
    return JSONResponse({"total": result.total,
                         "stories": [public_story(s) for s in result.stories]})


async def api_story(request: Request) -> Response:
    """One archived story with the brief it was sent with.
    ---
    summary: One story
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
    responses:
      200: {description: The story}
      404: {description: No such story}
    """
    from briefing.digest import archive

    story_id = request.path_params["id"]
    try:
        found = await in_thread(with_archive, request, lambda db: archive.story(db, story_id))
    except ArchiveMissing as error:
        return error_json(str(error), 404)
    if found is None:
        return error_json("no such story", 404)
    return JSONResponse(public_story(found))


async def api_job(request: Request) -> Response:
    """Progress of a brief started from the page.
    ---
    summary: Brief progress
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    responses:
      200: {description: '{"done", "stage", "stages", "label", "error", "seconds"}'}
      404: {description: Unknown or expired id}
    """
    job = serve_state(request).runner.get(request.path_params["id"])
    if job is None:
        return error_json("no such brief (it may have expired)", 404)
    return JSONResponse(job.progress())


async def openapi_schema(request: Request) -> Response:
    """OpenAPI 3 as JSON (Starlette's own response is YAML)."""
    return JSONResponse(SCHEMA.get_schema(routes=routes()))


def routes() -> list[Route]:
    return [
        Route("/api/brief", api_brief, methods=["POST"]),
        Route("/api/editions", api_editions, methods=["GET"]),
        Route("/api/editions/{date}", api_edition, methods=["GET"]),
        Route("/api/search", api_search, methods=["GET"]),
        Route("/api/stories/{id:int}", api_story, methods=["GET"]),
        Route("/api/jobs/{id}", api_job, methods=["GET"]),
        Route("/openapi.json", openapi_schema, include_in_schema=False),
    ]
