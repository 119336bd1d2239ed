"""Every item a run leaves out has a reason, in the -v log and in
`briefing digest history --items`, through the CLI with a real HTTP site and SMTP server."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from test_digest_run import (
    ARTICLES,
    Site,
    page_html,
    rss,
    run,
    write_config,
)

from briefing.cli import cli


@pytest.fixture
def busy_site():
    """A feed with two current stories, one page that is gone, one story from before the
    window and one beyond the source's max_items; and a second outlet's bridge story."""
    server = Site()
    now = datetime.now(UTC)
    for key, (title, paragraphs) in ARTICLES.items():
        server.pages[f"/news/{key}.html"] = ("text/html", page_html(title, paragraphs, "Eastport"))
    bridge_title, bridge = ARTICLES["bridge"]
    server.pages["/gazette/bridge.html"] = (
        "text/html", page_html(bridge_title, [*bridge, "A line only the Gazette has."],
                               "Coast Gazette"))
    server.pages["/feed.xml"] = ("application/rss+xml", rss([
        (bridge_title, f"{server.base}/news/bridge.html", now - timedelta(hours=2)),
        (ARTICLES["bakery"][0], f"{server.base}/news/bakery.html", now - timedelta(hours=3)),
        ("A page that is gone", f"{server.base}/news/gone.html", now - timedelta(hours=4)),
        (ARTICLES["bees"][0], f"{server.base}/news/bees.html", now - timedelta(days=3)),
        ("An old story", f"{server.base}/news/old.html", now - timedelta(days=5)),
    ]))
    yield server
    server.close()


def sources(server: Site) -> str:
    return f"""
[[sources]]
feed = "{server.base}/feed.xml"
max_items = 4
[[sources]]
url = "{server.base}/gazette/bridge.html"
name = "Coast Gazette"

[filters]
exclude = ["sourdough"]
"""


def test_each_left_out_item_has_its_reason_in_the_log_and_the_history(
        runner, tmp_path, busy_site, mailbox, caplog):
    config = write_config(tmp_path, busy_site, mailbox.port, sources=sources(busy_site))
    result = run(runner, config, "-v")
    assert result.exit_code == 3, result.output  # sent, but a page could not be read
    assert len(mailbox.messages) == 1
    log = caplog.text
    assert re.search(r"skipping \S+/news/old\.html: .*max_items = 4 \[cap\]", log)
    assert re.search(r"skipping \S+/news/bees\.html: published .* outside the window.*\[window\]",
                     log)
    assert re.search(r"skipping \S+/news/gone\.html: .*404.* \[fetch\]", log)
    assert re.search(r"skipping \S+/news/bakery\.html: excluded by 'sourdough' \[filter\]", log)

    history = runner.invoke(cli, ["digest", "history", "--config", str(config), "--items"])
    assert history.exit_code == 0, history.output
    lines = history.output.splitlines()
    sent = [line for line in lines if line.strip().startswith("sent ")]
    skipped = [line for line in lines if line.strip().startswith("skipped ")]
    # The bridge story from both outlets was carried: two items, neither skipped.
    assert len(sent) == 2 and all("Harbour bridge" in line for line in sent)
    reasons = {re.search(r"\[(\w+)\]", line).group(1): line for line in skipped}
    assert set(reasons) == {"cap", "window", "fetch", "filter"}
    assert "old.html" in reasons["cap"] and "bakery.html" in reasons["filter"]
    # Without --items the history stays one line per digest.
    plain = runner.invoke(cli, ["digest", "history", "--config", str(config)])
    assert len(plain.output.strip().splitlines()) == 1


def test_a_second_run_names_the_already_sent_items(runner, tmp_path, busy_site, mailbox,
                                                   caplog):
    config = write_config(tmp_path, busy_site, mailbox.port, sources=sources(busy_site))
    assert run(runner, config).exit_code == 3
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    caplog.clear()
    again = run(runner, config, "-v", "--date", tomorrow)
    assert again.exit_code == 3, again.output
    assert re.search(r"skipping \S+/news/bridge\.html: already sent \[duplicate\]", caplog.text)
    assert re.search(r"skipping \S+/gazette/bridge\.html: already sent \[duplicate\]",
                     caplog.text)
