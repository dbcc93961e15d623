"""Structure-aware chunking: exact offsets, nothing lost, size limits, section paths."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.chunk import chunk_document
from kb.outline import outline as outline_of
from kb.text import is_chinese
from kb.types import Chunk, Document, PageSpan

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))


def load(path: Path) -> Document:
    """Front matter stripped, body as stored (the cleaner is not applied here)."""
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    meta = yaml.safe_load(m.group(1)) if m else {}
    text = raw[m.end() :] if m else raw
    return Document(
        doc_id=path.stem, title=str(meta.get("title", "")), text=text, language=str(meta.get("language", ""))
    )


def doc_of(text: str, pages: list[PageSpan] | None = None) -> Document:
    return Document(doc_id="t", title="t", text=text, pages=pages or [])


def check_invariants(doc: Document, chunks: list[Chunk], max_chars: int = 480, en_max: int = 1000) -> None:
    text = doc.text
    covered = bytearray(len(text))
    pos = 0
    for i, c in enumerate(chunks):
        assert c.index == i
        assert c.doc_id == doc.doc_id
        assert text[c.start : c.end] == c.text
        assert c.start >= pos, "chunks overlap or are out of order"
        assert c.text.strip(), "empty chunk"
        limit = max_chars if is_chinese(c.text) else en_max
        assert len(c.text) <= limit, (i, len(c.text), limit)
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        pos = c.end
    lost = [k for k in range(len(text)) if not covered[k] and not text[k].isspace()]
    assert not lost, f"text lost at {lost[:5]}: {text[lost[0] : lost[0] + 20]!r}"
    if not doc.pages:
        assert all(c.page is None for c in chunks)


def by_section(chunks: list[Chunk]) -> dict[str, list[Chunk]]:
    out: dict[str, list[Chunk]] = {}
    for c in chunks:
        out.setdefault(c.section, []).append(c)
    return out


# --- the shipped corpus ----------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_invariants(path: Path) -> None:
    doc = load(path)
    chunks = chunk_document(doc)
    assert chunks
    check_invariants(doc, chunks)
    again = chunk_document(load(path))
    assert [(c.start, c.end, c.section) for c in again] == [(c.start, c.end, c.section) for c in chunks]


def test_corpus_small_limits_still_hold() -> None:
    for path in CORPUS_FILES[:6]:
        doc = load(path)
        check_invariants(doc, chunk_document(doc, 60, 120), 60, 120)


def test_haifeng_section_paths() -> None:
    chunks = chunk_document(load(CORPUS / "haifeng-cdo-pilot-plan-2023.txt"))
    sections = by_section(chunks)
    key = "三、工作任务 > (二)明确首席数据官职责任务 > 2.统筹数据融合创新应用"
    assert key in sections
    assert sections[key][0].text.startswith("2.统筹数据融合创新应用。县、镇两级首席数据官应")
    one = sections["三、工作任务 > (一)建立上下贯通的首席数据官组织体系 > 1.设立县首席数据官一名"][0]
    # headings live inside the first chunk that follows them
    assert one.text.startswith("三、工作任务") and "(一)建立上下贯通的首席数据官组织体系" in one.text
    assert "1.设立县首席数据官一名" in one.text
    # notice part, then the attached plan starts a new top-level part
    plan = sections["海丰县首席数据官制度试点实施方案"][0]
    assert plan.text.startswith("海丰县首席数据官制度试点实施方案") and "制定本方案" in plan.text
    notice = [c for c in chunks if "海府办函〔2023〕5号" in c.text or "2023年1月3日" in c.text]
    assert all(c.section.endswith("的通知") for c in notice)
    assert "一、指导思想" in sections
    # never merged across a top-level section
    for c in chunks:
        tops = re.findall(r"^[ \u3000]*[一二三四五六七八九十]+、", c.text, re.M)
        assert len(tops) <= 1
    deadline = next(c for c in chunks if "6月28日前" in c.text)
    assert deadline.section == "五、保障措施 > (一)加强组织实施"


def test_us_code_section_paths() -> None:
    chunks = chunk_document(load(CORPUS / "us-44usc3520-chief-data-officers.txt"))
    base = (
        "Title 44— PUBLIC PRINTING AND DOCUMENTS > CHAPTER 35— COORDINATION OF FEDERAL INFORMATION POLICY"
        " > § 3520. Chief Data Officers"
    )
    sections = by_section(chunks)
    assert base + " > (a) Establishment" in sections
    assert sections[base + " > (a) Establishment"][0].text.startswith("Title 44—")
    functions = sections[base + " > (c) Functions"]
    joined = "".join(c.text for c in functions)
    assert "(1) be responsible for lifecycle data management;" in joined and "(13) serve as" in joined
    assert any(s.startswith(base + " > (d) Delegation of Responsibilities") for s in sections)
    assert base + " > (e) Reports" in sections
    assert all(len(c.text) <= 1000 for c in chunks)


def test_federal_data_strategy_actions_and_tables() -> None:
    chunks = chunk_document(load(CORPUS / "us-federal-data-strategy-2020-action-plan.txt"))
    actions = [c for c in chunks if "Action 2: Constitute a Diverse Data Governance Body" in c.section]
    assert actions and actions[0].text.startswith("Action 2: Constitute")
    assert actions[0].section.startswith("Agency Actions > ")
    for c in chunks:  # a table is never cut inside a row
        for line in c.text.split("\n"):
            if line.startswith("|"):
                assert line.rstrip().endswith("|") or len(line) > 1000 or c.text.endswith(line)


def test_outline_of_haifeng() -> None:
    doc = load(CORPUS / "haifeng-cdo-pilot-plan-2023.txt")
    outline = [(e.depth, e.heading) for e in outline_of(chunk_document(doc))]
    assert (0, "三、工作任务") in outline
    assert (1, "(二)明确首席数据官职责任务") in outline
    assert (2, "2.统筹数据融合创新应用") in outline
    k = outline.index((0, "三、工作任务"))
    assert outline[k + 1] == (1, "(一)建立上下贯通的首席数据官组织体系")
    assert len(outline) == len(set(outline))  # every heading once


# --- markers -----------------------------------------------------------------------------------


def sections_of(text: str, **kw: int) -> list[str]:
    doc = doc_of(text)
    chunks = chunk_document(doc, **kw)
    check_invariants(doc, chunks, kw.get("max_chars", 480), kw.get("en_max_chars", 1000))
    return [c.section for c in chunks]


def test_false_markers_are_not_headings() -> None:
    text = (
        "一、工作安排\n"
        "2023年1月3日召开会议。\n"
        "1.5亿元用于平台建设。\n"
        "44 U.S.C. 3520 requires a Chief Data Officer.\n"
        "P.L. 115-435 was signed in 2019.\n"
        "(see OMB M-19-23) for details.\n"
        "(牵头单位:县政务服务数据管理局)\n"
        "(市、区)各部门落实。\n"
        "十四五期间推进。\n"
        "2.3万次访问。\n"
    )
    assert sections_of(text) == ["一、工作安排"]


def test_traditional_and_full_width_markers() -> None:
    text = (
        "第一章　總則\n"
        "第一條　為了規範首席數據官制度，制定本辦法。\n"
        "第二條　本辦法適用於各部門。\n"
        "第二章　職責\n"
        "第三條　首席數據官履行下列職責：\n"
        "（一）統籌數據資源；\n"
        "（二）推進數據共享；\n"
        "１．建立清單。\n"
        "①完善目錄。\n"
    )
    sections = sections_of(text)
    assert sections[0] == "第一章 總則 > 第一條 為了規範首席數據官制度"
    assert "第一章 總則 > 第二條 本辦法適用於各部門" in sections
    assert any(s.startswith("第二章 職責 > 第三條 首席數據官履行下列職責") for s in sections)


def test_us_code_nesting_and_roman_numerals() -> None:
    text = (
        "§ 101. Definitions\n"
        "(h) Eighth .\nText h.\n"
        "(i) Ninth .\nText i is a letter after (h).\n"
        "(j) Tenth .\n"
        "(1) In general .\n"
        "(A) Big A .\n"
        "(i) first roman clause with enough words to be a clause;\n"
        "(ii) second roman clause;\n"
    )
    chunks = chunk_document(doc_of(text), max_chars=480, en_max_chars=60)
    sections = [c.section for c in chunks]
    assert "§ 101. Definitions > (i) Ninth" in sections
    deep = [s for s in sections if s.endswith("(ii) second roman clause")]
    assert deep == ["§ 101. Definitions > (j) Tenth > (1) In general > (A) Big A > (ii) second roman clause"]


def test_english_headings() -> None:
    text = (
        "AUTHORITY\n"
        "The council was established by statute.\n"
        "Responsibilities\n"
        "Their responsibilities include managing data.\n"
        "Action 1: Identify Data Needs to Answer Priority Agency Questions\n"
        "By September 2020, all agencies will take initial steps.\n"
        "## Markdown Heading\n"
        "Body text under a markdown heading.\n"
    )
    assert sections_of(text) == [
        "AUTHORITY",
        "Responsibilities",
        "Responsibilities > Action 1: Identify Data Needs to Answer Priority Agency Questions",
        "Markdown Heading",
    ]


def test_numbered_sections_of_orders_and_ordinances() -> None:
    """ "Sec. 4. Duties of the Chief Data Officer." opens a section as "§ 4." does; a sentence
    about a section does not."""
    text = (
        "Sec. 3. Chief Data Officer.\n"
        "The Mayor shall designate a Chief Data Officer.\n"
        "Sec. 4. Duties of the Chief Data Officer.\n"
        "The Chief Data Officer shall manage the City's open data.\n"
        "Section 3 of the Act applies to every Department.\n"
        "SEC. 22D.2.  CHIEF DATA OFFICER AND CITY DEPARTMENTS\n"
        "The CDO shall coordinate the open data policy.\n"
    )
    assert sections_of(text) == [
        "Sec. 3. Chief Data Officer",
        "Sec. 4. Duties of the Chief Data Officer",
        "SEC. 22D.2. CHIEF DATA OFFICER AND CITY DEPARTMENTS",
    ]


def test_wrapped_lines_are_not_headings() -> None:
    text = (
        "The CDO should first focus\n"
        "on finding opportunities to promote\n"
        "the sharing and access of data within\n"
        "their agencies. They must build critical\n"
        "relationships and show value.\n"
    )
    assert sections_of(text) == [""]


def test_notice_then_plan() -> None:
    text = (
        "某市人民政府办公室关于印发\n"
        "某市首席数据官制度试点实施方案的通知\n"
        "某府办函〔2022〕1号\n"
        "各区人民政府:\n"
        "现印发给你们,请认真执行。\n"
        "某市人民政府办公室\n"
        "2022年5月25日\n"
        "某市首席数据官制度试点实施方案\n"
        "为推进数字政府建设,制定本方案。\n"
        "一、工作目标\n"
        "建立首席数据官制度。\n"
        "附件\n"
        "首席数据官名单\n"
    )
    sections = sections_of(text)
    assert sections[0] == "某市人民政府办公室关于印发某市首席数据官制度试点实施方案的通知"
    assert "某市首席数据官制度试点实施方案" in sections
    assert "一、工作目标" in sections
    assert sections[-1] == "附件"
    # an appended table starts a part of its own, not the last article's
    appended = (
        "第十八条　本细则自印发之日起施行。\n附表：考核评分表\n序号 | 考核项目 | 分值\n1 | 组织领导 | 10\n"
    )
    assert sections_of(appended)[-1] == "附表：考核评分表"


def test_short_items_merge_long_items_stay_apart() -> None:
    short = "一、条件\n1、在本省注册。\n2、重视数据管理。\n3、具有一定规模。\n二、程序\n1、填报申请表。\n"
    chunks = chunk_document(doc_of(short))
    assert [c.section for c in chunks] == ["一、条件", "二、程序 > 1、填报申请表"]
    body = "县首席数据官负责统筹推进数据资源管理工作" * 8
    long = f"(一)组织体系\n1.设立首席数据官。{body}。\n2.明确职责任务。{body}。\n"
    sections = [c.section for c in chunk_document(doc_of(long))]
    assert sections == ["(一)组织体系 > 1.设立首席数据官", "(一)组织体系 > 2.明确职责任务"]


def test_long_sentences_split_at_commas_then_hard_cut() -> None:
    clause = "推进数据资源全生命周期协同管理"
    text = "一、任务\n" + ",".join([clause] * 40) + "。\n"
    chunks = chunk_document(doc_of(text), max_chars=100)
    check_invariants(doc_of(text), chunks, 100)
    assert all(c.section == "一、任务" for c in chunks)
    assert all(c.text.endswith((",", "。")) for c in chunks[:-1])
    solid = "数" * 1000
    chunks = chunk_document(doc_of(solid), max_chars=300)
    assert [len(c.text) for c in chunks] == [300, 300, 300, 100]


def test_english_long_paragraph_splits_at_sentences() -> None:
    sentence = "The Chief Data Officer shall manage data assets of the agency (see 44 U.S.C. 3520). "
    text = "PURPOSE\n" + sentence * 30
    chunks = chunk_document(doc_of(text), en_max_chars=400)
    check_invariants(doc_of(text), chunks, 480, 400)
    assert all(c.text.endswith("3520).") for c in chunks)


def test_tables_split_by_rows() -> None:
    rows = "".join(f"| Milestone {i} | Completion | September 30, 2020 |\n" for i in range(40))
    text = "Action 3: Assess Maturity\n\nIntro paragraph.\n\n" + rows + "\nAfter the table.\n"
    chunks = chunk_document(doc_of(text), en_max_chars=300)
    check_invariants(doc_of(text), chunks, 480, 300)
    for c in chunks:
        for line in c.text.split("\n"):
            if "Milestone" in line:
                assert line.startswith("|") and line.endswith("|")
    small = "Goals\n\n| a | b |\n| c | d |\n"
    assert len(chunk_document(doc_of(small))) == 1


def test_a_copy_that_breaks_off_leaves_no_fragment_chunk() -> None:
    # The shipped Shenzhen news copy ends with "另外," where the page was cut: never a passage
    # of its own, which a search would cite with nothing in it.
    paragraph = "深圳将在市本级政府试点设立首席数据官，各试点单位按要求报送方案。" * 8
    text = paragraph + "\n" + paragraph + "\n另外,"
    chunks = chunk_document(doc_of(text))
    check_invariants(doc_of(text), chunks)
    assert len(chunks) == 2 and chunks[-1].text.endswith("\n另外,")


def test_pages() -> None:
    text = "一、第一部分\n" + "内容。" * 50 + "\n二、第二部分\n" + "内容。" * 50 + "\n"
    split = text.index("二、")
    pages = [PageSpan(0, split, "1"), PageSpan(split, len(text), "2")]
    chunks = chunk_document(doc_of(text, pages))
    assert chunks[0].page == "1" and chunks[-1].page == "2"
    assert all(c.page == ("1" if c.start < split else "2") for c in chunks)


def test_empty_and_blank_documents() -> None:
    assert chunk_document(doc_of("")) == []
    assert chunk_document(doc_of(" \n\u3000\n")) == []
    with pytest.raises(ValueError):
        chunk_document(doc_of("x"), max_chars=0)


# --- properties --------------------------------------------------------------------------------

_PIECES = [
    "一、",
    "(一)",
    "（二）",
    "1.",
    "2、",
    "(1)",
    "①",
    "第一章 ",
    "第三条 ",
    "§ 3520. ",
    "(a) ",
    "(i) ",
    "(A) ",
    "Action 1: ",
    "AUTHORITY",
    "Responsibilities",
    "| a | b |",
    "- ",
    "附件",
    "实施方案",
    "首席数据官",
    "数据共享",
    "Chief Data Officer",
    "data",
    "。",
    "，",
    ",",
    ";",
    "；",
    ". ",
    ":",
    " ",
    "\u3000",
    "\n",
    "\n\n",
    "2023年1月3日",
    "1.5亿",
    "U.S.C.",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(_PIECES) | st.text(min_size=1, max_size=6), max_size=80),
    max_chars=st.integers(min_value=1, max_value=200),
    en_max=st.integers(min_value=1, max_value=300),
)
def test_property_invariants(parts: list[str], max_chars: int, en_max: int) -> None:
    text = "".join(parts)
    doc = doc_of(text)
    chunks = chunk_document(doc, max_chars, en_max)
    check_invariants(doc, chunks, max_chars, en_max)
    assert chunk_document(doc_of(text), max_chars, en_max) == chunks


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=4),
)
def test_property_pages(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    bounds = sorted({0, *(c % (len(text) + 1) for c in cuts), len(text)})
    pages = [PageSpan(a, b, str(k + 1)) for k, (a, b) in enumerate(itertools.pairwise(bounds))]
    chunks = chunk_document(doc_of(text, pages))
    check_invariants(doc_of(text, pages), chunks)
    for c in chunks:
        page = next((p for p in pages if p.start <= c.start < p.end), pages[-1] if pages else None)
        assert c.page == (page.label if page else None)


def test_a_state_code_s_lettered_subsections_are_structure() -> None:
    """Code of Virginia style: A., B. (its list 1. … 5. under it), C.; a line opening with an
    initial is not a subsection, nor a letter out of order."""
    text = (
        "§ 2.2-203.2:4. Office of Data Governance and Analytics; Chief Data Officer\n\n"
        "A. There is hereby created the Office of Data Governance and Analytics.\n\n"
        "B. The CDO shall:\n"
        "1. Oversee the sharing of data among agencies;\n"
        "2. Report annually by November 1 to the Governor.\n\n"
        "C. Each agency head shall designate a data steward.\n"
        "J. Smith drafted the section.\n"
    )
    doc = doc_of(text)
    chunks = chunk_document(doc)
    check_invariants(doc, chunks, 480, 1000)
    listed = next(c for c in chunks if "B. The CDO shall" in c.section)
    assert "1. Oversee" in listed.text and "2. Report annually" in listed.text
    assert not any("J. Smith" in c.section for c in chunks)
    # An FAQ's answers, and a text with no B., have no lettered subsections.
    faq = "FAQ\nQ. Who appoints the CDO?\nA. The head of the agency designates the CDO.\nB. Nobody else.\n"
    assert not any(s.endswith("A. The head of the agency…") or "> A." in s for s in sections_of(faq))
    assert sections_of("Memo\nA. Smith wrote this memo about data.\nThe CDO shall report.\n") == ["Memo"]


def test_a_standard_s_clause_numbers_are_its_sections() -> None:
    """GB/T 1.1 numbering, as enterprise rules write it: "5　职责" over "5.1　集团首席数据官" over
    5.1.1; a numbered list of names is no heading unless its line is a short title alone."""
    text = (
        "某集团首席数据官制度\n\n1\u3000目的\n\n为加强集团数据管理，特制定本制度。\n\n"
        "5\u3000职责\n\n5.1\u3000集团首席数据官\n\n5.1.1\u3000组织制定集团数据战略；\n\n"
        "7\u3000考核与保障\n\n7.1\u3000数据管理工作纳入年度考核。"
    )
    doc = Document(doc_id="g", title="某集团首席数据官制度", text=text, language="zh-Hans")
    sections = [c.section for c in chunk_document(doc)]
    assert "1 目的" in sections
    assert any(s.startswith("5 职责 > 5.1 集团首席数据官") for s in sections)
    assert any(s.startswith("7 考核与保障") for s in sections)


def test_a_wrapped_line_opening_with_a_number_is_no_clause_heading() -> None:
    text = "一、总体要求\n各单位要在2024年\n6 月底前完成数据资源目录编制\n并报市数据局备案。"
    doc = Document(doc_id="w", title="x", text=text, language="zh-Hans")
    assert [c.section for c in chunk_document(doc)] == ["一、总体要求"]


def test_an_english_policy_s_lettered_items_sit_under_its_numbered_clauses() -> None:
    """4.2.2 The CDO shall: (a) … (b) …, then 5. and 6.: the items belong to 4.2.2, and 6. is a
    part of its own, not a part of the last item (d) before it."""
    text = (
        "4. ROLES\n\n4.2 Chief Data Officer\n4.2.1 The City Manager shall designate a CDO.\n"
        "4.2.2 The CDO shall:\n(a) lead the data governance program;\n(b) maintain the data inventory.\n\n"
        "5. CLASSIFICATION\n\n5.1 Data is classified in four levels:\n(a) Public;\n(b) Internal;\n"
        "(c) Confidential;\n(d) Restricted.\n\n6. IMPLEMENTATION\n\n6.1 Departments complete the inventory "
        "by March 31, 2025.\n"
    )
    chunks = chunk_document(Document(doc_id="t", title="T", text=text, language="en"))
    lead = next(c for c in chunks if "(a) lead the data governance program" in c.text)
    assert lead.section.endswith("4.2.2 The CDO shall")
    last = next(c for c in chunks if "6.1 Departments" in c.text)
    assert "(d)" not in last.section and "6. IMPLEMENTATION" in last.section


def test_an_english_rendering_s_roman_parts_and_an_interpretation_s_questions() -> None:
    """A machine translation numbers a plan's 一、 二、 as I. II.; a policy interpretation's
    一、问：… is titled by its question, not by 问. "V. Smith" out of order is no part."""
    text = (
        "I. Work objectives\n\nBy the end of 2025, the system is fully established.\n\n"
        "II. Scope of implementation\n\nThe municipal departments.\n\n"
        "V. Smith wrote the first draft of the plan in 2023.\n\n"
        "III. Main responsibilities\n\n(1) The municipal chief data officer: lead the work.\n"
    )
    sections = [
        c.section for c in chunk_document(Document(doc_id="x", title="Plan", text=text, language="en"))
    ]
    assert any(s.startswith("I. Work objectives") for s in sections)
    assert any(s.startswith("III. Main responsibilities") for s in sections)
    assert not any("V. Smith" in s for s in sections)
    zh = "六、问：管委会首席数据官的主要职责有哪些？\n\n答：主要有五项职责。"
    chunks = chunk_document(Document(doc_id="q", title="政策解读", text=zh, language="zh-Hans"))
    assert chunks[0].section == "六、管委会首席数据官的主要职责有哪些"


def test_a_flattened_tables_rows_stay_whole_under_their_header() -> None:
    """A roster flattened into lines of cells apart by full-width spaces is cut between rows,
    and each later piece carries the header row in its section, so a row says what its cells are."""
    rows = "\n".join(f"{i}　市第{i}局　张{i}　党组成员、副局长　李{i}　0710-35{i:05d}" for i in range(1, 41))
    # a spaced caption above the header is not the header
    text = f"附件\n\n襄阳市　首席数据官　名单\n序号　单位　首席数据官姓名　职务　数据专员姓名　联系电话\n{rows}\n"
    chunks = chunk_document(Document(doc_id="r", title="名单", text=text, language="zh-Hans"))
    assert len(chunks) > 1
    for chunk in chunks:
        assert all(re.match(r"(?:\d+　|序号|附件|襄阳市)", line) for line in chunk.text.splitlines() if line)
    assert all(c.section.endswith("序号 单位 首席数据官姓名 职务 数据专员姓名 联系电话") for c in chunks[1:])


def test_an_faqs_unnumbered_questions_head_their_answers():
    text = (
        "Frequently Asked Questions\n"
        "Q: Who appoints agency data stewards?\nA: The executive director of each agency appoints one.\n"
        "Q: When is the inventory due?\nA: By March 31 each year.\n"
        "问：首席数据官由谁担任？\n答：由分管副区长担任。\n"
    )
    heads = [c.section.split(" > ")[-1] for c in chunk_document(doc_of(text))]
    assert heads == [
        "Q: Who appoints agency data stewards?",
        "Q: When is the inventory due?",
        "问：首席数据官由谁担任？",
    ]


def test_an_faqs_question_stays_under_its_sections_heading():
    text = "Policy\n3. Roles and responsibilities\nQ: What does the CDO do?\nA: The CDO sets statewide data policy.\n"
    assert [c.section for c in chunk_document(doc_of(text))][-1] == (
        "Policy > 3. Roles and responsibilities > Q: What does the CDO do?"
    )


def test_a_report_numbered_n_point_0_has_those_lines_for_its_parts() -> None:
    """ "1.0 Introduction" over 1.1 and 1.2 is a part of the report beside "Recommendations", not an
    item under its last recommendation "4."; one 1.0 alone changes nothing."""
    text = (
        "Recommendations\n"
        "1. Approve the creation of a permanent Chief Data Officer post at grade SS3.\n"
        "4. Delegate authority to the Deputy Chief Executive to finalise the action plan.\n"
        "1.0 Introduction\n"
        "1.1 The Council holds a very large amount of data about residents and services.\n"
        "2.0 Background\n"
        "2.1 Several Greater Manchester authorities have already created such a role.\n"
    )
    sections = sections_of(text, max_chars=80, en_max_chars=80)
    assert any(s.startswith("1.0 Introduction") for s in sections)
    assert any(s.startswith("2.0 Background") for s in sections)
    assert not any("Introduction" in s and s.startswith("Recommendations") for s in sections)
    # a version history's 1.0 and 2.0, with no 1.1 below them, are no parts
    history = (
        "Version history\n1.0 Initial draft by the Data Office\n2.0 Revised after consultation\n"
        "3. Roles\n3.1 The Chief Data Officer leads data governance across the department.\n"
    )
    roles = [s for s in sections_of(history, max_chars=80, en_max_chars=80) if "3.1" in s]
    assert roles and all("2.0" not in s for s in roles)


def test_a_capitals_title_wrapped_over_lines_is_one_heading() -> None:
    """An order's title in capitals over three lines heads its recitals as its last two lines
    together, not as its last word ("COMMITTEE")."""
    text = (
        "EXECUTIVE ORDER 2023-14\n"
        "ESTABLISHING THE POSITION OF CHIEF DATA OFFICER AND THE DATA GOVERNANCE\n"
        "COMMITTEE\n\n"
        "WHEREAS, the City collects large volumes of data in the course of delivering services; and\n"
    )
    sections = sections_of(text)
    assert sections[-1].startswith(
        "ESTABLISHING THE POSITION OF CHIEF DATA OFFICER AND THE DATA GOVERNANCE COMM"
    )
    # a cover's last short lines are not one wrapped title
    cover = "CITY OF DENVER\nDEPARTMENT OF TECHNOLOGY\nDATA STRATEGY\nMARCH 2024\n\nThe city holds data.\n"
    assert sections_of(cover)[-1] == "MARCH 2024"


def test_a_part_whose_title_opens_with_a_year_is_a_part() -> None:
    """四、2026年重点工作任务 heads part four; its list is under it, not under part three's last item."""
    text = (
        "三、存在的主要问题\n\n（一）目录质量不高。部分目录超过6个月未更新。\n\n（二）述职报告质量参差不齐。\n\n"
        "四、2026年重点工作任务\n\n各单位首席数据官要切实履行以下职责：\n\n"
        "1. 统筹本单位数据工作；\n2. 组织编制本单位数据资源目录；\n3. 每年向市首席数据官述职。\n"
    )
    chunks = chunk_document(doc_of(text))
    listing = next(c for c in chunks if "统筹本单位数据工作" in c.text)
    assert listing.section.startswith("四、2026年重点工作任务")
    assert all("四、" not in c.text for c in chunks if c.section.startswith("三、"))
    check_invariants(doc_of(text), chunks)


def test_a_list_of_bodies_copied_to_is_no_heading() -> None:
    """A memo's "CC:" list wraps onto a line of capitalised bodies; headings hold no semicolon."""
    text = (
        "CC: Director-General: Office of the Premier; Chief Information Officers and GITOs;\n"
        "Chief Financial Officers; Heads of Human Resource Management\n"
        "1. PURPOSE AND BACKGROUND\n1.1 The purpose of this circular is to direct all departments.\n"
    )
    chunks = chunk_document(doc_of(text))
    assert not any("Chief Financial Officers" in c.section for c in chunks)


def test_levels_one_and_two_are_no_item_number() -> None:
    """1、2级指标 is "levels 1 and 2" wrapped onto a line, not item 1; a year after 、 is a title."""
    text = "（一）考核指标。各单位要确保\n1、2级指标全部达标的水平，不得降低。\n"
    chunks = chunk_document(doc_of(text))
    assert not any("1、2级" in c.section for c in chunks)


def test_an_english_policy_s_numbered_parts_hold_their_lettered_items() -> None:
    """ "1. Purpose" and "2. Scope" over (a) (b): the items are the part's, and the next part is
    not an item's child."""
    text = (
        "1. Purpose\nThis policy sets out the Agency CDO role. The goals of this policy are to:\n"
        "(a) treat data as a strategic asset of the State;\n(b) improve data quality.\n"
        "2. Scope\n(a) This policy applies to all agencies.\n(b) Boards may adopt it.\n"
    )
    chunks = chunk_document(doc_of(text))
    goals = next(c for c in chunks if "strategic asset" in c.text)
    scope = next(c for c in chunks if "applies to all agencies" in c.text)
    assert goals.section.endswith("1. Purpose") and scope.section.endswith("2. Scope")
    assert not any("(b) improve" in c.section for c in chunks)
    # a role's numbered duties under (a) are its list, not parts above (b)
    duties = (
        "(a) The Chief Data Officer shall:\n1. Lead the data strategy\n2. Publish the data inventory\n"
        "(b) The Data Governance Council shall:\n1. Approve standards\n2. Resolve disputes\n"
    )
    assert not any("Publish the data inventory >" in c.section for c in chunk_document(doc_of(duties)))


def test_an_orders_numbered_sections_with_their_full_stops_hold_their_items() -> None:
    """An executive order's "5. Agency Data Stewards." and "6. Data Governance Council." over (a) (b):
    each section's items are its own, not the last item's children."""
    text = (
        "4. Duties of the Chief Data Officer. The CDO shall:\n\n(a) develop a strategy;\n\n"
        "(h) serve as chair of the Data Governance Council.\n\n5. Agency Data Stewards.\n\n"
        "(a) Each agency shall designate a steward.\n\n6. Data Governance Council.\n\n"
        "(a) There is hereby created the Data Governance Council.\n\n"
        "(b) The Council shall consist of the following members:\n\n(1) the CDO, who shall serve as chair;\n"
    )
    members = next(c for c in chunk_document(doc_of(text)) if "following members" in c.text)
    assert "6. Data Governance Council" in members.section and "(h)" not in members.section


def test_a_contents_list_after_a_details_block_and_the_first_part_s_heading() -> None:
    """Entries under "Contents" that follows an unpunctuated details block may be headings, so the
    first part's heading right after the list heads its part."""
    text = (
        "Document ID BCC-DG-CHR-001\nContents\n1 Purpose\n2 Scope\n1 Purpose\n"
        "1.1 This Charter establishes the role of the Chief Data Officer.\n"
        "2 Scope\n2.1 This Charter applies to all divisions.\n"
    )
    sections = [c.section for c in chunk_document(doc_of(text))]
    assert any(s.startswith("1 Purpose") for s in sections)


def test_a_heading_whose_level_holds_a_comma_in_brackets_is_labelled_whole() -> None:
    """（二）县（市、区）和市直部门首席数据官职责: the comma inside the brackets ends no title (batch 46)."""
    text = "三、职责分工\n（二）县（市、区）和市直部门首席数据官职责。\n1. 组织制定本地本部门数据工作规划；\n2. 对数据质量负总责。\n"
    sections = {c.section for c in chunk_document(doc_of(text))}
    assert "三、职责分工 > （二）县（市、区）和市直部门首席数据官职责" in sections


def test_a_contents_lists_entries_do_not_head_the_parts_they_list() -> None:
    """A contents list whose last entry is an appendix the copy stops before (batch 46's
    Birmingham charter; 黄冈交投's 目录 down to 第八章 附则): the parts written after it nest under
    neither the list nor its last entry. A chapter's 第一节 over its first article, which the next
    chapter's 第一节 repeats, stays a heading."""
    listed = (
        "Data Charter\nContents\n1. Introduction\n2. Scope\nAppendix A: Glossary\n"
        "1. Introduction\n1.1 The Council holds data about residents.\n"
        "2. Scope\n2.1 This charter applies to every directorate.\n"
    )
    sections = [c.section for c in chunk_document(doc_of(listed)) if "1.1" in c.text or "2.1" in c.text]
    assert sections and not any("Appendix" in s or "Contents" in s for s in sections)
    clause = "本市依法保护自然人、法人和非法人组织与数据有关的权益，健全数据管理制度。" * 8
    chapters = (
        f"第二章 数据权益保障\n第一节 一般规定\n一、总体要求\n第十二条 {clause}\n"
        f"第三章 公共数据\n第一节 一般规定\n一、总体要求\n第十八条 {clause}\n"
    )
    sections = [c.section for c in chunk_document(doc_of(chapters))]
    assert sum("第一节 一般规定" in s for s in sections) >= 2, sections
