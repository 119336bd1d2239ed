"""The digest's fast paths decide exactly as comparing every pair would."""

from __future__ import annotations

import random
from itertools import combinations

from test_digest_cluster import FIRST_OUTLET, SAME_ACTORS_OTHER_STORY, SECOND_OUTLET, keys_of

from briefing.digest import cluster
from briefing.digest.dedupe import jaccard, shingles, similar_pairs_exact
from briefing.segment import split_sentences


def every_pair(keys):
    prepared = cluster.evidence_of_all(keys)
    found = []
    for i, j in combinations(range(len(keys)), 2):
        same, reason = cluster.same_story(cluster.pair_evidence(keys, prepared, i, j))
        if same:
            found.append((i, j, reason))
    return found


def variants(text: str, seed: int) -> str:
    """The story with its paragraphs after the first shuffled and one dropped."""
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    head, rest = paragraphs[0], paragraphs[1:]
    rng.shuffle(rest)
    return "\n\n".join([title, head, *rest[1:]])


def test_story_pairs_finds_what_comparing_every_pair_finds():
    texts = [FIRST_OUTLET, SECOND_OUTLET, SAME_ACTORS_OTHER_STORY]
    texts += [variants(t, n) for n, t in enumerate(texts * 2)]
    keys = keys_of(*texts)
    found = cluster.story_pairs(keys)
    assert found == every_pair(keys)
    assert (0, 1) in {(a, b) for a, b, _ in found}


def test_candidates_leave_out_only_pairs_below_the_floor():
    keys = keys_of(FIRST_OUTLET, SECOND_OUTLET, SAME_ACTORS_OTHER_STORY)
    prepared = cluster.evidence_of_all(keys)
    candidates = set(cluster.candidate_pairs(keys, prepared))
    for i, j in combinations(range(len(keys)), 2):
        cosine = cluster.cosine(prepared.vectors[i], prepared.vectors[j])
        assert ((i, j) in candidates) or cosine < cluster.candidate_floor()


def test_exact_pairs_match_all_pairs_jaccard():
    rng = random.Random(3)
    words = "port strike union pay offer ships minister talks road town".split()
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(40)]
    texts += [texts[5] + " extra words here", ""]
    sets = [shingles(t) for t in texts]
    for threshold in (0.0, 0.2, 0.5, 0.9):
        expected = [(i, j) for i, j in combinations(range(len(sets)), 2)
                    if jaccard(sets[i], sets[j]) >= threshold]
        assert similar_pairs_exact(sets, threshold) == expected


def test_boilerplate_every_item_carries_falls_back_to_all_pairs():
    sets = [frozenset({1, 2, 3, n}) for n in range(10, 30)]
    expected = [(i, j) for i, j in combinations(range(20), 2)
                if jaccard(sets[i], sets[j]) >= 0.5]
    assert similar_pairs_exact(sets, 0.5) == expected


def test_story_key_takes_sentences_already_made():
    title, body = FIRST_OUTLET.split("\n", 1)
    made = cluster.story_key(title, body, None, sentences=split_sentences(body, "en"))
    assert made == cluster.story_key(title, body, None)
