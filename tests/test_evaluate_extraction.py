"""briefing evaluate-extraction on a tiny corpus written for the test."""

import gzip
import json

from click.testing import CliRunner

from briefing.cli import cli
from briefing.ingest.evaluate import has_furniture, scores_of, shingle_counts

BODY = ("The county will close the old quarry road for eight weeks from Monday while crews "
        "rebuild the bridge over the river, officials said. Drivers will be sent through the "
        "village instead, adding about ten minutes to the trip.")


def write_corpus(root) -> None:
    (root / "html").mkdir(parents=True)
    page = ("<html><head><title>Quarry road to close | Valley Courier</title>"
            '<meta property="og:site_name" content="Valley Courier"></head><body>'
            "<nav>Home News Sport</nav><article><h1>Quarry road to close</h1>"
            + "".join(f"<p>{s}.</p>" for s in BODY.rstrip(".").split(". "))
            + "</article><footer>Contact us</footer></body></html>")
    for page_id in ("a0", "b1"):
        with gzip.open(root / "html" / f"{page_id}.html.gz", "wt", encoding="utf-8") as out:
            out.write(page)
    truth = {i: {"articleBody": BODY, "url": f"https://valleycourier.example/{i}"}
             for i in ("a0", "b1")}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_scores_and_title_furniture_on_a_small_corpus(tmp_path) -> None:
    write_corpus(tmp_path)
    result = CliRunner().invoke(cli, ["evaluate-extraction", "--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["half"]: row for row in json.loads(result.output)}
    assert set(rows) == {"a", "b", "all"}
    assert rows["all"]["pages"] == 2
    assert rows["all"]["ours"]["f1"] > 0.9
    assert rows["all"]["titles_with_furniture"] == 0


def test_a_missing_corpus_is_a_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["evaluate-extraction", "--corpus", str(tmp_path / "no")])
    assert result.exit_code != 0
    assert result.output.startswith("error: ") and result.output.count("\n") == 1


def test_the_metric_counts_missing_and_extra_text() -> None:
    perfect = shingle_counts(BODY, BODY)
    assert scores_of([perfect]) == (1.0, 1.0, 1.0)
    half = BODY[: len(BODY) // 2]
    precision, recall, _ = scores_of([shingle_counts(BODY, half)])
    assert precision == 1.0 and recall < 0.6
    precision, recall, _ = scores_of([shingle_counts(half, BODY)])
    assert recall == 1.0 and precision < 0.6


def test_furniture_is_a_part_or_site_name_the_h1_lacks() -> None:
    assert has_furniture("Quarry road to close | Valley Courier", "Quarry road to close", "")
    assert has_furniture("Quarry road to close - Valley Courier", "", "Valley Courier")
    assert not has_furniture("Quarry road to close", "Quarry road to close", "Valley Courier")
