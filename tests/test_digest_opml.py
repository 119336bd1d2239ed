"""OPML import/export round trips, and feed discovery from a real page on 127.0.0.1."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from test_digest_run import Site

from briefing.cli import cli
from briefing.digest.config import load_config
from briefing.digest.opml import FeedEntry, read_opml, write_opml

CONFIG = """# my digest: keep this comment
[digest]
title = "Harbour desk"

[[sources]]
feed = "https://news.example.org/rss.xml"
name = "Example News"

[email]
to = ["desk@example.org"]
"""


def fifty_feeds() -> list[FeedEntry]:
    return [FeedEntry(f"https://site{n}.example.net/feed.xml", f"Site {n} & \"friends\"")
            for n in range(50)]


def test_fifty_feeds_round_trip_through_the_config(runner, tmp_path):
    config = tmp_path / "digest.toml"
    config.write_text(CONFIG, encoding="utf-8")
    opml = tmp_path / "reader.opml"
    feeds = [FeedEntry("https://news.example.org/rss.xml/", "Example"), *fifty_feeds()]
    opml.write_text(write_opml(feeds, "From my reader"), encoding="utf-8")

    result = runner.invoke(cli, ["digest", "import-opml", str(opml), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "50 feeds added" in result.output and "1 already there" in result.output
    assert config.read_text(encoding="utf-8").startswith("# my digest: keep this comment")
    loaded = load_config(config)
    assert len([s for s in loaded.sources if s.kind == "feed"]) == 51

    again = runner.invoke(cli, ["digest", "import-opml", str(opml), "--config", str(config)])
    assert "0 feeds added" in again.output

    out = tmp_path / "out.opml"
    exported = runner.invoke(
        cli, ["digest", "export-opml", "--config", str(config), "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    back = read_opml(out)
    assert [f.url for f in back[1:]] == [f.url for f in fifty_feeds()]
    assert back[3].title == 'Site 2 & "friends"'


def test_nested_outlines_are_read_and_entities_refused(tmp_path):
    nested = tmp_path / "nested.opml"
    nested.write_text(
        '<opml version="1.0"><body><outline text="Folder">'
        '<outline text="A" xmlUrl="http://a.example/f"/>'
        '<outline text="not a feed"/></outline></body></opml>', encoding="utf-8")
    assert read_opml(nested) == [FeedEntry("http://a.example/f", "A")]

    hostile = tmp_path / "hostile.opml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                       '<opml><body><outline xmlUrl="http://a/&a;"/></body></opml>')
    from briefing.errors import InputError

    with pytest.raises(InputError, match="DOCTYPE"):
        read_opml(hostile)


@pytest.mark.parametrize("content, message", [
    ("<html><body>no</body></html>", "not an OPML file"),
    ("<opml><body>", "not valid OPML"),
])
def test_bad_opml_is_one_line_and_leaves_the_config_alone(runner, tmp_path, content, message):
    config = tmp_path / "digest.toml"
    config.write_text(CONFIG, encoding="utf-8")
    opml = tmp_path / "bad.opml"
    opml.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["digest", "import-opml", str(opml), "--config", str(config)])
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert config.read_text(encoding="utf-8") == CONFIG


def test_export_is_valid_opml_two():
    root = ET.fromstring(write_opml(fifty_feeds()[:2], "Desk"))
    assert root.get("version") == "2.0"
    assert [o.get("xmlUrl") for o in root.iter("outline")] == [
        "https://site0.example.net/feed.xml", "https://site1.example.net/feed.xml"]


@pytest.fixture
def feed_site(allow_private_urls):
    site = Site()
    site.pages["/"] = ("text/html", '<html><head><title>Gazette</title>'
                       '<link rel="alternate" type="application/rss+xml" href="/news.rss">'
                       '</head><body><p>Home</p></body></html>')
    site.pages["/news.rss"] = ("application/rss+xml",
                               '<?xml version="1.0"?><rss version="2.0"><channel>'
                               '<title>Gazette</title></channel></rss>')
    site.pages["/plain"] = ("text/html", "<html><body><p>nothing here</p></body></html>")
    yield site
    site.close()


def test_feeds_discover_finds_the_declared_feed(runner, feed_site):
    result = runner.invoke(cli, ["feeds", "discover", feed_site.base + "/"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == feed_site.base + "/news.rss"
    itself = runner.invoke(cli, ["feeds", "discover", feed_site.base + "/news.rss"])
    assert itself.output.strip() == feed_site.base + "/news.rss"


def test_feeds_discover_without_a_feed_is_a_one_line_error(runner, feed_site):
    result = runner.invoke(cli, ["feeds", "discover", feed_site.base + "/plain"])
    assert result.exit_code != 0
    assert "no feed found" in result.output and "Traceback" not in result.output
