"""Merge precision and recall of the digest's "one story across outlets" test.

Pairs: ``benchmarks/data/story_pairs.tsv`` names pairs of PolNeAR articles (US political
news, 2015-16, seven outlets) published within a day of each other by different outlets,
labelled by hand as the same story (one event, two write-ups) or different stories that
share actors. The article texts come from ``../shared/corpora/polnear-train/gold.jsonl``
at run time (skipped when absent). As in a real digest, IDF is computed over the articles
of the pair's two days, not the whole corpus. The seed article and
``samples/belarus-pasted.txt`` (two write-ups of one Reuters story) are checked too.

Pairs are split by a hash of their names: the "tune" half set the constants in
``briefing/digest/cluster.py``; the "check" half was not looked at while tuning.

    python benchmarks/story_pairs.py            # the table at the shipped constants
    python benchmarks/story_pairs.py --grid     # precision/recall over a grid of constants
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.digest import cluster  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear-train" / "gold.jsonl"
PAIRS = ROOT / "benchmarks" / "data" / "story_pairs.tsv"


def article_date(name: str) -> dt.date:
    return dt.date.fromisoformat(name.split("_", 2)[1])


def load_keys(names: set[str]) -> dict[str, cluster.StoryKey]:
    """Story keys of every PolNeAR article dated on a day some labelled pair uses."""
    import briefing

    days = {article_date(name) for name in names}
    keys = {}
    for line in POLNEAR.open(encoding="utf-8"):
        row = json.loads(line)
        if article_date(row["name"]) not in days:
            continue
        text = row["text"]
        keys[row["name"]] = cluster.story_key(text.split("\n", 1)[0], text,
                                              briefing.extract_facts(text))
    return keys


def pair_cosines(pairs, keys) -> list[float]:
    """Each pair's cosine with IDF over the articles of the pair's two days."""
    cosines = []
    for first, second, _ in pairs:
        days = {article_date(first), article_date(second)}
        day_names = [name for name in keys if article_date(name) in days]
        vectors = dict(zip(day_names, cluster.tfidf_vectors([keys[n] for n in day_names]),
                           strict=True))
        cosines.append(cluster.cosine(vectors[first], vectors[second]))
    return cosines


def half(first: str, second: str) -> str:
    digest = hashlib.sha256(f"{first}\t{second}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def score(rows) -> tuple[float, float, int, int]:
    """Precision and recall of 'same' decisions; rows are (decided_same, labelled_same)."""
    true_pos = sum(1 for decided, same in rows if decided and same)
    decided = sum(1 for decided, _ in rows if decided)
    actual = sum(1 for _, same in rows if same)
    return (100 * true_pos / decided if decided else 100.0,
            100 * true_pos / actual if actual else 100.0, decided, actual)


def decide(similarity, key_a, key_b) -> bool:
    return cluster.same_story(similarity, key_a, key_b)[0]


def samples_pair() -> str:
    import briefing

    seed = SHARED / "seed" / "cgtn-belarus-pasted.txt"
    sample = ROOT / "samples" / "belarus-pasted.txt"
    others = sorted(p for p in (ROOT / "samples").glob("*.txt") if p != sample)
    if not seed.is_file():
        return "seed absent"
    briefs = [briefing.make_brief(str(path)) for path in (seed, sample, *others)]
    keys = [cluster.story_key(b.article.title, b.article.text, b.facts) for b in briefs]
    vectors = cluster.tfidf_vectors(keys)
    merged = decide(cluster.cosine(vectors[0], vectors[1]), keys[0], keys[1])
    apart = [not decide(cluster.cosine(vectors[0], vectors[i]), keys[0], keys[i])
             for i in range(2, len(keys))]
    return (f"seed + belarus sample merged: {'yes' if merged else 'NO'}; "
            f"kept apart from the other samples: {sum(apart)}/{len(apart)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="sweep the constants")
    options = parser.parse_args()
    if not POLNEAR.is_file():
        print("../shared/corpora/polnear-train is absent: skipped")
        return 0
    pairs = [line.rstrip("\n").split("\t") for line in PAIRS.open(encoding="utf-8")
             if line.strip() and not line.startswith(("#", "first\t"))]
    keys = load_keys({name for first, second, _ in pairs for name in (first, second)})
    cosines = pair_cosines(pairs, keys)
    if options.grid:
        print("strong  cosine  actors  overlap | tune P  R | check P  R")
        for strong in (0.4, 0.5, 0.55):
            for low in (0.12, 0.15, 0.18, 0.2, 0.25):
                for actors in (2, 3, 4):
                    for overlap in (0.3, 0.4, 0.5):
                        cluster.STRONG_COSINE, cluster.COSINE = strong, low
                        cluster.MIN_SHARED_ACTORS, cluster.ACTOR_OVERLAP = actors, overlap
                        print(f"{strong:6} {low:7} {actors:7} {overlap:8} | "
                              + " | ".join(table_cells(pairs, keys, cosines, part)
                                           for part in ("tune", "check")))
        return 0
    print(f"{len(pairs)} labelled pairs ({sum(p[2] == 'same' for p in pairs)} same story)")
    print("half   precision  recall  merged  same")
    for part in ("tune", "check", "all"):
        rows = [(decide(c, keys[a], keys[b]), label == "same")
                for (a, b, label), c in zip(pairs, cosines, strict=True)
                if part == "all" or half(a, b) == part]
        precision, recall, decided, actual = score(rows)
        print(f"{part:6} {precision:9.1f} {recall:7.1f} {decided:7} {actual:5}")
    print(samples_pair())
    return 0


def table_cells(pairs, keys, cosines, part) -> str:
    rows = [(decide(c, keys[a], keys[b]), label == "same")
            for (a, b, label), c in zip(pairs, cosines, strict=True) if half(a, b) == part]
    precision, recall, _, _ = score(rows)
    return f"{precision:5.1f} {recall:5.1f}"


if __name__ == "__main__":
    raise SystemExit(main())
