"""Event-specific evidence on the PolNeAR rewrite pairs: does any of it tell a rewrite of
one event from another story of the same saga?

The digest's content test (``briefing/digest/cluster.py``) scores two stories by their
openings' TF-IDF cosine times the share of key facts (people, places, organisations) they
name alike. A saga's stories share its cast and its words, so that score also rewards
a follow-up. This script scores, on the pairs of ``story_pairs.py``'s "rewrites" rows
(rewrite = same, the angles left out), evidence meant to be specific to one event and not
to a saga, and prints each signal's area under the ROC curve on the tune and check
halves, and how many different-story pairs a rule on it would have to merge to reach a
given recall:

- ``cosine x key facts``: the shipped content signal (IDF over the pair's days).
- ``... IDF over +-7 days``: the same with IDF over every PolNeAR article within
  ``WINDOW_DAYS`` of the pair, so words of the saga (used all week) weigh little.
- ``stems rare in the week``: the opening stems both share that at most ``RARE_DF`` of
  the week's other articles use (words of this event, not of the saga), as a count and
  as a share of the smaller story's such stems.
- ``rare English words shared``: lower-case content words both openings use, each
  weighted by how rare it is in general English (``WORDFREQ_ZIPF`` less its Zipf
  frequency, when the ``wordfreq`` package is installed; it is not a dependency).
- ``same news day``: both leads (title and the first five sentences of six words or more,
  so not "ABSTRACT." or a dateline) date their news to one day: the latest day each
  names up to its publication.
- ``fit on tune``: a logistic regression over all of them and the other evidence of
  ``cluster.Evidence`` (leads, days, quotes, figures, occurrence, lead-days veto), fitted
  on the tune half itself: the best any linear mix of them could do there.

It also prints, per outlet, how many days before publication the first "on <weekday>" of
each article falls: the day the outlet dates its news, against its publication day.

    python benchmarks/story_signals.py        # about 90 s
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import story_pairs  # noqa: E402

from briefing.digest import cluster  # noqa: E402

WINDOW_DAYS = 7
RARE_DF = 1
WORDFREQ_ZIPF = 4.5
LEAD_MIN_WORDS = 6
RECALLS = (50, 70, 85)


def auc(rows: list[tuple[bool, float]]) -> float:
    """The chance that a random same pair scores above a random different one."""
    positive = [score for same, score in rows if same]
    negative = [score for same, score in rows if not same]
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def cost_of_recall(rows: list[tuple[bool, float]], recall: int) -> tuple[int, int]:
    """(same pairs, different pairs) a threshold must merge to reach ``recall`` percent."""
    ranked = sorted(rows, key=lambda row: -row[1])
    need = math.ceil(recall / 100 * sum(same for same, _ in rows))
    found = wrong = 0
    for same, _ in ranked:
        if found >= need:
            break
        found += same
        wrong += not same
    return found, wrong


def lead_days(text: str, day: dt.date) -> frozenset[dt.date]:
    from briefing.lang.words import tokenize_words
    from briefing.segment import split_sentences

    title = text.partition("\n")[0]
    sentences = [s for s in split_sentences(text, "en")
                 if len(s.split()) >= LEAD_MIN_WORDS and s.strip() != title.strip()]
    lead = [title, *sentences[:cluster.LEAD_SENTENCES]]
    return (cluster.days_named(tokenize_words(" ".join(lead)), day)
            | cluster.dates_named(lead, day))


def news_day(text: str, day: dt.date) -> dt.date | None:
    named = [d for d in lead_days(text, day) if d <= day]
    return max(named) if named else None


def rare_word_weights():
    """A function from an opening to its rare lower-case content words and their weights,
    or None when wordfreq is not installed."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    from briefing.lang.words import stemmer, stop_words, tokenize_words

    stop, stem = stop_words("en"), stemmer("en")

    def weights(text: str) -> dict[str, float]:
        found: dict[str, float] = {}
        for word in tokenize_words(text)[:cluster.LEAD_WORDS]:
            if word.isalpha() and len(word) > 2 and word == word.lower() and word not in stop:
                weight = max(0.0, WORDFREQ_ZIPF - zipf_frequency(word, "en"))
                found[stem(word)] = max(found.get(stem(word), 0.0), weight)
        return found

    return weights


def fit_logistic(features: list[list[float]], labels: list[bool], steps: int = 4000):
    """Weights of a logistic regression (classes balanced, light L2), by gradient descent
    on standardised features; returns a scoring function."""
    import numpy as np

    x = np.array(features, dtype=float)
    y = np.array(labels, dtype=float)
    mean, spread = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / spread
    balance = np.where(y > 0, (1 - y).sum() / max(1.0, y.sum()), 1.0)
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        error = (1 / (1 + np.exp(-(z @ w + b))) - y) * balance
        w -= 0.1 * (z.T @ error + w) / len(y)
        b -= 0.1 * error.mean()
    return lambda rows: list(((np.array(rows, dtype=float) - mean) / spread) @ w + b)


def outlet_news_gaps(texts: dict[str, str]) -> dict[str, Counter]:
    """Per outlet: days from the first "on <weekday>" of each article (its opening 1,500
    characters after any abstract) back to its publication day."""
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    gaps: dict[str, Counter] = {}
    for name, text in texts.items():
        day = dt.date.fromisoformat(story_pairs.group_of(name))
        body = text.split("FULL TEXT.", 1)[-1][:1500]
        match = re.search(r"\bon (" + "|".join(weekdays) + r")\b", body, re.IGNORECASE)
        if match:
            gap = (day.weekday() - weekdays.index(match.group(1).lower())) % 7
            gaps.setdefault(story_pairs.outlet_of(name), Counter())[gap] += 1
    return gaps


def main() -> int:
    if not story_pairs.POLNEAR.is_file():
        print("../shared/corpora/polnear-train is absent: skipped")
        return 0
    pairs = story_pairs.read_pairs(story_pairs.PAIRS)
    texts = {row["name"]: row["text"] for row in map(json.loads, story_pairs.POLNEAR.open())}
    # Every PolNeAR article: the week around a pair is its IDF background.
    keys = story_pairs.load_keys(set(), {story_pairs.group_of(name) for name in texts})
    pairs = [pair for pair in pairs if pair[0] in keys and pair[1] in keys
             and not pair[0].startswith("bbc/")]
    evidence = story_pairs.pair_evidence(pairs, keys)
    rewrites, rewrite_evidence = story_pairs.rewrite_pairs(pairs, evidence)
    polnear = {name: key for name, key in keys.items() if not name.startswith("bbc/")}
    by_day: dict[dt.date, list[str]] = {}
    for name, key in polnear.items():
        by_day.setdefault(key.day, []).append(name)
    rare_words = rare_word_weights()
    news = {}

    def news_of(name: str) -> dt.date | None:
        if name not in news:
            news[name] = news_day(texts[name], polnear[name].day)
        return news[name]

    signals: dict[str, list[tuple[str, bool, float]]] = {}
    features, labels, halves = [], [], []
    for (first, second, label), e in zip(rewrites, rewrite_evidence, strict=True):
        a, b = polnear[first], polnear[second]
        low = min(a.day, b.day) - dt.timedelta(days=WINDOW_DAYS)
        high = max(a.day, b.day) + dt.timedelta(days=WINDOW_DAYS)
        week = [n for d, names in by_day.items() if low <= d <= high for n in names]
        week_keys = [polnear[n] for n in week]
        vectors = cluster.tfidf_vectors(week_keys)
        i, j = week.index(first), week.index(second)
        wide = (cluster.cosine(vectors[i], vectors[j])
                * cluster.key_facts_shared(a.actors, b.actors, cluster.actor_weights(week_keys)))
        frequency = Counter(s for n in week if n not in (first, second) for s in polnear[n].stems)
        rare_a = {s for s in a.stems if frequency[s] <= RARE_DF}
        rare_b = {s for s in b.stems if frequency[s] <= RARE_DF}
        shared_rare = len(rare_a & rare_b)
        one_day = bool(news_of(first) and news_of(first) == news_of(second))
        values = {
            "cosine x key facts": e.cosine * e.key_facts,
            f"cosine x key facts, IDF over +-{WINDOW_DAYS} days": wide,
            f"stems rare in the week (df <= {RARE_DF}), count": shared_rare,
            "stems rare in the week, share": shared_rare / (min(len(rare_a), len(rare_b)) or 1),
            "same news day": float(one_day),
        }
        if rare_words:
            wa, wb = rare_words(texts[first]), rare_words(texts[second])
            values["rare English words shared (wordfreq)"] = sum(
                min(wa[s], wb[s]) for s in wa.keys() & wb.keys())
        part = story_pairs.half(first, second)
        for name, value in values.items():
            signals.setdefault(name, []).append((part, label == "same", value))
        features.append([*values.values(), e.leads, e.days, float(e.other_days),
                         float(e.same_day), float(e.occurrence), min(e.quotes, 3),
                         min(e.figures, 3), e.lead_facts, float(e.reports_earlier)])
        labels.append(label == "same")
        halves.append(part)
    tune = [n for n, part in enumerate(halves) if part == "tune"]
    score = fit_logistic([features[n] for n in tune], [labels[n] for n in tune])
    fitted = score(features)
    signals["fit on tune (all of the above and the evidence)"] = [
        (part, same, value) for part, same, value in zip(halves, labels, fitted, strict=True)]

    print(f"PolNeAR rewrites reading: {sum(labels)} same / {len(labels) - sum(labels)} different"
          f" ({sum(labels[n] for n in tune)} same on the tune half)")
    if not rare_words:
        print("(wordfreq is not installed: the rare English words signal is skipped)")
    print("signal | AUC tune | AUC check | different pairs above the rewrites at recall "
          + " / ".join(f"{r}%" for r in RECALLS) + " (tune; check)")
    for name, rows in signals.items():
        cells = []
        for part in ("tune", "check"):
            kept = [(same, value) for h, same, value in rows if h == part]
            cells.append((auc(kept), [cost_of_recall(kept, r) for r in RECALLS]))
        costs = "; ".join(" / ".join(f"{wrong}" for _, wrong in cost) for _, cost in cells)
        print(f"{name} | {cells[0][0]:.2f} | {cells[1][0]:.2f} | {costs}")
    gaps = outlet_news_gaps(texts)
    print("days from the first 'on <weekday>' back to publication, per outlet (0 1 2 3+):")
    for outlet, counter in sorted(gaps.items()):
        row = [counter[0], counter[1], counter[2], sum(v for k, v in counter.items() if k >= 3)]
        print(f"  {outlet:12} " + " ".join(f"{v:3}" for v in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
