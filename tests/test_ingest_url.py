"""Ingest from http(s) URLs against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing import ingest
from briefing.errors import InputError

PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Tram line approved</title>
<meta property="og:site_name" content="Test Gazette"></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Tram line approved</h1>
<p>The city council approved a 12 kilometre tram line on Monday, ending a debate that lasted
almost three years, the mayor said at a press conference.</p>
<p>Construction is due to start in 2026 and cost about 480 million euros, officials said.</p>
</article><footer>Contact us</footer></body></html>"""
PLAIN = b"Ferry fares frozen\n\nThe ferry company said fares would stay the same until summer.\n"
SLOW_SECONDS = 2.0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def send_body(self, body: bytes, content_type: str | None, code: int = 200,
                  length: bool = True) -> None:
        self.send_response(code)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        routes = {
            "/article.html": lambda: self.send_body(PAGE, "text/html; charset=utf-8"),
            "/plain": lambda: self.send_body(PLAIN, "text/plain; charset=utf-8"),
            "/untyped": lambda: self.send_body(PAGE, None),
            "/error": lambda: self.send_body(b"oops", "text/plain", code=500),
            "/image.png": lambda: self.send_body(b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
            "/feed": lambda: self.send_body(b"<rss></rss>", "application/rss+xml"),
            "/moved": lambda: self.redirect("/article.html"),
            "/loop-a": lambda: self.redirect("/loop-b"),
            "/loop-b": lambda: self.redirect("/loop-a"),
            "/declared-huge": self.declared_huge,
            "/streamed-huge": self.streamed_huge,
            "/slow": self.slow,
            "/trickle": self.trickle,
        }
        route = routes.get(self.path.split("?")[0])
        if route is None:
            self.send_body(b"not here", "text/plain", code=404)
        else:
            route()

    def declared_huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(2 * 1024**3))  # claims 2 GB
        self.end_headers()
        self.wfile.write(b"<html>")

    def streamed_huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(64):  # 64 x 1 KB without a Content-Length
            self.wfile.write(b"x" * 1024)

    def slow(self) -> None:
        time.sleep(SLOW_SECONDS)
        self.send_body(PAGE, "text/html")

    def trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(40):
            self.wfile.write(b"word ")
            self.wfile.flush()
            time.sleep(0.1)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that gave up (timeouts) make writes fail; that is expected here


@pytest.fixture(scope="module")
def server(allow_private_urls):
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_is_ingested(server):
    article = ingest.load(f"{server}/article.html")
    assert article.title == "Tram line approved"
    assert article.publisher == "Test Gazette"
    assert article.source == f"{server}/article.html"
    assert article.url == f"{server}/article.html"
    assert article.paragraphs[0].startswith("The city council approved a 12 kilometre tram line")
    assert "Contact us" not in article.text and "Home" not in article.text


def test_plain_text_and_untyped_responses(server):
    assert ingest.load(f"{server}/plain").title == "Ferry fares frozen"
    assert ingest.load(f"{server}/untyped").title == "Tram line approved"


def test_redirect_is_followed_and_final_url_reported(server):
    body, content_type, final_url = ingest.fetch(f"{server}/moved")
    assert final_url == f"{server}/article.html"
    assert content_type == "text/html"
    assert body == PAGE
    assert ingest.load(f"{server}/moved").url == f"{server}/article.html"


def test_fetch_accepts_feeds_but_load_does_not(server):
    body, content_type, _ = ingest.fetch(f"{server}/feed")
    assert content_type == "application/rss+xml" and body == b"<rss></rss>"
    with pytest.raises(InputError, match="unsupported content type application/rss"):
        ingest.load(f"{server}/feed")


@pytest.mark.parametrize(
    "path, message",
    [
        ("/error", "HTTP 500"),
        ("/nowhere", "HTTP 404"),
        ("/image.png", "unsupported content type image/png"),
        ("/loop-a", r"too many redirects \(limit 5\)"),
        ("/declared-huge", r"body too large \(over the 10 MB limit\)"),
    ],
)
def test_bad_urls_raise_one_line_input_errors(server, path, message):
    with pytest.raises(InputError, match=message) as caught:
        ingest.load(f"{server}{path}")
    assert "\n" not in str(caught.value)


def test_streamed_body_over_the_cap(server):
    with pytest.raises(InputError, match=r"body too large \(over the 10 KB limit\)"):
        ingest.fetch(f"{server}/streamed-huge", max_bytes=10 * 1024)


def test_redirect_cap_is_configurable(server):
    with pytest.raises(InputError, match=r"too many redirects \(limit 0\)"):
        ingest.fetch(f"{server}/moved", max_redirects=0)


def test_slow_server_times_out(server, monkeypatch):
    monkeypatch.setattr(ingest, "URL_TIMEOUT", 0.3)
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out after 0.3 s"):
        ingest.load(f"{server}/slow")
    assert time.monotonic() - started < SLOW_SECONDS


def test_trickling_server_hits_the_overall_deadline(server):
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out after 0.5 s"):
        ingest.fetch(f"{server}/trickle", timeout=0.5)
    assert time.monotonic() - started < 2.0


def test_unreachable_url():
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot reach"):
        ingest.load(f"http://127.0.0.1:{port}/story.html")


def test_malformed_urls():
    with pytest.raises(InputError, match="not a valid http"):
        ingest.fetch("http://")
    with pytest.raises(InputError, match="not a valid http"):
        ingest.fetch("ftp://example.org/file.txt")


def test_cli_on_a_failing_url(server, tmp_path):
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "brief", f"{server}/error", "-o", str(out)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "HTTP 500" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
