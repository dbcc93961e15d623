"""Deadline extraction on the shipped corpus and on the forms the issue lists."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from evaluation.extraction import GOLD, load_gold, score
from ingest.deadlines import extract_deadlines
from kb.types import Chunk, Deadline, Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _fallback_document(path: Path) -> Document:
    """Front matter stripped by hand, for when ingest.document is not there yet."""
    import yaml

    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    date = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(meta.get("date", "")))
    return Document(
        doc_id=path.stem,
        title=meta.get("title", ""),
        text=body,
        issuer=meta.get("issuer", ""),
        date=date.group(0) if date else "",
        doc_number=str(meta.get("doc_number", "")),
        language=meta.get("language", ""),
    )


def _fallback_chunks(doc: Document) -> list[Chunk]:
    return [
        Chunk(doc.doc_id, i, m.group(), m.start(), m.end())
        for i, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", doc.text))
    ]


@cache
def corpus_doc(stem: str) -> tuple[Document, list[Chunk]]:
    """A corpus file as the pipeline builds it (ingest.document / ingest.chunk when present)."""
    path = CORPUS / f"{stem}.txt"
    try:
        from ingest.document import build_document

        doc = build_document(path)
    except ImportError:
        doc = _fallback_document(path)
    doc.doc_id = stem
    try:
        from ingest.chunk import chunk_document

        chunks = chunk_document(doc)
    except ImportError:
        chunks = _fallback_chunks(doc)
    return doc, chunks


def make_doc(text: str, date: str = "2023-01-03", title: str = "测试通知", **kw: str) -> Document:
    return Document(doc_id="t", title=title, text=text, date=date, **kw)


def deadlines_of(text: str, **kw: str) -> list[Deadline]:
    return extract_deadlines(make_doc(text, **kw), [])


def gold_stems(name: str) -> list[str]:
    return sorted({g["doc_id"] for g in load_gold(GOLD / name, ("doc_id", "key"))})


HAIFENG = "haifeng-cdo-pilot-plan-2023"
FDS2020 = "us-federal-data-strategy-2020-action-plan"


def test_haifeng_deadlines_exactly() -> None:
    doc, chunks = corpus_doc(HAIFENG)
    got = [(d.due, d.recurrence) for d in extract_deadlines(doc, chunks)]
    assert sorted(got, key=str) == sorted(
        [
            ("2023-01-31", None),
            ("2023-05-31", None),
            ("2023-06", None),
            ("2023-12-31", None),
            ("2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"),
            ("2023-12-25", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"),
        ],
        key=str,
    )


def test_haifeng_who_what_and_section() -> None:
    doc, chunks = corpus_doc(HAIFENG)
    by_due = {d.due: d for d in extract_deadlines(doc, chunks)}
    training = by_due["2023-01-31"]
    assert training.who == "县政务服务数据管理局"
    assert "培训" in training.what
    assert training.section  # from the chunk that holds the clause
    report = by_due["2023-06-28"]
    assert report.who == "试点镇、部门首席数据官"
    assert "半年度工作总结报告" in report.what


def test_every_quote_is_verbatim_and_sections_come_from_chunks() -> None:
    for stem in (HAIFENG, FDS2020, "guangzhou-cdo-pilot-plan-2021"):
        doc, chunks = corpus_doc(stem)
        sections = {c.section for c in chunks} | {""}
        for d in extract_deadlines(doc, chunks):
            assert d.text and d.text in doc.text
            assert d.section in sections
            assert d.doc_id == doc.doc_id and d.title == doc.title
            assert d.due is not None or d.recurrence or d.flag  # undated ones say why


def test_fds_table_rows_and_struck_out_dates() -> None:
    doc, chunks = corpus_doc(FDS2020)
    found = extract_deadlines(doc, chunks)
    rows = [d for d in found if d.text.lstrip().startswith("|")]
    assert len(rows) == 66
    select = next(d for d in rows if d.what.startswith("Select an operational maturity assessment model"))
    assert select.due == "2020-07-31"  # ~~June 30, 2020~~ July 31, 2020*
    assert "June 30, 2020" in select.text and "June 30, 2020" in (select.flag or "")
    launch = next(d for d in rows if d.what == "Launch CDO Council")
    assert (launch.due, launch.who) == ("2020-01-31", "OMB")
    inventory = next(d for d in rows if d.what.startswith("Update comprehensive data inventory to conform"))
    assert inventory.due is None and inventory.relative_to and inventory.flag
    prose = {d.due for d in found if d.text.startswith("By September 2020")}
    assert prose == {"2020-09"}


def test_deadline_precision_and_recall_against_gold() -> None:
    stems = gold_stems("deadlines.jsonl")
    deadlines = [d for s in stems for d in extract_deadlines(*corpus_doc(s))]
    result = score(GOLD, [], deadlines)["deadlines"]
    assert result["precision"] >= 0.9, result["false_positives"][:5]
    assert result["recall"] >= 0.9, result["misses"][:5]


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("各地要于2023年1月底前完成。", "2023-01-31", None),
        ("各单位须于2024 年3 月31 日前报送名单。", "2024-03-31", None),
        ("各单位应于二〇二三年十二月三十一日前报送工作总结。", "2023-12-31", None),
        ("首批试点单位于2023年5月底以书面方式报送。", "2023-05-31", None),
        ("争取2023年年底完成全县推广。", "2023-12-31", None),
        ("2023年6月,全面梳理总结试点工作经验。", "2023-06", None),
        ("到2025年,全面建成首席数据官制度体系。", "2025", None),
        ("2023年上半年,完成首批试点建设。", "2023-06-30", None),
        ("2023年下半年,全面推开试点。", "2023-12-31", None),
        ("2023年第三季度完成平台建设。", "2023-09-30", None),
        (
            "市政务服务数据管理局每年年底前组织开展履职评价。",
            "2023-12-31",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
        ),
        ("各地每年3月底前报送上年度工作总结。", "2023-03-31", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1"),
        ("各部门自印发之日起30日内报送首席数据官名单。", "2023-02-02", None),
        ("各試點單位應於2023年5月底前報送工作方案。", "2023-05-31", None),
    ],
)
def test_chinese_forms(text: str, due: str, recurrence: str | None) -> None:
    found = deadlines_of(text)
    assert [(d.due, d.recurrence) for d in found] == [(due, recurrence)]
    assert found[0].text in text


def test_two_yearly_deadlines_in_one_clause() -> None:
    found = deadlines_of("试点镇、部门首席数据官要在每年6月28日前、12月25日前,形成半年度工作总结报告。")
    assert [(d.due, d.recurrence) for d in found] == [
        ("2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"),
        ("2023-12-25", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"),
    ]


def test_month_day_list_takes_the_year_before_it() -> None:
    found = deadlines_of("各县区须在2023年6月30日前、9月30日前分别报送进展。")
    assert [d.due for d in found] == ["2023-06-30", "2023-09-30"]


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("各地每季度报送一次工作进展。", "FREQ=MONTHLY;INTERVAL=3"),
        ("试点单位每半年开展一次自评估。", "FREQ=MONTHLY;INTERVAL=6"),
        ("各级首席数据官每年向本级政府报告履职情况。", "FREQ=YEARLY"),
    ],
)
def test_recurring_without_a_day_is_undated_and_flagged(text: str, recurrence: str) -> None:
    (d,) = deadlines_of(text)
    assert (d.due, d.recurrence) == (None, recurrence)
    assert d.flag


def test_unresolvable_things_are_kept_and_flagged() -> None:
    (rel,) = deadlines_of("各部门收到通知后5个工作日内反馈意见。")
    assert rel.due is None and rel.relative_to and "working days" in (rel.flag or "")
    (no_year,) = deadlines_of("6月底前完成培训。", date="")
    assert no_year.due is None and "year not stated" in (no_year.flag or "")
    # a dated notice's month-day: the first such day on or after its date, flagged as read so
    (dated,) = deadlines_of("6月底前完成培训。", date="2023-01-03")
    assert dated.due == "2023-06-30" and "document's date" in (dated.flag or "")
    (next_year,) = deadlines_of("3月31日前报送名单。", date="2023-12-20")
    assert next_year.due == "2024-03-31"
    (no_doc_date,) = deadlines_of("各部门自印发之日起30日内报送名单。", date="")
    assert no_doc_date.due is None and no_doc_date.relative_to == "印发之日" and no_doc_date.flag
    (titled,) = deadlines_of("6月底前完成培训。", title="2023年数字政府工作要点")
    assert titled.due == "2023-06-30" and "title" in (titled.flag or "")


@pytest.mark.parametrize(
    "text",
    [
        "此前,海珠区在2018年率先出台了管理办法。",
        "自2021年起,各地陆续开展首席数据官制度试点工作。",
        "根据《关于印发惠州市数字政府改革建设三年行动计划(2021-2023年)的通知》要求。",
        "海丰县人民政府办公室\n2023年1月3日",
        "截至2022年底,全市已共享政务数据8004个。",
        "本办法自2023年3月1日起施行。",
        "The Evidence Act was signed into law on January 14, 2019.",
        "Figure 1 depicts what the strategy can achieve by 2030.",
        "Annual Action Plans produced each year will identify priority actions.",
    ],
)
def test_dates_that_are_not_deadlines(text: str) -> None:
    assert deadlines_of(text) == []


@pytest.mark.parametrize(
    ("text", "due", "recurrence", "doc_number"),
    [
        ("By September 2020, all agencies will take initial steps.", "2020-09", None, ""),
        ("Agencies must submit their plans by September 30, 2019.", "2019-09-30", None, ""),
        ("By the end of March 2021, OMB will issue guidance.", "2021-03-31", None, ""),
        ("By the end of 2022, agencies should have a solid foundation.", "2022-12-31", None, ""),
        ("The report is due March 31 of each year.", "2020-03-31", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31", ""),
        ("At least every 90 days, all agencies will update inventories.", None, "FREQ=DAILY;INTERVAL=90", ""),
        ("The Council will hold an election every two years.", None, "FREQ=YEARLY;INTERVAL=2", ""),
        (
            "Not later than 4 years after the date of enactment of this section, the Comptroller General shall submit a report.",
            "2023-07-10",
            None,
            "Pub. L. 115-435",
        ),
        (
            "No later than 120 days after the issuance of this memorandum, each agency shall designate a CDO.",
            "2019-11-07",
            None,
            "",
        ),
    ],
)
def test_english_forms(text: str, due: str | None, recurrence: str | None, doc_number: str) -> None:
    found = deadlines_of(text, date="2019-07-10", doc_number=doc_number, language="en")
    assert [(d.due, d.recurrence) for d in found] == [(due, recurrence)]


def test_enactment_outside_a_statute_stays_unresolved() -> None:
    (d,) = deadlines_of(
        "Not later than 4 years after the date of enactment of this section, the Comptroller General shall submit a report.",
        date="2020-12-21",
    )
    assert d.due is None and "enactment" in (d.relative_to or "") and d.flag
    assert d.who == "the Comptroller General"


def test_two_deadlines_in_one_sentence_get_their_own_clause() -> None:
    found = deadlines_of(
        "By January 2020, all agencies will publish documentation on their web page and by November 2020, "
        "all agencies will have begun enterprise-wide data governance activities.",
        language="en",
    )
    assert [d.due for d in found] == ["2020-01", "2020-11"]
    assert "publish documentation" in found[0].text and "publish" not in found[1].text
    assert all(d.who == "all agencies" for d in found)


def test_chinese_task_table() -> None:
    text = (
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
        "| 1 | 设立首席数据官 | 各区政府 | 2022年6月底前 |\n| 2 | 建立数据目录 | 区首席数据官 | 每季度 |\n"
    )
    found = deadlines_of(text, date="2022-03-01")
    assert [(d.due, d.recurrence, d.who, d.what) for d in found] == [
        ("2022-06-30", None, "各区政府", "设立首席数据官"),
        (None, "FREQ=MONTHLY;INTERVAL=3", "区首席数据官", "建立数据目录"),
    ]


def test_stage_heading_takes_the_next_sentence_as_the_task() -> None:
    (d,) = deadlines_of("(一)启动部署阶段(2022年6月底前)。制定印发工作方案,明确试点单位。", date="2022-05-20")
    assert d.due == "2022-06-30" and d.what == "制定印发工作方案" and "明确试点单位" in d.text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("115-435) 44 USC § 3520A.1 The Council", "The Council"),  # a citation's tail (CDO Council report 2022)
        ("thereafter, the Chief Data Officer", "the Chief Data Officer"),  # Connecticut 4-67p
        ("every two years thereafter, the Chief Data Officer", "the Chief Data Officer"),
        ("By statute, the Council", "the Council"),
        ("Required for all agencies", "all agencies"),  # FDS action plan table cell
        ("Financial Data Transformation Executive Steering Committee[^15]", "Financial Data Transformation Executive Steering Committee"),
        ("OMB*", "OMB"),
        ("The Action Plans", ""),  # a document, not a body
        ("县政务服务数据管理局", "县政务服务数据管理局"),
        ("试点镇、部门首席数据官", "试点镇、部门首席数据官"),
        ("工作方案", ""),
    ],
)  # fmt: skip
def test_who_is_a_role_or_a_body(phrase: str, expected: str) -> None:
    from kb.roles import who_name

    assert who_name(phrase) == expected


def test_who_is_never_a_fragment_in_the_shipped_corpus() -> None:
    """Every deadline's `who` over the corpus is empty or a role or body name as who_name keeps it."""
    from kb.roles import who_name

    for path in sorted(CORPUS.glob("*.txt")):
        for d in extract_deadlines(*corpus_doc(path.stem)):
            assert d.who == who_name(d.who), (path.stem, d.who)
            assert not re.search(r"\d{3}|§|\[\^", d.who), (path.stem, d.who)


def test_no_two_deadline_rows_alike_in_the_shipped_corpus() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        rows = [
            (d.who, d.due, d.recurrence, d.relative_to, d.what)
            for d in extract_deadlines(*corpus_doc(path.stem))
        ]
        assert len(rows) == len(set(rows)), path.stem


def test_a_date_and_every_n_years_thereafter_repeats() -> None:
    """us-connecticut-cgs-4-67p (c), whose subsection mark runs into the sentence before it."""
    text = (
        "The agency data officer shall establish procedures in a prompt manner.(c) Not later than December "
        "31, 2018, and every two years thereafter, the Chief Data Officer, in consultation with the agency "
        "data officers, shall create a state data plan."
    )
    found = extract_deadlines(make_doc(text, date="2018-06-01", title="Sec. 4-67p"), [])
    assert [(d.due, d.recurrence, d.who) for d in found] == [
        ("2018-12-31", "FREQ=YEARLY;INTERVAL=2", "the Chief Data Officer")
    ]
    assert found[0].text.startswith("(c) Not later than")


def test_a_sunset_is_no_deadline_but_the_report_due_before_it_is() -> None:
    """CDO Council report to Congress 2022, Authority: the Council's sunset is an event; the GAO
    evaluation "which is due to Congress by January 2023" is someone's deadline, not the Council's."""
    text = (
        "The Council is set to sunset by January 2025, 2 years after the GAO completes an evaluation of "
        "the council, which is due to Congress by January 2023."
    )
    found = extract_deadlines(make_doc(text, date="2022-12-01", title="Report"), [])
    assert [(d.due, d.who, d.what) for d in found] == [
        ("2023-01", "", "the GAO completes an evaluation of the council")
    ]


def test_an_adoption_line_or_who_held_a_post_then_is_no_deadline() -> None:
    """shanghai-data-regulation-2021 and dazhou-cdo-system-news: records, dated after or without
    the document's own date, so the date alone does not rule them out."""
    for text in (
        "2021年11月25日 上海市第十五届人民代表大会常务委员会第三十七次会议通过",
        "2012年,时任阿里巴巴B2B公司CEO陆兆禧,出任首席数据官岗位,是国内企业第一次任命首席数据官。",
    ):
        assert deadlines_of(text, date="") == [], text
    for stem in ("shanghai-data-regulation-2021", "beijing-digital-economy-promotion-regulation-2022"):
        doc, chunks = corpus_doc(stem)
        assert not [d for d in extract_deadlines(doc, chunks) if "会议通过" in d.text], stem
    # a task to have it adopted, and words that merely hold 时任, are deadlines
    for text in (
        "2023年12月底前提请市政府常务会议审议通过。",
        "2024年底前完成临时任务的交接。",
        "各部门要在2023年6月底前同时任命首席数据官。",
    ):
        assert len(deadlines_of(text, date="")) == 1, text


def test_what_was_done_on_a_date_is_no_deadline() -> None:
    """nanjing-urban-digital-governance-provisions-draft-2024: 于2024年10月23日审议了… is a record."""
    assert extract_deadlines(make_doc("市人大常委会于2024年10月23日审议了该草案。"), []) == []
    assert [d.due for d in extract_deadlines(make_doc("各单位于2024年10月23日前报送了解情况。"), [])] == [
        "2024-10-23"
    ]


def test_a_list_item_s_deadline_takes_the_subject_of_the_list_s_lead_in() -> None:
    """ "B. The CDO shall:" then "2. Report annually by November 1 …": the CDO's; an item after the
    list has ended does not."""
    from ingest.chunk import chunk_document

    text = (
        "§ 2.2-203.2:4. Chief Data Officer\n\n"
        "B. The CDO shall:\n"
        "1. Oversee the sharing of data among agencies;\n"
        "2. Report annually by November 1 to the Governor.\n\n"
        "C. Agencies may publish data.\n"
        "1. Publish a data inventory by June 30 each year.\n"
    )
    doc = Document(doc_id="va", title="Code of Virginia", text=text, content_hash="va", language="en")
    who = {d.what[:20]: d.who for d in extract_deadlines(doc, chunk_document(doc))}
    assert who["Report annually by N"] == "The CDO"
    assert who["Publish a data inven"] == ""


def test_a_phase_s_span_of_months_is_due_when_it_ends() -> None:
    """（一）部署启动阶段（2024年9月—11月）, "Phase 1 (September to December 2024)": the phase is
    done by the end of its last month; a span that names no phase is a period, not a deadline."""
    zh = "（一）部署启动阶段（2024年9月—11月）。各县市区于2024年11月30日前确定人选。"
    assert [d.due for d in deadlines_of(zh, date="2024-09-10")] == ["2024-11-30", "2024-11-30"]
    en = "Stage 2 runs from July 2025 to June 2026.\n\nThe report covered April to September 2025."
    assert [d.due for d in deadlines_of(en, date="2025-02-20", language="en")] == ["2026-06-30"]
    period = "Agencies shall report data for the period July 2024 to June 2025 by 30 Sept 2025."
    assert [d.due for d in deadlines_of(period, date="2024-01-01", language="en")] == ["2025-09-30"]
    # a span ending on a day is no span of months (its day is read as the due day's)
    assert "2024-12-31" not in [d.due for d in deadlines_of("各单位2024年9月至12月15日前完成编制。")]


def test_an_item_of_a_shall_list_and_a_schedule_s_sentence_are_bound() -> None:
    """ "Each department director shall:" then "(a) designate … by November 1, 2024;" and, under
    "6. Implementation", "Departments complete their inventory by March 31, 2025": deadlines
    without a shall of their own. Outside such a list or section a bare "by" date is not."""
    listed = "Each department director shall:\n(a) designate a Lead Data Steward by November 1, 2024;\n"
    assert [d.due for d in deadlines_of(listed, date="2024-09-16", language="en")] == ["2024-11-01"]
    bare = "Departments completed their inventory by March 31, 2025."
    assert deadlines_of(bare, date="2024-09-16", language="en") == []
    from ingest.chunk import chunk_document

    text = "6. Implementation\n\nDepartments complete their inventory by March 31, 2025.\n"
    doc = Document(doc_id="t", title="T", text=text, date="2024-09-16", language="en")
    assert [d.due for d in extract_deadlines(doc, chunk_document(doc))] == ["2025-03-31"]
    # the document's own title ("… Implementation Plan") makes no section a schedule
    titled = Document(
        doc_id="t",
        title="Data Strategy Implementation Plan",
        text="The strategy was revised before March 31, 2023. Data was collected from July 2022 to June 2023.\n",
        date="2024-09-16",
        language="en",
    )
    assert extract_deadlines(titled, chunk_document(titled)) == []


def test_a_republic_of_china_year_is_read_in_the_common_era() -> None:
    """Taiwan writes 民国 years (一百十四年 = 2025, 113年 = 2024); a centenary (一百年) is no date."""
    text = (
        "二、本要點推動目標如下：\n（一）一百十四年十二月三十一日前，各機關完成資料盤點。\n"
        "（二）一百十五年底前，至少完成二十項應用案例。\n"
        "十四、推動期程：\n（一）第一階段：制度建置期（一百十三年十月至一百十四年六月）\n"
        "1. 113年10月31日前，各機關完成資料長指派。\n建党一百年以来，各项工作不断推进。\n"
        "2. 114年底前，本府一級機關全面設置資料長。\n"
    )
    due = sorted(d.due for d in deadlines_of(text, date="2024-09-10") if d.due)
    assert due == ["2024-10-31", "2025-06-30", "2025-12-31", "2025-12-31", "2026-12-31"]


def test_a_yearly_day_written_day_first_and_the_days_of_a_half_yearly_report() -> None:
    en = "7.2 The CDO provides an annual data stewardship report to the Chief Executive by 31 August each year."
    got = [(d.due, d.recurrence) for d in deadlines_of(en, date="2024-11-18", language="en")]
    assert got == [("2025-08-31", "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=31")]
    zh = "首席数据官每半年向工作专班办公室书面报告一次履职情况，分别于6月25日前和12月25日前报送。"
    yearly = [d.recurrence for d in deadlines_of(zh, date="2024-04-12") if d.due]
    assert yearly == ["FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=25", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"]
    once = "请各单位于2024年10月31日前报送每年度数据资源目录，11月30日前完成审核。"  # that year's
    assert [d.due for d in deadlines_of(once, date="2024-04-12") if d.due] == ["2024-10-31", "2024-11-30"]


def test_aims_a_lead_in_sets_and_times_after_each_period() -> None:
    """gov.scot's aims, a web page's unmarked items under "… are that:"; a target; a fiscal year
    whose end the text gives; 每季度结束后15日内 and 次月5日前 recur with their period; 每月汇总 is a
    duty's rhythm; "is responsible for:" binds its items."""
    aims = (
        "1.3 The Scottish Government's aims for this work are that:\n"
        "by 31 March 2025, every in-scope body has a Chief Data Officer in post;\n"
        "by 31 March 2026, at least 75% of bodies have reached level 3; and\n"
        "by 31 March 2027, all core datasets are described in the catalogue.\n"
        "The OPS target is that, by March 31, 2028, 90 per cent of datasets are listed.\n"
        "Local authorities were not within scope by 31 March 2024.\n"
    )
    found = deadlines_of(aims, date="2024-03-14", language="en")
    assert [d.due for d in found] == ["2025-03-31", "2026-03-31", "2027-03-31", "2028-03-31"]
    assert found[1].text.startswith("by 31 March 2026")  # the item, not the "; and" before it
    fiscal = "The goals of this regulation are:\n(d) to publish at least 250 by the end of Fiscal Year 2026 (April 30, 2026)."
    assert [d.due for d in deadlines_of(fiscal, language="en")] == ["2026-04-30"]
    listed = (
        "6.3 The Corporate CDO is responsible for:\n(a) issuing standards;\n"
        "(b) reporting on OPS-wide compliance every two years.\n"
    )
    assert [d.recurrence for d in deadlines_of(listed, language="en")] == ["FREQ=YEARLY;INTERVAL=2"]
    zh = (
        "第十八条 数据管理部按月监测，于次月5日前在局内通报。\n第十九条 各科室于每季度结束后15日内报送数据质量报告。\n"
        "数据专员每月汇总数据问题清单报首席数据官。\n"
    )
    got = [(d.due, d.recurrence) for d in deadlines_of(zh, date="2024-09-12")]
    # 按月监测 and 于次月5日前通报: two monthly obligations of one sentence
    assert got == [
        (None, "FREQ=MONTHLY"),
        (None, "FREQ=MONTHLY"),
        (None, "FREQ=MONTHLY;INTERVAL=3"),
        (None, "FREQ=MONTHLY"),
    ]


def test_plain_targets_and_a_fiscal_year_the_text_defines() -> None:
    targets = (
        "1.4  The Government's targets are:\n"
        "     a.  by 31 March 2025, all Ministries have appointed a CDO and a DPO;\n"
        "     b.  by 31 March 2027, all systems have completed a gap assessment.\n"
    )
    assert [d.due for d in deadlines_of(targets, date="2024-05-15", language="en")] == [
        "2025-03-31",
        "2027-03-31",
    ]
    order = (
        '(c) "Fiscal Year" means the County fiscal year beginning October 1 and ending September 30.\n'
        "(iii) 90 percent of datasets shall be updated by the end of Fiscal Year 2025-26.\n"
        "(iv) the CDO shall report by the end of Fiscal Year 2026.\n"  # which year's end: not said
    )
    assert [d.due for d in deadlines_of(order, date="2024-06-18", language="en")] == ["2026-09-30", None]
    state = "The State's fiscal year ends June 30.\n" + order  # the county's own definition is nearer
    assert [d.due for d in deadlines_of(state, date="2024-06-18", language="en")] == ["2026-09-30", None]
    loose = "Each fiscal year, records are loaded into March 15 snapshots.\n" + order.split("\n", 1)[1]
    assert [d.due for d in deadlines_of(loose, date="2024-06-18", language="en")] == [None, None]


def test_a_wrapped_line_is_no_new_item_and_a_next_month_once_is_no_rhythm() -> None:
    wrapped = "Each agency shall designate a CDO by March 31, 2024; the CDO shall also publish\nan inventory by June 30, 2024."
    found = deadlines_of(wrapped, language="en")
    assert [d.due for d in found] == ["2024-03-31", "2024-06-30"]
    assert "also publish" in found[1].what
    assert [d.recurrence for d in deadlines_of("请各单位于次月10日前提交登记表。")] == []


def test_past_targets_are_no_aims_and_a_month_after_each_quarter_recurs() -> None:
    met = "The targets we met last year are:\nby 31 March 2023, every body had a CDO;\nby 30 June 2023, all plans were out.\n"
    assert deadlines_of(met, language="en") == []
    quarterly = [d.recurrence for d in deadlines_of("各单位每季度结束后1个月内报送数据质量报告。")]
    assert quarterly == ["FREQ=MONTHLY;INTERVAL=3"]


def test_an_english_plan_s_dated_targets_and_its_work_arrangement() -> None:
    """ "By the end of July 2024, the CDOs are set up …" is a target (到2024年7月底，…); "By the end of
    2021, the Council had established …" a record. Under "II. Work arrangement" (工作安排), "Each
    unit determines … before July 15, 2024" is the plan's date, with no "shall"."""
    text = (
        "I. Work objectives\n\nBy the end of July 2024, the chief data officers are set up in all departments.\n\n"
        "By the end of 2021, the Council had established three working groups.\n\n"
        "II. Work arrangement\n\nEach unit determines its chief data officer before July 15, 2024.\n"
    )
    doc = make_doc(text, date="2024-06-14", title="Implementation Plan", language="en")
    from ingest.chunk import chunk_document

    found = sorted(d.due for d in extract_deadlines(doc, chunk_document(doc)))
    assert found == ["2024-07-15", "2024-07-31"]
    records = (
        "I. Work objectives\n\nBy March 2024, 40 agencies appointed a CDO.\n\n"
        "By contrast, agencies completed their inventories before June 30, 2023.\n\n"
        "II. Next steps\n\nThe Council published its first data strategy before March 2022.\n"
    )
    doc = make_doc(records, date="2024-06-14", title="Implementation Plan", language="en")
    assert not extract_deadlines(doc, chunk_document(doc))


def test_a_work_plan_s_tasks_closed_by_who_and_by_when() -> None:
    """ "1.提升…平台能级。优化…。（责任单位：…；完成时限：2024年6月底前）": the task (its first
    sentence), the units that do it and the time limit, one deadline; 按月 and 按季度 repeat."""
    text = (
        "1.提升“徐州通办”平台能级。优化市一体化政务服务平台功能。（责任单位：市政务办、市数据局；完成时限：2024年6月底前）\n"
        "5.建立企业群众诉求分析研判机制，按月形成诉求热点分析报告。（责任单位：市政务办）\n"
        "8.提升数据共享效能。共享数据调用情况按季度通报。（责任单位：市数据局）\n"
    )
    found = deadlines_of(text, date="2024-04-12")
    task = next(d for d in found if d.due)
    assert (task.who, task.what, task.due) == ("市政务办、市数据局", "提升“徐州通办”平台能级", "2024-06-30")
    assert task.text.startswith("1.提升") and task.text.endswith("6月底前）")
    assert sorted(d.recurrence for d in found if d.recurrence) == ["FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3"]


def test_a_bill_s_phases_under_their_lead_in_across_wrapped_lines() -> None:
    """ "The office and agencies shall implement this act in three phases:" over items whose lines
    the page's width cut: each phase's date is a deadline of the plan."""
    text = (
        "The office and agencies shall implement\nthis act in three phases:\n"
        "(1) Phase one: Each agency designates its agency chief data\nofficer no later than March 1, 2025;\n"
        "(2) Phase two: Each agency submits its first data inventory\nto the office; and\n"
        "(3) Phase three: Finish the statewide catalog by June 30, 2026.\n"
    )
    assert [d.due for d in deadlines_of(text, language="en", date="2024-03-22")] == [
        "2025-03-01",
        "2026-06-30",
    ]


def test_tasks_on_one_line_and_the_fields_between() -> None:
    """Two tasks on one line each keep their own task; a 配合单位 or a comma between the fields;
    按周期 is no week's rhythm."""
    text = (
        "（一）提升平台能级。优化功能。（责任单位：市数据局；完成时限：2024年6月底前）（二）健全标准体系。"
        "制定标准。（责任单位：市市场监管局；完成时限：2024年12月底前）\n"
        "3.推进共享。（牵头单位：市数据局；配合单位：各区政府；完成时限：2024年9月底前）\n"
        "4.开放数据。（责任单位：市数据局，完成时限：2024年10月底前）\n"
        "市数据局按周期开展评估。\n"
    )
    found = [(d.who, d.what, d.due) for d in deadlines_of(text, date="2024-04-12")]
    assert found == [
        ("市数据局", "提升平台能级", "2024-06-30"),
        ("市市场监管局", "健全标准体系", "2024-12-31"),
        ("市数据局", "推进共享", "2024-09-30"),
        ("市数据局", "开放数据", "2024-10-31"),
    ]


def test_a_rhythm_said_in_the_present_and_a_month_each_year() -> None:
    """What a body does as a matter of course ("The Council meets at least quarterly", a job
    posting's "Presents a dashboard … every quarter") keeps its rhythm as a shall would; "each
    March" recurs in March. A rhythm in what was done does not."""
    found = {
        (d.text, d.recurrence)
        for d in deadlines_of(
            "(b) The Council meets at least quarterly.\n"
            "• Prepares an annual State of County Data report for the Board each March.\n"
            "In 2024 the Board met quarterly and reviewed twelve data sets.\n",
            language="en",
            date="2025-10-06",
        )
    }
    assert ("(b) The Council meets at least quarterly.", "FREQ=MONTHLY;INTERVAL=3") in found
    assert (
        "• Prepares an annual State of County Data report for the Board each March.",
        "FREQ=YEARLY;BYMONTH=3",
    ) in found
    assert not any("2024" in text for text, _ in found)


def test_no_rhythm_from_a_table_a_noun_or_the_modal_may() -> None:
    for text in (
        "Table 3 presents the quarterly figures for each agency.",
        "Recent reports suggest that monthly meetings are common.",
        "Agencies shall ensure that their staff each may access the training.",
    ):
        assert not [d for d in deadlines_of(text, language="en", date="2025-01-01") if d.recurrence], text


def test_a_tasks_time_limit_a_meeting_to_come_and_a_year_end_after_a_date() -> None:
    """Minutes' tasks closed by （牵头单位：…；完成时限：2025年3月31日） are due that day; the next meeting
    "于2025年9月召开" is due when the minutes are older (not a meeting held before them); a bare
    年底前 after 今年9月底以前 in one sentence is that year's end."""
    minutes = (
        "一、审议通过《工作规则》。（牵头单位：市数据局；完成时限：2025年3月31日）\n"
        "十、下次全体会议于2025年9月召开。\n"
        "会议回顾了2024年9月召开的动员会。\n"
    )
    assert [d.due for d in deadlines_of(minutes, date="2025-03-14")] == ["2025-03-31", "2025-09"]
    speech = "今年9月底以前，每个街道要拿出至少1个场景方案，年底前建成投用。"
    assert [d.due for d in deadlines_of(speech, date="2025-04-09")] == ["2025-09-30", "2025-12-31"]


def test_labelled_completion_dates_passive_rhythms_and_a_table_of_roles() -> None:
    """An audit response's "Estimated completion: June 30, 2026", a policy's "Next review: April
    2027" and "by end-2026"; "This policy is reviewed every two years" and "Assets are reviewed
    each year and disposed of …" recur; a table of roles' cell "meets at least quarterly" recurs.
    "Effective date: April 1, 2025" is no deadline."""
    text = (
        "Recommendation 1 - Accepted.\nEstimated completion: June 30, 2026.\n\n"
        "**Next review:** April 2027\n\n**Effective date:** April 1, 2025\n\n"
        "Our target is to train 4 000 civil servants by end-2026.\n\n"
        "This policy is reviewed every two years by the CDO.\n\n"
        "Assets are reviewed each year and disposed of under the records schedule.\n\n"
        "| Role | Responsibilities |\n|---|---|\n| Data Governance Committee | Endorses standards; meets at least quarterly |\n"
    )
    found = [(d.due, d.recurrence) for d in deadlines_of(text, date="2025-03-12", language="en")]
    assert found == [
        ("2026-06-30", None),
        ("2027-04", None),
        ("2026-12-31", None),
        (None, "FREQ=YEARLY;INTERVAL=2"),
        (None, "FREQ=YEARLY"),
        (None, "FREQ=MONTHLY;INTERVAL=3"),
    ]


def test_a_timelines_entries_to_come_are_due() -> None:
    """A timeline's lines that open with their dates ("November 17, 2025 - Position posted",
    "30 Jun 2026: Register …") are due when they fall after the document's date; the council's
    past actions listed the same way are not."""
    text = (
        "Timeline\nNovember 17, 2025 - Position posted on the City jobs site\n"
        "30 Jun 2026: Register 100% of critical data assets\n"
        "Prior Council Action\nJune 12, 2024 - Council approved the resolution\n"
    )
    found = [(d.due, d.what) for d in deadlines_of(text, date="2025-11-06", language="en")]
    assert found == [
        ("2025-11-17", "Position posted on the City jobs site"),
        ("2026-06-30", "Register 100% of critical data assets"),
    ]


def test_what_the_cold_review_found_in_the_new_date_rules() -> None:
    """截止日期 (as of) and 完成时间 (done on) label no deadline; 次年底前 is no year-end of this year;
    a timeline entry that says what was done is no deadline; a passive rhythm binds no date of
    what follows it; a labelled completion date in a list item counts."""
    assert not deadlines_of("截止日期：2024年6月30日，全市已归集数据10亿条。", date="2024-01-05")
    found = deadlines_of("2025年6月底前完成摸底，次年底前全面建成。", date="2025-01-05")
    assert [d.due for d in found] == ["2025-06-30"]
    past = "Timeline\nMarch 3, 2026: The Council approved the budget.\n"
    assert not deadlines_of(past, date="2025-10-01", language="en")
    text = "The register is updated every month; the first version was published by March 2021.\n"
    assert [(d.due, d.recurrence) for d in deadlines_of(text, date="2025-10-01", language="en")] == [
        (None, "FREQ=MONTHLY")
    ]
    item = "- Estimated completion: June 30, 2026\n"
    assert [d.due for d in deadlines_of(item, date="2025-10-01", language="en")] == ["2026-06-30"]


def test_a_post_holder_s_present_tense_rhythm_binds() -> None:
    """A role profile writes what its holder does in the present tense: "The post holder provides
    … twice a year and an annual data report … each July" are the post's rhythms."""
    got = deadlines_of(
        "The post holder provides a written update to the Executive Committee twice a year and an "
        "annual data report to the Permanent Secretary each July.",
        language="en",
    )
    assert {d.recurrence for d in got} == {"FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY;BYMONTH=7"}


def test_a_month_day_is_not_read_into_a_year_where_it_reports_or_slips() -> None:
    """Only a month-day still to come is read into the notice's year; one reported as done, one
    counted 截至, one a little before the notice's date stays flagged without a date."""
    for text in ("全市各单位已于3月底前完成数据目录编制工作。", "截至3月底，全市已完成数据目录编制。"):
        assert all(d.due is None for d in deadlines_of(text, date="2024-04-10"))
    (slip,) = deadlines_of("请各区于3月15日前上报清单。", date="2024-05-10")
    assert slip.due is None and "year not stated" in (slip.flag or "")
    (leap,) = deadlines_of("请于2月29日前报送。", date="2024-06-01")
    assert leap.due is None


def test_the_effective_date_a_figure_in_words_and_the_first_of_a_recurring_report() -> None:
    """ "Within 60 days of the effective date of this directive" counts from the day the text says
    it takes effect (or its own date, taking effect at once); "one hundred eighty (180) days" is
    180; "An annual report …, the first in November 2025" recurs from that month; 每学期 twice a
    year; the items of a roll-out's phases are dated."""
    directive = deadlines_of(
        "6.1 Each deputy head shall designate a data steward within 60 days of the effective date of "
        "this directive.\n12.1 This directive takes effect on April 1, 2024.",
        date="2024-03-12",
        language="en",
    )
    assert [d.due for d in directive if "60 days" in d.text] == ["2024-05-31"]
    order = deadlines_of(
        "(a) Within one hundred eighty (180) days of the effective date of this Order, each "
        "department shall publish an inventory.\nThis Order shall take effect immediately.",
        date="2023-09-18",
        language="en",
    )
    assert [d.due for d in order] == ["2024-03-16"]
    # the order's own "takes effect", not an amendment's
    amended = deadlines_of(
        "6.1 Each deputy head shall designate a steward within 90 days of the effective date of this order.\n"
        "Amendments to Schedule A shall take effect immediately.\nThis order takes effect on July 1, 2024.",
        date="2024-03-01",
        language="en",
    )
    assert [d.due for d in amended] == ["2024-09-29"]
    unknown = deadlines_of(
        "Each department shall name a steward within 30 days of the effective date of this policy.",
        language="en",
    )
    assert [d.due for d in unknown] == [None]
    report = deadlines_of(
        "5.4 An annual report on the strategy will come to this Committee, the first in November 2025.",
        language="en",
    )
    assert [(d.due, d.recurrence) for d in report] == [("2025-11", "FREQ=YEARLY")]
    by_date = deadlines_of(
        "The CDO will publish a quarterly update, the first one by 30 June 2025.", language="en"
    )
    assert sorted(d.due or "" for d in by_date) == ["", "2025-06-30"]  # dated once, by the by-date rule
    term = deadlines_of("第十条 校级首席数据官每学期至少主持召开1次学校数据治理工作推进会。")
    assert [d.recurrence for d in term] == ["FREQ=MONTHLY;INTERVAL=6"]


def test_the_phases_of_a_roll_out_are_dated_without_a_modal() -> None:
    """An FAQ's "How is the work being rolled out?" lists its phases in the present tense: each
    phase's date is due; the same words under another heading are not a schedule."""
    from ingest.chunk import chunk_document

    def dues(heading: str) -> list[str | None]:
        text = (
            f"{heading}\n\nThe rollout is in three phases:\n\n"
            "- Phase 1 (by August 31, 2024): all departments designate an ADC.\n"
            "- Phase 2 (by September 30, 2024): departments complete their first inventory.\n"
        )
        doc = Document(
            doc_id="faq", title="FAQ", text=text, content_hash="faq", language="en", date="2024-06-03"
        )
        return [d.due for d in extract_deadlines(doc, chunk_document(doc))]

    assert dues("9. How is the work being rolled out?") == ["2024-08-31", "2024-09-30"]
    assert dues("9. What happened so far?") == []


def test_an_item_under_a_charged_with_or_a_following_duties_lead_in_is_bound() -> None:
    """A mandate's "The Chief Data Officer is charged with:" and an order's "shall perform the
    following duties:-" bind their items' rhythms, as "shall:" does."""
    mandate = deadlines_of(
        "The Chief Data Officer is charged with:\n"
        "a. drawing up the municipal data strategy and submitting it to the college every four years;\n"
        "b. keeping the register complete.",
        language="en",
    )
    assert [d.recurrence for d in mandate] == ["FREQ=YEARLY;INTERVAL=4"]
    order = deadlines_of(
        "5. The Chief Data Officer of each Department shall perform the following duties:-\n"
        "(a) prepare the inventory of datasets;\n"
        "(b) convene a review meeting with the Nodal Data Officers once in two months.",
        language="en",
    )
    assert [d.recurrence for d in order] == ["FREQ=MONTHLY;INTERVAL=2"]


def test_a_following_lead_in_binds_only_a_duty_verb_s_list() -> None:
    """ "The evaluation will examine the following:" lists what it reads, not what is owed."""
    found = deadlines_of(
        "The evaluation will examine the following:\n(a) the returns departments filed by 30 June 2025;\n(b) the plans.",
        language="en",
    )
    assert found == []


def test_a_word_tables_row_opens_a_clause_in_each_cell() -> None:
    found = deadlines_of(
        "Area | Chief Data Officer | Data Focal Person\n"
        "Reporting | Submits quarterly reports to the Ministry | Submits monthly updates to the CDO\n",
        language="en",
    )
    assert sorted(d.recurrence or "" for d in found) == ["FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3"]


def test_will_leads_a_bulleted_list_and_a_question_binds_no_one() -> None:
    found = deadlines_of(
        "2.6 Question 5: Should the DDO report annually to the Departmental Board?\n"
        "3.4 Each Departmental Data Officer will:\n"
        "• publish a departmental data inventory by 31 March 2026;\n"
        "• produce a departmental data improvement plan by 31 March 2027;\n",
        language="en",
        date="2025-11-18",
    )
    assert [(d.due, d.recurrence) for d in found] == [("2026-03-31", None), ("2027-03-31", None)]


def test_a_phase_list_binds_only_under_a_modal() -> None:
    text = "{}\n- Phase 1 (by August 31, 2024): all departments designate an ADC.\n"
    assert deadlines_of(text.format("The rollout is in three phases:"), language="en") == []
    assert [
        d.due for d in deadlines_of(text.format("Agencies will roll it out in three phases:"), language="en")
    ] == ["2024-08-31"]


def test_a_clauses_rhythm_is_the_one_that_names_its_month() -> None:
    found = deadlines_of(
        "The Chief Data Officer shall submit an annual report to the Audit Committee each December.",
        language="en",
    )
    assert [d.recurrence for d in found] == ["FREQ=YEARLY;BYMONTH=12"]


def test_a_limit_in_hours_after_an_event() -> None:
    found = deadlines_of("首席数据官发生重大数据安全事件后1小时内向集团主要负责人报告。")
    assert [(d.due, d.recurrence) for d in found] == [(None, None)]
    assert found[0].relative_to and "1 hour after" in (found[0].flag or "")


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        (
            "The Chief Data Officer shall appear before the Committee at least twice each calendar year.",
            "FREQ=MONTHLY;INTERVAL=6",
        ),
        ("The CDO shall report to the Board each financial year.", "FREQ=YEARLY"),
        ("Each entity must complete a self-assessment once in every financial year.", "FREQ=YEARLY"),
        ("The CDO shall complete the annual data governance training provided by ITD.", "FREQ=YEARLY"),
        (
            "Recommendation\n3. Hold Data Governance Council meetings at least quarterly and keep minutes.",
            "FREQ=MONTHLY;INTERVAL=3",
        ),
    ],
)
def test_more_english_rhythms(text: str, recurrence: str) -> None:
    assert [d.recurrence for d in deadlines_of(text, language="en")] == [recurrence]


def test_a_limit_its_clause_starts_without_naming_when() -> None:
    """应在5个工作日内答复: a limit from each time the clause's event comes; 已在…内 is a record."""
    found = deadlines_of(
        "问题数据在5个工作日内完成整改。\n数据提供单位原则上应在5个工作日内答复。\n该局已在3个工作日内办结。"
    )
    assert [(d.due, d.recurrence, bool(d.relative_to)) for d in found] == [(None, None, True)] * 2
    assert deadlines_of("The annual review found gaps in the register.", language="en") == []


def test_limits_and_rhythms_that_are_not_owed() -> None:
    assert deadlines_of("部分单位存在5个工作日内未响应的情况。") == []
    assert deadlines_of("全市平均在3个工作日内完成共享对接。") == []
    assert deadlines_of("问：首席数据官每年何时述职？") == []
    for text in (
        "The CDO shall review it during 2026/27 as part of the annual audit plan.",
        "Compliance will be included in the annual IT portfolio review.",
    ):
        assert deadlines_of(text, language="en") == [], text
    # the event a limit runs from is the condition before it, else each time
    found = deadlines_of("人员发生变动的，应在10个工作日内报首席数据官办公室备案。")
    assert [d.relative_to for d in found] == ["人员发生变动"]


def test_an_action_logs_due_column() -> None:
    """Minutes' actions table: "| No. | Action | Owner | Due |", one deadline a row, its owner
    the row's; a column that is no due date ("Overdue?") is none."""
    log = deadlines_of(
        "| No. | Action | Owner | Due |\n|-----|--------|-------|-----|\n"
        "| 4.2 | Present the Phase 1 implementation plan | Chief Data Officer | 12 February 2025 |\n"
        "| 4.3 | Publish a draft register of AI use | Chief Data Officer | 31 March 2025 |\n",
        date="2024-11-13",
        language="en",
    )
    assert [(d.who, d.due) for d in log] == [
        ("Chief Data Officer", "2025-02-12"),
        ("Chief Data Officer", "2025-03-31"),
    ]
    overdue = deadlines_of(
        "| Action | Owner | Overdue? |\n|---|---|---|\n| Publish the register | CDO | 31 March 2025 |\n",
        date="2024-11-13",
        language="en",
    )
    assert overdue == []
    done = deadlines_of(
        "| Recommendation | Status | Actual completion date |\n|---|---|---|\n| Adopt a policy | Complete | 14 June 2024 |\n",
        date="2024-11-13",
        language="en",
    )
    counted = deadlines_of(
        "| 序号 | 单位 | 已编目录数 | 统计截止日期 |\n|---|---|---|---|\n| 1 | 市数据局 | 120 | 2025年12月31日 |\n"
    )
    assert done == [] and counted == []


def test_a_word_table_s_due_column_and_its_quarters() -> None:
    """A Word table's rows ("Ref | Action | Owner | Due", no outer bars) with a due column give a
    deadline a row, as a Markdown table's do; a calendar quarter alone in the cell is due on its
    last day."""
    found = deadlines_of(
        "Ref | Action | Owner | Due | Status\n"
        "A1 | Publish a revised Data Quality Policy | Chief Data Officer | Q3 2026 | On track\n"
        "A2 | Sign data sharing agreements | Chief Data Officer | by 31 December 2026 | Amber\n",
        date="2026-06-30",
        language="en",
    )
    assert [(d.who, d.due) for d in found] == [
        ("Chief Data Officer", "2026-09-30"),
        ("Chief Data Officer", "2026-12-31"),
    ]
    # one line of labelled facts is read as a sentence, not as a table's head
    facts = deadlines_of(
        "Applications must be received by 30 April 2026. | Salary: 60,000\n", date="2026-03-01", language="en"
    )
    assert [d.due for d in facts] == ["2026-04-30"]


def test_a_limit_from_the_day_the_rules_take_effect() -> None:
    """本办法施行之日起90日内: from the day the text says it takes effect, not its issue date."""
    text = "第二十条 各企业应于本办法施行之日起90日内制定工作细则。\n第二十二条 本办法自2026年3月1日起施行。"
    (limit,) = [d for d in deadlines_of(text, date="2026-02-10") if d.relative_to]
    assert limit.due == "2026-05-30"
    silent = deadlines_of("第二十条 各企业应于本办法施行之日起90日内制定工作细则。", date="2026-02-10")
    assert [d.due for d in silent if d.relative_to] == [None]
    # a law it cites takes effect on its own day, not this text's
    cited = "依据《数据安全法》（自2021年9月1日起施行），各单位应于本实施细则施行之日起90日内完成设置。"
    assert [
        d.due
        for d in deadlines_of(cited + "本实施细则自2026年3月1日起施行。", date="2026-02-10")
        if d.relative_to
    ] == ["2026-05-30"]
    assert [d.due for d in deadlines_of(cited, date="2026-02-10") if d.relative_to] == [None]


def test_a_pdf_tables_rows_under_a_deadline_column_read_as_text() -> None:
    """A PDF table whose borders were lost: the rows under "Activity Responsible Deadline" each
    end with their date; a wrapped row's last word is no row (batch 21)."""
    text = (
        "6.1 Institutions shall implement these Guidelines according to the following timeline:\n"
        "Activity Responsible Deadline\n"
        "Designation of the Chief Data Officer Permanent Secretary / CEO 31 January 2026\n"
        "Submission of the first annual data management Chief Data Officer 31 July 2026\nreport\n"
        "7. REPORTING\n7.1 Data are reported as on 30 June 2026 in the annex.\n"
    )
    got = {(d.due, d.text) for d in deadlines_of(text, language="en")}
    assert (
        "2026-01-31",
        "Designation of the Chief Data Officer Permanent Secretary / CEO 31 January 2026",
    ) in got
    assert any(due == "2026-07-31" for due, _ in got)
    assert not any(due == "2026-06-30" for due, _ in got)  # under the next section, no row


def test_a_plain_text_table_under_a_dashed_rule_gives_a_deadline_per_row() -> None:
    text = (
        "Table 1 - Implementation Timeline\n\n"
        "Milestone                          | Responsible      | Target Date\n"
        "-----------------------------------|------------------|-------------\n"
        "Policy takes effect                | BTT              | October 1, 2025\n"
        "Data Stewards designated           | Deputy ministers | October 31, 2025\n"
    )
    found = {(d.due, d.what.strip()) for d in deadlines_of(text, language="en")}
    assert found == {("2025-10-01", "Policy takes effect"), ("2025-10-31", "Data Stewards designated")}


def test_a_second_clause_s_date_and_a_month_an_act_is_owed_in() -> None:
    """ "…, and shall submit the plan, approved by the head, by June 30" is one clause; "will
    convene … in December 2025" is due that month; a month something was done in, or that starts
    a series, is not."""
    text = (
        "Each CDO shall submit an inventory by March 31, 2026, and shall submit the plan, approved by "
        "the deputy head, by June 30, 2026. The OCIO will convene the first meeting in December 2025. "
        "The first report was submitted in April 2025. "
        "We will send agency heads a quarterly scorecard, the first one in April 2025."
    )
    found = {(d.due, d.recurrence, d.what) for d in deadlines_of(text, language="en")}
    assert ("2026-06-30", None, "submit the plan, approved by the deputy head") in found
    assert ("2025-12", None, "convene the first meeting") in found
    assert not any(what.startswith("The first report") for _, _, what in found)
    assert [due for due, rule, _ in found if rule] == ["2025-04"]  # the series, with its first month
    held = deadlines_of("A mid-term review will be held in April 2025.", language="en")
    assert [(d.due, d.what) for d in held] == [("2025-04", "A mid-term review will be held")]
    # a thing done in a month, named after the act, is no deadline; a verb and its object stay
    assert not deadlines_of("The Council will build on the strategy published in March 2024.", language="en")
    published = deadlines_of("The CDO shall publish guidance by June 30, 2025.", language="en")
    assert [d.what for d in published] == ["publish guidance"]


def test_how_often_at_least_and_every_day() -> None:
    text = "定期组织首席数据官专题培训，每年不少于2次。核心业务数据每日报送数据中心。"
    found = {(d.recurrence, d.what) for d in deadlines_of(text)}
    assert ("FREQ=YEARLY", "定期组织首席数据官专题培训，不少于2次") in found
    owed = deadlines_of("首席数据官应当组织培训，每年不少于2次。")
    assert [(d.who, d.what) for d in owed] == [("首席数据官", "组织培训，不少于2次")]
    assert any(rule == "FREQ=DAILY" for rule, _ in found)


def test_iso_dates_a_rhythm_that_begins_later_and_stages_dated_by_days() -> None:
    """ "by 2025-12-15" as Canadian policies write it; "by March 31 of each year, beginning in
    2027" is first due in 2027; a schedule's stage dated by a span of days is due on its last day,
    and a stage whose next sentence has its own date is named by itself."""
    from ingest.chunk import chunk_document

    text = (
        "Each business unit shall notify the Office by 2025-12-15. The CDO shall submit an annual "
        "report by March 31 of each year, beginning in 2027."
    )
    found = {(d.due, d.recurrence) for d in deadlines_of(text, language="en", date="2025-09-16")}
    assert ("2025-12-15", None) in found and ("2027-03-31", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31") in found
    plan = (
        "评估工作方案\n六、时间安排\n（一）单位自评估（2026年3月16日—4月15日）。"
        "各评估对象于2026年4月20日前报送自评估报告。\n（二）第三方评估（2026年4月21日—5月31日）。\n"
    )
    doc = make_doc(plan, date="2026-03-09", title="评估工作方案")
    found = {(d.due, d.what) for d in extract_deadlines(doc, chunk_document(doc))}
    assert {("2026-04-15", "单位自评估"), ("2026-05-31", "第三方评估")} <= found
    assert ("2026-04-20", "报送自评估报告") in found
    # stages in one paragraph, each named by itself; a series begun years before: its next one
    one = "评估工作方案\n六、时间安排\n（一）自评估（2026年3月16日—4月15日）。（二）核查（2026年6月1日—6月20日）。\n"
    doc = make_doc(one, date="2026-03-09", title="评估工作方案")
    assert [(d.due, d.what) for d in extract_deadlines(doc, chunk_document(doc))] == [
        ("2026-04-15", "自评估"),
        ("2026-06-20", "核查"),
    ]
    old = "The CDO shall submit a report by March 31 of each year, beginning in 2020."
    assert [d.due for d in deadlines_of(old, language="en", date="2025-09-16")] == ["2026-03-31"]


def test_an_order_s_timeline_items_after_shall_complete_the_following_actions() -> None:
    """A G.O.'s "shall complete the following actions within the time limits indicated against
    each:" binds its items, each dated after a dash; the dash is not part of what is due."""
    text = (
        "9. Timelines: The Departments shall complete the following actions within the time limits indicated against each:\n"
        "(a) designation of the Chief Data Officer – within 30 days from the date of issue of this order;\n"
        "(b) nomination of Data Stewards – by 30th September 2025;\n"
        "(c) preparation of the Department Data Inventory – by 31st December 2025.\n"
    )
    got = {(d.what, d.due) for d in deadlines_of(text, language="en")}
    assert ("nomination of Data Stewards", "2025-09-30") in got
    assert ("preparation of the Department Data Inventory", "2025-12-31") in got
    assert ("designation of the Chief Data Officer", None) in got


def test_batch_33_tasks_resolutions_and_quarter_timelines() -> None:
    """A work plan's task with its fields on the line below ("牵头单位：…。完成时限：2025年6月底前。")
    is that task's deadline, unless the time names its own task; a council's resolution directs
    ("City Council direct the City Manager to establish … by October 31, 2025"); a timeline's entry
    dated by a quarter, or by a participle and its agent ("approved by the City Manager"), is due."""
    plan = (
        "二、重点任务\n"
        "4. 深化公共数据资源目录管理。全面开展数据资源普查。\n"
        "牵头单位：市政务服务和数据管理局；责任单位：市直各部门。完成时限：2025年6月底前。\n"
        "10. 开展年度履职评价。各区首席数据官报送年度履职报告。\n"
        "牵头单位：市政务服务和数据管理局。完成时限：2025年11月底前印发评价办法。\n"
    )
    found = {d.due: d for d in deadlines_of(plan, date="2025-03-14", title="2025年工作要点")}
    assert found["2025-06-30"].what == "深化公共数据资源目录管理"
    assert found["2025-06-30"].who == "市政务服务和数据管理局"
    assert "深化公共数据资源目录管理" in found["2025-06-30"].text
    assert found["2025-11-30"].text.startswith("完成时限")  # its own task: 印发评价办法
    report = (
        "Recommendations\n"
        "City Council direct the City Manager to establish a Data Governance Committee by October 31, 2025.\n"
        "City Council request all Division Heads to designate a Data Steward by November 30, 2025.\n\n"
        "5. Implementation Timeline\n"
        "January 31, 2026: enterprise Data Governance Policy approved by the City Manager.\n"
        "Second quarter of 2026: first Data Strategy reported to the Executive Committee.\n"
    )
    dues = sorted(d.due for d in deadlines_of(report, date="2025-05-29", language="en"))
    assert dues == ["2025-10-31", "2025-11-30", "2026-01-31", "2026-06-30"]
    record = "Timeline\nMarch 3, 2025: The Council approved the budget.\n"
    assert deadlines_of(record, date="2025-01-10", language="en") == []
    bare = "4. 深化目录管理。全面普查。\n牵头单位：市数据局。完成时限：2025年12月底前完成。\n"
    (task,) = deadlines_of(bare, date="2025-03-14")
    assert (task.what, task.who, task.due) == (
        "深化目录管理",
        "市数据局",
        "2025-12-31",
    )  # 完成: no task of its own
    span = "Timeline\nQ2 2026 - Q4 2026: pilot the data catalogue in three divisions.\n"
    assert [d.due for d in deadlines_of(span, date="2025-05-29", language="en")] == [
        "2026-12-31"
    ]  # its last quarter
    for not_a_resolution in (
        "The Committee requests from departments to the Data Office rose by 40% by June 30, 2026.",
        "The Mayor requests residents to comment on the draft by July 15, 2025.",
    ):
        assert deadlines_of(not_a_resolution, date="2025-03-01", language="en") == [], not_a_resolution


def test_batch_35_lists_bind_their_items() -> None:
    """A list under "shall, under the direction of …, be responsible for:", under "Its
    responsibilities are to:" and under a long paragraph's last sentence "… are responsible for:"
    binds each item's date and rhythm."""
    circular = (
        "5.1 The Chief Data Officer shall, under the general direction of the Permanent Secretary, be responsible for:\n"
        "(a) developing a Data Governance Plan, to be approved by the Permanent Secretary by 30 June 2026, and "
        "reviewing that Plan annually thereafter;\n(b) coordinating the work of the Data Stewards.\n"
    )
    found = deadlines_of(circular, date="2025-11-14", language="en")
    assert [d.due for d in found if d.due] == ["2026-06-30"] and any(d.recurrence for d in found)
    framework = (
        "4.3 The Committee meets at least quarterly. Its responsibilities are to:\n"
        "(a) endorse data governance policies;\n(b) approve the first Critical Data Asset list by 31 December 2025;\n"
        "Data Owners are branch managers or more senior officers who are accountable for a data domain, such as "
        "customer, property, assets or workforce, and every critical data asset must have one. Data Owners are "
        "responsible for:\n(a) nominating a Data Steward for each critical data asset by 31 March 2026;\n"
    )
    dues = sorted(d.due for d in deadlines_of(framework, date="2025-08-18", language="en") if d.due)
    assert dues == ["2025-12-31", "2026-03-31"]


def test_a_bodys_list_under_its_pronoun_is_not_the_role_it_names_last() -> None:
    text = (
        "4.1 The Data Governance Committee is established and is chaired by the Chief Data Officer. Its "
        "functions are to:\n(a) approve the departmental data strategy by 31 March 2026;\n(b) review progress.\n"
    )
    (found,) = deadlines_of(text, date="2025-01-01", language="en")
    assert found.due == "2026-03-31" and "Chief Data Officer" not in found.who


def test_batch_36_tasks_and_timelines() -> None:
    """A task's run-in label is part of its clause (（二）摸清数据资源底数。2025年10月底前，…); a G.R.'s
    "The following timeline shall be adhered to by all departments:" binds its dated items."""
    plan = "四、重点任务\n（二）摸清数据资源底数。2025年10月底前，各单位完成本单位数据资源普查。\n"
    (found,) = deadlines_of(plan, date="2025-07-21", title="实施方案")
    assert found.text.startswith("（二）摸清数据资源底数。") and found.due == "2025-10-31"
    gr = (
        "9. Timeline. The following timeline shall be adhered to by all departments:\n"
        "(c) notification of data quality standards by the State CDO: by 30 November 2025;\n"
        "(d) first version of the departmental dataset inventory: by 31 December 2025;\n"
    )
    assert sorted(d.due for d in deadlines_of(gr, date="2025-08-14", language="en")) == [
        "2025-11-30",
        "2025-12-31",
    ]


def test_their_duties_are_the_role_just_named() -> None:
    text = (
        "Each Ministry shall designate one or more Data Stewards from among its senior officers. Their duties "
        "include:\n(a) completing the data inventory by 30 June 2025;\n(b) reviewing it each year.\n"
    )
    dated = [d for d in deadlines_of(text, date="2025-01-01", language="en") if d.due]
    assert dated and "Data Steward" in dated[0].who


def test_a_phase_s_end_in_brackets_dates_its_tasks() -> None:
    """ "Phase 1 (to 31 July 2025): agree the work programme" (batch 37's Scottish network)."""
    found = deadlines_of(
        "Work programme\nPhase 1 (to 31 July 2025): agree the first two-year work programme;\n"
        "Phase 2 (to 31 December 2025): publish a common data maturity framework.\n",
        language="en",
    )
    assert {d.due for d in found} >= {"2025-07-31", "2025-12-31"}


def test_a_translated_task_label_and_a_second_bound_on_one_task() -> None:
    """ "(1) Determine personnel. Before August 31, 2025, …" keeps its label; "within 90 days of
    the Effective Date, and in any case not later than 31 October 2025" is one task's clause."""
    labelled = deadlines_of(
        "VI. Key Tasks\n(1) Determine personnel. Before August 31, 2025, all units shall determine their CDO.\n",
        language="en",
    )
    assert labelled[0].text.startswith("(1) Determine personnel.")
    bounded = deadlines_of(
        "5.1 The Chief Executive of each MDA shall designate a Chief Data Officer within 90 days of the "
        "Effective Date, and in any case not later than 31 October 2025.\n",
        language="en",
    )
    dated = [d for d in bounded if d.due == "2025-10-31"]
    assert dated and "designate a Chief Data Officer" in dated[0].text


def test_the_first_cold_review_of_batch_37_and_38s_dates() -> None:
    """A bracketed month or year ends a phase without a day (it crashed the file); a first task's
    own "at the latest" does not join the next task's clause to it."""
    bracketed = deadlines_of(
        "Work programme\nPhase 2 (until December 2026): publish the framework.\nPhase 3 (until 2027): review it.\n",
        language="en",
    )
    assert {d.due for d in bracketed} >= {"2026-12-31", "2027-12-31"}
    two = deadlines_of(
        "By 31 March 2025 at the latest, the Chief Data Officer shall publish the data asset register; "
        "and by 30 June 2025, each agency shall appoint a data steward.\n",
        language="en",
    )
    by_due = {d.due: d.text for d in two}
    assert "appoint a data steward" not in by_due["2025-03-31"]


def test_batches_39_and_40_timetables() -> None:
    """Dates after a task and a colon, before a task with "by", in a cell with its reckoning,
    and a Chinese sentence's opening date over its later clauses."""
    items = deadlines_of(
        "8. Implementation Timeline\n"
        "Ministries shall complete the following actions within the timelines indicated against each:\n"
        "(a) designation of CDOs and communication of particulars to MoITT: 13th June, 2025;\n"
        "(b) nomination of Data Focal Persons: 30th June, 2025.\n",
        date="2025-05-14",
        title="Office Memorandum",
    )
    assert [d.due for d in items] == ["2025-06-13", "2025-06-30"]
    agreed = deadlines_of(
        "10.1 The Board has agreed the following deliverables for 2025 to 2026:\n"
        "by 31 December 2025: publish a refreshed data quality framework;\n"
        "by 31 March 2026: complete the council-wide data catalogue.\n",
        date="2025-05-14",
        title="Terms of Reference",
    )
    assert [d.due for d in agreed] == ["2025-12-31", "2026-03-31"]
    chinese = deadlines_of(
        "2025年8月底前，各县区完成人选确定，并将名单报领导小组办公室备案；领导小组办公室完成全市工作台账建立。"
    )
    assert any("台账建立" in d.text and d.due == "2025-08-31" for d in chinese)


def test_a_cells_date_beside_its_reckoning() -> None:
    from ingest.dates import parse_target_cell

    cell = "November 30, 2025 (60 days after the effective date)"
    assert parse_target_cell(cell, 0, len(cell), "2025-09-22").due == "2025-11-30"


def test_what_was_met_and_what_no_clause_sets_are_no_deadlines() -> None:
    met = deadlines_of(
        "In 2024 the Department met the following targets:\n(a) designation of CDOs: 13 June 2024;\n"
        "(b) first inventory: 30 September 2024.\n",
        date="2025-01-10",
        title="Annual Report",
    )
    assert met == []
    for clause in (
        "完成情况纳入考核。",
        "确保按时完成。",
        "完成率达到100%。",
        "各单位已建立台账。",
        "市数据局负责统筹协调。",
    ):
        found = deadlines_of(f"2025年8月底前，各县区完成人选确定；{clause}")
        assert len(found) == 1, clause


def test_a_phase_that_ends_on_no_such_day_is_read_without_failing() -> None:
    found = deadlines_of(
        "Implementation\nPhase 1 (to 31 February 2025): agree the plan.\nPhase 2 (to 31 July 2025): publish it.\n",
        date="2025-01-10",
        title="Implementation Plan",
    )
    assert "2025-02-31" not in [d.due for d in found]


def test_an_executive_orders_directions_bind_as_a_shall_does() -> None:
    """Batch 44's Wisconsin order: "5. Direct the head of each cabinet agency to designate … by
    November 14, 2025" is a deadline; a recital's year is not."""
    found = deadlines_of(
        "WHEREAS, since 2020 the state has published open data; and\n\n"
        "5. Direct the head of each cabinet agency to designate a Data Coordinator by November 14, 2025.\n\n"
        "7. Direct the CDO, in consultation with the Council, to publish a Statewide Data Strategy by March 31, 2026.\n",
        date="2025-09-15",
        title="Executive Order #265",
    )
    assert [d.due for d in found] == ["2025-11-14", "2026-03-31"]
