"""The digest configuration: a TOML file, validated on load.

Every problem is an InputError naming the key, e.g. ``config.toml: [email] to is missing``.
Relative paths (the state file, folder sources, CA file) are relative to the config file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefing.digest.filters import Filters, Rule, parse_rule
from briefing.digest.sections import Section
from briefing.errors import InputError
from briefing.mailsettings import (  # noqa: F401 - PASSWORD_ENV and EmailSettings re-exported
    PASSWORD_ENV,
    ConfigErrors,
    EmailSettings,
    check_address,
    check_keys,
    get,
    parse_email,
    table,
)
from briefing.text import one_line

DIGEST_KEYS = {
    "title", "max_items", "window_hours", "state", "send_empty", "similarity",
    "dedupe", "max_html_bytes", "fetch_timeout", "workers", "allow_private_urls",
    "other_section",
}
SOURCE_KEYS = {"path", "feed", "url", "name", "max_items", "priority"}
SOURCE_KINDS = ("path", "feed", "url")
SCHEDULE_KEYS = {"cron", "timezone", "misfire_grace_minutes"}
TOP_KEYS = {"digest", "sources", "email", "schedule", "filters", "serve",  # [serve]: briefing serve
            "sections", "recipients"}
FILTER_KEYS = {"include", "exclude", "watch"}
SECTION_KEYS = {"title", "include", "exclude", "max_items"}
RECIPIENT_KEYS = {"address", "sections"}
# Gmail clips messages whose HTML is over about 102 KB; stay clearly below it.
DEFAULT_MAX_HTML_BYTES = 100_000


@dataclass
class Source:
    kind: str  # "path" | "feed" | "url"
    location: str  # a folder/file path (resolved) or a URL
    name: str = ""  # shown in "also reported by"; default: feed title or host name
    max_items: int = 50  # newest items taken from this source per run
    priority: int = 0  # added to its stories' rank score (-10 to 10)


@dataclass
class Schedule:
    cron: str = "0 7 * * *"
    timezone: str = "UTC"
    misfire_grace_minutes: int = 180

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass
class DigestConfig:
    path: Path
    email: EmailSettings
    sources: list[Source] = field(default_factory=list)
    schedule: Schedule = field(default_factory=Schedule)
    title: str = "Morning digest"
    max_items: int = 20
    window_hours: float = 24.0
    state: Path = Path("digest.sqlite")
    send_empty: bool = False
    similarity: float = 0.5  # shingle Jaccard at or above which two items are one story
    dedupe: str = "jaccard"  # "jaccard" (exact) or "minhash" (datasketch LSH)
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES
    fetch_timeout: float = 15.0
    workers: int = 1  # processes used to brief items (1 = in this process)
    # None: refuse internal addresses unless BRIEFING_ALLOW_PRIVATE_URLS=1 (briefing.netpolicy)
    allow_private_urls: bool | list[str] | None = None
    filters: Filters = field(default_factory=Filters)
    sections: list[Section] = field(default_factory=list)
    other_section: bool = True  # stories matching no section go under "Other stories"
    # [[recipients]]: (address, section titles); each gets a digest of only those sections
    recipients: list[tuple[str, list[str]]] = field(default_factory=list)


def load_config(path: str | Path) -> DigestConfig:
    """Read and validate a digest config file."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{file}: no such config file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{file}: cannot read config ({error})") from None
    return parse_config_text(text, file)


def parse_config_text(text: str, file: Path) -> DigestConfig:
    """Validate config ``text`` as if it were the contents of ``file``."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{file}: not valid TOML ({error})") from None
    return parse_config(raw, file)


def parse_config(raw: dict[str, Any], file: Path) -> DigestConfig:
    where = ConfigErrors(file)
    check_keys(raw, TOP_KEYS, "", where)
    base = file.resolve().parent
    digest = table(raw, "digest", where)
    check_keys(digest, DIGEST_KEYS, "[digest] ", where)
    config = DigestConfig(
        path=file,
        email=parse_email(table(raw, "email", where, required=True), base, where),
        sources=parse_sources(raw.get("sources", []), base, where),
        schedule=parse_schedule(table(raw, "schedule", where), where),
        filters=parse_filters(table(raw, "filters", where), where),
        sections=parse_sections(raw.get("sections", []), where),
    )
    config.other_section = get(digest, "other_section", bool, True, "[digest] ", where)
    config.recipients = parse_recipients(raw.get("recipients", []), config.sections, where)
    config.title = one_line(get(digest, "title", str, config.title, "[digest] ", where))
    config.max_items = positive(digest, "max_items", config.max_items, where)
    config.window_hours = float(positive(digest, "window_hours", config.window_hours, where))
    config.state = base / get(digest, "state", str, "digest.sqlite", "[digest] ", where)
    config.send_empty = get(digest, "send_empty", bool, False, "[digest] ", where)
    config.similarity = get(digest, "similarity", float, config.similarity, "[digest] ", where)
    if not 0 < config.similarity <= 1:
        where.fail("[digest] similarity must be between 0 and 1")
    config.dedupe = get(digest, "dedupe", str, config.dedupe, "[digest] ", where)
    if config.dedupe not in ("jaccard", "minhash"):
        where.fail("[digest] dedupe must be \"jaccard\" or \"minhash\"")
    config.max_html_bytes = positive(digest, "max_html_bytes", config.max_html_bytes, where)
    config.fetch_timeout = float(positive(digest, "fetch_timeout", config.fetch_timeout, where))
    config.workers = positive(digest, "workers", config.workers, where)
    if "allow_private_urls" in digest:
        config.allow_private_urls = allowed_networks(digest["allow_private_urls"], where)
    return config


def allowed_networks(value: Any, where: ConfigErrors) -> bool | list[str]:
    """``allow_private_urls``: true, false, or a list of networks ("10.1.0.0/16")."""
    from briefing.netpolicy import parse_networks

    if isinstance(value, bool):
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        where.fail("[digest] allow_private_urls must be true, false or a list of networks")
    try:
        parse_networks(value)
    except InputError as error:
        where.fail(f"[digest] allow_private_urls: {error}")
    return list(value)


def positive(data: dict, key: str, default: Any, where: ConfigErrors) -> Any:
    kind = float if isinstance(default, float) else int
    value = get(data, key, kind, default, "[digest] ", where)
    if value <= 0:
        where.fail(f"[digest] {key} must be greater than 0")
    return value


def parse_sources(raw: Any, base: Path, where: ConfigErrors) -> list[Source]:
    if not isinstance(raw, list):
        where.fail("sources must be an array of [[sources]] tables")
    sources = []
    for number, entry in enumerate(raw, 1):
        prefix = f"[[sources]] #{number} "
        if not isinstance(entry, dict):
            where.fail(f"{prefix}must be a table")
        check_keys(entry, SOURCE_KEYS, prefix, where)
        kinds = [k for k in SOURCE_KINDS if k in entry]
        if len(kinds) != 1:
            where.fail(f"{prefix}needs exactly one of path, feed or url")
        kind = kinds[0]
        location = get(entry, kind, str, "", prefix, where).strip()
        if not location:
            where.fail(f"{prefix}{kind} is empty")
        if kind == "path":
            location = str(base / Path(location).expanduser())
        elif not location.lower().startswith(("http://", "https://")):
            where.fail(f"{prefix}{kind} must be an http(s) URL")
        name = one_line(get(entry, "name", str, "", prefix, where))
        limit = get(entry, "max_items", int, 50, prefix, where)
        if limit < 1:
            where.fail(f"{prefix}max_items must be a positive whole number")
        priority = get(entry, "priority", int, 0, prefix, where)
        if not -10 <= priority <= 10:
            where.fail(f"{prefix}priority must be between -10 and 10")
        sources.append(Source(kind, location, name, limit, priority))
    return sources


def parse_filters(raw: dict, where: ConfigErrors) -> Filters:
    check_keys(raw, FILTER_KEYS, "[filters] ", where)
    return Filters(**{key: rule_list(raw, key, "[filters] ", where) for key in FILTER_KEYS})


def rule_list(raw: dict, key: str, prefix: str, where: ConfigErrors) -> list[Rule]:
    values = raw.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        where.fail(f"{prefix}{key} must be a list of strings")
    try:
        return [parse_rule(value) for value in values]
    except InputError as error:
        where.fail(f"{prefix}{key}: {error}")
    raise AssertionError("unreachable")


def parse_recipients(raw: Any, sections: list[Section],
                     where: ConfigErrors) -> list[tuple[str, list[str]]]:
    from briefing.digest.sections import OTHER_TITLE

    if not isinstance(raw, list):
        where.fail("recipients must be an array of [[recipients]] tables")
    if raw and not sections:
        where.fail("[[recipients]] choose among [[sections]], and there are none")
    known = {s.title.casefold(): s.title for s in sections}
    known.setdefault(OTHER_TITLE.casefold(), OTHER_TITLE)
    recipients = []
    for number, entry in enumerate(raw, 1):
        prefix = f"[[recipients]] #{number} "
        if not isinstance(entry, dict):
            where.fail(f"{prefix}must be a table")
        check_keys(entry, RECIPIENT_KEYS, prefix, where)
        address = check_address(get(entry, "address", str, "", prefix, where), "address", where)
        wanted = entry.get("sections")
        if not isinstance(wanted, list) or not wanted or not all(
                isinstance(w, str) for w in wanted):
            where.fail(f"{prefix}sections must be a non-empty list of section titles")
        unknown = [w for w in wanted if w.strip().casefold() not in known]
        if unknown:
            where.fail(f"{prefix}unknown section {unknown[0]!r} (known: "
                       f"{', '.join(known.values())})")
        recipients.append((address, [known[w.strip().casefold()] for w in wanted]))
    return recipients


def parse_sections(raw: Any, where: ConfigErrors) -> list[Section]:
    if not isinstance(raw, list):
        where.fail("sections must be an array of [[sections]] tables")
    sections: list[Section] = []
    for number, entry in enumerate(raw, 1):
        prefix = f"[[sections]] #{number} "
        if not isinstance(entry, dict):
            where.fail(f"{prefix}must be a table")
        check_keys(entry, SECTION_KEYS, prefix, where)
        title = one_line(get(entry, "title", str, "", prefix, where))
        if not title:
            where.fail(f"{prefix}title is missing")
        if any(s.title.casefold() == title.casefold() for s in sections):
            where.fail(f"{prefix}title {title!r} is used twice")
        limit = entry.get("max_items")
        if limit is not None:
            limit = get(entry, "max_items", int, 0, prefix, where)
            if limit < 1:
                where.fail(f"{prefix}max_items must be a positive whole number")
        sections.append(Section(title, rule_list(entry, "include", prefix, where),
                                rule_list(entry, "exclude", prefix, where), limit))
    return sections


def parse_schedule(raw: dict, where: ConfigErrors) -> Schedule:
    prefix = "[schedule] "
    check_keys(raw, SCHEDULE_KEYS, prefix, where)
    schedule = Schedule()
    schedule.timezone = get(raw, "timezone", str, schedule.timezone, prefix, where)
    try:
        schedule.tz  # noqa: B018 - validates the name
    except (ZoneInfoNotFoundError, ValueError):
        where.fail(f"[schedule] timezone {schedule.timezone!r} is not a known time zone")
    schedule.cron = " ".join(get(raw, "cron", str, schedule.cron, prefix, where).split())
    check_cron(schedule.cron, schedule.tz, where)
    grace = get(raw, "misfire_grace_minutes", int, schedule.misfire_grace_minutes, prefix, where)
    if grace < 1:
        where.fail("[schedule] misfire_grace_minutes must be at least 1")
    schedule.misfire_grace_minutes = grace
    return schedule


def check_cron(expression: str, tz: ZoneInfo, where: ConfigErrors) -> None:
    from briefing.digest.cron import build_trigger

    try:
        build_trigger(expression, tz)
    except (ValueError, TypeError) as error:
        where.fail(f"[schedule] cron {expression!r} is not valid ({one_line(str(error))})")
