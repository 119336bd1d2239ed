"""Fit the weights of ``default`` (briefing/summarizers/weights.json) on the dev corpora.

Usage::

    python benchmarks/train_ranker.py            # cache features, fit on the even half, report both
    python benchmarks/train_ranker.py --write    # ... and write the weights file

The corpora are read from ../shared/corpora (CNN/DM FRANK pairs.jsonl, BBC even ids);
each article goes through the real ingest + segment and the ranker's own signal
code, and the result is cached in --cache (default /tmp/newsbrief-rank) so that a
re-run only refits. Articles are split by the parity of their position in the
corpus: even positions train, odd ones are held out and only reported.

The fit maximises mean ROUGE-1 F1 over the lengths the targets name (CNN/DM 1-5
sentences, BBC ratios 0.2-0.5), both corpora weighted equally, by coordinate
search over the weights from the hand-set starting point; then the first pick of an
N-sentence summary (``model.with_first_pick``) is fitted on CNN/DM (see
``fit_first_pick_model``; ``--keep-first-pick`` keeps the starting one). ROUGE-1 here is computed
from rouge-score's own tokens (stemmed), so it matches ``briefing evaluate``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.summarizers import model as ranker_model  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
CORPORA = {
    "cnndm": (SHARED / "cnndm-frank-250" / "pairs.jsonl", "sentences", (1, 2, 3, 4, 5)),
    "bbc": (SHARED / "bbc-news-summary-even", "ratio", (0.2, 0.3, 0.4, 0.5)),
}


# ---------------------------------------------------------------- the cache


def article_record(item, tokenize) -> dict | None:
    """Signals, similarities and ROUGE token counts of one corpus article."""
    from briefing.evaluate import document_for

    doc = document_for(item)
    if not doc.sentences:
        return None
    prepared = ranker_model.prepare(doc)
    texts = doc.sentence_texts()
    ref_tokens = tokenize(" ".join(item.reference))
    ref_uni = Counter(ref_tokens)
    ref_bi = Counter(zip(ref_tokens, ref_tokens[1:], strict=False))
    uni_vocab = {w: i for i, w in enumerate(ref_uni)}
    bi_vocab = {w: i for i, w in enumerate(ref_bi)}
    uni = np.zeros((len(texts), len(uni_vocab)), np.float32)
    bi = np.zeros((len(texts), len(bi_vocab)), np.float32)
    sizes = np.zeros(len(texts))
    for row, text in enumerate(texts):
        tokens = tokenize(text)
        sizes[row] = len(tokens)
        for w in tokens:
            if w in uni_vocab:
                uni[row, uni_vocab[w]] += 1
        for g in zip(tokens, tokens[1:], strict=False):
            if g in bi_vocab:
                bi[row, bi_vocab[g]] += 1
    return {
        "name": item.name,
        "prepared": prepared,
        "uni": uni,
        "bi": bi,
        "sizes": sizes,
        "ref_uni": np.array(list(ref_uni.values()), np.float32),
        "ref_bi": np.array(list(ref_bi.values()), np.float32),
    }


def load_cached(name: str, cache: Path, limit: int | None) -> list[dict]:
    path = cache / f"{name}.pkl"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    from rouge_score import rouge_scorer

    from briefing.evaluate import load_corpus

    tokenize = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)._tokenizer.tokenize
    corpus, _, _ = CORPORA[name]
    started = time.time()
    records = [r for item in load_corpus(corpus, limit) if (r := article_record(item, tokenize))]
    print(f"{name}: cached {len(records)} articles in {time.time() - started:.0f} s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(records, handle)
    return records


def load_peers(name: str, cache: Path, limit: int | None) -> list[dict[str, list[int]]]:
    """Every other method's ranking of each article (computed once, then cached)."""
    path = cache / f"{name}-peers.pkl"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    from briefing.errors import InputError
    from briefing.evaluate import document_for, load_corpus, parse_methods
    from briefing.summarizers import rank

    methods = [m for m in parse_methods(None) if m != "default"]
    started = time.time()
    rankings = []
    corpus, _, _ = CORPORA[name]
    for item in load_corpus(corpus, limit):
        doc = document_for(item)
        if not doc.sentences:
            continue
        row = {}
        for method in methods:
            try:
                row[method] = [p.index for p in rank(doc, method)]
            except InputError:  # over the method's size limit: its lead, as evaluate does
                row[method] = list(range(len(doc.sentences)))
        rankings.append(row)
    print(f"{name}: ranked with {len(methods)} peers in {time.time() - started:.0f} s", flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(rankings, handle)
    return rankings


# ---------------------------------------------------------------- scoring


def rouge_f1(counts: np.ndarray, sizes: np.ndarray, reference: np.ndarray, chosen) -> float:
    total = sizes[chosen].sum() if counts is not None else 0
    if not total or not reference.sum():
        return 0.0
    overlap = np.minimum(counts[chosen].sum(axis=0), reference).sum()
    if not overlap:
        return 0.0
    precision, recall = overlap / total, overlap / reference.sum()
    return 2 * precision * recall / (precision + recall)


def count_for(n: int, kind: str, value: float) -> int:
    from briefing.summarizers.length import Length

    return Length(**{kind: value}).count(n)


def evaluate(records: list[dict], kind: str, values, weights: dict, r2: bool = False) -> dict:
    """Mean ROUGE-1 (and -2) F1 x 100 per length for the ranking ``weights`` make."""
    sums = {v: [0.0, 0.0] for v in values}
    for record in records:
        n = len(record["prepared"].signals)
        order = ranker_model.rank_order(
            record["prepared"], weights, max(count_for(n, kind, v) for v in values),
            condensed=kind == "ratio",
        )
        for value in values:
            chosen = order[: count_for(n, kind, value)]
            sums[value][0] += rouge_f1(record["uni"], record["sizes"], record["ref_uni"], chosen)
            if r2:
                bigram_sizes = np.maximum(record["sizes"] - 1, 0)
                sums[value][1] += rouge_f1(record["bi"], bigram_sizes, record["ref_bi"], chosen)
    return {v: (100 * a / len(records), 100 * b / len(records)) for v, (a, b) in sums.items()}


def peer_means(records: list[dict], peers: list[dict], kind: str, values) -> dict:
    """Mean ROUGE-1 F1 x 100 of every other method at every length."""
    table: dict = {}
    for record, rankings in zip(records, peers, strict=True):
        n = len(record["prepared"].signals)
        for method, order in rankings.items():
            for value in values:
                chosen = order[: count_for(n, kind, value)]
                score = rouge_f1(record["uni"], record["sizes"], record["ref_uni"], chosen)
                table.setdefault(method, dict.fromkeys(values, 0.0))[value] += score
    return {m: {v: 100 * s / len(records) for v, s in row.items()} for m, row in table.items()}


def best_others(table: dict, values) -> dict:
    return {v: max(row[v] for row in table.values()) for v in values}


def objective(train: dict[str, tuple[list[dict], dict]], weights: dict) -> float:
    """Mean margin over the best other method at each length, shortfalls counted 3x.

    The targets are per length (never more than 0.3 below the best other method) and
    on the mean (0.3 above it), so a loss at one length costs more than a gain elsewhere.
    """
    margins = []
    for name, (records, targets) in train.items():
        _, kind, values = CORPORA[name]
        scores = evaluate(records, kind, values, weights)
        margins += [scores[v][0] - targets[v] for v in values]
    margins = np.array(margins)
    return float(margins.mean() + 2 * np.minimum(margins, 0).mean())


# ---------------------------------------------------------------- fitting


CHECKPOINT = Path("/tmp/newsbrief-rank-best.json")  # the best weights so far, while fitting


def fit(train: dict[str, tuple[list[dict], dict]], weights: dict, rounds: int,
        keys: list[tuple[str, str]]) -> dict:
    """Coordinate search over ``keys``: move each weight up or down by its step; a step
    that helps grows by half, one that does not shrinks by half; stop when all are tiny."""
    best = objective(train, weights)
    print(f"start: {best:.3f} ({', '.join(train)})", flush=True)
    steps = dict.fromkeys(keys, 0.5)
    for round_number in range(rounds):
        for key in keys:
            for direction in (1, -1):
                trial = ranker_model.nudged(weights, key, direction * steps[key])
                value = objective(train, trial)
                if value > best + 1e-4:
                    best, weights = value, trial
                    steps[key] *= 1.5
                    print(f"round {round_number}: {key} -> {value:.3f}", flush=True)
                    CHECKPOINT.write_text(json.dumps(weights, indent=1))
                    break
            else:
                steps[key] /= 2
        if max(steps.values()) < 0.02:
            break
    return weights


def searched_keys(weights: dict) -> list[tuple[str, str]]:
    """Every base and share weight; the pyramid-evidence terms only where position is at stake."""
    return [(group, term) for group, term in ranker_model.flat_keys(weights)
            if term != "pyramid" or group in PYRAMID_TERMS]


PYRAMID_TERMS = ("position", "forward", "centrality", "length", "redundancy")

# The first pick (model.with_first_pick): a ridge regression predicts each candidate's
# ROUGE-1 alone, within its article (features and targets centred per article, so only
# differences count). The ridge penalty and the margins a move from the first three
# sentences (near) or from the fourth (far) must gain are chosen by two-fold
# cross-validation inside the training half (fit on one fold, score the other), then
# the regression is refitted on the whole training half.
RIDGES = (1.0, 10.0, 50.0)
NEAR_MARGINS = (0.0, 1.0, 2.0)
FAR_MARGINS = (6.0, 8.0, 10.0, 12.0, 14.0, 100.0)


def without_first_pick(weights: dict) -> dict:
    return {key: value for key, value in weights.items() if key != "first_pick"}


def fit_first_pick(records: list[dict], weights: dict, ridge: float) -> dict:
    """The first pick's regression coefficients, fitted on ``records``."""
    plain = without_first_pick(weights)
    rows, targets = [], []
    for record in records:
        prepared = record["prepared"]
        top = ranker_model.rank_order(prepared, plain, 1)[0]
        candidates = ranker_model.first_pick_candidates(prepared, top)
        features = ranker_model.first_pick_features(prepared, candidates)
        scores = np.array([100 * rouge_f1(record["uni"], record["sizes"], record["ref_uni"], [i])
                           for i in candidates])
        rows.append(features - features.mean(axis=0))
        targets.append(scores - scores.mean())
    x, y = np.vstack(rows), np.concatenate(targets)
    beta = np.linalg.solve(x.T @ x + ridge * np.eye(x.shape[1]), x.T @ y)
    return {name: round(float(b), 4)
            for name, b in zip(ranker_model.FIRST_PICK_FEATURES, beta, strict=True)}


def with_lead(weights: dict, terms: dict, near: float, far: float) -> dict:
    trial = json.loads(json.dumps(without_first_pick(weights)))
    trial["first_pick"] = {"near": near, "far": far, "terms": terms}
    return trial


def fit_first_pick_model(records: list[dict], peers: list[dict], weights: dict) -> dict:
    """Choose the ridge penalty and margins by two-fold cross-validation on ``records``
    (the training half), then refit the regression on all of them."""
    _, kind, values = CORPORA["cnndm"]
    folds = []
    for k in (0, 1):
        fitted, scored = records[k::2], records[1 - k::2]
        targets = best_others(peer_means(scored, peers[1 - k::2], kind, values), values)
        folds.append((fitted, {"cnndm": (scored, targets)}))
    results = {}
    for ridge in RIDGES:
        fold_terms = [fit_first_pick(fitted, weights, ridge) for fitted, _ in folds]
        for near in NEAR_MARGINS:
            for far in FAR_MARGINS:
                results[ridge, near, far] = np.mean([
                    objective(scored, with_lead(weights, terms, near, far))
                    for terms, (_, scored) in zip(fold_terms, folds, strict=True)])
    ridge, near, far = max(results, key=results.get)
    print(f"first pick: ridge {ridge}, margins near {near}, far {far} "
          f"(cross-validated objective {results[ridge, near, far]:.3f})", flush=True)
    return with_lead(weights, fit_first_pick(records, weights, ridge), near, far)


def report(halves: dict, weights: dict) -> None:
    """ROUGE-1 of default against Lead and the best other method, per length and half."""
    for name, parts in halves.items():
        _, kind, values = CORPORA[name]
        for part, (records, table) in parts.items():
            scores = evaluate(records, kind, values, weights, r2=True)
            best = best_others(table, values)
            print(f"{name} {part} ({len(records)} articles), R-1:")
            print("| length | default | lead | best other | margin |")
            print("| --- | ---: | ---: | --- | ---: |")
            for v in values:
                rival = max(table, key=lambda m, v=v: table[m][v])
                print(f"| {v} | {scores[v][0]:.2f} | {table['lead'][v]:.2f} | "
                      f"{rival} {best[v]:.2f} | {scores[v][0] - best[v]:+.2f} |")
            ours = np.mean([scores[v][0] for v in values])
            theirs = max(np.mean([row[v] for v in values]) for row in table.values())
            print(f"| mean | {ours:.2f} | | {theirs:.2f} | {ours - theirs:+.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsbrief-rank"))
    parser.add_argument("--limit", type=int, help="only the first K articles of each corpus")
    parser.add_argument("--rounds", type=int, default=30, help="per single-corpus stage")
    parser.add_argument("--joint-rounds", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the fitted weights file")
    parser.add_argument("--start", type=Path, help="start from these weights (JSON)")
    parser.add_argument("--keep-first-pick", action="store_true",
                        help="keep the first-pick model of the starting weights")
    args = parser.parse_args()
    missing = [str(path) for path, _, _ in CORPORA.values() if not path.exists()]
    if missing:
        print(f"skipped: corpora not found ({', '.join(missing)})")
        return
    halves = {}
    for name, (_, kind, values) in CORPORA.items():
        records = load_cached(name, args.cache, args.limit)
        peers = load_peers(name, args.cache, args.limit)
        if name == "cnndm":
            cnndm_peers = peers
        halves[name] = {
            part: (records[i::2], peer_means(records[i::2], peers[i::2], kind, values))
            for i, part in enumerate(("train (even)", "held out (odd)"))
        }
    start = ranker_model.load_weights()
    if args.start:
        start = json.loads(args.start.read_text(encoding="utf-8"))
    for term in ranker_model.sig.SIGNALS:  # a signal added since the weights were fitted
        start["terms"].setdefault(term, {"base": 0.0, "share": 0.0, "pyramid": 0.0})
    for term in start["terms"].values():
        term.setdefault("log_share", 0.0)
        term.setdefault("ratio", 0.0)
        term.setdefault("per_step", 0.0)
        term.setdefault("share_squared", 0.0)
        if "lead" in term:  # the name before "pyramid"
            term["pyramid"] = term.pop("lead")
    print("before fitting:")
    report(halves, start)
    train = {}
    for name, parts in halves.items():
        records, table = parts["train (even)"]
        train[name] = (records, best_others(table, CORPORA[name][2]))
    # Three stages: the N-sentence weights on CNN/DM; the ratio terms (which only act
    # when the length is a ratio) on BBC; then every weight on both together.
    keys = searched_keys(start)
    plain = [k for k in keys if k[1] != "ratio"]
    ratio = [k for k in keys if k[1] == "ratio"]
    weights = fit({"cnndm": train["cnndm"]}, start, args.rounds, plain)
    weights = fit({"bbc": train["bbc"]}, weights, args.rounds, ratio)
    weights = fit(train, weights, args.joint_rounds, keys)
    if not args.keep_first_pick:
        records = halves["cnndm"]["train (even)"][0]
        weights = fit_first_pick_model(records, cnndm_peers[0::2], weights)
    print("after fitting:")
    report(halves, weights)
    print(json.dumps(weights, indent=1))
    if args.write:
        ranker_model.save_weights(weights)
        print(f"wrote {ranker_model.WEIGHTS_PATH}")


if __name__ == "__main__":
    main()
