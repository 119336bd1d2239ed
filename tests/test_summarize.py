"""Summarizers: every method, the length rules, short texts, explain output."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from briefing import summarize
from briefing.cli import cli
from briefing.errors import InputError
from briefing.models import Article, Document, Sentence
from briefing.summarizers import METHODS, rank, summarize_document
from briefing.summarizers.ranker import (
    COVERAGE_WEIGHTS,
    cosine_centrality,
    cosine_similarities,
    directed_overlap,
    is_run_on,
    rank_sentences,
)

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
        summary = summarize_document(doc, method, sentences=count)
        assert len(summary.indexes) == count
        assert summary.indexes == sorted(set(summary.indexes))
        assert sorted(p.index for p in summary.ranking) == list(range(len(doc.sentences)))
        assert all(math.isfinite(p.score) and p.reasons for p in summary.ranking)


@pytest.mark.parametrize("method", METHODS)
def test_short_texts_never_fail(method):
    for texts in (["Only one sentence here."], ["no punctuation at all in this line"]):
        summary = summarize_document(document(texts), method, sentences=3)
        assert summary.indexes == [0]
    two = summarize_document(document(["Cats sleep.", "Stocks fell."]), method, sentences=5)
    assert two.indexes == [0, 1]


def test_lexrank_nan_falls_back_to_lead_order():
    doc = document(["Apples grow on trees.", "Quarterly bond yields dropped sharply."])
    ranking = rank(doc, "lex-rank")
    assert [p.index for p in ranking] == [0, 1]
    assert all(math.isfinite(p.score) for p in ranking)


def test_ratio_and_words_rules():
    doc = story_document()
    n = len(doc.sentences)
    assert len(summarize_document(doc, ratio=0.3).picks) == round(n * 0.3)
    assert len(summarize_document(doc, ratio=0.01).picks) == 1
    lengths = [len(s.text.split()) for s in doc.sentences]
    picked = summarize_document(doc, words=30).indexes
    total = sum(lengths[i] for i in picked)
    assert abs(total - 30) <= max(lengths)
    assert len(summarize_document(doc, words=1).picks) == 1


def test_default_is_deterministic_and_lead_biased_for_short_summaries():
    doc = story_document()
    first = summarize_document(doc, "default", sentences=3)
    again = summarize_document(story_document(), "default", sentences=3)
    assert first.indexes == again.indexes
    assert 0 in first.indexes
    assert 4 not in first.indexes  # the caption line


def test_default_explains_and_demotes_weak_sentences():
    ranking = {p.index: p for p in rank(story_document(), "default")}
    assert any(r.startswith("fragment") for r in ranking[4].reasons)
    assert any(r.startswith("position") for r in ranking[0].reasons)


def test_random_is_seeded():
    doc = story_document()
    picks = {tuple(summarize_document(doc, "random", sentences=3).indexes) for _ in range(3)}
    assert len(picks) == 1


def test_unknown_method_lists_choices():
    with pytest.raises(InputError, match="lex-rank"):
        summarize_document(story_document(), "bogus")


def test_slow_methods_refuse_huge_input():
    doc = document([f"Sentence number {i} talks about topic {i % 7}." for i in range(250)])
    with pytest.raises(InputError, match="default"):
        rank(doc, "kl")


def test_unsupported_language_is_refused_and_supported_ones_work():
    with pytest.raises(InputError, match="language"):
        summarize_document(document(["Un. Deux."], language="xx"), "default")
    german = document(
        ["Der Rat hat den Plan gebilligt.", "Die Kosten steigen.", "Der Plan kommt 2026."],
        language="de",
    )
    for method in ("default", "lex-rank", "luhn"):
        assert len(summarize_document(german, method, sentences=2).picks) == 2


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


def test_default_switches_from_lead_to_coverage_for_long_summaries():
    doc = story_document()
    short = {p.index: p for p in summarize_document(doc, sentences=2).ranking}
    long = {p.index: p for p in summarize_document(doc, ratio=0.6).ranking}
    assert any(r.startswith("position") for r in short[0].reasons)
    assert not any(r.startswith("position") for p in long.values() for r in p.reasons)
    assert any(r.startswith("centrality") for p in long.values() for r in p.reasons)


@pytest.mark.parametrize("method", ["default", "lead", "luhn", "lex-rank"])
def test_words_rule_applies_to_every_method(method):
    doc = story_document()
    picked = summarize_document(doc, method, words=40).indexes
    assert 1 <= len(picked) < len(doc.sentences)
    assert picked == sorted(set(picked))


def test_run_on_captions_are_flagged_but_ordinary_sentences_are_not():
    assert is_run_on("Rescuers search the river bank The search for the boy went on all night.")
    assert is_run_on("Fans wait at the gate He said the match would go ahead.")
    assert not is_run_on("He told The Times that the plan would go ahead.")  # a title, not a run-on
    assert not is_run_on("The council said it would publish the costs.")
    assert not is_run_on("I think I can make it to the final.")


def test_long_summaries_skip_a_run_on_caption_that_repeats_the_story():
    texts = [
        "The council approved a flood barrier for the river district on Monday.",
        "The barrier will protect about 12,000 homes from winter floods.",
        "Residents said the river district had flooded twice in five years.",
        "Council leaders approved the flood barrier for the river district on Monday "
        "The barrier for the river district will protect homes from the river floods "
        "after the river district flooded twice.",
        "Work on the barrier starts in spring.",
    ]
    ranking = rank(document(texts), "default", share=0.6)
    caption = next(p for p in ranking if p.index == 3)
    assert any(r.startswith("run-on caption") for r in caption.reasons)
    assert [p.index for p in ranking][:3].count(3) == 0


def test_lead_sentence_is_the_best_one_sentence_summary():
    # Later sentences all talk about ferries, so coverage ranking puts one of them first;
    # the one-line summary (a brief's bottom line) must still be the story's lead.
    doc = document(
        [
            "A storm closed the port of Dunmore on Monday, stranding travellers.",
            "Ferry passengers waited for hours at the ferry terminal for the ferry timetable.",
            "The ferry company said ferry passengers would get refunds for ferry crossings.",
            "Some ferry passengers slept in the terminal while the ferry crews waited.",
            "Ferry crossings should resume when the wind drops, the ferry company said.",
            "Local hotels offered rooms to stranded ferry passengers.",
        ],
        title="Storm closes Dunmore port",
    )
    one_line = summarize_document(doc, sentences=1).picks[0].index
    long = summarize_document(doc, sentences=5)
    assert long.ranking[0].index != one_line  # the case this guards against
    for length in range(1, len(doc.sentences) + 1):
        assert summarize_document(doc, sentences=length).lead_sentence == one_line


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
    similarity = cosine_similarities(stems)
    assert similarity.max() == pytest.approx(1.0) and similarity[3].sum() == 0


def test_novelty_term_moves_a_near_copy_down_the_ranking():
    texts = [
        "The city council voted on Tuesday to build a new bridge over the river.",
        "The city council voted on Tuesday to build the new bridge over the river.",
        "The bridge over the river will cost the city 40 million pounds.",
        "Opponents on the council said the old bridge could be repaired instead.",
    ]
    doc = document(texts)
    plain = [p.index for p in rank_sentences(doc, weights=replace(COVERAGE_WEIGHTS, novelty=0))]
    assert set(plain[:2]) == {0, 1}  # without the term the copy comes right after its twin
    ranking = rank_sentences(doc, weights=replace(COVERAGE_WEIGHTS, novelty=1.0))
    assert {ranking[0].index, ranking[-1].index} == {0, 1}
    assert any(r.startswith("redundancy") for r in ranking[-1].reasons)
    assert rank(doc, "default", share=0.5)[0].index in (0, 1)
