"""What a brief shows of people, places and organisations, and how often it is right.

For every CoNLL-2003 dev document the entities go through the brief's own filter
(``briefing.brief.split_by_confidence`` and the screen's list limits); each shown
person, place or organisation is scored against the gold: it is right when at least
half of its mentions overlap a gold mention of its type (PER, LOC, ORG). Precision is
reported per type for the tuning (even) and held-out (odd) halves, ordinary news and
sports apart, and per rule so the confidences in ``entity_confidence.RULE_CONFIDENCE`` can be
checked. A fixed sample of dev articles without gold (the seed, the first CNN/DM and
BBC articles) is listed for a reader to judge.

    python benchmarks/shown_entities.py [--shared ../shared] [--list 8] [--wrong 10]

Goal: what a brief shows is right at least 95% of the time for each type, on both
halves of the ordinary news. Skips cleanly when the shared corpora are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.brief import split_by_confidence  # noqa: E402
from briefing.facts.entities import find_entities  # noqa: E402
from briefing.facts.entity_eval import load_conll  # noqa: E402
from briefing.models import Article, Facts  # noqa: E402
from briefing.renderers.view import SCREEN_LIMITS  # noqa: E402
from briefing.segment import segment  # noqa: E402

TYPES = {"people": "PER", "places": "LOC", "organizations": "ORG"}


def shown_entities(article: Article) -> tuple[dict[str, list], object]:
    """The people, places and organisations a brief of this article shows."""
    document = segment(article)
    index = find_entities(document)
    facts = Facts(people=index.people, places=index.places, organizations=index.organizations)
    shown, _held = split_by_confidence(facts)
    lists = {name: getattr(shown, name)[: SCREEN_LIMITS[name]] for name in TYPES}
    return lists, index


def _spans_of(index: object, name: str, kind: str) -> list[tuple[int, int]]:
    if kind == "people":
        return [(m.start, m.end) for m in index.mentions if m.name == name]
    wanted = "place" if kind == "places" else "organization"
    return [(s, e) for s, e, k, n in index.spans if k == wanted and n == name]


def _right(spans: list[tuple[int, int]], gold: list[tuple[int, int, str]], type_: str) -> bool:
    hits = sum(any(g[2] == type_ and min(e, g[1]) > max(s, g[0]) for g in gold) for s, e in spans)
    return bool(spans) and 2 * hits >= len(spans)


def score_conll(path: Path, wrong: int) -> None:
    docs = load_conll(path)
    tally: dict[str, Counter] = {}
    rules: Counter = Counter()
    rules_ok: Counter = Counter()
    misses: list[str] = []
    for number, doc in enumerate(docs):
        part = f"{'sports' if doc.sports else 'news'}/{'even' if number % 2 == 0 else 'odd'}"
        lists, index = shown_entities(Article(paragraphs=doc.paragraphs, source="conll"))
        for kind, items in lists.items():
            for item in items:
                ok = _right(_spans_of(index, item.name, kind), doc.gold, TYPES[kind])
                counts = tally.setdefault(part, Counter())
                counts[TYPES[kind]] += 1
                counts[TYPES[kind] + "_ok"] += ok
                if part.startswith("news") and part.endswith("even"):
                    rule = item.rule.split(",")[0].strip()
                    rules[(TYPES[kind], rule)] += 1
                    rules_ok[(TYPES[kind], rule)] += ok
                if not ok and len(misses) < wrong and part == "news/even":
                    misses.append(f"  doc {number} {TYPES[kind]} {item.name!r} ({item.rule})")
    print(f"CoNLL-2003 dev ({len(docs)} documents): shown entities right / shown")
    print(f"{'part':<12}" + "".join(f"{t:>16}" for t in TYPES.values()))
    for part in ("news/even", "news/odd", "sports/even", "sports/odd"):
        counts = tally.get(part, Counter())
        cells = []
        for t in TYPES.values():
            n, ok = counts[t], counts[t + "_ok"]
            cells.append(f"{ok:>4}/{n:<4} {100 * ok / n if n else 0:5.1f}")
        print(f"{part:<12}" + "".join(f"{c:>16}" for c in cells))
    print("shown by rule, news/even (right / shown):")
    for (type_, rule), n in sorted(rules.items()):
        print(f"  {type_} {rule:<28} {rules_ok[(type_, rule)]:>4}/{n:<4}")
    if misses:
        print("wrong, news/even:")
        print("\n".join(misses))


def _sample_articles(shared: Path, count: int) -> list[tuple[str, Article]]:
    sample: list[tuple[str, Article]] = []
    seed = shared / "corpora" / "seed" / "cgtn-belarus-pasted.txt"
    if seed.is_file():
        sample.append(("seed", _article(seed.read_text(encoding="utf-8"))))
    pairs = shared / "corpora" / "cnndm-frank-250" / "pairs.jsonl"
    if pairs.is_file():
        with pairs.open(encoding="utf-8") as handle:
            for line, _ in zip(handle, range(count), strict=False):
                row = json.loads(line)
                sample.append((row["id"][:20], _article(row["article"])))
    bbc = shared / "corpora" / "bbc-news-summary-even" / "articles"
    if bbc.is_dir():
        for path in sorted(bbc.glob("*/*.txt"))[:count]:
            sample.append((f"bbc/{path.parent.name}/{path.name}", _article(path.read_text(
                encoding="utf-8", errors="replace"))))
    return sample


def _article(text: str) -> Article:
    paragraphs = [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]
    return Article(paragraphs=paragraphs, source="dev")


def list_dev(shared: Path, count: int) -> None:
    print(f"\nDev articles (no gold; judge by reading): the first {count} of each corpus")
    for name, article in _sample_articles(shared, count):
        lists, _ = shown_entities(article)
        print(f"- {name}")
        for kind, items in lists.items():
            names = ", ".join(f"{i.name} ({i.confidence:.2f})" for i in items)
            print(f"    {TYPES[kind]}: {names or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--list", type=int, default=8, help="dev articles listed per corpus")
    parser.add_argument("--wrong", type=int, default=10, help="wrong shown items listed")
    args = parser.parse_args()
    conll = args.shared / "corpora" / "conll2003-dev" / "eng.testa.iob2"
    if not conll.is_file():
        print(f"skipped: no {conll}")
        return
    score_conll(conll, args.wrong)
    list_dev(args.shared, args.list)


if __name__ == "__main__":
    main()
