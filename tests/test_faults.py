"""Fault injection: digest runs killed with SIGKILL at random moments and inside the
accept-then-crash window, with a real aiosmtpd server on 127.0.0.1; worker pools killed
with their parent. Bounded: a few trials here (about 10 s); benchmarks/soak_delivery.py
runs the long version (30 trials, 10 kills with workers=2)."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller")

from faultkit import (  # noqa: E402 - after the importorskip
    KillingMailbox,
    Trial,
    children_of,
    run_trial,
    running,
    warm_up,
    write_trial_config,
)

TRIALS_RANDOM = 4
TRIALS_IN_WINDOW = 2
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def mailbox():
    box = KillingMailbox()
    controller = aiosmtpd_controller.Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


def test_kill_9_at_random_moments_never_sends_twice(mailbox, tmp_path):
    rng = random.Random(20261202)
    duration = warm_up(mailbox, tmp_path / "warm")
    trials = [Trial(n, "random") for n in range(TRIALS_RANDOM)]
    trials += [Trial(TRIALS_RANDOM + n, "window") for n in range(TRIALS_IN_WINDOW)]
    for trial in trials:
        run_trial(trial, mailbox, tmp_path / f"t{trial.number}", rng, duration)
    for trial in trials:
        assert trial.copies <= 1, trial
        if trial.mode == "window":  # killed after the server stored it, before its 250
            assert trial.copies == 1 and trial.final_status == "unknown", trial
        else:
            assert trial.final_status in ("sent", "unknown"), trial
            assert trial.copies == 1 or trial.final_status == "unknown", trial


def digest_with_workers(tmp_path: Path, port: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.txt").write_text(
            f"Council report number {n} on river paths\n\nThe council published report "
            f"number {n} on Tuesday, saying {n + 3} footbridges on the river path need new "
            "railings. Work will start in May and take about six weeks, officials said. "
            "Walkers will be sent along the canal towpath while the work is done.\n",
            encoding="utf-8")
    return write_trial_config(tmp_path, port, ["reader@example.org"], workers=2)


# Starting the workers imports the pipeline in each: 20 s was too short once under a load
# average of 8.6 (two cores shared by several test runs), so the wait allows a minute.
def wait_for_children(pid: int, count: int, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = children_of(pid)
        if len(kids) >= count:
            return kids
        time.sleep(0.02)
    pytest.fail(f"process {pid} started no workers in {timeout} s")


# A worker killed with its parent may still be starting its interpreter (spawn) when the
# parent dies; on a loaded 2-core machine that took over 5 s. Orphans that live on are
# still caught: they would run until the test's end, far past this bound.
def gone(pids: list[int], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(running(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_digest_leaves_no_workers_and_no_stale_lock(mailbox, tmp_path, sig):
    from briefing.digest.state import RunLock

    config = digest_with_workers(tmp_path, mailbox.port)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen([sys.executable, "-m", "briefing", "digest", "run", "--config",
                            str(config)], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    workers = wait_for_children(run.pid, 2)
    run.send_signal(sig)
    run.wait(timeout=20)
    assert gone(workers), f"workers {workers} outlived their parent"
    with RunLock(tmp_path / "state" / "digest.sqlite"):  # free at once: no stale lock
        pass
    errors = run.stderr.read().decode()
    if sig == signal.SIGKILL:
        # A killed parent prints nothing; a worker still starting its interpreter (spawn) can
        # only report that its parent vanished. Any other traceback is a fault.
        errors = "\n".join(t for t in errors.split("Traceback") if "spawn_main" not in t)
    assert "Traceback" not in errors and "Error" not in errors, errors


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_killed_batch_leaves_no_workers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        (folder / f"b{n}.txt").write_text(
            f"Bus route {n} changes\n\nBus route {n} will stop at the new hospital from June, "
            "the transport authority said on Monday. Buses will run every 15 minutes.\n",
            encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    batch = subprocess.Popen([sys.executable, "-m", "briefing", "batch", str(folder), "--out",
                              str(tmp_path / "out"), "--workers", "2", "--format", "json"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = wait_for_children(batch.pid, 2)
    batch.kill()
    batch.wait(timeout=20)
    assert gone(workers), f"batch workers {workers} outlived their parent"


def test_stale_lock_held_by_an_orphan_is_cleared_with_a_message(tmp_path, caplog):
    """An older version's orphaned worker still holds the lock file of a dead run."""
    from briefing.digest.state import RunLock

    state = tmp_path / "digest.sqlite"
    lock = Path(f"{state}.lock")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         f"fd = os.open({str(lock)!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "os.write(fd, b'999999999 1\\n')\n"  # the recorded run: long gone
         "print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"held"
        with RunLock(state) as taken:
            assert taken.cleared == "999999999"
        assert "stale lock" in caplog.text
    finally:
        holder.kill()
        holder.wait()


def test_cancelled_future_race_is_silenced_and_nothing_else(capsys):
    """Python 3.11's executor manager thread raises InvalidStateError on a future that
    Executor.map cancelled while the workers were being killed; only that is dropped."""
    import threading
    from concurrent.futures import InvalidStateError

    from briefing.pools import _without_cancelled_future_race

    seen = []
    hook = _without_cancelled_future_race(seen.append)

    class _ExecutorManagerThread(threading.Thread):  # the name CPython gives the class
        pass

    def raise_in(thread_class, error):
        def target():
            try:
                raise error
            except BaseException as caught:  # noqa: BLE001 - handed to the hook as CPython does
                hook(threading.ExceptHookArgs((type(caught), caught, caught.__traceback__,
                                                threading.current_thread())))
        thread = thread_class(target=target)
        thread.start()
        thread.join()

    raise_in(_ExecutorManagerThread, InvalidStateError("CANCELLED"))
    assert seen == []
    raise_in(_ExecutorManagerThread, RuntimeError("a real fault"))
    raise_in(threading.Thread, InvalidStateError("elsewhere"))
    assert [type(args.exc_value) for args in seen] == [RuntimeError, InvalidStateError]


def test_race_filter_stays_until_the_killed_pools_manager_thread_is_gone():
    """shutdown() drops the pool's reference to its manager thread at once, even with
    wait=False: the filter must follow the thread itself, or it is taken down while the
    manager can still raise the 3.11 race (a traceback after SIGTERM, 1 run in ~30)."""
    import threading

    from briefing.pools import process_pool

    before = threading.excepthook
    with pytest.raises(KeyboardInterrupt):
        with process_pool(2) as pool:
            pool.submit(time.sleep, 30)
            pool.submit(time.sleep, 30)
            pool.submit(time.sleep, 30)
            raise KeyboardInterrupt
    managers = [t for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread"]
    assert not any(t.is_alive() for t in managers) or threading.excepthook is not before
    assert not any(t.is_alive() for t in managers), "kill_workers left the manager running"
