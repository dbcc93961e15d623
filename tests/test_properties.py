"""Invariants over arbitrary input: the ingest side never crashes or loses text, extraction
only quotes what the document says, and every citation points at a stored chunk."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunk import chunk_document
from ingest.clean import clean
from ingest.deadlines import extract_deadlines
from ingest.duties import extract_duties
from kb.types import Document
from tests.conftest import CORPUS, FakeEmbedder

PIECES = st.sampled_from(
    [
        "一、", "(一)", "1.", "第一条", "§ 3520.", "(a)", "首席数据官", "县首席数据官由县政府领导兼任",
        "应于2023年1月底前", "每年6月28日前、12月25日前", "自印发之日起30日内", "By September 30, 2020,",
        "The Chief Data Officer shall", "數(shù)據(jù)", "分享到:", "\n", "\n\n", "。", ";", " ", "|",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join)


@settings(max_examples=150)
@given(TEXT)
def test_ingest_side_never_crashes_or_loses_text(raw):
    text = clean(raw)
    doc = Document(doc_id="p", title="t", text=text, date="2023-01-03")
    chunks = chunk_document(doc)
    covered = set()
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        covered.update(range(chunk.start, chunk.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    for item in [*extract_duties(doc, chunks), *extract_deadlines(doc, chunks)]:
        assert item.text.strip() and item.text in text  # quotes are verbatim


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory):
    from ingest.pipeline import ingest_paths
    from kb.config import Settings
    from kb.knowledge_base import KnowledgeBase

    folder = tmp_path_factory.mktemp("docs")
    for name in ["haifeng-cdo-pilot-plan-2023.txt", "us-44usc3520-chief-data-officers.txt"]:
        shutil.copy(CORPUS / name, folder / name)
    kb = KnowledgeBase(
        Settings(data_dir=tmp_path_factory.mktemp("kb"), embedder="fake"), embedder=FakeEmbedder()
    )
    ingest_paths(kb, [folder])
    yield kb
    kb.close()


@settings(max_examples=60)
@given(
    st.lists(
        st.one_of(PIECES, st.sampled_from(["由谁兼任", "training", "报送", "when", "duties"])),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_every_citation_points_at_a_stored_chunk(small_kb, question):
    if not question.strip():
        return
    answer = small_kb.ask(question)
    if answer.no_answer:
        assert all(c.closest for c in answer.citations)
    for citation in answer.citations:
        stored = {c.chunk_id: c.text for c in small_kb.chunks_of(citation.doc_id)}
        assert stored[citation.chunk_id] == citation.text_original
    for marker in __import__("re").findall(r"\[(\d+)\]", answer.answer):
        assert 1 <= int(marker) <= len(answer.citations)
