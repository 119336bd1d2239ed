"""The README's two set-up commands and CI's script stay in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_SCRIPT = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_readme_has_two_setup_commands_one_brief_one_tests():
    install_and_brief, install_and_test = setup_commands()
    assert "pip install ." in install_and_brief and "briefing brief samples/" in install_and_brief
    assert "pytest" in install_and_test and "'.[test]'" in install_and_test


def test_ci_runs_the_readmes_test_command_as_its_last_step():
    test_command = setup_commands()[1]
    steps = [line for line in CI_SCRIPT.splitlines() if line.strip() and not line.startswith("#")]
    assert steps[-1].strip() == test_command


def test_ci_makes_the_venv_the_readme_activates():
    assert "-m venv --clear .venv" in CI_SCRIPT


def test_the_sample_named_in_the_readme_exists():
    sample = re.search(r"briefing brief (samples/\S+)", setup_commands()[0]).group(1)
    assert (ROOT / sample).is_file()


def test_ci_installs_the_debian_packages_the_readme_names():
    packages = re.search(r"apt-get install -y ([^&]+)", setup_commands()[0]).group(1).split()
    for package in packages:
        if package != "python3-venv":  # CI installs venv support only where it is missing
            assert package in CI_SCRIPT, package
