"""`briefing evaluate` on tiny corpora written here, in both shared layouts."""

from __future__ import annotations

import json

import pytest

from briefing.cli import cli
from briefing.evaluate import document_for, load_corpus, split_glued_sentences, split_reference

ARTICLES = [
    (
        "Harbour bridge reopens",
        [
            "The harbour bridge reopened on Friday after two years of repairs.",
            "Engineers replaced every cable and the road surface.",
            "Traffic had used a ferry service during the closure.",
            "The repairs cost the port authority 18 million dollars.",
            "Local shops said trade would now recover.",
        ],
    ),
    (
        "School meals price rise",
        [
            "School meals will cost 20 cents more from September.",
            "The education board blamed higher food prices.",
            "Parents groups asked for help for low-income families.",
            "The board said grants would cover the poorest pupils.",
        ],
    ),
]


def write_bbc_layout(root):
    for number, (title, sentences) in enumerate(ARTICLES, 1):
        article = root / "articles" / "business" / f"{number:03d}.txt"
        summary = root / "summaries" / "business" / f"{number:03d}.txt"
        article.parent.mkdir(parents=True, exist_ok=True)
        summary.parent.mkdir(parents=True, exist_ok=True)
        body = " ".join(sentences)
        article.write_bytes(f"{title}\n\n{body}\n".encode("latin-1"))
        summary.write_text("".join(sentences[i] for i in (0, 3)), encoding="utf-8")


def write_pairs(path):
    with path.open("w", encoding="utf-8") as out:
        for title, sentences in ARTICLES:
            reference = " . ".join(s.rstrip(".").lower() for s in sentences[:2]) + " ."
            record = {"id": title, "article": " ".join(sentences), "reference": reference}
            out.write(json.dumps(record))
            out.write("\n")


def test_split_helpers():
    assert split_glued_sentences("It rained.The match was off.Fans said \"no\".Then") == [
        "It rained.",
        "The match was off.",
        'Fans said "no".',
        "Then",
    ]
    assert split_glued_sentences("Prices rose 2.5% in the U.S. market.") == [
        "Prices rose 2.5% in the U.S. market."
    ]
    assert split_reference("a b . c d .\ne f") == ["a b .", "c d .", "e f"]


def test_loads_both_layouts(tmp_path):
    write_bbc_layout(tmp_path / "bbc")
    write_pairs(tmp_path / "pairs.jsonl")
    bbc = load_corpus(tmp_path / "bbc")
    assert [i.title for i in bbc] == [a[0] for a in ARTICLES]
    assert len(bbc[0].reference) == 2
    pairs = load_corpus(tmp_path / "pairs.jsonl", limit=1)
    assert len(pairs) == 1 and len(pairs[0].reference) == 2


def test_evaluate_command_json_and_markdown(runner, tmp_path):
    write_bbc_layout(tmp_path / "bbc")
    result = runner.invoke(
        cli,
        [
            "evaluate", "--corpus", str(tmp_path / "bbc"), "--methods", "default,lead,lex-rank",
            "--ratio", "0.4", "--format", "json", "--workers", "1",
        ],
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["scores"]
    assert set(scores) == {"default", "lead", "lex-rank", "oracle"}
    assert scores["oracle"]["rouge1"] >= max(s["rouge1"] for s in scores.values())
    assert 0 < scores["lead"]["rouge2"] <= 100
    write_pairs(tmp_path / "pairs.jsonl")
    md = runner.invoke(
        cli, ["evaluate", "--corpus", str(tmp_path / "pairs.jsonl"), "-n", "2", "--methods", "lead"]
    )
    assert md.exit_code == 0, md.output
    assert "| lead |" in md.output and "| oracle |" in md.output


def test_evaluate_rejects_bad_input(runner, tmp_path):
    missing = runner.invoke(cli, ["evaluate", "--corpus", str(tmp_path / "nope")])
    assert missing.exit_code != 0 and "no such corpus" in missing.output
    write_pairs(tmp_path / "pairs.jsonl")
    unknown = runner.invoke(
        cli, ["evaluate", "--corpus", str(tmp_path / "pairs.jsonl"), "--methods", "magic"]
    )
    assert unknown.exit_code != 0 and "choose from" in unknown.output


def test_sweep_reports_every_length_and_the_comparison(runner, tmp_path):
    write_pairs(tmp_path / "pairs.jsonl")
    result = runner.invoke(cli, [
        "evaluate", "--corpus", str(tmp_path / "pairs.jsonl"), "--lengths", "1,2,3",
        "--methods", "default,lead,luhn", "--format", "json", "--workers", "1",
    ])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert list(body["lengths"]) == ["1 sentence", "2 sentences", "3 sentences"]
    for table in body["lengths"].values():
        assert set(table) == {"default", "lead", "luhn", "oracle"}
        assert table["oracle"]["rouge1"] >= table["lead"]["rouge1"]
    assert [row["length"] for row in body["compared"]] == list(body["lengths"])
    assert body["nested"] == {"articles": 2, "of": 2}
    write_bbc_layout(tmp_path / "bbc")
    md = runner.invoke(cli, [
        "evaluate", "--corpus", str(tmp_path / "bbc"), "--ratios", "0.2,0.5", "--part", "odd",
        "--methods", "default,lead", "--workers", "1",
    ])
    assert md.exit_code == 0, md.output
    assert "1 articles" in md.output and "ROUGE-1 by length" in md.output
    assert "| ratio 0.2 | ratio 0.5 | mean |" in md.output
    both = runner.invoke(cli, ["evaluate", "--corpus", str(tmp_path / "bbc"), "-n", "2",
                               "--ratios", "0.2"])
    assert both.exit_code != 0 and "only one of" in both.output
    bad = runner.invoke(cli, ["evaluate", "--corpus", str(tmp_path / "bbc"), "--ratios", "x"])
    assert bad.exit_code != 0 and "not a list of numbers" in bad.output


def test_paired_bootstrap_interval_holds_the_mean_difference():
    from briefing.evaluate import paired_bootstrap

    ours = [0.50, 0.42, 0.61, 0.38, 0.55, 0.47]
    theirs = [0.45, 0.40, 0.60, 0.30, 0.50, 0.49]
    mean, low, high = paired_bootstrap(ours, theirs)
    assert low <= mean <= high
    assert mean == pytest.approx(100 * (sum(ours) - sum(theirs)) / len(ours))
    same = paired_bootstrap(ours, ours)
    assert same == (0.0, 0.0, 0.0)


def test_a_bbc_lede_in_its_own_paragraph_stays_a_sentence(tmp_path):
    # BBC files put the lede, one sentence, in a paragraph of its own under the title:
    # the article is read as it is on disk, title first, so the lede is no headline.
    article = tmp_path / "articles" / "business" / "001.txt"
    summary = tmp_path / "summaries" / "business" / "001.txt"
    article.parent.mkdir(parents=True)
    summary.parent.mkdir(parents=True)
    article.write_text(
        "Harbour bridge reopens\n\n"
        "The harbour bridge reopened on Friday after two years of repairs costing millions.\n\n"
        "Engineers replaced every cable and the road surface. Traffic had used a ferry "
        "service during the closure, and local shops said trade would now recover.\n",
        encoding="utf-8")
    summary.write_text("The harbour bridge reopened on Friday after two years of repairs "
                       "costing millions.", encoding="utf-8")
    doc = document_for(load_corpus(tmp_path)[0])
    assert doc.article.title == "Harbour bridge reopens"
    assert doc.sentences[0].text.startswith("The harbour bridge reopened on Friday")
    assert len(doc.sentences) == 3
