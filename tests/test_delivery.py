"""Digest delivery against real aiosmtpd servers on 127.0.0.1 that misbehave on purpose:
permanent refusals, a server that keeps the message and drops the line before its 250,
partial refusals, a trickling greeting; plus retry/drop, cleartext AUTH and the state
file's safety. The articles are small folder sources written for these tests."""

from __future__ import annotations

import asyncio
import email
import json
import os
import socket
import sqlite3
import stat
import threading
import time
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest

from briefing.cli import cli

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

ARTICLES = {
    "ferry": ("Island ferry timetable changes from Monday",
              "The island ferry will sail every 40 minutes from Monday, the operator said on "
              "Tuesday. Ticket prices stay the same until the spring. Harbour staff said the "
              "new timetable would cut queues on the quay at weekends."),
    "library": ("Town library extends its opening hours",
                "The town library will open until nine in the evening on weekdays, the council "
                "said. The change costs 80,000 pounds a year and starts in March. Librarians "
                "said students had asked for later hours during exams."),
    "orchard": ("Community orchard plants 200 apple trees",
                "Volunteers planted 200 apple trees at the community orchard on Saturday, the "
                "organisers said. The orchard hopes to sell its first juice within four years. "
                "Local schools will each look after a row of trees."),
}


class Mailbox:
    """Keeps every message; ``answer`` decides the reply to each DATA (default 250)."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[list[str]] = []
        self.refuse_rcpt: dict[str, str] = {}
        self.answer = "250 OK"
        self.drop_after_store = False

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.answer.startswith("250") or self.drop_after_store:
            self.envelopes.append(list(envelope.rcpt_tos))
            self.messages.append(email.message_from_bytes(envelope.content,
                                                          policy=policy.default))
        if self.drop_after_store:  # stored, then the line goes dead before the 250
            server.transport.abort()
            await asyncio.sleep(0.05)
        return self.answer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mailbox():
    box = Mailbox()
    controller = aiosmtpd_controller.Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


def write_articles(folder: Path, keys) -> None:
    folder.mkdir(exist_ok=True)
    for key in keys:
        title, text = ARTICLES[key]
        (folder / f"{key}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def make_config(tmp_path: Path, port: int, to=("reader@example.org",), **email) -> Path:
    config = tmp_path / "digest.toml"
    recipients = ", ".join(f'"{a}"' for a in to)
    settings = {"retries": 1, "retry_delay": 0.05, "timeout": 5, **email}
    extra = "\n".join(f"{key} = {json.dumps(value)}" for key, value in settings.items())
    config.write_text(f"""
[digest]
title = "Island news"
state = "state/digest.sqlite"
[[sources]]
path = "articles"
[email]
to = [{recipients}]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
{extra}
""", encoding="utf-8")
    return config


def run(runner, config: Path, *args: str):
    return runner.invoke(cli, ["digest", "run", "--config", str(config), *args])


def statuses(config: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(config.parent / "state" / "digest.sqlite") as db:
        return db.execute("SELECT date, status FROM digests ORDER BY id").fetchall()


# --- permanent refusal ---------------------------------------------------------------


def test_permanent_550_is_recorded_blocks_nothing_and_can_be_retried(runner, tmp_path, mailbox):
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    write_articles(tmp_path / "articles", ["ferry", "library"])
    mailbox.refuse_rcpt = {"old@example.org": "550 5.1.1 No such user"}
    config_path = make_config(tmp_path, mailbox.port, to=["old@example.org"])
    rejected = run(runner, config_path)
    assert rejected.exit_code == 1 and "rejected" in rejected.output
    assert "digest retry" in rejected.output
    assert [s for _, s in statuses(config_path)] == ["rejected"]

    # The user fixes the recipient. The next day's digest goes out at once: the rejected
    # one is not resent first, and its stories are not repeated.
    config_path = make_config(tmp_path, mailbox.port, to=["new@example.org"])
    write_articles(tmp_path / "articles", ["orchard"])
    config = load_config(config_path)
    tomorrow = datetime.now(config.schedule.tz) + timedelta(days=1)
    stamp = (tomorrow - timedelta(hours=1)).timestamp()
    os.utime(tmp_path / "articles" / "orchard.txt", (stamp, stamp))
    result = run_digest(config, now=tomorrow)
    assert result.status == "sent" and not result.problems
    assert len(mailbox.messages) == 1 and mailbox.envelopes == [["new@example.org"]]
    assert "Community orchard" in mailbox.messages[0]["Subject"] + str(mailbox.messages[0])
    assert "Island ferry" not in str(mailbox.messages[0].get_body(("plain",)))

    # retry DATE sends the rejected digest to today's recipients, same Message-ID.
    day = statuses(config_path)[0][0]
    with sqlite3.connect(config_path.parent / "state" / "digest.sqlite") as db:
        (first_id,) = db.execute("SELECT message_id FROM digests ORDER BY id").fetchone()
    retried = runner.invoke(cli, ["digest", "retry", day, "--config", str(config_path)])
    assert retried.exit_code == 0, retried.output
    assert mailbox.messages[-1]["Message-ID"] == first_id
    assert mailbox.envelopes[-1] == ["new@example.org"]
    assert mailbox.messages[-1]["To"] == "new@example.org"
    again = runner.invoke(cli, ["digest", "retry", day, "--config", str(config_path)])
    assert again.exit_code == 1 and "already sent" in again.output


def test_drop_frees_the_stories_for_a_new_digest(runner, tmp_path, mailbox):
    write_articles(tmp_path / "articles", ["ferry", "library"])
    mailbox.answer = "554 5.7.1 Message refused"
    config = make_config(tmp_path, mailbox.port)
    assert run(runner, config).exit_code == 1
    waiting = run(runner, config)  # the same day again: reported, nothing built or sent
    assert waiting.exit_code == 1 and "is rejected" in waiting.output
    day = statuses(config)[0][0]
    dropped = runner.invoke(cli, ["digest", "drop", day, "--config", str(config)])
    assert dropped.exit_code == 0 and "dropped" in dropped.output
    mailbox.answer = "250 OK"
    fresh = run(runner, config)
    assert fresh.exit_code == 0, fresh.output
    assert [s for _, s in statuses(config)] == ["dropped", "sent"]
    assert "2 stories" in mailbox.messages[-1]["Subject"]
    nothing = runner.invoke(cli, ["digest", "drop", day, "--config", str(config)])
    assert nothing.exit_code == 1 and "no unsent digest" in nothing.output


# --- the accept-then-drop window -----------------------------------------------------


def test_server_that_stores_then_drops_gets_one_copy(runner, tmp_path, mailbox):
    write_articles(tmp_path / "articles", ["ferry"])
    mailbox.drop_after_store = True
    config = make_config(tmp_path, mailbox.port, retries=3)
    first = run(runner, config)
    assert first.exit_code == 1 and "may or may not have been delivered" in first.output
    assert len(mailbox.messages) == 1  # not retried inside the run
    mailbox.drop_after_store = False
    second = run(runner, config)  # not resent by the next run either
    assert second.exit_code == 1 and "is unknown" in second.output
    assert len(mailbox.messages) == 1
    assert [s for _, s in statuses(config)] == ["unknown"]
    day = statuses(config)[0][0]
    retried = runner.invoke(cli, ["digest", "retry", day, "--config", str(config)])
    assert retried.exit_code == 0, retried.output
    assert mailbox.messages[0]["Message-ID"] == mailbox.messages[1]["Message-ID"]


def test_temporary_refusal_of_one_recipient_is_owed_to_that_recipient_only(
        runner, tmp_path, mailbox):
    write_articles(tmp_path / "articles", ["ferry"])
    mailbox.refuse_rcpt = {"busy@example.org": "452 4.2.2 Mailbox full"}
    config = make_config(tmp_path, mailbox.port, to=["ok@example.org", "busy@example.org"])
    assert run(runner, config).exit_code == 0
    assert mailbox.envelopes == [["ok@example.org"]]
    assert [s for _, s in statuses(config)] == ["sent", "failed"]
    mailbox.refuse_rcpt = {}
    assert run(runner, config).exit_code == 0
    assert mailbox.envelopes[-1] == ["busy@example.org"]
    assert mailbox.messages[0]["Message-ID"] == mailbox.messages[1]["Message-ID"]
    assert run(runner, config).exit_code == 0 and len(mailbox.messages) == 2


# --- SMTP session limits and credentials ---------------------------------------------


def test_trickling_greeting_meets_the_session_deadline(runner, tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def trickle() -> None:
        while not stop.is_set():
            try:
                listener.settimeout(0.2)
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                for byte in b"220-" + b"x" * 10_000:  # never ends its greeting
                    if stop.is_set():
                        break
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break
                    time.sleep(0.05)

    threading.Thread(target=trickle, daemon=True).start()
    write_articles(tmp_path / "articles", ["ferry"])
    config = make_config(tmp_path, listener.getsockname()[1],
                         session_timeout=1.5, timeout=1)
    started = time.monotonic()
    result = run(runner, config)
    elapsed = time.monotonic() - started
    stop.set()
    listener.close()
    assert result.exit_code == 1 and "longer than 1.5 s" in result.output
    assert elapsed < 8  # collecting and briefing included; the SMTP part stops at 1.5 s


def test_password_is_never_sent_in_clear_unless_allowed(runner, tmp_path, mailbox, monkeypatch):
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
    write_articles(tmp_path / "articles", ["ferry"])
    config = make_config(tmp_path, mailbox.port, username="digest")
    refused = run(runner, config)
    assert refused.exit_code != 0 and "in clear" in refused.output
    assert mailbox.messages == [] and not (tmp_path / "state").exists()
    brief = runner.invoke(cli, ["brief", str(tmp_path / "articles" / "ferry.txt"), "--send-to",
                                "me@example.org", "--config", str(config)])
    assert brief.exit_code != 0 and "in clear" in brief.output


# --- the state file ------------------------------------------------------------------


def test_state_and_lock_are_private_and_history_reads_only(runner, tmp_path, mailbox):
    write_articles(tmp_path / "articles", ["ferry"])
    config = make_config(tmp_path, mailbox.port)
    assert run(runner, config).exit_code == 0
    state = tmp_path / "state" / "digest.sqlite"
    for path in (state, Path(f"{state}.lock")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    before = state.read_bytes()
    history = runner.invoke(cli, ["digest", "history", "--config", str(config)])
    assert history.exit_code == 0 and "sent" in history.output
    assert state.read_bytes() == before


@pytest.mark.parametrize("damage", ["foreign", "garbage", "broken-page"])
def test_unusable_state_file_is_one_line(runner, tmp_path, mailbox, damage):
    write_articles(tmp_path / "articles", ["ferry"])
    config = make_config(tmp_path, mailbox.port)
    state = tmp_path / "state" / "digest.sqlite"
    state.parent.mkdir()
    if damage == "foreign":
        with sqlite3.connect(state) as db:
            db.execute("CREATE TABLE invoices (number INTEGER, total REAL)")
    elif damage == "garbage":
        state.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    else:
        assert run(runner, config).exit_code == 0
        data = bytearray(state.read_bytes())
        data[100:] = b"\xa5" * (len(data) - 100)  # keep the header, damage every page
        state.write_bytes(bytes(data))
        for extra in state.parent.glob("digest.sqlite-*"):
            extra.unlink()
    for command in (["digest", "run"], ["digest", "history"]):
        result = runner.invoke(cli, [*command, "--config", str(config)])
        assert result.exit_code != 0, result.output
        assert "Traceback" not in result.output and not isinstance(result.exception,
                                                                   sqlite3.Error)
        assert result.output.strip().splitlines()[-1].startswith("error: ")
    assert mailbox.messages == [] or damage == "broken-page"


def test_old_state_files_are_migrated(tmp_path):
    from briefing.digest.state import State

    state = tmp_path / "old.sqlite"
    with sqlite3.connect(state) as db:  # the schema of the first version, with its CHECK
        db.executescript("""
CREATE TABLE digests (id INTEGER PRIMARY KEY AUTOINCREMENT, date TEXT NOT NULL,
  recipients TEXT NOT NULL, message_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'empty')),
  subject TEXT NOT NULL, message BLOB, created TEXT NOT NULL, sent_at TEXT, error TEXT);
INSERT INTO digests (date, recipients, message_id, status, subject, message, created)
  VALUES ('2026-01-05', '["a@example.org"]', '<m1@example.org>', 'failed', 's', x'00', 'now');
""")
    with State(state) as opened:
        record = opened.latest_on(datetime(2026, 1, 5).date())
        assert record is not None and record.recipients == ["a@example.org"]
        opened.mark(record.id, "rejected", "550")
        assert json.loads(opened.history()[0][3]) == ["a@example.org"]


class StateLocker(Mailbox):
    """Takes the state file's write lock at a chosen SMTP step, so the client cannot
    record that step: the same fault as a disk that fills up during the send."""

    def __init__(self) -> None:
        super().__init__()
        self.state: Path | None = None
        self.when = ""
        self.holder: sqlite3.Connection | None = None

    def grab(self) -> None:
        self.holder = sqlite3.connect(self.state, isolation_level=None, check_same_thread=False)
        self.holder.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.holder is not None:
            self.holder.execute("ROLLBACK")
            self.holder.close()
            self.holder = None

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if self.when == "before-dot":
            self.grab()
        return await super().handle_RCPT(server, session, envelope, address, options)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        answer = await super().handle_DATA(server, session, envelope)
        if self.when == "after-250":
            self.grab()
        return answer


@pytest.mark.parametrize("when, copies_first, status_after", [
    ("before-dot", 0, "sent"),  # "sending" cannot be recorded: the final "." is never sent
    ("after-250", 1, "unknown"),  # "sent" cannot be recorded: never sent a second time
])
def test_state_that_cannot_be_written_during_the_send_never_gives_two_copies(
        runner, tmp_path, monkeypatch, when, copies_first, status_after):
    from briefing.digest import state as state_module

    monkeypatch.setattr(state_module, "BUSY_SECONDS", 0.2)
    box = StateLocker()
    controller = aiosmtpd_controller.Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        write_articles(tmp_path / "articles", ["ferry"])
        config = make_config(tmp_path, controller.port)
        box.state, box.when = tmp_path / "state" / "digest.sqlite", when
        first = run(runner, config)
        assert first.exit_code == 1, first.output
        assert first.output.startswith("error: ") and "digest state" in first.output
        assert len(box.messages) == copies_first
        box.release()
        box.when = ""
        run(runner, config)
        run(runner, config)
        assert len(box.messages) == 1
        assert statuses(config)[-1][1] == status_after
    finally:
        box.release()
        controller.stop()


def test_a_retried_personal_digest_keeps_its_own_reader(tmp_path):
    from types import SimpleNamespace

    from briefing.digest.deliver import retry_recipients

    config = SimpleNamespace(email=SimpleNamespace(to=["desk@example.org", "all@example.org"]),
                             recipients=[("Editor@Example.org", ["Belarus"])])
    # A [[recipients]] mail carries only that reader's sections: never widen it.
    assert retry_recipients(["editor@example.org"], config) == ["editor@example.org"]
    # The full edition goes to today's main list (fixed there after a permanent failure).
    assert retry_recipients(["old@example.org"], config) == ["desk@example.org", "all@example.org"]
    assert retry_recipients([], config) == ["desk@example.org", "all@example.org"]
