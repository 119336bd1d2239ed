"""OPML in and out: the list of feeds every feed reader can import and export.

Import appends ``[[sources]]`` tables to the digest's TOML file as text, so the user's
comments and layout survive (a TOML writer would drop them); feeds already in the config
(same canonical URL) are skipped. Export writes OPML 2.0 with one ``outline`` per feed.
The parser refuses DOCTYPE declarations: OPML never needs one, and refusing them closes
the door on entity-expansion and external-entity tricks before the XML parser sees them.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError

MAX_OPML_BYTES = 5 * 1024 * 1024  # a few thousand feeds is under 1 MB


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str = ""


def read_opml(path: str | Path) -> list[FeedEntry]:
    """The feeds in an OPML file (outlines with an xmlUrl, at any depth), in order,
    each once."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_OPML_BYTES:
        raise InputError(f"{file}: too large for an OPML file (over 5 MB)")
    if re.search(rb"<!(DOCTYPE|ENTITY)", data, re.IGNORECASE):
        raise InputError(f"{file}: OPML with a DOCTYPE or entities is not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise InputError(f"{file}: not valid OPML ({error})") from None
    if root.tag.lower() != "opml":
        raise InputError(f"{file}: not an OPML file (root element <{root.tag}>)")
    feeds: dict[str, FeedEntry] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url.lower().startswith(("http://", "https://")) and url not in feeds:
            title = (outline.get("title") or outline.get("text") or "").strip()
            feeds[url] = FeedEntry(url, " ".join(title.split()))
    return list(feeds.values())


def write_opml(feeds: list[FeedEntry], title: str) -> str:
    """OPML 2.0 text listing ``feeds``."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        ET.SubElement(body, "outline", attributes)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped) + '"'


def sources_block(feeds: list[FeedEntry]) -> str:
    lines = []
    for feed in feeds:
        lines += ["", "[[sources]]", f"feed = {toml_string(feed.url)}"]
        if feed.title:
            lines.append(f"name = {toml_string(feed.title)}")
    return "\n".join(lines) + "\n"


def new_feeds(feeds: list[FeedEntry], known_urls: list[str]) -> list[FeedEntry]:
    """Feeds whose canonical URL is not among ``known_urls`` already."""
    from briefing.digest.dedupe import canonical_url

    known = {canonical_url(url) for url in known_urls}
    fresh = []
    for feed in feeds:
        key = canonical_url(feed.url)
        if key not in known:
            known.add(key)
            fresh.append(feed)
    return fresh


def import_into_config(opml_path: str | Path, config_path: str | Path) -> tuple[int, int]:
    """Append the OPML's new feeds to the config; return (added, already present).

    The config must load before and after: a config this would break is left untouched.
    """
    from briefing.digest.config import load_config, parse_config_text
    from briefing.fileio import write_atomic

    config = load_config(config_path)
    feeds = read_opml(opml_path)
    fresh = new_feeds(feeds, [s.location for s in config.sources if s.kind == "feed"])
    if fresh:
        text = Path(config_path).read_text(encoding="utf-8")
        updated = text.rstrip("\n") + "\n" + sources_block(fresh)
        parse_config_text(updated, Path(config_path))  # raises before anything is written
        mode = Path(config_path).stat().st_mode & 0o777
        os.chmod(write_atomic(Path(config_path), updated.encode("utf-8")), mode)
    return len(fresh), len(feeds) - len(fresh)


def export_from_config(config_path: str | Path) -> str:
    from briefing.digest.config import load_config

    config = load_config(config_path)
    feeds = [FeedEntry(s.location, s.name) for s in config.sources if s.kind == "feed"]
    return write_opml(feeds, config.title)
