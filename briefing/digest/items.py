"""The digest's own data: collected items, merged stories and the finished edition."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from briefing.digest.skips import Skip
from briefing.models import Article, Brief


@dataclass
class Update:
    """A story sent before that came back changed: what is new since then."""

    since: str  # the date of the digest that carried the earlier version
    sentences: list[int]  # indexes (into the brief's sentences) of what is new


@dataclass
class Item:
    """One article from one source, identified by canonical URL + text hash."""

    item_id: str
    url: str  # canonical URL, or "file:<path>" for files: where the story lives
    link: str  # the URL to show readers ("" for files)
    source_name: str  # who published it, for "also reported by"
    article: Article
    text_hash: str
    shingles: frozenset[int]
    published: datetime | None = None
    brief: Brief | None = None
    priority: int = 0  # its source's priority from the config
    origin: str = ""  # the config source it came from (path or URL): what "sources" counts
    previous: Any = None  # the version sent earlier (state.SentVersion), if any
    update: Update | None = None  # set when this is a changed version of a sent story

    @property
    def title(self) -> str:
        return self.article.title or (self.brief.bottom_line if self.brief else "") or "Untitled"


@dataclass
class Story:
    """Items judged to be the same story; ``lead`` is shown, the rest are credited."""

    lead: Item
    also: list[Item] = field(default_factory=list)
    score: float = 0.0
    reason: str = ""  # what the score is made of, for --dry-run
    watch_hits: list[str] = field(default_factory=list)  # the watch rules it matches
    section: str = ""  # the [[sections]] title it is shown under ("" without sections)

    @property
    def items(self) -> list[Item]:
        return [self.lead, *self.also]


@dataclass
class Edition:
    """One day's digest, ready to render."""

    title: str
    day: date
    stories: list[Story]
    made_at: datetime
    skipped_sources: list[str] = field(default_factory=list)  # one line per failure
    cut: int = 0  # stories left out for the size limit
    over_limit: int = 0  # stories beyond max_items
    skips: list[Skip] = field(default_factory=list)  # every item left out, with why
