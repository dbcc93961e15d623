"""Which `cdokb serve` processes use a data dir, and which catalog generation each has loaded.

A CLI ingest beside a running server is seen by the server at its next question; until then
`cdokb check` can say that the server is behind, and that it will catch up by itself.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    pid: int
    url: str
    generation: int  # the catalog generation its vector handles have seen


class Presence:
    def __init__(self, data_dir: Path) -> None:
        self._folder = Path(data_dir) / "servers"
        self._url: str | None = None  # set when this process serves

    def serving(self, url: str, generation: int) -> None:
        """Announce this process as a server of the data dir."""
        self._url = url
        self._write(generation)

    def saw(self, generation: int) -> None:
        if self._url is not None:
            self._write(generation)

    def leave(self) -> None:
        if self._url is not None:
            (self._folder / f"{os.getpid()}.json").unlink(missing_ok=True)
            self._url = None

    def servers(self) -> list[Server]:
        """The live servers other than this process; the files of dead ones are removed."""
        found = []
        for path in sorted(self._folder.glob("*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
                server = Server(int(data["pid"]), str(data["url"]), int(data["generation"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if server.pid == os.getpid():
                continue  # this process sees its own writes
            if not _alive(server.pid):
                path.unlink(missing_ok=True)
                continue
            found.append(server)
        return found

    def _write(self, generation: int) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        target = self._folder / f"{os.getpid()}.json"
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps({"pid": os.getpid(), "url": self._url, "generation": generation}), "utf-8")
        os.replace(tmp, target)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    return True
