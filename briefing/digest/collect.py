"""Collecting: every source's new articles, loaded, identified and briefed.

A source that cannot be read is logged and reported in the digest, never fatal: one
dead feed must not cost the reader the whole morning's email.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from briefing.digest.config import DigestConfig, Source
from briefing.digest.dedupe import canonical_url, item_identity, shingles, text_hash
from briefing.digest.items import Item
from briefing.digest.skips import Skip, note_skip
from briefing.errors import InputError
from briefing.formats import input_kind
from briefing.models import Article

log = logging.getLogger("briefing.digest")

Advance = Callable[[], None]


@dataclass
class Candidate:
    """Something to load: a file or a page, with what the source already told us."""

    source_name: str  # the config's name or the feed's title: preferred to the page's own
    location: str  # path or URL
    fallback_name: str = ""  # folder or host name, when nothing better is known
    link: str = ""
    title: str = ""
    published: datetime | None = None
    priority: int = 0  # the source's priority from the config
    origin: str = ""  # the config source it came from (its path or URL)

    def load(self, timeout: float, allow_private: bool | None = None) -> Article:
        from briefing import ingest

        if self.link:
            return ingest.load_url(self.link, timeout=timeout, allow_private=allow_private)
        return ingest.load(self.location)


def candidates(source: Source, config: DigestConfig, skipped: list[str],
               skips: list[Skip] | None = None) -> list[Candidate]:
    """What ``source`` offers; a failure is added to ``skipped`` and yields nothing."""
    try:
        if source.kind == "path":
            found = folder_candidates(source)
        elif source.kind == "feed":
            found = feed_candidates(source, config)
        else:
            found = [Candidate(source.name, source.location, host_of(source.location),
                               link=source.location)]
    except Exception as error:  # noqa: BLE001 - one bad source must not stop the digest
        reason = describe_failure(error)
        note_skip(skips, source.location, "fetch", f"source unreadable: {reason}")
        skipped.append(naming(source.location, reason))
        return []
    if len(found) > source.max_items:
        log.info("source %s: %d older items left out (max_items = %d)",
                 source.location, len(found) - source.max_items, source.max_items)
        for candidate in found[source.max_items:]:
            note_skip(skips, candidate.link or candidate.location, "cap",
                      f"beyond the source's max_items = {source.max_items}")
    for candidate in found:
        candidate.priority, candidate.origin = source.priority, source.location
    return found[: source.max_items]


def folder_candidates(source: Source) -> list[Candidate]:
    root = Path(source.location)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = sorted(p for p in root.rglob("*") if input_kind(p)
                       and p.is_file() and not p.name.startswith("."))
    else:
        raise InputError(f"{root}: no such folder")
    files.sort(key=lambda p: p.stat().st_mtime, reverse=True)  # newest first for max_items
    return [Candidate(source.name, str(p), published=file_time(p)) for p in files]


def file_time(path: Path) -> datetime:
    return datetime.fromtimestamp(os.stat(path).st_mtime, tz=UTC)


def describe_failure(error: BaseException) -> str:
    """One line for the digest's report; an unexpected error also names its type."""
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, InputError):
        return text
    return f"unexpected {type(error).__name__}: {text}"[:300]


def naming(location: str, reason: str) -> str:
    """``location: reason``, unless the reason already starts with the location."""
    return reason if reason.startswith(location) else f"{location}: {reason}"


def feed_candidates(source: Source, config: DigestConfig) -> list[Candidate]:
    from briefing.ingest.feeds import read_feed

    feed = read_feed(source.location, timeout=config.fetch_timeout,
                     allow_private=config.allow_private_urls)
    name = source.name or feed.title
    return [
        Candidate(name, entry.link, host_of(entry.link), link=entry.link, title=entry.title,
                  published=entry.published)
        for entry in feed.entries
    ]


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or url).lower()
    return host[4:] if host.startswith("www.") else host


def in_window(candidate: Candidate, since: datetime, until: datetime) -> bool:
    # Items with no date are let through; the state's "already sent" check stops repeats.
    return candidate.published is None or since <= candidate.published <= until


def to_item(candidate: Candidate, article: Article) -> Item:
    if candidate.title and not article.title:
        article.title = candidate.title
    link = article.url or candidate.link
    published = article.published or candidate.published
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    text = article.text
    return Item(
        item_id=item_identity(link or f"file:{candidate.location}", text),
        url=canonical_url(link) if link else f"file:{candidate.location}",
        link=link,
        source_name=candidate.source_name or article.publisher or candidate.fallback_name,
        article=article,
        text_hash=text_hash(text),
        shingles=shingles(text),
        published=published,
        priority=candidate.priority,
        origin=candidate.origin,
    )


def gather(
    config: DigestConfig,
    since: datetime,
    until: datetime,
    skipped: list[str],
    advance: Callable[[int], Advance] | None = None,
    skips: list[Skip] | None = None,
) -> list[Item]:
    """Load every new candidate of every source into an Item (not briefed yet)."""
    found = []
    for source in config.sources:
        for candidate in candidates(source, config, skipped, skips):
            if in_window(candidate, since, until):
                found.append(candidate)
            else:
                assert candidate.published is not None
                note_skip(skips, candidate.link or candidate.location, "window",
                          f"published {candidate.published.isoformat(timespec='minutes')},"
                          f" outside the window from {since.isoformat(timespec='minutes')}")
    step = advance(len(found)) if advance else (lambda: None)
    return list(load_all(found, config, skipped, step, skips))


def load_all(
    found: list[Candidate], config: DigestConfig, skipped: list[str], step: Advance,
    skips: list[Skip] | None = None,
) -> Iterator[Item]:
    for candidate in found:
        try:
            item = to_item(candidate, candidate.load(config.fetch_timeout,
                                                     config.allow_private_urls))
        except Exception as error:  # noqa: BLE001 - one bad entry is reported and skipped
            reason = describe_failure(error)
            note_skip(skips, candidate.location, "fetch", reason)
            skipped.append(naming(candidate.location, reason))
        else:
            yield item
        finally:
            step()


def brief_items(items: list[Item], workers: int, step: Advance,
                skipped: list[str] | None = None) -> list[Item]:
    """Brief each item; one that cannot be briefed is dropped and added to ``skipped``."""
    results = (brief_in_processes(items, workers, step) if workers > 1 and len(items) > 1
               else brief_here(items, step))
    briefed = []
    for item, (brief, error) in zip(items, results, strict=True):
        if brief is None:
            name = item.link or item.article.source
            log.info("cannot brief %s: %s", name, error)
            if skipped is not None:
                skipped.append(naming(name, error))
            continue
        item.brief = brief
        briefed.append(item)
    return briefed


def brief_here(items: list[Item], step: Advance) -> Iterator[tuple[object, str]]:
    for item in items:
        try:
            yield brief_or_error(item.article)
        finally:
            step()


def brief_in_processes(items: list[Item], workers: int, step: Advance,
                       ) -> list[tuple[object, str]]:
    from briefing.pools import process_pool

    results = []
    with process_pool(workers) as pool:
        for result in pool.map(brief_or_error, [i.article for i in items], chunksize=4):
            step()
            results.append(result)
    return results


def brief_or_error(article: Article) -> tuple[object, str]:
    from briefing import make_brief

    try:
        return make_brief(article), ""
    except Exception as error:  # noqa: BLE001 - one bad article is reported and skipped
        return None, describe_failure(error)
