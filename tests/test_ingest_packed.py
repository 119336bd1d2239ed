"""Saved pages as they come off disk: gzip-compressed copies and undeclared UTF-8 bytes."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import ingest
from briefing.errors import InputError
from briefing.formats import input_kind
from briefing.ingest import sources

ROOT = Path(__file__).resolve().parents[1]

# No charset declaration: the bytes are UTF-8, with a curly apostrophe and an ellipsis.
PAGE = (
    "<html><head><title>Harbour\u2019s ferry returns\u2026 for the summer</title></head><body>"
    "<article><h1>Harbour\u2019s ferry returns\u2026 for the summer</h1>"
    "<p>The island ferry will run again from Saturday, the harbour board said on Tuesday, "
    "after a winter of repairs to its engines and the landing stage.</p>"
    "<p>Tickets will cost \u00a34 for adults and the first boat leaves at seven in the "
    "morning, the board said. Islanders had asked for an earlier crossing for years.</p>"
    "<p>The board's chair, Ruth Ellery, said the repairs came in under budget.</p>"
    "</article></body></html>"
).encode("utf-8")


def test_a_gzipped_page_reads_like_the_page(tmp_path):
    plain = tmp_path / "ferry.html"
    packed = tmp_path / "ferry.html.gz"
    plain.write_bytes(PAGE)
    packed.write_bytes(gzip.compress(PAGE))
    assert input_kind(packed) == "html"
    one, other = ingest.load(str(plain)), ingest.load(str(packed))
    assert (one.title, one.text) == (other.title, other.text)
    assert "ferry will run again" in other.text


def test_undeclared_utf8_title_is_not_read_as_latin1():
    article = ingest.from_bytes(PAGE, kind="html", source="ferry.html")
    assert article.title == "Harbour\u2019s ferry returns\u2026 for the summer"


def test_a_declared_charset_is_honoured():
    latin = PAGE.decode("utf-8").replace("\u2019", "'").replace("\u2026", "...")
    latin = latin.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    assert "\u00a34" in sources.decode_html(latin)


def test_damaged_gzip_is_one_line_error_and_nonzero_exit(tmp_path):
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(gzip.compress(PAGE)[:40])
    with pytest.raises(InputError, match="cut short|damaged"):
        ingest.load(str(cut))
    run = subprocess.run([sys.executable, "-m", "briefing", "brief", str(cut)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_a_gzip_that_unpacks_past_the_size_limit_is_refused():
    bomb = gzip.compress(b"<p>" + b"a" * 5000 + b"</p>")
    with pytest.raises(InputError, match="too large unpacked"):
        sources.gunzip_capped(bomb, 1000, "bomb.html.gz")


def test_batch_names_a_gzipped_page_without_its_suffixes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.html.gz").write_bytes(gzip.compress(PAGE))
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "briefing", "batch", str(folder), "--out",
                          str(out), "--format", "md"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert [p.name for p in out.iterdir() if p.suffix == ".md"] == ["ferry.md"]
