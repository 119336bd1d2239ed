"""The digest end to end with real parts: an HTTP server for feeds and pages, an aiosmtpd
SMTP server (one with STARTTLS + AUTH), SQLite state across runs, the lock, and SMTP
failure paths. Every article text here was written for these tests."""

from __future__ import annotations

import email
import fcntl
import re
import socket
import ssl
import threading
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.cli import cli

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

ARTICLES = {
    "bridge": (
        "Harbour bridge reopens after two years of repairs",
        [
            "The Harbour Bridge in Eastport reopened to traffic on Monday after two years of "
            "repairs that cost 48 million pounds.",
            "Engineers replaced 312 steel cables and resurfaced the whole deck, the city "
            "council said in a statement.",
            '"This bridge carries 40,000 vehicles a day and the city could not do without it," '
            "said council leader Maria Okafor.",
            "Local traders said the closure had cut footfall in the old town by a fifth.",
            "The council expects the bridge to need no major work for another 30 years.",
        ],
    ),
    "bakery": (
        "Bakery chain to open 25 shops and hire 400 staff",
        [
            "The Northern Loaf bakery chain plans to open 25 new shops next year and hire 400 "
            "staff, its chief executive said on Tuesday.",
            "Sales rose 12% in the year to March, helped by demand for sourdough bread.",
            "Chief executive Tom Reilly said the company would focus on towns without a bakery.",
            "Flour prices have fallen by 8% since last spring, easing pressure on margins.",
            "The chain currently runs 140 shops across the north of England.",
        ],
    ),
    "bees": (
        "Study finds city gardens help wild bees survive winter",
        [
            "Wild bees survive winter better in cities with many small gardens, a university "
            "study published on Wednesday found.",
            "Researchers counted bee nests in 60 gardens over three winters.",
            "Nests in gardens with ivy and late-flowering plants were twice as likely to survive.",
            '"Every small garden matters to these insects," said lead author Dr Hana Sato.',
            "The team now plans to repeat the survey in rural villages.",
        ],
    ),
}
GAZETTE_EXTRA = "The Coast Gazette first reported the reopening date last week."


def page_html(title: str, paragraphs: list[str], site: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title} | {site}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright {site}</footer></body></html>"
    )


def rss(items: list[tuple[str, str, datetime]], title: str = "Eastport News") -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}#g</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for t, link, when in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>/</link><description>news</description>"
        f"{entries}</channel></rss>"
    )


class Site:
    """A real HTTP server on 127.0.0.1 serving feeds and article pages from a dict."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str]] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                found = pages.get(self.path)
                if found is None:
                    self.send_error(404)
                    return
                kind, text = found
                data = text.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def eastport_site() -> Site:
    """Three stories in a feed, plus a second outlet's copy of the bridge story."""
    server = Site()
    now = datetime.now(UTC)
    for key, (title, paragraphs) in ARTICLES.items():
        server.pages[f"/news/{key}.html"] = ("text/html", page_html(title, paragraphs, "Eastport"))
    bridge_title, bridge = ARTICLES["bridge"]
    server.pages["/gazette/bridge.html"] = (
        "text/html", page_html(bridge_title, [*bridge, GAZETTE_EXTRA], "Coast Gazette")
    )
    server.pages["/feed.xml"] = ("application/rss+xml", rss([
        (title, f"{server.base}/news/{key}.html", now - timedelta(hours=2 + n))
        for n, (key, (title, _)) in enumerate(ARTICLES.items())
    ]))
    return server


@pytest.fixture
def site():
    server = eastport_site()
    yield server
    server.close()


class Mailbox:
    """aiosmtpd handler that keeps every message; can answer 451 a few times first."""

    def __init__(self, fail_first: int = 0) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.fail_first = fail_first
        self.attempts = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.attempts += 1
        if self.attempts <= self.fail_first:
            return "451 4.3.0 Try again later"
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_smtp(handler: Mailbox, port: int = 0, **options) -> aiosmtpd_controller.Controller:
    port = port or free_port()
    controller = aiosmtpd_controller.Controller(handler, hostname="127.0.0.1", port=port,
                                               **options)
    controller.start()
    return controller


@pytest.fixture
def smtp():
    mailbox = Mailbox()
    controller = start_smtp(mailbox)
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


def write_config(tmp_path: Path, site: Site, port: int, extra_email: str = "",
                 extra_digest: str = "", sources: str | None = None) -> Path:
    sources = sources if sources is not None else f"""
[[sources]]
feed = "{site.base}/feed.xml"
[[sources]]
url = "{site.base}/gazette/bridge.html"
name = "Coast Gazette"
"""
    config = tmp_path / "digest.toml"
    config.write_text(f"""
[digest]
title = "Eastport morning"
state = "state/digest.sqlite"
allow_private_urls = true  # the test site is on 127.0.0.1
{extra_digest}
{sources}
[email]
to = ["reader@example.org", "second@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
retries = 2
retry_delay = 0.05
timeout = 5
{extra_email}

[schedule]
cron = "0 7 * * *"
timezone = "Europe/London"
""", encoding="utf-8")
    return config


def run(runner, config: Path, *args: str):
    return runner.invoke(cli, ["digest", "run", "--config", str(config), *args])


def digest_rows(config: Path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(config.parent / "state" / "digest.sqlite") as db:
        return db.execute("SELECT date, status, message_id, recipients FROM digests").fetchall()


def parts_of(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.iter_parts()}


# --- the happy path ------------------------------------------------------------------


def test_run_sends_one_parsed_checked_digest(runner, tmp_path, site, smtp):
    config = write_config(tmp_path, site, smtp.port)
    result = run(runner, config)
    assert result.exit_code == 0, result.output
    # Not a terminal: no progress bars and quiet logs, just the one-line summary.
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert result.output.startswith("sent ")
    assert len(smtp.messages) == 1
    message = smtp.messages[0]
    assert message.get_content_type() == "multipart/alternative"
    parts = parts_of(message)
    assert set(parts) == {"text/plain", "text/html"}
    html, text = parts["text/html"], parts["text/plain"]
    assert len(html.encode("utf-8")) < 100_000
    for header in ("Message-ID", "Date", "List-Unsubscribe", "From", "To", "Subject"):
        assert message[header], header
    assert "3 stories" in message["Subject"]
    assert smtp.envelopes[0] == ("digest@example.org", ["reader@example.org",
                                                         "second@example.org"])
    # The bridge story came twice (feed + Gazette, one line added): shown once, credited.
    headlines = re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)
    assert len(headlines) == 3
    assert sum("Harbour bridge reopens" in h for h in headlines) == 1
    assert "Also reported by" in html and "Coast Gazette" in html
    assert "Also reported by" in text
    assert "<img" not in html and "<link" not in html and "src=" not in html
    assert "@media" in html and "prefers-color-scheme" in html  # kept for phones/dark mode
    assert 'style="' in html  # CSS inlined
    assert "Unsubscribe" in html
    [(day, status, message_id, recipients)] = digest_rows(config)
    assert status == "sent" and message_id == message["Message-ID"]
    assert "second@example.org" in recipients


def test_rerun_sends_nothing_unless_forced_and_items_are_not_resent(runner, tmp_path, site,
                                                                    smtp):
    config = write_config(tmp_path, site, smtp.port)
    assert run(runner, config).exit_code == 0
    again = run(runner, config)
    assert again.exit_code == 0 and "already sent" in again.output
    assert len(smtp.messages) == 1
    forced = run(runner, config, "--force")
    assert forced.exit_code == 0, forced.output
    assert len(smtp.messages) == 2
    assert "3 stories" in smtp.messages[1]["Subject"]
    # Tomorrow's run sees the same items: all sent before, so nothing new, no email.
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    later = run(runner, config, "--date", tomorrow)
    assert later.exit_code == 0 and "nothing new" in later.output
    assert len(smtp.messages) == 2


def test_new_item_tomorrow_is_the_only_story(runner, tmp_path, site, smtp):
    config = write_config(tmp_path, site, smtp.port)
    assert run(runner, config).exit_code == 0
    title = "Ferry timetable changes from Sunday"
    site.pages["/news/ferry.html"] = ("text/html", page_html(title, [
        "The Eastport ferry will leave every 40 minutes from Sunday, the operator said.",
        "The change adds six crossings a day during the summer season.",
        "Fares stay at 3.50 pounds for adults and 1.75 pounds for children.",
        "The operator said demand had grown by 15% since the bridge closed.",
    ], "Eastport"))
    config.write_text(config.read_text().replace(
        "[email]", f'[[sources]]\nurl = "{site.base}/news/ferry.html"\n\n[email]'))
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert run(runner, config, "--date", tomorrow).exit_code == 0
    assert len(smtp.messages) == 2
    assert "1 story" in smtp.messages[1]["Subject"]
    assert title in parts_of(smtp.messages[1])["text/html"]


def test_empty_day_sends_nothing_unless_send_empty(runner, tmp_path, site, smtp):
    empty = tmp_path / "empty"
    empty.mkdir()
    sources = '[[sources]]\npath = "empty"\n'
    config = write_config(tmp_path, site, smtp.port, sources=sources)
    result = run(runner, config)
    assert result.exit_code == 0 and "nothing new" in result.output
    assert smtp.messages == []
    config = write_config(tmp_path, site, smtp.port, sources=sources,
                          extra_digest="send_empty = true")
    assert run(runner, config).exit_code == 0
    assert len(smtp.messages) == 1
    assert "Nothing new" in parts_of(smtp.messages[0])["text/plain"]


def test_dry_run_writes_eml_html_pdf_and_sends_nothing(runner, tmp_path, site, smtp):
    config = write_config(tmp_path, site, smtp.port)
    out = tmp_path / "out"
    result = run(runner, config, "--dry-run", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "would send" in result.output and "Subject:" in result.output
    assert smtp.messages == []
    stem = f"digest-{date.today().isoformat()}"
    eml = email.message_from_bytes((out / f"{stem}.eml").read_bytes(), policy=policy.default)
    assert eml.get_content_type() == "multipart/alternative"
    assert (out / f"{stem}.html").read_text().startswith("<!DOCTYPE html>")
    assert (out / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "state" / "digest.sqlite").exists() or digest_rows(config) == []


def test_folder_source_and_unreadable_feed_is_reported_not_fatal(runner, tmp_path, site, smtp):
    folder = tmp_path / "articles"
    folder.mkdir()
    title, paragraphs = ARTICLES["bees"]
    (folder / "bees.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs))
    sources = f'[[sources]]\npath = "articles"\n[[sources]]\nfeed = "{site.base}/missing.xml"\n'
    config = write_config(tmp_path, site, smtp.port, sources=sources)
    result = run(runner, config)
    assert result.exit_code == 3, result.output  # sent, but a source failed
    html = parts_of(smtp.messages[0])["text/html"]
    assert "wild bees" in html.lower()
    assert "could not be read" in html and "missing.xml" in html


# --- failures, retries and exactly-once ---------------------------------------------------


def test_temporary_451_is_retried_then_sent_once(runner, tmp_path, site):
    mailbox = Mailbox(fail_first=1)
    controller = start_smtp(mailbox)
    try:
        config = write_config(tmp_path, site, controller.port)
        result = run(runner, config)
    finally:
        controller.stop()
    assert result.exit_code == 0, result.output
    assert mailbox.attempts == 2 and len(mailbox.messages) == 1
    assert digest_rows(config)[0][1] == "sent"


def test_server_down_fails_clearly_then_next_run_sends_exactly_once(runner, tmp_path, site):
    port = free_port()  # nothing listens here yet
    config = write_config(tmp_path, site, port)
    failed = run(runner, config)
    assert failed.exit_code != 0
    error_lines = [line for line in failed.output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "after 3 attempts" in error_lines[0]
    [(_, status, message_id, _)] = digest_rows(config)
    assert status == "failed"
    mailbox = Mailbox()
    controller = start_smtp(mailbox, port=port)
    try:
        retried = run(runner, config)
        again = run(runner, config)
    finally:
        controller.stop()
    assert retried.exit_code == 0 and "retry" in retried.output
    assert again.exit_code == 0 and "already sent" in again.output
    assert len(mailbox.messages) == 1
    assert mailbox.messages[0]["Message-ID"] == message_id  # the very message first built
    assert [row[1] for row in digest_rows(config)] == ["sent"]


def test_crash_before_send_is_resent_by_the_next_run_once(tmp_path, site, smtp, monkeypatch):
    from briefing.digest import deliver
    from briefing.digest import run as run_module
    from briefing.digest.config import load_config

    config = load_config(write_config(tmp_path, site, smtp.port))

    def power_cut(*args, **kwargs):
        raise RuntimeError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(deliver, "send", power_cut)
        with pytest.raises(RuntimeError):
            run_module.run_digest(config)
    assert [row[1] for row in digest_rows(config.path)] == ["pending"]
    assert run_module.run_digest(config).status == "retried"
    assert run_module.run_digest(config).status == "already-sent"
    assert len(smtp.messages) == 1


def test_permanent_refusal_is_not_retried(runner, tmp_path, site):
    class Refuser(Mailbox):
        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            self.attempts += 1
            return "554 5.7.1 Message rejected"

    mailbox = Refuser()
    controller = start_smtp(mailbox)
    try:
        result = run(runner, write_config(tmp_path, site, controller.port))
    finally:
        controller.stop()
    assert result.exit_code == 1 and "554" in result.output
    assert mailbox.attempts == 1


def test_second_run_while_locked_exits_with_clear_message(runner, tmp_path, site, smtp):
    from briefing.digest.state import RunLock

    config = write_config(tmp_path, site, smtp.port)
    with RunLock(tmp_path / "state" / "digest.sqlite"):
        result = run(runner, config)
    assert result.exit_code == 75
    assert "another digest run is in progress" in result.output
    assert smtp.messages == []
    assert run(runner, config).exit_code == 0  # the lock is gone with its holder


def test_lock_is_held_by_a_real_second_process(tmp_path):
    import subprocess
    import sys

    from briefing.digest.state import Busy, RunLock

    state = tmp_path / "digest.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path; from briefing.digest.state import RunLock\n"
         f"with RunLock(Path({str(state)!r})):\n    print('held', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Busy):
            RunLock(state).__enter__()
    finally:
        holder.kill()
        holder.wait()
    with RunLock(state):  # a killed holder leaves no stale lock behind
        handle = open(f"{state}.lock")  # noqa: SIM115
        with pytest.raises(BlockingIOError):
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.close()


# --- STARTTLS + AUTH ------------------------------------------------------------------


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost, made at test time."""
    crypto = pytest.importorskip("cryptography")
    del crypto
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
        ]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_smtp(tmp_path):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert_file, key_file = make_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"digest" \
            and auth_data.password == b"s3cret"
        logins.append((mechanism, ok))
        return AuthResult(success=ok)

    mailbox = Mailbox()
    controller = start_smtp(mailbox, tls_context=context, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    mailbox.port, mailbox.logins, mailbox.cert = controller.port, logins, cert_file
    yield mailbox
    controller.stop()


def test_starttls_and_auth_with_password_from_environment(runner, tmp_path, site, tls_smtp,
                                                          monkeypatch):
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
    extra = f'starttls = true\nusername = "digest"\nca_file = "{tls_smtp.cert}"'
    result = run(runner, write_config(tmp_path, site, tls_smtp.port, extra_email=extra))
    assert result.exit_code == 0, result.output
    assert len(tls_smtp.messages) == 1
    assert any(ok for _, ok in tls_smtp.logins)


def test_untrusted_certificate_and_missing_password_fail_clearly(runner, tmp_path, site,
                                                                 tls_smtp, monkeypatch):
    monkeypatch.delenv("BRIEFING_SMTP_PASSWORD", raising=False)
    extra = f'starttls = true\nusername = "digest"\nca_file = "{tls_smtp.cert}"'
    config = write_config(tmp_path, site, tls_smtp.port, extra_email=extra)
    missing = run(runner, config)
    assert missing.exit_code == 1 and "BRIEFING_SMTP_PASSWORD" in missing.output
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
    config = write_config(tmp_path, site, tls_smtp.port,
                          extra_email='starttls = true\nusername = "digest"')
    untrusted = run(runner, config)
    assert untrusted.exit_code == 1 and "not trusted" in untrusted.output
    config = write_config(tmp_path, site, tls_smtp.port,
                          extra_email='starttls = true\nusername = "digest"\nsmtp_verify = false')
    assert run(runner, config).exit_code == 0  # the owed digest goes out once
    assert len(tls_smtp.messages) == 1


# --- one brief by email -----------------------------------------------------------------


def test_brief_send_to_delivers_one_brief(runner, tmp_path, smtp):
    title, paragraphs = ARTICLES["bakery"]
    article = tmp_path / "bakery.txt"
    article.write_text(title + "\n\n" + "\n\n".join(paragraphs))
    result = runner.invoke(cli, [
        "brief", str(article), "--send-to", "reader@example.org", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(smtp.port), "--from", "briefs@example.org",
    ])
    assert result.exit_code == 0, result.output
    [message] = smtp.messages
    assert message["To"] == "reader@example.org"
    assert message.get_content_type() == "multipart/alternative"
    assert "Northern Loaf" in parts_of(message)["text/plain"]


def test_brief_send_to_can_reuse_the_digest_config(runner, tmp_path, site, smtp):
    config = write_config(tmp_path, site, smtp.port)
    title, paragraphs = ARTICLES["bees"]
    article = tmp_path / "bees.txt"
    article.write_text(title + "\n\n" + "\n\n".join(paragraphs))
    out = tmp_path / "bees.eml"
    result = runner.invoke(cli, ["brief", str(article), "--send-to", "friend@example.org",
                                 "--config", str(config), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [message] = smtp.messages
    assert message["From"].addresses[0].addr_spec == "digest@example.org"
    assert smtp.envelopes[0][1] == ["friend@example.org"]
    written = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert written.get_content_type() == "multipart/alternative"


def test_brief_send_to_unreachable_server_is_one_line_error(runner, tmp_path):
    article = tmp_path / "bakery.txt"
    title, paragraphs = ARTICLES["bakery"]
    article.write_text(title + "\n\n" + "\n\n".join(paragraphs))
    result = runner.invoke(cli, [
        "brief", str(article), "--send-to", "reader@example.org", "--smtp-host", "127.0.0.1",
        "--smtp-port", str(free_port()),
    ])
    assert result.exit_code == 1
    assert result.output.count("error:") == 1
