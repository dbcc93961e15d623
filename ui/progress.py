"""A tqdm bar on stderr for long ingests; stdout stays clean for --json readers."""

from __future__ import annotations

import sys


class ProgressBar:
    """Counts embedded chunks across files; silent when stderr is not a terminal."""

    def __init__(self) -> None:
        self._bar = None
        self._last: int | None = None
        self._name = ""

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, event: str, detail: str) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=0, unit="chunk", file=sys.stderr, mininterval=0.5, disable=None)
        if event == "file":
            self._name = detail.rsplit("/", 1)[-1][:40]
            self._bar.set_description(self._name)
            self._last = None
            return
        if event == "pages":
            self._bar.set_description(f"{self._name} (page {detail})")
            return
        done, total = (int(x) for x in detail.split("/"))
        if self._last is None:
            self._bar.total += total
            self._bar.refresh()
            self._last = 0
        self._bar.update(done - self._last)
        self._last = done
