"""Benchmark: a digest of 200 articles end to end (no PDF), time per stage, peak memory.

Articles come from the shared BBC corpus at run time (../shared), else generated text.
Ten of them are also published a second time by another "source" with a line added, so
the merge stage has real work. Delivery goes to a local aiosmtpd server when installed.
Also compares exact Jaccard and datasketch MinHash LSH on the same shingle sets.

    python benchmarks/bench_digest.py [--articles 200] [--workers 1] [--max-items 20]

Goals on the 2-core machine: under 15 s end to end, peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-summary-even" / "articles"
DUPLICATES = 10


def bbc_texts(count: int) -> list[str]:
    files = sorted(BBC.glob("*/*.txt"))
    random.Random(7).shuffle(files)
    return [f.read_text(encoding="utf-8", errors="replace") for f in files[:count]]


def generated_texts(count: int) -> list[str]:
    rng = random.Random(7)
    words = ("council market river budget school bridge energy train harvest hospital "
             "festival museum police election factory weather port college").split()
    texts = []
    for n in range(count):
        sentences = [
            f"The {rng.choice(words)} {rng.choice(words)} report number {n} said "
            f"{rng.randint(2, 900)} people took part on {rng.choice(['Monday', 'Friday'])}."
            for _ in range(12)
        ]
        texts.append(f"Generated story {n}\n\n" + "\n\n".join(sentences))
    return texts


def make_folders(base: Path, count: int) -> tuple[int, str]:
    texts = bbc_texts(count) if BBC.is_dir() else []
    origin = "BBC corpus (../shared)" if len(texts) == count else "generated text"
    if len(texts) < count:
        texts = generated_texts(count)
    wire, copies = base / "wire", base / "copies"
    wire.mkdir()
    copies.mkdir()
    for n, text in enumerate(texts):
        (wire / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    for n in range(DUPLICATES):
        (copies / f"copy-{n:02d}.txt").write_text(
            texts[n * 7] + "\n\nThis report was republished with permission.", encoding="utf-8")
    return len(texts) + DUPLICATES, origin


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_smtp():
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        return None, None

    class Sink:
        received = 0

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            Sink.received += 1
            return "250 OK"

    controller = Controller(Sink(), hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller, Sink


def write_config(base: Path, port: int | None, workers: int, max_items: int) -> Path:
    config = base / "digest.toml"
    config.write_text(f"""
[digest]
title = "Benchmark digest"
max_items = {max_items}
state = "state.sqlite"
workers = {workers}
[[sources]]
path = "wire"
name = "Wire"
max_items = 100000
[[sources]]
path = "copies"
name = "Copies"
[email]
to = ["reader@example.org"]
from = "digest@example.org"
smtp_host = "127.0.0.1"
smtp_port = {port or 25}
retries = 0
""", encoding="utf-8")
    return config


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # ru_maxrss is in KB on Linux


def compare_dedupe(texts: list[str], threshold: float) -> list[tuple]:
    from briefing.digest.dedupe import shingles, similar_pairs_exact, similar_pairs_minhash

    sets = [shingles(t) for t in texts]
    rows = []
    exact_start = time.perf_counter()
    exact = set(similar_pairs_exact(sets, threshold))
    rows.append(("exact Jaccard", len(sets), time.perf_counter() - exact_start, len(exact), 0, 0))
    minhash_start = time.perf_counter()
    approx = set(similar_pairs_minhash(sets, threshold))
    rows.append(("MinHash LSH (128 perm)", len(sets), time.perf_counter() - minhash_start,
                 len(approx), len(exact - approx), len(approx - exact)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--max-items", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from briefing.digest.config import load_config
    from briefing.digest.run import run_digest

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        total, origin = make_folders(base, args.articles)
        controller, sink = start_smtp()
        config = load_config(write_config(base, controller and controller.port, args.workers,
                                          args.max_items))
        start = time.perf_counter()
        try:
            result = run_digest(config, dry_run=controller is None, pdf=False)
        finally:
            if controller:
                controller.stop()
        elapsed = time.perf_counter() - start
        edition, rendered = result.edition, result.rendered
        print(f"Digest of {total} articles from {origin}; workers={args.workers}; "
              f"status={result.status}")
        print(f"{'stage':<10}{'seconds':>10}")
        for stage, seconds in result.timings.items():
            print(f"{stage:<10}{seconds:>10.2f}")
        print(f"{'total':<10}{elapsed:>10.2f}   (goal < 15 s)")
        merged = sum(len(s.also) for s in edition.stories) if edition else 0
        print(f"peak RSS  {peak_mb():>10.0f} MB (goal < 500 MB)")
        print(f"stories shown {len(edition.stories) - edition.cut}, cut for size {edition.cut}, "
              f"beyond max_items {edition.over_limit}, duplicates merged into shown {merged}; "
              f"HTML {len(rendered.html.encode()) / 1024:.1f} KB; "
              f"delivered {sink.received if sink else 'n/a (aiosmtpd missing)'}")
        texts = [p.read_text(encoding="utf-8") for p in sorted(base.glob("*/*.txt"))]

    print("\nNear-duplicate detection on the same articles (threshold 0.5):")
    print(f"{'method':<24}{'docs':>6}{'seconds':>9}{'pairs':>7}{'missed':>8}{'extra':>7}")
    for name, docs, seconds, pairs, missed, extra in compare_dedupe(texts, 0.5):
        print(f"{name:<24}{docs:>6}{seconds:>9.3f}{pairs:>7}{missed:>8}{extra:>7}")
    if BBC.is_dir():
        everything = [f.read_text(encoding="utf-8", errors="replace")
                      for f in sorted(BBC.glob("*/*.txt"))]
        everything += [t + " Republished with permission." for t in everything[:50]]
        for name, docs, seconds, pairs, missed, extra in compare_dedupe(everything, 0.5):
            print(f"{name:<24}{docs:>6}{seconds:>9.3f}{pairs:>7}{missed:>8}{extra:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
