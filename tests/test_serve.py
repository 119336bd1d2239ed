"""`briefing serve` through HTTP: a real uvicorn server on 127.0.0.1 and a real archive
made by real digest runs. Asserts what the API returns, what it refuses, and why."""

from __future__ import annotations

import http.client
import io
import json
import re
import subprocess
import sys
import threading
import time
from datetime import date as datetime_date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit

import pytest
from pypdf import PdfReader
from serve_support import (
    EDITION_DAYS,
    FIXTURES,
    TOKEN,
    make_archive,
    post_json,
    request,
    start_server,
)

from briefing.serve.settings import ServeSettings, load_settings

FERRY = (FIXTURES / "ferry.txt").read_text(encoding="utf-8")
FERRY_TITLE = FERRY.splitlines()[0]


@pytest.fixture(scope="module")
def archive_config(tmp_path_factory):
    return make_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def server(archive_config):
    settings = load_settings("127.0.0.1", 0, "", str(archive_config))
    running = start_server(settings)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def locked_server():
    """A server with a token and a small request limit."""
    running = start_server(ServeSettings(token=TOKEN, max_request_bytes=64 * 1024))
    yield running
    running.stop()


def multipart(fields: dict[str, str], file: tuple[str, bytes] | None = None) -> tuple:
    boundary = "----briefing-test-boundary"
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                  f"{value}\r\n".encode())
    if file:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                  f'filename="{file[0]}"\r\nContent-Type: text/html\r\n\r\n'.encode())
        out.write(file[1] + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


# --- POST /api/brief ---------------------------------------------------------------


def test_api_brief_json_quotes_the_article(server):
    status, headers, body = post_json(f"{server.base}/api/brief", {"text": FERRY, "sentences": 3})
    assert status == 200, body
    brief = json.loads(body)
    assert brief["article"]["title"] == FERRY_TITLE
    assert len(brief["points"]) + 1 <= 3 + 1
    for point in brief["points"]:
        assert point["text"] in FERRY  # every line is quoted from the article
    names = {p["name"] for p in brief["facts"]["people"]}
    assert "Helena Varga" in names


def test_api_brief_pdf_is_one_page_with_the_headline(server):
    status, headers, body = post_json(f"{server.base}/api/brief",
                                      {"text": FERRY, "format": "pdf", "paper": "letter"})
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(body))
    assert len(reader.pages) == 1
    assert "Marrow Island" in reader.pages[0].extract_text()
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 612) < 2  # US letter, 8.5 in


def test_api_brief_from_an_uploaded_html_file(server):
    data = (FIXTURES / "wind.html").read_bytes()
    body, headers = multipart({"format": "md", "method": "lead"}, ("wind.html", data))
    status, _, answer = request("POST", f"{server.base}/api/brief", body, headers)
    assert status == 200, answer
    text = answer.decode()
    assert text.startswith("# Wind farm off Marrow Island wins approval")
    assert "<p>" not in text


@pytest.mark.parametrize("payload, fragment", [
    ({}, "give the article"),
    ({"text": FERRY, "url": "https://example.org/a"}, "only one of"),
    ({"text": FERRY, "method": "magic"}, "unknown method"),
    ({"text": FERRY, "format": "docx"}, "unknown format"),
    ({"text": FERRY, "sentences": 2, "words": 30}, "only one of"),
    ({"text": FERRY, "ratio": "lots"}, "must be a number"),
    ({"text": "\x00\x01\x02" * 100}, "binary"),
    ({"url": "ftp://example.org/a"}, "http(s) URL"),
    ({"url": "http://exa mple.org/"}, "not a valid URL"),
])
def test_api_brief_bad_input_is_a_clear_400(server, payload, fragment):
    status, headers, body = post_json(f"{server.base}/api/brief", payload)
    assert status == 400
    assert fragment in json.loads(body)["error"]


def test_api_brief_invalid_json_is_a_400(server):
    status, _, body = request("POST", f"{server.base}/api/brief", b"{not json",
                              {"Content-Type": "application/json"})
    assert status == 400 and "JSON" in json.loads(body)["error"]


# --- URL policy ---------------------------------------------------------------------


class Redirector(BaseHTTPRequestHandler):
    """/go?to=URL answers 302 to URL; /page serves a small article."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path.startswith("/go?to="):
            self.send_response(302)
            self.send_header("Location", self.path.split("=", 1)[1])
            self.end_headers()
            return
        body = b"<html><head><title>Harbour page</title></head><body><p>" + \
            b"The harbour board met on Monday and agreed to dredge the channel. " * 3 + \
            b"</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("url, kind", [
    ("http://127.0.0.1:9/", "loopback"),
    ("http://localhost:9/", "loopback"),  # a name that resolves to loopback
    ("http://[::1]:9/", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "metadata"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[::ffff:127.0.0.1]:9/", "loopback"),
])
def test_urls_to_internal_addresses_are_refused_before_connecting(server, url, kind):
    status, _, body = post_json(f"{server.base}/api/brief", {"url": url})
    assert status == 403
    error = json.loads(body)["error"]
    assert "refused" in error and kind in error


def test_a_redirect_to_an_internal_address_is_refused(site):
    # The test site itself is on 127.0.0.1, so only that address is exempt; a redirect
    # to another loopback address or to the metadata address must still be refused.
    settings = ServeSettings(allow_private=["127.0.0.1/32"])
    running = start_server(settings)
    try:
        status, _, body = post_json(f"{running.base}/api/brief", {"url": f"{site}/page"})
        assert status == 200, body  # the exempt address works
        port = urlsplit(site).port
        for target in (f"http://127.0.0.2:{port}/page", "http://169.254.169.254/"):
            status, _, body = post_json(f"{running.base}/api/brief",
                                        {"url": f"{site}/go?to={target}"})
            assert status == 403, body
            assert "refused" in json.loads(body)["error"]
    finally:
        running.stop()


# --- the archive ---------------------------------------------------------------------


def test_editions_lists_every_edition_sent(server):
    status, _, body = request("GET", f"{server.base}/api/editions")
    assert status == 200
    editions = json.loads(body)["editions"]
    assert [e["date"] for e in editions] == sorted(EDITION_DAYS, reverse=True)
    assert [e["stories"] for e in editions] == [1, 2]


def test_one_edition_has_its_stories_and_their_facts(server):
    status, _, body = request("GET", f"{server.base}/api/editions/{EDITION_DAYS[0]}")
    assert status == 200
    edition = json.loads(body)
    titles = {s["title"] for s in edition["stories"]}
    assert FERRY_TITLE in titles and len(titles) == 2
    ferry = next(s for s in edition["stories"] if s["title"] == FERRY_TITLE)
    assert "Helena Varga" in ferry["people"]
    assert ferry["brief"]["points"]
    assert request("GET", f"{server.base}/api/editions/2020-01-01")[0] == 404
    assert request("GET", f"{server.base}/api/editions/yesterday")[0] == 400


def search(server, **params):
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    status, _, body = request("GET", f"{server.base}/api/search?{query}")
    return status, json.loads(body)


def test_search_words_are_prefixes_and_filters_narrow(server):
    status, found = search(server, q="cross")  # "crossings"
    assert status == 200 and [s["title"] for s in found["stories"]] == [FERRY_TITLE]
    _, found = search(server, q="island")
    assert found["total"] == 3  # all three name an island in title or points
    _, found = search(server, q="island", person="Petra Lind")
    assert [s["title"] for s in found["stories"]] == ["Wind farm off Marrow Island wins approval"]
    _, found = search(server, place="Bergen")
    assert found["total"] == 1 and "library" in found["stories"][0]["title"]
    _, found = search(server, organization="Northlake")
    assert found["total"] == 1
    _, found = search(server, q="island", since=EDITION_DAYS[1])
    assert {s["date"] for s in found["stories"]} == {EDITION_DAYS[1]}
    _, found = search(server, source="Nobody Press")
    assert found["total"] == 0


@pytest.mark.parametrize("query", ['"', "island AND (", "NEAR(x y", "*", "title:ferry OR"])
def test_search_input_is_never_query_syntax(server, query):
    status, found = search(server, q=query)
    assert status == 200
    assert isinstance(found["stories"], list)


def test_search_rejects_a_bad_date(server):
    status, found = search(server, q="ferry", since="last week")
    assert status == 400 and "since" in found["error"]


def test_archive_pages_show_editions_stories_and_the_sent_email(server):
    status, _, body = request("GET", f"{server.base}/archive")
    page = body.decode()
    assert status == 200 and all(day in page for day in EDITION_DAYS)
    status, _, body = request("GET", f"{server.base}/archive/{EDITION_DAYS[0]}")
    assert status == 200 and FERRY_TITLE in body.decode()
    story_id = re.search(r'href="/archive/story/(\d+)"', body.decode()).group(1)
    status, _, body = request("GET", f"{server.base}/archive/story/{story_id}")
    assert status == 200 and "Key points" in body.decode()
    status, headers, body = request("GET", f"{server.base}/archive/{EDITION_DAYS[0]}/email")
    assert status == 200 and "sandbox" in headers["Content-Security-Policy"]
    assert FERRY_TITLE in body.decode()


def test_openapi_describes_the_api(server):
    status, _, body = request("GET", f"{server.base}/openapi.json")
    schema = json.loads(body)
    assert status == 200
    for path in ("/api/brief", "/api/editions", "/api/editions/{date}", "/api/search"):
        assert path in schema["paths"]
    status, _, body = request("GET", f"{server.base}/api")
    assert status == 200 and "/api/search" in body.decode()


# --- pages: CSRF, progress, escaping ------------------------------------------------------


def page_session(server) -> tuple[str, str]:
    """(cookie header, csrf token) as a browser would hold them after opening the page."""
    status, headers, body = request("GET", f"{server.base}/")
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    token = re.search(r'name="csrf_token" value="([^"]+)"', body.decode()).group(1)
    return cookie, token


def test_form_post_needs_its_csrf_token(server):
    cookie, token = page_session(server)
    body, headers = multipart({"text": FERRY, "csrf_token": "forged"})
    status, _, answer = request("POST", f"{server.base}/brief", body, {**headers,
                                                                      "Cookie": cookie})
    assert status == 403 and "expired" in answer.decode()
    body, headers = multipart({"text": FERRY, "csrf_token": token, "length_kind": "sentences",
                               "length": "2"})
    status, answer_headers, _ = request("POST", f"{server.base}/brief", body,
                                        {**headers, "Cookie": cookie})
    assert status == 303
    result = answer_headers["Location"]
    status, _, page = request("GET", f"{server.base}{result}")
    assert status == 200 and FERRY_TITLE in page.decode()
    status, headers, pdf = request("GET", f"{server.base}{result}/brief.pdf")
    assert status == 200 and pdf.startswith(b"%PDF") and "attachment" in \
        headers["Content-Disposition"]


def test_cross_site_posts_and_foreign_host_names_are_refused(server):
    status, _, body = request("POST", f"{server.base}/api/brief", json.dumps({"text": FERRY})
                              .encode(), {"Content-Type": "application/json",
                                          "Origin": "https://evil.example"})
    assert status == 403 and "cross-site" in json.loads(body)["error"]
    # DNS rebinding: a page served as evil.example that resolves to 127.0.0.1
    status, _, _ = request("GET", f"{server.base}/api/editions",
                           headers={"Host": "evil.example"})
    assert status == 400
    port = urlsplit(server.base).port
    for name in (f"localhost:{port}", f"127.0.0.1:{port}"):
        assert request("GET", f"{server.base}/api/editions", headers={"Host": name})[0] == 200


def long_report(paragraphs: int) -> str:
    lines = ["Annual report of the regional water board"]
    for i in range(paragraphs):
        lines.append(
            f"In district {i}, the board repaired {i + 3} kilometres of pipe at a cost of "
            f"{(i % 9) + 1} million euros. Engineer Maria Costa said leaks fell by {i % 40 + 5} "
            f"percent. The district council approved plan {i} on Monday."
        )
    return "\n\n".join(lines)


def test_a_long_brief_reports_its_stages_while_it_runs(server):
    cookie, token = page_session(server)
    body, headers = multipart({"text": long_report(300), "csrf_token": token})
    status, _, answer = request("POST", f"{server.base}/brief", body,
                                {**headers, "Cookie": cookie, "X-Briefing-Async": "1"})
    assert status == 202
    job = json.loads(answer)
    seen = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = json.loads(request("GET", f"{server.base}{job['progress']}")[2])
        seen.append((state["done"], state["stage"], state["label"]))
        if state["done"]:
            break
        time.sleep(0.02)
    assert seen[-1][0] and not state["error"]
    running = [s for s in seen if not s[0]]
    assert running, "no progress was visible while the brief was made"
    assert all(label for _, _, label in running)
    assert request("GET", f"{server.base}{job['result']}")[0] == 200


def test_article_markup_is_escaped_on_every_page(server):
    hostile = ("<script>alert(1)</script> Council <b>votes</b>\n\n"
               "The council voted on Monday to close the <img src=x onerror=alert(2)> depot. "
               "The mayor said the depot cost too much. Workers said they were not asked.")
    cookie, token = page_session(server)
    body, headers = multipart({"text": hostile, "csrf_token": token})
    status, answer_headers, _ = request("POST", f"{server.base}/brief", body,
                                        {**headers, "Cookie": cookie})
    assert status == 303
    for suffix in ("", "/view"):
        _, headers, page = request("GET", f"{server.base}{answer_headers['Location']}{suffix}")
        text = page.decode()
        assert "<script>alert" not in text and "<img src=x" not in text
        if suffix == "/view":  # the brief itself shows the article's text, escaped
            assert "&lt;img src=x" in text
        assert "script-src" in headers["Content-Security-Policy"] or \
            "default-src 'none'" in headers["Content-Security-Policy"]


# --- token, limits, start-up ------------------------------------------------------------


def test_token_is_required_everywhere_but_the_login_page(locked_server):
    base = locked_server.base
    assert request("GET", f"{base}/api/editions")[0] == 401
    assert request("GET", f"{base}/api/editions",
                   headers={"Authorization": "Bearer wrong-token-0123456789"})[0] == 401
    status, _, body = post_json(f"{base}/api/brief", {"text": FERRY, "format": "md"}, TOKEN)
    assert status == 200 and body.startswith(b"# Ferry")
    status, headers, _ = request("GET", f"{base}/")
    assert status == 303 and headers["Location"] == "/login"
    status, headers, body = request("GET", f"{base}/login")
    cookie = headers["Set-Cookie"].split(";", 1)[0]
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', body.decode()).group(1)
    form = f"token={quote(TOKEN)}&csrf_token={csrf}".encode()
    status, headers, _ = request("POST", f"{base}/login", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    assert status == 303
    session = headers["Set-Cookie"].split(";", 1)[0]
    assert TOKEN not in session  # the cookie is derived from the token, not the token
    status, _, _ = request("GET", f"{base}/", headers={"Cookie": f"{cookie}; {session}"})
    assert status == 200


def test_oversized_requests_get_413_declared_or_streamed(locked_server):
    big = json.dumps({"text": "word " * 40_000}).encode()  # 200 KB, limit 64 KB
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}
    status, _, body = request("POST", f"{locked_server.base}/api/brief", big, headers)
    assert status == 413 and "too large" in json.loads(body)["error"]
    # chunked: no Content-Length, so the limit must be enforced while reading
    host, port = urlsplit(locked_server.base).hostname, urlsplit(locked_server.base).port
    connection = http.client.HTTPConnection(host, port, timeout=30)
    chunks = (big[i:i + 8192] for i in range(0, len(big), 8192))
    connection.request("POST", "/api/brief", body=chunks, headers=headers, encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 413
    connection.close()


@pytest.mark.parametrize("args, fragment", [
    (["--host", "0.0.0.0"], "without a token"),
    (["--host", "0.0.0.0", "--token", "short"], "at least 16"),
])
def test_serve_refuses_to_start_unsafely(tmp_path, args, fragment):
    result = subprocess.run([sys.executable, "-m", "briefing", "serve", *args],
                            capture_output=True, text=True, timeout=30, cwd=tmp_path,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(FIXTURES.parents[2])})
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_a_server_started_before_the_first_digest_finds_the_archive_later(tmp_path):
    from briefing.digest.state import State

    config = tmp_path / "digest.toml"
    config.write_text('[digest]\nstate = "late.sqlite"\n[email]\nto = ["r@example.org"]\n',
                      encoding="utf-8")
    running = start_server(load_settings("127.0.0.1", 0, "", str(config)))
    try:
        status, _, body = request("GET", f"{running.base}/api/editions")
        assert status == 404 and "no digest has been sent" in json.loads(body)["error"]
        with State(tmp_path / "late.sqlite") as state:  # a digest state without the archive
            state.record_digest(datetime_date(2026, 11, 25), ["r@example.org"], "<m@x>",
                                "Late edition", b"", [], status="sent")
        status, _, body = request("GET", f"{running.base}/api/editions")
        assert status == 200
        assert [e["subject"] for e in json.loads(body)["editions"]] == ["Late edition"]
    finally:
        running.stop()


def test_every_page_is_valid_html5_and_reflects_input_escaped(server):
    import html5lib

    hostile = quote('<script>alert(1)</script>"><img src=x>')
    status, _, body = request("GET", f"{server.base}/api/editions/{EDITION_DAYS[0]}")
    story_id = json.loads(body)["stories"][0]["id"]
    paths = ["/", "/archive", f"/archive/{EDITION_DAYS[0]}", f"/archive/story/{story_id}",
             "/search?q=island", f"/search?q={hostile}&person={hostile}", "/api", "/nowhere"]
    for path in paths:
        status, _, body = request("GET", f"{server.base}{path}")
        page = body.decode()
        if path == "/nowhere":
            assert status == 404
            continue
        assert status == 200, path
        html5lib.HTMLParser(strict=True).parse(page)  # raises on a parse error
        assert "<script>alert" not in page and "<img src=x>" not in page
    reflected = request("GET", f"{server.base}/search?q={hostile}")[2].decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x&gt;"' in reflected


def test_serve_fails_in_one_line_on_a_busy_port_or_a_broken_state_file(tmp_path):
    import socket

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(FIXTURES.parents[2])}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "serve", "--port", str(busy.getsockname()[1])],
            capture_output=True, text=True, timeout=30, cwd=tmp_path, env=env)
    finally:
        busy.close()
    assert result.returncode == 1 and result.stderr.startswith("error: cannot listen on")
    (tmp_path / "digest.sqlite").write_bytes(b"this is not a database" * 100)
    (tmp_path / "digest.toml").write_text('[email]\nto = ["r@example.org"]\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefing", "serve", "--config",
                             str(tmp_path / "digest.toml")],
                            capture_output=True, text=True, timeout=30, cwd=tmp_path, env=env)
    assert result.returncode == 1 and "not a usable digest state file" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
