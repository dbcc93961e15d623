"""Failpoints for the crash tests: `CDOKB_CRASH_AT=NAME` (or `NAME:N` for the N-th pass)
SIGKILLs the process at that point, so a test can tear a write exactly where it hurts most.
Unset, a checkpoint is one dictionary lookup."""

from __future__ import annotations

import os
import signal
from collections import Counter

_passes: Counter[str] = Counter()


def checkpoint(name: str) -> None:
    wanted = os.environ.get("CDOKB_CRASH_AT")
    if not wanted:
        return
    target, _, count = wanted.partition(":")
    if target != name:
        return
    _passes[name] += 1
    if _passes[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
