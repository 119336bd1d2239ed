"""``briefing digest ...``: run, schedule, install-timer, history."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from briefing.errors import InputError

EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the lock; try later
EXIT_NOT_DELIVERED = 1  # the digest was not (or not surely) delivered
EXIT_PARTLY = 3  # delivered (or nothing to send), but a source, article or earlier digest failed
log = logging.getLogger("briefing.digest")

config_option = click.option(
    "--config", "config_path", required=True, type=click.Path(dir_okay=False),
    help="The digest TOML file.",
)


@click.group("digest")
def digest_group() -> None:
    """The daily digest: collect, brief, merge, rank and email the day's articles.

    \b
    Examples:
      briefing digest run --config digest.toml --dry-run
      briefing digest run --config digest.toml --out out/
      briefing digest schedule --config digest.toml
      briefing digest install-timer --config digest.toml --systemd --write
    """


def setup_logging(verbose: bool, timestamps: bool = False) -> None:
    """Warnings only by default (quiet in cron/systemd logs); -v adds each step."""
    level = logging.INFO if verbose else logging.WARNING
    logger = logging.getLogger("briefing")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        stamp = "%(asctime)s " if timestamps else ""
        handler.setFormatter(logging.Formatter(f"{stamp}%(levelname)s: %(message)s",
                                               "%Y-%m-%d %H:%M:%S"))
        logger.addHandler(handler)
    logger.setLevel(level)


@contextmanager
def progress_bars(enabled: bool) -> Iterator[Callable[[str, int], Callable[[], None]] | None]:
    """Rich progress bars on a terminal; nothing otherwise (logs stay quiet)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bars:

        def factory(label: str, total: int) -> Callable[[], None]:
            task = bars.add_task(label, total=total)
            return lambda: bars.advance(task)

        yield factory


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date (YYYY-MM-DD)") from None


@digest_group.command("run")
@config_option
@click.option("--date", "day", metavar="YYYY-MM-DD", help="The digest's date (default: today).")
@click.option("--dry-run", is_flag=True, help="Render and show what would be sent; send nothing.")
@click.option("--force", is_flag=True, help="Send even if this date's digest was already sent.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Also write the .eml, .html and PDF edition here.")
@click.option("--no-pdf", is_flag=True, help="With --out: skip the PDF edition.")
@click.option("-v", "--verbose", is_flag=True, help="Log each step.")
def run_command(config_path: str, day: str | None, dry_run: bool, force: bool,
                out_dir: str | None, no_pdf: bool, verbose: bool) -> None:
    """Collect, brief, merge, rank, render, deliver and record one digest."""
    from briefing.digest.config import load_config

    setup_logging(verbose)
    config = load_config(config_path)
    result = execute(config, parse_day(day), dry_run, force, out_dir, not no_pdf)
    for path in result.written:
        click.echo(f"wrote {path}", err=True)
    if dry_run and result.rendered is not None:
        describe(result)
    for problem in result.problems:
        click.echo(f"warning: {problem}", err=True)
    if not result.delivered:
        click.echo(f"error: {result.summary}", err=True)
        sys.exit(EXIT_NOT_DELIVERED)
    click.echo(result.summary)
    if result.problems:
        sys.exit(EXIT_PARTLY)


def execute(config, day, dry_run, force, out_dir, pdf):  # noqa: ANN001, ANN201 - CLI glue
    from briefing.digest.run import run_digest
    from briefing.pools import exit_on_sigterm

    with locked_out_message(), exit_on_sigterm(), progress_bars(sys.stderr.isatty()) as progress:
        return run_digest(config, day=day, dry_run=dry_run, force=force,
                          out_dir=Path(out_dir) if out_dir else None, pdf=pdf,
                          progress=progress)


@contextmanager
def locked_out_message() -> Iterator[None]:
    """Another run holding the lock is exit 75 (try later), with one line saying so; a
    damaged state file is one line too."""
    import sqlite3

    from briefing.digest.state import Busy

    try:
        yield
    except Busy as busy:
        click.echo(f"error: {busy}; not starting a second one", err=True)
        sys.exit(EXIT_BUSY)
    except sqlite3.DatabaseError as error:
        raise InputError(f"the digest state file cannot be used ({error})") from None


@digest_group.command("retry")
@config_option
@click.argument("day", metavar="YYYY-MM-DD")
def retry_command(config_path: str, day: str) -> None:
    """Send an unsent digest again (failed, rejected or unknown), same Message-ID, to the
    recipients now in the config.

    \b
    Example:
      briefing digest retry 2026-11-24 --config digest.toml
    """
    from briefing.digest import deliver
    from briefing.digest.config import load_config
    from briefing.digest.state import RunLock, State

    config = load_config(config_path)
    with locked_out_message(), RunLock(config.state), State(config.state) as state:
        click.echo(deliver.retry(state, config, require_day(day)))


@digest_group.command("drop")
@config_option
@click.argument("day", metavar="YYYY-MM-DD")
def drop_command(config_path: str, day: str) -> None:
    """Give up an unsent digest; its stories can go into a new one.

    \b
    Example:
      briefing digest drop 2026-11-24 --config digest.toml
    """
    from briefing.digest import deliver
    from briefing.digest.config import load_config
    from briefing.digest.state import RunLock, State

    config = load_config(config_path)
    with locked_out_message(), RunLock(config.state), State(config.state) as state:
        click.echo(deliver.drop(state, require_day(day)))


def require_day(value: str) -> date:
    day = parse_day(value)
    assert day is not None
    return day


def describe(result) -> None:  # noqa: ANN001 - CLI glue
    rendered, edition = result.rendered, result.edition
    click.echo(f"Subject: {rendered.subject}")
    click.echo(f"To: {rendered.message['To']}")
    click.echo(f"Size: HTML {len(rendered.html.encode()) / 1024:.1f} KB, "
               f"message {len(rendered.as_bytes()) / 1024:.1f} KB")
    shown = edition.stories[: len(edition.stories) - edition.cut]
    section = ""
    for number, story in enumerate(shown, 1):
        if story.section and story.section != section:
            section = story.section
            click.echo(f"  == {section} ==")
        also = ", ".join(sorted({i.source_name for i in story.also}))
        click.echo(f"{number:3d}. [{story.score:.2f}] {story.lead.title}"
                   + (f"  (also: {also})" if also else ""))
        click.echo(f"      why: {story.reason}")
    if edition.cut:
        click.echo(f"     ({edition.cut} cut for size)")


@digest_group.command("schedule")
@config_option
@click.option("-v", "--verbose", is_flag=True, help="Log each step.")
def schedule_command(config_path: str, verbose: bool) -> None:
    """Stay in the foreground and run the digest on the config's cron schedule."""
    from briefing.digest.config import load_config
    from briefing.digest.schedule import serve

    setup_logging(True, timestamps=True)  # a long-running service: say what it does
    config = load_config(config_path)
    logging.getLogger("apscheduler").setLevel(logging.INFO if verbose else logging.WARNING)

    def job() -> None:
        from briefing.digest.run import run_digest
        from briefing.digest.state import Busy

        try:
            fresh = load_config(config_path)  # pick up edits without a restart
            result = run_digest(fresh)
        except (Busy, InputError) as error:
            log.error("%s", error)
            return
        for problem in result.problems:
            log.warning("%s", problem)
        (log.info if result.delivered else log.error)("%s", result.summary)

    click.echo(f"scheduling {config.schedule.cron!r} ({config.schedule.timezone}); "
               "Ctrl+C to stop", err=True)
    try:
        serve(config, job)
    except (KeyboardInterrupt, SystemExit):
        click.echo("stopped", err=True)


@digest_group.command("install-timer")
@config_option
@click.option("--systemd", "kind", flag_value="systemd", help="A systemd user .service + .timer.")
@click.option("--cron", "kind", flag_value="cron", help="A crontab line with CRON_TZ.")
@click.option("--write", is_flag=True,
              help="Install it (systemd: ~/.config/systemd/user; cron: the user's crontab).")
def install_timer_command(config_path: str, kind: str | None, write: bool) -> None:
    """Print (or install with --write) a system timer that runs the digest."""
    from briefing.digest import timer
    from briefing.digest.config import load_config

    if kind is None:
        raise InputError("choose --systemd or --cron")
    config = load_config(config_path)
    if kind == "systemd":
        if write:
            for path in timer.write_systemd(config):
                click.echo(f"wrote {path}", err=True)
            click.echo(f"now run: systemctl --user daemon-reload && "
                       f"systemctl --user enable --now {timer.UNIT}.timer", err=True)
            return
        for name, text in timer.systemd_units(config).items():
            click.echo(f"# {name}\n{text}")
        return
    if write:
        timer.install_cron(config)
        click.echo("installed the digest block into your crontab (crontab -l to see it)", err=True)
        return
    click.echo(timer.cron_block(config), nl=False)


@digest_group.command("history")
@config_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--items", "show_items", is_flag=True,
              help="Under each digest, list the items it carried and every item it left out"
                   " with the reason.")
def history_command(config_path: str, limit: int, show_items: bool) -> None:
    """List recent digests from the state file: date, status, items, message id."""
    from briefing.digest.config import load_config
    from briefing.digest.state import State

    config = load_config(config_path)
    if not config.state.exists():
        click.echo("no digests yet")
        return
    with locked_out_message(), State(config.state, readonly=True) as state:
        rows = state.history(limit)
        details = item_details(state.db, limit) if show_items else []
    if not rows:
        click.echo("no digests yet")
    for number, (day, status, message_id, _to, sent_at, error, count) in enumerate(rows):
        extra = f"  error: {error}" if error else ""
        click.echo(f"{day}  {status:<7} {count:3d} items  {message_id}  {sent_at or ''}{extra}")
        if number < len(details):
            for line in details[number]:
                click.echo(f"    {line}")


def item_details(db, limit: int) -> list[list[str]]:  # noqa: ANN001 - sqlite3 connection
    """Per digest (newest first, as ``State.history``): its items, then its skips."""
    from briefing.digest.skips import recent_digests, shown_titles, skips_of

    details = []
    for digest_id, _day, _status in recent_digests(db, limit):
        lines = [f"sent     {title}" + (f"  ({source})" if source else "")
                 for title, source in shown_titles(db, digest_id)]
        lines += [f"skipped  {skip.item}  [{skip.reason}] {skip.detail}"
                  for skip in skips_of(db, digest_id)]
        details.append(lines)
    return details


@digest_group.command("import-opml")
@click.argument("opml_file", type=click.Path(dir_okay=False))
@config_option
def import_opml_command(opml_file: str, config_path: str) -> None:
    """Add the feeds of an OPML file (from any feed reader) to the config's sources.

    Feeds already in the config are skipped; comments and layout are kept.
    """
    from briefing.digest.opml import import_into_config

    added, present = import_into_config(opml_file, config_path)
    click.echo(f"{added} feeds added to {config_path}, {present} already there")


@digest_group.command("export-opml")
@config_option
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the OPML here instead of standard output.")
def export_opml_command(config_path: str, output: str | None) -> None:
    """Write the config's feed sources as OPML 2.0, for any feed reader."""
    from briefing.digest.opml import export_from_config

    text = export_from_config(config_path)
    if output:
        from briefing.fileio import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
