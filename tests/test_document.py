"""build_document: files -> kb.types.Document, deterministic, with page spans for paged formats."""

from __future__ import annotations

import hashlib
import re
import sys
import types
import unicodedata
from pathlib import Path

import pytest

from ingest.document import build_document, content_hash, doc_id_for
from ingest.loaders import Extracted, RawPage
from kb.errors import FileError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_haifeng_document() -> None:
    path = CORPUS / "haifeng-cdo-pilot-plan-2023.txt"
    doc = build_document(path)
    assert doc.doc_id == "haifeng-cdo-pilot-plan-2023"
    assert doc.title == "海丰县人民政府办公室关于印发《海丰县首席数据官制度试点实施方案》的通知"
    assert (doc.issuer, doc.date, doc.doc_number) == (
        "海丰县人民政府办公室",
        "2023-01-03",
        "海府办函〔2023〕5号",
    )
    assert (doc.language, doc.region, doc.level) == ("zh-Hans", "广东省汕尾市海丰县", "县")
    assert doc.source == str(path)
    assert doc.content_hash == content_hash(path.read_bytes())
    assert doc.pages == []
    assert doc.extra["format"] == "text" and doc.extra["encoding"] == "utf-8"
    assert doc.extra["complete"] == "yes" and doc.extra["origin"].startswith("海丰县人民政府门户网站")
    assert "本部门领导班子成员兼任" in doc.text and "分享到" not in doc.text
    assert doc.year == "2023"


def test_every_shipped_file_builds_deterministically() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        first, second = build_document(path), build_document(path)
        assert first == second, path.name
        assert first.title and first.text and re.fullmatch(r"[a-z0-9._-]+", first.doc_id)
        assert all(isinstance(v, str) for v in first.extra.values())


def test_explicit_doc_id_and_encoding_independent_text(tmp_path: Path) -> None:
    text = "关于印发首席数据官制度的通知\n粤办函〔2021〕63号\n首席数据官负责统筹数据工作。\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("gbk"))
    a = build_document(tmp_path / "a.txt", doc_id="custom")
    b = build_document(tmp_path / "b.txt")
    assert a.doc_id == "custom" and b.doc_id == "b"
    assert a.text == b.text and a.content_hash != b.content_hash
    assert b.extra["encoding"] == "gb18030" and a.doc_number == "粤办函〔2021〕63号"


def test_no_text_left_after_cleaning(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("头部\n底部\n分享到:\n扫一扫在手机打开当前页\n", encoding="utf-8")
    with pytest.raises(FileError, match="no text left after cleaning"):
        build_document(path)


def test_paged_format_records_page_spans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [
        RawPage("i", "头部\n  一、总则  \n首席数据官负责统筹。"),
        RawPage("1", "分享到:"),  # nothing left: the page gets no span
        RawPage(None, "二、职责\n数据专员协助工作。"),
    ]

    def read(path: Path, data: bytes, progress=None) -> Extracted:
        return Extracted(pages, {}, "pdf", {"ocr": "false"})

    monkeypatch.setitem(sys.modules, "ingest.formats.pdf", types.SimpleNamespace(read=read))
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"%PDF-1.4 fake")
    doc = build_document(path)
    assert doc.text == "一、总则\n首席数据官负责统筹。\n二、职责\n数据专员协助工作。"
    assert [(s.label, doc.text[s.start : s.end]) for s in doc.pages] == [
        ("i", "一、总则\n首席数据官负责统筹。"),
        ("3", "二、职责\n数据专员协助工作。"),
    ]
    assert doc.extra["format"] == "pdf" and doc.extra["ocr"] == "false"


def test_a_paragraph_the_reader_says_runs_over_a_page_break_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "…价值转" + "化。" is one sentence: the page the reader marks as continued joins the one
    before without a break (a space between English words); the page's span still starts at its
    own first character."""
    pages = [
        RawPage("1", "6.探索公共数据授权运营，推动数据的融合应用和价值转"),
        RawPage("2", "化。\n7.组织开展数据人才培养。\nThe Council will meet"),
        RawPage("3", "quarterly."),
        RawPage("2", "二、保障措施"),  # a label again (an appendix numbered anew): not continued
    ]

    def read(path: Path, data: bytes, progress=None) -> Extracted:
        return Extracted(pages, {}, "pdf", {"continued_pages": "2,3"}, continued=(1, 2))

    monkeypatch.setitem(sys.modules, "ingest.formats.pdf", types.SimpleNamespace(read=read))
    path = tmp_path / "notice.pdf"
    path.write_bytes(b"%PDF-1.4 fake")
    doc = build_document(path)
    assert doc.text.split("\n") == [
        "6.探索公共数据授权运营，推动数据的融合应用和价值转化。",
        "7.组织开展数据人才培养。",
        "The Council will meet quarterly.",
        "二、保障措施",
    ]
    assert [doc.text[s.start : s.end] for s in doc.pages] == [p.text for p in pages]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("haifeng-cdo-pilot-plan-2023.txt", "haifeng-cdo-pilot-plan-2023"),
        ("My File (v2).PDF", "my-file-v2"),
        ("US_44 USC 3520.md", "us_44-usc-3520"),
        ("---.txt", "doc-" + hashlib.sha1(b"---").hexdigest()[:10]),
    ],
)
def test_doc_id_for_ascii_stems(name: str, expected: str) -> None:
    assert doc_id_for(Path(name)) == expected


def test_doc_id_for_chinese_stems_is_a_hash() -> None:
    stem = "海丰县首席数据官方案"
    expected = "doc-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]
    assert doc_id_for(Path(f"{stem}.txt")) == expected
    decomposed = unicodedata.normalize("NFD", "Café方案")  # macOS file names come decomposed
    assert doc_id_for(Path(decomposed + ".txt")) == doc_id_for(Path("Café方案.txt"))
    assert re.fullmatch(r"doc-[0-9a-f]{10}", doc_id_for(Path("數據.docx")))
