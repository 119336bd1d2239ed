"""``briefing serve``: briefs and the digest archive in the browser, with a JSON API.

Modules: ``cli`` (the command), ``settings`` (options and the config's [serve] table),
``app`` (the ASGI app), ``pages`` and ``api`` (endpoints), ``jobs`` (briefs with
progress), ``security`` (token, CSRF, limits, headers), ``urlpolicy`` (SSRF guard).
Starlette and uvicorn are imported only when the server starts.
"""
