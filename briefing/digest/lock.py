"""The digest's run lock: one run at a time per state file.

An ``flock`` on ``<state>.lock``, which the kernel drops when the holder dies. The
file also records the holder's process id and start time. A lock can still be held
after its run died if some other process inherited the open file (the worker
processes of older versions did); the lock is then *stale*: its recorded holder is
gone. A new run detects that, says so, and takes over by replacing the lock file
(the orphans keep a lock on the old, unlinked file, which no longer matters).
Replacing is itself serialised by a short lock on ``<state>.lock.break`` so two runs
cannot both take over.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from pathlib import Path

log = logging.getLogger("briefing.digest")
FILE_MODE = 0o600  # the lock names the state file, which holds addresses and messages


class Busy(Exception):
    """Another digest run holds the lock."""


def process_start(pid: int) -> str:
    """The kernel's start time of ``pid`` (Linux /proc), so a reused pid is not mistaken."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[19]  # field 22: starttime in clock ticks


def holder_alive(record: str) -> bool:
    """Whether the process recorded in the lock file (``pid start``) still runs."""
    parts = record.split()
    if not parts or not parts[0].isdigit():
        return True  # cannot tell: be safe and treat the lock as live
    pid = int(parts[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    start = parts[1] if len(parts) > 1 else ""
    return not start or not process_start(pid) or process_start(pid) == start


class RunLock:
    """An exclusive, non-blocking lock; ``Busy`` if a live run has it."""

    def __init__(self, state_path: Path) -> None:
        self.path = Path(f"{state_path}.lock")
        self.handle: int | None = None
        self.cleared = ""  # set when a stale lock was taken over

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.try_lock()
        if handle is None:
            handle = self.take_over_if_stale()
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()} {process_start(os.getpid())}\n".encode())
        self.handle = handle
        return self

    def try_lock(self) -> int | None:
        """The locked handle of the current lock file, or None if someone holds it."""
        while True:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(handle)
                return None
            if self.is_current(handle):
                return handle
            os.close(handle)  # the file was replaced while we waited: lock the new one

    def is_current(self, handle: int) -> bool:
        try:
            return os.fstat(handle).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            return False

    def take_over_if_stale(self) -> int:
        breaker = os.open(f"{self.path}.break", os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(breaker, fcntl.LOCK_EX)
            handle = self.try_lock()  # released meanwhile?
            if handle is not None:
                return handle
            record = self.path.read_text(errors="replace").strip()
            if holder_alive(record):
                raise Busy(f"another digest run is in progress (process {record.split()[0]}"
                           f" holds {self.path})" if record else
                           f"another digest run is in progress (lock held on {self.path})")
            self.cleared = record.split()[0] if record else "?"
            log.warning("cleared a stale lock on %s: its run (process %s) is gone, but another"
                        " process still held the file", self.path, self.cleared)
            fresh = Path(f"{self.path}.new")
            handle = os.open(fresh, os.O_RDWR | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.replace(fresh, self.path)
            return handle
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(breaker, fcntl.LOCK_UN)
            os.close(breaker)

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            os.close(self.handle)
            self.handle = None
