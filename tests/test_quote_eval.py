"""evaluate-quotes on a corpus that names article files (the BBC gold's shape)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.errors import InputError
from briefing.facts.quote_eval import evaluate, figures, load_gold

FILES = Path(__file__).parent / "fixtures" / "quote_files"


def test_offsets_into_the_raw_file_land_on_the_text_the_pipeline_reads():
    (doc, golds), = load_gold(FILES / "gold.jsonl", FILES)
    raw = (FILES / "news" / "001.txt").read_text(encoding="utf-8")
    assert not doc.article.text.startswith("Harbour bridge")  # the headline line is not body
    row = json.loads((FILES / "gold.jsonl").read_text(encoding="utf-8"))
    for gold, line in zip(golds, row["quotes"], strict=True):
        assert doc.article.text[gold.start : gold.end] == raw[line["start"] : line["end"]]
    assert [g.kind for g in golds] == ["name", "nominal", "name"]


def test_file_corpus_is_scored_with_the_polnear_metrics():
    tally, mistakes = evaluate(load_gold(FILES / "gold.jsonl", FILES), None)
    scores = figures(tally)
    assert scores["detection P"] == scores["detection R"] == 100.0
    assert tally.kinds[("name", "right")] == 2
    assert all(m["kind"] != "not-a-quote" for m in mistakes)


def test_cli_reads_articles_from_the_given_folder_and_fails_cleanly_without_it(tmp_path):
    runner = CliRunner()
    args = ["evaluate-quotes", "--corpus", str(FILES / "gold.jsonl"), "--split", "even"]
    result = runner.invoke(cli, [*args, "--articles", str(FILES), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["even"]["detection R 4+ words"] == 100.0
    missing = runner.invoke(cli, [*args, "--articles", str(tmp_path)])
    assert missing.exit_code != 0
    assert "article missing" in missing.output
    with pytest.raises(InputError):
        load_gold(FILES / "gold.jsonl", tmp_path)


def test_a_curly_apostrophe_in_a_name_matches_a_straight_one():
    from briefing.facts.quote_eval import GoldQuote, speaker_right

    gold = GoldQuote(0, 10, 5, "pronoun", "he", ["Dinesh D'Souza", "D'Souza"])
    assert speaker_right("Dinesh D’Souza", gold)
    assert not speaker_right("Glenn Beck", gold)


def test_a_gold_quote_we_give_nobody_is_listed_as_an_abstention():
    from briefing.facts.quote_eval import GoldQuote, score_article
    from briefing.models import Article
    from briefing.segment import segment

    doc = segment(Article(paragraphs=[
        "Rain closed the coast road again on Monday night.",
        '"We have never seen the river this high in forty years of records."',
    ], source="flood.txt"))
    start = doc.article.text.index("We have")
    gold = GoldQuote(start, start + 66, 13, "name", "Ivy Marsh", ["Ivy Marsh"])
    tally, mistakes = score_article(doc, [gold], None)
    assert tally.abstained == 1
    assert [(m["kind"], m["article"]) for m in mistakes] == [("abstained", "flood.txt")]


def test_a_binary_corpus_is_a_one_line_error(tmp_path):
    corpus = tmp_path / "gold.jsonl"
    corpus.write_bytes(b"\xff\xc4\x00\x91 not text")
    with pytest.raises(InputError, match="not UTF-8"):
        load_gold(corpus)
    result = CliRunner().invoke(cli, ["evaluate-quotes", "--corpus", str(corpus)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
