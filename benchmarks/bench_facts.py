"""Benchmark: the fact box of a typical 600-word article, time per facts stage.

Articles: every BBC News Summary article (shared corpus, ../shared) of 500-700 words,
shuffled with seed 7, the first --articles of them (median 574 words at 40); without the
corpus, generated text with quotes and names. Each article is segmented once; then every
facts stage runs on it (figures, dates, entities, quotes) and ``extract_facts`` runs on
the raw text (ingest + segmentation + all stages). Times are CPU seconds of this process
(``time.process_time``) after one warm-up article (word lists and models load once per
process); ``extract_facts`` runs --repeats times per article and keeps the fastest (the
machine is shared: the least disturbed run), and the table gives the median over articles.

    python benchmarks/bench_facts.py [--articles 40] [--repeats 3] [--against ../main]

``--against DIR`` times ``extract_facts`` of another checkout (say main before a change)
in the same run: child processes for the two checkouts take turns, round by round, so
both see the same load; the table then gives both medians and their ratio.

Goal (issue 12): ``extract_facts`` under 20 ms CPU for a 600-word article. No peer quote
attributor or NER is installed, so the table compares the stages with each other.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news-summary-even" / "articles"


def bbc_texts(count: int) -> list[str]:
    texts = []
    for path in sorted(BBC.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if 500 <= len(text.split()) <= 700:
            texts.append(text)
    random.Random(7).shuffle(texts)
    return texts[:count]


def generated_texts(count: int) -> list[str]:
    rng = random.Random(7)
    people = ["Anna Berg", "Tomas Vidal", "Grace Okafor", "Hugo Lind", "Maria Costa"]
    places = ["Lisbon", "Oslo", "Kenya", "Canada", "Warsaw"]
    texts = []
    for _ in range(count):
        paragraphs = ["Port strike spreads"]
        while sum(len(p.split()) for p in paragraphs) < 600:
            who, where = rng.choice(people), rng.choice(places)
            paragraphs.append(
                f'"The talks in {where} will resume on Monday with {rng.randint(2, 90)} '
                f'delegates," {who} said. Officials said {rng.randint(3, 400)} ships were '
                f"waiting, up {rng.randint(2, 40)}% on last week."
            )
        texts.append("\n\n".join(paragraphs))
    return texts


def cpu(call) -> float:
    start = time.process_time()
    call()
    return time.process_time() - start


GOAL_MS = 20.0  # issue 12


def articles(count: int) -> tuple[list[str], str]:
    texts = bbc_texts(count) if BBC.is_dir() else []
    if texts:
        return texts, "BBC News Summary, 500-700 words, seed 7"
    return generated_texts(count), "generated, ~600 words"


def extract_times(texts: list[str], repeats: int) -> list[float]:
    """CPU seconds of ``extract_facts`` per article, the fastest of ``repeats`` runs."""
    from briefing import extract_facts

    extract_facts(texts[0])  # warm-up: lists, models, regexes
    return [min(cpu(lambda t=text: extract_facts(t)) for _ in range(repeats)) for text in texts]


def stage_times(texts: list[str]) -> dict[str, float]:
    """Median CPU ms of each facts stage on the segmented articles."""
    from briefing import pipeline
    from briefing.facts import extract_figures
    from briefing.facts.dates import extract_dates
    from briefing.facts.entities import find_entities
    from briefing.facts.quotes import extract_quotes

    times: dict[str, list[float]] = {}
    for text in texts:
        doc = pipeline.text_document(text)
        index = find_entities(doc)
        stages = {
            "entities": lambda d=doc: find_entities(d),
            "quotes": lambda d=doc, i=index: extract_quotes(d, i),
            "figures": lambda d=doc: extract_figures(d),
            "dates": lambda d=doc: extract_dates(d),
        }
        for name, call in stages.items():
            times.setdefault(name, []).append(cpu(call))
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def child_times(checkout: Path, count: int, repeats: int) -> list[float]:
    """extract_facts times of another checkout, from a child process run with its code."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    args = [sys.executable, str(Path(__file__).resolve()), "--child", str(checkout),
            "--articles", str(count), "--repeats", str(repeats)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def compare(against: Path, count: int, repeats: int, rounds: int = 3) -> None:
    checkouts = {"this checkout": ROOT, str(against): against.resolve()}
    best: dict[str, list[float]] = {}
    for _ in range(rounds):  # turns, so that both checkouts see the same load
        for label, checkout in checkouts.items():
            times = child_times(checkout, count, repeats)
            best[label] = [min(pair) for pair in zip(best.get(label, times), times, strict=True)]
    medians = {label: statistics.median(times) * 1000 for label, times in best.items()}
    print(f"extract_facts, CPU ms per article (median of {count}; fastest of "
          f"{repeats * rounds} runs each)")
    for label, value in medians.items():
        print(f"  {label:<40} {value:8.1f}   goal < {GOAL_MS:.0f} ms")
    ours, theirs = medians["this checkout"], medians[str(against)]
    print(f"  ratio this / other: {ours / theirs:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3, help="runs per article, fastest kept")
    parser.add_argument("--against", type=Path, help="another checkout to time in the same run")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:  # one side of --against: this process imports the child's code
        sys.path.insert(0, str(options.child))
        import briefing

        assert Path(briefing.__file__).resolve().is_relative_to(options.child.resolve())
        texts, _ = articles(options.articles)
        print(json.dumps(extract_times(texts, options.repeats)))
        return
    if options.against:
        compare(options.against, options.articles, options.repeats)
        return

    texts, source = articles(options.articles)
    whole = statistics.median(extract_times(texts, options.repeats)) * 1000
    medians = stage_times(texts)
    words = statistics.median(len(t.split()) for t in texts)
    stage_total = sum(medians.values())
    print(f"{len(texts)} articles ({source}), median {words:.0f} words; CPU ms, median")
    print(f"{'stage':<32} {'ms':>8} {'share of stages':>16}")
    for name, value in medians.items():
        print(f"{name:<32} {value:8.1f} {value / stage_total:16.2f}")
    print(f"{'facts stages together':<32} {stage_total:8.1f}")
    print(f"{'extract_facts (all, from text)':<32} {whole:8.1f}   goal < {GOAL_MS:.0f} ms "
          f"({'met' if whole < GOAL_MS else 'NOT met'})")


if __name__ == "__main__":
    main()
