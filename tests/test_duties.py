"""Duty extraction and role names."""

from __future__ import annotations

import pytest

from evaluation.extraction import score
from ingest.duties import extract_duties
from kb.roles import canonical_role, role_matches
from kb.text import fold_same_length
from kb.types import Document, Duty
from tests.test_deadlines import GOLD, corpus_doc, gold_stems

HAIFENG = "haifeng-cdo-pilot-plan-2023"
USC = "us-44usc3520-chief-data-officers"


def duties_of(text: str, **kw: str) -> list[Duty]:
    return extract_duties(Document(doc_id="t", title="T", text=text, **kw), [])


def duties_in_sections(text: str, title: str, language: str) -> list[Duty]:
    """Read with the document's sections, whose headings decide some duties."""
    from ingest.chunk import chunk_document

    doc = Document(doc_id="t", title=title, text=text, language=language)
    return extract_duties(doc, chunk_document(doc))


def pairs(duties: list[Duty]) -> list[tuple[str, str]]:
    return [(d.role, d.level) for d in duties]


def role_duty(duties: list[Duty]) -> list[tuple[str, str]]:
    return [(d.role, d.duty) for d in duties]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("县首席数据官", ("首席数据官", "县")),
        ("CDO", ("首席数据官", "")),
        ("首席数据官", ("首席数据官", "")),
        ("部门首席数据官", ("首席数据官", "部门")),
        ("首席數據執行官", ("首席数据执行官", "")),
        ("县首席数据执行官", ("首席数据执行官", "县")),
        ("镇数据专员", ("数据专员", "镇")),
        ("街道数据联络专员", ("数据联络专员", "街道")),
        ("政务专员", ("政务专员", "")),
        ("乡镇首席数据官", ("首席数据官", "镇")),
        ("企业CDO", ("首席数据官", "企业")),
        ("agency Chief Data Officer", ("Chief Data Officer", "agency")),
        ("Chief Data Officer of an agency", ("Chief Data Officer", "agency")),
        ("chief data officer", ("Chief Data Officer", "")),
        ("CDO Council", ("CDO Council", "")),
        ("Chief Data Officers Council", ("CDO Council", "")),
        ("the head of each agency", ("agency head", "agency")),
        ("agency head", ("agency head", "agency")),
        ("财务总监", ("", "")),
    ],
)
def test_canonical_role(name: str, expected: tuple[str, str]) -> None:
    assert canonical_role(name) == expected


def test_bare_cdo_in_english_text() -> None:
    assert canonical_role("CDO", lang="en") == ("Chief Data Officer", "")


def test_role_filters() -> None:
    assert role_matches("部门首席数据官", "首席数据官", "部门")
    assert not role_matches("部门首席数据官", "首席数据官", "县")
    assert role_matches("CDO", "Chief Data Officer", "agency")  # one role in two languages
    # ... and, asked across languages, one level: an agency's or department's CDO is a 部门首席数据官
    assert role_matches("departmental chief data officer", "首席数据官", "部门", across_languages=True)
    assert role_matches("部门首席数据官", "Chief Data Officer", "agency", across_languages=True)
    assert not role_matches("departmental chief data officer", "首席数据官", "县", across_languages=True)
    assert not role_matches("部门首席数据官", "Chief Data Officer", "agency")  # a --role filter as written
    assert role_matches("数据管家", "Data Steward", "") and role_matches("data specialists", "数据专员", "")
    assert not role_matches("数据专员", "数据管家", "")
    assert role_matches("chief data officer", "首席数据官", "镇")
    assert not role_matches("数据专员", "首席数据官", "镇")
    assert not role_matches("nobody", "首席数据官", "")


def test_haifeng_roles_levels_and_holders() -> None:
    doc, chunks = corpus_doc(HAIFENG)
    duties = extract_duties(doc, chunks)
    found = set(pairs(duties))
    for pair in [
        ("首席数据官", "县"),
        ("首席数据官", "镇"),
        ("首席数据官", "部门"),
        ("首席数据执行官", "县"),
        ("数据专员", "镇"),
        ("政务专员", "部门"),
    ]:
        assert pair in found
    county = next(d for d in duties if (d.role, d.level) == ("首席数据官", "县"))
    assert county.holder == "分管政务服务数据管理工作的县政府领导"
    executive = next(d for d in duties if d.role == "首席数据执行官")
    assert executive.holder == "县政务服务数据管理局主要领导"
    assert "协助县首席数据官开展工作" in executive.duty
    dept = next(d for d in duties if (d.role, d.level) == ("首席数据官", "部门") and d.holder)
    assert dept.holder == "本部门领导班子成员"
    for d in duties:
        assert d.text in doc.text and d.duty and d.section is not None


def test_haifeng_continuations_inherit_the_subject() -> None:
    doc, chunks = corpus_doc(HAIFENG)
    duties = extract_duties(doc, chunks)
    absent = [d for d in duties if "原则上不得缺席" in d.text]
    assert {(d.role, d.level) for d in absent} == {("首席数据官", "镇"), ("首席数据官", "部门")}
    # a sentence about another actor is nobody's CDO duty
    assert not any(d.text.startswith("县政务服务数据管理局要") for d in duties)
    assert not any("各有关部门应加强" in d.text for d in duties)


def test_usc_3520_functions_list() -> None:
    doc, chunks = corpus_doc(USC)
    duties = extract_duties(doc, chunks)
    cdo = [d for d in duties if (d.role, d.level) == ("Chief Data Officer", "agency")]
    assert len(cdo) == 17  # 14 functions + delegate + defer + report
    assert cdo[0].duty == "be responsible for lifecycle data management"
    assert cdo[0].holder == "nonpolitical appointee employee in the agency"
    head = [d for d in duties if d.role == "agency head"]
    assert len(head) == 1 and head[0].duty.startswith("designate a nonpolitical appointee")
    assert not any("shall be designated" in d.text for d in duties)  # a qualification, not a duty
    assert not any(d.text.startswith("To the extent permissible") for d in duties)  # someone else's duty


def test_duty_recall_and_precision_against_gold() -> None:
    stems = gold_stems("duties.jsonl")
    duties = [d for s in stems for d in extract_duties(*corpus_doc(s))]
    result = score(GOLD, duties, [])["duties"]
    assert result["recall"] >= 0.85, result["misses"][:5]
    assert result["precision"] >= 0.85, result["false_positives"][:5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各市首席数据官应统筹推进本地区数据资源共享开放。", [("首席数据官", "市")]),
        ("区、街道首席数据官负责组织落实本级数据治理工作。", [("首席数据官", "区"), ("首席数据官", "街道")]),
        ("設縣首席數據官一名,由縣政府分管領導兼任,負責統籌全縣數據工作。", [("首席数据官", "县")]),
        ("部门数据联络专员负责本部门数据需求对接。", [("数据联络专员", "部门")]),
        ("企业CDO应牵头制定企业数据战略。", [("首席数据官", "企业")]),
        ("将拓展数据应用场景明确为各级首席数据官的工作职责。", [("首席数据官", "")]),
        (
            "The agency Chief Data Officer shall chair the Data Governance Body.",
            [("Chief Data Officer", "agency")],
        ),
        ("The CDO Council will meet regularly.", [("CDO Council", "")]),
        # the wordings of plans written after the shipped ones (unseen-document checks)
        ("第十条　市首席数据执行官负责拟订全市数据治理年度工作要点。", [("首席数据执行官", "市")]),
        ("园区首席数据官负责统筹园区数据治理。", [("首席数据官", "区")]),
        ("区首席数据官则负责统筹全区数据资源管理。", [("首席数据官", "区")]),
        ("县首席数据官由县长兼任,负责统筹全县数据工作。", [("首席数据官", "县")]),
        ("区数据局主要负责人担任区首席数据官助理,协助区首席数据官开展工作。", [("首席数据官助理", "区")]),
        ("各单位数据联络员负责数据目录更新。", [("数据联络员", "部门")]),
        (
            "The USDA Chief Data Officer shall:\n(1) Lead the USDA Data Governance Board;\n(2) Maintain the inventory.",
            [("Chief Data Officer", ""), ("Chief Data Officer", "")],
        ),
        (
            "The Citywide Chief Data Officer shall:\nA. Lead the Framework;\nB. Maintain a Citywide inventory.",
            [("Chief Data Officer", ""), ("Chief Data Officer", "")],
        ),
        (
            "The chief data officer should be the practitioner of digital transformation.",
            [("Chief Data Officer", "")],
        ),
        (
            "Each Department head shall designate a Department Data Liaison, who shall maintain the Data Inventory.",
            [("Data Liaison", "")],
        ),
    ],
)
def test_other_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(duties_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "企业首席数据官是指企业从事数据管理的高级管理者。",
        "一是设立政府首席数据官,明确领头人。",
        "县政务服务数据管理局要督促试点镇、部门首席数据官落实各项工作任务。",
        "The Chief Data Officer of an agency shall be designated on the basis of demonstrated training.",
        "The individual shall consult with the Chief Data Officer of the agency.",
        # who holds the post, and what the holder is, are not duties
        "市设立市首席数据官，由副市长兼任。",
        "The CDO shall be a senior official with expertise in data management.",
        "进一步深化试点镇、部门首席数据官对数据管理与应用认知与理解。",
        "张三同志于2022年担任首席数据官，此前长期在市信息中心从事信息化工作。",  # a life, not a duty
    ],
)
def test_not_duties(text: str) -> None:
    assert duties_of(text) == []


def test_holder_before_the_role() -> None:
    (d,) = duties_of("在市县政府分别设立由政府分管领导担任的政府首席数据官,负责统筹推进数据治理工作。")
    assert (d.role, d.holder) == ("首席数据官", "政府分管领导")
    assert d.duty == "统筹推进数据治理工作"


def test_duty_list_under_a_role_heading() -> None:
    text = (
        "二、首席数据官职责\n首席数据官主要履行以下职责:\n(一)统筹推进本部门数据治理工作;\n"
        "(二)组织制定数据管理制度;\n三、工作要求\n(一)加强领导。"
    )
    duties = duties_of(text)
    assert [d.duty for d in duties] == ["统筹推进本部门数据治理工作", "组织制定数据管理制度"]
    assert all(d.role == "首席数据官" for d in duties)


def test_a_role_heading_may_name_its_unit_first() -> None:
    text = (
        "（三）市州衛生健康委首席數據官職責\n1.統籌本轄區全民健康信息平台建設；\n"
        "2.督促轄區醫療機構落實檢查檢驗結果互認要求。\n（四）數據專員職責\n1.開展數據質量日常校驗。\n"
    )
    got = [(d.role, d.duty) for d in duties_of(text)]
    assert got == [
        ("首席数据官", "統籌本轄區全民健康信息平台建設"),
        ("首席数据官", "督促轄區醫療機構落實檢查檢驗結果互認要求"),
        ("数据专员", "開展數據質量日常校驗"),
    ]


def test_a_role_under_another_s_lead_does_its_work() -> None:
    text = "各单位应确定1至3名数据专员，数据专员在首席数据官领导下承担具体工作。"
    assert [(d.role, d.duty) for d in duties_of(text)] == [("数据专员", "在首席数据官领导下承担具体工作")]


def test_a_sentence_naming_the_role_s_duties_is_no_heading() -> None:
    text = "各单位要切实履行好首席数据官职责。\n1.市数据局负责组织年度评估；\n2.市财政局负责经费保障。\n"
    assert duties_of(text) == []


def test_inline_duty_list_keeps_the_level() -> None:
    duties = duties_of("县首席数据官主要履行以下职责:一是统筹全县数据工作;二是协调解决重大问题。")
    assert [(d.level, d.duty) for d in duties] == [("县", "统筹全县数据工作"), ("县", "协调解决重大问题")]


def test_english_responsibilities_list() -> None:
    duties = duties_of(
        "The CDO's responsibilities include:\n- leading data governance;\n- managing data assets."
    )
    assert [(d.role, d.duty) for d in duties] == [
        ("Chief Data Officer", "leading data governance"),
        ("Chief Data Officer", "managing data assets"),
    ]


@pytest.mark.parametrize(
    ("text", "expected", "duty_part"),
    [
        # jiangsu-enterprise-cdo-guide-2021: the role is the last of a joint subject
        ("企業董事長、總經理及企業CDO負責本企業CDO制度建設工作。", [("首席数据官", "企业")], "制度建设"),
        # nanjing-urban-digital-governance-provisions-draft-2024
        (
            "区人民政府和市级部门应当设立首席数据官,负责牵头本部门数字化转型工作,统筹数据资源管理。",
            [("首席数据官", "")],
            "统筹数据资源管理",
        ),
        # us-connecticut-cgs-4-67p: an aside between the subject and "shall"
        (
            "The Chief Data Officer, in consultation with the agency data officers, shall create a state data plan.",
            [("Chief Data Officer", "")],
            "create a state data plan",
        ),
    ],
)
def test_duty_wordings_of_the_new_documents(text: str, expected: list, duty_part: str) -> None:
    found = duties_of(text)
    assert pairs(found) == expected
    assert duty_part in fold_same_length(found[0].duty) or duty_part in found[0].duty


def test_run_in_subsection_starts_a_new_sentence() -> None:
    """us-connecticut-cgs-4-67p: "…prompt manner.(c) Not later than …" has no space after the stop."""
    text = (
        "The agency data officer shall establish procedures in a prompt manner.(c) Not later than "
        "December 31, 2018, the Chief Data Officer, in consultation with agency heads, shall create a "
        "state data plan."
    )
    cdo = [d for d in duties_of(text) if d.role == "Chief Data Officer"]
    assert len(cdo) == 1 and cdo[0].text.startswith("(c) Not later than")


def test_what_happens_to_a_body_is_not_its_duty() -> None:
    """us-cdo-council-charter-2020: the Council terminating is an event, not a duty."""
    assert duties_of("This charter shall be rescinded and the Council shall terminate upon expiry.") == []
    assert duties_of("The CDO Council shall terminate upon the expiration of the period.") == []


def test_a_duty_stated_twice_is_one_row() -> None:
    text = "县首席数据官负责统筹全县数据工作。\n县首席数据官负责统筹全县数据工作,"
    assert len(duties_of(text)) == 1


def test_no_duty_in_the_truncated_guangdong_plans() -> None:
    """The stored Guangdong-area plans stop before their duty sections: nothing may be invented."""
    for stem in (
        "guangdong-cdo-pilot-work-plan-2021",
        "guangzhou-cdo-pilot-plan-2021",
        "shenzhen-cdo-pilot-plan-2021",
        "shanwei-cdo-pilot-plan-2022",
        "huizhou-cdo-pilot-plan-2022",
    ):
        assert extract_duties(*corpus_doc(stem)) == [], stem


def test_a_duty_heading_may_say_scope_and_end_with_a_stop() -> None:
    """Pilot plans head their duty lists (一)明确首席数据官职责范围。 and number the duties below it;
    an item's sentences without a subject of their own belong to it."""
    text = (
        "(一)明确首席数据官职责范围。\n1.推进数字政府改革建设。组织落实领导小组决定事项。\n"
        "2.推动数据共享开放；\n(二)建立工作机制。\n1.建立例会制度。"
    )
    found = duties_of(text)
    assert [d.duty for d in found] == ["推进数字政府改革建设。组织落实领导小组决定事项", "推动数据共享开放"]


def test_the_holder_leaves_out_to_serve() -> None:
    """us-connecticut-cgs-4-67p (a): "designate an employee of the Office … to serve as Chief Data Officer"."""
    text = (
        "The Secretary shall designate an employee of the Office of Policy and Management to serve as Chief "
        "Data Officer. The Chief Data Officer shall be responsible for directing executive branch agencies."
    )
    assert [d.holder for d in duties_of(text)] == ["employee of the Office of Policy and Management"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dazhou-cdo-system-news: items at semicolons, the level from 达州市
        (
            "达州市首席数据官主要负责包括:牵头制定本地数字政府建设方案;统筹协调内外部数据供需对接问题;"
            "组建数字人才队伍,培育数据要素生态等。",
            [
                "牵头制定本地数字政府建设方案",
                "统筹协调内外部数据供需对接问题",
                "组建数字人才队伍,培育数据要素生态",
            ],
        ),
        # beijing-cdo-pilot-work-plan-news-2023: items at 、 before a verb, the list's 等 dropped
        (
            "自行灵活设立首席数据官,职责范围包括推进数字政府建设、加强数据资源管理、提升指导监督能力等。",
            ["推进数字政府建设", "加强数据资源管理", "提升指导监督能力"],
        ),
        # shenzhen-cdo-pilot-plan-news-guancha-2021: a last item after 和, then "六大方面"
        (
            "《方案》还明确首席数据官职责范围,包括推进省、市、县数据融合创新应用、"
            "加强人才队伍建设和开展特色数据应用探索六大方面。",
            ["推进省、市、县数据融合创新应用", "加强人才队伍建设", "开展特色数据应用探索"],
        ),
    ],
)
def test_a_run_in_list_of_duties(text: str, expected: list[str]) -> None:
    found = duties_of(text)
    assert [d.duty for d in found] == expected
    assert all(d.role == "首席数据官" and "首席数据官" in d.text for d in found)  # the whole clause is quoted


def test_a_state_code_s_lettered_lead_in_gives_its_list_as_duties() -> None:
    """ "B. The CDO shall:" then 1. … 5.: the lettered subsection's subject is the role."""
    from ingest.chunk import chunk_document
    from ingest.duties import extract_duties

    text = (
        "§ 2.2-203.2:4. Chief Data Officer\n\n"
        "A. The Office shall be headed by the Chief Data Officer, who shall be appointed by the Governor.\n\n"
        "B. The CDO shall:\n"
        "1. Oversee the sharing of data among agencies;\n"
        "2. Report annually by November 1 to the Governor.\n\n"
        "D. The CDO shall convene a Data Governance Council.\n"
    )
    doc = Document(doc_id="va", title="Code of Virginia", text=text, content_hash="va", language="en")
    duties = [(d.role, d.duty) for d in extract_duties(doc, chunk_document(doc))]
    assert ("Chief Data Officer", "Oversee the sharing of data among agencies") in duties
    assert ("Chief Data Officer", "Report annually by November 1 to the Governor") in duties
    assert ("Chief Data Officer", "convene a Data Governance Council") in duties


def test_a_duties_heading_naming_no_role_lists_the_duties_of_the_role_the_title_names() -> None:
    """杭州市首席数据官制度试点实施方案, 四、主要职责 (一)…(三): the 首席数据官's duties, at no
    level (the title's 杭州市 names the city)."""
    from ingest.chunk import chunk_document
    from ingest.duties import extract_duties

    text = (
        "杭州市首席数据官制度试点实施方案\n"
        "四、主要职责\n"
        "（一）统筹推进本单位数字化改革工作，组织编制数据资源目录。\n"
        "（二）推动公共数据共享开放和开发利用。\n"
        "五、保障措施\n"
        "（一）加强组织领导。\n"
    )
    doc = Document(doc_id="hz", title="杭州市首席数据官制度试点实施方案", text=text, content_hash="hz")
    duties = [(d.role, d.level, d.duty) for d in extract_duties(doc, chunk_document(doc))]
    assert duties == [
        ("首席数据官", "", "统筹推进本单位数字化改革工作，组织编制数据资源目录"),
        ("首席数据官", "", "推动公共数据共享开放和开发利用"),
    ]
    two_roles = Document(doc_id="x", title="首席数据官和数据专员工作规范", text=text, content_hash="x")
    assert not extract_duties(two_roles, chunk_document(two_roles))  # whose duties is unsaid
    # Under a heading that names a role, that role's.
    nested = "杭州市首席数据官制度试点实施方案\n三、数据专员\n（一）主要职责\n1.编制本单位数据目录。\n2.核查数据质量。\n"
    doc = Document(doc_id="n", title="杭州市首席数据官制度试点实施方案", text=nested, content_hash="n")
    assert {d.role for d in extract_duties(doc, chunk_document(doc))} == {"数据专员"}


def test_a_role_that_mainly_does_something_has_that_duty() -> None:
    """首席数据官主要负责…: an adverb between the role and its verb."""
    from ingest.chunk import chunk_document
    from ingest.duties import extract_duties

    text = "首席数据官主要负责统筹本部门数据管理工作，推动数据共享开放。"
    doc = Document(doc_id="zh", title="珠海市首席数据官制度试点", text=text, content_hash="zh")
    assert [(d.role, d.duty) for d in extract_duties(doc, chunk_document(doc))] == [
        ("首席数据官", "统筹本部门数据管理工作，推动数据共享开放")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # circled numbers stay list marks (NFKC would make ① a 1)
        (
            "试点单位首席数据官主要履行以下职责：\n① 组织制定本单位数据治理年度计划；\n② 审核本单位数据开放清单。",
            ["组织制定本单位数据治理年度计划", "审核本单位数据开放清单"],
        ),
        (
            "部門首席數據官須：\n(a) 制訂部門數據管理計劃；\n(b) 編製部門數據資源目錄。",
            ["制訂部門數據管理計劃", "編製部門數據資源目錄"],
        ),
        (
            "数据专员主要承担以下工作:(1)负责数据资源目录的编制;(2)负责数据共享需求的对接。",
            ["负责数据资源目录的编制", "负责数据共享需求的对接"],
        ),
        (
            "街道首席数据官主要承担2项工作:统筹编制数据资源目录;组织开展数据安全检查。",
            ["统筹编制数据资源目录", "组织开展数据安全检查"],
        ),
        # 職掌: Taiwan's word for a post's duties
        (
            "四、資料長之職掌如下：\n（一）訂定本府資料治理政策。\n（二）督導各機關建立資料目錄。",
            ["訂定本府資料治理政策", "督導各機關建立資料目錄"],
        ),
        # a counted list a meeting sets, as the press reports it: the items, not the lead-in
        (
            "会议要求，各单位首席数据官要切实扛起责任，重点抓好三项工作：\n一是5月31日前完成数据资源普查；\n"
            "二是每季度末书面报告一次工作进展。",
            ["5月31日前完成数据资源普查", "每季度末书面报告一次工作进展"],
        ),
    ],
)
def test_a_list_of_duties_opened_in_other_words(text: str, expected: list[str]) -> None:
    """The list after the words that open it, never those words themselves (履行以下职责)."""
    assert [d.duty for d in duties_of(text)] == expected


def test_a_role_s_label_heads_its_own_items() -> None:
    """三、主要职责 > (一)市首席数据官 > 1. 2.: each role's items are its duties, not the label
    itself; a label that runs its duties in (四)数据专员。…；… and a paragraph under a bare label
    count too; the next heading ends the list."""
    text = (
        "三、主要职责\n（一）市首席数据官\n1.统筹全市公共数据资源管理；\n2.审定全市公共数据年度工作计划。\n"
        "（二）市首席数据执行官\n1.协助市首席数据官处理日常工作；\n2.组织编制全市公共数据目录。\n"
        "（三）数据专员。承担数据目录维护；每季度向首席数据官报告工作情况。\n"
        "（四）数据管家职责\n维护本部门数据字典和元数据。\n四、工作步骤\n（一）部署启动。"
    )
    got = [(d.role, d.level, d.duty) for d in duties_of(text)]
    assert got == [
        ("首席数据官", "市", "统筹全市公共数据资源管理"),
        ("首席数据官", "市", "审定全市公共数据年度工作计划"),
        ("首席数据执行官", "市", "协助市首席数据官处理日常工作"),
        ("首席数据执行官", "市", "组织编制全市公共数据目录"),
        ("数据专员", "", "承担数据目录维护"),
        ("数据专员", "", "每季度向首席数据官报告工作情况"),
        ("数据管家", "", "维护本部门数据字典和元数据"),
    ]


def test_a_label_outside_a_list_gives_what_follows_who_holds_the_post() -> None:
    text = (
        "二、组织架构\n（一）县首席数据官。由县政府分管政务数据工作的副县长担任，统一领导全县首席数据官工作。\n"
        "（二）数据专员。各单位明确1名数据专员，一般由办公室负责人担任。"
    )
    assert [(d.role, d.duty) for d in duties_of(text)] == [("首席数据官", "统一领导全县首席数据官工作")]


def test_an_enterprise_standard_s_clause_numbers_hold_its_lists() -> None:
    text = (
        "5　职责\n5.1　集团首席数据官\n5.1.1　组织制定集团数据战略；\n5.1.2　审批集团主数据标准。\n"
        "5.2　二级单位首席数据官\n5.2.1　组织落实集团数据管理制度。\n6　管理要求"
    )
    assert [d.duty for d in duties_of(text)] == [
        "组织制定集团数据战略",
        "审批集团主数据标准",
        "组织落实集团数据管理制度",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "县（市）区首席数据官由本级政府分管负责同志担任，开发区首席数据官由管委会分管负责同志担任。",
        "市直部门首席数据官由本单位领导班子成员担任，原则上为主要负责人或分管信息化工作的负责人。",
        "市直部门首席数据官由本单位分管数据工作的班子成员担任，应具备一定的数字化专业素养。",
        "3.1　首席数据官：由企业领导班子成员担任，对本企业数据管理负总责的管理人员。",
        "They must have experience in data governance and implementing data policies.",
    ],
)
def test_who_holds_a_post_and_what_they_must_be_are_no_duties(text: str) -> None:
    assert duties_of(text) == [] or all(d.role != "首席数据官" for d in duties_of(text))


def test_english_lists_under_a_role_or_a_pronoun_and_present_tense_duties() -> None:
    """ "Sector Data Leads:" and "Data Stewards are named …. They:" open lists; "The CDO reports
    to …" under a Reporting heading is a duty, a report's narrative about the Council is not."""
    text = (
        "4. Roles and Responsibilities\n"
        "Each sector designates a Sector Data Lead. Sector Data Leads:\n"
        "a) coordinate the data inventory for their sector;\n"
        "b) bring sector data issues to the committee.\n"
        "Data Stewards are named for each major data holding. They:\n"
        "a) document data definitions and metadata;\n"
        "b) monitor data quality.\n"
        "6. Reporting\n"
        "6.1 The CDO reports to the Executive Committee twice a year.\n"
    )
    from ingest.chunk import chunk_document

    doc = Document(doc_id="t", title="Terms of Reference", text=text, language="en")
    got = [(d.role, d.duty) for d in extract_duties(doc, chunk_document(doc))]
    assert got == [
        ("Data Lead", "coordinate the data inventory for their sector"),
        ("Data Lead", "bring sector data issues to the committee"),
        ("Data Steward", "document data definitions and metadata"),
        ("Data Steward", "monitor data quality"),
        ("Chief Data Officer", "reports to the Executive Committee twice a year"),
    ]
    narrative = Document(
        doc_id="n",
        title="Report",
        text="ABOUT THE COUNCIL\nThe CDO Council meets regularly to share ideas.",
        language="en",
    )
    assert extract_duties(narrative, chunk_document(narrative)) == []


def test_present_tense_duties_under_the_roles_own_heading_not_its_line_manager() -> None:
    """A section headed by the roles ("5. Data owners and data stewards") states their duties in
    the present tense, a plural role's by a verb job descriptions use; whom the post reports to is
    no duty, what it does after "and" is."""
    text = (
        "## 3. The Chief Data Officer\n\n"
        "The CDO reports to the Director of Digitalisation and leads data management across the city.\n\n"
        "## 5. Data owners and data stewards\n\n"
        "The data owner represents the division in the steering group.\n\n"
        "Data stewards describe data sets in the catalogue and handle requests to share data.\n\n"
        "Data stewards network across the divisions.\n"
    )
    assert role_duty(duties_in_sections(text, "Data management model", "en")) == [
        ("Chief Data Officer", "leads data management across the city"),
        ("Data Owner", "represents the division in the steering group"),
        ("Data Steward", "describe data sets in the catalogue and handle requests to share data"),
    ]
    others = (
        "## 3. Appointment of the Chief Data Officer\n\n"
        "The Chief Data Officer holds office for a term of three years.\n\n"
        "## 4. Data stewards\n\n"
        "Data stewards report to the data owner and maintain the catalogue entries.\n"
    )
    assert role_duty(duties_in_sections(others, "Data management model", "en")) == [
        ("Data Steward", "maintain the catalogue entries")
    ]


def test_batch_44_an_orders_directions_taiwans_posts_and_a_levels_alternative() -> None:
    """An executive order's "Direct that the CDO shall:" over its list and "Direct the CDO to …";
    Taiwan's 首席資料長 and a 專責資料管理員 each 局處 names; a heading 县（市）首席数据官职责; not the
    purposes a sentence gives a role and a board ("The purpose of … and the Data Board is to:")."""
    order = (
        'The position of State Chief Data Officer ("CDO") is created.\n\n2. Direct that the CDO shall:\n\n'
        "a. Lead the development of a statewide data strategy;\n\nb. Serve as chair of the Council.\n\n"
        "6. Direct the CDO to convene the first meeting of the Council no later than December 31, 2025.\n"
    )
    assert role_duty(duties_of(order, language="en")) == [
        ("Chief Data Officer", "Lead the development of a statewide data strategy"),
        ("Chief Data Officer", "Serve as chair of the Council"),
        ("Chief Data Officer", "convene the first meeting of the Council no later than December 31, 2025"),
    ]
    taiwan = (
        "首席資料長由副縣長兼任，負責督導全府資料治理政策、核定年度資料開放計畫。"
        "各局處另應指定一名專責資料管理員，負責本單位資料盤點與品質檢核。"
    )
    assert [(d.role, d.duty) for d in duties_of(taiwan, language="zh-Hant")] == [
        ("首席数据官", "督導全府資料治理政策、核定年度資料開放計畫"),
        ("数据管理员", "本單位資料盤點與品質檢核"),
    ]
    county = "（二）县（市）首席数据官职责\n1. 负责本县（市）数据治理工作。\n2. 推动本地区政务数据共享。\n"
    assert [(d.role, d.level) for d in duties_of(county, language="zh-Hans")] == [("首席数据官", "县")] * 2
    purpose = (
        "The purpose of creating the Chief Data Officer role and the Data Board is to:\n"
        "(a) manage the Council's data as a strategic corporate asset;\n(b) improve the quality of data.\n"
    )
    assert duties_of(purpose, language="en") == []
    clause = "The purpose of this section is to improve data quality, and the Chief Data Officer shall publish a report."
    assert role_duty(duties_of(clause, language="en")) == [("Chief Data Officer", "publish a report")]
    papers = "项目部应配备专职资料管理人员，负责工程技术资料的收集、整理和归档。"  # 资料: papers, not Taiwan's data
    assert duties_of(papers, language="zh-Hans") == []


def test_batch_45_an_assessments_duties_and_a_must_too() -> None:
    """The duties an assessment is built around (首席数据官履职考核主要围绕以下职责开展：); a role that
    "must too" (首席資料長並應於…前提出…); not a rule's name read as "must" (要點適用範圍); not the
    filing of who holds the post (…由分管负责人兼任，报委员会办公室备案)."""
    assessed = "第七条  首席数据官履职考核主要围绕以下职责开展：\n（一）统筹本部门数据工作；\n（二）落实数据安全主体责任。\n"
    assert role_duty(duties_of(assessed)) == [
        ("首席数据官", "统筹本部门数据工作"),
        ("首席数据官", "落实数据安全主体责任"),
    ]
    taiwan = "首席資料長由副縣長兼任，綜理全府資料治理政策。要點適用範圍為縣府各一級單位。首席資料長並應於115年3月31日前提出年度成果報告。"
    assert [d.duty for d in duties_of(taiwan, language="zh-Hant")] == [
        "綜理全府資料治理政策",
        "於115年3月31日前提出年度成果報告",
    ]
    filed = (
        "第八条　各子公司设立本单位首席数据官，原则上由分管数字化工作的高级管理人员兼任，报委员会办公室备案。"
    )
    assert duties_of(filed) == []


def test_what_a_cold_review_found_is_no_duty_or_is_kept() -> None:
    """ "It shall include …" after a report is the report's; a task about the role (选好首席数据官)
    is no label of it; a duty about the staff who work on data is a duty, not a definition."""
    english = (
        "The Chief Data Officer shall prepare an annual report. It shall include the inventory.\n\n"
        "The CDO shall consult program managers. They shall provide their datasets within 30 days."
    )
    assert [d.duty for d in duties_of(english, language="en")] == [
        "prepare an annual report",
        "consult program managers",
    ]
    tasks = "（一）选好首席数据官。要选拔政治素质高的领导干部。\n（二）明确首席数据官。于2024年底前完成任命。"
    assert duties_of(tasks) == []
    kept = "首席数据官负责组织培训本单位从事数据工作的人员。"
    assert [d.duty for d in duties_of(kept)] == ["组织培训本单位从事数据工作的人员"]
    from kb.roles import en_role_mentions

    assert en_role_mentions("How does open data lead to better services?") == []


def test_a_holder_then_duties_and_a_role_profile_s_bullets() -> None:
    """县首席数据官由…担任，统筹…: what follows who holds it is the duty; a role profile's bullets
    under "3. Key responsibilities" are the duties of the role its cover names."""
    text = "根据《某县方案》，县首席数据官由县委常委、常务副县长担任，统筹全县数据资源管理和开发利用。"
    assert [(d.level, d.duty) for d in duties_of(text)] == [("县", "统筹全县数据资源管理和开发利用")]
    joint = (
        "各部门、乡镇（街道）首席数据官由单位分管数字化工作的班子成员担任，负责组织编制本单位数据资源目录。"
    )
    assert [d.level for d in duties_of(joint)] == ["部门", "镇"]
    profile = (
        "Candidate Information Pack\nChief Data Officer\n\n1. The role\n\nThe post is a Director-level role.\n\n"
        "3. Key responsibilities\n\nStrategy and standards\n• Sets and enforces data standards across the group.\n"
        "• Owns the group data catalogue.\n\nPriority deliverables for the first year\n"
        "• Publish a refreshed Data Strategy by September 2025.\n\n4. Governance\n\n• Attends the board."
    )
    got = [(d.role, d.duty) for d in duties_of(profile, language="en")]
    assert got == [
        ("Chief Data Officer", "Sets and enforces data standards across the group"),
        ("Chief Data Officer", "Owns the group data catalogue"),
        ("Chief Data Officer", "Publish a refreshed Data Strategy by September 2025"),
    ]


def test_a_label_s_paragraph_on_who_holds_it_opens_its_own_list() -> None:
    """(二)市首席数据执行官 > 市首席数据执行官由…担任，协助市首席数据官开展工作，主要职责是：1.… —
    the items are the labelled role's, not the role it assists; …兼任。主要职责是： also opens one."""
    text = (
        "三、组织体系和职责\n（一）市首席数据官\n市首席数据官由市人民政府分管数据工作的副市长担任，主要职责是：\n"
        "1.统筹全市首席数据官制度试点工作；\n2.主持召开首席数据官联席会议。\n"
        "（二）市首席数据执行官\n市首席数据执行官由市数据局局长担任，协助市首席数据官开展工作，主要职责是：\n"
        "1.拟订配套制度和工作规则；\n2.跟踪督办联席会议议定事项。\n"
        "（三）数据专员\n各试点单位明确1名科级干部担任数据专员，在本单位首席数据官领导下开展工作，主要职责是：\n"
        "1.负责本单位数据资源目录的日常维护；\n2.协助首席数据官推进数据治理。\n"
    )
    from ingest.chunk import chunk_document

    doc = Document(doc_id="t", title="T", text=text)
    got = [(d.role, d.duty) for d in extract_duties(doc, chunk_document(doc))]
    assert got == [
        ("首席数据官", "统筹全市首席数据官制度试点工作"),
        ("首席数据官", "主持召开首席数据官联席会议"),
        ("首席数据执行官", "协助市首席数据官开展工作"),
        ("首席数据执行官", "拟订配套制度和工作规则"),
        ("首席数据执行官", "跟踪督办联席会议议定事项"),
        ("数据专员", "在本单位首席数据官领导下开展工作"),  # what it does, under whose lead
        ("数据专员", "负责本单位数据资源目录的日常维护"),
        ("数据专员", "协助首席数据官推进数据治理"),
    ]
    levelled = (
        "各试点单位首席数据官由本单位分管数据工作的负责同志担任，主要职责是：\n1.组织本单位数据普查；\n"
    )
    doc = Document(doc_id="t", title="T", text=levelled)
    assert [d.duty for d in extract_duties(doc, chunk_document(doc))] == ["组织本单位数据普查"]
    alone = "三、职责\n（二）市首席数据执行官\n主要职责是：\n1.拟订配套制度；\n2.跟踪督办议定事项。\n"
    doc = Document(doc_id="t", title="T", text=alone)
    assert [(d.role, d.duty) for d in extract_duties(doc, chunk_document(doc))] == [
        ("首席数据执行官", "拟订配套制度"),
        ("首席数据执行官", "跟踪督办议定事项"),
    ]


def test_a_news_report_s_role_with_its_modifiers_is_the_subject() -> None:
    text = (
        "According to the plan, a department chief data officer is expected to draw up the unit's annual data "
        "work plan; and lead the building of one data application scenario each year. Each department and "
        "county-level chief data officer must submit a written report before Jan 31 each year. Chief data "
        "officers will be held to account. The report of the chief data officer shall be published."
    )
    got = [d.duty for d in duties_of(text, language="en")]
    assert got == [
        "draw up the unit's annual data work plan; and lead the building of one data application scenario each year",
        "submit a written report before Jan 31 each year",
    ]


def test_taiwan_s_data_chief_is_the_cdo() -> None:
    """資料長 is Taiwan's name for the CDO (資料: data); its 任務如下 opens its list, and a 副資料長
    (deputy) is not the CDO."""
    text = (
        "六、本府資料長之任務如下：\n（一）綜理本府資料治理政策之規劃、推動及督導。\n"
        "（二）協調跨機關資料共享之爭議事項。\n七、副資料長襄助資料長處理資料治理事務。\n"
    )
    got = [(d.role, d.duty) for d in duties_of(text)]
    assert got[:2] == [
        ("首席数据官", "綜理本府資料治理政策之規劃、推動及督導"),
        ("首席数据官", "協調跨機關資料共享之爭議事項"),
    ]
    assert canonical_role("機關資料長")[0] == "首席数据官" and canonical_role("副資料長")[0] != "首席数据官"


def test_an_english_list_numbered_in_roman_numerals() -> None:
    text = (
        "C. Duties of the Agency Data Officer. Each Agency Data Officer shall:\n\n"
        "i. Serve as the agency's principal point of contact with the CDO;\n\n"
        "ii. Maintain a complete and current inventory of the agency's data assets;\n\n"
        "iii. Designate Data Stewards for each major data system; and\n\n"
        "iv. Represent the agency on the Council.\n\nD. Data Stewards.\n"
    )
    got = [d.duty for d in duties_of(text, language="en")]
    assert got == [
        "Serve as the agency's principal point of contact with the CDO",
        "Maintain a complete and current inventory of the agency's data assets",
        "Designate Data Stewards for each major data system",
        "Represent the agency on the Council",
    ]


def test_a_body_s_or_another_post_s_own_list_is_its_own() -> None:
    """数据管理委员会的主要职责：, 首席数据官办公室的主要职责： (the office, not the CDO), 推動會之任務如下："""
    text = (
        "第八条 数据管理委员会的主要职责：\n（一）审议公司数据战略和年度数据工作计划；\n（二）听取各单位首席数据官履职情况汇报。\n"
        "第十条 首席数据官办公室的主要职责：\n（一）起草公司数据管理制度；\n（二）组织首席数据官培训和履职评价。\n"
        "十、推動會之任務如下：\n1. 審議本府資料治理年度計畫。\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text)] == [
        ("数据管理委员会", "审议公司数据战略和年度数据工作计划"),
        ("数据管理委员会", "听取各单位首席数据官履职情况汇报"),
        ("首席数据官办公室", "起草公司数据管理制度"),
        ("首席数据官办公室", "组织首席数据官培训和履职评价"),
        ("推动会", "審議本府資料治理年度計畫"),
    ]


def test_a_body_the_document_sets_up_has_its_own_duties() -> None:
    """The Commonwealth Data Governance Council (then "the Council") and the Data Governance
    Board: their lists are theirs; what a body consists of is no duty."""
    text = (
        "There is hereby established the Commonwealth Data Governance Council. The Council shall consist of "
        "the Chief Information Officer and one Agency Data Officer from each secretariat.\n\nThe Council shall:\n\n"
        "a. Advise the CDO on the Commonwealth Data Standards;\n\nb. Resolve disputes between agencies.\n\n"
        "5.5 The Data Governance Board is responsible for:\n(a) approving the data strategy;\n(b) prioritising investment.\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text, language="en")] == [
        ("Commonwealth Data Governance Council", "Advise the CDO on the Commonwealth Data Standards"),
        ("Commonwealth Data Governance Council", "Resolve disputes between agencies"),
        ("Data Governance Board", "approving the data strategy"),
        ("Data Governance Board", "prioritising investment"),
    ]


def test_an_item_s_sub_items_are_its_own_and_the_list_goes_on() -> None:
    """Ontario's "(b) … including: (i) … (iii) …; (c) …": (i) after (b) is no letter i, the
    list's (c) to (d) follow; "must have:" lists qualifications; "the committee" is the one Data
    Governance Committee, also where a CDO Council is named; a CIO Council is no data body."""
    text = (
        "The Ministry CDO must have:\n(i) senior experience in data management.\n\n"
        "The Ministry CDO must:\n\n(a) develop a ministry data strategy;\n"
        "(b) establish an inventory of ministry data holdings, including:\n  (i) the data owner;\n"
        "  (ii) the retention schedule that applies;\n(c) set data quality standards; and\n"
        "(d) chair the ministry Data Governance Committee.\n\n5.3 Data Governance Committee\n\n"
        "(a) The committee must:\n  (i) approve the ministry data inventory; and\n  (ii) review data incidents.\n\n"
        "6.3 The CIO Council shall:\n(a) approve budgets.\n\nThe Corporate CDO convenes a Ministry CDO Council.\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text, language="en")] == [
        ("Chief Data Officer", "develop a ministry data strategy"),
        (
            "Chief Data Officer",
            "establish an inventory of ministry data holdings, including (i) the data owner (ii) the "
            "retention schedule that applies",
        ),
        ("Chief Data Officer", "set data quality standards"),
        ("Chief Data Officer", "chair the ministry Data Governance Committee"),
        ("Data Governance Committee", "approve the ministry data inventory"),
        ("Data Governance Committee", "review data incidents"),
    ]
    scots = "6.1 The Chief Data Officer of an in-scope body is responsible for:\nsetting the data strategy;\n"
    assert [d.duty for d in duties_of(scots, language="en")] == ["setting the data strategy"]


def test_a_data_post_a_text_sets_up_and_the_qualifications_it_asks() -> None:
    """數據主任 of a Macao 通函, a company's 三级单位数据管理员 and 局数据管理部; 具备以下任职条件
    and "可由处长担任" say who may hold the post, not what it does."""
    text = (
        "三、數據主任的指定\n（一）各公共部門須指定一名數據主任，原則上為副局長或同等職級人員；如部門不設副局長職位，可由廳長或處長擔任。\n"
        "（二）數據主任應熟悉部門業務，並具備數據管理方面的基本知識。\n"
        "四、數據主任的職責\n數據主任負責統籌部門的數據管理工作，主要職責如下：\n（一）制定部門數據管理的年度工作計劃；\n"
        "第八条 首席数据官应当具备以下任职条件：\n（一）政治素质好；\n（二）具有10年以上企业管理工作经历。\n"
        "第十三条 局数据管理部履行以下职责：\n（一）起草局数据管理制度和标准规范；\n"
        "第十四条 三级单位数据管理员负责本单位数据的日常采集和问题整改。\n"
        "数据专员则是首席数据官的“左膀右臂”，主要负责数据共享申请的受理对接。\n"
    )
    found = [(d.role, d.duty) for d in duties_of(text)]
    assert found == [
        ("数据主任", "統籌部門的數據管理工作"),
        ("数据主任", "制定部門數據管理的年度工作計劃"),
        ("局数据管理部", "起草局数据管理制度和标准规范"),
        ("数据管理员", "本单位数据的日常采集和问题整改"),
        ("数据专员", "数据共享申请的受理对接"),  # what it is, then what it does
    ], found


def test_what_is_not_a_sub_item_a_data_post_or_what_a_role_is() -> None:
    """A paragraph after a list's last item ends it unless that item opens sub-items; 数据成员 is
    no post; 首席数据官是否履职 says nothing the CDO does."""
    text = (
        "The Chief Data Officer shall:\n(a) lead the data strategy;\n(b) publish a plan.\n"
        "(i) This section does not apply to small agencies.\n(ii) Agencies may seek a waiver.\n(c) Definitions.\n"
    )
    assert [d.duty for d in duties_of(text, language="en")] == ["lead the data strategy", "publish a plan"]
    assert duties_of("数据成员应当按时报送数据。首席数据官是否履职到位，要纳入年度考核。") == []


def test_what_a_holder_must_be_able_to_show_is_no_duty() -> None:
    text = "5.3 The Chief Data Officer should be able to demonstrate: experience of leading change.\n"
    assert duties_of(text, language="en") == []


def test_an_english_rendering_s_role_labels_and_a_definition() -> None:
    """ "(1) The municipal chief data officer: lead …; review …" gives a duty to each semicolon, as
    市首席数据官：负责…；… does; a machine translation's "chief data official" and "data
    commissioner" are the CDO and 数据专员's English; a definition ("Chief Data Officer: the
    official in …") says who, not what to do."""
    text = (
        "I. Main responsibilities\n\n"
        "(1) The municipal chief data officer: lead the promotion of the system; review and approve the annual plan.\n"
        "(2) The municipal chief data executive officer: undertake the daily work of the office.\n"
        "(3) The departmental chief data official: formulate the annual data work plan of the unit.\n"
        "(4) The data commissioner: handle data sharing applications and data objection work orders.\n\n"
        "Definitions\n\nChief Data Officer: the official in the Secretariat who leads the data strategy.\n"
        "CDO: chief data officer.\n\nContact\n\nFor questions, contact the Chief Data Officer: email cdo@state.gov.\n"
        "\nRoles\n\n• Data Stewards: subject-matter staff named for each major data domain.\n"
    )
    found = [(d.role, d.duty) for d in duties_in_sections(text, "Implementation Plan", "en")]
    assert found == [
        ("Chief Data Officer", "lead the promotion of the system"),
        ("Chief Data Officer", "review and approve the annual plan"),
        ("Chief Data Executive Officer", "undertake the daily work of the office"),
        ("Chief Data Officer", "formulate the annual data work plan of the unit"),
        ("Data Commissioner", "handle data sharing applications and data objection work orders"),
    ]


def test_a_subject_s_office_or_membership_between_it_and_its_modal() -> None:
    """ "b. The Commonwealth Chief Data Officer, OA, shall:" and "c. The Enterprise Data Governance
    Council, composed of all Agency CDOs …, shall:", each over its own items: a lettered item
    opens a unit of its own after the item before it ends."""
    text = (
        "6. RESPONSIBILITIES.\n"
        "  b. The Commonwealth Chief Data Officer, OA, shall:\n"
        "    (1) Chair the Enterprise Data Governance Council.\n"
        "    (2) Submit the Annual Report to the Secretary by December 31 of each year.\n"
        "  c. The Enterprise Data Governance Council, composed of all Agency CDOs and a representative"
        " of the Office of the Budget, shall:\n"
        "    (1) Meet at least quarterly.\n"
        "    (2) Recommend enterprise data standards to the Commonwealth CDO.\n"
    )
    found = [(d.role, d.duty) for d in duties_of(text, language="en")]
    assert found == [
        ("Chief Data Officer", "Chair the Enterprise Data Governance Council"),
        ("Chief Data Officer", "Submit the Annual Report to the Secretary by December 31 of each year"),
        ("Enterprise Data Governance Council", "Meet at least quarterly"),
        ("Enterprise Data Governance Council", "Recommend enterprise data standards to the Commonwealth CDO"),
    ]


def test_a_policy_interpretation_s_answers() -> None:
    """一问一答: the duties in 答：部门首席数据官主要负责：…, and in 答：主要有五项职责：一是…, under the
    question that names the role (六、问：管委会首席数据官的主要职责有哪些？)."""
    text = (
        "六、问：管委会首席数据官的主要职责有哪些？\n\n"
        "答：主要有两项职责：一是统筹全区数据资源管理和开发利用；二是协调解决跨部门数据共享重大事项。\n\n"
        "七、问：部门首席数据官要做哪些工作？\n\n"
        "答：部门首席数据官主要负责：组织制定本单位数据工作计划；组织开展本单位数据资源普查。\n"
    )
    found = [
        (d.role, d.level, d.duty.rstrip("；;。")) for d in duties_in_sections(text, "政策解读", "zh-Hans")
    ]
    assert found == [
        ("首席数据官", "", "统筹全区数据资源管理和开发利用"),
        ("首席数据官", "", "协调解决跨部门数据共享重大事项"),
        ("首席数据官", "部门", "组织制定本单位数据工作计划"),
        ("首席数据官", "部门", "组织开展本单位数据资源普查"),
    ]


def test_a_data_body_labelled_beside_the_roles_and_a_deputy_s_duties() -> None:
    """三、主要职责 over (一)街道副首席数据官 (the deputy, a role of its own), (二)数据工作专班 (a data
    body, labelled as the roles are) and (三)社区数据专员 (a community's, not a district's): each
    over its own items; a deputy who directs others (具体指导…和社区数据专员开展工作) has that duty."""
    text = (
        "三、主要职责\n\n（一）街道副首席数据官\n\n1.协助街道首席数据官抓好数据工作各项任务落实。\n\n"
        "2.具体指导数据工作专班和社区数据专员开展工作，督促问题整改。\n\n（二）数据工作专班\n\n"
        "1.承担街道数据工作日常组织协调和督促落实。\n\n（三）社区数据专员\n\n"
        "1.每月25日前向数据工作专班报送本社区数据更新情况。\n"
    )
    found = [
        (d.role, d.level, d.duty.rstrip("。"))
        for d in duties_in_sections(text, "仓前街道首席数据官工作方案", "zh-Hans")
    ]
    assert found == [
        ("副首席数据官", "街道", "协助街道首席数据官抓好数据工作各项任务落实"),
        ("副首席数据官", "街道", "具体指导数据工作专班和社区数据专员开展工作，督促问题整改"),
        ("数据工作专班", "", "承担街道数据工作日常组织协调和督促落实"),
        ("数据专员", "社区", "每月25日前向数据工作专班报送本社区数据更新情况"),
    ]


def test_the_initials_a_text_gives_a_role_or_a_body() -> None:
    """ "as the Departmental Chief Data Officer (DCDO)" and "A State Data Management Office (SDMO)
    is hereby constituted": "The DCDO shall:" and "The SDMO shall:" are theirs."""
    hr = "Each unit shall name a data steward (HR) for its staff records.\n\nHR shall publish the staff directory monthly.\n"
    assert not [
        d for d in duties_of(hr, language="en") if "directory" in d.duty
    ]  # not a data steward's initials
    text = (
        "2. A State Data Management Office (SDMO) is hereby constituted in the Centre for e-Governance.\n\n"
        "3. Each Secretary shall designate an officer as the Departmental Chief Data Officer (DCDO).\n\n"
        "5. Functions of the SDMO: The SDMO shall:\n   (a) frame State data standards;\n"
        "   (b) maintain the State Dataset Inventory.\n\n"
        "6. Functions of the DCDO: The DCDO shall:\n   (a) prepare the departmental dataset inventory.\n"
    )
    found = [(d.role, d.duty) for d in duties_of(text, language="en")]
    assert ("State Data Management Office", "frame State data standards") in found
    assert ("State Data Management Office", "maintain the State Dataset Inventory") in found
    assert ("Chief Data Officer", "prepare the departmental dataset inventory") in found


def test_a_list_whose_bullets_the_pdf_drew() -> None:
    """A report's list as its PDF's text keeps it: the bullets drawn, not written, each item a
    line closed by a semicolon and the last by a full stop; the heading after it is no item."""
    text = (
        "Under Executive Order No. 146, the Chief Data Officer is responsible for the following:\n"
        "Lead the citywide data strategy and update it every two years;\n"
        "Chair the Data Governance Board.\n"
        "Data stewards\n"
        "Each agency director appoints at least one data steward. Data stewards:\n"
        "Keep their agency's catalog entries complete and current;\n"
        "Send a short status update to the Office each quarter.\n"
        "2024 in review\n"
        "In 2024 we focused on the foundations.\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text, language="en")] == [
        ("Chief Data Officer", "Lead the citywide data strategy and update it every two years"),
        ("Chief Data Officer", "Chair the Data Governance Board"),
        ("Data Steward", "Keep their agency's catalog entries complete and current"),
        ("Data Steward", "Send a short status update to the Office each quarter"),
    ]


def test_an_official_translation_s_run_in_lists_and_the_cdo_office() -> None:
    """ "The Municipal Chief Data Officer Office shall: 1. …; 2. …": the office's duties, one an
    item; "data specialists" (数据专员 as official translations write it); "(a) …; (b) …"."""
    text = (
        "(1) The Municipal Chief Data Officer shall: 1. lead data work across the city; 2. coordinate "
        "major issues; and 3. organize the annual evaluation.\n"
        "(2) The Municipal Chief Data Officer Office shall: 1. draft supporting rules; and 2. compile a "
        "work bulletin every quarter.\n"
        "(3) Data specialists shall: 1. compile catalogue entries; and 2. collect the data needs of "
        "business divisions.\n"
        "(4) A data steward shall: (a) Maintain the metadata; (b) monitor data quality; and (c) assist in "
        "preparing the annual inventory.\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text, language="en")] == [
        ("Chief Data Officer", "lead data work across the city"),
        ("Chief Data Officer", "coordinate major issues"),
        ("Chief Data Officer", "organize the annual evaluation"),
        ("Municipal Chief Data Officer Office", "draft supporting rules"),
        ("Municipal Chief Data Officer Office", "compile a work bulletin every quarter"),
        ("Data Specialist", "compile catalogue entries"),
        ("Data Specialist", "collect the data needs of business divisions"),
        ("Data Steward", "Maintain the metadata"),
        ("Data Steward", "monitor data quality"),
        ("Data Steward", "assist in preparing the annual inventory"),
    ]


def test_a_data_body_s_own_sentences_and_lists() -> None:
    """市首席数据官办公室于…组织…, 由区首席数据官办公室直接协调…, a body's paragraph that opens its
    list after saying where it sits; a committee's list is the committee's, whoever chairs it; an
    item that names its own subject hands it to no later item; a role after 新任 is a subject."""
    text = (
        "市首席数据官办公室于2024年6月组织首轮专题培训。\n"
        "对超过2个工作日未响应的数据共享需求，由区首席数据官办公室直接协调相关单位对接。\n"
        "第八条　集团数据管理办公室设在集团数字化管理部，主要职责是：\n"
        "（一）承担数据治理委员会日常工作；\n（二）按月发布数据质量通报。\n"
        "第九条　集团设立数据治理委员会，主任由首席数据官担任，成员由各子公司首席数据执行官组成。数据治理委员会主要职责是：\n"
        "（一）审议集团数据治理制度；\n（二）每半年至少召开一次全体会议。\n"
        "答：一是加强培训，管委会首席数据官办公室每年至少组织3期专题培训；二是保障经费，各单位数据工作经费纳入年度预算。\n"
        "首席数据官办公室每年组织一次数据专员集中培训；新任数据专员应当参加岗位培训。\n"
        "报首席数据官办公室审核后公布。\n"
    )
    assert [(d.role, d.duty) for d in duties_of(text)] == [
        ("市首席数据官办公室", "于2024年6月组织首轮专题培训"),
        ("区首席数据官办公室", "直接协调相关单位对接"),
        ("集团数据管理办公室", "承担数据治理委员会日常工作"),
        ("集团数据管理办公室", "按月发布数据质量通报"),
        ("数据治理委员会", "审议集团数据治理制度"),
        ("数据治理委员会", "每半年至少召开一次全体会议"),
        ("管委会首席数据官办公室", "每年至少组织3期专题培训"),
        ("首席数据官办公室", "每年组织一次数据专员集中培训"),
        ("数据专员", "参加岗位培训"),
    ]


def test_no_verb_in_a_data_body_s_name_and_no_subject_lost() -> None:
    """The cold review's cases: a verb before or inside a body's name is no body (提交…办公室审核,
    市数据局指导区数据工作专班…, 市政府成立数据工作领导小组); 为首席数据官提供… goes on with its
    subject; an item that opens with its own subject hands it on to the next items; a PDF's
    unmarked item may hold "U.S."; a line with its own subject and modal is no item."""
    assert duties_of("提交市首席数据官办公室审核。") == []
    assert duties_of("市数据局指导区数据工作专班开展数据治理工作。") == []
    led = "第五条 市政府成立数据工作领导小组，领导小组办公室设在市数据局，主要职责是：\n（一）统筹全市数据工作；\n"
    assert duties_of(led) == []
    assert [d.duty for d in duties_of("数据专员负责数据采集；为首席数据官提供决策支持。")] == [
        "数据采集",
        "为首席数据官提供决策支持",
    ]
    listed = "一是首席数据官统筹本单位数据工作；二是组织制定数据战略；三是协调重大事项。"
    assert len(duties_of(listed)) == 3
    pdf = "The Chief Data Officer is responsible for the following:\nCoordinate with the U.S. Census Bureau on data;\nChair the Board.\n"
    assert [d.duty for d in duties_of(pdf, language="en")] == [
        "Coordinate with the U.S. Census Bureau on data",
        "Chair the Board",
    ]
    assert (
        duties_of("The Chief Data Officer shall:\nThe office shall publish its plan.\n", language="en") == []
    )


# --- batch 11: an assessment's rules, a policy Q&A, a roster notice, a standard, a board paper,
# a circular and a job posting (evaluation/unseen/batch_11) --------------------------------------


def test_a_subject_with_a_passive_modifier_and_a_body_with_an_aside() -> None:
    duties = duties_of(
        "第五条　区首席数据官办公室（设在区政务服务数据管理局）负责考核工作的具体组织实施，主要承担以下工作：\n"
        "（一）制定年度考核工作方案，明确考核内容和评分口径；\n"
        "（二）汇总被考核单位自评材料，组织开展综合评审。\n"
        "第六条　被考核单位首席数据官对本单位考核工作负总责，组织本单位开展自评。"
    )
    got = role_duty(duties)
    assert ("区首席数据官办公室", "考核工作的具体组织实施") in got
    assert ("区首席数据官办公室", "制定年度考核工作方案，明确考核内容和评分口径") in got
    assert ("区首席数据官办公室", "汇总被考核单位自评材料，组织开展综合评审") in got
    assert ("首席数据官", "对本单位考核工作负总责，组织本单位开展自评") in got


def test_an_unmarked_list_after_its_roles_words_or_in_the_next_sentence() -> None:
    got = role_duty(
        duties_of(
            "答：区首席数据官由副区长担任，是全区数据工作的统筹者。主要职责包括：统筹全区数据资源管理；主持召开联席会议。"
            "部门首席数据官的主要职责是：组织制定本单位数据工作年度计划；审核本单位数据共享申请。"
        )
    )
    assert ("首席数据官", "统筹全区数据资源管理") in got
    assert ("首席数据官", "主持召开联席会议") in got
    assert ("首席数据官", "组织制定本单位数据工作年度计划") in got
    assert ("首席数据官", "审核本单位数据共享申请") in got
    assert not any(duty.startswith("是") for _, duty in got)  # what the role is, not what it does


def test_an_agent_after_you_and_a_body_that_sits_somewhere() -> None:
    got = role_duty(
        duties_of(
            "联席会议由区首席数据官召集，各部门首席数据官参加。"
            "对排名靠后的单位，由区首席数据官办公室予以通报批评，连续两次排名末位的，由区首席数据官约谈该单位主要负责人，督促限期整改。"
            "市首席数据官办公室设在市数据局，负责全市名单管理。市首席数据官办公室将于每年上半年组织一次培训。"
            "联席会议由各部门首席数据官组成。"
        )
    )
    assert ("首席数据官", "联席会议由区首席数据官召集") in got  # not "…，各部门首席数据官参加"
    assert ("区首席数据官办公室", "予以通报批评") in got
    assert ("首席数据官", "约谈该单位主要负责人，督促限期整改") in got
    assert ("市首席数据官办公室", "全市名单管理") in got
    assert ("市首席数据官办公室", "将于每年上半年组织一次培训") in got
    assert not any("组成" in duty for _, duty in got)  # members of a meeting, not its duty


def test_a_job_postings_examples_of_duties() -> None:
    text = (
        "Chief Data Officer\nEXAMPLES OF DUTIES\n"
        "The following duties are illustrative only and are not all-inclusive.\n"
        "• Chairs the County Data Governance Committee and prepares its agendas.\n"
        "• Approves data sharing agreements between County departments.\n"
        "KNOWLEDGE, SKILLS AND ABILITIES\n"
        "- Knowledge of data governance frameworks such as DAMA-DMBOK.\n"
    )
    got = role_duty(duties_of(text, language="en"))
    assert (
        "Chief Data Officer",
        "Chairs the County Data Governance Committee and prepares its agendas",
    ) in got
    assert ("Chief Data Officer", "Approves data sharing agreements between County departments") in got
    assert not any("DAMA" in duty for _, duty in got)  # what the holder must know


def test_a_wrapped_line_opening_with_functions_is_no_duties_heading() -> None:
    text = (
        "2.14 Define and track performance metrics across your data management program\n"
        "functions and monitor overall progress\n"
        "toward them.\n"
        "KEY ACTIVITIES\n• Link your data management\n"
    )
    assert extract_duties(Document(doc_id="t", title="Playbook", text=text, language="en"), []) == []


def test_a_body_by_its_kind_alone_and_by_its_initials() -> None:
    text = (
        "5.2 Data Governance Council\n"
        "(a) The Data Governance Council consists of the State Chief Data Officer and stewards.\n"
        "(b) The Council shall:\n(i) set statewide data-quality priorities; and\n"
        "(ii) recommend changes to this Standard.\n"
        "Activity | CDO | DG Council\nSet standards | R | A\n"
        "The Data Quality Assurance Group will:\n(a) monitor data quality indicators for each division; and\n"
        "(b) report to the Audit Committee twice a year.\n"
        "A Data Focal Person shall:\n(a) maintain the metadata of the data sets held by the directorate.\n"
    )
    got = role_duty(duties_of(text, language="en"))
    assert ("Data Governance Council", "set statewide data-quality priorities") in got
    assert ("Data Quality Assurance Group", "monitor data quality indicators for each division") in got
    assert ("Data Focal Person", "maintain the metadata of the data sets held by the directorate") in got


def test_a_body_a_statute_defines_in_lower_case() -> None:
    """A statute names the body it creates in lower case and defines its short form: the
    council's duties are its own."""
    text = (
        '(4) "Council" means the state data governance council created in § 4-3-5524;\n'
        "4-3-5524. State data governance council; data stewards.\n"
        "(a) There is created the state data governance council, which is composed of the following members:\n"
        "(b) The council shall meet at least quarterly at the call of the chair.\n"
        "(c) The council shall advise the chief data officer on the development of the statewide data "
        "governance framework, and resolve disputes between agencies concerning the sharing of data.\n"
    )
    got = role_duty(duties_of(text, language="en"))
    assert ("State data governance council", "meet at least quarterly at the call of the chair") in got
    assert any(role == "State data governance council" and duty.startswith("advise") for role, duty in got)
    # a defined term for a body that is not about data names no data body
    other = '"Board" means the state board of education.\n(b) The board shall meet monthly.\n'
    assert role_duty(duties_of(other, language="en")) == []


def test_what_the_agent_rule_and_will_do_not_read_as_duties() -> None:
    """A noun going on from the role after 由 (所在单位, 工作人员), a clause saying who belongs or
    holds a post, 将 before 由/被/纳入, and a next sentence's list after a body or a meeting
    named by the role: cold review of batch 11's rules."""
    for text in (
        "培训经费由首席数据官所在单位承担。",
        "联席会议由区首席数据官办公室工作人员组成。",
        "办公室主任由区数据工作领导小组办公室主任兼任。",
        "首席数据官将由分管副区长担任。",
        "首席数据官将纳入年度考核范围。",
        "首席数据官将被约谈。",
    ):
        assert duties_of(text) == [], text
    # a meeting named by the role is a body of its own: the list after it is the meeting's, not the CDO's
    meeting = role_duty(
        duties_of("首席数据官工作联席会议由区长召集。主要职责是：研究重大事项；协调解决难题。")
    )
    assert {role for role, _ in meeting} == {"首席数据官工作联席会议"}
    office = role_duty(
        duties_of("区首席数据官办公室设在区数据局。主要职责包括：拟定全区数据工作年度计划；组织开展培训。")
    )
    assert office == [
        ("区首席数据官办公室", "拟定全区数据工作年度计划"),
        ("区首席数据官办公室", "组织开展培训"),
    ]


def test_a_wrapped_item_is_no_qualifications_heading() -> None:
    text = (
        "Key Responsibilities\n• Ensures that agency data practices meet the\nrequirements of the Privacy Act\n"
        "• Leads the data governance board.\n"
    )
    doc = Document(doc_id="t", title="Chief Data Officer", text=text, language="en")
    assert [d.duty for d in extract_duties(doc, [])][-1] == "Leads the data governance board"


def test_a_role_named_by_its_initials_in_another_language_and_a_body_by_its_functions() -> None:
    """A circular that writes the post in two languages gives it the initials of its own: "Chief
    Data Officer (Ketua Pegawai Data, KPD)"; "The functions of the JPDSA are to:" and "Its duties
    are to …" are the body's; "shall be the Deputy Director General … designated by" says who
    holds the post."""
    text = (
        "1.1 This Circular establishes the post of Chief Data Officer (Ketua Pegawai Data, KPD) in every Ministry.\n\n"
        "3.1 The KPD is responsible for:\n(a) formulating the data strategy of the Ministry;\n"
        "(b) chairing the Data Governance Committee of the Ministry.\n\n"
        "3.2 The Data Steward (Pegawai Pengurus Data) of each division is responsible for:\n"
        "(a) maintaining the metadata of the datasets of the division.\n\n"
        "4.2 For federal departments, the KPD shall be the Deputy Director General or an officer of "
        "equivalent level designated by the Head of the agency.\n\n"
        "4.3 The KPD shall not be the same officer as the Chief Digital Officer.\n\n"
        "5.1 The Public Sector Data Steering Committee (Jawatankuasa Pemandu Data Sektor Awam, JPDSA) is "
        "hereby established. The functions of the JPDSA are to:\n(a) determine the policy direction of "
        "public sector data governance;\n(b) monitor the implementation of this Circular.\n"
    )
    found = role_duty(duties_of(text, language="en"))
    assert ("Chief Data Officer", "formulating the data strategy of the Ministry") in found
    assert ("Chief Data Officer", "chairing the Data Governance Committee of the Ministry") in found
    assert ("Data Steward", "maintaining the metadata of the datasets of the division") in found
    assert (
        "Public Sector Data Steering Committee",
        "determine the policy direction of public sector data governance",
    ) in found
    assert not [d for r, d in found if d.startswith("be the")]
    hk = (
        "The DPO has set up a Steering Committee on Data Governance (the Steering Committee), chaired by "
        "the Commissioner. The Steering Committee meets every quarter. Its duties are to review the data "
        "governance progress of B/Ds, resolve issues in data sharing, and endorse common data standards.\n"
    )
    assert role_duty(duties_of(hk, language="en")) == [
        (
            "Steering Committee on Data Governance",
            "review the data governance progress of B/Ds, resolve issues in data sharing, and endorse common data standards",
        )
    ]


def test_the_one_a_law_requires_to_act_and_a_table_of_roles() -> None:
    """ "The law requires the CDO to:" gives the CDO the list; a table with a role column and a
    responsibilities column gives each row's role its duties, one to each semicolon."""
    law = "The law requires the CDO to:\n- oversee the Nevada Open Data Portal;\n- provide training to agency staff.\n"
    assert role_duty(duties_of(law, language="en")) == [
        ("Chief Data Officer", "oversee the Nevada Open Data Portal"),
        ("Chief Data Officer", "provide training to agency staff"),
    ]
    table = (
        "## 5. Roles and responsibilities\n\n"
        "| Role | Who holds it | Responsibilities |\n|------|------|------|\n"
        "| Chief Data Officer (CDO) | An Assistant Deputy Minister | Leads the data strategy; approves data standards |\n"
        "| Data Governance Committee | CDO (chair), CIO | Endorses data standards; meets at least quarterly |\n"
        "| Data Steward | Staff designated in writing by the Data Custodian | Maintains metadata in the catalogue |\n"
    )
    assert role_duty(duties_of(table, language="en")) == [
        ("Chief Data Officer", "Leads the data strategy"),
        ("Chief Data Officer", "approves data standards"),
        ("Data Governance Committee", "Endorses data standards"),
        ("Data Governance Committee", "meets at least quarterly"),
        ("Data Steward", "Maintains metadata in the catalogue"),
    ]


def test_pilot_and_member_units_holders_in_person_and_a_tasks_note() -> None:
    """各试点市首席数据官要…, 各成员单位首席数据官于…前报送…, 首席数据官本人原则上须参加 and 每个季度要…
    are duties; a task's closing note （牵头单位：…；完成时限：长期坚持） is none."""
    text = (
        "各试点市首席数据官要每季度至少专题研究1次数据工作。"
        "各成员单位首席数据官于每季度末月25日前向联席会议办公室报送工作进展情况。"
        "市数据局于5月举办培训班，首席数据官本人原则上须参加。"
        "各单位首席数据官每个季度要向区首席数据官办公室报一次工作进展。\n"
        "数据专员负责数据资源目录日常维护。（牵头单位：各成员单位；完成时限：长期坚持）\n"
    )
    found = [(d.role, d.duty) for d in duties_of(text)]
    assert ("首席数据官", "每季度至少专题研究1次数据工作") in found
    assert ("首席数据官", "于每季度末月25日前向联席会议办公室报送工作进展情况") in found
    assert ("首席数据官", "本人原则上须参加") in found
    assert ("首席数据官", "每个季度要向区首席数据官办公室报一次工作进展") in found
    assert not [d for _, d in found if "完成时限" in d]


def test_a_data_bodys_heading_over_its_list_and_duties_under_procedures() -> None:
    """(二)数据管理部门职责 over numbered items gives them to the data management department; a
    policy's procedures and compliance sections state duties in the present tense; "departments
    absorb Data Steward duties" gives a data steward no duty."""
    text = (
        "三、工作职责\n（二）数据管理部门职责\n1.牵头拟订数据管理制度和数据标准；\n2.组织开展数据人才培训。\n"
    )
    assert [(d.role, d.duty) for d in duties_in_sections(text, "指导意见", "zh-Hans")] == [
        ("数据管理部门", "牵头拟订数据管理制度和数据标准"),
        ("数据管理部门", "组织开展数据人才培训"),
    ]
    policy = (
        "## 7. Compliance and monitoring\n\n- The CDO monitors compliance through the attestations.\n\n"
        "## 10. Resources\n\n(a) Funding is in the budget; departments absorb Data Steward duties within existing resources.\n"
    )
    assert role_duty(duties_in_sections(policy, "Policy", "en")) == [
        ("Chief Data Officer", "monitors compliance through the attestations")
    ]


def test_unmarked_lines_of_a_list_a_bodys_heading_and_lettered_items() -> None:
    """A web page's list whose lines no mark opens, each closed by a semicolon, is one duty a
    line; a standard's "5.5 首席数据官办公室" heads the list its paragraph opens ("…设立首席数据官办公室，
    办公室设在…，承担以下工作：") with items lettered a）b）."""
    faq = (
        "A: The State CDO:\nsets statewide data governance policy;\nruns the annual statewide data inventory; and\n"
        "reports each year on the condition of state data.\n"
    )
    assert role_duty(duties_of(faq, language="en")) == [
        ("Chief Data Officer", "sets statewide data governance policy"),
        ("Chief Data Officer", "runs the annual statewide data inventory"),
        ("Chief Data Officer", "reports each year on the condition of state data"),
    ]
    standard = (
        "5　组织架构\n5.4　数据专员设置\n"
        + "各单位应至少明确1名数据专员，业务处室较多的单位宜分别明确数据专员。" * 12
        + "\n5.5　首席数据官办公室\n"
        "县级以上人民政府宜设立首席数据官办公室，办公室设在本级政务服务数据管理部门，承担以下工作：\n"
        "a）　拟订本级首席数据官工作制度和年度工作要点；\nb）　组织开展首席数据官述职和评价工作。\n"
    )
    assert [(d.role, d.duty) for d in duties_in_sections(standard, "首席数据官工作规范", "zh-Hans")] == [
        ("首席数据官办公室", "拟订本级首席数据官工作制度和年度工作要点"),
        ("首席数据官办公室", "组织开展首席数据官述职和评价工作"),
    ]


def test_what_the_cold_review_found_in_the_new_english_rules() -> None:
    """A requirement denied is no duty; "are set out below" says where the functions are, not
    what; "The duties of the CDO are to …" is the CDO's; a unit in brackets before initials
    ("(Information Management Branch, IMB)") is no name of the role; "shall be the point of contact
    … designated by the Governor" is a duty, "shall be the Deputy … or an officer of equivalent
    level" says who holds the post."""
    assert not duties_of("This Order does not require the CDO to publish personal data.\n", language="en")
    assert not duties_of(
        "Nothing in this section requires the CDO to disclose classified data.\n", language="en"
    )
    assert not duties_of("The functions of the Data Governance Council are set out below.\n", language="en")
    assert role_duty(duties_of("The duties of the CDO are to review data standards.\n", language="en")) == [
        ("Chief Data Officer", "review data standards")
    ]
    branch = "Each unit shall appoint a Data Steward (Information Management Branch, IMB).\n\nThe IMB shall host the quarterly forum.\n"
    assert not [d for d in duties_of(branch, language="en") if "forum" in d.duty]
    contact = (
        "The CDO shall be the point of contact for data requests from agencies designated by the Governor.\n"
    )
    assert duties_of(contact, language="en")
    holder = "The CDO shall be the Deputy Director General or an officer of equivalent level.\n"
    assert not duties_of(holder, language="en")


def test_taiwan_s_deputy_and_data_officers_are_roles_of_their_own() -> None:
    text = (
        "五、副資料長之任務如下：\n（一）彙整各機關資料盤點成果，建置及維護本府資料目錄。\n"
        "六、各機關應指派科長以上人員一人擔任資料專員，辦理下列事項：\n（一）辦理本機關資料盤點，並維護本機關資料集清單。\n"
    )
    got = {(d.role, d.duty) for d in duties_of(text)}
    assert ("副首席数据官", "彙整各機關資料盤點成果，建置及維護本府資料目錄") in got
    assert ("数据专员", "辦理本機關資料盤點，並維護本機關資料集清單") in got


def test_the_cdo_office_is_its_own_role_and_all_localities_cdos_are_cdos() -> None:
    text = (
        "（一）建立报告制度。各地各部门首席数据官每半年向市首席数据官办公室报送一次履职情况报告。\n"
        "（二）市首席数据官办公室每年至少组织2次首席数据官专题培训。\n"
    )
    got = {(d.role, d.duty) for d in duties_of(text)}
    assert ("首席数据官", "每半年向市首席数据官办公室报送一次履职情况报告") in got
    # the office's duties stay its own (named as written), not the CDO's
    assert ("市首席数据官办公室", "每年至少组织2次首席数据官专题培训") in got
    assert not any(role == "首席数据官" and "专题培训" in duty for role, duty in got)


def test_a_body_chaired_by_a_role_is_a_duty_of_the_role() -> None:
    zh = duties_of("七、本府設資料治理推動小組，由資料長擔任召集人，各機關資料專員為當然成員。")
    assert [(d.role, d.duty) for d in zh if "召集人" in d.duty] == [("首席数据官", "由資料長擔任召集人")]
    en = duties_of(
        "9.1 The Data Board is the Government's senior forum for data governance. It is chaired by the "
        "Chief Data Officer.\n9.2 The Steering Group is convened by the Chief Data Officer.",
        language="en",
    )
    chaired = sorted(d.duty for d in en if d.duty.startswith(("chairs", "convenes")))
    assert chaired == ["chairs the Data Board", "convenes the Steering Group"]


def test_paragraphs_numbered_4_1_are_items_of_the_list_before() -> None:
    text = (
        "4. Key responsibilities\nThe Chief Data Officer will:\n"
        "4.1 Set and maintain the data strategy.\n4.2 Keep a corporate register of data assets.\n"
        "4.10 Promote the ethical use of data.\n"
    )
    got = [d.duty for d in duties_of(text, language="en")]
    assert got == [
        "Set and maintain the data strategy",
        "Keep a corporate register of data assets",
        "Promote the ethical use of data",
    ]


def test_a_chaired_body_is_its_subject_before_its_verb_and_a_clause_of_its_own() -> None:
    def chaired(text: str, language: str = "en") -> list[tuple[str, str, str]]:
        words = ("chair", "head", "conven", "召集", "组长")
        return [
            (d.role, d.level, d.duty)
            for d in duties_of(text, language=language)
            if any(w in d.duty for w in words)
        ]

    assert chaired(
        "The Data Board, which is made up of agency heads, is chaired by the Chief Data Officer."
    ) == [("Chief Data Officer", "", "chairs the Data Board")]
    assert chaired("The Data Office is headed by the Chief Data Officer.") == [
        ("Chief Data Officer", "", "heads the Data Office")
    ]
    # "It" is the sentence just before's subject, or nothing
    assert (
        chaired(
            "This Policy is issued by the Secretary. The Committee oversees data. It is chaired by the CDO."
        )
        == []
    )
    assert chaired("成立数据工作领导小组，领导小组由市首席数据官担任组长。", "zh") == [
        ("首席数据官", "市", "领导小组由市首席数据官担任组长")
    ]


def test_a_role_s_list_after_will_be_responsible_for_or_its_responsibilities_are_to() -> None:
    """ "The CDO will be responsible for:" and "The CDO's main responsibilities are to:" open a list
    of the role's duties, one per item; "will not be the SIRO" is what the post is not; "may issue"
    is a power the role holds."""
    report = duties_of(
        "3.2 The Chief Data Officer will be responsible for:\n"
        "(a) leading the development and delivery of the Data Strategy;\n"
        "(b) chairing the Data Governance Board.\n"
        "3.3 The Chief Data Officer will not be the Senior Information Risk Owner (SIRO).\n"
        "5.4 The Chief Data Officer may issue standards, guidelines and templates to support this directive.\n"
        "5.5 The Chief Data Officer may not delegate the approval of standards.\n"
        "5.6 The Chief Data Officer may wish to consult the Board. The Chief Data Officer may have a deputy.\n"
        "5.7 The Chief Data Officer shall not be responsible for records management.\n"
        "5.8 The Chief Data Officer May 2024 update sets out progress.",
        language="en",
    )
    assert [d for _, d in role_duty(report)] == [
        "leading the development and delivery of the Data Strategy",
        "chairing the Data Governance Board",
        "issue standards, guidelines and templates to support this directive",
    ]
    faq = duties_of(
        "The CDO's main responsibilities are to:\n\n"
        "- develop statewide data policies and standards;\n"
        "- coordinate the annual statewide data inventory; and\n"
        "- prepare the annual report to the Governor.",
        language="en",
    )
    powers = duties_of(
        "(b) The Chief Data Officer may:\n(1) issue administrative guidelines;\n(2) request information.",
        language="en",
    )
    assert [d for _, d in role_duty(powers)] == ["issue administrative guidelines", "request information"]
    assert [d for _, d in role_duty(faq)] == [
        "develop statewide data policies and standards",
        "coordinate the annual statewide data inventory",
        "prepare the annual report to the Governor",
    ]


def test_an_item_wrapped_before_a_capitalised_word_goes_on() -> None:
    """A print's hard-wrapped item ("(6) provide training to Departmental Data" over
    "Coordinators; and") is one item, and the list goes on to (7)."""
    found = duties_of(
        "The Chief Data Officer shall:\n"
        "(5) review department requests to share data;\n"
        "(6) provide training and technical assistance to Departmental Data\n"
        "Coordinators; and\n"
        "(7) serve as chair of the Data Governance Committee.",
        language="en",
    )
    assert [d for _, d in role_duty(found)] == [
        "review department requests to share data",
        "provide training and technical assistance to Departmental Data Coordinators",
        "serve as chair of the Data Governance Committee",
    ]
    # a heading after an item without its closing mark (as a PDF prints a list) stays a heading
    headed = duties_of(
        "The Chief Data Officer shall:\n(b) chair the data board\nGovernance Arrangements\n"
        "The Board meets monthly.",
        language="en",
    )
    assert [d for _, d in role_duty(headed)] == ["chair the data board"]


def test_the_following_duties_with_a_colon_dash_and_a_role_over_its_present_tense_items() -> None:
    """An Indian order's "shall perform the following duties:-" opens its list, and "Quarterly
    return:- The CDO shall …" labels the CDO's sentence; "The Data Champion:" over present-tense
    items lists a directorate Data Champion's duties, but "must be at least at Manager level"
    says what the holder is; a mandate's "is charged with:" and "is tasked with" lead in duties."""
    order = duties_of(
        "5. The Chief Data Officer of each Department shall perform the following duties:-\n"
        "(a) prepare and maintain the inventory of datasets;\n"
        "(b) act as the single point of contact of the Department.\n"
        "6. Quarterly return:- The Chief Data Officer shall furnish a quarterly return to the State Data Centre.",
        language="en",
    )
    assert [d for _, d in role_duty(order)] == [
        "prepare and maintain the inventory of datasets",
        "act as the single point of contact of the Department",
        "furnish a quarterly return to the State Data Centre",
    ]
    strategy = duties_of(
        "7.1 The Data Champion must be at least at Manager level.\n"
        "7.2 The Data Champion:\n"
        "(a) coordinates the directorate's entries in the data asset register;\n"
        "(b) represents the directorate on the DGSC.",
        language="en",
    )
    assert role_duty(strategy) == [
        ("Data Champion", "coordinates the directorate's entries in the data asset register"),
        ("Data Champion", "represents the directorate on the DGSC"),
    ]
    mandate = duties_of(
        "The Chief Data Officer is charged with:\n"
        "a. drawing up the municipal data strategy;\n"
        "b. keeping the register complete and up to date.\n"
        "The data steward is tasked with keeping the entries of that directie.",
        language="en",
    )
    assert [d for _, d in role_duty(mandate)] == [
        "drawing up the municipal data strategy",
        "keeping the register complete and up to date",
        "keeping the entries of that directie",
    ]


def test_at_least_a_level_is_what_the_holder_is_and_shall_be_tasked_with_is_a_lead_in() -> None:
    found = duties_of(
        "The Chief Data Officer must be at least consulted on every data sharing agreement.\n"
        "The data steward shall be tasked with keeping the register.\n"
        "The Data Champion must be at least at Manager level.",
        language="en",
    )
    assert [d for _, d in role_duty(found)] == [
        "be at least consulted on every data sharing agreement",
        "keeping the register",
    ]


def test_a_holder_hedged_with_yuanzeshang_still_heads_its_duties() -> None:
    found = duties_of(
        "试点方案明确，首席数据官原则上由分管数据工作的负责同志担任，负责统筹本单位数据资源管理。"
    )
    assert role_duty(found) == [("首席数据官", "统筹本单位数据资源管理")]


def test_the_system_named_after_the_role_is_not_the_role() -> None:
    found = duties_of("第四条　述职评议工作由市首席数据官制度推进工作领导小组统一领导。")
    assert found == []


def test_the_duties_a_shuzhi_reports_on_and_a_counted_heading_open_lists() -> None:
    reported = duties_of(
        "第五条　首席数据官主要围绕以下履职情况进行述职：\n"
        "（一）统筹本单位数据资源规划，组织编制和更新数据资源目录；\n"
        "（二）组织本单位数据人才培养和数据素养培训。\n"
        "第六条　首席数据官办公室负责协助首席数据官起草述职报告。"
    )
    assert role_duty(reported)[:2] == [
        ("首席数据官", "统筹本单位数据资源规划，组织编制和更新数据资源目录"),
        ("首席数据官", "组织本单位数据人才培养和数据素养培训"),
    ]
    counted = duties_of(
        "首席数据官 6项主要职责\n① 统筹制定本单位数据发展规划\n② 落实本单位数据安全主体责任\n首席数据官办公室"
    )
    assert role_duty(counted) == [
        ("首席数据官", "统筹制定本单位数据发展规划"),
        ("首席数据官", "落实本单位数据安全主体责任"),
    ]


def test_roles_and_responsibilities_with_each_party_labelled_over_its_list() -> None:
    found = duties_in_sections(
        "## 5. Roles and responsibilities\n\nChief Data Officer\n\n"
        "- leads the development of the council's data strategy\n"
        "- chairs the Data Governance Group and sets its work programme\n\n"
        "Data Governance Group\n\n- meets monthly to review data issues\n\n"
        "Data Owners\n\n- approve access to the data assets they own\n\n"
        "## 6. Monitoring\n\n6.1 Breaches may be dealt with under the Code of Conduct.",
        title="Data Governance Policy",
        language="en",
    )
    assert role_duty(found) == [
        ("Chief Data Officer", "leads the development of the council's data strategy"),
        ("Chief Data Officer", "chairs the Data Governance Group and sets its work programme"),
        ("Data Governance Group", "meets monthly to review data issues"),  # a body the label names whole
        ("Data Owner", "approve access to the data assets they own"),  # a data role (batch 43)
    ]


def test_a_word_table_with_a_column_for_each_role() -> None:
    found = duties_of(
        "Table 1: Functions of the Chief Data Officer and MDA Data Focal Persons\n"
        "Area | Chief Data Officer | MDA Data Focal Person\n"
        "Appointment | Designated by the Chief Director | Nominated by each Director\n"
        "Data sharing | Approves and coordinates data sharing requests | Prepares data extracts for approved requests\n"
        "Source: Ministry of Communications and Digitalisation, 2024",
        language="en",
    )
    assert role_duty(found) == [
        ("Chief Data Officer", "Approves and coordinates data sharing requests"),
        ("Data Focal Person", "Prepares data extracts for approved requests"),
    ]


def test_a_job_descriptions_duties_row_is_the_named_posts() -> None:
    found = duties_of(
        "岗位名称 | 首席数据官（CDO）\n"
        "任职资格 | 1．学历：大学本科及以上学历； 2．经验：具有10年以上数据管理工作经历。\n"
        "岗位职责 | 1．组织制定集团数据战略和数据治理规划； 2．统筹集团数据资产目录编制。\n"
        "工作关系 | 内部：集团各职能部门"
    )
    assert role_duty(found) == [
        ("首席数据官", "组织制定集团数据战略和数据治理规划"),
        ("首席数据官", "统筹集团数据资产目录编制"),
    ]


def test_the_new_readers_do_not_misfire() -> None:
    """What a cold review found each new reading would take wrongly."""
    # a job description's duty rows go to the post named above them, none to a body's
    posts = duties_of(
        "岗位名称 | 首席数据官\n岗位职责 | 1．组织制定集团数据战略\n"
        "岗位名称 | 数据专员\n岗位职责 | 1．维护本部门数据目录\n"
        "名称 | 数据治理委员会\n职责 | 1．审议数据战略"
    )
    assert role_duty(posts) == [("首席数据官", "组织制定集团数据战略"), ("数据专员", "维护本部门数据目录")]
    # a column of roles whose cells say who, not what ("Reports to", 人员构成)
    table = duties_of(
        "Area | Chief Data Officer | Data Focal Person\n"
        "Reports to | Chief Executive Officer | Head of unit\n"
        "人员构成 | 分管领导 | 业务骨干\n",
        language="en",
    )
    assert table == []
    # 负责人 is no duty verb after a hedged holder
    assert duties_of("首席数据官一般由单位主要负责人担任，负责人因工作调动不能履职的，由副职代行。") == []
    # a 述职's report parts are no duties
    assert (
        duties_of(
            "首席数据官主要围绕以下履职情况进行述职：\n（一）年度数据工作目标完成情况；\n（二）存在的问题和不足。"
        )
        == []
    )
    # everyone's "Roles and responsibilities": an item before any label is not the title's role's
    roles = duties_in_sections(
        "## 4. Roles and responsibilities\n\n- Deputy Ministers ensure that their department complies.\n",
        title="Directive on the Chief Data Officer",
        language="en",
    )
    assert roles == []
    # a record after a duty is not the duty's subject's
    record = duties_of(
        "首席数据官负责统筹本单位数据资源管理。截至5月底，21家单位已完成任命；18家单位设立了首席数据官办公室。"
    )
    assert role_duty(record) == [("首席数据官", "统筹本单位数据资源管理")]


def test_a_job_postings_duties_whose_bullets_the_page_dropped() -> None:
    """A web page's <li> and a Word list keep no bullet: a job posting's items still open with
    their verb, in the third person."""
    posting = duties_in_sections(
        "Chief Data Officer\n\nEssential Duties\n\n"
        "The duties listed below are representative of the work of the position.\n"
        "Develops, implements and maintains the enterprise data strategy.\n"
        "Chairs the Data Governance Committee and convenes it at least quarterly.\n"
        "Supervises a team of approximately 11 data engineers.\n\n"
        "Minimum Qualifications\n\n"
        "Requires seven years of progressively responsible experience in data management.\n",
        title="Chief Data Officer",
        language="en",
    )
    assert [d.duty for d in posting] == [
        "Develops, implements and maintains the enterprise data strategy",
        "Chairs the Data Governance Committee and convenes it at least quarterly",
        "Supervises a team of approximately 11 data engineers",
    ]
    assert {d.role for d in posting} == {"Chief Data Officer"}
    # a plural noun that a verb follows is a sentence, and a paragraph still ends the list
    notes = duties_in_sections(
        "Chief Data Officer\n\nEssential Duties\n\n"
        "The duties listed below are representative of the work of the position.\n"
        "Benefits may vary by position and bargaining unit.\n"
        "This position reports to the Chief Information Officer and works with all departments.\n"
        "Leads the Data Academy.\n",
        title="Chief Data Officer",
        language="en",
    )
    assert notes == []


def test_a_counted_noun_ends_a_duty_without_opening_a_list() -> None:
    """负责…三项重点任务。 is a duty; a record's 完成三项任务： is no list of the role's."""
    assert [d.duty for d in duties_of("首席数据官负责统筹推进数字政府建设三项重点任务。")] == [
        "统筹推进数字政府建设三项重点任务"
    ]
    record = "首席数据官制度试点开展以来，全市完成三项任务：\n一是编制目录；\n二是开放数据。"
    assert not any("编制目录" in d.duty for d in duties_of(record))


def test_an_english_item_wrapped_over_three_lines_keeps_its_list_going() -> None:
    """A wrapped item's last line ("Secretary;") that starts with a capital, under a short line
    that does not end a sentence, is the item's, not a heading that ends the list."""
    text = (
        "6.2 The State Chief Data Officer shall:\n(i) maintain the State register;\n"
        "(ii) consolidate the quarterly reports and place the\n    same before the Committee chaired by the Chief\n"
        "    Secretary;\n(iii) convene a meeting of all officers at least once in six months.\n"
    )
    assert [d.duty for d in duties_of(text, language="en")] == [
        "maintain the State register",
        "consolidate the quarterly reports and place the same before the Committee chaired by the Chief Secretary",
        "convene a meeting of all officers at least once in six months",
    ]


def test_a_statute_s_capital_lettered_sub_items_and_a_prohibition() -> None:
    """(1) … which must include: (A) … (B) …; (2) …: the list goes on after its item's (A) (B);
    "shall not publish" is a prohibition, read with its "not"."""
    text = (
        "(a) The chief data officer shall:\n(1) Develop a framework, which must include:\n"
        "(A) Data standards;\n(B) Quality standards; and\n(2) Establish a statewide inventory;\n"
        "(3) Serve as chair of the council.\n(b) The chief data officer shall not publish any confidential data set.\n"
    )
    assert [d.duty for d in duties_of(text, language="en")] == [
        "Develop a framework, which must include (A) Data standards (B) Quality standards",
        "Establish a statewide inventory",
        "Serve as chair of the council",
        "not publish any confidential data set",
    ]
    # "shall not:" over its list is no duty "not :"
    assert not any(
        d.duty.startswith("not")
        for d in duties_of("The CDO shall not:\n(1) sell data;\n(2) share passwords.\n", language="en")
    )


def test_an_annex_duty_list_in_groups_and_a_translated_plans_numbered_duties() -> None:
    """附件 首席数据官职责清单 > 一、规划统筹类 > 1.…: the groups' labels are no duties, their items
    are; "IV. Main responsibilities of the chief data officer" > "(1) …" in a translated plan, up
    to "V."; another party's lead-in ("The Secretary:") takes the items below it (batch 21)."""
    annex = (
        "附件\n首席数据官职责清单\n一、规划统筹类\n1.组织编制本地区本部门数据发展规划和年度工作计划。\n"
        "二、治理管理类\n2.建立数据质量管理机制，组织开展数据质量问题整改。\n"
    )
    got = role_duty(duties_of(annex))
    assert ("首席数据官", "组织编制本地区本部门数据发展规划和年度工作计划") in got
    assert ("首席数据官", "建立数据质量管理机制，组织开展数据质量问题整改") in got
    assert not any(duty.endswith("类") for _, duty in got)
    plan = (
        "IV. Main responsibilities of the chief data officer\n\n"
        "(1) Coordinating data work. Organize the formulation of the data development plan of the region.\n"
        "(2) The joint meeting: study major problems in data work.\n\n"
        "V. Working mechanism\n(1) Establish a joint meeting system. The joint meeting is held every half year.\n"
    )
    got = role_duty(duties_of(plan, language="en"))
    assert any(duty.startswith("Coordinating data work") for _, duty in got)
    assert not any("joint meeting" in duty for _, duty in got)
    directive = (
        "Chief Data Officer Directive\n5. RESPONSIBILITIES\na. Secretary of Veterans Affairs. The Secretary:\n"
        "(1) Designates the VA Chief Data Officer.\n(2) Approves the VA Data Strategy.\n"
    )
    assert role_duty(duties_of(directive, language="en")) == []


def test_an_office_of_the_cdo_its_run_in_list_and_one_named_to_a_post() -> None:
    """Written from batch 25: "The Office of the Chief Data Officer shall …" is the office's duty,
    not the officer's in its name; a named office's lettered list after its initials; 首席数据官办公室
    主要承担以下工作：a；b; 各单位明确…负责人为数据专员，协助…，负责…: the 数据专员's."""
    order = (
        "Section 5. Data Governance Council.\n(c) The Council shall meet at least once each quarter. "
        "The Office of the Chief Data Officer shall provide staff support to the Council and keep minutes.\n"
    )
    got = role_duty(duties_of(order, language="en"))
    assert (
        "Office of the Chief Data Officer",
        "provide staff support to the Council and keep minutes",
    ) in got
    assert not any(role == "Chief Data Officer" for role, _ in got)
    staff = (
        "B. Office of Data and Accountability\nThe Office of Data and Accountability (ODA) serves as the "
        "CDO's staff office. The ODA shall:\n(1) build and maintain the District Data Inventory;\n"
        "(2) run monthly data quality checks.\n"
    )
    got = role_duty(duties_of(staff, language="en"))
    assert ("Office of Data and Accountability", "build and maintain the District Data Inventory") in got
    office = "领导小组下设首席数据官办公室，负责日常工作。首席数据官办公室主要承担以下工作：汇总建立街道数据资源清单；组织开展数据质量核查。"
    got = role_duty(duties_of(office))
    assert ("首席数据官办公室", "汇总建立街道数据资源清单") in got and (
        "首席数据官办公室",
        "组织开展数据质量核查",
    ) in got
    named = "各单位明确本单位信息化机构负责人为数据专员，协助首席数据官开展工作，负责数据资源目录编制维护。"
    assert any(
        role == "数据专员" and "数据资源目录编制维护" in duty for role, duty in role_duty(duties_of(named))
    )


def test_batch_26_leads_initials_a_secretariat_and_a_post_answering_to_someone() -> None:
    text = (
        "The Government Chief Data Officer (GCDO) is an executive of the Office of Digital Government"
        " and leads the data agenda. The GCDO:\n(a) sets whole-of-government data policy;\n"
        "(b) chairs the Chief Data Officer Network.\n"
        "A CDO Secretariat is established within ODG. The Secretariat:\n"
        "(a) maintains the register of agency CDOs;\n(b) develops templates.\n"
        "The agency CDO is responsible to the Director General or CEO for the following:\n"
        "(a) developing an agency data governance plan;\n(b) maintaining a data asset register.\n"
    )
    found = role_duty(duties_of(text, language="en"))
    # (not the "for" of an office's name, nor "Each" or a heading above as part of the initials)
    office = "The CDO is responsible to the Minister for Digital Government for:\n(a) keeping a register;\n(b) training staff.\n"
    each = "Roles\nEach Government Chief Data Officer (GCDO) is appointed. The GCDO:\n(a) sets data policy;\n(b) chairs the network.\n"
    assert [d for _, d in role_duty(duties_of(office, language="en"))] == [
        "keeping a register",
        "training staff",
    ]
    assert [d for _, d in role_duty(duties_of(each, language="en"))] == [
        "sets data policy",
        "chairs the network",
    ]
    for role, duty in (
        ("Chief Data Officer", "sets whole-of-government data policy"),
        ("CDO Secretariat", "maintains the register of agency CDOs"),
        ("Chief Data Officer", "developing an agency data governance plan"),
    ):
        assert any(r == role and d.startswith(duty) for r, d in found), (role, duty, found)


def test_a_taiwanese_posts_duties_under_its_zhizhang_heading() -> None:
    text = "三、市府資料長職掌\n（一）綜理本府資料治理政策之規劃與資源配置。\n（二）召集推動會，裁決跨機關資料共享爭議。\n"
    duties = [d.duty for d in duties_in_sections(text, "桃園市政府資料治理及資料長推動計畫", "zh-Hant")]
    assert "綜理本府資料治理政策之規劃與資源配置" in duties and len(duties) == 2


def test_a_subsidiary_s_data_management_specialist_is_a_data_specialist() -> None:
    text = "（三）子公司数据管理专员职责\n1.负责本单位数据资源梳理和数据资产目录填报；\n2.配合做好数据共享和数据安全管理工作。\n"
    found = role_duty(duties_in_sections(text, "宁波港城投资集团有限公司首席数据官工作制度", "zh-Hans"))
    assert found == [
        ("数据专员", "负责本单位数据资源梳理和数据资产目录填报"),
        ("数据专员", "配合做好数据共享和数据安全管理工作"),
    ]


def test_an_english_deputy_cdo_is_a_post_of_its_own() -> None:
    """The Deputy CDO's duties are its own, as 副首席数据官's are, not the CDO's."""
    text = (
        "3.1.4 An agency may also appoint a Deputy CDO, usually a Level 8 officer. The Deputy\nCDO:\n"
        "(a) acts as CDO when the CDO is absent;\n"
        "(b) coordinates the agency data stewards.\nThe agency CDO is responsible for the following:\n"
        "(a) developing a plan.\n"
    )
    assert role_duty(duties_of(text, language="en")) == [
        ("Deputy Chief Data Officer", "acts as CDO when the CDO is absent"),
        ("Deputy Chief Data Officer", "coordinates the agency data stewards"),
        ("Chief Data Officer", "developing a plan"),
    ]
    assert canonical_role("the Deputy CDO", "en") == ("Deputy Chief Data Officer", "")
    assert role_matches("副首席数据官", "Deputy Chief Data Officer", "", across_languages=True)
    assert not role_matches("CDO", "Deputy Chief Data Officer", "", "en")


def test_a_phrase_set_off_between_the_role_and_its_modal_or_its_list() -> None:
    """ "The CDO shall, within his or her MDA:" opens the list below; "A Deputy Agency CDO, where
    designated, shall …" is the deputy's duty; "The CDO, as data governance body chair, should …"
    the CDO's."""
    circular = (
        "15. The CDO shall, within his or her MDA:\n"
        "(a) lead the development of the MDA's data management plan;\n"
        "(b) identify the MDA's high-value datasets.\n"
    )
    assert role_duty(duties_of(circular, language="en")) == [
        ("Chief Data Officer", "lead the development of the MDA's data management plan"),
        ("Chief Data Officer", "identify the MDA's high-value datasets"),
    ]
    deputy = "(b) A Deputy Agency CDO, where designated, shall coordinate the agency's Data Stewards.\n"
    assert role_duty(duties_of(deputy, language="en")) == [
        ("Deputy Chief Data Officer", "coordinate the agency's Data Stewards")
    ]
    consulted = "The agency head, after consulting the CDO, where appropriate, shall approve the strategy.\n"
    assert not [d for d in duties_of(consulted, language="en") if d.role == "Chief Data Officer"]
    chair = "The CDO, as data governance body chair, should lead the effort to set the agency vision.\n"
    assert role_duty(duties_of(chair, language="en")) == [
        ("Chief Data Officer", "lead the effort to set the agency vision")
    ]


def test_a_post_taken_by_ren_after_a_title() -> None:
    """区数据局局长任区政府副首席数据官，协助…: 任 after a post's title takes the post, as 担任 does;
    what follows is the deputy's duty, not the CDO's."""
    text = (
        "（一）区政府首席数据官。区政府设立首席数据官，由副区长担任；"
        "区数据局局长任区政府副首席数据官，协助首席数据官开展工作。\n"
    )
    assert role_duty(duties_of(text)) == [("副首席数据官", "协助首席数据官开展工作")]
    leader = "各部门主要负责人任本部门首席数据官，统筹本部门数据工作。\n"
    assert role_duty(duties_of(leader)) == [("首席数据官", "统筹本部门数据工作")]


def test_a_data_office_by_its_short_name() -> None:
    """（以下简称"数据办"）: the office's duties written under its short name are its own; 办理 and
    办法 are no office."""
    text = (
        "第五条　委员会下设首席数据官办公室（以下简称“数据办”），设在信息中心。\n"
        "第十二条　数据办每季度对各科室数据质量进行排名通报。\n"
        "第十三条　数据办理结果应当及时反馈。\n"
    )
    assert role_duty(duties_of(text)) == [("数据办", "每季度对各科室数据质量进行排名通报")]


def test_the_office_of_the_plan_s_joint_meeting_or_leading_group() -> None:
    """Once a plan sets up its CDO joint meeting or leading group, 联席会议办公室 and 领导小组办公室
    are that body's office, and what they are charged with is their duty."""
    text = (
        "（一）成立首席数据官工作领导小组。区长任组长。领导小组办公室设在区数据局，由区数据局局长兼任"
        "办公室主任，负责日常联络、工作调度、督促检查和评估考核等工作。\n"
    )
    found = role_duty(duties_of(text))
    assert [role for role, _ in found] == ["领导小组办公室"] and "负责日常联络、工作调度" in found[0][1]


def test_the_committee_is_the_one_named_last_and_the_joint_meeting_is_a_body() -> None:
    """ "The Committee" where the text names two committees is the one it named last; a CDO joint
    meeting or a leading group by its short name is a body with duties of its own; a role's own
    clause after a colon is its duty (not a question after its label)."""
    text = (
        "Approved by the Establishment and Coordination Committee on 24 March 2025.\n"
        "4.2 Data Governance Committee\n"
        "4.2.1 The Data Governance Committee is chaired by the CDO.\n"
        "4.2.3 The Committee is responsible for:\n"
        "(a) endorsing data standards before they are adopted;\n"
        "(b) reviewing the data risk register each quarter.\n"
    )
    found = role_duty(duties_of(text, language="en"))
    assert ("Data Governance Committee", "endorsing data standards before they are adopted") in found
    assert not any(role == "Establishment and Coordination Committee" for role, _ in found)
    joint = (
        "成立首席数据官联席会议（以下简称联席会议），由市政府首席数据官担任召集人。"
        "联席会议原则上每半年召开一次全体会议，研究解决全市数据工作中的重大问题。\n"
    )
    assert ("联席会议", "每半年召开一次全体会议，研究解决全市数据工作中的重大问题") in role_duty(
        duties_of(joint)
    )
    news = "实施方案对数据专员职责也作了细化：数据专员具体负责本科室数据资源的梳理登记和目录填报。\n"
    assert [role for role, _ in role_duty(duties_of(news))] == ["数据专员"]
    asked = "问：首席数据官要不要述职？\n答：要。\n"
    assert not duties_of(asked)
    # (cold review) a question without its mark; a joint meeting or leading group of other work;
    # "the Committee" named in the same sentence
    assert not duties_of("问：首席数据官要不要述职\n") and not duties_of("记者：首席数据官负责哪些工作\n")
    assert not duties_of("成立乡村振兴工作领导小组，县长任组长。领导小组负责统筹全县乡村振兴工作。\n")
    assert not duties_of("建立安全生产联席会议制度。联席会议负责协调解决安全生产重大问题。\n")
    same = (
        "The Data Ethics Committee advises the CDO on ethics.\n"
        "A Data Governance Committee is hereby established, and the Committee shall approve data standards.\n"
    )
    assert ("Data Ethics Committee", "approve data standards") not in role_duty(
        duties_of(same, language="en")
    )


def test_batch_30_lists_after_set_off_or_comma_lead_ins_and_their_bodies() -> None:
    """An item list after "shall, at a\\nminimum:" (wrapped), "shall," or "shall have the following
    duties and functions:"; a section labelled by a role whose paragraphs have subjects of their
    own is no list of that role's; 主要负责： opens a list; the coordination mechanism's office
    (协调机制办公室) and an office set in a bureau that then 承担s are bodies with duties; a
    heading's question (履行哪些职责) is none."""
    wrapped = (
        "5.1 The Chief Data Officer is accountable to the Secretary General. The Chief Data Officer shall, at a\n"
        "minimum:\n(a) lead the development of a departmental data strategy;\n(b) maintain an inventory of data assets.\n"
    )
    got = {(d.role, d.duty) for d in duties_of(wrapped, language="en")}
    assert ("Chief Data Officer", "lead the development of a departmental data strategy") in got
    assert not any(duty == "at a minimum" for _, duty in got)
    order = (
        "6. Duties of the Chief Data Officer: The Chief Data Officer shall,\n"
        "(i) prepare and maintain a Department Data Inventory;\n(ii) oversee data quality audits.\n"
        "7. Data Stewards:\n(1) Every Head of Department shall nominate officers as Data Stewards, by 30th September 2025.\n"
        "(2) The Data Stewards shall,\n(a) maintain the metadata of the datasets;\n(b) carry out data quality checks.\n"
    )
    got = {(d.role, d.duty) for d in duties_of(order, language="en")}
    assert ("Chief Data Officer", "prepare and maintain a Department Data Inventory") in got
    assert ("Data Steward", "maintain the metadata of the datasets") in got
    assert not any(duty.startswith(("Every Head", "The Data Stewards")) for _, duty in got)
    # ... while an item that says "shall" inside its own duty stays one
    inner = "7. Data Stewards:\n(a) ensure that each dataset they hold shall carry its metadata;\n(b) report issues to the CDO.\n"
    assert len(duties_of(inner, language="en")) == 2
    functions = "5.1. The Chief Data Officer shall have the following duties and functions:\n\na. formulate the Agency Data Governance Plan;\n\nb. supervise the Data Stewards.\n"
    got = {(d.role, d.duty) for d in duties_of(functions, language="en")}
    assert ("Chief Data Officer", "formulate the Agency Data Governance Plan") in got
    zh = (
        "四、关于数据专员\n各成员单位确定1名科级干部担任数据专员，协助首席数据官开展工作，主要负责：\n"
        "1．本单位数据资源目录的编制、挂接和日常更新；\n2．数据工作台账管理和信息报送。\n"
        "区首席数据官工作协调机制由副区长牵头。协调机制办公室负责建立全区首席数据官工作档案。\n"
        "建立首席数据官联席会议制度。联席会议办公室设在市数据局，承担联席会议日常工作。\n"
        "（二）首席数据官履行哪些职责\n"
    )
    got = {(d.role, d.duty) for d in duties_in_sections(zh, "会议纪要", "zh-Hans")}
    assert ("数据专员", "本单位数据资源目录的编制、挂接和日常更新") in got
    assert ("协调机制办公室", "建立全区首席数据官工作档案") in got
    assert ("联席会议办公室", "承担联席会议日常工作") in got
    assert not any("哪些" in duty or duty.endswith("主要负责") for _, duty in got)
    assert [d.duty for d in duties_of("首席数据官负责研究确定开放哪些数据。")] == ["研究确定开放哪些数据"]
    for heading in ("（二）首席数据官主要负责什么\n", "（二）首席数据官负责如何开展工作\n"):
        assert not duties_of(heading), heading
    lower = "7. Chief Data Officer:\n(1) the Chief Data Officer shall chair the Data Council;\n(2) the CDO shall approve the plan.\n"
    assert all(not d.duty.startswith("the ") for d in duties_of(lower, language="en"))


def test_a_role_statement_s_run_in_labels_and_an_infographic_s_bracketed_roles() -> None:
    """Batch 31: "is accountable for the following:" over items opened by a label and a full stop
    ("Data quality. Establish …"); an infographic's 【市级首席数据官】 over bulleted duties."""
    statement = (
        "Key accountabilities\nReporting to the Deputy Secretary, the Chief Data Officer is accountable for the following:\n"
        "Data strategy. Develop, implement and maintain the department's data strategy.\n"
        "Data quality. Establish data quality standards and monitoring for key collections.\n"
    )
    got = [d.duty for d in duties_of(statement, language="en")]
    assert "Establish data quality standards and monitoring for key collections" in got
    card = "04 主要职责\n\n【市级首席数据官】\n▶ 统筹全市数据资源规划和开发利用\n▶ 推进公共数据授权运营\n\n【数据专员】\n▶ 数据共享需求对接\n"
    got = {(d.role, d.duty) for d in duties_of(card)}
    assert ("首席数据官", "推进公共数据授权运营") in got and ("数据专员", "数据共享需求对接") in got


def test_batch_32_statute_and_report_duties() -> None:
    """A code section's "data management officer for a state agency shall:" list (its post's
    qualifier between the role and "shall"); specialists "nominated by each unit" and stewards
    who "in turn" are responsible; a heading that asks ("What CDOs will do") is not a duty."""
    statute = (
        "(c) The data management officer for a state agency shall:\n"
        "(1) maintain the agency's data inventory and update it at least annually;\n"
        "(2) serve as the agency's liaison for data sharing agreements; and\n"
        "(3) advise the agency's executive director on data-related risks.\n"
    )
    found = role_duty(duties_of(statute, language="en"))
    assert ("Data Officer", "maintain the agency's data inventory and update it at least annually") in found
    assert len([r for r, _ in found if r == "Data Officer"]) == 3
    report = (
        "What CDOs will do\n"
        "Data specialists, nominated by each unit, are responsible for cataloguing data and checking data quality.\n"
        "Data stewards, in turn, are responsible for maintaining metadata for their data sets.\n"
    )
    found = role_duty(duties_of(report, language="en"))
    assert ("Data Specialist", "cataloguing data and checking data quality") in found
    assert ("Data Steward", "maintaining metadata for their data sets") in found
    assert all(duty != "do" for _, duty in found)


def test_batch_33_report_lead_ins_and_offices_lists() -> None:
    """The duties a 述职 reports on ("围绕以下职责履行情况进行述职：") and an office's or centre's own
    list (区大数据发展局履行以下职责：, 数据管理中心履行以下职责：) are duties, the latter the body's."""
    report = "首席数据官重点围绕以下职责履行情况进行述职：\n1. 统筹本单位数据工作发展规划；\n2. 组织开展数据质量核查。\n"
    assert ("首席数据官", "统筹本单位数据工作发展规划") in role_duty(duties_of(report))
    office = "第十二条　区大数据发展局履行以下职责：\n（一）制定数据专员年度培训计划并组织实施；\n（二）建立全区数据专员工作台账。\n"
    assert ("区大数据发展局", "制定数据专员年度培训计划并组织实施") in role_duty(duties_of(office))


def test_a_graphics_counted_headings_and_bullets_head_lists() -> None:
    """A 一图读懂's "首席数据官 · 六项职责" and "数据专员 · 四项任务" head their lists, and in batch 34's
    福州 page "联席会议办公室 · 三项职能" heads its bullets (◆)."""
    from pathlib import Path

    from ingest.chunk import chunk_document
    from ingest.document import build_document

    graphic = (
        "三、干什么\n首席数据官 · 六项职责\n1. 统筹谋划：组织编制本单位数据工作规划和年度计划\n2. 摸清家底：组织开展数据资源普查\n"
        "数据专员 · 四项任务\n① 负责本单位数据目录编制和动态更新\n② 对接数据共享需求\n"
    )
    found = role_duty(duties_of(graphic))
    assert ("数据专员", "负责本单位数据目录编制和动态更新") in found
    assert len([r for r, _ in found if r == "首席数据官"]) == 2
    path = Path(__file__).parent.parent / "evaluation/unseen/batch_34/docs/fuzhou-cdo-yitu-dudong-2025.html"
    page = build_document(path, doc_id=path.stem)
    found = role_duty(extract_duties(page, chunk_document(page)))
    assert ("联席会议办公室", "筹备联席会议，跟踪督办议定事项") in found
    # a plan's counted 任务 are its own, not a role's; bullets outside a counted heading and a
    # page's labels after one are no items
    plan = "二、六项任务\n（一）建立数据资源目录体系。\n（二）推进公共数据开放。\n"
    assert extract_duties(Document(doc_id="t", title="某市首席数据官工作方案", text=plan), []) == []
    labelled = "首席数据官 · 三项职责\n● 统筹本单位数据工作\n● 推动数据共享\n● 相关阅读：某某新闻\n● 来源：清远政数\n"
    assert [d for _, d in role_duty(duties_of(labelled))] == ["统筹本单位数据工作", "推动数据共享"]
    assert duties_of("首席数据官主要职责\n□ 统筹本单位数据工作\n□ 已完成 □ 未完成\n") == []
    capped = (
        "首席数据官 · 三项职责\n● 统筹本单位数据工作\n● 推动数据共享\n● 落实数据安全\n● 某某新闻标题一则\n"
    )
    assert len(duties_of(capped)) == 3  # as many bullets as the heading counts


def test_batch_35_lists_and_subjects() -> None:
    """A Markdown heading's marks before its list's heading (#### （一）首席数据官职责); a recruitment
    notice's 岗位职责 (the post its title names); a news report's "为各级首席数据官列出了一张“任务清单”：";
    数据专员则主要负责…; "shall, under the direction of …, be responsible for:"; a sentence opened by
    "For this purpose" has its subject after it."""
    markdown = "### 三、主要职责\n\n#### （一）首席数据官职责\n\n1. 组织制定本乡镇年度数据工作计划；\n2. 组织编制数据资源目录。\n"
    assert ("首席数据官", "组织制定本乡镇年度数据工作计划") in role_duty(duties_of(markdown))
    posting = "二、岗位职责\n1. 牵头拟订集团数据战略；\n2. 牵头建立健全集团数据治理体系。\n"
    notice = Document(doc_id="t", title="厦门国贸控股集团有限公司市场化选聘首席数据官公告", text=posting)
    found = role_duty(extract_duties(notice, []))
    assert ("首席数据官", "牵头拟订集团数据战略") in found
    news = "在职责方面，《方案》为各级首席数据官列出了一张“任务清单”：一是组织编制本单位数据工作规划；二是培养本单位数据人才队伍。"
    assert ("首席数据官", "培养本单位数据人才队伍") in role_duty(duties_of(news))
    assert role_duty(duties_of("数据专员则主要负责数据资源目录维护。")) == [("数据专员", "数据资源目录维护")]
    circular = (
        "5.1 The Chief Data Officer shall, under the general direction of the Permanent Secretary, be responsible for:\n"
        "(a) developing a Data Governance Plan for the Ministry;\n(b) coordinating the work of the Data Stewards.\n"
    )
    assert ("Chief Data Officer", "coordinating the work of the Data Stewards") in role_duty(
        duties_of(circular, language="en")
    )
    board = (
        "7.1 Chief Data Officers shall report to the Data Governance Board. For this purpose the Board will, in "
        "addition to its statutory functions, review the annual data reports.\n"
    )
    assert any(
        r == "Data Governance Board" and "review the annual data reports" in d
        for r, d in role_duty(duties_of(board, language="en"))
    )


def test_a_bodys_duties_go_on_after_it_but_a_reports_contents_are_no_ones() -> None:
    council = (
        "7. State Data Governance Council. The Council shall meet at least twice a year. It shall approve data "
        "standards and resolve disputes between departments.\n"
    )
    found = role_duty(duties_of(council, language="en"))
    assert any(d.startswith("approve data standards") for _, d in found)
    report = "The CDO shall prepare an annual report. It shall include a summary of progress.\n"
    assert role_duty(duties_of(report, language="en")) == [("Chief Data Officer", "prepare an annual report")]


def test_batch_36_lists_and_subjects() -> None:
    """A G.R.'s "shall be responsible for all matters … and in particular shall:"; a regulation's
    "…可以设立首席数据官，由…兼任，履行下列职责：" and "设立首席数据官的单位应当明确数据专员，负责…"; an
    interview's "方案给首席数据官列了六项职责。一是…"; a lead-in's items run on after it."""
    gr = (
        "5. Duties. The Departmental Chief Data Officer shall be responsible for all matters relating to data in the department and in "
        "particular shall:\n(a) prepare and maintain an inventory of all datasets;\n(b) supervise the Data Stewards.\n"
    )
    assert ("Chief Data Officer", "supervise the Data Stewards") in role_duty(duties_of(gr, language="en"))
    law = (
        "第十二条　县级以上人民政府及其有关部门、国有企业可以设立首席数据官，由本单位分管数据工作的负责人兼任，履行下列职责：\n"
        "（一）统筹本单位数据工作规划；\n（二）组织编制本单位数据资源目录。\n"
        "第十三条　设立首席数据官的单位应当明确数据专员，负责本单位数据资源目录编制等日常工作。\n"
    )
    found = role_duty(duties_of(law))
    assert ("首席数据官", "统筹本单位数据工作规划") in found
    assert ("数据专员", "本单位数据资源目录编制等日常工作") in found
    said = "方案给首席数据官列了六项职责。一是统筹本单位数据工作规划；二是组织编制本单位数据资源目录。"
    assert ("首席数据官", "组织编制本单位数据资源目录") in role_duty(duties_of(said))
    office = "第八条　数据治理委员会办公室设在集团数字化部，主要职责包括：（一）拟订集团数据治理制度；（二）组织数据质量监测。"
    assert any(d == "拟订集团数据治理制度" for _, d in role_duty(duties_of(office)))


def test_a_policys_it_is_not_the_body_that_adopts_it() -> None:
    text = (
        "The Data Governance Board shall adopt a Data Sharing Policy within six months. It shall require every "
        "agency to publish an inventory. It shall enter into force upon its publication.\n"
    )
    assert [d for _, d in role_duty(duties_of(text, language="en"))] == [
        "adopt a Data Sharing Policy within six months"
    ]


def test_batch_37s_members_guided_roles_and_a_joint_meetings_run_on_work() -> None:
    """ "Each member of the … Network will:" lists the members' duties, not the network's; 数据专员在
    首席数据官的指导下，负责下列工作： lists the 数据专员's (not the guide's); 联席会议的主要工作包括：A；B。
    lists the meeting's work, unmarked items run on by semicolons."""
    members = duties_of(
        "The Public Sector Chief Data Officer Network brings together public bodies.\n"
        "3.1 Each member of the Network will:\n(a) act as the single senior point of contact for data matters;\n"
        "(b) champion the value of data within their own organisation.\n"
    )
    assert {d.role for d in members if "single senior point" in d.duty} == {
        "Member of the Public Sector Chief Data Officer Network"
    }
    guided = duties_of(
        "五、数据专员\n数据专员在首席数据官的指导下，负责下列工作：\n1. 负责所属单位数据资源的梳理、登记及更新；\n"
        "2. 跟进所属单位的数据质量问题，落实整改。\n"
    )
    assert {d.role for d in guided if "梳理" in d.duty} == {"数据专员"}
    meeting = duties_of(
        "六、工作机制\n由行政公职局牵头设立首席数据官联席会议。\n"
        "联席会议的主要工作包括：研究制定公共部门数据管理的共通标准及规范；协调解决跨部门数据共享中的重大问题。\n"
    )
    assert ("联席会议", "协调解决跨部门数据共享中的重大问题") in role_duty(meeting)


def test_batch_38s_translated_role_lists_and_a_lead_in_with_a_clause() -> None:
    """A translated plan's "(1) Responsibilities of the district chief data officer:" over "1. …"
    items; 数据专员…主要履行以下职责，考核围绕其履职情况开展： over its items, the lead-in no duty."""
    translated = duties_in_sections(
        "V. Main Responsibilities\n(1) Responsibilities of the district chief data officer:\n"
        "1. Organize the formulation of the district's data development strategy;\n"
        "2. Coordinate the sharing of public data across the district.\n"
        "(2) Responsibilities of data commissioners:\n1. Handle data sharing applications of the unit.\n"
        "VI. Key Tasks\n",
        "Implementation Plan",
        "en",
    )
    assert (
        "Chief Data Officer",
        "Organize the formulation of the district's data development strategy",
    ) in role_duty(translated)
    assert ("Data Commissioner", "Handle data sharing applications of the unit") in role_duty(translated)
    lead = duties_of(
        "第六条　数据专员在本单位首席数据官领导下主要履行以下职责，考核围绕其履职情况开展：\n"
        "（一）编制并动态维护本单位公共数据资源目录；\n（二）参加园区组织的数据专员业务培训。\n"
    )
    assert role_duty(lead) == [
        ("数据专员", "编制并动态维护本单位公共数据资源目录"),
        ("数据专员", "参加园区组织的数据专员业务培训"),
    ]


def test_the_first_cold_review_of_batch_37_and_38s_duties() -> None:
    """Run-on items end with their sentence; "履行职责，不得有下列行为：" lists no duties; a numbered
    section after a translated role's list is no item of it."""
    run_on = duties_of(
        "首席数据官的主要职责：统筹推进本部门数据工作；组织数据资源编目。本办法自印发之日起施行。\n"
    )
    assert all("施行" not in d.duty for d in run_on)
    barred = duties_of(
        "第十条 首席数据官履行职责，不得有下列行为：\n（一）泄露国家秘密和个人信息；\n（二）违规向第三方提供数据。\n"
    )
    assert all("泄露" not in d.duty for d in barred)
    numbered = duties_in_sections(
        "3. Roles\n(1) Responsibilities of the Chief Data Officer:\n1. Lead the data governance programme.\n"
        "2. Chair the data council.\n4. Review of this framework\nThis framework will be reviewed every year.\n",
        "Framework",
        "en",
    )
    assert all("Review of this framework" not in d.duty for d in numbered)
    assert ("Chief Data Officer", "Lead the data governance programme") in role_duty(numbered)


def test_batches_39_and_40_lists() -> None:
    """Leads and party labels batches 39 and 40 wrote their duties under."""
    statute = duties_of(
        "Sec. 9. The chief data officer shall do the following:\n(1) Direct and manage the office.\n"
        "(2) Maintain the statewide data inventory.\n",
        language="en",
    )
    assert role_duty(statute) == [
        ("Chief Data Officer", "Direct and manage the office"),
        ("Chief Data Officer", "Maintain the statewide data inventory"),
    ]
    aside = duties_of(
        "The CDO shall, under the overall supervision of the Secretary, perform the following functions:\n"
        "(a) lead the implementation of the framework;\n(b) prepare an inventory of all datasets.\n",
        language="en",
    )
    assert [d for _, d in role_duty(aside)] == [
        "lead the implementation of the framework",
        "prepare an inventory of all datasets",
    ]
    led = duties_of(
        "V. Duties of Data Commissioners\nData commissioners shall, under the leadership of the CDO of their unit:\n"
        "(1) compile the data resource catalogue;\n(2) organise data quality checks.\n",
        language="en",
    )
    assert role_duty(led) == [
        ("Data Commissioner", "compile the data resource catalogue"),
        ("Data Commissioner", "organise data quality checks"),
    ]
    counted = duties_of(
        "《方案》列出了首席数据官的主要职责，共2项：\n1. 组织制定数据发展规划；\n2. 推动数据标准落地执行。\n"
    )
    assert role_duty(counted) == [
        ("首席数据官", "组织制定数据发展规划"),
        ("首席数据官", "推动数据标准落地执行"),
    ]
    parties = duties_in_sections(
        "5. Roles and Responsibilities\n5.1 Commonwealth Chief Data Officer\n"
        "Develops the enterprise data strategy.\nChairs the Enterprise Data Governance Council.\n"
        "5.2 Enterprise Data Governance Council\nRecommends enterprise data standards.\n"
        "5.3 Agency Data Stewards\nMaintain the agency's entries in the data catalog.\n"
        "6. Compliance\nAgencies shall comply.\n",
        title="Enterprise Data Governance Policy",
        language="en",
    )
    assert role_duty(parties) == [
        ("Chief Data Officer", "Develops the enterprise data strategy"),
        ("Chief Data Officer", "Chairs the Enterprise Data Governance Council"),
        ("Enterprise Data Governance Council", "Recommends enterprise data standards"),
        ("Data Steward", "Maintain the agency's entries in the data catalog"),
    ]


def test_party_labels_read_no_more_than_their_lists() -> None:
    """The cold review's cases: a responsibility is kept, another post's list is its own, a
    statement under a plural label is no item, and -izes verbs keep their e."""
    from ingest.duties import _base_form

    found = duties_in_sections(
        "5. Roles and Responsibilities\n5.1 Associate Chief Data Officer\nDevelops the data strategy.\n"
        "5.2 Agency Data Stewards\n- is responsible for the agency's data catalog entries;\n- is made up of one officer per agency;\n"
        "Maintain the agency's entries in the data catalog.\nLead times for requests are set out in Annex B.\n"
        "6. Compliance\nAgencies shall comply.\n",
        title="Enterprise Data Governance Policy",
        language="en",
    )
    assert role_duty(found) == [
        ("Data Steward", "is responsible for the agency's data catalog entries"),
        ("Data Steward", "Maintain the agency's entries in the data catalog"),
    ]
    assert [_base_form(v) for v in ("Organizes", "Identifies", "Establishes")] == [
        "Organize",
        "Identify",
        "Establish",
    ]


def test_a_chief_data_and_analytics_officer_is_the_cdo() -> None:
    """Arkansas's order (batch 42) names the post "State Chief Data and Analytics Officer
    ("CDAO")" and lists its duties under "The CDAO shall:"."""
    text = (
        "Section 5. Duties of the Chief Data and Analytics Officer\nThe CDAO shall:\n"
        "(1) Develop, publish, and maintain a Statewide Data Strategy;\n"
        "(2) Maintain a statewide inventory of the data assets held by each Agency.\n"
    )
    assert role_duty(duties_of(text, language="en")) == [
        ("Chief Data Officer", "Develop, publish, and maintain a Statewide Data Strategy"),
        ("Chief Data Officer", "Maintain a statewide inventory of the data assets held by each Agency"),
    ]
    assert canonical_role("the Chief Data and Analytics Officer", "en") == ("Chief Data Officer", "")


def test_batch_46_assessed_duties_bracketed_levels_prefectures_and_a_deputy() -> None:
    """Batch 46, written blind: an assessment's aspects of a CDO's work (履职情况重点考核以下方面：);
    a list under a heading whose level holds a comma in brackets (县（市、区）和市直部门首席数据官职责);
    an autonomous prefecture's own CDO (州首席数据官), and a leader named to its deputy post
    (…局长任州副首席数据官，协助…); a 要點 that sets up its posts by count (本府置首席資料長一人，置副首席
    資料長二人); a head who acts as the deputy and shall do a list."""
    assessed = "第六条　首席数据官履职情况重点考核以下方面：\n（一）统筹制定本地区数据工作年度计划；\n（二）落实数据安全主体责任。\n"
    assert role_duty(duties_of(assessed)) == [
        ("首席数据官", "统筹制定本地区数据工作年度计划"),
        ("首席数据官", "落实数据安全主体责任"),
    ]
    bracketed = "三、职责分工\n（二）县（市、区）和市直部门首席数据官职责。\n1. 组织制定本地本部门数据工作规划；\n2. 对数据质量负总责。\n"
    assert [(d.level, d.duty) for d in duties_in_sections(bracketed, "方案", "zh")] == [
        (level, duty)
        for duty in ("组织制定本地本部门数据工作规划", "对数据质量负总责")
        for level in ("县", "部门")
    ]
    prefecture = (
        "（一）州首席数据官。州首席数据官由副州长兼任，负责统筹全州数据工作，"
        "州大数据发展管理局局长任州副首席数据官，协助州首席数据官开展工作。"
    )
    assert [(d.role, d.level, d.duty) for d in duties_of(prefecture)] == [
        ("首席数据官", "", "统筹全州数据工作"),
        ("副首席数据官", "", "协助州首席数据官开展工作"),
    ]
    points = "三、本府置首席資料長一人，由副縣長兼任，綜理本府資料治理事務；置副首席資料長二人，由秘書長兼任，襄助首席資料長處理相關事務。"
    assert role_duty(duties_of(points, language="zh-Hant")) == [
        ("首席数据官", "綜理本府資料治理事務"),
        ("副首席数据官", "襄助首席資料長處理相關事務"),
    ]
    deputy = (
        "4.3 Deputy Chief Data Officer\n4.3.1 The Head of Data and Insight acts as Deputy Chief Data Officer and shall:\n"
        "(a) deputise for the CDO; and\n(b) manage the central Data and Insight team.\n"
        "F. Implementation\n(1) All agencies shall cooperate with the State Chief Data Officer and the Board and "
        "shall provide any information necessary.\n"
    )
    assert role_duty(duties_in_sections(deputy, "Charter", "en")) == [
        ("Deputy Chief Data Officer", "deputise for the CDO"),
        ("Deputy Chief Data Officer", "manage the central Data and Insight team"),
    ]
