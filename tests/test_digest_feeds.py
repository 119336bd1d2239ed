"""A 30-feed digest against a real HTTP server on 127.0.0.1 where one feed answers with a
broken status line and one entry's link has a space in it: the digest still goes out,
and both failures are named on stderr and in the email."""

from __future__ import annotations

import email
import socket
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from email import policy
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing.cli import cli

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")
FEEDS = 30
TOWNS = ["Ashby", "Brill", "Corfe", "Dunster", "Eyam", "Frome", "Goole", "Hythe", "Ilkley",
         "Jarrow", "Kendal", "Ludlow", "Malton", "Nairn", "Oakham", "Penrith", "Quorn", "Ripon",
         "Selby", "Thirsk", "Ulverston", "Ventnor", "Wells", "Yarm", "Alston", "Bude", "Cley",
         "Diss", "Ely", "Fowey"]
TOPICS = ["library", "bridge", "market", "school", "harbour", "museum"]


def page(n: int) -> bytes:
    town, topic = TOWNS[n], TOPICS[n % len(TOPICS)]
    title = f"{town} council approves new {topic} plan"
    body = (f"The {town} town council approved a plan for a new {topic} on Monday, the mayor "
            f"said. It will cost {n + 2} million pounds and open in {2027 + n % 3}. Residents "
            f"in {town} have asked for the {topic} for about {n + 4} years, councillors said.")
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p></article></body></html>").encode()


def feed(base: str, n: int) -> bytes:
    when = format_datetime(datetime.now(UTC) - timedelta(hours=1))
    link = f"{base}/story/{n}.html" if n != 7 else f"{base}/story/bad link {n}.html"
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{TOWNS[n]} Post</title>'
            f"<item><title>Story {n}</title><link>{link}</link><pubDate>{when}</pubDate>"
            "</item></channel></rss>").encode()


class Site(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/feed/3.xml":  # the broken feed server
            self.wfile.write(b"HTTP/1.1 two-hundred OK\r\n\r\n")
            return
        if self.path.startswith("/feed/"):
            body, kind = feed(Site.base, int(self.path[6:-4])), "application/x-rss+xml"
        else:
            body, kind = page(int(self.path.rsplit("/", 1)[1].split(".")[0])), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def test_thirty_feeds_with_a_broken_feed_and_a_bad_entry_still_send(runner, tmp_path):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.daemon_threads = True
    Site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    mailbox = Mailbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = aiosmtpd_controller.Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        sources = "".join(f'[[sources]]\nfeed = "{Site.base}/feed/{n}.xml"\n'
                          for n in range(FEEDS))
        config = tmp_path / "digest.toml"
        config.write_text(f"""[digest]
title = "Thirty towns"
state = "state.sqlite"
max_items = 40
allow_private_urls = ["127.0.0.0/8"]  # the test site
{sources}
[email]
to = ["reader@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
""", encoding="utf-8")
        result = runner.invoke(cli, ["digest", "run", "--config", str(config)])
    finally:
        controller.stop()
        httpd.shutdown()
        httpd.server_close()
    assert result.exit_code == 3, result.output  # sent, with failures named
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    with sqlite3.connect(tmp_path / "state.sqlite") as db:  # every good entry was briefed
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == FEEDS - 2
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2, warnings
    assert any("/feed/3.xml" in w and "bad HTTP response" in w for w in warnings)
    assert any("bad link 7" in w and "white space" in w for w in warnings)
    text = message.get_body(("plain",)).get_content()
    assert "2 source(s) or article(s) could not be read" in text
    assert "/feed/3.xml" in text and "bad link 7" in text
