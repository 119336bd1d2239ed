"""Digest state in SQLite: items seen, digests sent, and the run lock.

Tables
  items(id, url, title, source, text_hash, shingles, first_seen)
  digests(id, date, recipients, message_id, status, subject, message, created, sent_at, error)
  digest_items(digest_id, item_id)
  sent_texts(item_id, sentences)   the sentences of each item as it was sent, so a story
                                   that comes back changed can be sent as an update

A digest row is written *before* sending with status "pending" and the exact message
bytes. Delivery flips it to "sent" or "failed". A later run finds any row that is not
"sent" and sends that same message (same Message-ID) before building a new one, so a
crashed or failed run is delivered exactly once, and items in an unsent digest are
reserved for it rather than put into the next one.

The lock is an fcntl lock on ``<state>.lock``: the kernel drops it when a process dies,
so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.errors import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    shingles BLOB,
    first_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS digests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT NOT NULL,
    recipients TEXT NOT NULL,
    message_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'empty')),
    subject TEXT NOT NULL,
    message BLOB,
    created TEXT NOT NULL,
    sent_at TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS digests_by_date ON digests(date);
CREATE TABLE IF NOT EXISTS sent_texts (
    item_id TEXT PRIMARY KEY REFERENCES items(id),
    sentences TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS digest_items (
    digest_id INTEGER NOT NULL REFERENCES digests(id),
    item_id TEXT NOT NULL REFERENCES items(id),
    PRIMARY KEY (digest_id, item_id)
);
"""


class Busy(Exception):
    """Another digest run holds the lock."""


@dataclass
class DigestRecord:
    id: int
    date: str
    recipients: list[str]
    message_id: str
    status: str
    subject: str
    message: bytes
    error: str = ""


@dataclass
class SentVersion:
    """An item as it went out in an earlier digest."""

    item_id: str
    url: str
    title: str
    shingles: frozenset[int]
    date: str
    sentences: list[str]


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pack_shingles(values: Iterable[int]) -> bytes:
    items = sorted(values)
    return struct.pack(f"<{len(items)}q", *items)


def unpack_shingles(blob: bytes | None) -> frozenset[int]:
    if not blob:
        return frozenset()
    return frozenset(struct.unpack(f"<{len(blob) // 8}q", blob))


class RunLock:
    """An exclusive, non-blocking lock; ``Busy`` if another run has it."""

    def __init__(self, state_path: Path) -> None:
        self.path = Path(f"{state_path}.lock")
        self.handle: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            raise Busy(f"another digest run is in progress (lock held on {self.path})") from None
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        self.handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            os.close(self.handle)
            self.handle = None


class State:
    """The SQLite state file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __enter__(self) -> State:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise InputError(f"{self.path}: not a usable digest state file ({error})") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    # --- items ---------------------------------------------------------------

    def remember_items(self, items: Iterable[tuple[str, str, str, str, str, bytes]]) -> None:
        """Insert (id, url, title, source, text_hash, shingles) rows not seen before."""
        with self.transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO items (id, url, title, source, text_hash, shingles,"
                " first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*row, now_text()) for row in items],
            )

    def delivered_item_ids(self, except_date: str | None = None) -> set[str]:
        """Items in any digest that was sent or is still owed (pending/failed)."""
        rows = self.db.execute(
            "SELECT di.item_id FROM digest_items di JOIN digests d ON d.id = di.digest_id"
            " WHERE d.status != 'empty' AND (? IS NULL OR d.date != ?)",
            (except_date, except_date),
        )
        return {row[0] for row in rows}

    def delivered_shingles(
        self, since: str, except_date: str | None = None
    ) -> list[tuple[str, frozenset[int]]]:
        """(title, shingles) of items in digests created since ``since`` (ISO time)."""
        rows = self.db.execute(
            "SELECT i.title, i.shingles FROM items i JOIN digest_items di ON di.item_id = i.id"
            " JOIN digests d ON d.id = di.digest_id"
            " WHERE d.status != 'empty' AND d.created >= ? AND (? IS NULL OR d.date != ?)",
            (since, except_date, except_date),
        )
        return [(title, unpack_shingles(blob)) for title, blob in rows]

    def remember_sentences(self, rows: Iterable[tuple[str, list[str]]]) -> None:
        """Keep (item id, sentence texts) of items going into a digest."""
        with self.transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO sent_texts (item_id, sentences) VALUES (?, ?)",
                [(item_id, json.dumps(sentences)) for item_id, sentences in rows],
            )

    def sent_versions(self, since: str, except_date: str | None = None) -> list[SentVersion]:
        """Items in digests created since ``since`` (ISO time), with the digest's date and
        the sentences as they were sent (empty when the state predates that record)."""
        rows = self.db.execute(
            "SELECT i.id, i.url, i.title, i.shingles, d.date, t.sentences FROM items i"
            " JOIN digest_items di ON di.item_id = i.id JOIN digests d ON d.id = di.digest_id"
            " LEFT JOIN sent_texts t ON t.item_id = i.id"
            " WHERE d.status != 'empty' AND d.created >= ? AND (? IS NULL OR d.date != ?)"
            " ORDER BY d.id",
            (since, except_date, except_date),
        )
        return [SentVersion(item_id, url, title, unpack_shingles(blob), day,
                            json.loads(sentences) if sentences else [])
                for item_id, url, title, blob, day, sentences in rows]

    # --- digests -------------------------------------------------------------

    def sent_on(self, day: date) -> DigestRecord | None:
        return self._one("WHERE date = ? AND status IN ('sent', 'empty') ORDER BY id DESC",
                         (day.isoformat(),))

    def owed(self) -> list[DigestRecord]:
        """Digests written but not delivered (a crash or a failed send), oldest first."""
        rows = self.db.execute(
            f"SELECT {self._columns} FROM digests WHERE status IN ('pending', 'failed')"
            " ORDER BY id"
        )
        return [DigestRecord(*self._decode(row)) for row in rows]

    def last_sent_date(self) -> date | None:
        row = self.db.execute(
            "SELECT max(date) FROM digests WHERE status IN ('sent', 'empty')"
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def record_digest(
        self,
        day: date,
        recipients: list[str],
        message_id: str,
        subject: str,
        message: bytes,
        item_ids: Iterable[str],
        status: str = "pending",
    ) -> int:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO digests (date, recipients, message_id, status, subject, message,"
                " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (day.isoformat(), json.dumps(recipients), message_id, status, subject, message,
                 now_text()),
            )
            digest_id = int(cursor.lastrowid or 0)
            self.db.executemany(
                "INSERT OR IGNORE INTO digest_items (digest_id, item_id) VALUES (?, ?)",
                [(digest_id, item_id) for item_id in item_ids],
            )
        return digest_id

    def mark(self, digest_id: int, status: str, error: str = "") -> None:
        sent_at = now_text() if status == "sent" else None
        with self.transaction():
            self.db.execute(
                "UPDATE digests SET status = ?, error = ?, sent_at = coalesce(?, sent_at)"
                " WHERE id = ?",
                (status, error or None, sent_at, digest_id),
            )

    def history(self, limit: int = 20) -> list[tuple]:
        return self.db.execute(
            "SELECT d.date, d.status, d.message_id, d.recipients, d.sent_at, d.error,"
            " (SELECT count(*) FROM digest_items di WHERE di.digest_id = d.id)"
            " FROM digests d ORDER BY d.id DESC LIMIT ?",
            (limit,),
        ).fetchall()

    # --- helpers -------------------------------------------------------------

    _columns = "id, date, recipients, message_id, status, subject, message, coalesce(error, '')"

    def _one(self, where: str, params: tuple) -> DigestRecord | None:
        row = self.db.execute(f"SELECT {self._columns} FROM digests {where} LIMIT 1",
                              params).fetchone()
        return DigestRecord(*self._decode(row)) if row else None

    @staticmethod
    def _decode(row: tuple) -> tuple:
        values = list(row)
        values[2] = json.loads(values[2])
        values[6] = bytes(values[6] or b"")
        return tuple(values)

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK (the connection is in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
