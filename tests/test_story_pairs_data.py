"""The labelled story pairs and their rewrites reading stay consistent with each other."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def rows(name: str) -> list[list[str]]:
    path = DATA / name
    return [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")
            if line.strip() and not line.startswith(("#", "first\t"))]


def test_each_pair_is_labelled_once_either_way_round() -> None:
    seen: dict[frozenset[str], str] = {}
    for first, second, label in rows("story_pairs.tsv"):
        assert first != second
        assert label in ("same", "different")
        key = frozenset((first, second))
        assert key not in seen, (first, second)
        seen[key] = label


def test_the_rewrites_reading_covers_exactly_the_polnear_same_pairs() -> None:
    same = {(first, second) for first, second, label in rows("story_pairs.tsv")
            if label == "same" and not first.startswith("bbc/")}
    reading = rows("story_pairs_rewrites.tsv")
    assert {(first, second) for first, second, *_ in reading} == same
    assert len(reading) == len(same)
    for first, second, kind, reason in reading:
        assert kind in ("rewrite", "angle"), (first, second)
        assert reason.strip(), (first, second)
