"""Independent reports and near-misses of real PolNeAR articles, written for the project.

The written stories of ``written_stories.py`` were written with the source at hand, so
they share more of its wording than two outlets reporting one event on their own do;
PolNeAR holds only 20 real rewrite pairs. So each story of
``benchmarks/data/independent_stories.jsonl`` was written for the project from one
PolNeAR article (its ``source``, ``../shared/corpora/polnear-train``) as either

- ``independent``: the same event reported by another outlet in its own words (no run of
  five words shared with the source outside quotes), 0-1 days later, which the digest
  must merge with its source; or
- ``near-miss``: another event with the same actors within 0-2 days, which it must keep
  apart from the source and from the source's independent report.

They are scored the way a digest meets them (``rows``): each story is dated its source's
day plus ``offset_days`` and set among every real PolNeAR article of the days from its
source's to its own (IDF over those articles and the family's stories). Same: an
independent report and its source. Different: a story and every other real article of
its days, a near-miss and its source, a near-miss and the source's independent report.
Left out: real articles linked to the source by "same" labels of ``story_pairs.tsv``
(directly or through other reports of its occurrence), and the pairs of
``independent_read.tsv``, read as reporting the written story's own occurrence (a
near-miss written as the next real event, which real outlets reported too) or unclear.
Halves by a hash of the source's name.

Corpus text stays out of the repository as in ``written_stories.py``: a run of
``MIN_RUN`` or more words shared verbatim with the source (a kept quote) is stored as a
reference to the source's characters; a story still sharing such a run (case and
punctuation aside) outside quotes after that is dropped when added.

    python benchmarks/independent_stories.py --add FILE.jsonl ...  # encode, append
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from written_stories import MIN_RUN, decode, encode  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
POLNEAR = SHARED / "polnear-train" / "gold.jsonl"
STORIES = ROOT / "benchmarks" / "data" / "independent_stories.jsonl"
READ = ROOT / "benchmarks" / "data" / "independent_read.tsv"
KINDS = ("independent", "near-miss")
QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words without their punctuation, so a run the source ends with a full stop and the story
# with a comma is found (the characters between the words must still match).
WORD_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")


def polnear_texts() -> dict[str, str]:
    if not POLNEAR.is_file():
        return {}
    return {row["name"]: row["text"]
            for row in map(json.loads, POLNEAR.open(encoding="utf-8"))}


def day_of(name: str) -> dt.date:
    """A PolNeAR article's publication day (its name is outlet_date_slug)."""
    return dt.date.fromisoformat(name.split("_", 2)[1])


def story_day(story: dict) -> dt.date:
    return day_of(story["source"]) + dt.timedelta(days=int(story["offset_days"]))


def load(texts: dict[str, str] | None = None) -> list[dict]:
    """The stories whose source is present, with their text filled in."""
    if not STORIES.is_file():
        return []
    texts = polnear_texts() if texts is None else texts
    stories = []
    for row in map(json.loads, STORIES.open(encoding="utf-8")):
        if row["source"] in texts:
            source = texts[row["source"]]
            stories.append({**row, "title": decode(row["title"], source),
                            "text": decode(row["text"], source)})
    return stories


def shared_runs(text: str, source: str) -> list[str]:
    """Runs of MIN_RUN words (case-folded, punctuation aside) ``text`` shares with
    ``source`` outside its quotes."""
    def grams(words: list[str]) -> set[tuple[str, ...]]:
        return {tuple(words[i:i + MIN_RUN]) for i in range(len(words) - MIN_RUN + 1)}

    source_grams = grams(WORD.findall(source.casefold().replace("\u2019", "'")))
    runs = []
    for piece in QUOTED.split(text.replace("\u2019", "'")):
        runs += [" ".join(gram) for gram in grams(WORD.findall(piece.casefold()))
                 if gram in source_grams]
    return runs


def add(paths: list[Path]) -> int:
    """Encode the usable stories of ``paths`` and append those not stored yet."""
    texts = polnear_texts()
    rows = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:  # a line still being written
                continue
    known = ({(r["source"], r["kind"]) for r in map(json.loads, STORIES.open(encoding="utf-8"))}
             if STORIES.is_file() else set())
    added, dropped = 0, []
    with STORIES.open("a", encoding="utf-8") as out:
        for row in rows:
            if (row.get("kind") not in KINDS or (row["source"], row["kind"]) in known
                    or row["source"] not in texts or not row.get("text", "").strip()):
                continue
            source = texts[row["source"]]
            encoded = {key: row[key] for key in
                       ("source", "kind", "outlet", "offset_days", "title", "text")}
            encoded["title"] = encode(row["title"], source, WORD_TOKEN)
            encoded["text"] = encode(row["text"], source, WORD_TOKEN)
            runs = shared_runs(without_references(encoded["title"] + "\n\n" + encoded["text"]),
                               source)
            if runs:
                dropped.append((row["source"], row["kind"], runs[0]))
                continue
            assert decode(encoded["text"], source) == row["text"]
            out.write(json.dumps(encoded, ensure_ascii=False) + "\n")
            known.add((row["source"], row["kind"]))
            added += 1
    for source, kind, run in dropped:
        print(f"dropped {kind} of {source}: shares '{run}' outside quotes", file=sys.stderr)
    print(f"added {added} stories to {STORIES.relative_to(ROOT)}, dropped {len(dropped)}")
    return 0


def without_references(text: str) -> str:
    """The encoded text without its references (what would be stored as words)."""
    return re.sub(r"\u27e6\d+:\d+\u27e7", " \u2016 ", text)


def half(story: dict) -> str:
    """Split by source, so a source's independent report and near-miss share a half."""
    digest = hashlib.sha256(story["source"].encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def window(story: dict) -> list[dt.date]:
    """The days a digest holds the story with its source: the source's to its own."""
    first = day_of(story["source"])
    return [first + dt.timedelta(days=n) for n in range(int(story["offset_days"]) + 1)]


def families(stories: list[dict]) -> dict[str, list[int]]:
    family: dict[str, list[int]] = {}
    for number, story in enumerate(stories):
        family.setdefault(story["source"], []).append(number)
    return family


def same_groups(pairs: list[list[str]]) -> dict[str, str]:
    """Each article labelled in ``story_pairs.tsv``, mapped to one member of its group of
    articles linked by "same" labels (one occurrence's reports: two articles each labelled
    the same story as a third report one occurrence too)."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.get(name, name) != name:
            name = parent[name]
        return name

    for first, second, label, *_ in pairs:
        if label == "same":
            parent[root(first)] = root(second)
    return {name: root(name) for pair in pairs for name in pair[:2]}


def read_out() -> set[tuple[str, str, str]]:
    """(source, kind, article) pairs read as the written story's own occurrence or unclear."""
    if not READ.is_file():
        return set()
    return {tuple(line.rstrip("\n").split("\t")[:3]) for line in READ.open(encoding="utf-8")
            if line.strip() and not line.startswith(("#", "source\t"))}


def pairs_of(stories: list[dict], real_days: dict[str, dt.date], groups: dict[str, str]
             ) -> dict[str, list[tuple[str, str, bool]]]:
    """By source: the family's scored pairs (written story ``written/N``, other, same).
    Left out: real articles of the source's group of same-story labels, and pairs read as
    the written story's own occurrence (``independent_read.tsv``)."""
    by_day: dict[dt.date, list[str]] = {}
    for name, day in real_days.items():
        by_day.setdefault(day, []).append(name)
    left_out = read_out()
    result = {}
    for source, numbers in families(stories).items():
        rows = []
        like_source = {other for other in real_days
                       if source in groups and groups.get(other) == groups[source]}
        for number in numbers:
            story, name = stories[number], f"written/{number}"
            rows.append((name, source, story["kind"] == "independent"))
            for day in window(story):
                rows += [(name, other, False) for other in sorted(by_day.get(day, ()))
                         if other != source and other not in like_source
                         and (source, story["kind"], other) not in left_out]
            if story["kind"] == "near-miss":
                rows += [(name, f"written/{n}", False) for n in numbers
                         if stories[n]["kind"] == "independent"]
        result[source] = rows
    return result


def needed_days(stories: list[dict]) -> set[str]:
    """The days (ISO) whose real articles the stories are set among."""
    return {day.isoformat() for story in stories for day in window(story)}


def rows(stories: list[dict], real_keys: dict, groups: dict[str, str], decide
         ) -> list[tuple[str, str, str, bool, bool, object]]:
    """Every scored pair: (written story, other, its kind, decided, same, evidence).
    ``real_keys``: story keys of every real article of the stories' days, dated."""
    import briefing
    from briefing.digest import cluster

    real_days = {name: key.day for name, key in real_keys.items()}
    result = []
    for source, pairs in pairs_of(stories, real_days, groups).items():
        numbers = families(stories)[source]
        days = {day for n in numbers for day in window(stories[n])}
        names = [name for name, day in real_days.items() if day in days]
        keys = [real_keys[name] for name in names]
        for n in numbers:
            story = stories[n]
            names.append(f"written/{n}")
            keys.append(cluster.story_key(
                story["title"], story["text"],
                briefing.extract_facts(f"{story['title']}\n\n{story['text']}"),
                day=story_day(story), outlet=story["outlet"]))
        prepared = cluster.evidence_of_all(keys)
        index = {name: i for i, name in enumerate(names)}
        for first, second, same in pairs:
            evidence = cluster.pair_evidence(keys, prepared, index[first], index[second])
            kind = stories[int(first.split("/")[1])]["kind"]
            result.append((first, second, kind, decide(evidence), same, evidence))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", nargs="+", type=Path, help="JSON lines of new stories")
    options = parser.parse_args()
    if options.add:
        return add(options.add)
    stories = load()
    print(f"{len(stories)} stories with their source present: "
          + ", ".join(f"{sum(s['kind'] == kind for s in stories)} {kind}" for kind in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
