"""Soak benchmark: digest delivery under faults, with real servers on 127.0.0.1 only.

    python benchmarks/soak_delivery.py [--trials 30] [--window-trials 10] [--lock-kills 10]

Measures, and prints as one table:

* kill -9 trials: a digest run forked and killed with SIGKILL after a random delay
  (uniform over one run's duration), plus trials killed by the SMTP server itself inside
  the accept-then-crash window (after storing the message, before its 250). After each
  kill two normal runs recover. Counted: duplicates (a recipient with two copies),
  losses (no copy, and the state does not say "unknown"), "unknown" outcomes;
* stale locks: `briefing digest run` with workers=2 killed with SIGKILL while its
  workers brief; then the workers must be gone and the lock free at once;
* internal fetches: a digest whose feed and pages sit on 127.0.0.1, without opt-in:
  requests that reached the server (goal 0);
* cleartext AUTH: a config with a username and no TLS; AUTH commands seen by the
  server (goal 0).

Goals: 0 duplicates, 0 losses outside the "unknown" reports, 0 stale locks, 0 internal
fetches, 0 cleartext AUTH.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from faultkit import (  # noqa: E402 - the tests' helpers, shared on purpose
    KillingMailbox,
    Trial,
    children_of,
    run_trial,
    running,
    warm_up,
    write_trial_config,
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_smtp(handler: object):  # noqa: ANN201
    from aiosmtpd.controller import Controller

    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port  # type: ignore[attr-defined]
    return controller


def kill_trials(mailbox: KillingMailbox, base: Path, count: int, window: int) -> dict:
    rng = random.Random(1202)
    duration = warm_up(mailbox, base / "warm")
    trials = [Trial(n, "random") for n in range(count)]
    trials += [Trial(count + n, "window") for n in range(window)]
    started = time.monotonic()
    for trial in trials:
        run_trial(trial, mailbox, base / f"t{trial.number}", rng, duration)
    randoms = [t for t in trials if t.mode == "random"]
    return {
        "run duration (s)": f"{duration:.2f}",
        "random-kill trials": len(randoms),
        "  duplicates": sum(t.copies > 1 for t in randoms),
        "  losses (no copy, not reported unknown)": sum(
            t.copies == 0 and t.final_status != "unknown" for t in randoms),
        "  unknown (reported, not resent)": sum(t.final_status == "unknown" for t in randoms),
        "  of which delivered once": sum(t.final_status == "unknown" and t.copies == 1
                                         for t in randoms),
        "window-kill trials": window,
        "  duplicates ": sum(t.copies > 1 for t in trials if t.mode == "window"),
        "  delivered once, reported unknown": sum(
            t.copies == 1 and t.final_status == "unknown" for t in trials if t.mode == "window"),
        "trials wall time (s)": f"{time.monotonic() - started:.1f}",
    }


def window_width(base: Path, runs: int = 20) -> dict:
    """The accept-then-crash window without the server's artificial delay: from the start
    of the "sending" record to the end of the "sent" record, in this process."""
    import statistics

    from faultkit import write_articles

    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest
    from briefing.digest.state import State

    mailbox = KillingMailbox(window_delay=0)
    controller = start_smtp(mailbox)
    marks: list[tuple[str, float, float]] = []
    original = State.mark

    def timed(self, digest_id, status, error=""):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        original(self, digest_id, status, error)
        marks.append((status, started, time.perf_counter()))

    State.mark = timed  # type: ignore[method-assign]
    widths = []
    try:
        for n in range(runs):
            folder = base / f"window{n}"
            folder.mkdir()
            write_articles(folder)
            marks.clear()
            run_digest(load_config(write_trial_config(folder, controller.port,
                                                      [f"w{n}@example.org"])))
            sending = next(m for m in marks if m[0] == "sending")
            sent = next(m for m in marks if m[0] == "sent")
            widths.append((sent[2] - sending[1]) * 1000)
    finally:
        State.mark = original  # type: ignore[method-assign]
        controller.stop()
    return {"window, median of 20 sends (ms)": f"{statistics.median(widths):.1f}",
            "window, max (ms)": f"{max(widths):.1f}"}


def lock_kills(port: int, base: Path, kills: int) -> dict:
    stale = orphans = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    from briefing.digest.state import Busy, RunLock

    for n in range(kills):
        folder = base / f"lock{n}"
        (folder / "articles").mkdir(parents=True)
        for k in range(6):
            (folder / "articles" / f"a{k}.txt").write_text(
                f"Depot report {k}\n\nThe bus depot report {k} says {k + 2} buses need new "
                "brakes before winter, the operator said on Monday. Repairs start next week.\n",
                encoding="utf-8")
        config = write_trial_config(folder, port, [f"lock{n}@example.org"], workers=2)
        run = subprocess.Popen([sys.executable, "-m", "briefing", "digest", "run", "--config",
                                str(config)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = children_of(run.pid)
            time.sleep(0.02)
        time.sleep(random.Random(n).uniform(0, 0.5))
        run.send_signal(signal.SIGKILL)
        run.wait()
        time.sleep(1.0)  # the kernel's SIGKILL to the workers, the watchdogs' half second
        orphans += sum(running(p) for p in workers)
        try:
            with RunLock(folder / "state" / "digest.sqlite"):
                pass
        except Busy:
            stale += 1
    return {"kills with workers=2": kills, "  stale locks": stale,
            "  workers alive 1 s after": orphans}


class Counting(BaseHTTPRequestHandler):
    hits = 0

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        Counting.hits += 1
        body = (b'<rss version="2.0"><channel><title>Internal</title><item><title>Secret'
                b"</title><link>http://127.0.0.1/secret</link></item></channel></rss>")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def internal_fetches(port: int, base: Path) -> dict:
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    feed = f"http://127.0.0.1:{httpd.server_address[1]}/feed.xml"
    folder = base / "ssrf"
    folder.mkdir()
    config = folder / "digest.toml"
    config.write_text(f'[digest]\nstate = "s.sqlite"\n[[sources]]\nfeed = "{feed}"\n'
                      f'[[sources]]\nurl = "http://localhost:{httpd.server_address[1]}/p"\n'
                      f'[email]\nto = ["r@example.org"]\nsmtp_host = "127.0.0.1"\n'
                      f"smtp_port = {port}\n", encoding="utf-8")
    os.environ.pop("BRIEFING_ALLOW_PRIVATE_URLS", None)
    result = run_digest(load_config(config), dry_run=True)
    httpd.shutdown()
    return {"internal fetches by default": Counting.hits,
            "  sources refused and reported": len(result.problems)}


class AuthCounter:
    auth_seen = 0

    async def handle_AUTH(self, server, session, envelope, args):  # noqa: N802
        AuthCounter.auth_seen += 1
        return "535 no"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        return "250 OK"


def cleartext_auth(base: Path) -> dict:
    from briefing.errors import InputError
    from briefing.mail import send
    from briefing.mailsettings import EmailSettings

    handler = AuthCounter()
    controller = start_smtp(handler)
    os.environ["BRIEFING_SMTP_PASSWORD"] = "not-a-real-password"
    settings = EmailSettings(to=["r@example.org"], smtp_host="127.0.0.1",
                             smtp_port=controller.port, username="digest")
    refused = 0
    try:
        send(b"Subject: x\r\n\r\nbody\r\n", settings)
    except InputError:
        refused = 1
    controller.stop()
    return {"cleartext AUTH commands seen": AuthCounter.auth_seen,
            "  sends refused before connecting": refused}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--window-trials", type=int, default=10)
    parser.add_argument("--lock-kills", type=int, default=10)
    args = parser.parse_args()
    mailbox = KillingMailbox()
    controller = start_smtp(mailbox)
    rows: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        started = time.monotonic()
        rows.update(kill_trials(mailbox, base, args.trials, args.window_trials))
        rows.update(window_width(base))
        rows.update(lock_kills(mailbox.port, base, args.lock_kills))
        rows.update(internal_fetches(mailbox.port, base))
        rows.update(cleartext_auth(base))
        rows["total wall time (s)"] = f"{time.monotonic() - started:.1f}"
    controller.stop()
    width = max(len(k) for k in rows)
    print(f"{'measure':<{width}}  value")
    for key, value in rows.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
