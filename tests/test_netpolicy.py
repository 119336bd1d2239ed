"""The fetch policy (no internal addresses by default) and HTTP faults, against real
servers on 127.0.0.1: an http.server for well-formed answers and a raw socket server
that sends broken ones."""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing import ingest, netpolicy
from briefing.errors import InputError
from briefing.ingest import sources
from briefing.ingest.feeds import read_feed

PAGE = (b"<html><head><title>Quay repairs</title></head><body><article><h1>Quay repairs</h1>"
        b"<p>The harbour board said on Friday that repairs to the north quay would take six "
        b"weeks and cost about two million pounds, and that ferries would use the south quay."
        b"</p></article></body></html>")
RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour &lt;b&gt;News'
       b'&lt;/b&gt;</title><item><title>Quay &lt;i&gt;repairs&lt;/i&gt;</title>'
       b"<link>http://127.0.0.1/quay</link></item></channel></rss>")


class Pages(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Pages.hits.append(self.path)
        if self.path.startswith("/to/"):  # /to/<host:port>/path redirects there
            self.send_response(302)
            self.send_header("Location", "http://" + self.path[4:])
            self.end_headers()
            return
        kinds = {"/x-rss": "application/x-rss+xml", "/octet": "application/octet-stream"}
        body = RSS if self.path in kinds else PAGE
        self.send_response(200)
        self.send_header("Content-Type", kinds.get(self.path, "text/html; charset=utf-8"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# --- the policy ----------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://10.2.3.4/",
    "http://192.168.1.1/", "http://172.16.0.9/", "http://169.254.169.254/latest/meta-data",
    "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
    "http://2130706433/", "http://0x7f.1/", "http://100.100.100.200/", "http://[fd00:ec2::254]/",
])
def test_internal_addresses_are_refused_by_default(url, monkeypatch):
    monkeypatch.delenv(netpolicy.ALLOW_ENV, raising=False)
    with pytest.raises(netpolicy.BlockedURL, match="refused to fetch"):
        netpolicy.check_url(url)
    with pytest.raises(InputError, match="refused to fetch"):
        sources.fetch(url, timeout=2)


def test_public_literal_passes_and_bad_syntax_is_refused():
    netpolicy.check_url("http://93.184.216.34/story")
    netpolicy.check_url("https://[2606:4700::1]/x")
    for bad in ("ftp://example.org/", "http://", "http://a b/", "http://x/\tpath",
                "http://x:99999/", "javascript:alert(1)"):
        with pytest.raises(netpolicy.BlockedURL, match="not a valid"):
            netpolicy.check_url(bad)


def test_allow_private_true_networks_and_environment(monkeypatch):
    netpolicy.check_url("http://127.0.0.1/", True)
    netpolicy.check_url("http://127.0.0.1/", ["127.0.0.0/8"])
    with pytest.raises(netpolicy.BlockedURL):
        netpolicy.check_url("http://10.0.0.1/", ["127.0.0.0/8"])
    monkeypatch.setenv(netpolicy.ALLOW_ENV, "1")
    netpolicy.check_url("http://10.0.0.1/", None)
    with pytest.raises(netpolicy.BlockedURL):  # an explicit False beats the environment
        netpolicy.check_url("http://10.0.0.1/", False)
    monkeypatch.setenv(netpolicy.ALLOW_ENV, "10.0.0.0/8")
    netpolicy.check_url("http://10.0.0.1/", None)
    with pytest.raises(netpolicy.BlockedURL):
        netpolicy.check_url("http://127.0.0.1/", None)


def test_loopback_server_is_never_contacted_without_opt_in(site, monkeypatch):
    monkeypatch.delenv(netpolicy.ALLOW_ENV, raising=False)
    Pages.hits.clear()
    for call in (lambda: ingest.load(f"http://{site}/story"),
                 lambda: read_feed(f"http://{site}/x-rss", timeout=2),
                 lambda: sources.fetch(f"http://localhost:{site.split(':')[1]}/story")):
        with pytest.raises(InputError, match="loopback"):
            call()
    assert Pages.hits == []


def test_every_redirect_is_checked(site):
    # 127.0.0.1 is allowed, 127.0.0.2 (also loopback) is not: the redirect must be refused
    # before anything connects there.
    port = site.split(":")[1]
    Pages.hits.clear()
    with pytest.raises(InputError, match=r"redirected to http://127\.0\.0\.2.*loopback"):
        sources.fetch(f"http://{site}/to/127.0.0.2:{port}/story", allow_private=["127.0.0.1/32"])
    assert Pages.hits == [f"/to/127.0.0.2:{port}/story"]
    body, _, final = sources.fetch(f"http://{site}/to/{site}/story",
                                   allow_private=["127.0.0.1/32"])
    assert b"north quay" in body and final.endswith("/story")


def test_feed_content_types_are_judged_by_the_body(site):
    for path in ("/x-rss", "/octet"):
        feed = read_feed(f"http://{site}{path}", timeout=5, allow_private=True)
        assert feed.title == "Harbour News"
        assert [e.title for e in feed.entries] == ["Quay repairs"]


# --- broken HTTP answers -------------------------------------------------------------

BIG = b"x" * (70 * 1024)
BOMB = gzip.compress(b"\0" * (60 * 1024 * 1024))  # about 60 KB that inflate to 60 MB


def answer(head: bytes, body: bytes = b"") -> bytes:
    return head.replace(b"\n", b"\r\n") + b"\r\n" + body


RAW_ANSWERS = {
    "/bad-status": b"HTTP/1.1 two hundred OK\r\n\r\n",
    "/garbage": b"\x16\x03\x01\x02\x00garbage that is not http at all\r\n\r\n",
    "/long-header": answer(b"HTTP/1.1 200 OK\nX-Long: " + BIG + b"\n"),
    "/many-headers": answer(b"HTTP/1.1 200 OK\n" + b"".join(
        b"X-H%d: v\n" % i for i in range(150))),
    "/bad-chunks": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\n"
                          b"Transfer-Encoding: chunked\n", b"zz\r\nhello\r\n"),
    "/short-body": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 5000\n",
                          PAGE[:100]),
    "/gzip": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n"
                    b"Content-Length: %d\n" % len(gzip.compress(PAGE)), gzip.compress(PAGE)),
    "/deflate": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: deflate\n"
                       b"Content-Length: %d\n" % len(zlib.compress(PAGE)), zlib.compress(PAGE)),
    "/bomb": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\n"
                    b"Content-Length: %d\n" % len(BOMB), BOMB),
    "/corrupt-gzip": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\n"
                            b"Content-Encoding: gzip\nContent-Length: 12\n", b"\x1f\x8bnot gzip.."),
    "/brotli": answer(b"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: br\n"
                      b"Content-Length: 4\n", b"abcd"),
}


class RawHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            request += chunk
        path = request.split(b" ", 2)[1].decode()
        self.request.sendall(RAW_ANSWERS[path])
        self.request.shutdown(socket.SHUT_WR)


@pytest.fixture(scope="module")
def raw():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RawHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path, reason", [
    ("/bad-status", "bad HTTP response"),
    ("/garbage", "bad HTTP response"),
    ("/long-header", "too long"),
    ("/many-headers", "bad HTTP response"),
    ("/bad-chunks", "bad HTTP response"),
    ("/short-body", "before the body was complete"),
    ("/bomb", r"decoded body too large \(over the 10 MB limit\)"),
    ("/corrupt-gzip", "download failed"),
    ("/brotli", "unsupported content encoding br"),
])
def test_http_faults_are_one_line_input_errors(raw, path, reason):
    with pytest.raises(InputError, match=reason) as caught:
        sources.fetch(raw + path, timeout=5, allow_private=True)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 400 and message.startswith(raw + path)


def test_gzip_and_deflate_pages_are_decoded(raw):
    for path in ("/gzip", "/deflate"):
        article = ingest.load(raw + path, allow_private=True)
        assert "north quay" in article.text


def test_url_with_space_or_tab_is_one_line_error(raw):
    for url in (raw + "/a page", raw + "/a\tpage", "http://exa mple.org/"):
        with pytest.raises(InputError, match="white space") as caught:
            ingest.load(url)
        assert "\n" not in str(caught.value)
