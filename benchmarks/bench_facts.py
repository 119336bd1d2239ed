"""Benchmark: the fact box of a typical 600-word article, time per facts stage.

Articles of 500-700 words come from the shared BBC corpus at run time (../shared), else
from generated text with quotes and names. Each article is segmented once; then every
facts stage runs on it (figures, dates, entities, quotes) and ``extract_facts`` runs on
the raw text (ingest + segmentation + all stages). Times are CPU seconds of this process
(``time.process_time``), the median over the articles, after one warm-up article (word
lists and models load once per process).

    python benchmarks/bench_facts.py [--articles 40]

Goal: the facts stages (entities + quotes + figures + dates) under 20 ms for a
600-word article. No peer quote attributor or NER is installed, so the table compares
the stages with each other (share of the whole).
"""

from __future__ import annotations

import argparse
import random
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    options = parser.parse_args()

    from briefing import extract_facts, pipeline
    from briefing.facts import extract_figures
    from briefing.facts.dates import extract_dates
    from briefing.facts.entities import find_entities
    from briefing.facts.quotes import extract_quotes

    texts = bbc_texts(options.articles) if BBC.is_dir() else []
    source = "BBC News Summary, 500-700 words"
    if not texts:
        texts, source = generated_texts(options.articles), "generated, ~600 words"
    extract_facts(texts[0])  # warm-up: lists, models, regexes
    times: dict[str, list[float]] = {}
    for text in texts:
        doc = pipeline.text_document(text)
        index = find_entities(doc)
        stages = {
            "entities": lambda d=doc: find_entities(d),
            "quotes": lambda d=doc, i=index: extract_quotes(d, i),
            "figures": lambda d=doc: extract_figures(d),
            "dates": lambda d=doc: extract_dates(d),
            "extract_facts (all, from text)": lambda t=text: extract_facts(t),
        }
        for name, call in stages.items():
            times.setdefault(name, []).append(cpu(call))
    words = statistics.median(len(t.split()) for t in texts)
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    stage_total = sum(v for k, v in medians.items() if not k.startswith("extract_facts"))
    print(f"{len(texts)} articles ({source}), median {words:.0f} words; CPU ms, median")
    print(f"{'stage':<32} {'ms':>8} {'share of stages':>16}")
    for name, value in medians.items():
        share = f"{value / stage_total:16.2f}" if not name.startswith("extract_facts") else ""
        print(f"{name:<32} {value:8.1f} {share}")
    print(f"{'facts stages together':<32} {stage_total:8.1f}   goal < 20 ms")


if __name__ == "__main__":
    main()
