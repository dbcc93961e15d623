"""A service stop that lands while Gradio's launch() is still returning (the page already
answers) ends `serve` as a stop during the wait does: the server closed, the knowledge base
closed, no exception for the CLI to turn into exit status 130."""

from __future__ import annotations

from pathlib import Path

import ui.compose
import ui.web
from kb.config import Settings


class _Server:
    closed = False

    def close(self) -> None:
        self.closed = True


class _Demo:
    def __init__(self) -> None:
        self.server = _Server()

    def queue(self, **_: object) -> None:
        pass

    def launch(self, **_: object) -> None:
        raise KeyboardInterrupt  # SIGTERM is turned into KeyboardInterrupt by serve()

    def block_thread(self) -> None:
        raise AssertionError("the stop came before the wait")


class _KnowledgeBase:
    closed = False

    def documents(self) -> list[str]:
        return ["one"]

    def warm_up(self) -> None:
        pass

    def serving(self, url: str) -> None:
        pass

    def close(self) -> None:
        self.closed = True


def test_a_stop_during_launch_closes_the_server_and_returns(monkeypatch, tmp_path: Path) -> None:
    kb, demo = _KnowledgeBase(), _Demo()
    monkeypatch.setattr(ui.compose, "open_knowledge_base", lambda settings: kb)
    monkeypatch.setattr(ui.web, "build_app", lambda kb, users: demo)
    monkeypatch.setattr(ui.web.signal, "signal", lambda *args: None)  # leave pytest's handlers alone
    ui.web.serve(Settings(data_dir=tmp_path))
    assert demo.server.closed and kb.closed
