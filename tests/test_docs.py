"""The README's promises: its two opening commands, CI running the same test command, and
every CLI command documented."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def opening_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_opens_with_setup_and_test_commands():
    setup, test = opening_commands()[:2]
    assert setup.startswith("./scripts/setup.sh") and "cdokb serve" in setup
    assert test == "./scripts/test.sh"
    assert (ROOT / "scripts" / "setup.sh").exists() and (ROOT / "scripts" / "test.sh").exists()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert opening_commands()[1] in ci.splitlines()


def test_every_cli_command_is_in_the_readme():
    from ui.cli import cli

    readme = (ROOT / "README.md").read_text("utf-8")
    missing = [name for name in cli.commands if f"cdokb {name}" not in readme]
    assert not missing, f"document these commands in README.md: {missing}"
