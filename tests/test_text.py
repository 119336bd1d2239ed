"""The shared small helpers: one-line values, one-line errors, safe links, input suffixes."""

from __future__ import annotations

import pytest

from briefing.batch import jobs_from
from briefing.formats import INPUT_KINDS, input_kind
from briefing.text import first_line, one_line, safe_link


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/story.html",
        "http://example.org/a?b=1&c=2#top",
        "HTTPS://EXAMPLE.ORG/",
        "  https://example.org/padded  ",
    ],
)
def test_safe_link_keeps_http_links(url):
    assert safe_link(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "//example.org/protocol-relative",
        "/relative/path",
        "https://",  # no host
        "https:///path-only",
        "https://example.org/a b",  # a space inside
        "https://example.org/\tx",
        "https://example.org/\njavascript:alert(1)",
        "https://example.org/\x00",
        "https://example.org/\x85x",
        "http://[::1",  # not parseable
        "",
        None,
    ],
)
def test_safe_link_refuses_everything_else(url):
    assert safe_link(url) == ""


def test_one_line_folds_breaks_and_control_characters():
    folded = one_line("  Harbour\nworkers \t walk\r\nout\u2028now\x00!  ")
    assert folded == "Harbour workers walk out now !"
    assert one_line("\x1b[31mred\x7f") == "[31mred"
    assert one_line(None) == "" and one_line("") == ""
    assert one_line("already one line") == "already one line"


def test_first_line_of_an_error():
    assert first_line(ValueError("bad input\nTraceback details")) == "bad input"
    assert first_line(ValueError("\n  second line is the first with text\n")) == (
        "second line is the first with text"
    )
    assert first_line(ValueError("")) == "ValueError"
    assert first_line("", "failed") == "failed"


def test_one_table_of_input_suffixes():
    assert {INPUT_KINDS[s] for s in (".html", ".htm", ".xhtml", ".shtml")} == {"html"}
    assert {INPUT_KINDS[s] for s in (".md", ".markdown", ".mdown", ".mkd")} == {"md"}
    assert input_kind("notes/A.TXT") == "text"
    assert input_kind("picture.png") == "" and input_kind("README") == ""


def test_a_folder_batch_reads_every_input_suffix(tmp_path):
    for name in ("a.txt", "b.xhtml", "c.markdown", "d.htm", "skip.png", ".hidden.md"):
        (tmp_path / name).write_text("Some words here for the test.", encoding="utf-8")
    kinds = {job.id: job.kind for job in jobs_from(tmp_path)}
    assert kinds == {"a": "text", "b": "html", "c": "md", "d": "html"}
