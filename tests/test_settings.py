"""Settings and limits are declared once (kb/config.py), and the README's tables say the same."""

from __future__ import annotations

import re
from pathlib import Path

from kb.config import LIMITS, SETTINGS
from ui.cli import cli

ROOT = Path(__file__).resolve().parent.parent
# Read by the crash tests only (a failpoint), never by a user.
INTERNAL = {"CDOKB_CRASH_AT"}


def _table(section: str, first: str) -> list[list[str]]:
    readme = ROOT.joinpath("README.md").read_text("utf-8")
    body = readme.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    lines = [ln for ln in body.splitlines() if ln.startswith("| ")]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"| {first} "))
    rows = []
    for line in lines[start + 1 :]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] and set(cells[0]) <= set("-"):
            continue
        if not cells[0].startswith("`"):
            break
        rows.append([c.strip("`") for c in cells])
    return rows


def test_the_readme_lists_every_setting_as_declared():
    rows = _table("Settings and limits", "environment")
    assert [(r[0], "" if r[1] == "-" else r[1], r[2]) for r in rows] == [
        (s.env, s.option, s.default) for s in SETTINGS
    ]


def test_the_readme_lists_every_limit_with_its_value():
    rows = _table("Settings and limits", "limit")
    assert [(r[0], float(r[1])) for r in rows] == [(lim.name, float(lim.value)) for lim in LIMITS]


def test_every_environment_variable_the_code_reads_is_declared():
    used = set()
    for folder in ("kb", "ingest", "ui"):
        for path in ROOT.joinpath(folder).rglob("*.py"):
            used |= set(re.findall(r"CDOKB_[A-Z_]+", path.read_text("utf-8")))
    assert used - INTERNAL == {s.env for s in SETTINGS}


def test_every_global_option_is_a_declared_setting():
    options = {opt for param in cli.params for opt in param.opts if opt.startswith("--")}
    assert options <= {s.option for s in SETTINGS}
