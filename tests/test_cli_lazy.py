"""Lazily loaded commands: a command whose module fails to import fails loudly."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from briefing import cli as cli_module


def test_every_lazy_command_loads():
    context = click.Context(cli_module.cli, info_name="briefing")
    for name in cli_module.LAZY_COMMANDS:
        assert cli_module.cli.get_command(context, name) is not None, name


def test_a_lazy_command_that_cannot_import_is_an_error_not_a_missing_command(monkeypatch):
    monkeypatch.setitem(cli_module.LAZY_COMMANDS, "broken", "briefing.no_such_module:command")
    result = CliRunner().invoke(cli_module.cli, ["broken"])
    assert isinstance(result.exception, ModuleNotFoundError)
    assert "No such command" not in result.output


def test_an_unknown_command_is_still_a_usage_error():
    result = CliRunner().invoke(cli_module.cli, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command" in result.output


@pytest.mark.parametrize("name", sorted(cli_module.LAZY_COMMANDS))
def test_lazy_commands_are_listed(name):
    assert name in CliRunner().invoke(cli_module.cli, ["--help"]).output
