"""The ingest pipeline's bookkeeping with the fake embedder: moves, failures, ownership."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from ingest.pipeline import ingest_paths
from kb.errors import StoreUnavailableError, UsageError
from tests.conftest import CORPUS

FILES = ["haifeng-cdo-pilot-plan-2023.txt", "us-44usc3520-chief-data-officers.txt"]


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "a"
    path.mkdir()
    for name in FILES:
        shutil.copy(CORPUS / name, path / name)
    return path


def test_a_moved_folder_keeps_its_documents(fake_kb, folder, tmp_path):
    first = ingest_paths(fake_kb, [folder])
    assert first.added == 2
    moved = tmp_path / "b"
    folder.rename(moved)
    again = ingest_paths(fake_kb, [moved])
    assert (again.unchanged, again.added, again.removed, again.documents) == (2, 0, 0, 2)
    assert all(str(moved) in info.source for info in fake_kb.documents())


def test_a_bug_in_one_file_does_not_stop_the_batch(fake_kb, folder, monkeypatch):
    import ingest.pipeline as pipeline

    real = pipeline.chunk_document

    def flaky(doc, *args, **kwargs):
        if doc.doc_id.startswith("us-"):
            raise RuntimeError("boom\nwith a second line")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "chunk_document", flaky)
    report = ingest_paths(fake_kb, [folder])
    assert report.added == 1 and len(report.failed) == 1
    error = report.failed[0]["error"]
    assert "\n" not in error and "us-44usc3520" in error and "RuntimeError" in error
    assert fake_kb.check().ok


def test_changed_file_replaces_its_chunks_without_duplicates(fake_kb, folder):
    ingest_paths(fake_kb, [folder])
    before = fake_kb.check()
    path = folder / FILES[0]
    path.write_text(path.read_text("utf-8").replace("2023年1月底前", "2023年2月底前"), "utf-8")
    report = ingest_paths(fake_kb, [folder])
    assert (report.updated, report.unchanged) == (1, 1)
    after = fake_kb.check()
    assert after.ok and after.chunks == before.chunks == after.vectors
    assert any("2023年2月底前" in c.text for c in fake_kb.chunks_of("haifeng-cdo-pilot-plan-2023"))


def test_asking_an_empty_knowledge_base_names_the_fix(fake_kb):
    with pytest.raises(UsageError, match="cdokb ingest"):
        fake_kb.ask("首席数据官由谁兼任?")


def test_a_collection_belongs_to_one_knowledge_base(tmp_path):
    from kb.store import VectorStore

    mine = VectorStore(tmp_path, "fake", owner="kb-one")
    mine.upsert(["d#0"], np.ones((1, 4), dtype=np.float32), [{"doc_id": "d"}])
    with pytest.raises(StoreUnavailableError, match="--collection"):
        VectorStore(tmp_path, "fake", owner="kb-two")
