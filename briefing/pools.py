"""Local worker processes that never outlive the process that started them.

A forked worker inherits every open file of its parent, including the digest's run
lock, and a plain ProcessPoolExecutor worker keeps running after its parent is
killed. Together that left a lock held by orphans after ``kill -9``. Here:

* workers are started with ``spawn``: a fresh interpreter that inherits no open
  files (Python opens files non-inheritable), so no lock, socket or database
  handle leaks into them;
* on Linux each worker asks the kernel for SIGKILL when its parent dies
  (``PR_SET_PDEATHSIG``), and everywhere a watchdog thread exits the worker when
  its parent process is gone;
* leaving the ``with`` block by an exception (Ctrl+C, SIGTERM turned into
  SystemExit by :func:`exit_on_sigterm`) cancels queued work and kills the workers
  instead of waiting for them.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 0.5  # how often a worker checks that its parent is still there
MANAGER_JOIN_SECONDS = 5.0  # the manager thread exits within milliseconds of a kill


def _die_with_parent(parent_pid: int) -> None:
    """Worker initializer: exit as soon as the parent process is gone."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # The parent may have died before prctl took effect; the watchdog covers that too.
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCH_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
    # SIGINT goes to the whole process group on Ctrl+C; the parent decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A ProcessPoolExecutor of ``workers`` spawned processes that die with this one."""
    import multiprocessing

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    # For the pool's whole life, not only while kill_workers runs: a SIGTERM sent to the
    # process group kills the workers at once, and the manager thread can meet the
    # cancelled futures before kill_workers is reached (1 run in ~30 of test_faults).
    previous_hook = threading.excepthook
    threading.excepthook = _without_cancelled_future_race(previous_hook)
    manager = None
    try:
        start_all(pool, workers)
        # Held here: shutdown() drops the pool's own reference, even with wait=False.
        manager = getattr(pool, "_executor_manager_thread", None)
        yield pool
    except BaseException:
        kill_workers(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        _restore_hook(manager, previous_hook)


def _nothing() -> None:
    return None


def start_all(pool: ProcessPoolExecutor, workers: int) -> None:
    """Start every worker now, with SIGTERM/SIGINT held back meanwhile: a signal that
    lands while a worker is being spawned would leave a half-started child that
    kill_workers does not know yet (it then prints a traceback when it finds its parent
    gone). Once all are started, later submits start none."""
    held = {signal.SIGTERM, signal.SIGINT}
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held) if in_main else None
    try:
        for _ in range(workers):
            pool.submit(_nothing)
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def kill_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and kill the workers now (no waiting for running items)."""
    processes: dict[int, Any] = dict(getattr(pool, "_processes", None) or {})
    # Taken before shutdown(), which sets the pool's reference to None at once.
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.kill()
    for process in processes.values():
        with contextlib.suppress(Exception):
            process.join(timeout=2)
    # Let the manager thread settle every future (it raises the 3.11 race while doing so)
    # before process_pool restores the thread excepthook.
    if manager is not None:
        manager.join(timeout=MANAGER_JOIN_SECONDS)


def _restore_hook(manager: threading.Thread | None, previous_hook: Any) -> None:
    """Put the thread excepthook back once the manager thread is gone (a live one may
    still raise the race, and the filter passes every other error on anyway)."""
    if manager is None or not manager.is_alive():
        threading.excepthook = previous_hook


def _without_cancelled_future_race(hook: Any) -> Any:
    """A thread excepthook that drops one known CPython 3.11 race, passing on all else.

    ``Executor.map`` cancels its pending futures when an exception (SIGTERM, Ctrl+C) leaves
    the loop; once the workers are killed, 3.11's manager thread marks every pending future
    failed and raises InvalidStateError on the cancelled ones (3.12 ignores it there). The
    traceback it prints is noise: every future is already settled."""
    from concurrent.futures import InvalidStateError

    def hook_without_race(args: Any) -> None:
        if (isinstance(args.exc_value, InvalidStateError)
                and type(args.thread).__name__ == "_ExecutorManagerThread"):
            return
        hook(args)

    return hook_without_race


@contextlib.contextmanager
def exit_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into SystemExit (exit 143) so cleanup code runs; main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
