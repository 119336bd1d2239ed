"""Summarizers: every method, the length rules, short texts, explain output."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import summarize
from briefing.cli import cli
from briefing.errors import InputError
from briefing.models import Article, Document, Sentence
from briefing.summarizers import METHOD_TABLE, SummaryOptions, rank, summarize_document
from briefing.summarizers.signals import cosine_centrality, directed_overlap, is_run_on

# Methods that need no optional package (summa and lexrank come with the eval extra).
METHODS = [m.name for m in METHOD_TABLE if not m.extra]


def summary_of(doc, method="default", **length):
    return summarize_document(doc, SummaryOptions.of(method, **length))

STORY = (
    "The city council approved a new flood barrier for the river district on Monday. "
    "The barrier will cost 40 million pounds and protect about 12,000 homes. "
    "Engineers said construction of the barrier would start in the spring. "
    "However, some residents fear the river works will close the main road for months. "
    "Photo: River Press. "
    "The council leader said the flood barrier was the largest project in a decade. "
    "Opposition members asked why the council had not published the full costs. "
    "The river district flooded twice in the last five years, damaging shops and homes. "
    "Insurance costs for homes near the river have doubled since then. "
    "A public meeting about the barrier is planned for next month."
)


def document(texts: list[str], title: str = "", language: str = "en") -> Document:
    sentences, offset = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, 0, text, offset, offset + len(text)))
        offset += len(text) + 1
    article = Article(paragraphs=[" ".join(texts)], title=title, language=language)
    return Document(article=article, sentences=sentences)


def story_document() -> Document:
    from briefing.pipeline import text_document

    doc = text_document(STORY)
    doc.article.title = "Council approves flood barrier"
    return doc


@pytest.mark.parametrize("method", METHODS)
def test_every_method_gives_ordered_unique_picks_of_the_asked_length(method):
    doc = story_document()
    for count in (1, 3, 5):
        summary = summary_of(doc, method, sentences=count)
        assert len(summary.indexes) == count
        assert summary.indexes == sorted(set(summary.indexes))
        assert sorted(p.index for p in summary.ranking) == list(range(len(doc.sentences)))
        assert all(math.isfinite(p.score) and p.reasons for p in summary.ranking)


@pytest.mark.parametrize("method", METHODS)
def test_short_texts_never_fail(method):
    for texts in (["Only one sentence here."], ["no punctuation at all in this line"]):
        summary = summary_of(document(texts), method, sentences=3)
        assert summary.indexes == [0]
    two = summary_of(document(["Cats sleep.", "Stocks fell."]), method, sentences=5)
    assert two.indexes == [0, 1]


def test_lexrank_nan_falls_back_to_lead_order():
    doc = document(["Apples grow on trees.", "Quarterly bond yields dropped sharply."])
    ranking = rank(doc, "lex-rank")
    assert [p.index for p in ranking] == [0, 1]
    assert all(math.isfinite(p.score) for p in ranking)


def test_ratio_and_words_rules():
    doc = story_document()
    n = len(doc.sentences)
    assert len(summary_of(doc, ratio=0.3).picks) == round(n * 0.3)
    assert len(summary_of(doc, ratio=0.01).picks) == 1
    lengths = [len(s.text.split()) for s in doc.sentences]
    picked = summary_of(doc, words=30).indexes
    total = sum(lengths[i] for i in picked)
    assert abs(total - 30) <= max(lengths)
    assert len(summary_of(doc, words=1).picks) == 1


def test_default_is_deterministic_and_lead_biased_for_short_summaries():
    doc = story_document()
    first = summary_of(doc, "default", sentences=3)
    again = summary_of(story_document(), "default", sentences=3)
    assert first.indexes == again.indexes
    assert 0 in first.indexes
    assert 4 not in first.indexes  # the caption line


def test_default_explains_and_demotes_weak_sentences():
    ranking = {p.index: p for p in rank(story_document(), "default")}
    assert any(r.startswith("fragment") for r in ranking[4].reasons)
    assert any(r.startswith("position") for r in ranking[0].reasons)


def test_random_is_seeded():
    doc = story_document()
    picks = {tuple(summary_of(doc, "random", sentences=3).indexes) for _ in range(3)}
    assert len(picks) == 1


def test_unknown_method_lists_choices():
    with pytest.raises(InputError, match="lex-rank"):
        summary_of(story_document(), "bogus")


def test_slow_methods_refuse_huge_input():
    doc = document([f"Sentence number {i} talks about topic {i % 7}." for i in range(250)])
    with pytest.raises(InputError, match="default"):
        rank(doc, "kl")


def test_unsupported_language_is_refused_and_supported_ones_work():
    with pytest.raises(InputError, match="language"):
        summary_of(document(["Un. Deux."], language="xx"), "default")
    german = document(
        ["Der Rat hat den Plan gebilligt.", "Die Kosten steigen.", "Der Plan kommt 2026."],
        language="de",
    )
    for method in ("default", "lex-rank", "luhn"):
        assert len(summary_of(german, method, sentences=2).picks) == 2


def test_directed_overlap_matches_pairwise_sums():
    stems = [["a", "b"], ["b", "c", "c"], ["a", "c"], ["d"]]
    forward, backward = directed_overlap(stems)

    def overlap(x, y):
        return sum(x.count(w) * y.count(w) for w in set(x))

    for i, s in enumerate(stems):
        assert forward[i] == pytest.approx(sum(overlap(s, t) for t in stems[i + 1 :]))
        assert backward[i] == pytest.approx(sum(overlap(s, t) for t in stems[:i]))


def test_public_summarize_returns_sentences_in_order():
    out = summarize(STORY, sentences=2)
    assert len(out) == 2 and all(s in STORY for s in out)
    assert STORY.index(out[0]) < STORY.index(out[1])


def test_cli_explain_lists_every_sentence(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(cli, ["summarize", str(path), "-n", "2", "--explain"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert sum(line.startswith("*") for line in lines) == 2
    assert any("position" in line for line in lines)
    bad = runner.invoke(cli, ["summarize", str(path), "--method", "nope"])
    assert bad.exit_code != 0 and "choose from" in bad.output


@pytest.mark.parametrize("method", ["default", "lead", "luhn", "lex-rank"])
def test_words_rule_applies_to_every_method(method):
    doc = story_document()
    picked = summary_of(doc, method, words=40).indexes
    assert 1 <= len(picked) < len(doc.sentences)
    assert picked == sorted(set(picked))


def test_run_on_captions_are_flagged_but_ordinary_sentences_are_not():
    assert is_run_on("Rescuers search the river bank The search for the boy went on all night.")
    assert is_run_on("Fans wait at the gate He said the match would go ahead.")
    assert not is_run_on("He told The Times that the plan would go ahead.")  # a title, not a run-on
    assert not is_run_on("The council said it would publish the costs.")
    assert not is_run_on("I think I can make it to the final.")


def test_cosine_centrality_matches_pairwise_sums():
    stems = [["a", "b"], ["b", "c", "c"], ["a", "c"], ["d"], []]

    def cosine(x, y):
        dot = sum(x.count(w) * y.count(w) for w in set(x))
        norm_x = math.sqrt(sum(x.count(w) ** 2 for w in set(x)))
        norm_y = math.sqrt(sum(y.count(w) ** 2 for w in set(y)))
        size = norm_x * norm_y
        return dot / size if size else 0.0

    centrality = cosine_centrality(stems)
    for i, s in enumerate(stems):
        expected = sum(cosine(s, t) for j, t in enumerate(stems) if j != i)
        assert centrality[i] == pytest.approx(expected)




POOL = [
    "The water board raised prices by 6 percent on Tuesday, the first rise in three years.",
    "Households will pay about 40 pounds more a year, the board said.",
    "\"We had no choice,\" said Mara Quill, the board's finance director.",
    "The board blamed the cost of repairing old pipes under the city centre.",
    "Opposition councillors called the rise unfair to pensioners.",
    "Photo: City Desk.",
    "A consultation on the new prices closes next month.",
    "Pipe repairs cost the board 12 million pounds last year.",
    "Some residents said their bills had already doubled since 2020.",
    "The board will review the prices again in the spring.",
    "Meanwhile, the river festival drew record crowds on Sunday.",
    "Prices for businesses will rise by 4 percent.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=12, unique=True),
       st.sampled_from(["", "Water prices rise", "River festival"]))
def test_default_selection_is_nested_and_holds_the_bottom_line(texts, title):
    doc = document(texts, title=title)
    previous: set[int] = set()
    for count in range(1, len(texts) + 1):
        summary = summary_of(doc, sentences=count)
        chosen = set(summary.indexes)
        assert previous <= chosen and len(chosen) == count
        assert summary.top_sentence == summary.ranking[0].index and summary.top_sentence in chosen
        previous = chosen
    ratios = [set(summary_of(doc, ratio=r).indexes) for r in (0.2, 0.3, 0.4, 0.5, 1.0)]
    assert all(a <= b for a, b in zip(ratios, ratios[1:], strict=False))
    by_words = [set(summary_of(doc, words=w).indexes) for w in (10, 30, 60, 120)]
    assert all(a <= b for a, b in zip(by_words, by_words[1:], strict=False))


def test_scores_change_smoothly_with_length():
    # The weights are smooth in the share kept: no jump between neighbouring shares.
    from briefing.summarizers import model

    prepared = model.prepare(story_document())
    weights = model.default_weights()
    shares = [s / 1000 for s in range(20, 1001)]
    for index in range(len(prepared.signals)):
        totals = [sum(model.contributions(prepared, weights, index, s).values()) for s in shares]
        steps = [abs(b - a) for a, b in zip(totals, totals[1:], strict=False)]
        assert max(steps) <= 0.05 * (1 + max(abs(t) for t in totals))


def test_explain_shows_each_signal_share():
    ranking = rank(story_document(), "default")
    for pick in ranking:
        shares = [int(r.rsplit("(", 1)[1].rstrip("%)")) for r in pick.reasons if "(" in r]
        assert shares and abs(sum(shares) - 100) <= len(shares)  # rounding only


def test_length_is_checked_once_with_one_message():
    from briefing.summarizers import Length

    for bad in ({"sentences": 0}, {"ratio": 1.5}, {"words": -3}, {"sentences": 2, "ratio": 0.5}):
        with pytest.raises(InputError):
            Length(**bad)
    assert Length(ratio=0.25).count(10) == 2 and Length(sentences=9).count(4) == 4
    with pytest.raises(InputError, match="choose from"):
        SummaryOptions.of("nope")


def test_method_table_drives_help_limits_and_readme():
    from pathlib import Path

    from briefing.summarizers.methods import help_text

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for method in METHOD_TABLE:
        assert method.name in help_text()
        assert f"`{method.name}`" in readme
        assert method.description
    limited = [m for m in METHOD_TABLE if m.limit]
    doc = document([f"Item {i} of the list is about topic {i % 5}." for i in range(1001)])
    for method in limited:
        if method.limit < 1001:
            with pytest.raises(InputError, match="too slow"):
                rank(doc, method.name)


@pytest.mark.parametrize("method", ["summa", "lexrank"])
def test_evaluation_peers_rank_every_sentence(method):
    pytest.importorskip(method)
    doc = story_document()
    ranking = rank(doc, method)
    assert sorted(p.index for p in ranking) == list(range(len(doc.sentences)))
    assert summary_of(doc, method, sentences=3).indexes == sorted(
        p.index for p in ranking[:3])


def test_long_input_takes_the_linear_memory_path_and_still_ranks_everything():
    from briefing.summarizers.signals import DENSE_PAIRS_LIMIT

    texts = [f"Report {i} says the {POOL[i % len(POOL)].split()[1]} plan changed in ward {i % 9}."
             for i in range(DENSE_PAIRS_LIMIT + 50)]
    doc = document(texts, title="Ward plan report")
    ranking = rank(doc, "default")
    assert sorted(p.index for p in ranking) == list(range(len(texts)))
    ten, twenty = (set(summary_of(doc, sentences=k).indexes) for k in (10, 20))
    assert ten < twenty


OPENING = [
    "Storm hits coast.",
    "A storm with winds of 90 miles an hour closed schools, ports and two bridges along the "
    "north coast on Friday, and 30,000 homes lost power.",
    "Forecasters said the storm would ease by Saturday night.",
    "Crews worked through the night to restore power to the coast.",
    "The ports will reopen on Sunday, the harbour board said.",
    "Schools will stay closed until Monday.",
]


def test_first_pick_can_be_a_fuller_opening_sentence_and_selection_stays_nested():
    from briefing.summarizers import model

    doc = document(OPENING, title="Storm closes coast")
    prepared = model.prepare(doc)
    weights = model.load_weights()
    greedy = model.rank_order(prepared, {k: v for k, v in weights.items() if k != "first_pick"})
    assert greedy[0] == 0  # the position prior ranks the short opening line first
    terms = dict.fromkeys(model.FIRST_PICK_FEATURES, 0.0) | {"log_words": 10.0}
    weights["first_pick"] = {"near": 1.0, "far": 100.0, "terms": terms}
    order = model.rank_order(prepared, weights)
    assert order[0] == 1 and sorted(order) == list(range(len(OPENING)))
    assert order[1:] == [i for i in greedy if i != 1]  # the rest keeps the greedy order
    weights["first_pick"]["near"] = 100.0  # a move must gain more than it can
    assert model.rank_order(prepared, weights) == greedy
    # A ratio asks for a condensed article: the greedy order stands.
    weights["first_pick"]["near"] = 1.0
    assert model.rank_order(prepared, weights, condensed=True) == model.rank_order(
        prepared, {k: v for k, v in weights.items() if k != "first_pick"}, condensed=True)


def test_shipped_first_pick_keeps_the_bottom_line_in_every_summary():
    doc = document(OPENING, title="Storm closes coast")
    one = summary_of(doc, sentences=1)
    assert one.indexes == [one.ranking[0].index]
    for count in range(2, len(OPENING) + 1):
        assert set(one.indexes) <= set(summary_of(doc, sentences=count).indexes)
    moved = [p for p in one.ranking if p.reasons and p.reasons[0].startswith("first:")]
    assert all(p is one.ranking[0] for p in moved)


def test_a_sentence_opening_with_a_pronoun_waits_for_the_one_before_it():
    from briefing.summarizers import model

    texts = [
        "The council approved a new flood barrier for the river district on Monday.",
        "Engineers will start building the river barrier in the spring, the council said.",
        "Residents of the river district asked for the barrier after floods in 2019.",
        "The river barrier will cost 40 million pounds and protect 12,000 homes.",
        "It will cost the river district 40 million pounds, the council said on Monday.",
        "Mara Quill, who chairs the council, said the river barrier was overdue.",
    ]
    prepared = model.prepare(document(texts, title="River barrier approved"))
    dangling = prepared.signals[:, model.DANGLING]
    assert dangling.tolist() == [0, 0, 0, 0, 1, 0]
    weights = model.load_weights()
    assert weights["terms"]["dangling"]["base"] < 0
    plain = json_copy(weights)
    plain["terms"]["dangling"]["base"] = 0.0
    shipped, unpenalised = model.rank_order(prepared, weights), model.rank_order(prepared, plain)
    assert shipped.index(4) >= unpenalised.index(4)
    # Right after its antecedent (the top sentence) the penalty is waived at once, so the
    # ranking is the one without the penalty.
    after = model.prepare(document([texts[0], texts[4], *texts[1:4], texts[5]],
                                   title="River barrier approved"))
    assert after.signals[:, model.DANGLING].tolist() == [0, 1, 0, 0, 0, 0]
    strong = json_copy(weights)
    strong["terms"]["dangling"]["base"] = -5.0  # without the waiver it would sink
    assert model.rank_order(after, strong)[:2] == [0, 1]
    assert model.rank_order(after, strong) == model.rank_order(after, plain)
    # The bottom line never moves to a sentence that opens with a pronoun.
    assert 4 not in model.first_pick_candidates(prepared, 0)


def json_copy(value):
    import json

    return json.loads(json.dumps(value))
