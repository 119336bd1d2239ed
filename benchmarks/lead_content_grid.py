"""Sweep the lead test's content floor (``cluster.LEAD_CONTENT_SHARE``) on every pair set.

Each lead found in the other (the lead test of ``briefing/digest/cluster.py``) also asks
that the openings' cosine times the key-facts share reach this floor. This prints
precision / recall (merges) on the tune and check halves of every set of
``story_pairs.py`` for each floor: the PolNeAR rewrites, the PolNeAR occurrence labels,
the new PolNeAR pairs (``story_pairs_rewrites2.tsv``, when present), the independent
reports, the written stories dated and undated, and the BBC pairs. The floor is read off
the tune halves only (precision first, one grid step either way); the check halves are
printed to see whether it holds.

    python benchmarks/lead_content_grid.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import independent_stories  # noqa: E402
import story_pairs  # noqa: E402
import written_stories  # noqa: E402

from briefing.digest import cluster  # noqa: E402

FLOORS = (0.0, 0.1, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18, 0.2)
NEW_PAIRS = ROOT / "benchmarks" / "data" / "story_pairs_rewrites2.tsv"


def new_pairs() -> list[list[str]]:
    """story_pairs_rewrites2.tsv read as the rewrites row is: rewrite = same, different =
    different, the angles left out."""
    if not NEW_PAIRS.is_file():
        return []
    return [[first, second, "same" if reading == "rewrite" else "different"]
            for first, second, reading, *_ in story_pairs.read_pairs(NEW_PAIRS)
            if reading != "angle"]


def scored_sets() -> dict[str, list[tuple[str, bool, cluster.Evidence]]]:
    """(half, labelled same, evidence) of every pair of every set whose texts are here."""
    pairs = story_pairs.read_pairs(story_pairs.PAIRS)
    fresh = new_pairs()
    independent = independent_stories.load()
    keys = story_pairs.load_keys({name for first, second, _ in pairs + fresh
                                  for name in (first, second)},
                                 independent_stories.needed_days(independent))
    sets: dict[str, list[tuple[str, bool, cluster.Evidence]]] = {}
    pairs = [pair for pair in pairs if pair[0] in keys and pair[1] in keys]
    evidence = story_pairs.pair_evidence(pairs, keys)
    rewrites, rewrite_evidence = story_pairs.rewrite_pairs(pairs, evidence)
    for name, rows, found in (("rewrites", rewrites, rewrite_evidence),
                              ("occurrence", pairs, evidence)):
        sets[name] = [(story_pairs.half(a, b), label == "same", e)
                      for (a, b, label), e in zip(rows, found, strict=True)
                      if not a.startswith("bbc/")]
    sets["bbc"] = [(story_pairs.half(a, b), label == "same", e)
                   for (a, b, label), e in zip(pairs, evidence, strict=True)
                   if a.startswith("bbc/")]
    fresh = [pair for pair in fresh if pair[0] in keys and pair[1] in keys]
    if fresh:
        sets["new"] = [(story_pairs.half(a, b), label == "same", e) for (a, b, label), e
                       in zip(fresh, story_pairs.pair_evidence(fresh, keys), strict=True)]
    if independent:
        sets["independent"] = [
            (independent_stories.half(independent[int(first.split("/")[1])]), same, e)
            for first, _, _, _, same, e in story_pairs.independent_rows(independent, keys)]
    stories = written_stories.load()
    for dated, name in ((True, "written"), (False, "undated")):
        if stories:
            sets[name] = [(story_pairs.written_stories_half(stories, first), same, e)
                          for first, _, _, _, same, e in story_pairs.written_rows(stories, dated)]
    return sets


def main() -> int:
    if not story_pairs.POLNEAR.is_file():
        print("../shared/corpora/polnear-train is absent: skipped")
        return 0
    sets = scored_sets()
    shipped = cluster.LEAD_CONTENT_SHARE
    print("floor | " + " | ".join(f"{name} tune / check" for name in sets))
    for floor in FLOORS:
        cluster.LEAD_CONTENT_SHARE = floor
        cells = []
        for rows in sets.values():
            for part in ("tune", "check"):
                precision, recall, merged, _ = story_pairs.score(
                    [(story_pairs.decide(e), same) for h, same, e in rows if h == part])
                cells.append(f"{precision:5.1f} {recall:5.1f} ({merged})")
        print(f"{floor:5} | " + " | ".join(cells) + (" <- shipped" if floor == shipped else ""))
    cluster.LEAD_CONTENT_SHARE = shipped
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
