"""One story across outlets: items about the same event, however differently worded.

Word 5-gram shingles (``dedupe.py``) only catch near-verbatim copies. Two outlets
rewriting one wire story share few 5-grams but the same actors (people, places,
organisations) and the same vocabulary. So a pair of items is one story when either

- their shingles overlap (``similarity``, the copy test), or
- their TF-IDF cosine over content stems is high (``STRONG_COSINE``), or
- the cosine is moderate (``COSINE``) *and* they share at least ``MIN_SHARED_ACTORS``
  named actors, covering ``ACTOR_OVERLAP`` of the smaller item's actors.

The actor test is what keeps apart different stories about the same people (two Trump
stories on one day share "Trump" but little else of their cast). The constants were
measured on hand-labelled same-story / different-story pairs of the dev corpora by
``benchmarks/story_pairs.py``, which prints precision and recall at these settings.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.models import Facts

# Tuned by benchmarks/story_pairs.py on the labelled PolNeAR pairs (see its docstring),
# precision first: a wrong merge hides a story from the reader, a missed one only shows it
# twice. These are the loosest settings with no wrong merge on either half (measured
# 2026-12-02: precision 100 / recall 13.5 over all 92 pairs); looser ones merged
# different campaign stories that share the usual cast of candidates.
STRONG_COSINE = 0.35
COSINE = 0.27
MIN_SHARED_ACTORS = 4
ACTOR_OVERLAP = 0.4
# Only the opening of a story carries its event; long tails drift into background.
LEAD_WORDS = 400


@dataclass(frozen=True)
class StoryKey:
    """What a story is about: weighted stems of its opening, and its named actors."""

    stems: Counter
    actors: frozenset[str]


def actors_of(facts: Facts | None) -> frozenset[str]:
    """People by surname (outlets differ on first names and titles), places and
    organisations by name, all case-folded."""
    if facts is None:
        return frozenset()
    names = {person.name.split()[-1].casefold() for person in facts.people if person.name}
    names |= {entity.name.casefold() for entity in (*facts.places, *facts.organizations)}
    return frozenset(name for name in names if len(name) > 1)


def story_key(title: str, text: str, facts: Facts | None, language: str = "en") -> StoryKey:
    from briefing.lang.words import content_stems, tokenize_words

    opening = tokenize_words(f"{title}\n{text}")[:LEAD_WORDS]
    return StoryKey(Counter(content_stems(opening, language)), actors_of(facts))


def tfidf_vectors(keys: Sequence[StoryKey]) -> list[dict[str, float]]:
    """Unit-length log-TF x smoothed IDF vectors, IDF over the items at hand (a day's
    collection), so words every outlet uses that day weigh little."""
    documents = len(keys)
    frequency = Counter(stem for key in keys for stem in key.stems)
    vectors = []
    for key in keys:
        weights = {
            stem: (1 + math.log(count)) * (math.log((documents + 1) / (frequency[stem] + 1)) + 1)
            for stem, count in key.stems.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({stem: w / norm for stem, w in weights.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(stem, 0.0) for stem, weight in a.items())


def shared_actors(a: frozenset[str], b: frozenset[str]) -> tuple[int, float]:
    """How many actors two stories share, and what share of the smaller cast that is."""
    common = len(a & b)
    return common, (common / min(len(a), len(b)) if a and b else 0.0)


def same_story(similarity: float, key_a: StoryKey, key_b: StoryKey) -> tuple[bool, str]:
    """The decision for one pair, given their TF-IDF cosine, with the reason."""
    if similarity >= STRONG_COSINE:
        return True, f"text cosine {similarity:.2f}"
    common, overlap = shared_actors(key_a.actors, key_b.actors)
    if similarity >= COSINE and common >= MIN_SHARED_ACTORS and overlap >= ACTOR_OVERLAP:
        return True, f"text cosine {similarity:.2f}, {common} shared actors"
    return False, ""


def story_pairs(keys: Sequence[StoryKey]) -> list[tuple[int, int, str]]:
    """Every pair of indexes judged one story, with the reason. Quadratic in the number
    of items, which is fine for a day's digest (200 items: about 20,000 sparse dot
    products)."""
    vectors = tfidf_vectors(keys)
    pairs = []
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            same, reason = same_story(cosine(vectors[i], vectors[j]), keys[i], keys[j])
            if same:
                pairs.append((i, j, reason))
    return pairs
