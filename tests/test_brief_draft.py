"""The trainer's brief (`cdokb brief`) and the drafter's outline (`cdokb draft`): what each
quotes, in which order, the Word and Markdown files (every quoting paragraph carries its
citation), the one-line errors, the CLI and the duties tab's brief button."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kb.types import Deadline, Duty
from tests.test_compare import _doc

HAIFENG_TITLE = "海丰县首席数据官制度试点实施方案"
HOLDER = "设部门首席数据官一名,原则上由本部门领导班子成员兼任,负责推动本部门数据资源规划工作;"
HAIFENG = [
    ("一、工作目标", "建立县、镇两级首席数据官制度,提升数据治理能力。"),
    ("三、工作任务 > (一)建立组织体系", HOLDER + "设数据专员一名。"),
    (
        "三、工作任务 > (二)明确首席数据官职责任务",
        "部门首席数据官应确保本部门建设的信息化项目符合数据资源治理和共享要求。",
    ),
    ("五、保障措施", "试点镇、部门首席数据官每年6月28日前形成工作总结报告并报送县政务服务数据管理局。"),
]
CITY = [
    ("二、工作目标", "探索构建我市首席数据官组织体系。"),
    ("三、主要任务 > (二)明确职责", "市直部门首席数据官负责统筹本部门数据工作。"),
]
STATUTE = [
    ("(a) Establishment", "The head of each agency shall designate a nonpolitical appointee employee in the agency as the Chief Data Officer of the agency."),
    ("(c) Functions", "The Chief Data Officer of an agency shall be responsible for lifecycle data management."),
]  # fmt: skip


@pytest.fixture
def kb(fake_kb):
    section = HAIFENG[1][0]
    duty = Duty("首席数据官", "部门", "本部门领导班子成员", "推动本部门数据资源规划工作", HOLDER,
                "haifeng", HAIFENG_TITLE, section)  # fmt: skip
    report = Deadline("试点镇、部门首席数据官", "形成工作总结报告", "2023-06-28",
                      "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28", None, HAIFENG[3][1], "haifeng",
                      HAIFENG_TITLE, HAIFENG[3][0])  # fmt: skip
    fake_kb.add_document(
        *_doc("haifeng", HAIFENG, title=HAIFENG_TITLE, region="海丰县", level="县", date="2023-01-03",
              language="zh-Hans", issuer="海丰县人民政府办公室", doc_number="海府办函〔2023〕5号",
              extra={"complete": "yes"}),
        duties=[duty], deadlines=[report],
    )  # fmt: skip
    fake_kb.add_document(
        *_doc("city", CITY, title="某市首席数据官制度试点实施方案", region="某市", level="市",
              date="2022-05-25", language="zh-Hans", extra={"complete": "no"})
    )  # fmt: skip
    fake_kb.add_document(
        *_doc("us", STATUTE, title="44 U.S.C. § 3520. Chief Data Officers", region="United States",
              level="US federal", date="2019-01-14", language="en", extra={"complete": "yes"})
    )  # fmt: skip
    return fake_kb


def _texts(place_quotes) -> list[str]:
    return [q.text for p in place_quotes for q in p.quotes]


def test_brief_quotes_who_holds_the_role_its_duties_and_deadlines(kb):
    brief = kb.brief("部门首席数据官")
    assert [p.place for p in brief.holders] == ["海丰县"]
    assert _texts(brief.holders) == [HOLDER]  # the sentence that says who holds it, not the chunk
    duties = {g.dimension.id: g for g in brief.duties}
    assert set(duties) == {"organisation", "duties"}
    assert [p.place for p in duties["duties"].places] == ["某市", "海丰县"]  # oldest document first
    assert "市直部门首席数据官负责统筹本部门数据工作。" in _texts(duties["duties"].places)
    assert [d.recurrence for d in brief.deadlines] == ["FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"]
    assert [d.doc_id for d in brief.documents] == ["city", "haifeng"]  # only the sources quoted
    assert set(brief.places) == {"海丰县", "某市"} and brief.clauses == 5


def test_brief_by_alias_and_place(kb):
    brief = kb.brief("agency CDO")
    assert [d.doc_id for d in brief.documents] == ["us"]
    assert "designate" in _texts(brief.holders)[0]
    assert kb.brief("部门首席数据官", regions=["海丰"]).documents[0].doc_id == "haifeng"


def test_draft_headings_models_and_differences(kb):
    draft = kb.draft("县", name="某某县")
    assert [d.doc_id for d in draft.documents] == ["haifeng", "city"]  # same level first, no English
    assert [h.part.dimension.id for h in draft.headings] == [
        "goals", "scope", "organisation", "duties", "steps", "safeguards"
    ]  # fmt: skip
    organisation, safeguards = draft.headings[2], draft.headings[5]
    assert [s.dimension.id for s in organisation.subparts] == ["holder"]
    assert [s.dimension.id for s in safeguards.subparts] == ["reporting"]
    holder = organisation.subparts[0]
    assert holder.stated == ["海丰县"] and holder.models == []  # quoted once, under 组织体系
    assert [(x.place, x.role, x.holder) for x in holder.holders] == [
        ("海丰县", "部门首席数据官", "本部门领导班子成员")
    ]
    scope = draft.headings[1].part
    assert scope.not_stated == ["海丰县"] and scope.not_in_text == ["某市"]
    goals = draft.headings[0].part
    assert [m.doc_id for m in goals.models] == ["haifeng", "city"]
    assert kb.draft("agency").documents[0].doc_id == "us"
    assert [d.doc_id for d in kb.draft("市", like=["city"]).documents] == ["city"]


def _quoting(path) -> list[str]:
    from docx import Document as Word

    return [p.text for p in Word(str(path)).paragraphs if p.text.startswith(("「", "“")) or "：「" in p.text]


def _headings(path) -> list[str]:
    from docx import Document as Word

    return [p.text for p in Word(str(path)).paragraphs if p.style.name.startswith("Heading")]


def test_word_files_have_the_headings_and_every_quote_its_citation(kb, tmp_path):
    from kb.handout_export import brief_blocks, draft_blocks, to_docx, to_markdown

    brief = kb.brief("部门首席数据官")
    to_docx(brief_blocks(brief), tmp_path / "b.docx")
    assert _headings(tmp_path / "b.docx")[:3] == ["部门首席数据官培训讲义", "一、由谁担任", "海丰县"]
    assert {"二、职责", "三、时间节点与定期报告", "来源"} <= set(_headings(tmp_path / "b.docx"))
    quotes = _quoting(tmp_path / "b.docx")
    assert len(quotes) == brief.clauses
    for text in quotes:
        assert "》" in text and ("海府办函〔2023〕5号" in text or "2022-05-25" in text), text
    assert any(text.startswith("每年6月28日前 · 试点镇、部门首席数据官：「") for text in quotes)

    from docx import Document as Word

    draft = kb.draft("县", name="某某县")
    to_docx(draft_blocks(draft), tmp_path / "d.docx")
    headings = _headings(tmp_path / "d.docx")
    assert headings[0] == "某某县首席数据官制度方案提纲（条款汇编）"
    for label in (
        "一、工作目标",
        "二、试点范围",
        "三、组织体系",
        "四、主要职责",
        "五、实施步骤",
        "六、保障措施",
    ):
        assert label in headings
    assert headings.index("（一）由谁担任") == headings.index("三、组织体系") + 1
    assert headings.index("（一）报告与考核") == headings.index("六、保障措施") + 1
    quotes = _quoting(tmp_path / "d.docx")
    assert len(quotes) == draft.clauses > 0
    assert all("》" in text and "工作" in text for text in quotes)
    items = [p.text for p in Word(str(tmp_path / "d.docx")).paragraphs if p.style.name == "List Bullet"]
    named = [text for text in items if text.startswith("海丰县 · 部门首席数据官：本部门领导班子成员")]
    assert named and "海府办函〔2023〕5号" in named[0]  # who holds it, cited too

    assert Word(str(tmp_path / "d.docx")).paragraphs[1].text.startswith("本提纲只汇编已发布文件的原文条款")
    markdown = to_markdown(brief_blocks(brief))
    assert "FREQ=" not in markdown and "每年6月28日前" in markdown
    assert "| 标题 | 发文机关 | 日期 | 文号 | 收录完整 | doc_id |" in markdown
    english = to_markdown(draft_blocks(draft, chinese=False), chinese=False)
    assert english.startswith("# Outline of a CDO plan for 某某县") and "## 3. Organisation" in english
    assert all("(" in line for line in english.splitlines() if line.startswith("> “"))


def test_bad_input_is_a_one_line_error_naming_the_fix(kb):
    from kb.errors import CdokbError

    with pytest.raises(CdokbError, match="unknown role '校长'; name one such as 首席数据官"):
        kb.brief("校长")
    with pytest.raises(CdokbError, match="no role named"):
        kb.brief("")
    with pytest.raises(CdokbError, match="no clause of the chosen documents names 数据专员"):
        kb.brief("数据专员", regions=["某市"])
    with pytest.raises(CdokbError, match="no stored document matches"):
        kb.brief("首席数据官", regions=["纽约"])
    with pytest.raises(CdokbError, match="unknown level '乡村'; choose one of 省, 市, 县"):
        kb.draft("乡村")
    with pytest.raises(CdokbError, match="no document 'nope'"):
        kb.draft("县", like=["nope"])
    assert kb.draft("县级").level == "县" and kb.draft("Agency").level == "agency"
    assert kb.draft("乡镇").level == "镇"  # the word drafters use for a town's level


def test_cli_writes_the_files_and_says_what(kb, tmp_path, monkeypatch):
    from ui import cli

    monkeypatch.setattr(cli.Context, "kb", property(lambda self: kb))
    word, md = tmp_path / "brief.docx", tmp_path / "draft.md"
    run = CliRunner().invoke(
        cli.cli, ["brief", "--role", "部门首席数据官", "--region", "海丰", "--docx", str(word)]
    )
    assert run.exit_code == 0, run.output
    assert f"wrote {word} (1 place, " in run.stderr and word.exists()
    run = CliRunner().invoke(cli.cli, ["draft", "--level", "县", "--name", "某某县", "--md", str(md)])
    assert run.exit_code == 0, run.output
    assert "(6 headings, 2 documents, " in run.stderr
    assert (
        md.read_text("utf-8").splitlines()[2]
        == "本提纲只汇编已发布文件的原文条款并注明出处，不包含任何新拟政策内容"
    )
    run = CliRunner().invoke(cli.cli, ["draft", "--level", "县"])
    assert run.exit_code != 0 and "--docx FILE" in str(run.exception)


def test_duties_tab_brief_button_writes_word(kb, tmp_path):
    from docx import Document as Word

    from ui import handlers as h

    path = h.export_brief(kb, "部门首席数据官", "海丰县", "zh", tmp_path)
    assert path.suffix == ".docx" and "海丰县" in path.name
    assert Word(str(path)).paragraphs[0].text == "部门首席数据官培训讲义"
    english = h.export_brief(kb, "部门首席数据官", None, "en", tmp_path)
    assert Word(str(english)).paragraphs[0].text == "Training brief: 部门首席数据官"


def test_a_hospital_drafts_from_hospitals_first() -> None:
    """医院 and 高校 are draft levels: a hospital's own rules are its nearest models."""
    from kb.draft import DRAFT_LEVELS, comparable
    from kb.types import DocumentInfo

    def info(doc_id: str, level: str, date: str) -> DocumentInfo:
        return DocumentInfo(
            title=f"{doc_id}首席数据官制度", level=level, date=date, language="zh", doc_id=doc_id
        )

    docs = [
        info("city", "市", "2025-06-01"),
        info("hospital", "医院", "2024-01-01"),
        info("uni", "高校", "2025-01-01"),
    ]
    assert {"医院", "高校"} <= set(DRAFT_LEVELS)
    assert next(d.doc_id for d in comparable(docs, "医院")) == "hospital"
    assert next(d.doc_id for d in comparable(docs, "高校")) == "uni"
