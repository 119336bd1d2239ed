"""Why each item a run saw is not in its digest, logged (``-v``) and kept in the state
(``briefing digest history --items``).

Reasons: ``window`` (published outside the run's window), ``cap`` (beyond a source's or
the digest's ``max_items``, or cut for the email's size), ``duplicate`` (sent before, or
the same item twice), ``filter`` (an include/exclude rule), ``section`` (a full section,
or no section with ``other_section = false``), ``fetch`` (could not be fetched or read),
``brief`` (could not be briefed) and ``unchanged`` (a sent story that came back with
nothing new). Items merged into a shown story are credited in it, not skipped.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

log = logging.getLogger("briefing.digest")

REASONS = ("window", "cap", "duplicate", "filter", "section", "fetch", "brief", "unchanged")
SKIPS_SCHEMA = """
CREATE TABLE IF NOT EXISTS digest_skips (
    digest_id INTEGER NOT NULL REFERENCES digests(id),
    item TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS digest_skips_by_digest ON digest_skips(digest_id);
"""


@dataclass(frozen=True)
class Skip:
    item: str  # the link, path or title that names the item
    reason: str  # one of REASONS
    detail: str  # the particulars, one line


def note_skip(skips: list[Skip] | None, item: str, reason: str, detail: str) -> None:
    """Log why ``item`` is left out and keep it for the state."""
    assert reason in REASONS, reason
    log.info("skipping %s: %s [%s]", item, detail, reason)
    if skips is not None:
        skips.append(Skip(item, reason, " ".join(detail.split())))


def record_skips(db: sqlite3.Connection, digest_id: int, skips: list[Skip]) -> None:
    db.executescript(SKIPS_SCHEMA)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany("INSERT INTO digest_skips (digest_id, item, reason, detail)"
                       " VALUES (?, ?, ?, ?)",
                       [(digest_id, s.item, s.reason, s.detail) for s in skips])
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def skips_of(db: sqlite3.Connection, digest_id: int) -> list[Skip]:
    """The skips recorded with a digest (none for state files older than this table)."""
    try:
        rows = db.execute("SELECT item, reason, detail FROM digest_skips WHERE digest_id = ?"
                          " ORDER BY rowid", (digest_id,)).fetchall()
    except sqlite3.OperationalError:  # no such table: made before skips were kept
        return []
    return [Skip(*row) for row in rows]


def recent_digests(db: sqlite3.Connection, limit: int) -> list[tuple[int, str, str]]:
    """(id, date, status) of the latest digests, newest first."""
    return db.execute("SELECT id, date, status FROM digests ORDER BY id DESC LIMIT ?",
                      (limit,)).fetchall()


def shown_titles(db: sqlite3.Connection, digest_id: int) -> list[tuple[str, str]]:
    """(title, source) of every item a digest carried."""
    return db.execute("SELECT i.title, i.source FROM digest_items di JOIN items i"
                      " ON i.id = di.item_id WHERE di.digest_id = ? ORDER BY i.title",
                      (digest_id,)).fetchall()
