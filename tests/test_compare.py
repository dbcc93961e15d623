"""The comparison matrix (`cdokb compare`, the 对比 tab): cells from tagged clauses, the three
statuses, the JSON contract and the Markdown, CSV and Word files."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kb.compare import NOT_IN_STORED_TEXT, NOT_STATED, STATED, is_plan
from kb.types import Chunk, Document, DocumentInfo

PLAN = [
    ("一、工作目标", "建立县、镇两级首席数据官制度,提升数据治理能力。"),
    ("三、工作任务 > (一)建立组织体系", "设立县首席数据官一名,由分管政务服务数据管理工作的县政府领导兼任。"),
    ("四、实施计划", "2023年1月底前,县政务服务数据管理局组织开展首席数据官培训工作。"),
]
STATUTE = [
    ("(a) Establishment", "The head of each agency shall designate a nonpolitical appointee employee as the Chief Data Officer."),
    ("(d) Annual report", "The Chief Data Officer shall submit an annual report to Congress."),
]  # fmt: skip


def _doc(doc_id: str, parts: list[tuple[str, str]], **meta: str) -> tuple[Document, list[Chunk]]:
    text, chunks, pos = "", [], 0
    for i, (section, body) in enumerate(parts):
        chunks.append(Chunk(doc_id, i, body, pos, pos + len(body), section))
        text += body + "\n"
        pos += len(body) + 1
    return Document(doc_id=doc_id, text=text, content_hash=doc_id, **meta), chunks


@pytest.fixture
def kb(fake_kb):
    fake_kb.add_document(
        *_doc("haifeng", PLAN, title="海丰县首席数据官制度试点实施方案", region="海丰县", date="2023-01-03",
              language="zh-Hans", doc_number="海府办函〔2023〕5号")
    )  # fmt: skip
    fake_kb.add_document(
        *_doc("us", STATUTE, title="44 U.S.C. § 3520. Chief Data Officers", region="United States",
              date="2019-01-14", language="en", extra={"complete": "no"})
    )  # fmt: skip
    return fake_kb


def test_cells_quote_the_tagged_clauses_and_say_why_a_cell_is_empty(kb):
    matrix = kb.compare()
    assert [d.doc_id for d in matrix.documents] == ["us", "haifeng"]  # oldest first
    holder = matrix.cell("haifeng", "holder")
    assert holder.status == STATED and "兼任" in holder.clauses[0].text
    assert holder.clauses[0].section == "三、工作任务 > (一)建立组织体系"
    assert matrix.cell("haifeng", "goals").clauses[0].text.startswith("建立县、镇两级")
    assert matrix.cell("haifeng", "steps").status == STATED
    assert matrix.cell("haifeng", "safeguards").status == NOT_STATED  # complete copy: no such clause
    assert matrix.cell("us", "reporting").status == STATED
    assert matrix.cell("us", "safeguards").status == NOT_IN_STORED_TEXT  # incomplete copy proves nothing


def test_documents_by_region_in_either_script_and_dimensions_by_label(kb):
    matrix = kb.compare(regions=["Haifeng"], dimensions=["由谁担任", "Goals"])
    assert [d.doc_id for d in matrix.documents] == ["haifeng"]
    assert [d.id for d in matrix.dimensions] == ["holder", "goals"]


def test_unknown_dimension_and_document_are_one_line_errors(kb):
    from kb.errors import CdokbError

    with pytest.raises(CdokbError, match="unknown dimension budget; choose from goals"):
        kb.compare(dimensions=["budget"])
    with pytest.raises(CdokbError):
        kb.compare(docs=["nope"])


def test_json_contract_and_files(kb, tmp_path, monkeypatch):
    from ui import cli

    monkeypatch.setattr(cli.Context, "kb", property(lambda self: kb))
    md, table, word = tmp_path / "m.md", tmp_path / "m.csv", tmp_path / "m.docx"
    run = CliRunner().invoke(
        cli.cli, ["compare", "--json", "--md", str(md), "--csv", str(table), "--docx", str(word)]
    )
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    assert set(data) == {"dimensions", "documents", "cells"}
    assert {"id", "label_zh", "label_en"} == set(data["dimensions"][0])
    assert set(data["documents"][0]) == {
        "doc_id", "title", "issuer", "date", "doc_number", "region", "level", "complete"
    }  # fmt: skip
    cell = next(c for c in data["cells"] if c["doc_id"] == "haifeng" and c["dimension"] == "holder")
    assert cell["status"] == "stated" and set(cell["clauses"][0]) == {"text", "section", "page"}
    assert len(data["cells"]) == 2 * 8

    text = md.read_text("utf-8")
    assert (
        "| 维度 |" in text
        and "由分管政务服务数据管理工作的县政府领导兼任" in text
        and "海府办函〔2023〕5号" in text
    )
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"))))
    assert rows[0][0] == "维度" and len(rows) == 1 + 8 and len(rows[0]) == 3

    from docx import Document as Word

    tables = Word(str(word)).tables
    assert len(tables) == 2 and len(tables[0].rows) == 9 and "兼任" in tables[0].cell(7, 2).text


def test_plan_type_documents_are_plans_not_news_about_them():
    def info(title: str, level: str = "") -> DocumentInfo:
        return DocumentInfo(doc_id="x", title=title, level=level)

    assert is_plan(info("海丰县人民政府办公室关于印发《海丰县首席数据官制度试点实施方案》的通知"))
    assert is_plan(info("Federal Chief Data Officers' (CDO) Council Charter"))
    assert not is_plan(info("《海珠区首席数据官制度试点实施方案》正式印发"))
    assert not is_plan(info("北京政府机关将全面推进首席数据官制度", "news report on a plan"))
    assert not is_plan(info("Federal Chief Data Officers (CDO) Council Report to Congress"))


def test_a_comparison_embeds_the_question_once_without_the_place_names(kb):
    """Every place is searched with one vector of the question, its place names taken out: the
    names only blur a search already confined to one place's documents, and embedding the
    question once per place was most of a comparison's time."""
    embedded: list[str] = []
    real = kb.embedder.embed_query
    kb.embedder.embed_query = lambda text: embedded.append(text) or real(text)
    answer = kb.ask("海丰县和美国的首席数据官分别由谁担任？")
    assert "海丰县" in answer.answer and len(answer.answer.splitlines()) == 2  # one line per place
    assert embedded and len(embedded) == len(set(embedded))
    assert not any(name in text for text in embedded for name in ("海丰", "美国", "united states"))


def test_a_traditional_script_document_is_shown_in_simplified(fake_kb):
    fake_kb.add_document(
        *_doc("zh", [("一、工作目標", "建立市、區兩級首席數據官制度。")], title="珠海市首席數據官制度試點實施方案",
              issuer="珠海市人民政府辦公室", region="珠海市", language="zh-Hant", doc_number="珠府辦函〔2021〕88號")
    )  # fmt: skip
    matrix = fake_kb.compare(regions=["珠海市"])
    shown = matrix.documents[0]
    assert (shown.title, shown.issuer, shown.doc_number) == (
        "珠海市首席数据官制度试点实施方案",
        "珠海市人民政府办公室",
        "珠府办函〔2021〕88号",
    )
    assert matrix.cell("zh", "goals").clauses[0].text == "建立市、区两级首席数据官制度。"
