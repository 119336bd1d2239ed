"""Digest state in SQLite: items seen, digests sent, and the record of each delivery.

Tables
  items(id, url, title, source, text_hash, shingles, first_seen)
  digests(id, date, recipients, message_id, status, subject, message, created, sent_at,
          error, attempts)
  digest_items(digest_id, item_id)
  sent_texts(item_id, sentences)   the sentences of each item as it was sent, so a story
                                   that comes back changed can be sent as an update

A digest row is written *before* sending, with the exact message bytes (and so its
Message-ID). Its status then moves on, each step committed durably (synchronous=FULL):

  pending  -> sending   just before the final "." of SMTP DATA: from here on the
                        server may have the message
  sending  -> sent      the server answered 250
  any      -> failed    a temporary failure (4xx, connection lost before the final
                        "."): owed, sent again (same bytes, same Message-ID) by the next run
           -> rejected  a permanent failure (5xx): never resent by itself
           -> unknown   the outcome cannot be known (a crash or a lost connection after
                        the final "."): not resent by itself, so nobody gets two copies
  unsent   -> dropped   the user gave it up (``briefing digest drop DATE``)

A run that finds a row still "sending" (a crash inside that window) makes it "unknown".
``briefing digest retry DATE`` sends a failed, rejected or unknown digest again, same
Message-ID, to the recipients now in the config.

The state file and its lock are created readable by their owner only: they hold
addresses and message bodies.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.digest.lock import FILE_MODE, Busy, RunLock
from briefing.errors import InputError

__all__ = ["Busy", "DigestRecord", "RunLock", "State", "StateError"]

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
    status TEXT NOT NULL,
    subject TEXT NOT NULL,
    message BLOB,
    created TEXT NOT NULL,
    sent_at TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
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

BUSY_SECONDS = 10.0  # how long a write waits for another connection's lock on the file
APPLICATION_ID = 0x6E627266  # "nbrf": marks a SQLite file as a digest state file
OUR_TABLES = {"items", "digests", "digest_items", "sent_texts", "sqlite_sequence"}
# Digests whose items count as delivered, or reserved for a delivery still to come.
RESERVING = "('pending', 'sending', 'sent', 'failed', 'rejected', 'unknown')"
OWED = "('pending', 'failed')"  # sent again by the next run, same Message-ID
UNSENT = ("pending", "sending", "failed", "rejected", "unknown")  # retry / drop apply


class StateError(InputError):
    """The state file cannot be used (not ours, damaged, read-only, disk full)."""


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


class State:
    """The SQLite state file; use as a context manager. ``readonly`` for history."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly

    def __enter__(self) -> State:
        try:
            self.db = self.open_readonly() if self.readonly else self.open_writable()
        except sqlite3.DatabaseError as error:
            raise StateError(f"{self.path}: not a usable digest state file ({error})") from None
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()

    def open_writable(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():  # sqlite would make it 0644, and the -wal/-shm copy it
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE))
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            check_is_ours(db, self.path)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # each status change survives a power cut
            db.executescript(f"BEGIN IMMEDIATE; {SCHEMA}; COMMIT;")  # all tables or none
            migrate(db)
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except BaseException:
            db.close()
            raise
        return db

    def open_readonly(self) -> sqlite3.Connection:
        if not self.path.exists():
            raise StateError(f"{self.path}: no state file yet (no digest has run)")
        uri = self.path.resolve().as_uri()
        try:
            db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_SECONDS)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A read-only folder: WAL wants its -shm file; read the file as it stands.
            db = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        check_is_ours(db, self.path, need_tables=True)
        return db

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
        """Items in any digest that was sent, is still owed, or may have been sent."""
        rows = self.db.execute(
            "SELECT di.item_id FROM digest_items di JOIN digests d ON d.id = di.digest_id"
            f" WHERE d.status IN {RESERVING} AND (? IS NULL OR d.date != ?)",
            (except_date, except_date),
        )
        return {row[0] for row in rows}

    def delivered_shingles(
        self, since: str, except_date: str | None = None
    ) -> list[tuple[str, frozenset[int]]]:
        """(title, shingles) of items in digests created since ``since`` (ISO time)."""
        rows = self.db.execute(
            "SELECT i.title, i.shingles FROM items i JOIN digest_items di ON di.item_id = i.id"
            f" JOIN digests d ON d.id = di.digest_id WHERE d.status IN {RESERVING}"
            " AND d.created >= ? AND (? IS NULL OR d.date != ?)",
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
            f" WHERE d.status IN {RESERVING} AND d.created >= ? AND (? IS NULL OR d.date != ?)"
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

    def latest_on(self, day: date, statuses: Iterable[str] = UNSENT) -> DigestRecord | None:
        wanted = tuple(statuses)
        marks = ", ".join("?" for _ in wanted)
        return self._one(f"WHERE date = ? AND status IN ({marks}) ORDER BY id DESC",
                         (day.isoformat(), *wanted))

    def owed(self) -> list[DigestRecord]:
        """Digests written but not delivered (a crash or a temporary failure), oldest first."""
        return self._all(f"WHERE status IN {OWED} ORDER BY id")

    def interrupted(self) -> list[DigestRecord]:
        """Digests a run was handing to the server when it died: the outcome is unknown."""
        return self._all("WHERE status = 'sending' ORDER BY id")

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
        """Record a digest's new status. Every change is fsynced (synchronous=FULL) except
        "sending", written just before the final "." of DATA: a commit that waits for the
        disk there (6 ms measured) would widen the window in which a crash leaves the
        outcome unknown; without the fsync the row still survives a killed process (the
        kernel has it), only a power cut in those milliseconds can lose it."""
        sent_at = now_text() if status == "sent" else None
        attempt = 1 if status == "sending" else 0
        quick = status == "sending"
        if quick:
            self.db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self.transaction():
                self.db.execute(
                    "UPDATE digests SET status = ?, error = ?, sent_at = coalesce(?, sent_at),"
                    " attempts = attempts + ? WHERE id = ?",
                    (status, error or None, sent_at, attempt, digest_id),
                )
        finally:
            if quick:
                self.db.execute("PRAGMA synchronous=FULL")

    def readdress(self, digest_id: int, recipients: list[str], message: bytes) -> None:
        """A retry goes to today's recipients; the Message-ID stays the same."""
        with self.transaction():
            self.db.execute("UPDATE digests SET recipients = ?, message = ? WHERE id = ?",
                            (json.dumps(recipients), message, digest_id))

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

    def _all(self, where: str) -> list[DigestRecord]:
        rows = self.db.execute(f"SELECT {self._columns} FROM digests {where}")
        return [DigestRecord(*self._decode(row)) for row in rows]

    @staticmethod
    def _decode(row: tuple) -> tuple:
        values = list(row)
        values[2] = json.loads(values[2])
        values[6] = bytes(values[6] or b"")
        return tuple(values)

    def transaction(self) -> _Transaction:
        return _Transaction(self.db, self.path)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK (the connection is in autocommit mode);
    a full disk or a damaged file becomes one StateError line."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db, self.path = db, path

    def __enter__(self) -> None:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise state_error(self.path, error) from None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        except sqlite3.DatabaseError as error:
            if exc_type is None:
                raise state_error(self.path, error) from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise state_error(self.path, exc) from None


def state_error(path: Path, error: sqlite3.DatabaseError) -> StateError:
    text = " ".join(str(error).split())
    if "full" in text:
        return StateError(f"{path}: cannot write the digest state: disk full ({text})")
    return StateError(f"{path}: cannot use the digest state ({text})")


def check_is_ours(db: sqlite3.Connection, path: Path, need_tables: bool = False) -> None:
    """Refuse another program's SQLite file rather than add tables to it. Ours: marked
    with our application id, or empty, or holding a ``digests`` table of our shape (other
    parts of the digest add their own tables beside it)."""
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    foreign = sorted(tables - OUR_TABLES)
    unmarked_other = app_id == 0 and foreign and "digests" not in tables
    if app_id not in (0, APPLICATION_ID) or unmarked_other or (need_tables and not tables):
        what = (f"tables {', '.join(foreign[:5])}" if foreign and app_id == 0
                else "another application id" if app_id else "no digest tables")
        raise StateError(f"{path}: not a digest state file (an SQLite file with {what});"
                         " point [digest] state at a new file")
    if "digests" in tables:
        columns = {row[1] for row in db.execute("PRAGMA table_info(digests)")}
        if not {"date", "status", "message_id", "message", "recipients"} <= columns:
            raise StateError(f"{path}: not a digest state file (its digests table has other"
                             " columns)")


def migrate(db: sqlite3.Connection) -> None:
    """Bring a state file of an older version up to date (new statuses, attempts)."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'digests'").fetchone()
    if "CHECK (status IN" in sql:  # the old constraint refuses 'rejected', 'unknown'...
        create = SCHEMA.split("CREATE INDEX")[0].split(";", 1)[1]
        db.executescript(
            "BEGIN IMMEDIATE;"
            + create.replace("IF NOT EXISTS digests", "digests_new") + ";"
            " INSERT INTO digests_new (id, date, recipients, message_id, status, subject,"
            " message, created, sent_at, error) SELECT id, date, recipients, message_id,"
            " status, subject, message, created, sent_at, error FROM digests;"
            " DROP TABLE digests; ALTER TABLE digests_new RENAME TO digests;"
            " CREATE INDEX IF NOT EXISTS digests_by_date ON digests(date); COMMIT;"
        )
    columns = {row[1] for row in db.execute("PRAGMA table_info(digests)")}
    if "attempts" not in columns:
        db.execute("ALTER TABLE digests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")
