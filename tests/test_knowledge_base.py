"""The facade's bookkeeping with a fake embedder: add, replace, remove, filters, consistency."""

from __future__ import annotations

import pytest

from kb.errors import EmbedderMismatchError, UnknownDocumentError, UsageError
from kb.types import Chunk, Document


def make_doc(doc_id: str, paragraphs: list[str], **meta: str) -> tuple[Document, list[Chunk]]:
    text = "\n".join(paragraphs)
    doc = Document(
        doc_id=doc_id,
        title=meta.pop("title", doc_id),
        text=text,
        content_hash=doc_id + str(len(text)),
        **meta,
    )
    chunks, pos = [], 0
    for i, para in enumerate(paragraphs):
        chunks.append(Chunk(doc_id, i, para, pos, pos + len(para), f"section {i}"))
        pos += len(para) + 1
    return doc, chunks


HAIFENG = [
    "1.设立县首席数据官一名,由分管政务服务数据管理工作的县政府领导兼任。",
    "2.加快推动系统迁云上云。试点镇、部门首席数据官应加快推动本地本部门政务信息系统“应上尽上”市政务云平台。",
    "(二)组织培训。2023年1月底前,县政务服务数据管理局组织开展试点镇、部门首席数据官培训工作。",
]
US = [
    "(a) Establishment. The head of each agency shall designate a nonpolitical appointee employee as the Chief Data Officer.",
    "(d) Annual report. The Chief Data Officer shall submit an annual report to Congress.",
]


def test_add_then_ask_cites_stored_chunk(fake_kb):
    fake_kb.add_document(
        *make_doc("haifeng", HAIFENG, region="海丰县", language="zh-Hans", date="2023-01-03")
    )
    answer = fake_kb.ask("县首席数据官由谁兼任?")
    assert not answer.no_answer
    stored = {c.text for c in fake_kb.chunks_of("haifeng")}
    assert answer.citations and all(c.text in stored for c in answer.citations)
    assert "[1]" in answer.answer
    assert answer.citations[0].date == "2023-01-03"


def test_replace_keeps_no_stale_chunks(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG))
    assert fake_kb.add_document(*make_doc("haifeng", HAIFENG[:1])) == "updated"
    assert len(fake_kb.chunks_of("haifeng")) == 1
    report = fake_kb.check()
    assert report.ok and report.vectors == report.chunks == 1


def test_remove_deletes_everywhere(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG))
    fake_kb.add_document(*make_doc("us", US, language="en"))
    fake_kb.remove("haifeng")
    assert [d.doc_id for d in fake_kb.documents()] == ["us"]
    assert all(h.chunk.doc_id == "us" for h in fake_kb.search("首席数据官 培训"))
    assert fake_kb.check().ok
    with pytest.raises(UnknownDocumentError):
        fake_kb.remove("haifeng")


def test_filters_restrict_both_sides(fake_kb):
    fake_kb.add_document(
        *make_doc("haifeng", HAIFENG, region="海丰县", language="zh-Hans", date="2023-01-03")
    )
    fake_kb.add_document(*make_doc("us", US, region="United States", language="en", date="2019-01-14"))
    for filters in ({"language": ["en"]}, {"year": ["2019"]}, {"doc": ["us"]}, {"region": ["United States"]}):
        hits = fake_kb.search("首席数据官 Chief Data Officer", k=5, filters=filters)
        assert hits and {h.chunk.doc_id for h in hits} == {"us"}
    assert fake_kb.search("首席数据官", filters={"year": ["1999"]}) == []
    with pytest.raises(UsageError):
        fake_kb.search("x", filters={"colour": ["red"]})


def test_unrelated_question_is_not_answered(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG))
    answer = fake_kb.ask("What is the best recipe for dumplings?")
    assert answer.no_answer and all(c.closest for c in answer.citations)


def test_store_refuses_another_embedder(fake_kb, tmp_path):
    from kb.config import Settings
    from kb.knowledge_base import KnowledgeBase

    fake_kb.add_document(*make_doc("haifeng", HAIFENG))
    with pytest.raises(EmbedderMismatchError, match="--embedder fake"):
        KnowledgeBase(Settings(data_dir=fake_kb.settings.data_dir, embedder="st:/some/model"))


def test_orphan_and_missing_vectors_are_repaired(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG))
    fake_kb.vectors.delete(["haifeng#0"])
    fake_kb.vectors.upsert(["ghost#0"], fake_kb.embedder.embed_passages(["x"]), [{"doc_id": "ghost"}], True)
    report = fake_kb.check()
    assert report.missing_vectors == ["haifeng#0"] and report.orphan_vectors == ["ghost#0"]
    assert fake_kb.check(repair=True).repaired
    assert fake_kb.check().ok


def test_embeddings_are_cached_by_text(fake_kb, monkeypatch):
    doc, chunks = make_doc("haifeng", HAIFENG)
    fake_kb.add_document(doc, chunks)
    calls = []
    original = fake_kb.embedder.embed_passages
    monkeypatch.setattr(
        fake_kb.embedder, "embed_passages", lambda texts: calls.append(len(texts)) or original(texts)
    )
    doc.content_hash = "changed"
    fake_kb.add_document(doc, chunks)
    assert calls == []


def test_more_chunks_than_one_sql_statement_binds_are_read(fake_kb):
    """A how-many question may read every passage holding a common word: past SQLite's 999."""
    from kb.catalog import SQL_VARIABLES

    paragraphs = [f"第{i}段：数据工作。" for i in range(SQL_VARIABLES + 5)]
    fake_kb.add_document(*make_doc("long", paragraphs, language="zh-Hans"))
    ids = [c.chunk_id for c in fake_kb.catalog.chunks_of("long")]
    assert len(fake_kb.catalog.chunks(ids)) == SQL_VARIABLES + 5


def test_a_library_of_one_language_embeds_a_question_once(fake_kb, monkeypatch):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG, language="zh-Hans", region="海丰县"))
    embedded: list[str] = []
    embed = fake_kb.embedder.embed_query
    monkeypatch.setattr(fake_kb.embedder, "embed_query", lambda text: embedded.append(text) or embed(text))
    fake_kb.ask("首席数据官的职责是什么？")
    assert len(embedded) == 1  # no English passage for the translated words to find


def test_a_name_spelled_out_is_found_by_the_initials_its_document_writes() -> None:
    """ "The Chief Data Officer will be responsible for:" holds CDO's token in a paper that says
    CDO elsewhere; not in one that never abbreviates it."""
    from kb.knowledge_base import abbreviations_of, keyword_tokens

    doc = Document(doc_id="p", title="T", text="The paper sets up a Chief Data Officer (CDO).")
    chunk = Chunk("p", 0, "The Chief Data Officer will be responsible for data quality.", 0, 10, "")
    assert "cdo" in keyword_tokens(doc, chunk, abbreviations_of(doc))
    plain = Document(
        doc_id="q", title="T", text="The Chief Data Officer will be responsible for data quality."
    )
    assert "cdo" not in keyword_tokens(plain, chunk, abbreviations_of(plain))
