"""`briefing serve` speed and safety, against the CLI in the same run.

    python benchmarks/bench_serve.py             # prints a table; about a minute
    python benchmarks/bench_serve.py --runs 11

Starts the real server (`python -m briefing serve`) on 127.0.0.1 and a free port, with a
digest archive of 5,000 generated stories (made-up names and words, no real text), then:

- a brief through POST /api/brief (json and pdf), median once warm, per sample article,
  against `briefing brief` cold-started as a new process for the same article;
- 20 concurrent POST /api/brief: all must succeed; p50 / p95 / max latency;
- GET /api/search over the 5,000 stories: median and p95 per query;
- safety: 0.0.0.0 without a token must refuse to start; URLs to loopback / private /
  metadata addresses, and a redirect to one, must get a 4xx.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = [ROOT / "samples" / name for name in
           ("belarus-pasted.txt", "harbour-strike.txt", "city-budget.html")]
TARGETS = {"json": 0.5, "pdf": 0.6, "search": 0.100}
STORIES = 5_000
CONCURRENT = 20


# --- a generated archive --------------------------------------------------------------

FIRST = ["Ada", "Ben", "Clara", "Dmitri", "Elena", "Farid", "Grete", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marco", "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tomas", "Vera"]
LAST = ["Okafor", "Lind", "Brandt", "Varga", "Costa", "Novak", "Haddad", "Moreau", "Silva",
        "Kowalski", "Jansen", "Ferreira", "Nakamura", "Petrov", "Olsen", "Romano"]
ORGS = ["Harbour Board", "Water Authority", "Rail Union", "City Council", "Energy Agency",
        "Port Company", "Health Service", "Farmers Federation", "Transport Ministry"]
PLACES = ["Bergen", "Porto", "Gdansk", "Lyon", "Tampere", "Graz", "Utrecht", "Bilbao",
          "Malmo", "Cork", "Brno", "Turin"]
TOPICS = ["budget", "strike", "election", "flood", "bridge", "ferry", "hospital", "school",
          "tariff", "drought", "pipeline", "museum", "airport", "harvest", "housing"]
VERBS = ["approves", "rejects", "delays", "expands", "cuts", "reviews", "funds", "opens"]


def build_archive(folder: Path, stories: int) -> Path:
    """A digest state with `stories` archived stories over ~500 editions; returns a config."""
    from briefing.digest import archive
    from briefing.digest.state import State

    rng = random.Random(17)
    state_path = folder / "digest.sqlite"
    with State(state_path) as state:
        archive.ensure_archive(state.db)
        start = date(2025, 1, 1)
        per_edition = 10
        state.db.execute("BEGIN")
        for edition in range(stories // per_edition):
            day = start + timedelta(days=edition)
            cursor = state.db.execute(
                "INSERT INTO digests (date, recipients, message_id, status, subject, message,"
                " created, sent_at) VALUES (?, '[]', ?, 'sent', ?, NULL, ?, ?)",
                (day.isoformat(), f"<{edition}@bench>", f"Digest {day}", day.isoformat(),
                 day.isoformat()))
            for n in range(per_edition):
                archive.insert_story(state.db, cursor.lastrowid, day.isoformat(),
                                     story(rng, f"{edition}-{n}"))
        state.db.execute("COMMIT")
    config = folder / "digest.toml"
    config.write_text(f"""
[digest]
state = "{state_path.name}"
allow_private_urls = ["127.0.0.1/32"]   # the benchmark's own redirect site; nothing else
[email]
to = ["reader@example.org"]
""", encoding="utf-8")
    return config


def story(rng: random.Random, item_id: str) -> dict:
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 3))]
    org, place, topic = rng.choice(ORGS), rng.choice(PLACES), rng.choice(TOPICS)
    title = f"{place} {org.lower()} {rng.choice(VERBS)} {topic} plan"
    points = [f"The {org} said the {topic} plan for {place} would cost {rng.randint(2, 900)} "
              f"million euros.", f"{people[0]} said the decision came after {rng.randint(2, 30)}"
              f" months of talks about the {rng.choice(TOPICS)}."]
    return {"item_id": item_id, "title": title, "url": f"https://news.example/{item_id}",
            "source": rng.choice(["Coast Gazette", "Daily Ledger", "Wire Service"]),
            "published": None, "body": "\n".join(points), "people": "\n".join(people),
            "organizations": org, "places": place,
            "facts": f"{rng.randint(2, 900)} million euros cost", "brief": None}


# --- the server ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(config: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--port", str(port),
                                "--config", str(config)], cwd=ROOT,
                               stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            call("GET", f"{base}/api/editions")
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    sys.exit("error: the server did not start")


def call(method: str, url: str, payload: dict | None = None) -> tuple[int, bytes, float]:
    body = json.dumps(payload).encode() if payload is not None else None
    headers = {"Content-Type": "application/json"} if body else {}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            data, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        data, status = error.read(), error.code
    return status, data, time.perf_counter() - start


def brief_payload(path: Path, fmt: str) -> dict:
    """Pasted text for .txt samples; HTML samples go as an upload would (ingest sniffs)."""
    return {"text": path.read_text(encoding="utf-8"), "format": fmt}


def pipeline_times(runs: int) -> dict[tuple[str, str], float]:
    """The same work in this process, no HTTP: what the server adds is API minus this."""
    from briefing import make_brief, render

    medians = {}
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        for fmt in ("json", "pdf"):
            render(make_brief(text), fmt)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                render(make_brief(text), fmt)
                times.append(time.perf_counter() - start)
            medians[(path.name, fmt)] = statistics.median(times)
    return medians


# --- measurements ----------------------------------------------------------------------


def api_brief_times(base: str, runs: int) -> dict[tuple[str, str], float]:
    medians = {}
    for path in SAMPLES:
        for fmt in ("json", "pdf"):
            payload = brief_payload(path, fmt)
            call("POST", f"{base}/api/brief", payload)  # warm for this article
            times = []
            for _ in range(runs):
                status, _, seconds = call("POST", f"{base}/api/brief", payload)
                assert status == 200, status
                times.append(seconds)
            medians[(path.name, fmt)] = statistics.median(times)
    return medians


def cli_cold_times(runs: int) -> dict[tuple[str, str], float]:
    medians = {}
    with tempfile.TemporaryDirectory() as folder:
        for path in SAMPLES:
            for fmt in ("json", "pdf"):
                out = Path(folder) / f"brief.{fmt}"
                times = []
                for _ in range(runs):
                    start = time.perf_counter()
                    subprocess.run([sys.executable, "-m", "briefing", "brief", str(path), "-o",
                                    str(out)], cwd=ROOT, check=True, capture_output=True)
                    times.append(time.perf_counter() - start)
                medians[(path.name, fmt)] = statistics.median(times)
    return medians


def concurrent_briefs(base: str) -> dict[str, float]:
    payload = brief_payload(SAMPLES[0], "json")
    start = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENT) as pool:
        results = list(pool.map(lambda _: call("POST", f"{base}/api/brief", payload),
                                range(CONCURRENT)))
    wall = time.perf_counter() - start
    latencies = sorted(seconds for _, _, seconds in results)
    return {"ok": sum(status == 200 for status, _, _ in results), "wall": wall,
            "p50": statistics.median(latencies), "p95": percentile(latencies, 95),
            "max": latencies[-1]}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share / 100 * (len(ordered) - 1)))]


SEARCHES = ["q=budget", "q=ferry+plan", "person=Ada+Okafor", "q=harbour&place=Bergen",
            "q=strike&since=2026-01-01", "organization=Water+Authority&source=Daily+Ledger",
            "q=mill"]


def search_times(base: str, runs: int, state: Path) -> list[tuple]:
    """Per query: hits, HTTP median and p95 (wall), and the CPU time of the same search in
    this process (no HTTP), which a loaded machine does not inflate."""
    import sqlite3
    from urllib.parse import parse_qsl

    from briefing.digest import archive
    from briefing.serve.api import search_query

    db = sqlite3.connect(state)
    rows = []
    for query in SEARCHES:
        times, total = [], 0
        for _ in range(runs):
            status, data, seconds = call("GET", f"{base}/api/search?{query}")
            assert status == 200, data
            total = json.loads(data)["total"]
            times.append(seconds)
        parsed = search_query(dict(parse_qsl(query)))
        cpu = []
        for _ in range(runs):
            start = time.process_time()
            archive.search(db, parsed)
            cpu.append(time.process_time() - start)
        rows.append((query, total, statistics.median(times), percentile(times, 95),
                     statistics.median(cpu)))
    db.close()
    return rows


class Redirect(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(302)
        self.send_header("Location", self.path.split("to=", 1)[-1])
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def safety_checks(base: str) -> list[tuple[str, str, bool]]:
    rows = []
    start = time.perf_counter()
    refused = subprocess.run([sys.executable, "-m", "briefing", "serve", "--host", "0.0.0.0"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60,
                             env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    rows.append(("serve --host 0.0.0.0 without a token",
                 f"exit {refused.returncode} in {time.perf_counter() - start:.2f} s: "
                 f"{refused.stderr.strip()[:60]}…", refused.returncode != 0))
    site = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    port = site.server_address[1]
    urls = ["http://127.0.0.2:9/", "http://[::1]:9/", "http://10.0.0.1/",
            "http://169.254.169.254/latest/meta-data/",
            f"http://127.0.0.1:{port}/go?to=http://127.0.0.2:{port}/",
            f"http://127.0.0.1:{port}/go?to=http://169.254.169.254/"]
    for url in urls:
        status, data, _ = call("POST", f"{base}/api/brief", {"url": url})
        rows.append((f"POST /api/brief url={url}", f"{status} {json.loads(data)['error'][:110]}",
                     400 <= status < 500))
    site.shutdown()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        config = build_archive(Path(folder), STORIES)
        print(f"archive of {STORIES:,} stories built in {time.perf_counter() - started:.1f} s")
        process, base = start_server(config)
        try:
            time.sleep(3)  # the server warms its models in the background after start-up
            api = api_brief_times(base, args.runs)
            cli = cli_cold_times(max(3, args.runs // 2))
            alone = pipeline_times(args.runs)
            crowd = concurrent_briefs(base)
            searches = search_times(base, args.runs * 3, Path(folder) / "digest.sqlite")
            safety = safety_checks(base)
        finally:
            process.terminate()
            process.wait(timeout=10)
    report(api, cli, alone, crowd, searches, safety)


def report(api, cli, alone, crowd, searches, safety) -> None:
    print("\nBrief: API once warm vs the CLI cold-started (median seconds); 'alone' is the")
    print("same brief + render in one warm process without HTTP")
    print(f"{'article':<22} {'format':<6} {'API':>7} {'alone':>7} {'CLI':>7} {'CLI/API':>8} "
          f"{'target':>7} met")
    for (name, fmt), seconds in api.items():
        cold = cli[(name, fmt)]
        met = "yes" if seconds <= TARGETS[fmt] else "NO"
        print(f"{name:<22} {fmt:<6} {seconds:7.3f} {alone[(name, fmt)]:7.3f} {cold:7.3f} "
              f"{cold / seconds:7.1f}x {TARGETS[fmt]:7.2f} {met}")
    print(f"\n{CONCURRENT} concurrent POST /api/brief (json, {SAMPLES[0].name})")
    print(f"succeeded {crowd['ok']}/{CONCURRENT}; wall {crowd['wall']:.2f} s; "
          f"p50 {crowd['p50']:.2f} s; p95 {crowd['p95']:.2f} s; max {crowd['max']:.2f} s; "
          f"all succeeded: {'yes' if crowd['ok'] == CONCURRENT else 'NO'}")
    print(f"\nSearch over {STORIES:,} stories (GET /api/search, ms)")
    print(f"{'query':<50} {'hits':>6} {'median':>7} {'p95':>7} {'CPU':>6} met")
    for query, total, median, p95, cpu in searches:
        met = "yes" if p95 <= TARGETS["search"] else "NO"
        print(f"{query:<50} {total:6d} {median * 1000:7.1f} {p95 * 1000:7.1f} "
              f"{cpu * 1000:6.1f} {met}")
    print("(CPU: the same search in this process without HTTP, process time)")
    print("\nSafety")
    for name, outcome, ok in safety:
        print(f"{'yes' if ok else 'NO ':<4} {name}\n     -> {outcome}")


if __name__ == "__main__":
    main()
