"""SIGKILL `cdokb ingest` at every write step (failpoints) and at random moments, restart it,
and prove the store is whole: every chunk has its vector and keyword entry and the reverse,
no duplicates, no document half-present. Real embedder, real embedded Chroma."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.slow

FIRST = ["haifeng-cdo-pilot-plan-2023.txt", "us-44usc3520-chief-data-officers.txt"]
LATER = ["shenzhen-cdo-pilot-plan-2021.txt", "us-omb-m-19-23-fragments.txt"]


def cdokb(data: Path, *args: str, crash_at: str = "") -> subprocess.Popen:
    env = os.environ | {"CDOKB_HOME": str(data), "CDOKB_CRASH_AT": crash_at}
    return subprocess.Popen(
        [sys.executable, "-m", "ui.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(proc: subprocess.Popen) -> tuple[int, str]:
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out + err


def expected_chunks(folder: Path) -> dict[str, int]:
    from ingest.chunk import chunk_document
    from ingest.document import build_document

    return {path.stem: len(chunk_document(build_document(path))) for path in sorted(folder.glob("*.txt"))}


def assert_whole(data: Path, folder: Path) -> None:
    """The store matches what a clean ingest of `folder` gives."""
    code, output = finish(cdokb(data, "check", "--json"))
    report = json.loads(output.splitlines()[0])
    assert code == 0 and report["ok"], report
    code, output = finish(cdokb(data, "docs", "--json"))
    docs = {d["doc_id"]: d["chunks"] for d in json.loads(output.splitlines()[0])}
    assert docs == expected_chunks(folder)
    assert report["chunks"] == report["vectors"] == sum(docs.values())


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A store holding FIRST, whose embedding cache already knows the LATER documents, so each
    test embeds only what the edit changed (and still passes the embedding failpoint)."""
    root = tmp_path_factory.mktemp("prepared")
    later = root / "later"
    later.mkdir()
    for name in LATER:
        shutil.copy(CORPUS / name, later / name)
    first = root / "docs"
    first.mkdir()
    for name in FIRST:
        shutil.copy(CORPUS / name, first / name)
    data = root / "kb"
    for folder in (later, first):
        code, output = finish(cdokb(data, "ingest", str(folder), "--json"))
        assert code == 0, output
    code, output = finish(cdokb(data, "remove", "shenzhen-cdo-pilot-plan-2021"))
    assert code == 0, output
    code, output = finish(cdokb(data, "remove", "us-omb-m-19-23-fragments"))
    assert code == 0, output
    return first, data


@pytest.fixture
def workspace(prepared, tmp_path):
    """The folder is reset in place (the store knows files by path); the store is copied."""
    first, data = prepared
    shutil.rmtree(first)
    first.mkdir()
    for name in FIRST:
        shutil.copy(CORPUS / name, first / name)
    shutil.copytree(data, tmp_path / "kb")
    return first, tmp_path / "kb"


def change_folder(folder: Path) -> None:
    """An update (Haifeng edited), two additions and a removal, all in one ingest."""
    haifeng = folder / FIRST[0]
    text = haifeng.read_text("utf-8").replace("2023年1月底前", "2023年2月底前")
    cut = text.index("五、保障措施")  # fewer chunks: the stale vectors must go
    haifeng.write_text(text[:cut], "utf-8")
    for name in LATER:
        shutil.copy(CORPUS / name, folder / name)
    (folder / FIRST[1]).unlink()


FAILPOINTS = [
    "after-embed-batch",
    "before-catalog",
    "after-catalog",
    "after-stale-vectors",
    "after-vectors",
    "after-catalog:2",
    "after-remove-catalog",
    "keyword-built",
]


@pytest.mark.parametrize("failpoint", FAILPOINTS)
def test_kill_at_each_write_step_then_restart(workspace, failpoint):
    folder, data = workspace
    change_folder(folder)
    code, output = finish(cdokb(data, "ingest", str(folder), "--json", crash_at=failpoint))
    assert code == -signal.SIGKILL, f"the failpoint {failpoint} was never reached: {output}"
    code, output = finish(cdokb(data, "ingest", str(folder), "--json"))
    assert code == 0, output
    assert_whole(data, folder)
    answer = json.loads(
        finish(cdokb(data, "ask", "试点镇首席数据官培训在什么时候前完成?", "--json"))[1].splitlines()[0]
    )
    assert "2023年2月底前" in "".join(c["text"] for c in answer["citations"])


def test_kill_at_random_moments_then_check_repairs(workspace):
    folder, data = workspace
    change_folder(folder)
    rng = random.Random(20261121)
    for _ in range(3):
        proc = cdokb(data, "ingest", str(folder), "--json")
        time.sleep(rng.uniform(1.0, 6.0))
        proc.send_signal(signal.SIGKILL)
        finish(proc)
    code, output = finish(cdokb(data, "check", "--repair", "--json"))
    assert code == 0, output
    code, output = finish(cdokb(data, "ingest", str(folder), "--json"))
    assert code == 0, output
    assert_whole(data, folder)
