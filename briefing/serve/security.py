"""Request guards: body size limit, security headers, bearer token / session, CSRF, Origin.

- Without a token (loopback only) anyone on this machine may use the app, as with any
  local tool; with a token every request needs ``Authorization: Bearer <token>`` or the
  session cookie the login page sets.
- Every form post from a page carries a CSRF token: an HMAC of a random per-browser
  cookie with a per-process secret (signed double submit).
- A POST whose Origin header names another site is refused, so a web page the user
  visits cannot drive the API of an app on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

SESSION_COOKIE = "briefing_session"
CSRF_COOKIE = "briefing_csrf"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
OPEN_PATHS = {"/login", "/static/serve.css", "/static/serve.js"}  # reachable before login
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'")
# The brief HTML is the renderer's self-contained page: inline CSS only, never scripts.
BRIEF_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
             "frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


def session_value(token: str) -> str:
    """What the session cookie holds: derived from the token, never the token itself."""
    return hmac.new(token.encode(), b"briefing-serve-session-v1", hashlib.sha256).hexdigest()


def csrf_token(secret: bytes, seed: str) -> str:
    return hmac.new(secret, seed.encode(), hashlib.sha256).hexdigest()


def new_seed() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(secret: bytes, seed: str | None, given: str | None) -> bool:
    return bool(seed and given) and hmac.compare_digest(csrf_token(secret, seed), given or "")


def bearer_of(headers: dict[str, str]) -> str:
    value = headers.get("authorization", "")
    scheme, _, credential = value.partition(" ")
    return credential.strip() if scheme.lower() == "bearer" else ""


def cookies_of(headers: dict[str, str]) -> dict[str, str]:
    from http.cookies import SimpleCookie

    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # noqa: BLE001 - a malformed Cookie header is just no cookies
        return {}
    return {key: morsel.value for key, morsel in jar.items()}


def authorized(token: str, headers: dict[str, str]) -> bool:
    if not token:
        return True
    bearer = bearer_of(headers)
    if bearer and hmac.compare_digest(bearer.encode(), token.encode()):
        return True
    session = cookies_of(headers).get(SESSION_COOKIE, "")
    return bool(session) and hmac.compare_digest(session, session_value(token))


def foreign_origin(headers: dict[str, str]) -> bool:
    """True if the request says it comes from a page of another origin."""
    origin = headers.get("origin", "")
    if not origin:
        return False  # not sent by a browser page (curl, scripts), or a same-origin GET
    host = headers.get("host", "")
    return origin.split("://", 1)[-1] != host


def host_name(header: str) -> str:
    """The name part of a Host header: "[::1]:8765" -> "::1", "localhost:80" -> "localhost"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Guard:
    """Pure ASGI middleware: size limit, token check, Origin check, security headers."""

    def __init__(self, app: Callable, *, token: str, max_body: int,
                 hosts: frozenset[str] | None = None) -> None:
        self.app, self.token, self.max_body = app, token, max_body
        self.hosts = hosts  # Host names accepted; None accepts any

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path, method = scope["path"], scope["method"]
        if self.hosts is not None and host_name(headers.get("host", "")) not in self.hosts:
            await self.refuse(send, 400, "unknown Host name (this app answers to its own"
                              " address only)")
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await self.refuse(send, 413, f"request too large (limit {self.max_body} bytes)")
            return
        if method not in SAFE_METHODS and foreign_origin(headers):
            await self.refuse(send, 403, "cross-site request refused")
            return
        if path not in OPEN_PATHS and not authorized(self.token, headers):
            if path.startswith("/api/") or path == "/openapi.json" or method not in SAFE_METHODS:
                await self.refuse(send, 401, "missing or wrong bearer token",
                                  [(b"www-authenticate", b'Bearer realm="briefing"')])
            else:
                await self.redirect(send, "/login")
            return
        await self.app(scope, self.limited(receive), self.with_headers(send))

    def limited(self, receive: Receive) -> Receive:
        seen = 0

        async def receive_limited() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge
            return message

        return receive_limited

    @staticmethod
    def with_headers(send: Send) -> Send:
        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"no-referrer"),
                         (b"content-security-policy", PAGE_CSP.encode()),
                         (b"cache-control", b"no-store")]
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        return send_with_headers

    @staticmethod
    async def refuse(send: Send, status: int, error: str,
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
        body = json.dumps({"error": error}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                *(headers or [])]})
        await send({"type": "http.response.body", "body": body})

    @staticmethod
    async def redirect(send: Send, location: str) -> None:
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", location.encode()), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
