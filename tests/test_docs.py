"""Every CLI command and every option is documented in README.md with an example.

The command tree is walked from ``briefing.cli`` (lazy commands and groups included),
and README's examples are the ``briefing ...`` lines of its fenced code blocks. A new
command or option fails here until the README shows it in use.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from briefing.cli import LAZY_COMMANDS, cli

README = Path(__file__).resolve().parent.parent / "README.md"
FENCE = re.compile(r"^\s*```[^\n]*\n(.*?)^\s*```", re.S | re.M)
ENV_ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")


def commands(
    command: click.Command = cli, path: tuple[str, ...] = ("briefing",), parent=None
):
    """(path, command) for the root and every visible sub-command, depth first."""
    yield path, command
    if isinstance(command, click.Group):
        context = click.Context(command, info_name=path[-1], parent=parent)
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            if sub is not None and not sub.hidden:
                yield from commands(sub, (*path, name), context)


def readme_examples(text: str) -> list[list[str]]:
    """The ``briefing`` command lines of the README's code blocks, as shell tokens."""
    examples = []
    for block in FENCE.findall(text):
        joined = re.sub(r"\\\n\s*", " ", block)  # continuation lines
        for line in joined.splitlines():
            try:
                tokens = shlex.split(line.strip().removeprefix("$ "), comments=True)
            except ValueError:
                continue
            while tokens and ENV_ASSIGNMENT.match(tokens[0]):
                tokens.pop(0)  # "BRIEFING_SMTP_PASSWORD=... briefing brief ..."
            if tokens and tokens[0] == "briefing":
                examples.append([token.strip("[]") for token in tokens])  # "[--write]"
    return examples


def command_path(tokens: list[str], paths: set[tuple[str, ...]]) -> tuple[str, ...]:
    """The longest known command path an example's tokens start with."""
    best: tuple[str, ...] = ()
    for length in range(1, len(tokens) + 1):
        if tuple(tokens[:length]) in paths:
            best = tuple(tokens[:length])
    return best


def uses_option(tokens: list[str], spellings: list[str]) -> bool:
    return any(
        token == spelling or token.startswith(spelling + "=")
        for token in tokens
        for spelling in spellings
    )


TREE = list(commands())
PATHS = {path for path, _ in TREE}
EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))
BY_COMMAND: dict[tuple[str, ...], list[list[str]]] = {}
for example in EXAMPLES:
    BY_COMMAND.setdefault(command_path(example, PATHS), []).append(example)

OPTIONS = [
    (path, option)
    for path, command in TREE
    for option in command.params
    if isinstance(option, click.Option) and not option.hidden
]


def test_the_tree_is_walked():
    # guards the walk itself: every lazily loaded command must be in the tree
    assert {("briefing", name) for name in LAZY_COMMANDS} <= PATHS
    assert {("briefing", "brief"), ("briefing", "digest", "run")} <= PATHS
    assert len(EXAMPLES) >= len(PATHS)


@pytest.mark.parametrize("path", [p for p, c in TREE if not isinstance(c, click.Group)],
                         ids=" ".join)
def test_every_command_has_an_example(path):
    assert BY_COMMAND.get(path), f"README.md has no example of `{' '.join(path)}`"


@pytest.mark.parametrize(
    ("path", "option"), OPTIONS, ids=[f"{' '.join(p)} {max(o.opts, key=len)}" for p, o in OPTIONS]
)
def test_every_option_has_an_example(path, option):
    spellings = option.opts + option.secondary_opts
    used = any(uses_option(example, spellings) for example in BY_COMMAND.get(path, []))
    assert used, f"README.md has no example of `{' '.join(path)} {max(spellings, key=len)}`"
