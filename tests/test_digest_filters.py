"""Watchlists, include/exclude filters and news-value ranking, end to end through the CLI
with a real HTTP site and a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import re

import pytest
from test_digest_run import (
    ARTICLES,
    Site,
    eastport_site,
    page_html,
    parts_of,
    run,
    write_config,
)

from briefing.digest.config import load_config
from briefing.errors import InputError


@pytest.fixture
def eastport():
    server = eastport_site()
    yield server
    server.close()


def sources_with(server: Site, filters: str, priority: str = "") -> str:
    return f"""
[[sources]]
feed = "{server.base}/feed.xml"
{priority}
[[sources]]
url = "{server.base}/gazette/bridge.html"
name = "Coast Gazette"

[filters]
{filters}
"""


def text_part(message) -> str:
    return parts_of(message)["text/plain"]


def test_exclude_and_watch_rules_shape_the_sent_digest(runner, tmp_path, eastport, mailbox,
                                                       caplog):
    filters = 'exclude = ["sourdough"]\nwatch = ["person:Okafor", "bees"]'
    config = write_config(tmp_path, eastport, mailbox.port, sources=sources_with(eastport, filters))
    result = run(runner, config, "-v")
    assert result.exit_code == 0, result.output
    text = text_part(mailbox.messages[0])
    assert "Bakery chain" not in text  # excluded by a word of its text
    assert "Harbour bridge reopens" in text and "wild bees" in text
    assert "On your watchlist: person:Okafor" in text
    assert "On your watchlist: bees" in text
    assert "excluded by 'sourdough'" in caplog.text  # the -v log says why


def test_include_rules_keep_only_matching_stories(runner, tmp_path, eastport, mailbox):
    config = write_config(tmp_path, eastport, mailbox.port,
                          sources=sources_with(eastport, 'include = ["role:chief executive"]'))
    result = run(runner, config)
    assert result.exit_code == 0, result.output
    text = text_part(mailbox.messages[0])
    assert "Bakery chain" in text
    assert "Harbour bridge" not in text and "wild bees" not in text


def test_dry_run_shows_why_each_story_ranks_where_it_does(runner, tmp_path, eastport, mailbox):
    config = write_config(tmp_path, eastport, mailbox.port,
                          sources=sources_with(eastport, 'watch = ["bees"]', "priority = 1"))
    result = run(runner, config, "--dry-run")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if re.match(r"\s*\d+\. \[", line)]
    reasons = [line for line in result.output.splitlines() if line.strip().startswith("why:")]
    assert len(reasons) == len(lines) == 3
    # The bridge story is carried by two outlets, so it leads; the watched story is next.
    assert "Harbour bridge" in lines[0] and "2 outlets" in reasons[0]
    assert "bees" in lines[1].lower() and "watch: bees" in reasons[1]
    assert "priority +1" in reasons[1]
    assert mailbox.messages == []


@pytest.mark.parametrize("filters, message", [
    ('include = "Belarus"', "must be a list of strings"),
    ('exclude = ["person:"]', "empty filter rule"),
    ('keep = ["x"]', "keep"),
])
def test_bad_filter_config_is_named(tmp_path, eastport, filters, message):
    config = write_config(tmp_path, eastport, 2525, sources=sources_with(eastport, filters))
    with pytest.raises(InputError, match=message):
        load_config(config)


def test_one_folder_of_several_outlets_is_one_source(runner, tmp_path, mailbox):
    folder = tmp_path / "desk-inbox"
    folder.mkdir()
    for outlet, (title, paragraphs) in zip(("Coast Gazette", "Eastport Times", "Valley Post"),
                                           ARTICLES.values(), strict=True):
        (folder / f"{outlet.split()[0].lower()}.html").write_text(
            f'<html><head><meta property="og:site_name" content="{outlet}"></head>'
            + page_html(title, paragraphs, outlet).split("<head>", 1)[1], encoding="utf-8")
    config = write_config(tmp_path, eastport_stub(), mailbox.port,
                          sources='[[sources]]\npath = "desk-inbox"\n')
    result = run(runner, config)
    assert result.exit_code == 0, result.output
    text = text_part(mailbox.messages[0])
    assert "3 stories from 1 source." in text
    assert "desk-inbox" not in text  # the folder's name is not a publisher


def eastport_stub() -> Site:
    """write_config wants a site for its default sources; this test gives its own."""
    class Stub:
        base = "http://127.0.0.1:9"
    return Stub()  # type: ignore[return-value]
