"""A small parser for 5-field cron expressions, shared by the scheduler and the timers.

APScheduler 3.x numbers weekdays from Monday = 0 while cron uses Sunday = 0, so the
weekday field is expanded here and handed to APScheduler as names. Cron ORs a
restricted day-of-month with a restricted weekday, which APScheduler and systemd
cannot express: such expressions are refused with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 7))
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
WEEKDAYS = "sun mon tue wed thu fri sat".split()
SYSTEMD_WEEKDAYS = "Sun Mon Tue Wed Thu Fri Sat".split()


@dataclass
class CronSpec:
    """Each field expanded to sorted values; None where the field is ``*``."""

    minute: list[int] | None
    hour: list[int] | None
    day: list[int] | None
    month: list[int] | None
    weekday: list[int] | None  # 0 = Sunday ... 6 = Saturday


def parse_cron(expression: str) -> CronSpec:
    """Parse ``expression``; raise ValueError with a short reason when it is invalid."""
    parts = expression.split()
    if len(parts) != 5:
        raise ValueError(f"needs 5 fields (minute hour day month weekday), got {len(parts)}")
    values = [
        expand(part, name, low, high)
        for part, (name, low, high) in zip(parts, FIELDS, strict=True)
    ]
    if values[4] is not None:
        values[4] = sorted({v % 7 for v in values[4]})  # 7 is Sunday too
    spec = CronSpec(*values)
    if spec.day is not None and spec.weekday is not None:
        raise ValueError("restricting both day of month and weekday is not supported")
    return spec


def expand(field: str, name: str, low: int, high: int) -> list[int] | None:
    if field == "*":
        return None
    found: set[int] = set()
    for item in field.split(","):
        found.update(expand_item(item, name, low, high))
    return sorted(found)


def expand_item(item: str, name: str, low: int, high: int) -> range:
    body, _, step_text = item.partition("/")
    step = number(step_text, name) if step_text else 1
    if step < 1:
        raise ValueError(f"{name}: step must be at least 1")
    if body == "*":
        start, stop = low, high
    elif "-" in body:
        first, _, last = body.partition("-")
        start, stop = number(first, name), number(last, name)
    else:
        start = number(body, name)
        stop = high if step_text else start
    if not low <= start <= stop <= high:
        raise ValueError(f"{name}: {item!r} is outside {low}-{high}")
    return range(start, stop + 1, step)


def number(text: str, name: str) -> int:
    lowered = text.strip().lower()
    names = MONTHS if name == "month" else WEEKDAYS if name == "weekday" else []
    if lowered in names:
        return names.index(lowered) + (1 if name == "month" else 0)
    if not lowered.isdigit():
        raise ValueError(f"{name}: {text!r} is not a number")
    return int(lowered)


def apscheduler_fields(spec: CronSpec) -> dict[str, str]:
    """Keyword arguments for apscheduler's CronTrigger, weekdays as names."""

    def join(values: list[int] | None) -> str:
        return "*" if values is None else ",".join(str(v) for v in values)

    weekday = "*" if spec.weekday is None else ",".join(WEEKDAYS[d] for d in spec.weekday)
    return {
        "minute": join(spec.minute),
        "hour": join(spec.hour),
        "day": join(spec.day),
        "month": join(spec.month),
        "day_of_week": weekday,
    }


def to_oncalendar(spec: CronSpec, timezone: str) -> str:
    """The systemd OnCalendar= equivalent, e.g. ``Mon..Fri *-*-* 07:00:00 Europe/London``."""

    def join(values: list[int] | None, width: int = 2) -> str:
        return "*" if values is None else ",".join(f"{v:0{width}d}" for v in values)

    weekday = "" if spec.weekday is None else ",".join(SYSTEMD_WEEKDAYS[d] for d in spec.weekday)
    date = f"*-{join(spec.month)}-{join(spec.day)}"
    time = f"{join(spec.hour)}:{join(spec.minute)}:00"
    return " ".join(part for part in (weekday, date, time, timezone) if part)


def build_trigger(expression: str, tz: ZoneInfo) -> Any:
    """An APScheduler CronTrigger with cron's weekday numbering (0 and 7 = Sunday)."""
    from apscheduler.triggers.cron import CronTrigger

    return CronTrigger(timezone=tz, **apscheduler_fields(parse_cron(expression)))
