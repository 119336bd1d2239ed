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


def test_the_independent_stories_are_well_formed_and_hold_no_source_run() -> None:
    import importlib.util
    import json
    import sys

    path = DATA.parent / "independent_stories.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("independent_stories", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stored = [json.loads(line) for line in (DATA / "independent_stories.jsonl").open(
        encoding="utf-8")]
    assert stored
    seen = set()
    for row in stored:
        assert row["kind"] in ("independent", "near-miss"), row["source"]
        assert 0 <= row["offset_days"] <= (1 if row["kind"] == "independent" else 2)
        assert row["title"].strip() and row["text"].strip() and row["outlet"].strip()
        assert (row["source"], row["kind"]) not in seen
        seen.add((row["source"], row["kind"]))
    texts = module.polnear_texts()
    for row in stored:  # what is stored as words shares no run of five with the source
        if row["source"] in texts:
            kept = module.without_references(f"{row['title']}\n\n{row['text']}")
            assert module.shared_runs(kept, texts[row["source"]]) == [], row["source"]


def test_the_independent_reading_names_stored_stories() -> None:
    import json

    stored = {(row["source"], row["kind"]) for row in map(
        json.loads, (DATA / "independent_stories.jsonl").open(encoding="utf-8"))}
    read = [line.rstrip("\n").split("\t") for line in
            (DATA / "independent_read.tsv").open(encoding="utf-8")
            if line.strip() and not line.startswith(("#", "source\t"))]
    assert read
    for source, kind, article, reason in read:
        assert (source, kind) in stored and article != source and reason.strip()


def test_the_second_reading_holds_new_cross_outlet_pairs_of_at_most_two_days() -> None:
    import datetime as dt

    labelled = {frozenset((first, second)) for first, second, _ in rows("story_pairs.tsv")}
    seen: set[frozenset[str]] = set()
    for first, second, kind, reason in rows("story_pairs_rewrites2.tsv"):
        assert kind in ("rewrite", "angle", "different"), (first, second)
        assert reason.strip(), (first, second)
        key = frozenset((first, second))
        assert key not in labelled and key not in seen, (first, second)
        seen.add(key)
        (outlet, day, _), (other, other_day, _) = first.split("_", 2), second.split("_", 2)
        assert outlet != other, (first, second)
        gap = dt.date.fromisoformat(day) - dt.date.fromisoformat(other_day)
        assert abs(gap.days) <= 2, (first, second)
    assert seen
