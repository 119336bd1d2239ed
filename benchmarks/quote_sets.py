"""Every quote gold set in one table: the BBC hand-made sets and PolNeAR's two halves.

    python benchmarks/quote_sets.py [--blind] [--jobs 2]

Each row: speaker right (of attributed quotes), quote+speaker precision, quote+speaker recall
on quotes of 4+ words, detection recall on quotes of 4+ words, and speaker right among the
quotes a brief shows (at its confidence threshold) -- the figures issue 12 sets targets for
(docs/QUOTES.md defines them). ``--blind`` adds the held-out BBC blind set, totals only: it
is scored to report, never to tune on. Sets under benchmarks/data; PolNeAR and the BBC
articles from ../shared (rows whose corpus is missing are skipped with a note).
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "data"
SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear-train" / "gold.jsonl"
ARTICLES = SHARED / "bbc-news-summary-even" / "articles"
COLUMNS = ("speaker right", "q+s P", "q+s R 4+", "det R 4+", "shown right")


def _sets(blind: bool) -> list[tuple[str, Path, str]]:
    """(row name, corpus, half) for every set to score, BBC sets in number order."""
    def number(path: Path) -> tuple[int, str]:
        tail = path.stem.removeprefix("bbc_quotes_")
        digits = "".join(ch for ch in tail if ch.isdigit())
        return (0 if tail.startswith("tune") else 1, f"{int(digits or 0):03d}{tail}")

    bbc = [p for p in sorted(DATA.glob("bbc_quotes_*.jsonl"), key=number)
           if blind or not p.stem.endswith("blind")]
    rows = [(p.stem.removeprefix("bbc_quotes_"), p, "all") for p in bbc]
    return rows + [("PolNeAR even", POLNEAR, "even"), ("PolNeAR odd (held out)", POLNEAR, "odd")]


def score(row: tuple[str, Path, str]) -> tuple[str, list[float] | None]:
    """The row's figures, or None when its corpus or articles are missing."""
    from briefing.brief import SHOW_AT
    from briefing.errors import InputError
    from briefing.facts.quote_eval import evaluate, figures, load_gold

    name, corpus, half = row
    try:
        articles = load_gold(corpus, ARTICLES)
    except InputError:
        return name, None
    if half != "all":
        articles = articles[0::2] if half == "even" else articles[1::2]
    every, _ = evaluate(articles, None)
    shown, _ = evaluate(articles, SHOW_AT["quote"])
    f, s = figures(every), figures(shown)
    return name, [f["speaker right (of attributed)"], f["quote+speaker P"],
                  f["quote+speaker R 4+ words"], f["detection R 4+ words"],
                  s["speaker right (of attributed)"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--blind", action="store_true", help="add the held-out blind set")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args()
    rows = _sets(args.blind)
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(score, rows))
    print(f"{'set':24}" + "".join(f"{c:>15}" for c in COLUMNS))
    for name, values in results:
        if values is None:
            print(f"{name:24}  (corpus or articles missing: skipped)")
            continue
        print(f"{name:24}" + "".join(f"{v:15.1f}" for v in values))


if __name__ == "__main__":
    main()
