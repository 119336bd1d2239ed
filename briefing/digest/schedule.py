"""When the digest runs: the cron trigger, due-time logic and the foreground scheduler.

The decisions take ``now`` as an argument (an injected clock) so they are tested
without waiting; ``serve`` wires them to APScheduler's BlockingScheduler.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from briefing.digest.cron import build_trigger

if TYPE_CHECKING:
    from briefing.digest.config import DigestConfig

log = logging.getLogger("briefing.digest")


def next_fire_times(expression: str, tz: ZoneInfo, after: datetime, count: int) -> list[datetime]:
    """The next ``count`` run times strictly after ``after``."""
    trigger = build_trigger(expression, tz)
    times: list[datetime] = []
    previous = None
    now = after + timedelta(microseconds=1)
    while len(times) < count:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:
            break
        times.append(fire)
        previous, now = fire, fire + timedelta(seconds=1)
    return times


def last_fire_time(
    expression: str, tz: ZoneInfo, now: datetime, horizon: timedelta
) -> datetime | None:
    """The latest scheduled time at or before ``now``, looking back at most ``horizon``."""
    trigger = build_trigger(expression, tz)
    latest = None
    fire = trigger.get_next_fire_time(None, now - horizon)
    while fire is not None and fire <= now:
        latest = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return latest


def missed_run(
    expression: str,
    tz: ZoneInfo,
    now: datetime,
    last_sent: date | None,
    grace: timedelta,
) -> datetime | None:
    """The scheduled run to catch up on at start-up, if any.

    A run is owed when the latest scheduled time is within ``grace`` of ``now`` and no
    digest has been sent for that day yet (a machine that was off or asleep at 07:00
    catches up once when it wakes, never several times).
    """
    fire = last_fire_time(expression, tz, now, grace)
    if fire is None:
        return None
    fire_day = fire.astimezone(tz).date()
    if last_sent is not None and last_sent >= fire_day:
        return None
    return fire


def serve(config: DigestConfig, job: Callable[[], object], *, now: datetime | None = None) -> None:
    """Run ``job`` on the config's cron schedule until interrupted (foreground)."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    from briefing.digest.state import State

    tz = config.schedule.tz
    grace = timedelta(minutes=config.schedule.misfire_grace_minutes)
    scheduler = BlockingScheduler(timezone=tz)
    scheduler.add_job(
        job,
        build_trigger(config.schedule.cron, tz),
        id="digest",
        misfire_grace_time=int(grace.total_seconds()),
        coalesce=True,  # several missed runs (a laptop that slept) become one
        max_instances=1,
    )
    current = now or datetime.now(tz)
    with State(config.state) as state:
        last_sent = state.last_sent_date()
    owed = missed_run(config.schedule.cron, tz, current, last_sent, grace)
    if owed is not None:
        log.warning("catching up the run scheduled for %s", owed.isoformat(timespec="minutes"))
        scheduler.add_job(job, id="catch-up", misfire_grace_time=None)
    upcoming = next_fire_times(config.schedule.cron, tz, current, 1)
    if upcoming:
        log.info("next digest at %s", upcoming[0].isoformat(timespec="minutes"))
    scheduler.start()
