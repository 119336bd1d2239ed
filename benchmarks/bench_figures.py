"""Speed of figure extraction: sentences per second of ``figures_in_sentence``.

Usage::

    python benchmarks/bench_figures.py [--repeat 5] [--corpus ../shared/corpora/newsquant]

Reads the NewsQuant sentences when the corpus is there (skipped cleanly when absent) and a
built-in set of short phrases, runs every sentence ``--repeat`` times after one warm-up
pass, and prints a table: sentences, best-of-repeat CPU seconds (process time, steadier than
wall time on a shared machine), sentences per second and
microseconds per sentence. ``--baseline DIR`` times another checkout of the project
(for example the main branch) in a fresh process on the same texts, printed as a ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "newsquant"

PHRASES = [
    "$20", "6 deg c", "75ml", "a 352 μm pixel pitch.", "50 dollars", "USD 20", "€3bn",
    "The firm made a pre-tax profit of £15.4m.", "He stands 6 ft 2 in.", "a 32m2 flat",
    "Highs of 31C are expected.", "the 44-year-old driver", "She shot a 68 on Sunday.",
    "Several thousand people marched through the city centre.",
]  # fmt: skip


def texts(corpus: Path) -> dict[str, list[str]]:
    found = {"phrases": PHRASES}
    file = corpus / "NewsQuant.json" if corpus.is_dir() else corpus
    if file.is_file():
        found["newsquant"] = [item["text"] for item in json.loads(file.read_text("utf-8"))]
    return found


def time_texts(sentences: list[str], repeat: int) -> float:
    from briefing.facts.figures import figures_in_sentence

    for sentence in sentences:  # warm-up: compiled patterns, caches
        figures_in_sentence(sentence)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: steadier than wall time on a shared machine
        for sentence in sentences:
            figures_in_sentence(sentence)
        best = min(best, time.process_time() - start)
    return best


def run_in(checkout: Path, corpus: Path, repeat: int) -> dict[str, float]:
    """The same timing in a fresh process with ``checkout`` first on the import path."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]);"
        "from bench_figures import texts, time_texts; from pathlib import Path;"
        "print(json.dumps({k: time_texts(v, int(sys.argv[4])) for k, v in "
        "texts(Path(sys.argv[3])).items()}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(checkout), str(Path(__file__).parent), str(corpus),
         str(repeat)],
        capture_output=True, text=True, check=True, cwd=checkout,
    )  # fmt: skip
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare against")
    args = parser.parse_args()
    sets = texts(args.corpus)
    if "newsquant" not in sets:
        print(f"(NewsQuant not found at {args.corpus}: timing the built-in phrases only)")
    ours = run_in(ROOT, args.corpus, args.repeat)
    theirs = run_in(args.baseline.resolve(), args.corpus, args.repeat) if args.baseline else {}
    header = ("texts", "sentences", "seconds", "sent/s", "µs/sent", "vs base")
    print("{:<10} {:>9} {:>8} {:>9} {:>8} {:>8}".format(*header))
    for name, sentences in sets.items():
        seconds = ours[name]
        ratio = f"{seconds / theirs[name]:.2f}x" if name in theirs else "-"
        print(
            f"{name:<10} {len(sentences):>9} {seconds:>8.3f} {len(sentences) / seconds:>9.0f} "
            f"{1e6 * seconds / len(sentences):>8.0f} {ratio:>8}"
        )
    if theirs:
        print("vs base: our time / the baseline checkout's time (below 1.00x is faster)")


if __name__ == "__main__":
    main()
