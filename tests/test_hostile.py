"""Hostile inputs through the real command line (docs/HOSTILE.md lists every row).

Each case runs ``briefing brief INPUT -o OUT`` in a subprocess with a timeout and
checks the contract: a brief, or a one-line ``error:`` with a non-zero exit; never
a traceback, a hang, or a partial file left in the output folder.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

HANG_LIMIT = 60  # seconds; every case must end long before this
BRIEF, ERROR, EITHER = "brief", "error", "either"
ENGLISH = (
    "The Millford bridge reopened to traffic on Tuesday after eight months of repairs, "
    "the county council said. The work cost 4.2 million pounds, council leader Ann Price "
    "said. Buses will return to the old route within a week, she added."
)


# --- running the CLI and checking the contract --------------------------------------


def run_brief(source: str, output: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "briefing", "brief", source, "-o", str(output), *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=HANG_LIMIT, cwd=cwd)


def check_contract(result: subprocess.CompletedProcess, output: Path, expect: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    leftovers = sorted(p.name for p in output.parent.iterdir() if p != output)
    assert leftovers == [], f"unexpected files next to the output: {leftovers}"
    if result.returncode == 0:
        assert expect in (BRIEF, EITHER), f"expected an error, got a brief: {result.stderr}"
        check_output_file(output)
    else:
        assert expect in (ERROR, EITHER), f"expected a brief, got: {result.stderr}"
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
        assert not output.exists(), "a failed run left an output file"


def check_output_file(output: Path) -> None:
    data = output.read_bytes()
    if output.suffix == ".pdf":
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    elif output.suffix == ".html":
        assert b"</html>" in data.lower()
    elif output.suffix == ".json":
        assert json.loads(data)["points"] is not None


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# --- local files ---------------------------------------------------------------------


def big_text(megabytes: int) -> str:
    sentence = "The council met on Monday and agreed a new budget for the town. "
    return "Budget\n\n" + sentence * (megabytes * 1024 * 1024 // len(sentence) + 1)


SCRIPT_PAGE = (
    "<html><head><title>Bridge reopens</title>"
    "<script>alert('EVIL-SCRIPT-HEAD')</script><style>p{color:red}</style></head><body>"
    "<iframe src='http://127.0.0.1:9/ad'>EVIL-IFRAME</iframe>"
    "<article><h1>Bridge reopens</h1>"
    "<p>The Millford bridge reopened to traffic on Tuesday after eight months of repairs, "
    "the county council said.</p>"
    "<script>document.write('EVIL-SCRIPT-BODY')</script>"
    "<p>The work cost 4.2 million pounds, council leader Ann Price said.</p>"
    "<p onclick=\"alert('EVIL-HANDLER')\">Buses will return to the old route within a week, "
    "she added.</p></article></body></html>"
)
MALFORMED_PAGE = (
    "<html><body><p>The council <b>approved the town budget on Monday<p>The mayor said it "
    "was a <i>good day</div></span> for the town.<p>Council taxes will rise by 3 percent "
    "next year, officials said.<table><tr><td>unclosed"
)
MIXED_SCRIPTS = (
    "Summit opens in Minsk\n\n" + ENGLISH + " Саммит открылся во вторник. "
    "首脑会议星期二开幕。 افتتحت القمة يوم الثلاثاء. Delegates from 40 countries attended."
)

# name -> (file name, content, expected outcome)
FILE_CASES: dict[str, tuple[str, str | bytes, str]] = {
    "empty": ("empty.txt", b"", ERROR),
    "whitespace": ("blank.txt", " \n\t\n   \r\n", ERROR),
    "binary": ("noise.txt", bytes(random.Random(3).randrange(256) for _ in range(4096)), ERROR),
    "binary-as-html": ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8, ERROR),
    "15 MB of text": ("huge.txt", big_text(15), ERROR),
    "one sentence": ("one.txt", "The mayor of Millford resigned on Friday.", BRIEF),
    "no punctuation": (
        "flat.txt",
        "the mayor resigned on friday and the council said it would meet next week " * 25,
        BRIEF,
    ),
    "all caps": (
        "caps.txt",
        "COUNCIL APPROVES BUDGET\n\nTHE CITY COUNCIL APPROVED A BUDGET OF 4 MILLION POUNDS "
        "ON MONDAY, THE MAYOR SAID. \"WE ARE PLEASED,\" SAID MAYOR JOHN SMITH. THE VOTE "
        "WAS 12 TO 3.",
        BRIEF,
    ),
    "mixed scripts": ("mixed.txt", MIXED_SCRIPTS, BRIEF),
    "malformed html": ("broken.html", MALFORMED_PAGE, BRIEF),
    "scripts and iframes": ("scripts.html", SCRIPT_PAGE, BRIEF),
    "markdown only syntax": ("syntax.md", "# \n\n---\n\n* * *\n\n```\n```\n", ERROR),
}


def write_case(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", FILE_CASES, ids=list(FILE_CASES))
def test_hostile_file_gives_a_brief_or_one_line_error(case, tmp_path, out_dir):
    file_name, content, expect = FILE_CASES[case]
    source = write_case(tmp_path, file_name, content)
    output = out_dir / "brief.json"
    check_contract(run_brief(str(source), output, tmp_path), output, expect)


@pytest.mark.parametrize("case", ["one sentence", "all caps", "mixed scripts", "empty"])
def test_hostile_file_as_pdf(case, tmp_path, out_dir):
    file_name, content, expect = FILE_CASES[case]
    source = write_case(tmp_path, file_name, content)
    output = out_dir / "brief.pdf"
    check_contract(run_brief(str(source), output, tmp_path), output, expect)


def test_scripts_and_iframes_never_reach_the_brief(tmp_path, out_dir):
    source = write_case(tmp_path, "scripts.html", SCRIPT_PAGE)
    for suffix in (".html", ".json"):
        output = out_dir / f"brief{suffix}"
        result = run_brief(str(source), output, tmp_path)
        check_contract(result, output, BRIEF)
        text = output.read_text(encoding="utf-8")
        assert "4.2 million" in text
        for marker in ("EVIL-SCRIPT-HEAD", "EVIL-SCRIPT-BODY", "EVIL-IFRAME", "EVIL-HANDLER",
                       "alert(", "document.write", "<script", "<iframe"):
            assert marker not in text, marker
        output.unlink()


def test_noscript_text_is_not_article_text(tmp_path):
    import briefing

    page = SCRIPT_PAGE.replace("</article>", "<noscript>EVIL-NOSCRIPT please enable "
                               "JavaScript to read this site.</noscript></article>")
    brief = briefing.make_brief(write_case(tmp_path, "page.html", page))
    assert "EVIL-NOSCRIPT" not in json.dumps(brief.to_dict())


SHORT_MIXED = (
    "Mixed scripts\n\nThe summit in Minsk opened on Monday. Саммит открылся в понедельник. "
    "首脑会议星期一在明斯克开幕。 افتتحت القمة في مينسك يوم الاثنين. Leaders said 40 "
    "delegations attended."
)


def test_short_mostly_english_article_with_foreign_lines_is_briefed():
    import briefing

    assert briefing.make_brief(SHORT_MIXED).points


def test_paths_with_spaces_and_unicode(tmp_path):
    folder = tmp_path / "dossier à lire" / "新闻 news"
    folder.mkdir(parents=True)
    source = write_case(folder, "städtischer Haushalt 2025.txt", "Budget\n\n" + ENGLISH)
    out = tmp_path / "sortie été" / "ünïcødé 报告"
    out.mkdir(parents=True)
    for name in ("brief ü.pdf", "brief ü.html"):
        check_contract(run_brief(str(source), out / name, tmp_path), out / name, BRIEF)
        (out / name).unlink()
    missing = out / "no such folder" / "brief.pdf"
    result = run_brief(str(source), missing, tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(out.iterdir()) == []


def test_outputs_follow_the_umask(tmp_path):
    from briefing.fileio import write_atomic

    old = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "brief.html", b"<html></html>")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


# --- URLs: a real server on 127.0.0.1 -------------------------------------------------

ARTICLE_PAGE = (
    "<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>"
    "<p>Ferry fares between Kelby and Rossa will rise by 8 percent from May, the operator "
    "said on Wednesday.</p><p>The company blamed fuel costs, which it said had doubled "
    "in two years.</p><p>Islanders said the rise would hurt families and small shops.</p>"
    "</article></body></html>"
)
BROKEN_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken news</title>'
    "<item><title>No link at all</title></item>"
    "<item><title>Bad date</title><link>/article.html</link><pubDate>yesterday-ish</pubDate>"
    "</item>"
    "<item><title>Gone</title><link>/missing.html</link></item>"
    "<item><title>Server error</title><link>/error</link></item>"
    "<item><title>Not a page</title><link>/binary</link></item>"
    "<item><title>Unclosed <b>markup</title><link>javascript:alert(1)</link></item>"
    "<item><title>Truncated"
)


class HostileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # bodies without Content-Length end when we close
    stop = threading.Event()

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def start(self, content_type: str, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def stream(self, chunk: bytes, pause: float, seconds: float = 40) -> None:
        until = time.monotonic() + seconds
        while time.monotonic() < until and not self.stop.is_set():
            self.wfile.write(chunk)
            self.wfile.flush()
            time.sleep(pause)


def serve_silence(handler: HostileHandler) -> None:
    handler.start("text/html")
    handler.stop.wait(40)  # headers, then nothing: the client must time out


def serve_500(handler: HostileHandler) -> None:
    handler.send_error(500, "Internal Server Error")


def serve_declared_2gb(handler: HostileHandler) -> None:
    handler.start("text/html", length=2 * 1024**3)
    handler.stream(b"<p>" + b"more words " * 6000 + b"</p>", pause=0.01)


def serve_endless_fast(handler: HostileHandler) -> None:
    handler.start("text/html")  # no Content-Length: only the size cap can stop this
    handler.stream(b"<p>" + b"more words " * 6000 + b"</p>", pause=0)


def serve_trickle(handler: HostileHandler) -> None:
    handler.start("text/html")  # a byte at a time, forever: only a total deadline helps
    handler.stream(b"a", pause=0.2)


def serve_article(handler: HostileHandler) -> None:
    body = ARTICLE_PAGE.encode()
    handler.start("text/html; charset=utf-8", length=len(body))
    handler.wfile.write(body)


def serve_feed(handler: HostileHandler) -> None:
    body = BROKEN_FEED.encode()
    handler.start("application/rss+xml", length=len(body))
    handler.wfile.write(body)


def serve_binary(handler: HostileHandler) -> None:
    body = bytes(range(256)) * 16
    handler.start("application/octet-stream", length=len(body))
    handler.wfile.write(body)


ROUTES: dict[str, Callable[[HostileHandler], None]] = {
    "/silent": serve_silence,
    "/error": serve_500,
    "/2gb": serve_declared_2gb,
    "/endless": serve_endless_fast,
    "/trickle": serve_trickle,
    "/article.html": serve_article,
    "/feed.xml": serve_feed,
    "/binary": serve_binary,
}


@pytest.fixture(scope="module")
def server(allow_private_urls) -> Iterator[str]:
    HostileHandler.stop.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    HostileHandler.stop.set()
    httpd.shutdown()
    httpd.server_close()


# path -> expected outcome; the slow ones (about the 10 s fetch deadline) run side by side
URL_CASES = {
    "/silent": ERROR,
    "/error": ERROR,
    "/2gb": ERROR,
    "/endless": ERROR,
    "/trickle": ERROR,
    "/binary": ERROR,
    "/article.html": BRIEF,
}


@pytest.fixture(scope="module")
def url_runs(server, tmp_path_factory) -> dict[str, tuple[subprocess.CompletedProcess, Path,
                                                          float]]:
    """Start every URL case at once, then collect: the whole set takes one deadline."""
    base = tmp_path_factory.mktemp("urls")
    started = {}
    for path in URL_CASES:
        folder = base / path.strip("/").replace(".", "_")
        folder.mkdir()
        output = folder / "brief.html"
        command = [sys.executable, "-m", "briefing", "brief", server + path, "-o", str(output)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, cwd=base)
        started[path] = (process, output, time.monotonic())
    results = {}
    for path, (process, output, began) in started.items():
        try:
            stdout, stderr = process.communicate(timeout=HANG_LIMIT)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            stderr += "\nHUNG"
        completed = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        results[path] = (completed, output, time.monotonic() - began)
    return results


@pytest.mark.parametrize("path", URL_CASES, ids=[p.strip("/") for p in URL_CASES])
def test_hostile_url_gives_a_brief_or_one_line_error(path, url_runs):
    result, output, seconds = url_runs[path]
    assert "HUNG" not in result.stderr
    assert seconds < 30, f"{path} took {seconds:.0f} s"
    check_contract(result, output, URL_CASES[path])


def test_big_bodies_are_capped_not_read(url_runs):
    for path in ("/2gb", "/endless"):
        result, _output, _seconds = url_runs[path]
        assert "too large" in result.stderr, result.stderr


def test_feed_with_broken_entries_is_read_without_crashing(server):
    from briefing.errors import InputError
    from briefing.ingest.feeds import read_feed

    feed = read_feed(server + "/feed.xml", timeout=5)
    titles = [entry.title for entry in feed.entries]
    assert "No link at all" not in titles  # nothing to brief
    assert "Bad date" in titles
    assert all(entry.link.startswith(("http://", "https://", "javascript:"))
               for entry in feed.entries)
    for entry in feed.entries:  # every entry either briefs or fails with InputError
        try:
            __import__("briefing").make_brief(entry.link)
        except InputError:
            pass


def test_feed_errors_are_input_errors(server):
    from briefing.errors import InputError
    from briefing.ingest.feeds import read_feed

    for path in ("/error", "/binary", "/article.html", "/missing.xml"):
        with pytest.raises(InputError):
            read_feed(server + path, timeout=5)


def test_digest_over_a_broken_feed_does_not_crash(server, tmp_path):
    config = tmp_path / "digest.toml"
    config.write_text(f"""
[digest]
title = "Hostile morning"
state = "state.sqlite"
[[sources]]
feed = "{server}/feed.xml"
[email]
to = ["reader@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = 9
""", encoding="utf-8")
    out = tmp_path / "edition"
    command = [sys.executable, "-m", "briefing", "digest", "run", "--config", str(config),
               "--dry-run", "--out", str(out), "--no-pdf"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=HANG_LIMIT,
                            cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if result.returncode in (0, 3):  # 3: made, but some entries could not be read (named)
        assert "Ferry fares" in "".join(p.read_text(errors="replace") for p in out.rglob("*.html"))
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert all(line.startswith(("warning: ", "WARNING: ", "wrote ")) for line in lines)
    else:
        assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert not list(tmp_path.rglob("*.part"))
