"""Fault-injection helpers shared by tests/test_faults.py and benchmarks/soak_delivery.py.

A digest run is forked from a process that has already loaded the pipeline (so a trial
costs a fraction of a second), killed with SIGKILL, then the state is recovered by two
normal runs and the copies the SMTP server received are counted.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

ARTICLES = (
    ("Harbour crane back in service",
     "The harbour's largest crane returned to service on Wednesday after a month of repairs, "
     "the port authority said. Ships that waited offshore will be unloaded by Friday. The "
     "repair cost about 300,000 pounds, a spokeswoman said."),
    ("School bus contract renewed",
     "The county renewed its school bus contract for five years on Thursday, officials said. "
     "Forty buses will carry about 2,000 pupils each day. Parents had asked for seat belts on "
     "every bus, and the new contract requires them."),
)


class KillingMailbox:
    """An aiosmtpd handler that counts copies per recipient and can kill a client inside
    the accept-then-crash window: after storing the message, before answering 250."""

    def __init__(self, window_delay: float = 0.05) -> None:
        self.copies: Counter[str] = Counter()
        self.message_ids: dict[str, list[str]] = {}
        self.kill_in_window: dict[str, int] = {}  # recipient -> pid to kill after storing
        self.window_delay = window_delay  # widens the window so random kills land in it
        self.port = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        message_id = ""
        for line in envelope.content.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                message_id = line.split(b":", 1)[1].strip().decode()
                break
        for recipient in envelope.rcpt_tos:
            self.copies[recipient] += 1
            self.message_ids.setdefault(recipient, []).append(message_id)
            pid = self.kill_in_window.pop(recipient, None)
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(self.window_delay)
        return "250 OK"


@dataclass
class Trial:
    number: int
    mode: str  # "random": killed after a random delay; "window": killed by the server
    kill_after: float | None = None
    copies: int = 0
    final_status: str = ""
    statuses: list[str] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)

    @property
    def recipient(self) -> str:
        return f"trial{self.number}@example.org"


def write_trial_config(folder: Path, port: int, to: list[str], workers: int = 1) -> Path:
    config = folder / "digest.toml"
    recipients = ", ".join(f'"{a}"' for a in to)
    config.write_text(f"""
[digest]
title = "Fault trial"
state = "state/digest.sqlite"
workers = {workers}
[[sources]]
path = "articles"
[email]
to = [{recipients}]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port}
retries = 1
retry_delay = 0.05
timeout = 5
""", encoding="utf-8")
    return config


def write_articles(folder: Path) -> None:
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for number, (title, text) in enumerate(ARTICLES):
        (articles / f"a{number}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def _child(config_path: str) -> None:
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    run_digest(load_config(config_path))


def warm_up(mailbox: KillingMailbox, folder: Path) -> float:
    """One full run in this process (loads the models the forked children share);
    returns how long a forked run takes, to spread the random kills over it."""
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    folder.mkdir(parents=True)
    write_articles(folder)
    run_digest(load_config(write_trial_config(folder, mailbox.port, ["warm@example.org"])))
    timing = folder / "timing"
    timing.mkdir()
    write_articles(timing)
    config = write_trial_config(timing, mailbox.port, ["timing@example.org"])
    started = time.monotonic()
    child = multiprocessing.get_context("fork").Process(target=_child, args=(str(config),))
    child.start()
    child.join(60)
    return time.monotonic() - started


def run_trial(trial: Trial, mailbox: KillingMailbox, folder: Path, rng: Random,
              duration: float) -> Trial:
    """Start a run, kill it, recover with two normal runs, and count what arrived."""
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    folder.mkdir(parents=True)
    write_articles(folder)
    config = write_trial_config(folder, mailbox.port, [trial.recipient])
    child = multiprocessing.get_context("fork").Process(target=_child, args=(str(config),))
    child.start()
    if trial.mode == "window":
        mailbox.kill_in_window[trial.recipient] = child.pid
    else:
        trial.kill_after = rng.uniform(0, duration * 1.1)
        time.sleep(trial.kill_after)
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
    child.join(60)
    mailbox.kill_in_window.pop(trial.recipient, None)
    for _ in range(2):  # recovery, then a run that must find nothing more to send
        run_digest(load_config(config))
    with sqlite3.connect(folder / "state" / "digest.sqlite") as db:
        trial.statuses = [row[0] for row in db.execute("SELECT status FROM digests ORDER BY id")]
    trial.final_status = trial.statuses[-1] if trial.statuses else ""
    trial.copies = mailbox.copies[trial.recipient]
    trial.message_ids = mailbox.message_ids.get(trial.recipient, [])
    return trial


def children_of(pid: int) -> list[int]:
    """Direct child processes of ``pid`` (Linux /proc)."""
    kids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            kids.append(int(entry.name))
    return kids


def running(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"
