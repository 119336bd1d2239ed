"""The digest archive: every story sent, with its facts, searchable (SQLite FTS5).

Two tables beside the digest state's own (same file, same owner):

  archive_stories(item_id, digest_id, date, title, url, source, published, body,
                  people, organizations, places, facts, brief)
  archive_search  FTS5 index over title, body (bottom line and points), people,
                  organizations, places, source and facts (figures, dates, quotes)

``record_edition`` is called by a digest run when it records an edition, so each story
is stored with the brief it was sent with. Editions sent before the archive existed are
filled in from the items table by ``backfill`` (titles and sources only: their briefs
were never kept). Names are stored one per line so a filter can match a whole name.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from briefing.errors import InputError

ARCHIVE_SCHEMA = """
CREATE TABLE IF NOT EXISTS archive_stories (
    rowid INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL,
    digest_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    published TEXT,
    body TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    organizations TEXT NOT NULL DEFAULT '',
    places TEXT NOT NULL DEFAULT '',
    facts TEXT NOT NULL DEFAULT '',
    brief TEXT,
    UNIQUE (digest_id, item_id)
);
CREATE INDEX IF NOT EXISTS archive_by_date ON archive_stories(date);
CREATE VIRTUAL TABLE IF NOT EXISTS archive_search USING fts5(
    title, body, people, organizations, places, source, facts,
    content='archive_stories', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
"""
SEARCH_COLUMNS = ("title", "body", "people", "organizations", "places", "source", "facts")
# bm25 weight per column, in SEARCH_COLUMNS order: a word in the title counts most.
RANK_WEIGHTS = "4.0, 1.0, 2.0, 2.0, 2.0, 1.0, 0.5"
FILTER_COLUMNS = ("people", "organizations", "places", "source")
MAX_RESULTS = 200
_WORD = re.compile(r"\w+", re.UNICODE)


def ensure_archive(db: sqlite3.Connection) -> None:
    """Create the archive tables if they are missing (idempotent); an archive made before
    the facts column existed gets it, and its index is rebuilt from the stored rows."""
    db.executescript(ARCHIVE_SCHEMA)
    columns = {row[1] for row in db.execute("PRAGMA table_info(archive_stories)")}
    if "facts" not in columns:
        db.executescript(
            "ALTER TABLE archive_stories ADD COLUMN facts TEXT NOT NULL DEFAULT '';"
            "DROP TABLE archive_search;" + ARCHIVE_SCHEMA +
            "INSERT INTO archive_search(archive_search) VALUES ('rebuild');"
        )


def open_archive(path: str | Path) -> sqlite3.Connection:
    """A connection to the state file with the archive tables present and filled in."""
    target = Path(path)
    if not target.is_file():
        raise InputError(f"{target}: no digest state yet (run `briefing digest run` first)")
    try:
        db = sqlite3.connect(target, timeout=10, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        ensure_archive(db)
        backfill(db)
    except sqlite3.DatabaseError as error:
        raise InputError(f"{target}: not a usable digest state file ({error})") from None
    return db


# --- writing -----------------------------------------------------------------------


def record_edition(db: sqlite3.Connection, digest_id: int, day: date, stories: Iterable) -> None:
    """Store each story of a recorded digest (``digest.items.Story``) with its brief."""
    ensure_archive(db)
    rows = [story_row(story) for story in stories]
    with _transaction(db):
        for row in rows:
            insert_story(db, digest_id, day.isoformat(), row)


def story_row(story: Any) -> dict[str, Any]:
    lead = story.lead
    brief = lead.brief
    facts = brief.facts if brief else None
    sources = [lead.source_name] + [i.source_name for i in story.also if i.source_name]
    body = ""
    if brief:
        body = "\n".join([brief.bottom_line, *(p.text for p in brief.points)])
    return {
        "item_id": lead.item_id,
        "title": lead.title,
        "url": lead.link or lead.url,
        "source": "\n".join(dict.fromkeys(s for s in sources if s)),
        "published": lead.published.isoformat() if lead.published else None,
        "body": body,
        "people": "\n".join(p.name for p in facts.people) if facts else "",
        "organizations": "\n".join(o.name for o in facts.organizations) if facts else "",
        "places": "\n".join(p.name for p in facts.places) if facts else "",
        "facts": facts_text(facts) if facts else "",
        "brief": json.dumps(brief_summary(brief), ensure_ascii=False) if brief else None,
    }


def facts_text(facts: Any) -> str:
    """Figures (with what they measure), dates and quotes with speakers, one per line."""
    lines = [f"{f.text} {f.label}".strip() for f in facts.figures]
    lines += [d.text for d in facts.dates]
    lines += [f"{q.text} {q.speaker}".strip() for q in facts.quotes]
    return "\n".join(lines)


def brief_summary(brief: Any) -> dict[str, Any]:
    """What a story page shows: the brief's points and facts, without every sentence."""
    data = brief.to_dict()
    data.pop("sentences", None)
    return data


def insert_story(db: sqlite3.Connection, digest_id: int, day: str, row: dict[str, Any]) -> None:
    cursor = db.execute(
        "INSERT OR IGNORE INTO archive_stories (item_id, digest_id, date, title, url, source,"
        " published, body, people, organizations, places, facts, brief) VALUES"
        " (:item_id, :digest_id, :date, :title, :url, :source, :published, :body, :people,"
        " :organizations, :places, :facts, :brief)",
        {**row, "digest_id": digest_id, "date": day},
    )
    if cursor.rowcount:
        db.execute(
            f"INSERT INTO archive_search (rowid, {', '.join(SEARCH_COLUMNS)})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cursor.lastrowid, *(row[c] for c in SEARCH_COLUMNS)),
        )


def backfill(db: sqlite3.Connection) -> int:
    """Archive stories of editions recorded before the archive existed; returns how many."""
    missing = db.execute(
        "SELECT di.digest_id, d.date, i.id, i.title, i.url, i.source FROM digest_items di"
        " JOIN digests d ON d.id = di.digest_id JOIN items i ON i.id = di.item_id"
        " WHERE NOT EXISTS (SELECT 1 FROM archive_stories a WHERE a.digest_id = di.digest_id"
        " AND a.item_id = di.item_id)"
    ).fetchall()
    if not missing:
        return 0
    with _transaction(db):
        for digest_id, day, item_id, title, url, source in missing:
            row = {"item_id": item_id, "title": title, "url": url, "source": source,
                   "published": None, "body": "", "people": "", "organizations": "",
                   "places": "", "facts": "", "brief": None}
            insert_story(db, digest_id, day, row)
    return len(missing)


# --- reading -----------------------------------------------------------------------


@dataclass
class SearchQuery:
    text: str = ""
    person: str = ""
    organization: str = ""
    place: str = ""
    source: str = ""
    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive
    limit: int = 50

    def filters(self) -> dict[str, str]:
        return {"people": self.person, "organizations": self.organization,
                "places": self.place, "source": self.source}


@dataclass
class SearchResult:
    total: int
    stories: list[dict[str, Any]] = field(default_factory=list)


def editions(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every edition sent, newest first, with its story count."""
    rows = db.execute(
        "SELECT d.id, d.date, d.subject, d.sent_at, d.message_id,"
        " (SELECT count(*) FROM archive_stories a WHERE a.digest_id = d.id)"
        " FROM digests d WHERE d.status = 'sent' ORDER BY d.date DESC, d.id DESC"
    ).fetchall()
    keys = ("id", "date", "subject", "sent_at", "message_id", "stories")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def edition(db: sqlite3.Connection, day: str) -> dict[str, Any] | None:
    """The last edition sent on ``day`` with its stories, or None."""
    found = [e for e in editions(db) if e["date"] == day]
    if not found:
        return None
    chosen = found[0]
    chosen["stories"] = stories_where(db, "a.digest_id = ?", (chosen["id"],), order="a.rowid",
                                      with_brief=True)
    return chosen


def edition_html(db: sqlite3.Connection, digest_id: int) -> str:
    """The HTML part of the email as it was sent ('' if none was stored)."""
    row = db.execute("SELECT message FROM digests WHERE id = ?", (digest_id,)).fetchone()
    if not row or not row[0]:
        return ""
    message = message_from_bytes(bytes(row[0]), policy=policy.default)
    part = message.get_body(preferencelist=("html",))
    return part.get_content() if part is not None else ""


def story(db: sqlite3.Connection, rowid: int) -> dict[str, Any] | None:
    found = stories_where(db, "a.rowid = ?", (rowid,), with_brief=True)
    return found[0] if found else None


def stories_where(db: sqlite3.Connection, where: str, params: tuple, *, order: str = "a.rowid",
                  with_brief: bool = False, with_body: bool = False,
                  limit: int = -1) -> list[dict[str, Any]]:
    columns = ("id", "date", "title", "url", "source", "published", "people", "organizations",
               "places", "body" if with_body else "snippet", "brief")
    brief = "a.brief" if with_brief else "NULL"
    rows = db.execute(
        f"SELECT a.rowid, a.date, a.title, a.url, a.source, a.published, a.people,"
        f" a.organizations, a.places, {'a.body' if with_body else chr(39) * 2}, {brief}"
        " FROM archive_stories a"
        f" WHERE {where} ORDER BY {order} LIMIT ?",
        (*params, limit),
    ).fetchall()
    found = []
    for row in rows:
        item = dict(zip(columns, row, strict=True))
        for key in FILTER_COLUMNS:
            item[key] = [name for name in item[key].split("\n") if name]
        item["brief"] = json.loads(item["brief"]) if item["brief"] else None
        found.append(item)
    return found


def search(db: sqlite3.Connection, query: SearchQuery) -> SearchResult:
    """Stories matching the words of ``query.text`` and every filter, best match first.

    Words are matched as prefixes ("elect" finds "election"); filters match whole
    words of a name in their column ("Okafor" finds "Ada Okafor").
    """
    dates, params = date_clause(query)
    limit = max(1, min(query.limit, MAX_RESULTS))
    match = match_expression(query)
    if not match:
        where = dates or "1"
        total = db.execute(f"SELECT count(*) FROM archive_stories a WHERE {where}",
                           params).fetchone()[0]
        found = stories_where(db, where, tuple(params), order="a.date DESC, a.rowid DESC",
                              limit=limit)
        return SearchResult(total=total, stories=found)
    # Rank inside the FTS index, then fetch the page's rows; snippets are made here for
    # the page only (FTS5's snippet() walks every match and cost more than the search).
    join = "FROM archive_search JOIN archive_stories a ON a.rowid = archive_search.rowid" \
        " WHERE archive_search MATCH ?" + (f" AND {dates}" if dates else "")
    total = db.execute(f"SELECT count(*) {join}", (match, *params)).fetchone()[0]
    ranked = [row[0] for row in db.execute(
        f"SELECT a.rowid {join} ORDER BY bm25(archive_search, {RANK_WEIGHTS})"
        " LIMIT ?", (match, *params, limit))]
    marks = ",".join("?" * len(ranked))
    rows = {story["id"]: story for story in stories_where(
        db, f"a.rowid IN ({marks})", tuple(ranked), with_body=True)} if ranked else {}
    words = [w.lower() for w in _WORD.findall(query.text)]
    found = []
    for rowid in ranked:
        story = rows[rowid]
        story["snippet"] = make_snippet(story.pop("body"), words)
        found.append(story)
    return SearchResult(total=total, stories=found)


SNIPPET_CHARS = 110  # about 16 words of context, as a search result line shows


def make_snippet(body: str, words: list[str]) -> str:
    """About SNIPPET_CHARS characters of ``body`` from a little before the first matched
    word, each match wrapped in \\x02 ... \\x03 (the page turns those into <mark>, after
    escaping). One regular expression for all words: this runs for every result shown."""
    text = " ".join(body.split())
    if not text:
        return ""
    found = None
    if words:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*", re.I)
        found = pattern.search(text)
    start = 0
    if found and found.start() > SNIPPET_CHARS // 4:
        start = text.rfind(" ", 0, found.start() - SNIPPET_CHARS // 4) + 1
    end = text.find(" ", start + SNIPPET_CHARS)
    end = len(text) if end < 0 else end
    shown = text[start:end]
    if found:
        shown = pattern.sub(lambda m: f"\x02{m.group(0)}\x03", shown)
    return ("… " if start else "") + shown + (" …" if end < len(text) else "")


def date_clause(query: SearchQuery) -> tuple[str, list[str]]:
    where, params = [], []
    if query.since:
        where.append("a.date >= ?")
        params.append(query.since)
    if query.until:
        where.append("a.date <= ?")
        params.append(query.until)
    return " AND ".join(where), params


def match_expression(query: SearchQuery) -> str:
    """An FTS5 query built from words only, so user input can never be FTS syntax."""
    parts = [" ".join(f'"{word}"*' for word in _WORD.findall(query.text))]
    for column, value in query.filters().items():
        words = _WORD.findall(value)
        if words:
            parts.append(f'{column} : "{" ".join(words)}"')
    return " AND ".join(f"({part})" for part in parts if part)


def count_stories(db: sqlite3.Connection) -> int:
    return db.execute("SELECT count(*) FROM archive_stories").fetchone()[0]


class _transaction:  # noqa: N801 - used like a function: `with _transaction(db):`
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.own = not db.in_transaction

    def __enter__(self) -> None:
        if self.own:
            self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self.own:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")
