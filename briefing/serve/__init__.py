"""``briefing serve``: briefs and the digest archive in the browser, with a JSON API.

Modules: ``cli`` (the command), ``settings`` (options and the config's [serve] table),
``app`` (the ASGI app), ``pages`` and ``api`` (endpoints), ``jobs`` (briefs with
progress), ``security`` (token, CSRF, limits, headers). URLs are fetched through
``briefing.netpolicy``, which refuses internal addresses.
Starlette and uvicorn are imported only when the server starts.
"""
