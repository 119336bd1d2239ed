"""The ``briefing`` command line: thin wrappers over the public API.

Heavy libraries are imported inside commands so ``briefing --help`` stays instant.
Subcommands that live in other modules are registered lazily by import path.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from briefing.__about__ import __version__
from briefing.errors import InputError
from briefing.summarizers.methods import SummaryOptions, help_text
from briefing.text import first_line

METHOD_HELP = help_text()

# name -> "module:attribute"; imported only when the command is used or listed.
LAZY_COMMANDS = {
    "evaluate": "briefing.evaluate:evaluate_command",
    "evaluate-figures": "briefing.facts.evaluate:evaluate_figures_command",
    "evaluate-extraction": "briefing.ingest.evaluate:evaluate_extraction_command",
    "evaluate-quotes": "briefing.facts.quote_eval:evaluate_quotes_command",
    "evaluate-entities": "briefing.facts.entity_eval:evaluate_entities_command",
    "digest": "briefing.digest.cli:digest_group",
    "batch": "briefing.batch:batch_command",
    "serve": "briefing.serve.cli:serve_command",
}

FORMAT_BY_SUFFIX = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".eml": "email",
}


class BriefingGroup(click.Group):
    """A group that loads some subcommands lazily and turns InputError into one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | self._available_lazy())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        target = LAZY_COMMANDS.get(cmd_name)
        if target is None:
            return None
        # No fallback: a lazy command that fails to import is a bug to see, not a command
        # that quietly goes missing from the CLI.
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)

    def _available_lazy(self) -> set[str]:
        found = set()
        for name, target in LAZY_COMMANDS.items():
            if importlib.util.find_spec(target.split(":")[0]) is not None:
                found.add(name)
        return found

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            fail(str(error))
        except BrokenPipeError:
            quiet_broken_pipe()
        except OSError as error:
            fail(describe_os_error(error))


def fail(message: str) -> None:
    """Print a one-line error and exit non-zero."""
    click.echo(f"error: {first_line(message, 'failed')}", err=True)
    sys.exit(1)


def quiet_broken_pipe() -> None:
    """A reader such as `head` closed our stdout: stop quietly, as Unix tools do."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def describe_os_error(error: OSError) -> str:
    where = f"{error.filename}: " if getattr(error, "filename", None) else ""
    return f"{where}{error.strerror or error}"


def length_options(func: Any) -> Any:
    """--method/--sentences/--ratio/--words, shared by commands that summarize.

    The command receives them as one ``options`` (a SummaryOptions, checked once).
    """

    command = func

    @functools.wraps(command)
    def with_options(*args: Any, **kwargs: Any) -> Any:
        kwargs["options"] = SummaryOptions.of(
            kwargs.pop("method"), kwargs.pop("sentences"), kwargs.pop("ratio"), kwargs.pop("words")
        )
        return command(*args, **kwargs)

    func = with_options
    func = click.option(
        "--words", type=click.IntRange(min=1), help="Aim for about this many words."
    )(func)
    func = click.option(
        "--ratio",
        type=click.FloatRange(min=0, max=1, min_open=True),
        help="Keep this share of the sentences (0-1].",
    )(func)
    func = click.option(
        "--sentences", "-n", type=click.IntRange(min=1), help="Number of sentences to keep."
    )(func)
    func = click.option(
        "--method",
        "-m",
        default="default",
        show_default=True,
        help=METHOD_HELP,
    )(func)
    return func


@click.group(cls=BriefingGroup)
@click.version_option(__version__, prog_name="briefing")
def cli() -> None:
    """Turn news articles into one-page briefs and daily digests.

    INPUT is a .txt/.html/.md file, an http(s) URL, or - for standard input.
    """


@cli.command()
@click.argument("source", metavar="INPUT")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the brief here.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["pdf", "html", "md", "json", "email"]),
    help="Output format; default from the -o extension, else md.",
)
@length_options
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True)
@click.option(
    "--template-dir",
    type=click.Path(file_okay=False, exists=True),
    help="Use templates from this folder first (same names as the built-in ones).",
)
@click.option("--explain", is_flag=True, help="List what ingestion removed, and why, on stderr.")
@click.option("--send-to", multiple=True, metavar="ADDRESS", help="Email the brief (repeatable).")
@click.option("--smtp-host", help="SMTP server for --send-to (default: [email] or localhost).")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="SMTP port for --send-to.")
@click.option("--from", "sender", metavar="ADDRESS", help="Sender address for --send-to.")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, exists=True),
    help="Reuse the [email] section of a digest config for --send-to.",
)
def brief(
    source: str,
    output: str | None,
    fmt: str | None,
    options: SummaryOptions,
    paper: str,
    template_dir: str | None,
    explain: bool,
    send_to: tuple[str, ...],
    smtp_host: str | None,
    smtp_port: int | None,
    sender: str | None,
    config_path: str | None,
) -> None:
    """Make a brief of INPUT.

    \b
    Examples:
      briefing brief samples/belarus-pasted.txt -o brief.pdf
      briefing brief https://example.org/story.html --format html -o story.html
    """
    from briefing import pipeline, render

    fmt = fmt or format_from_output(output)
    refuse_overwriting_input(source, output)
    result = pipeline.brief_of(source, options)
    if explain:
        for item in result.article.removed:
            click.echo(f"removed [{item.rule}]: {item.text}", err=True)
    if send_to:
        from briefing.mail import brief_settings, send_brief

        settings = brief_settings(list(send_to), config_path, smtp_host, smtp_port, sender)
        send_brief(result, settings, template_dir)
        click.echo(f"sent to {', '.join(send_to)}", err=True)
        if not output:
            return
    data = render(result, fmt, paper=paper, template_dir=template_dir)
    emit(data, output)


def refuse_overwriting_input(source: str, output: str | None) -> None:
    """``-o`` naming the input file would replace the article with its own brief."""
    if not output or output == "-" or source == "-" or "://" in source:
        return
    try:
        same = os.path.samefile(source, output)
    except OSError:  # one of them does not exist yet: not the same file
        return
    if same:
        raise InputError(f"{output}: is the input file; choose another output name")


def format_from_output(output: str | None) -> str:
    if not output:
        return "md"
    suffix = Path(output).suffix.lower()
    if suffix not in FORMAT_BY_SUFFIX:
        raise InputError(f"cannot tell the format from {output!r}; use --format")
    return FORMAT_BY_SUFFIX[suffix]


def emit(data: bytes, output: str | None) -> None:
    """Write to a file atomically, or to stdout."""
    if output and output != "-":
        from briefing.fileio import write_atomic

        write_atomic(output, data)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@cli.command()
@click.argument("source", metavar="INPUT")
@length_options
@click.option("--explain", is_flag=True, help="Print every sentence's score and its reasons.")
def summarize(
    source: str,
    options: SummaryOptions,
    explain: bool,
) -> None:
    """Print the key sentences of INPUT, one per line, in document order.

    \b
    Examples:
      briefing summarize article.txt --sentences 5
      cat article.txt | briefing summarize - --ratio 0.3 --method lex-rank
    """
    from briefing import pipeline

    doc = pipeline.document(source)
    result = pipeline.summarize_doc(doc, options)
    if explain:
        chosen = set(result.indexes)
        for pick in sorted(result.ranking, key=lambda p: p.index):
            mark = "*" if pick.index in chosen else " "
            reasons = ", ".join(pick.reasons)
            text = doc.sentences[pick.index].text
            click.echo(f"{mark} [{pick.index:3d}] {pick.score:7.3f}  {reasons}  | {text}")
        return
    for index in result.indexes:
        click.echo(doc.sentences[index].text)


@cli.command()
@click.argument("source", metavar="INPUT")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True
)
def facts(source: str, fmt: str) -> None:
    """Print the fact box of INPUT: figures, dates, people, places, organisations, quotes.

    \b
    Example:
      briefing facts article.txt --format json
    """
    from briefing import pipeline

    doc = pipeline.facts_document(source)  # a phrase ("$20") is read too, as extract_facts does
    found = pipeline.facts_of(doc)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))
        return
    from briefing.facts import format_text

    click.echo(format_text(found))


@cli.group("feeds")
def feeds() -> None:
    """Feeds: find a site's RSS/Atom feeds to add to a digest."""


@feeds.command("discover")
@click.argument("url")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds allowed for fetching the page.")
def feeds_discover(url: str, timeout: float) -> None:
    """Print the feed URLs a site's page declares (or URL itself, if it is a feed)."""
    from briefing.ingest.discover import discover_feeds

    for feed in discover_feeds(url, timeout=timeout):
        click.echo(feed)


def main() -> None:
    try:
        cli(prog_name="briefing")
    except KeyboardInterrupt:
        fail("interrupted")
