import json
import subprocess
import sys

import pytest
from test_facts_article import PARAGRAPHS

from briefing.cli import cli


def write_article(tmp_path):
    path = tmp_path / "border.txt"
    path.write_text(
        "Border crossings to reopen\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8"
    )
    return path


def test_facts_json(runner, tmp_path):
    result = runner.invoke(cli, ["facts", str(write_article(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"figures", "dates", "people", "places", "organizations", "quotes"}
    people = {p["name"]: p for p in data["people"]}
    assert people["Anna Kowalczyk"]["role"] == "Polish Foreign Minister"
    assert people["Anna Kowalczyk"]["mentions"] >= 4
    assert {"Poland", "Belarus", "Warsaw", "Vilnius"} <= {p["name"] for p in data["places"]}
    assert {"Reuters", "NATO"} <= {o["name"] for o in data["organizations"]}
    assert any(d["text"] == "since 2019" and d["kind"] == "since" for d in data["dates"])
    speakers = [q["speaker"] for q in data["quotes"]]
    assert speakers.count("Peter Lindqvist") == 3 and speakers.count("Anna Kowalczyk") == 3
    assert set(data["quotes"][0]) == {
        "text", "speaker", "cue", "sentence", "confidence", "evidence", "speaker_kind",
        "start", "end", "speaker_text",
    }
    assert all(0 <= q["confidence"] <= 1 and q["evidence"] for q in data["quotes"])


def test_facts_text(runner, tmp_path):
    result = runner.invoke(cli, ["facts", str(write_article(tmp_path)), "--format", "text"])
    assert result.exit_code == 0, result.output
    for section in ("Figures:", "Dates:", "People:", "Places:", "Organisations:", "Quotes:"):
        assert section in result.output
    assert "Tomas Ramanauskas — Lithuanian President" in result.output
    assert "(list:cities, 0." in result.output


def test_facts_on_the_seed_article(runner, shared):
    seed = shared / "corpora" / "seed" / "cgtn-belarus-pasted.txt"
    result = runner.invoke(cli, ["facts", str(seed), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    roles = {p["name"]: p["role"] for p in data["people"]}
    assert roles["Alexander Lukashenko"] == "President"
    assert roles["Liam Collins"] == "retired U.S. Special Forces Colonel"
    assert "Vladimir Putin" in roles
    places = {p["name"] for p in data["places"]}
    assert {"Belarus", "Russia", "Ukraine", "Crimea", "Kyiv", "St Petersburg"} <= places
    assert any(d["text"] == "since 1994" for d in data["dates"])
    speakers = [q["speaker"] for q in data["quotes"]]
    assert speakers.count("Alexander Lukashenko") == 4 and speakers.count("Liam Collins") == 3
    assert "01:22" not in json.dumps(data)


def test_facts_reads_a_phrase_on_stdin_as_extract_facts_does(runner):
    import briefing

    result = runner.invoke(cli, ["facts", "-", "--format", "json"], input="$20\n")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    assert [(f["value"], f["unit"]) for f in figures] == [(20, "USD")]
    api = briefing.extract_facts("$20").figures
    assert [(f.value, f.unit) for f in api] == [(20, "USD")]


def test_facts_reads_a_phrase_in_a_text_file(runner, tmp_path):
    path = tmp_path / "phrase.txt"
    path.write_text("75ml\n", encoding="utf-8")
    result = runner.invoke(cli, ["facts", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [f["unit"] for f in json.loads(result.output)["figures"]] == ["ml"]


@pytest.mark.parametrize("data", [b"", b"  \n", b"\x00\x01\x02binary\x00"])
def test_facts_refuses_empty_or_binary_stdin_in_one_line(data):
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "facts", "-"], input=data, capture_output=True
    )
    assert proc.returncode != 0
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("error:")
