"""Figures that disagree across the outlets of a merged story are flagged in the email,
through the CLI with a real HTTP site and SMTP server on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_digest_run import ARTICLES, Site, page_html, parts_of, rss, run
from test_digest_run import write_config as base_config

BRIDGE_TITLE, BRIDGE = ARTICLES["bridge"]


def two_outlets(gazette_paragraphs: list[str]) -> Site:
    """The bridge story in Eastport's feed, and the Gazette's own version of it."""
    server = Site()
    now = datetime.now(UTC)
    server.pages["/news/bridge.html"] = ("text/html", page_html(BRIDGE_TITLE, BRIDGE, "Eastport"))
    server.pages["/gazette/bridge.html"] = (
        "text/html", page_html(BRIDGE_TITLE, gazette_paragraphs, "Coast Gazette"))
    server.pages["/feed.xml"] = ("application/rss+xml", rss(
        [(BRIDGE_TITLE, f"{server.base}/news/bridge.html", now - timedelta(hours=2))]))
    return server


def send(runner, tmp_path, server: Site, mailbox) -> tuple[str, str]:
    result = run(runner, base_config(tmp_path, server, mailbox.port))
    assert result.exit_code == 0, result.output
    parts = parts_of(mailbox.messages[0])
    return parts["text/plain"], parts["text/html"]


def test_a_figure_the_outlets_disagree_on_is_flagged(runner, tmp_path, mailbox):
    gazette = [BRIDGE[0].replace("48 million", "52 million"), *BRIDGE[1:]]
    server = two_outlets(gazette)
    try:
        text, html = send(runner, tmp_path, server, mailbox)
    finally:
        server.close()
    assert text.count("Harbour bridge reopens") == 1  # still one merged story
    flagged = next(line for line in text.splitlines() if "Outlets disagree" in line)
    assert "48 million" in flagged and "52 million" in flagged
    assert "Coast Gazette" in flagged
    assert "312" not in flagged  # the cable count agrees, so it is not flagged
    assert 'class="conflict"' in html and "52 million" in html


def test_agreeing_outlets_are_not_flagged(runner, tmp_path, mailbox):
    server = two_outlets([*BRIDGE, "The Coast Gazette first reported the date last week."])
    try:
        text, html = send(runner, tmp_path, server, mailbox)
    finally:
        server.close()
    assert "Also reported by" in text
    assert "Outlets disagree" not in text and 'class="conflict"' not in html
