"""Shared by the serve tests: a real uvicorn server on 127.0.0.1 (ephemeral port), a real
digest archive made by real digest runs against a local SMTP server, small HTTP helpers."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "serve"
TOKEN = "test-token-0123456789abcdef"
EDITION_DAYS = ("2026-11-23", "2026-11-24")


@dataclass
class Running:
    base: str
    server: object
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_server(settings, warm: bool = False) -> Running:
    """uvicorn in a thread, bound to 127.0.0.1 on a port the kernel picks."""
    import uvicorn

    from briefing.serve.app import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, warm=warm), log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    return Running(f"http://127.0.0.1:{port}", server, thread)


def request(method: str, url: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 30):
    """(status, headers, body) of one HTTP request; error statuses are returned, not raised."""
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003 - urllib's signature
        return None


def post_json(url: str, payload: dict, token: str = "") -> tuple:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return request("POST", url, json.dumps(payload).encode(), headers)


# --- a real archive -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope.content)
        return "250 OK"


def make_archive(folder: Path) -> Path:
    """Two digest editions sent by real runs to a local SMTP server; returns the config."""
    from aiosmtpd.controller import Controller

    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        articles = folder / "articles"
        articles.mkdir(parents=True)
        config_path = folder / "digest.toml"
        config_path.write_text(f"""
[digest]
title = "Island morning"
state = "digest.sqlite"
window_hours = 24

[[sources]]
path = "articles"
name = "Island Desk"

[email]
to = ["reader@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
retries = 1
timeout = 5

[serve]
max_request_mb = 11
""", encoding="utf-8")
        tz = ZoneInfo("UTC")
        batches = (("ferry.txt", "library.txt"), ("wind.html",))
        for day_text, names in zip(EDITION_DAYS, batches, strict=True):
            noon = datetime.fromisoformat(day_text).replace(hour=12, tzinfo=tz)
            for name in names:
                target = articles / name
                shutil.copy(FIXTURES / name, target)
                os.utime(target, (noon.timestamp() - 3600, noon.timestamp() - 3600))
            config = load_config(config_path)
            result = run_digest(config, day=noon.date(), now=noon + timedelta(hours=1))
            assert result.status == "sent", result.summary
        assert len(mailbox.messages) == len(EDITION_DAYS)
    finally:
        controller.stop()
    return config_path
