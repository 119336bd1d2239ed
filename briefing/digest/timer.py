"""System schedulers for people who prefer them: a systemd user timer or a crontab line.

The systemd timer has ``Persistent=true`` so a run missed while the machine was off
happens once at the next boot; the crontab block sets ``CRON_TZ`` (cronie and
compatible crons) so the time is the config's time zone.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from briefing.digest.config import DigestConfig
from briefing.digest.cron import parse_cron, to_oncalendar
from briefing.errors import InputError

UNIT = "newsbrief-digest"
BEGIN = "# BEGIN newsbrief digest (managed by briefing digest install-timer)"
END = "# END newsbrief digest"


def run_command(config: DigestConfig) -> list[str]:
    return [sys.executable, "-m", "briefing", "digest", "run", "--config",
            str(config.path.resolve())]


def systemd_units(config: DigestConfig) -> dict[str, str]:
    """{file name: content} for the user .service and .timer."""
    spec = parse_cron(config.schedule.cron)
    calendar = to_oncalendar(spec, config.schedule.timezone)
    command = shlex.join(run_command(config))
    service = f"""[Unit]
Description=newsbrief daily digest ({config.title})
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
WorkingDirectory={config.path.resolve().parent}
ExecStart={command}
"""
    timer = f"""[Unit]
Description=Run the newsbrief digest on schedule ({config.schedule.cron} {config.schedule.timezone})

[Timer]
OnCalendar={calendar}
Persistent=true
RandomizedDelaySec=60

[Install]
WantedBy=timers.target
"""
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def systemd_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def write_systemd(config: DigestConfig, folder: Path | None = None) -> list[Path]:
    from briefing.fileio import write_atomic

    folder = folder or systemd_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return [write_atomic(folder / name, text) for name, text in systemd_units(config).items()]


def cron_block(config: DigestConfig) -> str:
    parse_cron(config.schedule.cron)  # refuses what cron would read differently
    log = config.path.resolve().parent / "digest.log"
    command = f"{shlex.join(run_command(config))} >> {shlex.quote(str(log))} 2>&1"
    return "\n".join([
        BEGIN,
        f"CRON_TZ={config.schedule.timezone}",
        f"{config.schedule.cron} {command}",
        END,
    ]) + "\n"


def replace_block(crontab: str, block: str) -> str:
    """``crontab`` with our managed block replaced (or appended at the end)."""
    lines = crontab.splitlines()
    if BEGIN in lines and END in lines[lines.index(BEGIN):]:
        start = lines.index(BEGIN)
        stop = lines.index(END, start)
        lines = lines[:start] + lines[stop + 1:]
    kept = "\n".join(lines).rstrip("\n")
    return (kept + "\n" if kept else "") + block


def install_cron(config: DigestConfig) -> str:
    """Put the block into the user's crontab via the ``crontab`` command."""
    try:
        current = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("the crontab command is not installed") from None
    existing = current.stdout if current.returncode == 0 else ""
    updated = replace_block(existing, cron_block(config))
    done = subprocess.run(["crontab", "-"], input=updated, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise InputError(f"crontab refused the new table: {done.stderr.strip() or done.returncode}")
    return updated
