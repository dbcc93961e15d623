"""Metadata: front matter wins; inference from text is checked against the front matter of
the shipped files (with the front matter stripped) and on synthetic files without any."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.document import build_document
from ingest.loaders import load
from ingest.metadata import (
    _MINISTRY_LINE,
    infer_date,
    infer_doc_number,
    infer_issuer,
    infer_language,
    infer_level,
    infer_metadata,
    infer_region,
    infer_title,
    normalize_date,
    parse_date,
    strip_annotation,
)
from kb.sources import first_page_of, is_complete, region_places
from kb.text import fold_compact
from kb.types import Document, DocumentMeta

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FILES = sorted(p.name for p in CORPUS.glob("*.txt"))


def _both(name: str) -> tuple[DocumentMeta, DocumentMeta]:
    """(metadata with the front matter, metadata inferred from the text alone)."""
    path = CORPUS / name
    extracted = load(path)
    raw = extracted.pages[0].text
    cleaned = clean(raw)
    return (
        infer_metadata(extracted.front_matter, raw, cleaned, path),
        infer_metadata({}, raw, cleaned, path),
    )


# The text opens with another date than the front matter's: Nanjing's call for comments starts
# with the committee's review (2024年10月23日); the front matter dates the page (2024-10-29).
DATE_FROM_BODY = {"nanjing-urban-digital-governance-provisions-draft-2024.txt"}

INFERRED_LEVELS = {"国家", "省", "市", "县", "区", "镇", "部门", "街道", "企业", "US federal"}

# Issuers the signature writes shorter than the front matter does (kept as written).
SIGNATURE_ABBREVIATIONS = {"省政府办公厅", "市政府办公厅"}


@pytest.mark.parametrize("name", FILES)
def test_inference_never_contradicts_the_front_matter(name: str) -> None:
    known, inferred = _both(name)
    if inferred.title != Path(name).stem:
        if known.language.startswith("zh"):
            assert fold_compact(known.title).startswith(fold_compact(inferred.title)), inferred.title
        else:  # English front-matter titles are editorial; the inferred one is the text's heading
            assert inferred.title.split()[0] in clean(load(CORPUS / name).pages[0].text)[:300]
    if inferred.doc_number:  # a US Code section may be cited without its Public Law
        assert fold_compact(inferred.doc_number).replace("§", "") in fold_compact(known.doc_number)
    if inferred.date and name not in DATE_FROM_BODY:
        assert known.date and (inferred.date.startswith(known.date) or known.date.startswith(inferred.date))
    if inferred.issuer and inferred.issuer not in SIGNATURE_ABBREVIATIONS:
        assert fold_compact(known.issuer).startswith(fold_compact(inferred.issuer)), inferred.issuer
    if inferred.language:
        assert inferred.language == known.language, "language"
    # Levels compare where the front matter uses the same words (国家/省/市/县/区/镇/部门/企业,
    # US federal); newer front matter describes the level in prose ("provincial (municipality
    # directly under the central government …)"), which says more than one word can.
    if inferred.level and known.level in INFERRED_LEVELS:
        assert inferred.level == known.level, "level"
    # A region inferred from the text may be shorter than the front matter's (深圳市 within
    # 广东省深圳市, United States within "United States (federal)"), never another place.
    if inferred.region:  # or some of its parts: United States / San Francisco, without California
        parts = [fold_compact(p) for p in known.region.split("/")]
        inside = all(fold_compact(p) in parts for p in inferred.region.split("/"))
        assert fold_compact(inferred.region) in fold_compact(known.region) or inside, "region"


# What the text alone must yield (recall), beyond "never wrong".
EXPECTED = {
    "haifeng-cdo-pilot-plan-2023.txt": {
        "title": "海丰县人民政府办公室关于印发《海丰县首席数据官制度试点实施方案》的通知",
        "issuer": "海丰县人民政府办公室",
        "date": "2023-01-03",
        "doc_number": "海府办函〔2023〕5号",
        "language": "zh-Hans",
        "region": "广东省汕尾市海丰县",  # the province and city from CC-CEDICT (kb.gazetteer)
        "level": "县",
    },
    "guangdong-cdo-pilot-work-plan-2021.txt": {
        "title": "广东省人民政府办公厅关于印发广东省首席数据官制度试点工作方案的通知",
        "issuer": "省政府办公厅",
        "date": "2021-04-23",
        "doc_number": "粤办函〔2021〕63号",
        "region": "广东省",
        "level": "省",
    },
    "huizhou-cdo-pilot-plan-2022.txt": {
        "title": "惠州市人民政府辦公室關于印發惠州市首席數據官制度試點實施方案的通知",
        "doc_number": "惠府辦函〔2022〕56號",
        "date": "2022-05-25",
        "language": "zh-Hant",
        "region": "广东省惠州市",
        "level": "市",
    },
    "shanwei-cdo-pilot-plan-2022.txt": {
        "title": "汕尾市人民政府办公室关于印发《汕尾市首席数据官制度试点工作实施方案》的通知",
        "issuer": "汕尾市人民政府办公室",
        "date": "2022-09-05",
        "doc_number": "汕府办函〔2022〕173号",
    },
    "guangdong-enterprise-cdo-guide-2022.txt": {
        "issuer": "廣東省工業和信息化廳",
        "date": "2022-08-24",
        "level": "企业",
    },
    "jiangsu-enterprise-cdo-notice-2021.txt": {"doc_number": "苏工信数据〔2021〕242号", "level": "企业"},
    "guangzhou-cdo-pilot-plan-2021.txt": {"date": "", "doc_number": "", "language": "zh-Hant"},
    "bazhong-cdo-reform-report.txt": {"title": "bazhong-cdo-reform-report", "language": "zh-Hant"},
    "huizhou-cdo-news-2022-en.txt": {"date": "2022-06-08", "issuer": "Huizhou Daily", "language": "en"},
    "cdo-pilots-comparison-abstract-2024.txt": {"language": "zh-Hans", "region": ""},
    "us-cdo-council-charter-2020.txt": {
        "date": "2020-06-18",
        "level": "US federal",
        "region": "United States",
    },
    "us-cdo-council-report-to-congress-2020.txt": {"date": "2020-12-21", "level": "US federal"},
    "us-cdo-council-report-to-congress-2022.txt": {"date": "2022-12-15"},
    "us-federal-data-strategy-2020-action-plan.txt": {"date": "2020-05-14"},
    "us-omb-m-19-23-fragments.txt": {"date": "2019-07-10", "doc_number": "M-19-23"},
    "us-44usc3520-chief-data-officers.txt": {"level": "US federal", "date": ""},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_inference_from_text_alone(name: str) -> None:
    _, inferred = _both(name)
    for field, value in EXPECTED[name].items():
        assert getattr(inferred, field) == value, field


def test_front_matter_wins_and_unknown_values_are_inferred() -> None:
    known, _ = _both("us-cdo-council-about-agency-cdos.txt")
    assert known.date == "2022-03-28"  # "2022-03-28 (last change to the page source ...)"
    assert known.issuer == "Federal Chief Data Officers (CDO) Council"  # "(cdo.gov, hosted by GSA)" dropped
    assert known.extra["complete"] == "yes" and "note" in known.extra
    guangzhou, _ = _both("guangzhou-cdo-pilot-plan-2021.txt")
    assert guangzhou.date == ""  # "unknown (2021; exact date not in stored text)"
    assert guangzhou.doc_number == ""  # its text cites 粵辦函〔2021〕63號, which is not its own
    assert guangzhou.issuer == "广州市"
    sichuan, _ = _both("sichuan-enterprise-cdo-guide-draft.txt")
    assert sichuan.doc_number == "" and sichuan.date == ""
    enterprise, _ = _both("guangdong-enterprise-cdo-guide-2022.txt")
    assert enterprise.doc_number == ""  # "unknown (not in stored text)"
    playbook, _ = _both("us-cdo-council-playbook-2021.txt")
    assert playbook.date == "2021"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-28 (last change to the page source in the repository)", "2022-03-28"),
        ("2024-08", "2024-08"),
        ("2021 (exact date not stated)", "2021"),
        ("unknown (2021; exact date not in stored text)", ""),
        ("unknown", ""),
        ("", ""),
        ("2023年1月3日", "2023-01-03"),
        ("二〇二三年一月三日", "2023-01-03"),
        ("June 18, 2020", "2020-06-18"),
        ("2022.06.08", "2022-06-08"),
        ("6/18/2020", "2020-06-18"),
        ("2023-02-30", ""),
        ("released in 2020", ""),
    ],
)
def test_normalize_date(value: str, expected: str) -> None:
    assert normalize_date(value) == expected


def test_parse_date_prefers_the_most_precise_reading() -> None:
    assert parse_date("2023-01-03 16:24") == ("2023-01-03", 0, 10)
    assert parse_date("ADOPTED JUNE 2020")[0] == "2020-06"
    assert parse_date("二〇二一年十二月三十一日")[0] == "2021-12-31"
    assert parse_date("大约 2 年") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("广州市 (issuing office not named in stored text)", "广州市"),
        ("国脉 (news repost of 巴中市 material)", "国脉"),
        ("Federal Chief Data Officers (CDO) Council", "Federal Chief Data Officers (CDO) Council"),
        ("Huizhou Daily (惠州日报)", "Huizhou Daily (惠州日报)"),
        (
            "United States Congress (United States Code, Title 44)",
            "United States Congress (United States Code, Title 44)",
        ),
    ],
)
def test_strip_annotation(value: str, expected: str) -> None:
    assert strip_annotation(value) == expected


# --- synthetic files without front matter ------------------------------------------------------

NOTICE = """某某县人民政府办公室关于印发
某某县首席数据官制度试点方案的通知
某府办〔2024〕12号
各镇人民政府,县直各有关单位:
现将《某某县首席数据官制度试点方案》印发给你们,请认真贯彻执行。
某某县人民政府办公室
二〇二四年三月十五日
某某县首席数据官制度试点方案
根据《乙市人民政府办公室关于印发〈乙市首席数据官制度试点工作方案〉的通知》(乙府办函〔2023〕7号),制定本方案。
一、工作目标
"""


def test_synthetic_chinese_notice() -> None:
    meta = infer_metadata({}, NOTICE, clean(NOTICE), Path("x.txt"))
    assert meta.title == "某某县人民政府办公室关于印发某某县首席数据官制度试点方案的通知"
    assert meta.doc_number == "某府办〔2024〕12号"
    assert meta.issuer == "某某县人民政府办公室"
    assert meta.date == "2024-03-15"
    assert (meta.region, meta.level, meta.language) == ("某某县", "县", "zh-Hans")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠府辦函〔2022〕56號\n正文。", "惠府辦函〔2022〕56號"),
        ("粤办函[2021]63号\n正文。", "粤办函[2021]63号"),
        ("深府办函［2021］71号\n正文。", "深府办函［2021］71号"),
        ("川经信(2023)8号\n正文。", "川经信(2023)8号"),
        ("  海府办函〔2023〕5号  \n正文。", "海府办函〔2023〕5号"),
        ("根据《方案》(粤办函〔2021〕63号)的要求,制定本方案。", ""),
        ("《广东省首席数据官制度试点工作方案》(粤办函〔2021〕63号)\n正文。", ""),
        # a 红头 file's signer beside its number
        ("海口市数据局\n海数函〔2026〕12号　　　　签发人：符明远\n正文。", "海数函〔2026〕12号"),
        ("Job Number\nMTS-24-0412\nDepartment\nMetro Technology Services", "MTS-24-0412"),
        ("海口市数据局\n海数函〔2026〕12号　　签发人：王　军\n正文。", "海数函〔2026〕12号"),
        ("Policy Number\nVersion 2.1\nText.", ""),  # a label over no number
        ("Ref\n1.1 Appoint CDO\nText.", ""),
    ],
)
def test_doc_number_is_the_documents_own(text: str, expected: str) -> None:
    assert infer_doc_number(text) == expected


def test_doc_number_label_in_raw_text() -> None:
    raw = "索引号:123\n发文字号:汕府办函〔2022〕173号\n正文"
    assert infer_doc_number("正文", raw) == "汕府办函〔2022〕173号"


@pytest.mark.parametrize(
    ("cleaned", "raw", "expected"),
    [
        ("正文。", "  • 2023-01-03 16:24\n  • 来源: 某县\n正文。", "2023-01-03"),
        ("正文。", "发布日期:2023年01月05日\n正文。", "2023-01-05"),
        ("Title line\nAuthor:Huizhou released Time:2022.06.08\nText.", "", "2022-06-08"),
        ("CHARTER\nADOPTED JUNE 2020\nText.", "", "2020-06"),
        ("Dear reader,\nDecember 15, 2022\nText.", "", "2022-12-15"),
        ("一、目标\n到2025年底前完成。", "", ""),
        ("In 2020, agencies selected a model.", "", ""),
    ],
)
def test_infer_date(cleaned: str, raw: str, expected: str) -> None:
    assert infer_date(cleaned, raw) == expected


def test_issuer_sources() -> None:
    assert infer_issuer("正文。", "  • 来源: 海丰县人民政府办公室\n正文。") == "海丰县人民政府办公室"
    assert infer_issuer("Text.\nSource: Huizhou Daily\n", "") == "Huizhou Daily"
    title = "广东省人民政府办公厅关于印发广东省首席数据官制度试点工作方案的通知"
    assert infer_issuer("正文。", "", title) == "广东省人民政府办公厅"
    assert infer_issuer("正文。", "", "关于在全省推行企业首席数据官制度的通知") == ""


def test_infer_title_skips_numbers_salutations_and_sections() -> None:
    # a reply to a deputy's proposal (答复), below its number and signer
    reply = "答复类别：B\n海口市数据局\n海数函〔2026〕12号　　签发人：符明远\n关于市十七届人大三次会议第156号建议的答复\n陈海燕代表：\n"
    assert infer_title(reply) == "关于市十七届人大三次会议第156号建议的答复"
    assert infer_title("汕府办函〔2022〕173号\n各县人民政府:\n《方案》已经同意,现印发给你们。") == ""
    assert infer_title("實施方案\n" + "為進一步深化我市數字政府改革建設," * 5) == ""
    assert infer_title("FEDERAL CHIEF DATA OFFICERS' (CDO)\nCOUNCIL\nCHARTER\nADOPTED JUNE 2020") == (
        "FEDERAL CHIEF DATA OFFICERS' (CDO) COUNCIL CHARTER"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首席数据官负责统筹数据资源管理工作。", "zh-Hans"),
        ("首席數據官負責統籌數據資源管理工作。", "zh-Hant"),
        ("The Chief Data Officer of an agency shall manage data assets.", "en"),
        ("", ""),
    ],
)
def test_infer_language(text: str, expected: str) -> None:
    assert infer_language(text) == expected


@pytest.mark.parametrize(
    ("issuer", "title", "region", "level"),
    [
        ("海丰县人民政府办公室", "", "海丰县", "县"),  # no text naming 广东 or 汕尾
        (
            "省政府办公厅",
            "广东省人民政府办公厅关于印发广东省首席数据官制度试点工作方案的通知",
            "广东省",
            "省",
        ),
        ("惠州市人民政府辦公室", "", "广东省惠州市", "市"),
        ("", "《海珠區首席數據官制度試點實施方案》正式印發", "海珠区", "区"),
        ("广东省工业和信息化厅", "关于印发《广东省企业首席数据官建设指南》的通知", "广东省", "企业"),
        ("", "关于在全省推行企业首席数据官制度的通知", "", "企业"),
        ("国务院办公厅", "关于加强数据治理的意见", "", "国家"),
        ("某某市政务服务数据管理局", "", "某某市", "市"),
        ("Office of Management and Budget", "M-19-23 Memorandum", "United States", "US federal"),
        ("", "Code of Virginia § 2.2-203.2:4. Chief Data Officer", "United States / Virginia", "state"),
        ("", "West Virginia Code § 5A-6-4a", "United States / West Virginia", "state"),
        (
            "Connecticut General Assembly",
            "Chief Data Officer. Duties.",
            "United States / Connecticut",
            "state",
        ),
        ("", "City of Austin Open Data Resolution", "United States / Austin", "city"),
        # a district's own office: the innermost place written in its name
        ("宁波市鄞州区人民政府办公室", "", "浙江省宁波市鄞州区", "区"),
        ("杭州市城市管理局", "", "浙江省杭州市", "市"),  # 城市 is a word, not a district
        # a municipality under the central government ranks as a province (../shared/corpus's
        # Beijing and Shanghai texts: "provincial (municipality directly under the central government)")
        ("北京市社区服务中心", "", "北京市", "省"),
        ("贵州省大数据发展管理局", "", "贵州省", "省"),
        # a company's own plan, wherever it is registered
        ("福建省某某能源集团有限公司", "关于印发《首席数据官制度实施方案》的通知", "福建省", "企业"),
        # a state's own agency
        ("Oregon Employment Department, Office of the Director", "", "United States / Oregon", "state"),
        ("Kansas City Police Department", "", "", ""),  # a city named after a state
        ("泉州市鲤城区人民政府办公室", "", "福建省泉州市鲤城区", "区"),  # 鲤城区: 城 in a district's name
        ("中山证券有限责任公司", "首席数据官管理办法", "", "企业"),  # a city's words, no city the text names
        ("Department of Finance", "", "", ""),
        # a machine translation of a Chinese plan names its city in pinyin, with or without the
        # syllable mark; "Nanning's" is Nanning
        (
            "General Office of Xi'an Municipal People's Government",
            "Implementation Plan of Xi'an City",
            "陕西省西安市",
            "市",
        ),
        ("", "Nanning's chief data officers set out to tear down data silos", "广西壮族自治区南宁市", "市"),
        ("寿光市人民政府办公室", "", "山东省寿光市", "县"),  # a county-level city
        # a state legislature's auditor; a consolidated city-county's government
        (
            "Louisiana Legislative Auditor",
            "Data Governance and the State CDO",
            "United States / Louisiana",
            "state",
        ),
        ("Tokyo Metropolitan Government", "Data strategy", "", ""),
        # a province written without 省 before its own place (an issuer's name as printed)
        ("河北雄安新区管理委员会", "", "河北省雄安新区", "区"),
        ("江西南昌市数据局", "", "江西省南昌市", "市"),
        ("湖南路街道办事处", "", "湖南路街道", "街道"),  # a street named after a province: one place
        ("浙江杭州市数据局", "", "浙江省杭州市", "市"),
    ],
)
def test_region_and_level(issuer: str, title: str, region: str, level: str) -> None:
    language = "en" if issuer.isascii() and title.isascii() else ""
    assert infer_region(issuer, title, "", language) == region
    assert infer_level(issuer, title, region, "", language) == level


def test_a_statute_without_front_matter_is_cited_by_code_and_section() -> None:
    """A state code's section as pasted from the code's site: the code's name, the section, and
    the state it governs, which makes its place known in both scripts (Virginia, 弗吉尼亚)."""
    text = (
        "Code of Virginia\nTitle 2.2. Administration of Government\n"
        "§ 2.2-203.2:4. Office of Data Governance and Analytics; Chief Data Officer\n\n"
        "A. The Office shall be headed by the Chief Data Officer, who shall be appointed by the Governor.\n"
    )
    meta = infer_metadata({}, text, text, Path("virginia.txt"))
    assert (
        meta.title
        == "Code of Virginia § 2.2-203.2:4. Office of Data Governance and Analytics; Chief Data Officer"
    )
    assert meta.doc_number == "Code of Virginia § 2.2-203.2:4"
    assert (meta.region, meta.level) == ("United States / Virginia", "state")
    us_code = (
        "Title 44— PUBLIC PRINTING AND DOCUMENTS\nCHAPTER 35— COORDINATION\n§ 3520. Chief Data Officers\n"
    )
    assert infer_doc_number(us_code) == "44 U.S.C. § 3520"
    assert infer_doc_number("An Act concerning data\n§ 1. Short title\n") == ""  # no code, no citation
    assert (
        infer_region("Office of Management and Budget", "M-19-23", "The Governor of Virginia", "en")
        == "United States"
    )
    assert infer_region("", "City of Grand Rapids Data Policy", "", "en") == "United States / Grand Rapids"
    # a governor's directive: the state its text names most; a consolidated city-county's government
    directive = "WHEREAS, state agencies hold data about Michigan's residents;\nacting under the Michigan Constitution and the laws of Ohio"
    assert infer_region("Governor Gretchen Whitmer", "Executive Directive 2026-4", directive, "en") == (
        "United States / Michigan"
    )
    for governor in ("Governor, Reserve Bank of India", "Governor-General of Canada", "Governor of Tokyo"):
        assert not infer_region(governor, "Circular", directive, "en").startswith("United States"), governor
    capital = "Washington, D.C. Washington, D.C. Washington, D.C. State of Maryland; Maryland residents"
    assert infer_region("Governor Wes Moore", "Executive Order", capital, "en") == "United States / Maryland"
    assert infer_region(
        "Louisville Metro Government", "Chief Data Officer", "Louisville, Kentucky", "en"
    ) == ("United States / Kentucky / Louisville")
    jefferson = "Louisville/Jefferson County Metro Government"  # the city's, not Jefferson County's
    assert "Jefferson" not in infer_region(jefferson, "Chief Data Officer", "", "en")
    ordinance = "Ordinance amending the San Francisco Administrative Code Section 22D.\nBe it ordained by the people of the City and County of San Francisco:\n"
    assert infer_region("", "", ordinance, "en") == "United States / San Francisco"


def test_labels_with_full_width_colons_on_one_line() -> None:
    """來源：珠海特區報  發佈時間：2021-09-15: the source is the paper, which governs no place."""
    text = (
        "珠海市印發首席數據官制度試點實施方案\n來源：珠海特區報  發佈時間：2021-09-15\n\n"
        "本報訊 近日，珠海市政府辦公室印發《珠海市首席數據官制度試點實施方案》。\n"
    )
    meta = infer_metadata({}, text, clean(text), Path("zhuhai.txt"))
    assert (meta.issuer, meta.date, meta.region) == ("珠海特區報", "2021-09-15", "广东省珠海市")
    from kb.sources import is_press

    assert is_press("珠海特區報") and not is_press("广东省人民政府公报") and not is_press("工作简报")
    assert infer_doc_number("发文字号：粤办函〔2021〕63号") == "粤办函〔2021〕63号"


def build_document_from(text: str) -> Document:
    return build_document(Path("dropped-in.txt"), doc_id="dropped-in", data=text.encode())


ORDER = """CITY OF BOSTON
OFFICE OF THE MAYOR

EXECUTIVE ORDER 2024-09

AN ORDER ESTABLISHING THE POSITION OF CHIEF DATA OFFICER

WHEREAS, the City of Boston collects data that is a valuable public asset;

Sec. 1. Purpose.
The purpose of this Order is to treat City data as a strategic asset.

IT IS SO ORDERED.

Dated: October 14, 2024

/s/ ______________________
Mayor, City of Boston
"""

REGULATION = """U.S. DEPARTMENT OF AGRICULTURE
WASHINGTON, D.C. 20250

DEPARTMENTAL REGULATION                               Number: DR 3400-003

SUBJECT: Enterprise Data Governance and the Chief Data Officer
DATE: May 6, 2024
EXPIRATION DATE: May 6, 2029

1. PURPOSE

This Departmental Regulation sets policy for managing data as a strategic asset.

-END-
"""


def test_an_english_order_without_front_matter_is_read_from_its_letterhead() -> None:
    """A mayor's order and a department's regulation dropped in as bare files: the letterhead is
    the issuer, the kind of document with its subject the title, its number the 文号, and the
    signature block (Dated:, /s/, the signer) closes a complete text."""
    order = build_document_from(ORDER)
    assert order.title == (
        "EXECUTIVE ORDER 2024-09: AN ORDER ESTABLISHING THE POSITION OF CHIEF DATA OFFICER"
    )
    assert (order.issuer, order.doc_number, order.date) == (
        "CITY OF BOSTON, OFFICE OF THE MAYOR",
        "EXECUTIVE ORDER 2024-09",
        "2024-10-14",
    )
    assert (order.region, order.level) == ("United States / Boston", "city")
    assert is_complete(order)
    regulation = build_document_from(REGULATION)
    assert (
        regulation.title == "DEPARTMENTAL REGULATION: Enterprise Data Governance and the Chief Data Officer"
    )
    assert (regulation.issuer, regulation.doc_number, regulation.date) == (
        "U.S. DEPARTMENT OF AGRICULTURE",
        "DR 3400-003",
        "2024-05-06",
    )


def test_a_notice_closed_by_its_printing_record_is_complete() -> None:
    """The 版记 that closes a printed notice (抄送 and "…办公室 2024年3月18日印发") is not a
    body cut short; a body that stops mid-sentence before it still is."""
    body = "第十八条 本办法自2024年4月20日起施行。\n"
    record = "抄送:区委各部门,区人大常委会办公室。\n某某区人民政府办公室                 2024年3月18日印发\n"
    assert is_complete(build_document_from(body + record))
    assert not is_complete(build_document_from("第十八条 本办法自2024年4月20日起\n" + record))
    # an attachment's table before the 版记 is no sentence cut short either
    table = "附件\n序号 | 单位 | 试点方向\n12 | 长子县人民政府 | 农业农村数据应用\n"
    assert is_complete(build_document_from(body + table + record))
    # nor is a job board's bar of labelled facts at a page's end, or its sharing line
    posting = (
        "Recruitment contact: Human Resources Department. Phone: (562) 570-6201.\n"
        "Agency: City of Long Beach | Department: Technology and Innovation | Job Type: Full-time\n"
        "Share this job: Facebook | LinkedIn | X | Email\n"
    )
    assert is_complete(build_document_from(posting))
    # below a date, a Chinese line is the body going on, not an issuer
    assert not is_complete(
        build_document_from("各单位要按要求报送材料。\n2024年3月18日\n请各区在月底前将材料报送至市大数据中心")
    )


def test_files_without_front_matter_name_their_province_place_and_paper() -> None:
    """A provincial company writes its province without 省; a news title its city without 市,
    which the text writes with it; a portal prints its date and source on one line; an English
    page's title names a kind of document, the site's banner above it does not."""
    assert (
        infer_region("陕西秦川能源投资集团有限公司", "陕西秦川能源投资集团有限公司首席数据官制度") == "陕西省"
    )
    news = "宜昌市首席数据官制度推进会召开。"
    assert infer_region("", "宜昌全面推行首席数据官制度 86名“数据一把手”履新", news) == "湖北省宜昌市"
    assert infer_region("", "全面推行首席数据官制度", news) == ""
    raw = "宜昌全面推行首席数据官制度\n\n2024-08-21 07:52　　来源：三峡日报　　作者：记者 杨思远\n\n正文。"
    assert infer_issuer(clean(raw), raw) == "三峡日报"
    page = "Government of Canada\nTerms of Reference: Chief Data Officer, Natural Resources Canada\nEffective date: April 1, 2024\n1. Purpose"
    assert infer_title(page) == "Terms of Reference: Chief Data Officer, Natural Resources Canada"


def test_no_place_is_made_up_from_a_country_a_university_or_a_word() -> None:
    assert infer_region("", "中国首席数据官发展报告", "中国市场规模持续扩大，中国区块链产业。") == ""
    assert infer_region("", "欧洲企业首席数据官调查", "欧洲市场") == ""
    assert infer_region("北京理工大学珠海学院", "") != "北京市"
    assert infer_region("", "上海合作组织数据合作倡议") != "上海市"
    report = "Chief Data Officer Annual Report 2023\nHighlights of the Year\nProgress on the Data Strategy"
    assert infer_title(report) == "Chief Data Officer Annual Report 2023"


def test_a_red_header_wechat_furniture_and_a_protective_marking_are_no_title() -> None:
    """内蒙古工业大学文件 is the letterhead (the issuer), the 版记's 印发 date the date; a WeChat
    account's 点击上方蓝字关注我们 and a UK page's OFFICIAL are furniture."""
    text = (
        "内蒙古工业大学文件\n\n内工大校发〔2024〕63号\n\n内蒙古工业大学首席数据官制度（试行）\n\n第一条　为加强数据管理，制定本制度。\n\n"
        "抄送：学校党委各部门。\n\n内蒙古工业大学党政办公室　　2024年11月4日印发"
    )
    cleaned = clean(text)
    assert infer_title(cleaned) == "内蒙古工业大学首席数据官制度（试行）"
    assert infer_issuer(cleaned) == "内蒙古工业大学"
    assert infer_date(cleaned) == "2024-11-04"
    wechat = clean(
        "点击上方蓝字关注我们\n\n56位“数据官”集体亮相！正定县首席数据官制度全面落地\n\n正文。\n\n阅读原文\n\n分享　收藏　在看　点赞"
    )
    assert (
        infer_title(wechat) == "56位“数据官”集体亮相！正定县首席数据官制度全面落地" and "在看" not in wechat
    )
    assert (
        clean("OFFICIAL\n\nDepartment for Environment\n\nOFFICIAL-SENSITIVE") == "Department for Environment"
    )


def test_a_place_gets_the_province_and_city_the_dictionary_puts_it_in() -> None:
    """CC-CEDICT says where a Chinese place lies: 株洲 in Hunan, 鸠江 in Wuhu, Anhui. The city
    joins only where the text names it; a name the dictionary gives another kind of place (南城
    county, not 南城街道) or two places (Chaoyang) gets nothing."""
    from kb.gazetteer import chinese_place, with_province

    assert with_province("株洲市") == "湖南省株洲市"
    assert with_province("鸠江区", "根据《芜湖市人民政府办公室关于…》") == "安徽省芜湖市鸠江区"
    assert with_province("鸠江区") == "鸠江区"  # nothing here names 安徽 or 芜湖
    assert with_province("重庆市渝北区") == "重庆市渝北区"  # opens with a province-level city
    assert with_province("南城街道") == "南城街道"
    assert with_province("苏州工业园区") == "苏州工业园区"
    assert chinese_place("Nanning") == "南宁市"
    assert chinese_place("Zhuzhou") == "株洲市"  # the city, not 株洲县 inside it
    assert chinese_place("Chaoyang") == "" and chinese_place("Kansas") == ""
    # a translation is no pinyin: "West" is not 西湖区, "Long Term Plan" names no 龙羊自治州
    assert chinese_place("West") == chinese_place("Long") == chinese_place("Cambridge") == ""
    assert infer_region("", "Long Term Plan for the West Region", "", "en") == ""
    assert with_province("昆山市") == "江苏省昆山市"  # a county-level city
    # a district's name many cities share: the province only where the text names it or the city
    assert with_province("朝阳区") == "朝阳区"
    assert with_province("朝阳区", "北京市朝阳区人民政府") == "北京市朝阳区"
    assert with_province("吉林市") == "吉林省吉林市"  # a city named as its province
    assert infer_region("株洲市人民政府办公室", "") == "湖南省株洲市"


def test_an_english_report_on_a_chinese_city_and_a_us_city_with_its_state() -> None:
    news = "Nanning's chief data officers set out to tear down data silos"
    assert infer_region("", news, "Nanning, capital of the Guangxi Zhuang autonomous region", "en") == (
        "广西壮族自治区南宁市"
    )
    assert infer_level("", news, "广西壮族自治区南宁市", "", "en") == "市"
    regulation = "City of Kansas City, Missouri\nAdministrative Regulation 1-27\nThe City of Kansas City, Missouri adopts"
    assert infer_region("", "Administrative Regulation 1-27", regulation, "en") == (
        "United States / Missouri / Kansas City"
    )
    resolution = "RESOLUTION NO. (2025) 148\n\nCity of Raleigh\nNorth Carolina\n"
    assert infer_region("", "", resolution, "en") == "United States / North Carolina / Raleigh"


def test_the_issuer_on_its_own_line_above_the_notice_s_title_is_joined() -> None:
    text = (
        "山东省交通运输厅办公室文件\n\n鲁交办发〔2024〕41号\n\n山东省交通运输厅办公室\n"
        "关于印发《山东省交通运输厅首席数据官工作规则》的通知\n\n各市交通运输局：\n"
    )
    assert infer_title(text) == "山东省交通运输厅办公室关于印发《山东省交通运输厅首席数据官工作规则》的通知"
    portal = "湖南省人民政府门户网站欢迎您\n关于印发《某方案》的通知\n各单位："
    assert infer_title(portal) == "湖南省人民政府门户网站欢迎您"  # a portal's welcome is no issuer


def test_a_taiwan_page_s_labelled_title_roc_date_and_doc_number(tmp_path: Path) -> None:
    page = (
        "臺中市政府全球資訊網\n首頁｜市府組織｜市政新聞\n發布單位：臺中市政府數位治理局　　發布日期：113-09-10\n"
        "法規名稱：臺中市政府資料長設置要點\n公發布日：民國113年09月10日\n發文字號：府授數治字第1130251234號\n\n"
        "臺中市政府資料長設置要點\n\n一、臺中市政府為落實資料治理，特設置資料長，並訂定本要點。\n"
        "十四、推動期程如下：\n（本頁資料未完，請點選下一頁）\n第 1 頁／共 2 頁　　［第一頁］［上一頁］［下一頁］\n"
    )
    path = tmp_path / "taichung.txt"
    path.write_text(page, encoding="utf-8")
    doc = build_document(path, doc_id="taichung")
    assert (doc.title, doc.date, doc.doc_number) == (
        "臺中市政府資料長設置要點",
        "2024-09-10",
        "府授數治字第1130251234號",
    )
    assert doc.issuer == "臺中市政府數位治理局" and not is_complete(doc)  # page 1 of 2
    assert first_page_of("Page 1 of 6\n…\nPage 2 of 6\n…") == 0  # a PDF's footer on every page


def test_a_drafter_s_bracketed_note_a_council_s_cover_line_and_a_table_cell_label() -> None:
    """【送审稿…请删除此行】 above a rule's title is a note, not its title; "Kent County Council"
    on a cover is the body above its document's title; "From: | Governor …" is the value of a
    table row's label; a date with 此件公开发布 beside it signs the notice."""
    draft = "【送审稿第三稿 2026.02.20 区大数据发展局修改，定稿前请删除此行】\n桂林市七星区首席数据官工作考核细则\n第一条　为推进工作，制定本细则。"
    assert infer_title(clean(draft)) == "桂林市七星区首席数据官工作考核细则"
    cover = "Kent County Council\nData Strategy 2026–2029\nBetter data, better decisions\nPublished 19 March 2026\n"
    assert infer_title(clean(cover)) == "Data Strategy 2026–2029"
    memo = "EXECUTIVE DIRECTIVE\nTo: | Department Directors\nFrom: | Governor Gretchen Whitmer\nDate: | April 14, 2026\n"
    assert infer_issuer(clean(memo)) == "Governor Gretchen Whitmer"
    notice = (
        "关于举办首席数据官培训班的通知\n一、培训时间\n2026年4月8日至4月10日。\n保定市数据和政务服务局\n"
        "2026年3月16日（此件公开发布）\n附件1\n日程安排\n4月8日 开班仪式\n4月9日 授课\n4月10日 结业\n"
        "附件2\n报名回执\n单位名称\n填报人\n联系电话"
    )
    assert infer_date(clean(notice)) == "2026-03-16"
    assert infer_issuer(clean(notice)) == "保定市数据和政务服务局"


def test_a_legislature_s_bill_page_is_titled_by_the_act_s_short_title() -> None:
    """The site's banner (and its <title>) name the legislature: the issuer; the title is the
    short title the statute gives itself."""
    page = (
        "Tennessee General Assembly\nSB 1123 / HB 1247\nText of Public Chapter\n"
        "AN ACT to amend Tennessee Code Annotated, Title 4, relative to state data governance.\n"
        '(a) Sections 4-3-5520 -- 4-3-5525 shall be known and may be cited as the "Tennessee Data '
        'Governance and Chief Data Officer Act."\n'
    )
    doc = build_document_from(page)
    assert (doc.title, doc.issuer) == (
        "Tennessee Data Governance and Chief Data Officer Act",
        "Tennessee General Assembly",
    )
    posting = "Executive Recruitment: Chief Data Officer\nAgency: City of Long Beach | Job Type: Full-time\n"
    assert infer_issuer(clean(posting)) == "City of Long Beach"
    assert infer_issuer(clean("Designation form\nAgency: ______________________\n")) == ""  # a blank to fill
    # a report addressed to a council or a legislature names neither as its issuer
    assert infer_issuer(clean("Report to County Council\nData Strategy 2026–2029\nPublished 2026\n")) == ""
    assert infer_issuer(clean("Annual Report To The Legislature\nData Strategy\n")) == ""
    assert infer_issuer(clean("TENNESSEE GENERAL ASSEMBLY\nSB 1123\n")) == "TENNESSEE GENERAL ASSEMBLY"
    # a county council that names no country: its county says which
    assert infer_region("Surrey County Council", "CDO Annual Data Report", "Our ambitions", "en") == (
        "United Kingdom / England / Surrey"
    )
    assert infer_region("Cork County Council", "Data Strategy", "", "en") == "Ireland / Cork"
    assert infer_region("King County Council", "Data Strategy", "", "en") == ""  # King County, Washington
    # a university or hospital stands in the province or city its name opens with
    assert (
        infer_region("内蒙古工业大学", "内蒙古工业大学首席数据官制度", "第一条 为加强学校数据治理")
        == "内蒙古自治区"
    )
    # the enacted bill's own number above its text, and the day the governor approved it at its end
    enacted = "Text of Public Chapter\nPUBLIC CHAPTER NO. 417\nSENATE BILL NO. 1123\nAN ACT to amend …\n"
    assert infer_doc_number(clean(enacted)) == "PUBLIC CHAPTER NO. 417"
    signed = "SECTION 4. This act takes effect July 1, 2025.\nPASSED: April 21, 2025\nAPPROVED this 21st day of May 2025\n"
    assert infer_date(clean(signed)) == "2025-05-21"
    # a milestone approved in a table's row is no date of the document's own
    table = "Report to Committee\nMilestone | Owner\nData quality standard approved September 2025 | CDO\n"
    assert infer_date(clean(table)) != "2025-09"


def test_a_site_s_name_above_the_document_s_own_title_is_not_the_title() -> None:
    rules = (
        "江苏省自然资源厅\nDepartment of Natural Resources of Jiangsu Province\n"
        "省自然资源厅关于印发《江苏省自然资源厅首席数据官工作细则》的通知\n\n苏自然资发〔2024〕128号\n"
    )
    assert infer_title(rules) == "省自然资源厅关于印发《江苏省自然资源厅首席数据官工作细则》的通知"
    news = "绵阳新闻网 | 绵阳日报 绵阳晚报 数字报\n当前位置：首页 > 正文\n我市全面推行首席数据官制度\n来源：绵阳日报\n"
    assert infer_title(news) == "我市全面推行首席数据官制度"
    # a headline above a subheading, and a title's first line, stay the title
    body = "会议强调，" + "要加快推进各项工作" * 8 + "。"
    assert (
        infer_title(f"德清县召开首席数据官工作推进会\n会议部署首席数据官制度\n{body}")
        == "德清县召开首席数据官工作推进会"
    )
    assert infer_title(f"德清县全面推行首席数据官\n制度的实施方案\n\n{body}") == "德清县全面推行首席数据官"
    # an appendix form's field is no labelled title
    form = "杭州市首席数据官制度实施方案\n为推进工作，制定本方案。\n附件\n文件名称：（请填写本单位任命文件）"
    assert infer_title(form) == "杭州市首席数据官制度实施方案"
    # a local paper's 我市 is the paper's city
    assert (
        infer_region("绵阳日报", "我市全面推行首席数据官制度", "绵阳市政府办公室印发《绵阳市…》")
        == "四川省绵阳市"
    )


def test_a_brand_before_a_province_a_district_with_和_and_a_department_s_own_rules() -> None:
    assert infer_region("国网江西省电力有限公司", "") == "江西省"
    assert infer_region("沈阳市和平区人民政府办公室", "") == "辽宁省沈阳市和平区"
    assert infer_region("", "广州市和深圳市首席数据官试点情况") == "广东省广州市"
    title = "省自然资源厅关于印发《江苏省自然资源厅首席数据官工作细则》的通知"
    assert infer_level("江苏省自然资源厅", title, "江苏省") == "部门"
    assert infer_level("河南省数据局", "河南省首席数据官管理办法", "河南省") == "省"
    assert infer_level("杭州市数据资源管理局", "市直各委办局首席数据官履职考核办法", "浙江省杭州市") == "市"


def test_a_page_s_attached_files_and_related_list_are_no_text_cut_short() -> None:
    body = "第二十六条　本细则自2024年9月1日起施行。\n\n1.备案表.docx\n2.编制要求.pdf\n"
    assert is_complete(Document(doc_id="j", title="细则", text=body))
    related = clean(
        "第二十六条　本细则自2024年9月1日起施行。\n" * 3
        + "【相关文件】\n省厅关于做好调查工作的通知　2024-07-02\n"
    )
    assert "相关文件" not in related


def test_a_country_by_the_address_a_page_was_saved_from_or_the_one_its_text_names() -> None:
    from kb.countries import country_named, country_of_address

    assert country_of_address("https://www.dia.govt.nz/about-us/policy") == "New Zealand"
    assert country_of_address("tailte.ie, Publications > Corporate Governance") == "Ireland"
    assert country_of_address("https://example.io/x") == country_of_address("https://www.gd.gov.cn/x") == ""
    assert country_named("the New Zealand Government … New Zealand and the UK") == "New Zealand"
    assert country_named("as in Canada") == ""  # one mention is a comparison
    assert country_named("New South Wales policy. New South Wales and Australia.") == ""  # not Wales
    assert country_of_address("https://data.cityofchicago.org/docs/charter.md") == ""  # a file's extension
    policy = "Chief Data Officer Terms of Reference\nNatural Resources Canada appoints a CDO. Canada's data strategy"
    assert infer_region("Natural Resources Canada", "Terms of Reference", policy, "en") == "Canada"
    assert (
        infer_region("", "Data Charter", "The CDO of the agency …", "en", "https://www.gov.uk/x")
        == "United Kingdom"
    )


def test_a_part_of_a_country_that_makes_its_own_policy() -> None:
    """gov.scot's guidance governs Scotland, ontario.ca's directive Ontario (a state-level
    part; Scotland, one of the United Kingdom's nations, is governed as a country: national);
    a text naming Tasmania most is Tasmania's; Victoria Quay is a street, not Victoria."""
    scots = "The Scottish Government asks bodies… Scottish public bodies. Secretariat at Victoria Quay."
    source = "https://www.gov.scot/publications/cdo/pages/part-1/"
    assert infer_region("", "CDO guidance", scots, "en", source) == "United Kingdom / Scotland"
    assert infer_level("", "CDO guidance", "United Kingdom / Scotland") == "national"
    assert infer_level("", "Directive", "Canada / Ontario") == "state"
    ontario = "Treasury Board Secretariat, Government of Ontario. Ontario ministries … Canada"
    assert infer_region("", "Directive", ontario, "en") == "Canada / Ontario"
    assert infer_region("", "Plan", "Tasmanian Government agencies. Tasmania's data. Australia", "en") == (
        "Australia / Tasmania"
    )
    policy = "Natural Resources Canada appoints a CDO. Canada's data strategy"
    assert infer_region("Natural Resources Canada", "Terms of Reference", policy, "en") == "Canada"


def test_a_hospital_or_university_is_its_kind_of_institution_and_its_site_name_no_title() -> None:
    """A drafter at a hospital compares with hospitals: 医院 and 高校 are levels of their own."""
    assert infer_level("蚌埠市第一人民医院", "医院首席数据官制度实施细则", "安徽省蚌埠市") == "医院"
    assert infer_level("内蒙古工业大学", "内蒙古工业大学首席数据官制度（试行）", "内蒙古自治区") == "高校"
    assert infer_level("某市农业科学研究院", "首席数据官制度", "") == "事业单位"
    assert infer_level("山东省农业科学院", "首席数据官制度", "") == "事业单位"  # an academy, no college
    assert "德州市" not in infer_region("德州仪器", "数据管理制度", "", "zh")  # a company's name, no city
    # a city's name that opens an institution's without its 市 is the city: 温州医科大学 -> 温州市
    assert (
        infer_region("温州医科大学附属第二医院", "首席数据官制度", "第一条 为加强管理。", "zh")
        == "浙江省温州市"
    )
    page = (
        "蚌埠市第一人民医院\nTHE FIRST PEOPLE'S HOSPITAL OF BENGBU\n预约挂号 | 院内导航 | 网上缴费\n"
        "院务公开：医院信息 | 规章制度 | 便民服务\n关于印发《蚌埠市第一人民医院首席数据官制度实施细则》的通知\n"
        "蚌一院发〔2024〕87号\n院内各科室：\n为加强医院数据治理，现印发给你们。"
    )
    assert infer_title(page) == "关于印发《蚌埠市第一人民医院首席数据官制度实施细则》的通知"


def test_a_national_site_or_a_bank_s_name_is_no_part_of_the_country() -> None:
    england = "Bank of England and NHS England. The CDO of the agency. England and England."
    assert infer_region("", "Data Charter", england, "en", "https://www.gov.uk/x") == "United Kingdom"
    examples = "Canada's policy. Ontario and Ontario are examples. Canada."
    assert infer_region("", "Policy", examples, "en", "https://www.canada.ca/x") == "Canada"
    victoria = "Victoria, British Columbia. The Victoria, British Columbia council. Canada."
    assert not infer_region("", "Policy", victoria, "en").endswith("Victoria")


def test_a_page_is_dated_and_signed_as_the_document_signs():
    """A portal posts a notice days after it is signed, under a shorter name of its office."""
    cleaned = (
        "关于印发某方案的通知\n各单位：\n现将方案印发给你们。\n泉州市鲤城区人民政府办公室\n2024年8月16日\n"
    )
    front = {"portal_date": "2024-08-23", "issuer": "鲤城区人民政府办公室"}
    meta = infer_metadata(front, cleaned, cleaned, Path("page.html"))
    assert (meta.date, meta.issuer) == ("2024-08-16", "泉州市鲤城区人民政府办公室")
    assert "portal_date" not in meta.extra
    unsigned = infer_metadata(front, "现将方案印发给你们。", "现将方案印发给你们。", Path("page.html"))
    assert (unsigned.date, unsigned.issuer) == ("2024-08-23", "鲤城区人民政府办公室")
    # a 政策解读 page quoting the notice another office signed keeps the page's date
    quoted = "政策解读\n现将有关情况解读如下。\n某市人民政府办公室\n2021年5月10日\n"
    meta = infer_metadata(
        {"portal_date": "2024-09-01", "issuer": "某市数据局"}, quoted, quoted, Path("p.html")
    )
    assert (meta.date, meta.issuer) == ("2024-09-01", "某市数据局")
    # a writer's own front matter is not a page's labels
    own = {"published": "2024-08-23", "issuer": "鲤城区人民政府办公室"}
    assert infer_metadata(own, cleaned, cleaned, Path("a.txt")).issuer == "鲤城区人民政府办公室"


def test_other_places_and_levels_in_english():
    order = "Implementing Order No. 3-72\nMiami-Dade County, Florida\nThe Mayor shall designate a County CDO."
    region = infer_region("Office of the Mayor, Miami-Dade County", "Data Governance", order, "en")
    assert region == "United States / Florida / Miami-Dade County"
    assert infer_level("", "", region) == "county"  # a county's own government, not a city's
    # no US county: an English county's council (kb.countries.COUNTY_COUNCIL_PLACES)
    assert (
        infer_region("Kent County Council", "Data strategy", "Kent County Council data strategy.", "en")
        == "United Kingdom / England / Kent"
    )
    virginia = "Commonwealth of Virginia\nLocalities such as Fairfax County, Virginia may opt in."
    assert infer_region("", "Executive Order 46", virginia, "en") == "United States / Virginia"
    assert infer_region("", "Order", "The Public Safety County, Texas shall act.", "en") == ""
    # a county's council governs a county, as Miami-Dade County's government does; a city's a city
    assert infer_level("Kent County Council", "", "United Kingdom") == "county"
    assert infer_level("Leeds City Council", "", "United Kingdom / England / Leeds") == "city"
    assert infer_level("GovTech", "Ministry CDOs", "Singapore") == "national"
    assert infer_level("", "", "Canada / Ontario") == "state"


def test_a_company_is_in_the_city_its_name_opens_with_when_its_text_names_it():
    text = "第一条 为规范青岛农商银行首席数据官管理，依据青岛监管局要求，制定本办法。"
    assert infer_region("青岛农村商业银行股份有限公司", "首席数据官管理办法", text) == "山东省青岛市"


def test_a_city_council_abroad_is_local_government() -> None:
    """Leeds City Council's page: the United Kingdom's, but a city's policy, not the nation's."""
    assert infer_level("Leeds City Council", "Data leadership roles", "United Kingdom", "", "en") == "city"
    assert infer_level("Central Digital and Data Office", "", "United Kingdom", "", "en") == "national"
    page = "https://www.leeds.gov.uk/your-council/data-leadership-roles"
    assert infer_region("Leeds City Council", "Data leadership roles", "Our data roles.", "en", page) == (
        "United Kingdom / Leeds"
    )


def test_an_interpretation_s_title_and_an_order_s_subject() -> None:
    """A 政策解读 is titled by its headline, not by the site's name above it (with its alias in
    brackets); a government order without a kind line above its subject is titled by "Subject:"."""
    page = (
        "武汉东湖新技术开发区管理委员会（中国光谷）\n首页 | 光谷要闻 | 政务公开\n\n"
        "《武汉东湖新技术开发区管委会关于推行首席数据官制度的实施意见》政策解读\n\n"
        "来源：区政务服务和大数据管理局　　发布时间：2024-10-21\n\n一、问：《实施意见》出台的背景是什么？\n"
    )
    assert infer_title(page) == "《武汉东湖新技术开发区管委会关于推行首席数据官制度的实施意见》政策解读"
    order = (
        "Department of Personnel and Administrative Reform (e-Governance) | Government of Karnataka portal\n"
        "GOVERNMENT OF KARNATAKA\n\nNo. DPAR 45 EGV 2024    Bengaluru, Dated: 12-03-2024\n\n"
        "Subject: Designation of Departmental Chief Data Officers and Data Stewards in Government Departments\n"
    )
    assert (
        infer_title(order)
        == "Designation of Departmental Chief Data Officers and Data Stewards in Government Departments"
    )


def test_numeric_dates_day_or_month_first_as_the_text_writes_them() -> None:
    """15-03-2024 and 03-15-2024 can be read one way only; 12-03-2024 is 12 March in a text whose
    other numeric dates put the day first (an Indian order: "Dated: 12-03-2024" beside "Date of
    upload: 15-03-2024"), and no full date in a text that does not say."""
    assert parse_date("15-03-2024")[0] == "2024-03-15" and parse_date("03-15-2024")[0] == "2024-03-15"
    assert (
        parse_date("12-03-2024")[0] == "2024" and parse_date("12-03-2024", day_first=True)[0] == "2024-03-12"
    )
    order = "GOVERNMENT OF KARNATAKA\nDate of upload: 15-03-2024\nNo. DPAR 45 EGV 2024    Bengaluru, Dated: 12-03-2024\n"
    assert infer_date(order) == "2024-03-12"
    assert infer_date("Memorandum\nDated: 12-03-2024\nThe agency shall act.\n") == ""  # not a guess


def test_an_official_english_translation_of_a_chinese_notice() -> None:
    """A city's English site: the 文号 in pinyin, the issuer and date of the signature above the
    plan (not the page's "Updated:"), the city from its pinyin name, a municipality under the
    central government at the level of a province."""
    page = (
        "Notice of the General Office of Tianjin Municipal People's Government on Issuing the Plan\n"
        "Updated: 2024-07-09 10:32 | Source: General Office of Tianjin Municipal People's Government | Print\n"
        "Jin Zheng Ban Fa [2024] No. 23\n"
        "To the people's governments of all districts:\nThe Plan is hereby issued to you.\n"
        "General Office of Tianjin Municipal People's Government\nJune 28, 2024\n"
    )
    assert infer_doc_number(page) == "Jin Zheng Ban Fa [2024] No. 23"
    assert infer_issuer(page) == "General Office of Tianjin Municipal People's Government"
    assert infer_date(page) == "2024-06-28"
    info_bar = "Plan\nUpdated: 2024-07-09 | Source: Tianjin Municipal Bureau | Font size: A+ A A-\nThe text."
    assert infer_issuer(info_bar) == "Tianjin Municipal Bureau"
    issuer = "General Office of Tianjin Municipal People's Government"
    region = infer_region(issuer, "Notice of the General Office of Tianjin …", "", "en")
    assert region == "天津市" and infer_level(issuer, "", region, "", "en") == "省"
    assert infer_level("北京市人民政府", "北京市数字经济促进条例", "北京市") == "省"
    # not a line saying what was done above a date, nor a table's source cell
    assert infer_issuer("Report\nPrepared for the City Council\nJanuary 15, 2024\nText.") == ""
    assert infer_issuer("Data\n| Chart | Source: Agency survey 2023 |\nText.") == ""


def test_a_report_s_cover_under_its_government_s_banner() -> None:
    """A US city's report as its PDF's cover prints it: the banner in capitals names the city and
    issues it; the title is the line naming a kind of document; "Published February 2025"."""
    cover = (
        "CITY AND COUNTY OF DENVER\nDenver Technology Services | Office of the Chief Data Officer\n"
        "Chief Data Officer Annual Report 2024\nData that works for every Denverite\n"
        "Published February 2025\nSubmitted to the Mayor and the Denver City Council\n"
    )
    meta = infer_metadata({}, cover, cover, Path("denver-report.pdf"))
    assert (meta.title, meta.issuer, meta.date) == (
        "Chief Data Officer Annual Report 2024",
        "City and County of Denver",
        "2025-02",
    )
    assert (meta.region, meta.level) == ("United States / Denver", "city")
    from ingest.metadata import _capitals_as_written

    assert _capitals_as_written("OFFICE OF THE PEOPLE'S GOVERNMENT") == "Office of the People's Government"
    transcript = (
        "深圳市福田区人民政府门户网站\n首页 | 新闻中心 | 政务公开\n当前位置：首页 > 新闻中心 > 发布会实录\n"
        "福田区全面推行首席数据官制度新闻发布会实录\n来源：深圳市福田区人民政府新闻办公室　　发布时间：2024-09-12 18:05\n"
    )
    assert infer_title(clean(transcript)) == "福田区全面推行首席数据官制度新闻发布会实录"


# --- batch 11: a roster notice, a board paper, a job posting, a policy Q&A (evaluation/unseen) -

JOB_POSTING = """Sign In | Create an Account | Job Alerts
Westbury County, PA - Career Opportunities
All Jobs > Information Technology > Chief Data Officer
Apply | Print | Share: Email  Facebook  X  LinkedIn

Chief Data Officer

Salary: $118,456.00 - $162,880.00 Annually
Job Number: 2025-00417
Opening Date: 10/06/2025

THE POSITION
Westbury County is looking for its first Chief Data Officer.
Westbury County is an Equal Opportunity Employer.

Apply Now
Sign in to save this job

SIMILAR JOBS
- GIS Analyst II - Westbury County, PA - $58,240 - $79,872 Annually
- Data Analyst (Human Services) - Westbury County, PA - $61,110 - $83,420 Annually

Powered by GovCareers | Privacy Policy | Terms of Use | Agency Login
"""


def test_a_job_posting_is_read_from_its_board() -> None:
    """The job board's account bar and other postings are not the page; the breadcrumb's last
    crumb, written again below it, is its title; the board's banner names the employer (its
    state spelled out), the posting's number is its number, and the page ends complete."""
    posting = build_document_from(JOB_POSTING)
    assert posting.title == "Chief Data Officer"
    assert (posting.issuer, posting.doc_number) == ("Westbury County, Pennsylvania", "2025-00417")
    assert posting.region == "United States / Pennsylvania / Westbury County"
    assert "Sign In" not in posting.text and "GIS Analyst" not in posting.text
    assert is_complete(posting)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("索 引 号：011043567/2025-03216\n文　　号：襄数发〔2025〕5号\n正文。", "襄数发〔2025〕5号"),
        ("Report to the Board of Directors\nPaper ref: BoD(P) 25/118\nText.", "BoD(P) 25/118"),
        ("Posting\nJob Number: 2025-00417\nText.", "2025-00417"),
    ],
)
def test_labelled_numbers(text: str, expected: str) -> None:
    assert infer_doc_number(text) == expected


def test_a_closing_link_and_a_publication_note_are_not_a_body_cut_short() -> None:
    """A policy Q&A ends with a link to the plan it explains; a notice with 公开方式 above its 抄送."""
    qa = "问一：为什么？\n答：为了数据共享。\n（政策咨询：某局，联系电话：0851-84989117）\n相关文件：某区人民政府办公室关于印发《某方案》的通知\n"
    assert is_complete(build_document_from(qa))
    notice = "第十九条 本细则自2025年5月1日起施行。\n公开方式：主动公开\n抄送：区委办公室。\n某局办公室　　2025年4月10日印发\n"
    assert is_complete(build_document_from(notice))


def test_labels_that_are_no_number_and_banners_that_are_no_employer() -> None:
    assert (
        infer_doc_number("Executive Order 2024-03\nText\nReference: RCW 43.105.054")
        == "Executive Order 2024-03"
    )
    assert infer_doc_number("浙政办发〔2024〕5号\nReference: none") == "浙政办发〔2024〕5号"
    assert infer_doc_number("Memo\nRef: Ministry of ICT letter dated 3 May 2024\nText.") == ""
    assert infer_doc_number("Policy\nPolicy Number: to be assigned\nText.") == ""
    for banner in ("Chief Data Officer - Careers", "Search Jobs | Careers", "Data Analyst II - Jobs"):
        assert infer_issuer(f"{banner}\nText of the posting.") == "", banner


def test_another_federations_circular_minutes_and_a_wechat_speech() -> None:
    """ "federal" is any federation's word: a Malaysian circular that names Malaysia is not a US
    text. Minutes numbered 〔2025〕1号 with a 版记 dated 3月14日 take that date over the portal's
    发布时间; a speech reposted on WeChat is dated by the line under its speaker, and the account's
    owner in the byline is its issuer."""
    circular = (
        "MALAYSIA\nGENERAL CIRCULAR NO. 2 OF 2024\nAll Heads of Federal Departments\n"
        "1. This Circular applies to all Ministries and federal agencies in Malaysia.\n"
        "2. Federal statutory bodies shall comply. Chief Secretary to the Government of Malaysia\n"
    )
    assert infer_region("", "GENERAL CIRCULAR NO. 2 OF 2024", circular, "en") == "Malaysia"
    assert infer_region(
        "", "Memo", "Federal agencies shall report.\nEach federal agency shall comply.", "en"
    ) == ("United States")
    minutes = (
        "南昌市首席数据官联席会议纪要\n〔2025〕1号\n会议议定事项如下：\n一、审议通过《工作规则》。\n"
        "南昌市首席数据官联席会议办公室　　2025年3月14日印发\n"
    )
    meta = infer_metadata({"portal_date": "2025-03-18"}, minutes, minutes, Path("m.html"))
    assert (meta.date, meta.doc_number) == ("2025-03-14", "〔2025〕1号")
    speech = (
        "区长在全区首席数据官制度推进会上的讲话\n原创　信州区数据局　信州数据　2025年04月11日 18:30　江西\n\n"
        "在全区首席数据官制度推进会上的讲话\n叶明远\n（2025年4月9日）\n\n同志们：\n今天我们召开推进会。\n"
    )
    meta = infer_metadata({}, speech, speech, Path("s.txt"))
    assert (meta.issuer, meta.date, meta.level) == ("信州区数据局", "2025-04-09", "区")
    assert meta.region.endswith("信州区")


def test_a_province_named_by_its_issuer_and_a_press_releases_sign_off() -> None:
    text = "# Ministry Data Stewardship Policy\n\nThis policy applies to ministry staff.\n\nCopyright 2025 Province of British Columbia\n"
    issuer = "Ministry of Citizens' Services, Province of British Columbia"
    assert infer_region(issuer, "Ministry Data Stewardship Policy", text, "en") == "Canada / British Columbia"
    release = "LCQ9: Data governance\nQuestion:\nWill the Government report?\nReply:\nYes, it will.\nEnds/Wednesday, March 12, 2025\nIssued at HKT 15:20\nNNNN\n"
    assert infer_date(release) == "2025-03-12"
    assert is_complete(build_document_from(release))


def test_a_state_or_province_by_the_short_name_its_government_writes() -> None:
    slides = "Data Leadership in the NSW Public Sector\nNSW Government departments\nData.NSW | Department of Customer Service\n"
    assert (
        infer_region("", "Data Leadership in the NSW Public Sector", slides, "en")
        == "Australia / New South Wales"
    )


def test_what_the_cold_review_found_in_the_new_metadata_rules() -> None:
    """A review date at the end is no sign-off; "BC" is business continuity as often as British
    Columbia."""
    policy = "Data Policy\n" + "This policy applies to all staff who hold or share ministry data.\n" * 8
    policy += "Next review: 30 June 2027\n"
    assert infer_date(policy) == ""
    bc = "Continuity Standard\nAll agencies keep business continuity (BC) plans.\nBC plans are tested yearly.\nThe BC/DR standard applies.\n"
    assert infer_region("", "Continuity Standard", bc, "en") == ""


def test_a_government_s_rule_named_after_it_gives_its_issuer() -> None:
    """新竹縣政府首席資料長設置要點: a rule's title that opens with the government that makes it;
    not a news headline about a government, nor one of its offices."""
    assert infer_issuer("一、本府為強化資料治理…", "", "新竹縣政府首席資料長設置要點") == "新竹縣政府"
    assert infer_issuer("正文", "", "某市人民政府首席数据官制度实施方案") == "某市人民政府"
    assert infer_issuer("正文", "", "深圳市政府全面推进首席数据官制度试点") == ""
    assert infer_issuer("正文", "", "北京政府机关将全面推进首席数据官制度") == ""
    assert infer_issuer("正文", "", "某市政府数据局首席数据官工作规则") == ""


def test_the_us_evidence_act_and_strategy_mark_a_federal_text_and_a_county_is_a_county() -> None:
    text = "SUMMARY: This directive implements the Foundations for Evidence-Based Policymaking Act of 2018."
    assert infer_region("Department of Veterans Affairs", "VA Directive 0920", text, "en") == "United States"
    region = "United States / Illinois / Cook County"
    assert infer_level("Cook County Board of Commissioners", "Ordinance 24-3187", region) == "county"
    assert infer_level("City of Austin", "Item 23", "United States / Texas / Austin") == "city"


def test_taiwan_heads_a_region_with_or_without_its_level() -> None:
    assert region_places("台湾新竹县") == ["台湾", "新竹县"]
    assert region_places("台湾省新竹县") == ["台湾省", "新竹县"]
    assert region_places("臺灣屏東縣") == ["臺灣", "屏東縣"]  # a region given in traditional characters
    assert region_places("台湾") == ["台湾"]


def test_the_government_opening_and_the_us_law_rules_keep_their_limits() -> None:
    """政府数据/政府信息 is a rule's subject, not its issuer; an office named later in the title is
    not skipped over; a foreign policy citing the US Federal Data Strategy stays foreign."""
    for title in (
        "贵阳市政府数据共享开放条例",
        "中华人民共和国政府信息公开条例",
        "上海市人民政府国有资产监督管理委员会企业首席数据官工作指引",
    ):
        assert infer_issuer("正文", "", title) == ""
    text = "It draws on international practice, including the Federal Data Strategy in the US and the UK National Data Strategy."
    assert (
        infer_region("Department of Government Services", "Departmental CDOs", text, "en") != "United States"
    )
    assert region_places("台湾地区") == ["台湾地区"]


def test_a_council_report_is_read_from_its_running_header_and_its_contacts() -> None:
    """A committee report names its council only in the running header it prints on every page
    and in its officers' e-mail addresses: the issuer from the one, the country from the other."""
    text = (
        "Report to: Resources and Governance Scrutiny Committee - 14 November 2024\n"
        "Subject: Appointment of a Chief Data Officer\n"
        "1.0 Introduction\n1.1 The Council holds a very large amount of data.\n"
        "Name: Deborah Whitfield\nE-mail: deborah.whitfield@manchester.gov.uk\n"
        "Name: Tariq Hanif\nE-mail: tariq.hanif@manchester.gov.uk"
    )
    meta = infer_metadata({}, text, text, Path("report.pdf"), ("Manchester City Council Item 7", "Report"))
    assert meta.issuer == "Manchester City Council"
    assert meta.region == "United Kingdom / Manchester" and meta.level == "city"
    assert infer_metadata({}, text, text, Path("report.pdf"), ("Item 7", "OFFICIAL")).issuer == ""
    # A Chinese running header that is a body's name
    assert infer_metadata({}, "正文。", "正文。", Path("x.pdf"), ("某某县数据局",)).issuer == "某某县数据局"
    # An address at no country's domain says nothing
    plain = "1.1 The Council holds data.\nE-mail: data@city.gov"
    assert infer_region("City Council", "Data plan", plain, "en") == ""
    # A country the text names itself wins over its authors' university addresses
    paper = "Singapore's CDOs. In Singapore each agency … Singapore's GovTech.\nE-mail: a.b@ox.ac.uk"
    assert infer_region("", "CDOs in Singapore", paper, "en").startswith("Singapore")


def test_a_banner_with_its_office_and_a_table_row_number() -> None:
    """ "Government of Alberta ■ Technology and Innovation" is the banner over the directive's
    title, its office after the mark; "Directive number | TI-IMT-DIR-2024-02" is the number, as a
    Word file's table row writes it."""
    text = (
        "Classification: Public\nGovernment of Alberta ■ Technology and Innovation\n"
        "Data Governance Directive\nDirective number | TI-IMT-DIR-2024-02\n"
        "Issued by | Deputy Minister, Technology and Innovation\n1. Purpose\n"
        "1.1 This directive establishes the position of Chief Data Officer for the Government of Alberta."
    )
    meta = infer_metadata({}, text, text, Path("directive.docx"))
    assert meta.title == "Data Governance Directive"
    assert meta.issuer == "Government of Alberta, Technology and Innovation"
    assert meta.doc_number == "TI-IMT-DIR-2024-02"
    assert infer_doc_number("文号 | 吉政办发〔2025〕12号\n正文。") == "吉政办发〔2025〕12号"
    assert infer_doc_number("| Directive number | TI-IMT-DIR-2024-02 |\nbody") == "TI-IMT-DIR-2024-02"
    # a document's name after the mark, or the government again in French, is no office
    for banner, issuer in (
        ("City of Toronto – Open Data Master Plan", "City of Toronto"),
        ("Government of Canada | Gouvernement du Canada", "Government of Canada"),
    ):
        cover = f"{banner}\nData Governance Directive\n1. Purpose\n1.1 This directive sets up a Chief Data Officer."
        assert infer_metadata({}, cover, cover, Path("d.docx")).issuer == issuer


def test_a_city_of_another_country_its_indian_state_and_a_county_named_with_its_state() -> None:
    """ "City of Cape Town" is no US city where its contacts write from capetown.gov.za; an Indian
    state's order is the state's (by its portal, named in a note, or by its name); the
    Municipality of Amsterdam governs Amsterdam; a resolution naming "MARICOPA COUNTY, ARIZONA"
    in its title and its signature is that county's."""
    cape = (
        "City of Cape Town\nDATA STRATEGY\n1.1 The City of Cape Town holds data.\nEmail: data@capetown.gov.za"
    )
    assert infer_region("City of Cape Town", "Data Strategy", cape, "en") == "South Africa / Cape Town"
    assert infer_level("City of Cape Town", "Data Strategy", "South Africa / Cape Town") == "city"
    assert infer_region("City of Austin", "Data Policy", "The City of Austin shall …", "en") == (
        "United States / Austin"
    )
    order = "G.O. (Ms) No. 27. Every Department shall designate a Chief Data Officer."
    source = "Scanned PDF from the Government Orders archive on the portal (tn.gov.in), IT Department"
    assert infer_region("Government of Tamil Nadu", "Designation of CDOs", order, "en", source) == (
        "India / Tamil Nadu"
    )
    assert infer_level("Government of Tamil Nadu", "Designation", "India / Tamil Nadu") == "state"
    karnataka = "Government of Karnataka. All departments of the Government of Karnataka shall …"
    assert infer_region("", "Designation of Departmental CDOs", karnataka, "en") == "India / Karnataka"
    issuer = "College van burgemeester en wethouders (Municipal Executive) of the Municipality of Amsterdam"
    mandate = "The Chief Data Officer of the Municipality of Amsterdam advises the college."
    region = infer_region(
        issuer, "Mandate of the CDO", mandate, "en", "Gemeenteblad (officielebekendmakingen.nl)"
    )
    assert region == "Netherlands / Amsterdam"
    assert infer_level(issuer, "Mandate of the CDO", region) == "city"
    resolution = (
        "Agenda Item Text\nSubject\nEstablish the Position of Chief Data Officer\n"
        + "Background. " * 80
        + "\nRESOLUTION OF THE BOARD OF SUPERVISORS OF MARICOPA COUNTY, ARIZONA, ESTABLISHING THE POSITION\n"
        + "PASSED AND ADOPTED this 18th day of June, 2025.\nBOARD OF SUPERVISORS OF MARICOPA COUNTY, ARIZONA"
    )
    assert infer_region("", "Resolution", resolution, "en") == "United States / Arizona / Maricopa County"
    once = resolution.rsplit("\n", 1)[0]  # named once: a mention, not whose it is
    assert infer_region("", "Resolution", once, "en") == ""
    assert region_places("臺灣高雄市") == ["臺灣", "高雄市"]


def test_a_city_its_first_lines_name_under_another_country_s_acts_is_that_country_s() -> None:
    """A directive "for the City of Edmonton" that cites Alberta's acts is no US city's: Canada /
    Alberta / Edmonton, local government."""
    directive = (
        "ADMINISTRATIVE DIRECTIVE\nChief Data Officer and Data Stewardship\n"
        "1.1 The purpose of this Directive is to establish the role of the Chief Data Officer for the\n"
        "City of Edmonton.\n"
        + "The Office keeps the inventory. " * 30
        + "\n- Protection of Privacy Act (Alberta)\n- Access to Information Act (Alberta)"
    )
    region = infer_region("", "ADMINISTRATIVE DIRECTIVE", directive, "en")
    assert region == "Canada / Alberta / Edmonton"
    assert infer_level("", "ADMINISTRATIVE DIRECTIVE", region) == "city"
    assert infer_level("", "Directive", "Canada / Ontario") == "state"
    # a US city whose name is another country's part or country keeps its state
    victoria = (
        "City of Victoria\nData Policy\nThe City of Victoria, Texas, adopts this policy. " + "Text. " * 20
    )
    assert infer_region("", "Data Policy", victoria, "en") == "United States / Texas / Victoria"


def test_a_council_records_number_and_the_day_it_acted() -> None:
    """A meeting portal's record: "File #: | 25-2186 | Version: | 1" numbers it, and "Final
    action: | 6/18/2025" dates it, not the day the file was created."""
    record = (
        "File #: | 25-2186 | Version: | 1 | Name: | OET - Chief Data Officer Resolution\n"
        "File created: | 5/27/2025 | In control: | Board of Supervisors\n"
        "On agenda: | 6/18/2025 | Final action: | 6/18/2025\n"
        "Title: | Resolution Establishing the Position of Chief Data Officer\n"
        "The position of Chief Data Officer is hereby established."
    )
    assert infer_doc_number(record) == "25-2186"
    assert infer_date(record) == "2025-06-18"


def test_a_us_city_or_county_keeps_its_country_and_an_indian_state_is_named_as_a_government() -> None:
    """Only the address a text was saved from, or its government's own mail domain, moves a bare
    "City of X" abroad: a US city's text may name Canada or Mexico, and a vendor may write from
    .co.uk. A county named with its state in a text saved from gov.uk is a case study. A national
    Indian text names states as examples, and Pakistan has a Punjab too."""
    assert infer_region(
        "City of Bellingham", "Policy", "City of Bellingham, Washington. Canada. Canada's.", "en"
    ) == ("United States / Washington / Bellingham")
    assert infer_region("City of San Diego", "Policy", "City of San Diego. Mexico and Mexico.", "en") == (
        "United States / San Diego"
    )
    vendor = "City of Boston. Email a@vendor.co.uk b@vendor.co.uk c@boston.gov"
    assert infer_region("City of Boston", "Data Policy", vendor, "en") == "United States / Boston"
    case = "x" * 700 + " King County, Washington appointed a CDO. King County, Washington publishes."
    assert infer_region("", "Case study", case, "en", "https://www.gov.uk/x") == "United Kingdom"
    across = "x" * 700 + " Across Maricopa County, Arizona we. Across Maricopa County, Arizona."
    assert infer_region("", "Resolution", across, "en") == "United States / Arizona / Maricopa County"
    assert infer_region("The City of Cape Town", "Strategy", "Email: d@capetown.gov.za", "en") == (
        "South Africa / Cape Town"
    )
    national = "Karnataka and Karnataka are examples. India. India."
    assert (
        infer_region("", "National Data Policy", national, "en", "https://www.meity.gov.in/x.pdf") == "India"
    )
    assert (
        infer_region("", "Policy", "Government of the Punjab, Lahore. Punjab IT Board. Punjab.", "en") == ""
    )
    assert infer_date(
        "| Date approved | 14 March 2024 |\n| Review date | 1 April 2026 |\nThe CDO shall …"
    ) == ("2024-03-14")
    assert infer_doc_number("Reference | See section 2 | Owner | CDO\nText.") == ""


def test_a_file_named_in_a_source_note_is_no_web_address() -> None:
    from kb.countries import country_of_address

    for note in ("Converted with extract.py", "Markdown copy (README.md)", "see policy.pl"):
        assert country_of_address(note) == ""
    assert country_of_address("Gemeenteblad (officielebekendmakingen.nl)") == "Netherlands"


def test_a_copy_cut_before_its_signature_is_dated_by_its_running_header() -> None:
    text = "安徽省数据资源管理局文件\n皖数资〔2025〕31号\n安徽省数据资源管理局关于首席数据官制度试点工作情况的通报\n一、基本情况\n试点工作取得阶段性成效，但"
    heads = ("安徽省数据资源管理局 政府信息公开 发布日期：2025-06-20 下载次数：8",)
    meta = infer_metadata({}, text, text, Path("x.pdf"), heads)
    assert (meta.title, meta.date) == (
        "安徽省数据资源管理局关于首席数据官制度试点工作情况的通报",
        "2025-06-20",
    )


def test_a_file_property_title_that_is_a_wenhao_names_no_document() -> None:
    from ingest.formats.base import plausible_title

    assert not plausible_title("皖数资〔2025〕31号")
    assert plausible_title("安徽省数据资源管理局关于首席数据官制度试点工作情况的通报")


def test_a_companys_controlled_document() -> None:
    """A job description in a company's document system: its banner names the company, its
    header the document's code, its footer the address the company sits at."""
    text = (
        "中国远航物流集团有限公司　人力资源管理体系文件\n"
        "文件编号：YHWL-HR-GWSM-2024-017　　版本/修改：A/0　　受控状态：受控\n"
        "中国远航物流集团有限公司首席数据官岗位说明书\n"
        "岗位名称 | 首席数据官（CDO）\n"
        "岗位编码 | YH-ZB-GL-003\n"
        "中国远航物流集团有限公司　地址：海南省海口市龙华区滨海大道188号远航大厦　邮编：570105"
    )
    doc = build_document_from(text)
    assert (doc.title, doc.issuer, doc.doc_number) == (
        "中国远航物流集团有限公司首席数据官岗位说明书",
        "中国远航物流集团有限公司",
        "YHWL-HR-GWSM-2024-017",
    )
    assert (doc.region, doc.level) == ("海南省海口市", "企业")


GUIDELINES = """REPUBLIC OF GHANA
MINISTRY OF COMMUNICATIONS AND DIGITALISATION
P.O. Box M.38, Accra | Tel: +233 (0)302 228 011 | www.moc.gov.gh
In case of reply, the number and date of this letter should be quoted.
Our Ref. No.: MoCD/DDP/CDO/GL.01/24
Your Ref. No.: ........................
Date: 12th August, 2024
GUIDELINES ON THE DESIGNATION OF CHIEF DATA OFFICERS IN MINISTRIES, DEPARTMENTS AND AGENCIES (MDAs)
1. INTRODUCTION
1.1 These Guidelines provide for the designation of a Chief Data Officer in every MDA.
Table 1: Functions
Area | Chief Data Officer | MDA Data Focal Person
Source: Ministry of Communications and Digitalisation, 2024
"""


def test_a_letter_headed_guideline_under_its_governments_banner() -> None:
    """The banner and the ministry under it issue the guidelines whose title stands below the
    letter's address, reference and date lines; a table's cited source is no issuer."""
    doc = build_document_from(GUIDELINES)
    assert doc.title.startswith("GUIDELINES ON THE DESIGNATION OF CHIEF DATA OFFICERS")
    assert doc.issuer == "Ministry of Communications and Digitalisation, Republic of Ghana"
    assert doc.doc_number == "MoCD/DDP/CDO/GL.01/24"


def test_endings_that_close_a_text() -> None:
    """A team's address with its e-mail, a statute's history note: the copy reached its end."""
    closed = (
        "4.4 The arrangements will be reviewed after two years.\n"
        "Data Strategy Team, Department of Finance, Clare House, Belfast BT3 9ED. Email: data@finance-ni.gov.uk"
    )
    assert is_complete(Document(doc_id="a", title="T", text=closed))
    statute = "Nothing in this section authorizes the collection of data.\nHistory: 2025 c 71 art 3 s 12"
    assert is_complete(Document(doc_id="b", title="T", text=statute))
    assert not is_complete(Document(doc_id="c", title="T", text="The office shall publish the inventory and"))


def test_a_council_named_after_its_place_outside_the_us() -> None:
    text = "We use cookies.\n# Data Governance Policy\n| Policy owner | Chief Data Officer |\nThe Privacy Act 2020 of New Zealand applies. New Zealand law."
    assert infer_region("Auckland Council", "Data Governance Policy", text, "en").endswith("/ Auckland")


def test_the_new_metadata_readings_do_not_misfire() -> None:
    # a site's menu over a "…文件" line is no issuer's banner
    assert infer_issuer("首页 政策文件\n关于做好数据工作的通知\n各单位：\n请做好数据工作。") != "首页"
    # a running header's print or download time dates nothing
    text = "关于做好数据工作的通知\n一、总体要求\n做好数据工作，但"
    meta = infer_metadata({}, text, text, Path("x.pdf"), ("某某局 打印时间：2025-07-03",))
    assert meta.date == ""
    # a council named after no place
    nz = "The Privacy Act 2020 of New Zealand applies. New Zealand law."
    assert infer_region("Research Council", "Data policy", nz, "en") == "New Zealand"
    # a sentence that ends with an address is no contact block; a history that is no session law
    cut = "4.1 The arrangements are reviewed.\nBreaches must be reported and the office shall tell the CDO by email: cdo@agency.gov"
    assert is_complete(Document(doc_id="a", title="T", text=cut)) == is_complete(
        Document(
            doc_id="b",
            title="T",
            text="4.1 The arrangements are reviewed.\nBreaches must be reported and the office shall tell the CDO",
        )
    )
    assert not is_complete(
        Document(doc_id="c", title="T", text="The office shall publish it and\nHistory: in 2019 the office")
    )


def test_a_bulletin_s_masthead_gives_its_issuer_title_and_issue() -> None:
    """首席数据官工作简报 / 第3期 / 澧县数据局编　2026年4月10日: the body that edits it, the article
    under the masthead, the issue as its number; a 内部资料 marking is no title (batch 21)."""
    bulletin = (
        "内部资料  注意保存\n首席数据官工作简报\n第3期\n澧县数据局编                    2026年4月10日\n"
        "澧县2026年第一季度首席数据官工作推进情况通报\n2026年以来，全县各单位认真落实实施方案要求，扎实推进首席数据官制度落地见效。\n"
    )
    cleaned = clean(bulletin)
    assert infer_issuer(cleaned) == "澧县数据局"
    assert infer_title(cleaned) == "澧县2026年第一季度首席数据官工作推进情况通报"
    assert infer_doc_number(cleaned) == "第3期"
    named = "内部资料  注意保存\n稷山县首席数据官工作推进情况通报\n2026年第2期（总第5期）\n稷山县数据局          2026年5月12日\n各乡镇人民政府：\n"
    assert infer_title(clean(named)) == "稷山县首席数据官工作推进情况通报"
    assert infer_issuer(clean(named)) == "稷山县数据局" and infer_doc_number(clean(named)) == ""


def test_a_street_of_a_district_and_a_county_government_by_its_formal_name() -> None:
    assert infer_region("太原市小店区坞城街道办事处", "") == "山西省太原市小店区坞城街道"
    assert infer_region("杭州市余杭区人民政府仓前街道办事处", "").endswith("余杭区仓前街道")
    letterhead = "COUNTY OF WESTCHESTER\nOFFICE OF THE COUNTY EXECUTIVE\n148 Martine Avenue • White Plains, New York 10601\n"
    assert (
        infer_region(
            "County of Westchester, Office of the County Executive", "Executive Order", letterhead, "en"
        )
        == "United States / New York / Westchester County"
    )
    assert infer_region("County of Dane, Wisconsin", "Executive Order", "", "en") == (
        "United States / Wisconsin / Dane County"
    )
    assert infer_region("Iowa State University", "Data Governance", "", "en") == "United States / Iowa"


def test_an_order_s_closing_formula_dates_it_and_a_cover_gives_its_number() -> None:
    order = (
        "EXECUTIVE ORDER NO. 2026-03\nSection 7. This Order shall take effect upon signature.\n"
        "Given under my hand this 17th day of February, 2026.\n/s/ Daniel R. Halvorsen\n"
        "Daniel R. Halvorsen, Dane County Executive\nFiled with the Dane County Clerk: 02/17/2026\n"
        "cc: County Board Chair; Corporation Counsel\nRelated Executive Orders:\nExecutive Order 2025-11 - AI Use\n"
        "Executive Order 2024-07 - Language Access Plan\n"
    )
    assert infer_date(clean(order)) == "2026-02-17"
    cover = "REPUBLIC OF RWANDA\nMINISTRY OF ICT AND INNOVATION\nGUIDELINES ON CHIEF DATA OFFICERS\nMinisterial Guidelines No 004/MINICT/2025\nVersion No. 2\n"
    assert infer_doc_number(clean(cover)) == "No 004/MINICT/2025"
    assert infer_doc_number(clean("Data Strategy\nVersion No. 2\n")) == ""


def test_an_order_s_signers_stamps_and_an_annex_form_close_a_whole_copy() -> None:
    body = "Section 8. This Executive Order shall take effect on September 2, 2025.\n"
    order = body + (
        "Given under my hand and the Seal of the County of Westchester this 12th day of August, 2025.\n"
        "Raymond T. Okafor\nCounty Executive\nRECEIVED – CLERK OF THE BOARD OF LEGISLATORS – AUG 13 2025 – 10:42 AM\n"
        "cc: Deputy County Executive; Chief Information Officer; County Attorney\n"
    )
    assert is_complete(Document(doc_id="o", title="T", text=order))
    form = body + "ANNEX: DESIGNATION FORM\n" + "Name of institution: __________\n" * 8
    form += "Send to: MINICT, P.O. Box 720 Kigali - info@minict.gov.rw\n"
    assert is_complete(Document(doc_id="f", title="T", text=form))
    hospital = "第十七条 本制度自发布之日起施行。\n包头市中心医院\n2025年12月26日\n"
    assert is_complete(Document(doc_id="h", title="T", text=hospital))
    assert not is_complete(
        Document(doc_id="c", title="T", text=body + "Section 9. The Chief Data Officer shall")
    )


def test_a_south_african_provinces_circular_is_the_provinces() -> None:
    text = "GAUTENG PROVINCE\nREPUBLIC OF SOUTH AFRICA\nThis circular applies to all Gauteng provincial departments."
    issuer = "Gauteng Department of e-Government"
    region = infer_region(issuer, "Designation of Chief Data Officers", text, "en")
    assert region == "South Africa / Gauteng"
    assert infer_level(issuer, "", region, text, "en") == "state"


def test_an_institution_stands_where_its_address_says() -> None:
    footer = "中南大学网信办\n版权所有 中南大学\n地址：湖南省长沙市岳麓区麓山南路932号 邮编：410083"
    assert infer_region("中南大学", "中南大学首席数据官设置办法", footer, "zh") == "湖南省长沙市"
    assert infer_region("内蒙古工业大学", "办法", "", "zh") == "内蒙古自治区"  # its name says where


MEMO = """GAUTENG PROVINCE
e-GOVERNMENT
REPUBLIC OF SOUTH AFRICA
e-GOVERNMENT CIRCULAR NO. 7 OF 2025
TO: All Heads of Gauteng Provincial Departments
CC: Director-General: Office of the Premier; Chief Information Officers and GITOs;
Chief Financial Officers; Heads of Human Resource Management
FROM: Mr Sipho L. Ndaba, Head of Department: e-Government
SUBJECT: DESIGNATION OF CHIEF DATA OFFICERS IN GAUTENG PROVINCIAL
DEPARTMENTS
1. PURPOSE AND BACKGROUND
1.1 The purpose of this circular is to direct all Gauteng provincial departments to designate a CDO.
"""


def test_a_memo_circulars_subject_and_number() -> None:
    """A capitals subject wrapped onto a second line is one title; a circular numbered within its
    year on a line of its own is its number, not when a sentence cites it."""
    assert infer_title(MEMO) == "DESIGNATION OF CHIEF DATA OFFICERS IN GAUTENG PROVINCIAL DEPARTMENTS"
    assert infer_title("Memo\nSUBJECT: DATA OFFICERS\nPURPOSE\nThe body.") == "DATA OFFICERS"  # not wrapped
    assert infer_doc_number(MEMO) == "e-GOVERNMENT CIRCULAR NO. 7 OF 2025"
    assert infer_doc_number("Departments must comply with Circular No. 7 of 2025 within a month.") == ""


def test_a_provinces_characters_opening_another_name_are_no_province() -> None:
    from ingest.metadata import _place

    assert _place("海南藏族自治州人民政府") == "海南藏族自治州"  # a prefecture of Qinghai
    assert _place("四川北路街道办事处") == "四川北路街道"  # a street of Shanghai


def test_what_is_not_a_memos_title_or_number() -> None:
    after = "X\nSUBJECT: ESTABLISHMENT OF THE OFFICE OF THE CHIEF DATA OFFICER\nBACKGROUND\nThe body."
    assert infer_title(after) == "ESTABLISHMENT OF THE OFFICE OF THE CHIEF DATA OFFICER"  # its first heading
    cited = "Memo\nThis replaces Circular No. 3 of 2022\nIssued under Executive Order No. 4 of 2019"
    assert infer_doc_number(cited) == ""
    assert (
        infer_region("清华大学", "办法", "地址：北京市海淀区清华园1号", "zh") == "北京市"
    )  # not its district


def test_a_school_circular_and_a_pages_details_table() -> None:
    """Written from batch 25: a superintendent's circular is titled by the line under its
    control fields, numbered by its NUMBER: field, and governs its city's schools; a page's
    details table names its issuer and the day it was approved; a circular signed below its
    contact lines is whole; a 街道 plan is a 街道's."""
    circular = (
        "Superintendent's Circular\nNUMBER: SUP-12\nVersion 01\n"
        "CHIEF DATA OFFICER: ROLE AND RESPONSIBILITIES\nEffective Date: September 2, 2025\n"
        "PURPOSE\nThis circular establishes the position of Chief Data Officer for the Boston Public Schools.\n"
    )
    assert infer_title(circular) == "Superintendent's Circular: CHIEF DATA OFFICER: ROLE AND RESPONSIBILITIES"
    assert infer_doc_number(circular) == "SUP-12"
    assert infer_region("", infer_title(circular), circular, "en") == "United States / Boston"
    details = (
        "Directive on Departmental Chief Data Officers\nDirective number | CSDS 2025-04\n"
        "Issued by | Department of Cyber Security and Digital Solutions\nApproved | November 18, 2025\n"
        "Effective date | December 1, 2025\n1. Purpose\nPage last updated: November 21, 2025\n"
    )
    assert infer_date(details) == "2025-11-18"
    assert infer_issuer(details) == "Department of Cyber Security and Digital Solutions"
    signed = (
        "The Deputy Superintendent evaluates the CDO's performance annually.\n"
        "For more information about this circular, contact:\nOwner: | Chief Data Officer\n"
        "Phone: | 617-635-9450\nEmail: | oda@example.org\nDr. Jane Roe\nSuperintendent"
    )
    assert is_complete(Document(doc_id="s", title="T", text=signed))
    assert (
        infer_level("春熙路街道办事处", "春熙路街道首席数据官工作方案", "四川省成都市锦江区春熙路街道")
        == "街道"
    )


def test_a_provincial_groups_company_in_one_of_its_cities() -> None:
    """山东港口潍坊港集团 (batch 24): the province its name opens with, and the city it goes on to
    name; a provincial group that names none stays the province's."""
    assert infer_region("山東港口濰坊港集團有限公司", "管理辦法", "第一條 為規範…") == "山东省潍坊市"
    assert infer_region("浙江省交通投资集团有限公司", "管理办法", "第一条 为规范…") == "浙江省"
    assert infer_region("陕西秦川能源投资集团有限公司", "管理办法", "第一条 为规范…") == "陕西省"


def test_a_letterheads_seal_and_its_signer_are_not_its_issuer() -> None:
    """Columbus's order (batch 25): a seal's caption over the city's name, the mayor's name in a
    cell beside the office."""
    order = (
        "CITY SEAL\nCITY OF COLUMBUS\nOFFICE OF THE MAYOR | ANDREW J. GINTHER, MAYOR\nEXECUTIVE ORDER 2025-07\n"
        "Establishing the Office of the Chief Data Officer\nWHEREAS, the City collects data; and\n"
    )
    assert infer_issuer(order) == "CITY OF COLUMBUS, OFFICE OF THE MAYOR"
    assert infer_title(order) == "EXECUTIVE ORDER 2025-07: Establishing the Office of the Chief Data Officer"


def test_closing_formulas_an_approval_line_a_printed_record_and_a_caption_close_a_whole_copy() -> None:
    """Batch 26: an order "Dated at Hartford …" over its signers, a framework's "Approved: name,
    post, date", a PDF's 版记 read as one line, a WeChat post's photo caption under the date."""
    body = "Section 9. This order shall take effect immediately.\n"
    dated = "Dated at Hartford, Connecticut, this 18th day of September, 2025.\nNed Lamont\nGovernor\n"
    assert is_complete(Document(doc_id="o", title="T", text=body + dated))
    approved = "Approved: Dr Helen Marchetti, Government Chief Data Officer, 12 August 2025"
    assert is_complete(Document(doc_id="a", title="T", text=body + approved))
    for signed in ("Approved by Jane Roe, Chief Data Officer, on September 18, 2025",):
        assert is_complete(Document(doc_id="s", title="T", text=body + signed))
    for sentence in (
        "Signed agreements are filed with the CDO, 12 August 2025",
        "Dates are set by the CDO, 30 June 2026",
    ):
        assert not is_complete(Document(doc_id="n", title="T", text=body + sentence))
    record = (
        "公开方式：主动公开抄送：区委各部门，区人大常委会办公室。佛山市顺德区人民政府办公室 2025年6月12日印发"
    )
    assert is_complete(Document(doc_id="r", title="T", text="本方案自印发之日起施行。\n" + record))
    caption = "（二）本制度自印发之日起施行。\n宁波港城投资集团有限公司\n2025年11月12日\n▲ 集团首席数据官制度启动会现场"
    assert is_complete(Document(doc_id="c", title="T", text=caption))
    # a copy cut short stays cut short above any of them
    assert not is_complete(Document(doc_id="x", title="T", text="Section 9. This order shall\n" + approved))


def test_a_company_department_is_a_company_and_an_institution_signs_by_its_office() -> None:
    assert infer_level("集团数字科技部", "重磅！集团首席数据官制度正式落地", "") == "企业"
    assert infer_level("工业和信息化部", "通知", "") == "国家"  # a ministry stays national
    page = (
        "今年以来集团正式印发《宁波港城投资集团有限公司首席数据官工作制度》。根据宁波市的部署，制定本制度。"
    )
    assert infer_region("集团数字科技部", "重磅！集团首席数据官制度正式落地", page, "zh") == "浙江省宁波市"
    partner = "杭州海康威视数字技术股份有限公司与集团签署协议。"  # a partner it names is not the group
    assert infer_region("集团数字科技部", "重磅", partner, "zh") == ""
    assert infer_level("中国证监会上市公司监管部", "通知", "") != "企业"  # a regulator's department
    # an address before a city the name opens with: 中山大学 stands in 广州 (not in 广州's 州)
    address = "落实广东省的要求。\n地址：广东省广州市海珠区新港西路135号"
    assert infer_region("中山大学", "中山大学首席数据官办法", address, "zh") == "广东省广州市"
    text = "落实教育部和黑龙江省关于推进高校数字化转型的有关要求。"
    issuer = "哈尔滨理工学院党政办公室"
    assert (
        infer_region(issuer, "关于印发《哈尔滨理工学院首席数据官制度实施办法》的通知", text, "zh")
        == "黑龙江省哈尔滨市"
    )
    assert infer_level(issuer, "通知", "黑龙江省哈尔滨市") == "高校"


def test_a_post_that_reprints_a_document_whole_is_that_document() -> None:
    """A WeChat post's headline, its account's department and no 文号 of its own: the document
    it reprints in full gives the title, the issuer its title opens with, and the 文号 its lead
    gives in brackets."""
    text = (
        "重磅！集团首席数据官管理办法正式印发（附全文）\n"
        "2025年11月14日，集团印发《山东高速集团有限公司首席数据官管理办法》（鲁高速集团发〔2025〕86号，"
        "以下简称《办法》）。现将全文刊发如下。\n"
        "山东高速集团有限公司首席数据官管理办法\n第一章　总则\n第一条　为加强集团数据管理，制定本办法。\n"
    )
    headline = {"title": "重磅！集团首席数据官管理办法正式印发（附全文）", "issuer": "集团数字化管理部"}
    meta = infer_metadata(headline, text, text, Path("post.html"))
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "山东高速集团有限公司首席数据官管理办法",
        "山东高速集团有限公司",
        "鲁高速集团发〔2025〕86号",
    )
    # a red-header notice that transmits its plan is the notice: no 全文 reprinted
    notice = (
        "崇川区人民政府办公室关于印发崇川区首席数据官制度实施方案的通知\n崇政办发〔2025〕38号\n"
        "《崇川区首席数据官制度实施方案》现印发给你们。\n崇川区首席数据官制度实施方案\n一、总体要求\n"
    )
    assert infer_metadata({}, notice, notice, Path("n.docx")).title.endswith("的通知")
    whole = notice.replace("现印发给你们", "全文印发给你们")  # a notice's 全文 reprints nothing
    assert infer_metadata({}, whole, whole, Path("n.docx")).title.endswith("的通知")


def test_an_issue_date_before_the_effective_date_and_a_state_agency_s_state() -> None:
    head = "DIRECTIVE\nDate of issue: September 12, 2025\nEffective date: October 1, 2025\n"
    assert infer_date(head) == "2025-09-12"
    assert infer_date("POLICY\nEffective date: October 1, 2025\n") == "2025-10-01"
    policy = (
        "Agency Chief Data Officer Designation Policy\nData is among the most valuable resources the State "
        "holds. Each Agency of State government shall designate a CDO. Data of State agencies is "
        "published on the Vermont Open Data Portal and shared with the Vermont Data Governance Council."
    )
    assert infer_region("Agency of Digital Services", "Policy", policy, "en") == "United States / Vermont"
    assert (
        infer_region("屏東縣政府", "屏東縣政府資料長設置要點", "一、本府為推動資料治理。", "zh")
        == "台湾省屏东县"
    )
    # "Member State", "Federal, State, and local", "Lagos State": no US state's own body
    survey = (
        "Survey of State CDOs. Federal, State, and local. Texas and Texas. Each Member State. Lagos State."
    )
    assert infer_region("", "Survey", survey, "en") == ""


def test_a_post_that_reprints_a_notice_and_its_plan_and_joint_issuers() -> None:
    """A WeChat post that reprints a 街道's notice and its plan whole: the plan's title (its
    preamble between the title and 一、), the issuer that signs the notice, not the page's author.
    A notice the Party's and the government's offices sign side by side is both of theirs, in
    绵阳市 (not "中共绵阳市")."""
    post = (
        "经八路街道印发《首席数据官工作实施方案》（全文）\n"
        "2025年9月12日，街道党工委会议审议通过《经八路街道首席数据官工作实施方案》。现将全文刊发如下。\n"
        "郑州市金水区经八路街道办事处\n关于印发《经八路街道首席数据官工作实施方案》的通知\n"
        "各社区：\n现印发给你们，请认真贯彻执行。\n郑州市金水区经八路街道办事处\n2025年9月15日\n"
        "经八路街道首席数据官工作实施方案\n为推进基层数据工作，结合街道实际，制定本方案。\n一、总体要求\n"
    )
    meta = infer_metadata({"issuer": "经八路街道网格化服务管理中心"}, post, post, Path("post.html"))
    assert (meta.title, meta.issuer) == ("经八路街道首席数据官工作实施方案", "郑州市金水区经八路街道办事处")
    joint = (
        "关于推行首席数据官制度的实施意见\n一、总体要求\n本意见自印发之日起施行。\n"
        "中共绵阳市委办公室　　　绵阳市人民政府办公室\n2025年7月8日\n"
    )
    issuer = infer_issuer(joint)
    assert issuer == "中共绵阳市委办公室、绵阳市人民政府办公室" and infer_date(joint) == "2025-07-08"
    assert infer_region(issuer, "关于推行首席数据官制度的实施意见", joint, "zh").endswith("绵阳市")


def test_macao_and_hong_kong_numbers_and_a_post_signing_below_its_date() -> None:
    """A Macao 批示 under its government's banner, numbered within its year and signed by the
    post below its date; a Hong Kong circular's number on a line of its own."""
    order = (
        "澳門特別行政區\n第 93/2025 號行政長官批示\n行政長官作出本批示。\n第一條\n標的\n一、本批示訂定制度。\n"
        "第十條\n生效\n本批示自公佈翌日起生效。\n二零二五年九月二日\n行政長官\n"
        "附件\n首批部門\n一、行政公職局\n二、財政局\n三、衛生局\n"
    )
    assert infer_title(order) == "第 93/2025 號行政長官批示"
    assert infer_doc_number(order) == "第 93/2025 號行政長官批示"
    assert infer_issuer(order) == "澳門特別行政區行政長官" and infer_date(order) == "2025-09-02"
    # its annex's list of departments closes it
    assert is_complete(Document(doc_id="o", title="批示", text=order))
    # a speech's speaker under its date is no issuer: no government's banner opens it
    assert infer_issuer("关于数据工作的讲话\n2025年6月10日\n市长\n同志们：今天我们开会。") == ""
    # an annex's list with no signature above it may be a copy cut short
    listed = "现通知如下。\n附件\n1.首席数据官名单\n2.工作任务表\n3.联系人表"
    assert not is_complete(Document(doc_id="l", title="通知", text=listed))
    circular = "香港特別行政區政府\n數字政策辦公室\n\n數字政策辦公室通函第4/2024號\n\n目的\n本通函…。"
    assert infer_doc_number(circular) == "數字政策辦公室通函第4/2024號"
    # gov.scot's details block names the directorate that issues its guidance
    assert infer_issuer("Guidance\nPublished: 14 October 2025\nDirectorate: Digital Directorate\n") == (
        "Digital Directorate"
    )


def test_a_standard_under_its_authority_s_banner_with_a_template_annex() -> None:
    """A state standard's cover: the body's banner over its series' name and the standard's own
    title; two labelled fields on one line; an annex letter whose blanks ([Agency Head Name]) are
    no issuer, and whose signature field closes the copy."""
    text = (
        "GEORGIA TECHNOLOGY AUTHORITY\nEnterprise Information Technology Policies, Standards and Guidelines\n"
        "Agency Chief Data Officer Standard\nStandard Number: SS-25-004 Effective Date: September 2, 2025\n"
        "1.0 PURPOSE\nThis standard establishes the designation of an Agency Chief Data Officer.\n"
        "APPENDIX A - AGENCY CDO DESIGNATION LETTER (TEMPLATE)\n"
        "From: [Agency Head Name], [Title], [Agency Name]\n"
        "I confirm that the designated individual has the authority needed.\n"
        "Name: ____________________\n______________________________ Date: ______________\n"
        "Agency Head Signature\n"
    )
    assert infer_title(text) == "Agency Chief Data Officer Standard"
    assert infer_doc_number(text) == "SS-25-004"
    assert infer_issuer(text) == "Georgia Technology Authority"
    assert is_complete(Document(doc_id="s", title="Standard", text=text))
    assert not is_complete(Document(doc_id="s", title="Standard", text=text.rsplit("I confirm", 1)[0]))
    # a title may name two kinds; a heading is no body's banner; an acronym in brackets is no blank
    boston = "CITY OF BOSTON\nData Strategy and Action Plan\n2025-2027\n1. Introduction\nThe City will act.\n"
    assert infer_title(boston) == "Data Strategy and Action Plan"
    assert (
        infer_issuer("Message from the Department\nWe are pleased.\nData Governance Policy\n1. Purpose\n")
        == ""
    )
    assert infer_issuer("Policy\nFrom: Office of the Chief Data Officer [OCDO]\n") == (
        "Office of the Chief Data Officer [OCDO]"
    )
    # ... nor do a form's blanks close a copy cut short below them
    cut = "We did it.\nName: ____\nDate: ____\nAppendix B\nRoles and Responsibilities of the"
    assert not is_complete(Document(doc_id="c", title="Policy", text=cut))


def test_an_order_s_enacting_officer_a_portal_s_owner_and_a_document_id() -> None:
    """An executive order's page names its issuer in its enacting words; a government's portal
    named as the source is that government; "Document ID:" labels a number."""
    order = (
        "Executive Order 2025-11\nEstablishing the Office of the State Chief Data Officer\n"
        "WHEREAS, data is a strategic asset; and\n"
        "NOW, THEREFORE, I, Katie Hobbs, Governor of the State of Arizona, by virtue of the authority "
        "vested in me, do hereby order:\n1. Office of the State Chief Data Officer\n"
    )
    assert infer_issuer(order) == "Governor of the State of Arizona"
    assert infer_issuer(
        "Order\nI, JOSH GREEN, M.D., Governor of the State of Hawaii, by virtue of law.\n"
    ) == ("Governor of the State of Hawaii")
    # an order's title found by its number alone (a page's <title>) takes the subject line below it
    subject = "Establishing Agency Chief Data Officers and Strengthening the Role of the Statewide Chief Data Officer in the Office of Policy and Management"
    page = f"Executive Order No. 25-4\n{subject}\nSigned: September 18, 2025\nWHEREAS, x.\n"
    meta = infer_metadata({"title": "Executive Order No. 25-4"}, page, page, Path("eo.html"))
    assert meta.title == f"Executive Order No. 25-4: {subject}"
    assert infer_doc_number("Chief Data Officer Charter\nDocument ID: BCC-DG-CHR-001\n") == "BCC-DG-CHR-001"
    page = "克拉玛依市召开首席数据官工作推进会\n来源：克拉玛依市人民政府网\n8月20日，会议召开。\n"
    meta = infer_metadata({}, page, page, Path("p.txt"))
    assert meta.issuer == "克拉玛依市人民政府"


def test_a_circular_s_subject_below_its_addressees_under_its_government_s_banner() -> None:
    """Hong Kong's 通函: the subject on its own line below the 致 and 副本送 blocks is the title,
    the office under the government's banner the issuer, the banner's place the region."""
    text = (
        "香港特別行政區政府\n數字政策辦公室\n\n數字政策辦公室通函第4/2024號\n\n日期：2024年10月8日\n\n"
        "致：各政策局常任秘書長\n各部門首長\n\n副本送：政府統計處處長\n\n"
        "部門首席數據官的委任及職責\n\n目的\n\n本通函旨在要求各政策局及部門委任部門首席數據官。\n"
    )
    assert infer_title(text) == "部門首席數據官的委任及職責"
    assert infer_issuer(text) == "數字政策辦公室"
    assert infer_region("數字政策辦公室", "部門首席數據官的委任及職責", text) == "香港特别行政区"
    # a notice titled above its addressees keeps that title; a part's heading or a label is no subject
    titled = "關於委任部門首席數據官的通函\n\n致：各政策局常任秘書長\n\n目的\n\n本通函旨在要求委任。\n"
    assert infer_title(titled) == "關於委任部門首席數據官的通函"
    assert infer_issuer("克拉玛依市\n首席数据官工作推进会\n会议召开。\n") == ""
    # a letter's body right below its addressees has no subject line
    letter = "致：各部門首長\n\n現就有關事宜通知如下：各部門須於月底前回覆。\n"
    assert infer_title(letter) != "現就有關事宜通知如下：各部門須於月底前回覆。"


def test_an_irish_circular_an_indian_order_a_board_paper_and_minutes_under_a_masthead() -> None:
    """Batch 30's heads: the circular's number and subject below its letterhead and addressees;
    the G.O.'s ABSTRACT, department and number (its PDF's file-reference title ignored); a board
    paper's trust above its cover table, its meeting's date and bracketed paper reference; a
    government's minutes named by its masthead; a portal's short 发布机构 inside its signer."""
    circular = (
        "Roinn Caiteachais Phoiblí, Seachadta PFN agus Athchóirithe\n"
        "Department of Public Expenditure, NDP Delivery and Reform\n"
        "Government Buildings, Upper Merrion Street, Dublin 2, D02 R583\n\n"
        "To: Secretaries General and Heads of Offices\ncc: Heads of Corporate Services\n\n"
        "Circular 07/2025\n\n14 July 2025\n\n"
        "Appointment of Chief Data Officers in Government Departments and Offices\n\nA Chara,\n\n1. Purpose\n"
    )
    assert infer_title(circular) == "Appointment of Chief Data Officers in Government Departments and Offices"
    assert infer_issuer(circular) == "Department of Public Expenditure, NDP Delivery and Reform"
    assert infer_doc_number(circular) == "Circular 07/2025"
    order = (
        "GOVERNMENT OF TELANGANA\nABSTRACT\n"
        "Information Technology, Electronics & Communications Department – Data Governance –\n"
        "Designation of Chief Data Officers in all Departments – Orders – Issued.\n"
        "INFORMATION TECHNOLOGY, ELECTRONICS & COMMUNICATIONS (PROMOTIONS) DEPARTMENT\n"
        "G.O.Ms.No. 14 Dated: 22-07-2025\nRead the following:\n1. G.O.Ms.No.6, dated 14-03-2023.\n"
        "ORDER:\n1. Government of Telangana hereby order that the Government of Telangana designate officers.\n"
    )
    meta = infer_metadata({"title": "x"}, order, order, Path("go.pdf"))
    assert infer_title(order) == (
        "Information Technology, Electronics & Communications Department – Data Governance – "
        "Designation of Chief Data Officers in all Departments – Orders – Issued"
    )
    assert meta.issuer == (
        "Government of Telangana, Information Technology, Electronics & Communications (Promotions) Department"
    )
    assert (meta.doc_number, meta.date, meta.region, meta.level) == (
        "G.O.Ms.No. 14",
        "2025-07-22",
        "India / Telangana",
        "state",
    )
    from ingest.formats.base import plausible_title

    assert not plausible_title("G.O.Ms.No.14 ITE&C (Prom) Dept Dt 22-07-2025")
    paper = (
        "Leicester Riverside NHS Foundation Trust\nTrust Board (Public Session)\n"
        "Agenda item | 14  (Paper reference TB 25/138)\nReport to | Trust Board\n"
        "Date of meeting | 4 September 2025\nReport title | Establishing the Chief Data Officer role\n"
        "4.1 | Data Governance Lead in post | March 2026\n"
    )
    meta = infer_metadata({}, paper, paper, Path("paper.docx"))
    assert (meta.issuer, meta.date, meta.doc_number) == (
        "Leicester Riverside NHS Foundation Trust",
        "2025-09-04",
        "TB 25/138",
    )
    assert infer_doc_number("The CDO (our reference number 5) will attend.\n") == ""
    assert (
        infer_issuer("Data You Can Trust\nChief Data Officer Strategy | 2025 to 2028\nIntroduction\n") == ""
    )
    minutes = "西宁市人民政府会议纪要\n〔2025〕37号\n西宁市人民政府办公室编 2025年6月18日\n西宁市首席数据官联席会议第一次全体会议纪要\n会议议定如下。\n"
    assert infer_issuer(minutes) == "西宁市人民政府"
    page = "德清县莫干山镇人民政府关于印发《方案》的通知\n各村（社区）：\n现将方案印发给你们。\n德清县莫干山镇人民政府\n2025年4月16日\n"
    meta = infer_metadata({"issuer": "莫干山镇", "portal_date": "2025-04-18"}, page, page, Path("p.html"))
    assert (meta.issuer, meta.date) == ("德清县莫干山镇人民政府", "2025-04-16")
    # a policy interpretation that quotes its government office's notice keeps its own issuer and date
    quoted = "关于方案的政策解读\n一、背景\n湖州市人民政府办公室\n2021年3月1日\n"
    meta = infer_metadata(
        {"issuer": "湖州市人民政府", "portal_date": "2025-06-01"}, quoted, quoted, Path("q.html")
    )
    assert (meta.issuer, meta.date) == ("湖州市人民政府", "2025-06-01")


def test_joint_issuers_in_a_word_table_and_a_property_title_that_names_the_plan_sent() -> None:
    """Batch 31: a notice signed by two offices in a Word table's two cells; a file's property
    title that is the plan its notice transmits (the notice's own title names the file); a news
    site's menu after the site's name is no title."""
    from ingest.formats.base import transmitted_by_text

    text = (
        "中共霍山县委办公室　霍山县人民政府办公室\n关于印发《霍山县首席数据官制度实施方案》的通知\n各乡镇：\n现印发给你们。\n"
        "中共霍山县委办公室 | 霍山县人民政府办公室\n2025年6月18日\n"
    )
    assert infer_issuer(text) == "中共霍山县委办公室、霍山县人民政府办公室"
    assert transmitted_by_text("霍山县首席数据官制度实施方案", text)
    assert not transmitted_by_text("霍山县数据资源管理办法", text)
    page = "文匯網 | 首頁 | 香港 | 內地 | 大灣區 | 國際 | 財經\n深圳龍崗42名首席數據官全部到位\n2025-11-04 09:32:15　來源：香港文匯報\n"
    assert infer_title(clean(page)) == "深圳龍崗42名首席數據官全部到位"


def test_an_implementing_order_s_header_block_and_its_attorney_s_stamp() -> None:
    """Batch 31's Miami-Dade order: its "Title:" and "Implementing Order No.:" labels, and its
    signature ("Approved:", the Mayor, the county attorney's stamp over two lines) closing it."""
    head = (
        "MIAMI-DADE COUNTY\nIMPLEMENTING ORDER\nImplementing Order No.: 3-67\n"
        "Title: Chief Data Officer and Data Governance Program\nOrdered: September 16, 2025\n"
    )
    assert infer_title(head) == "Chief Data Officer and Data Governance Program"
    assert infer_doc_number(head) == "Implementing Order No. 3-67"
    end = (
        "This Implementing Order is hereby submitted to the Board of County Commissioners.\nApproved:\n"
        "Daniella Levine Cava\nMayor\nApproved by County Attorney as to form and\nlegal sufficiency"
    )
    assert is_complete(build_document_from(end))
    # a notice's title wrapped after the plan's name in 《》 joins its "的通知"
    wrapped = "某集团文件\n关于印发《某集团首席数据官管理办法》\n的通知\n各部门：\n"
    assert infer_title(wrapped) == "关于印发《某集团首席数据官管理办法》的通知"


def test_batch_32_heads_read_as_printed() -> None:
    """Batch 32's files, written blind: a notice's issuer over 关于…》 wrapped before 的通知; a
    meeting's minutes under its state's banner and its office (not "call to order" as a kind of
    document); a circular's number among its head's fields; a code section's last amendment."""
    notice = build_document_from(
        "绍兴市越城区人民政府办公室文件\n越政办发〔2025〕37号\n绍兴市越城区人民政府办公室\n"
        "关于印发《越城区首席数据官制度试点工作方案》\n的通知\n各街道办事处：\n现印发给你们，请认真贯彻落实。\n"
    )
    assert notice.title == "绍兴市越城区人民政府办公室关于印发《越城区首席数据官制度试点工作方案》的通知"
    minutes = build_document_from(
        "COMMONWEALTH OF MASSACHUSETTS\nExecutive Office of Technology Services and Security (EOTSS)\n"
        "Office of the Chief Data Officer\nEnterprise Data Governance Council — Meeting Minutes\n"
        "Date: Thursday, May 15, 2025\nQuorum: Present — 10 of 11 voting members in attendance at call to order\n"
        "1. The Council adopted its charter.\n"
    )
    assert minutes.title == "Enterprise Data Governance Council — Meeting Minutes"
    assert minutes.issuer.startswith("Executive Office of Technology Services and Security")
    assert (minutes.region, minutes.date) == ("United States / Massachusetts", "2025-05-15")
    circular = build_document_from(
        "MINISTRY OF DIGITAL ECONOMY\nMy No.: MDE/DGD/CDO/01/2025 Circular No. MDE/07/2025 Your No.: --- "
        "Date: 19th September 2025\nTo:\nAll Secretaries to Ministries\n"
        "Appointment of Chief Data Officers in Ministries, Departments and Statutory Bodies\n"
        "1. This replaces Circular No. MDE/03/2024.\n"
    )
    assert circular.doc_number == "MDE/07/2025"
    assert (
        infer_date(
            "Sec. 2054.137. DESIGNATED DATA MANAGEMENT OFFICER.\n(a) Each state agency shall designate one.\n"
            "Added by Acts 2019, 86th Leg., R.S., Ch. 648 (H.B. 4181), Sec. 3, eff. September 1, 2019.\n"
            "Amended by:\nActs 2025, 89th Leg., R.S., Ch. 1094 (H.B. 3512), Sec. 5, eff. September 1, 2025.\n"
        )
        == "2025-09-01"
    )


def test_a_township_is_placed_in_the_district_its_text_names() -> None:
    rules = build_document_from(
        "秋长街道数据专员工作制度\n一、总则\n为深入贯彻落实广东省、惠州市关于全面推行首席数据官制度的工作部署和"
        "惠阳区首席数据官制度实施要求，结合秋长街道实际，制定本制度。\n\n秋长街道办事处\n2025年6月20日\n"
    )
    assert rules.region == "广东省惠州市惠阳区秋长街道"
    assert is_complete(rules)  # an office (办事处) signs above the date: the text's end


def test_an_english_report_is_placed_by_the_chinese_title_it_gives() -> None:
    report = build_document_from(
        "Nansha appoints chief data officers across district departments\n"
        "Nansha District has designated chief data officers, as the district puts into practice its "
        "Implementation Plan for the Chief Data Officer System (《广州市南沙区首席数据官制度实施方案》).\n"
        "The plan applies to all district departments.\nEditor: Chen Yutong\n"
    )
    assert (report.region, report.level) == ("广东省广州市南沙区", "区")
    assert "Editor" not in report.text and is_complete(report)


def test_a_property_title_shortened_from_the_texts_own_title_gives_way_to_it() -> None:
    from ingest.formats.base import as_the_text_titles_it

    text = (
        "MINISTRY OF DIGITAL ECONOMY\nCircular No. MDE/07/2025\n"
        "Appointment of Chief Data Officers in Ministries, Departments and Statutory Bodies\n1. Background\n"
    )
    shortened = "Circular No. MDE/07/2025 - Appointment of Chief Data Officers"
    assert as_the_text_titles_it(shortened, text) == (
        "Appointment of Chief Data Officers in Ministries, Departments and Statutory Bodies"
    )
    assert as_the_text_titles_it("Data Governance Policy", text) == "Data Governance Policy"
    # a line that opens with the title and runs on as a sentence is body, not the title
    sentence = "Appointment of Chief Data Officers shall follow the rules below.\n"
    assert as_the_text_titles_it("Appointment of Chief Data", sentence) == "Appointment of Chief Data"
    # a Word file's "首席数据官管理办法" of the rule headed by its company's name (batch 42's 扬州城控)
    rules = "某某集团文件\n关于印发《扬州城控集团首席数据官管理办法》的通知\n各部室：\n扬州城控集团首席数据官管理办法\n第一章　总　则\n"
    assert as_the_text_titles_it("首席数据官管理办法", rules) == "扬州城控集团首席数据官管理办法"
    assert as_the_text_titles_it("管理办法", "本办法所称首席数据官管理办法\n") == "管理办法"


def test_the_review_of_batch_32s_reading() -> None:
    """A cold review's reproductions: a body line citing another circular gives no number; a
    history note inside a text is no date of the text's; a township's district is the one
    written before its name; a news site's name places nothing; a running header, a contents
    line or a sentence that opens with a property title is not the text's fuller title."""
    from ingest.formats.base import as_the_text_titles_it
    from ingest.metadata import _site_region

    assert not infer_doc_number(
        "MINISTRY OF DIGITAL ECONOMY\nAppointment of Chief Data Officers\n1. Reference is made to "
        "Circular No. MDE/03/2024 issued on 5 March 2024, which\nrequires …"
    )
    assert (
        infer_date(
            "On March 3, 2024 the Department of Data adopted this data sharing policy for all units.\n"
            "Section 2. It applies to all.\n(Added by Acts 2019, 86th Leg., eff. September 1, 2019).\n"
            "Section 3. More text follows here."
        )
        == "2024-03-03"
    )
    assert (
        infer_region(
            "秋长街道办事处",
            "秋长街道首席数据官制度",
            "为贯彻落实深圳市福田区首席数据官工作经验，结合惠州市惠阳区秋长街道实际，制定本制度。",
        )
        == "广东省惠州市惠阳区秋长街道"
    )
    assert _site_region("Washington Technology") == "" and _site_region("广州日报") == ""
    for title, text in (
        ("Data Governance Policy", "Data Governance Policy | Version 2.1 | Page 1 of 12\n"),
        (
            "Chief Data Officer Policy",
            "Chief Data Officer Policy\nContents\nChief Data Officer Policy Overview ... 3\n",
        ),
        ("Chief Data Officer Guidance", "Chief Data Officer Guidance was issued in 2023 and updated in\n"),
        ("Digital Economy - Data Rules", "Digital Economy\n"),
    ):
        assert as_the_text_titles_it(title, text) == title


def test_batch_33_heads_read_as_printed() -> None:
    """A WeChat account's line under its name is no title; a report signed by a city's post
    ("City Manager") is the city's, dated before the meeting that takes it up; a memo's number
    and a date given in two calendars ("30 Srabon 1432 BS / 14 August 2025 AD")."""
    post = build_document_from(
        "深圳政数\n深圳市政务服务和数据管理局官方公众号\n\n深圳市召开2025年首席数据官述职会 部署下一阶段重点任务\n\n"
        "原创 深圳政数 深圳政数 2025-08-22 08:30 广东\n\n8月21日下午，深圳市2025年首席数据官述职会召开。\n"
    )
    assert post.title == "深圳市召开2025年首席数据官述职会 部署下一阶段重点任务"
    report = build_document_from(
        "Item | EX21.5\nMeeting Date | June 25, 2025\nREPORT FOR ACTION\n"
        "Establishing the Chief Data Officer Mandate\nDate: May 29, 2025\nTo: Executive Committee\n"
        "From: City Manager\nSummary\nData is among the City of Toronto's most valuable assets.\n"
        "Paul Johnson\nCity Manager\n"
    )
    assert report.date == "2025-05-29"
    assert infer_region(
        "City Manager", report.title, report.text, "en", "https://secure.toronto.ca/council/"
    ) == ("Canada / Toronto")
    assert infer_level("City Manager", report.title, "Canada / Toronto", report.text, "en") == "city"
    memo = build_document_from(
        "Information and Communication Technology Division\n"
        "Memo No: 56.00.0000.052.22.007.25-317 Date: 30 Srabon 1432 BS / 14 August 2025 AD\nCIRCULAR\n"
        "Subject: Designation of Chief Data Officers in Ministries and Divisions\n1. Background\n"
    )
    assert (memo.doc_number, memo.date) == ("56.00.0000.052.22.007.25-317", "2025-08-14")
    cited_first = "Following the model of the City of Vancouver, the City of Toronto will set a mandate. The City of Toronto's data."
    assert infer_region(
        "City Manager", "Report", cited_first, "en", "https://secure.toronto.ca/council/"
    ) == ("Canada / Toronto")
    minutes = build_document_from(
        "Data Governance Council - Minutes\nDate of meeting: 12 March 2025\nDate approved: 20 April 2025\n"
        "1. The Council adopted its terms of reference.\n"
    )
    assert minutes.date == "2025-03-12"  # minutes approved after their meeting keep its day


def test_batch_34_heads_read_as_printed() -> None:
    """A WeChat byline dated 2025-12-09 is no title; an emirate's circular ("Government of Dubai"
    over "Dubai Digital Authority", "Circular No. (7) of 2025") is the emirate's; a governor's
    order enacted in capitals names its officer; a post's credits ("文字：…") close its text."""
    post = build_document_from(
        "清远政数\n原创 清远政数 清远政数 2025-12-09 19:12 广东\n\n清远市召开2025年首席数据官述职评议会\n\n"
        "12月9日下午，清远市2025年首席数据官述职评议会召开。\n会后，结果将反馈各单位。\n\n文字：数据资源科\n"
    )
    assert post.title == "清远市召开2025年首席数据官述职评议会"
    assert is_complete(post)
    circular = build_document_from(
        "Government of Dubai\nDubai Digital Authority\nCircular No. (7) of 2025\n"
        "on the Appointment of Chief Data Officers in Government Entities\nDate: 15 May 2025\n"
        "1. Each Government Entity in the Emirate of Dubai shall appoint a Chief Data Officer.\n"
        "2. Dubai entities report to the Authority.\n"
    )
    assert (circular.issuer, circular.doc_number) == (
        "Dubai Digital Authority, Government of Dubai",
        "Circular No. (7) of 2025",
    )
    assert circular.region == "United Arab Emirates / Dubai"
    order = build_document_from(
        "EXECUTIVE ORDER 01.01.2025.14\nChief Data Officer and Data Governance\n"
        "NOW, THEREFORE, I, WES MOORE, GOVERNOR OF THE STATE OF MARYLAND, BY VIRTUE OF THE AUTHORITY VESTED "
        "IN ME, HEREBY PROCLAIM THE FOLLOWING EXECUTIVE ORDER:\nA. The State Chief Data Officer shall be appointed.\n"
        "GIVEN Under My Hand, this 14th Day of August, 2025.\nWes Moore\nGovernor\nATTEST:\nSecretary of State\n"
    )
    assert order.issuer == "Governor of the State of Maryland"
    assert order.doc_number.endswith("01.01.2025.14") and is_complete(order)


def test_batch_35_heads_read_as_printed() -> None:
    """A report's letterhead sets its body across from its date (the body as its title writes it
    in full); a forum's repost is the document below its lead's "以下为全文", the replies cut; a
    group's rule is its own by its title, in the province whose 国资委 it names; a page's details
    table gives its code number and issuing agency, and its <title> the county's site; a memo's
    From names the ministry under the post; a circular's own number comes before its file's; a
    report's lead names the body that issued the plan it reports."""
    report = build_document_from(
        "西陵区教育局　　　　　　　　2025年12月26日\n宜昌市西陵区教育局首席数据官2025年度述职报告\n"
        "现将本人2025年度履行首席数据官职责情况报告如下。\n一、履职基本情况\n组织编制数据资源目录。\n"
        "以上报告，请予审议。\n述职人：覃文斌\n2025年12月26日\n附表\n重点任务完成情况\n序号 | 任务 | 完成情况\n"
        "1 | 明确数据专员 | 已完成\n2 | 编制数据资源目录 | 已完成\n3 | 开展安全检查 | 已完成\n4 | 建设数据驾驶舱 | 基本完成\n"
    )
    assert (report.title, report.issuer) == (
        "宜昌市西陵区教育局首席数据官2025年度述职报告",
        "宜昌市西陵区教育局",
    )
    assert is_complete(report)  # its annex table ends it
    forum = build_document_from(
        "长白山下社区 - 延边本地生活交流平台\n[转载] 延边州政府办公室关于建立首席数据官制度的通知（全文）\n"
        "楼主 | 布尔哈通河畔 | 发表于 2025-7-21 08:47\n转载自州政府网站，原文链接打不开了，以下为全文，排版略有调整。\n"
        "延边朝鲜族自治州人民政府办公室\n关于建立首席数据官制度的通知\n延州政办发〔2025〕23号\n"
        "各县（市）人民政府：\n一、总体要求\n建立首席数据官制度，推进数据资源高效配置和安全有序流通。\n"
        "二、工作机制\n州首席数据官每年召开工作会议，各县（市）每半年报送一次工作情况。\n"
        "延边朝鲜族自治州人民政府办公室\n2025年7月14日\n"
        "本帖最后由 布尔哈通河畔 于 2025-7-21 09:02 编辑\n签名：只聊技术。\n"
        "沙发 | 海兰江边的风 | 发表于 2025-7-21 09:15\n感谢楼主转载\n"
    )
    assert forum.title == "延边朝鲜族自治州人民政府办公室关于建立首席数据官制度的通知"
    assert "沙发" not in forum.text and is_complete(forum)
    group = build_document_from(
        "蜀道投资集团有限责任公司首席数据官工作细则（试行）\n第一条 落实四川省国资委关于推进省属企业数据治理的工作要求，制定本细则。\n"
        "第二条 集团首席数据官由副总经理兼任。\n"
    )
    assert (group.issuer, group.region, group.level) == ("蜀道投资集团有限责任公司", "四川省", "企业")
    memo = build_document_from(
        "MINISTRY OF DIGITAL TRANSFORMATION\nREPUBLIC OF TRINIDAD AND TOBAGO\n\nCIRCULAR MEMORANDUM No. 7 of 2025\n\n"
        "FROM:      Permanent Secretary\n           Ministry of Digital Transformation\n\nDATE:      14 November 2025\n\n"
        "FILE NO.:  MDT/DG/12/4/1 Vol. II\n\nSUBJECT:   DESIGNATION OF CHIEF DATA OFFICERS\n\n"
        "1.1  Each Permanent Secretary shall designate a Chief Data Officer.\n"
    )
    assert (memo.issuer, memo.doc_number) == (
        "Ministry of Digital Transformation",
        "CIRCULAR MEMORANDUM No. 7 of 2025",
    )
    news = build_document_from(
        "德阳全面推行首席数据官制度\n人民网成都9月16日电 近日，德阳市人民政府办公室印发《德阳市全面推行首席数据官制度工作方案》，"
        "在全市推行首席数据官制度。\n根据《方案》，市首席数据官由副市长担任。\n"
    )
    assert news.issuer == "德阳市人民政府办公室"


def test_a_policy_page_s_details_table_and_site_name() -> None:
    page = (
        "<html><head><title>Chief Data Officer and Data Governance - INF-17-1 (EP) - King County, Washington</title>"
        "</head><body><h1>Chief Data Officer and Data Governance</h1><table>"
        "<tr><th>Document Code No.</th><td>INF-17-1 (EP)</td></tr>"
        "<tr><th>Department/Issuing Agency</th><td>Department of Information Technology (KCIT)</td></tr>"
        "</table><p>1.0 The Chief Data Officer shall lead data governance for King County.</p></body></html>"
    )
    doc = build_document(Path("policy.html"), doc_id="policy", data=page.encode())
    assert (doc.issuer, doc.doc_number, doc.level) == (
        "Department of Information Technology (KCIT)",
        "INF-17-1 (EP)",
        "county",
    )
    assert doc.region == "United States / Washington / King County"


@pytest.mark.parametrize(
    ("page", "signer"),
    [
        # a group's department posts what its group signs
        (
            "<h1>厦门国贸控股集团有限公司市场化选聘首席数据官公告</h1><p>发布时间：2025-07-11 10:32　　来源：集团人力资源部</p>"
            "<p>一、选聘岗位</p><p>集团首席数据官1名。</p><p>厦门国贸控股集团有限公司</p><p>2025年7月11日</p>",
            "厦门国贸控股集团有限公司",
        ),
        # a body's office posts what its body signs
        (
            "<h1>宁夏回族自治区数据条例</h1><p>发布时间：2025-08-01　来源：宁夏回族自治区人大常委会办公厅</p>"
            "<p>宁夏回族自治区人民代表大会常务委员会</p><p>公　告</p><p>第三十四号</p><p>本条例现予公布。</p>"
            "<p>宁夏回族自治区人民代表大会常务委员会</p><p>2025年7月31日</p>",
            "宁夏回族自治区人民代表大会常务委员会",
        ),
    ],
)
def test_the_body_a_page_names_as_its_source_yields_to_the_one_that_signs(page: str, signer: str) -> None:
    doc = build_document(Path("post.html"), doc_id="post", data=f"<html><body>{page}</body></html>".encode())
    assert doc.issuer == signer


def test_the_first_cold_reviews_of_batch_35s_reading() -> None:
    """A number cited under the circular's labelled one is not its own; a 政策解读 that reprints
    its rule near its end keeps its own title; a clause that follows another's document ("为贯彻
    落实省政府办公厅印发《…》精神") names no issuer, nor does a commission whose guidance a company
    cites give its region, nor a kind of body (大型企业集团) its issuer."""
    cited = build_document_from(
        "MINISTRY OF DIGITAL TRANSFORMATION\nCircular No.: MDT/07/2025\nDate: 14 July 2025\nSupersedes:\n"
        "Circular Memorandum No. 3 of 2019\nSUBJECT: CHIEF DATA OFFICERS\n1.1 Each Ministry shall designate a CDO.\n"
    )
    assert cited.doc_number == "MDT/07/2025"
    interpretation = build_document_from(
        "《宜昌市首席数据官制度实施办法》政策解读\n一、出台背景\n为推进数据治理，市政府出台本办法。\n二、主要内容\n"
        "明确首席数据官的设置和职责。\n《办法》全文如下：\n第一条 为加强数据管理，制定本办法。\n"
    )
    assert interpretation.title == "《宜昌市首席数据官制度实施办法》政策解读"
    following = build_document_from(
        "各乡镇人民政府：\n为贯彻落实省政府办公厅印发《关于全面推行首席数据官制度的实施意见》精神，现就有关事项通知如下。\n"
        "一、各乡镇设立首席数据官。\n"
    )
    assert following.issuer == ""
    company = build_document_from(
        "某某建设集团有限公司首席数据官工作制度\n第一条 参照北京市国资委《市管企业首席数据官制度建设指引》，制定本制度。\n"
    )
    assert company.region == ""
    kind = build_document_from(
        "大型企业集团首席数据官制度建设的实践与思考\n企业集团设立首席数据官，统筹数据工作。\n"
    )
    assert kind.issuer == ""


def test_batch_36_heads_read_as_printed() -> None:
    """An Indian G.R.'s banner and department over its "Government Resolution No."; a directive's
    subject in capitals opening with its number; a governor's order below its site's menus, signed
    with its year in words; a 公告's number under 公　告, signed by the body its page's 办公厅 posts
    for; a WeChat interview naming the office that issued the plan (not the account); a company's
    name over its rule's; a 新区 by the district it is."""
    gr = build_document_from(
        "Appointment of Chief Data Officers in Administrative Departments\nGOVERNMENT OF MAHARASHTRA\n"
        "Information Technology Department\nGovernment Resolution No. MahaIT-2025/CR-47/39\nMantralaya, Mumbai 400 032\n"
        "Dated: 14 August, 2025\nGovernment Resolution:\n1. Every Administrative Department shall designate a DCDO.\n"
    )
    assert gr.issuer == "Information Technology Department, Government of Maharashtra"
    directive = build_document_from(
        "REPUBLIC OF BOTSWANA\nMINISTRY OF COMMUNICATIONS, KNOWLEDGE AND TECHNOLOGY\nRef: MCKT 6/1/12 I (37)\n"
        "SAVINGRAM\nDIRECTIVE NO. 3 OF 2025 ON THE DESIGNATION AND RESPONSIBILITIES OF CHIEF DATA OFFICERS IN "
        "MINISTRIES, DEPARTMENTS AND AGENCIES\n1. PURPOSE\n1.1 This Directive establishes the CDO function.\n"
        "ANNEX A: CDO NOMINATION FORM\nFor official use: Date received ________  Register No. ________\n"
    )
    assert directive.doc_number == "DIRECTIVE NO. 3 OF 2025" and directive.title.startswith("DIRECTIVE NO. 3")
    assert directive.issuer.startswith("Ministry of Communications, Knowledge and Technology")
    assert is_complete(directive)  # a form's blank ends it
    order = build_document_from(
        "Official Site of The State of New Jersey\nNJ Home | Services A to Z\nThe Governor\nNewsroom\n"
        "EXECUTIVE ORDER NO. 391\nExecutive Order No. 391: Establishing the Office of the Chief Data Officer\n"
        "WHEREAS, the State collects data; and\nNOW, THEREFORE, I, PHILIP D. MURPHY, Governor of the State of New "
        "Jersey, do hereby ORDER and DIRECT:\n1. The Chief Data Officer shall lead the Office.\n"
        "GIVEN, under my hand and seal this 12th day of June, Two Thousand and Twenty-Five, and of the "
        "Independence of the United States, the Two Hundred and Forty-Ninth.\n"
    )
    assert order.title == "Executive Order No. 391: Establishing the Office of the Chief Data Officer"
    assert (order.doc_number, order.date) == ("EXECUTIVE ORDER NO. 391", "2025-06-12")
    announcement = build_document_from(
        "宁夏回族自治区数据条例\n宁夏回族自治区人民代表大会常务委员会\n公　告\n第三十四号\n"
        "《宁夏回族自治区数据条例》已由常务委员会会议通过，现予公布。\n宁夏回族自治区人民代表大会常务委员会\n2025年7月31日\n"
    )
    assert announcement.doc_number == "第三十四号"
    interview = build_document_from(
        "专访｜区首席数据官：让数据管起来\n原创 徐汇数据 上海徐汇 2025年07月16日 18:30 上海\n"
        "今年4月18日，上海市徐汇区人民政府办公室印发《徐汇区首席数据官制度实施方案》，在全区推行。\n问：为什么要设立？\n"
        "答：为了管好数据。\n来源：徐汇数据\n"
    )
    assert (interview.issuer, interview.region) == ("上海市徐汇区人民政府办公室", "上海市徐汇区")
    rule = build_document_from(
        "中国太平洋保险（集团）股份有限公司\n首席数据官管理办法\n太保发〔2025〕42号\n第一章　总　则\n第一条　为加强数据治理，制定本办法。\n"
    )
    assert rule.title == "中国太平洋保险（集团）股份有限公司首席数据官管理办法"
    area = build_document_from(
        "青岛西海岸新区首席数据官制度实施方案\n本方案适用于新区（黄岛区）各镇街、新区管委各部门。\n"
    )
    assert area.region.endswith("黄岛区")


def test_the_second_cold_reviews_of_batch_36s_reading() -> None:
    """A university's, a hospital's and a group's own rules give their issuers (大型企业集团 is a kind,
    not a name); a circular's number under its "Reference:" is its own; an office's address line is
    no part of its name."""
    for title, issuer in (
        ("浙江大学首席数据官制度实施办法", "浙江大学"),
        ("北京协和医院首席数据官管理办法（试行）", "北京协和医院"),
        ("四川省交通投资集团首席数据官工作细则", "四川省交通投资集团"),
    ):
        assert build_document_from(f"{title}\n第一条　为加强数据管理，制定本办法。\n").issuer == issuer
    numbered = build_document_from(
        "OFFICE OF THE PRIME MINISTER\nReference: OPM/ICT/12/3\nCIRCULAR No. 7 of 2025\nSUBJECT: CHIEF DATA OFFICERS\n"
        "1. Each Ministry shall designate a Chief Data Officer.\n"
    )
    assert numbered.doc_number == "CIRCULAR No. 7 of 2025"
    assert not _MINISTRY_LINE.match("Office of the Governor, PO Box 001, Trenton, NJ 08625")
    assert _MINISTRY_LINE.match("Ministry of Communications, Knowledge and Technology")


def test_batch_37s_ordinance_web_pages_and_macau_circular() -> None:
    """A county ordinance: its subject under the kind and its number (not "ORDINANCE: 25-3187"),
    its enacting formula's body, its county at its letterhead's address (though it names "the
    United States"), the day it was adopted, a copy that reaches its clerk's attestation. A Macau
    guideline: the office with its banner's place, the site's tools line gone, its attachments'
    links and related items not its body."""
    ordinance = build_document_from(
        "BOARD OF COMMISSIONERS OF COOK COUNTY\n118 North Clark Street, Chicago, Illinois 60602\nORDINANCE\n25-3187\n"
        "Sponsored by: JANE ROE and JOHN DOE, County Commissioners\nCHIEF DATA OFFICER AND OPEN DATA ORDINANCE\n"
        "WHEREAS, governments across the United States have designated chief data officers; and\n"
        "NOW, THEREFORE, BE IT ORDAINED by the Cook County Board of Commissioners, that the Code is amended:\n"
        "Sec. 2-595. The Chief Data Officer shall be appointed by the President of the Board.\n"
        "Effective date: This ordinance shall take effect upon adoption.\n"
        "Approved and adopted this 23rd day of October 2025.\n"
        "President, Cook County Board of Commissioners\nAttest: ____________________\nCounty Clerk\n"
    )
    assert (ordinance.title, ordinance.doc_number) == (
        "CHIEF DATA OFFICER AND OPEN DATA ORDINANCE",
        "25-3187",
    )
    assert (ordinance.issuer, ordinance.date) == ("Cook County Board of Commissioners", "2025-10-23")
    assert (ordinance.region, ordinance.level) == ("United States / Illinois / Cook County", "county")
    assert is_complete(ordinance)
    macau = build_document_from(
        "無障礙瀏覽　網站地圖　搜尋\n澳門特別行政區政府 行政公職局\n\n公共部門首席數據官工作指引\n\n"
        "一、目的\n在各公共部門設立首席數據官，明確部門數據管理的責任主體。\n\n行政公職局\n二零二五年七月十五日\n\n"
        "公共部門首席數據官報備表（PDF，156 KB）\n\n相關資訊：\n· 行政公職局舉辦專題講座\n· 2025年度培訓計劃公佈\n"
    )
    assert (macau.title, macau.issuer) == ("公共部門首席數據官工作指引", "澳門特別行政區行政公職局")
    assert (macau.region, macau.date) == ("澳门特别行政区", "2025-07-15")
    assert "無障礙" not in macau.text and "相關資訊" not in macau.text and is_complete(macau)


def test_batch_37s_city_strategy_page_and_a_directorates_publication() -> None:
    """A city's strategy page: approved by its council on a day the page's "Last updated" does not
    change, signed in its footer by the city, in the country its links' government site is in; its
    related links, feedback and social bar are no text. A directorate is named with its
    government; an address that ends with its postcode closes the page."""
    strategy = build_document(
        Path("strategy.md"),
        doc_id="strategy",
        data=(
            "[Home](https://www.capetown.gov.za/) | [Services](https://www.capetown.gov.za/services) | Log in\n\n"
            "Last updated: 12 August 2025\n\n# Data Strategy 2025–2030\n\n"
            "*Approved by Council on 28 May 2025.*\n\n## 1. Summary\n\nThe City of Cape Town collects data every day. "
            "It will appoint a Chief Data Officer.\n\n### Related content\n\n"
            "- [Digital Strategy](https://www.capetown.gov.za/digital)\n- [Open Data Portal](https://odp.capetown.gov.za/)\n\n"
            "Was this page helpful? Yes | No\n\n© City of Cape Town 2025 | [Privacy](https://www.capetown.gov.za/p)\n\n"
            "Call Centre: 0860 103 089 | Follow us: Facebook | X | Instagram\n"
        ).encode(),
    )
    assert (strategy.date, strategy.issuer) == ("2025-05-28", "City of Cape Town")
    assert strategy.region == "South Africa / Cape Town"
    assert strategy.text.rstrip().endswith("It will appoint a Chief Data Officer.")
    network = build_document_from(
        "Publication - Corporate report\nCDO Network: terms of reference\nPublished: 14 May 2025\n"
        "Directorate: Digital Directorate\n1. Purpose\nThe Network supports the Scottish Government's data programme.\n"
        "Contact\nEmail: network@gov.scot\nData Division\nDigital Directorate\nScottish Government\nVictoria Quay\nEdinburgh\nEH6 6QQ\n"
    )
    assert network.issuer == "Scottish Government (Digital Directorate)"
    assert is_complete(network)


def test_batch_38s_bulletin_guidelines_policy_translation_and_minutes() -> None:
    """A city's administrative bulletin under its letterhead (its labelled number); guidelines
    signed on a day by a body under its signer; a university's policy that names itself, approved
    on a day its review date is not; a translation's number in characters and its signature's
    date, in the district of the city its title names; minutes dated under their number; a zone
    named after its city."""
    from ingest.formats.base import as_the_text_titles_it

    bulletin = build_document_from(
        "CITY OF AUSTIN\nADMINISTRATIVE BULLETIN\nAdministrative Bulletin Number: 25-04\n"
        "Subject: Chief Data Officer and Data Stewardship\nDate Issued: July 15, 2025\nI. PURPOSE\n"
        "This Administrative Bulletin establishes the position of Chief Data Officer.\n"
    )
    assert (bulletin.issuer.lower(), bulletin.doc_number) == ("city of austin", "25-04")
    guidelines = build_document_from(
        "FEDERAL REPUBLIC OF NIGERIA\nGUIDELINES FOR CHIEF DATA OFFICERS, 2025\n1.0 PREAMBLE\n"
        "1.1 Each MDA shall designate a Chief Data Officer.\nSigned on this 14th day of July, 2025.\n"
        "Engr. Musa Ibrahim\nDirector-General/CEO\nNational Information Technology Development Agency\n"
    )
    assert (guidelines.issuer, guidelines.date) == (
        "National Information Technology Development Agency",
        "2025-07-14",
    )
    assert is_complete(guidelines)
    cover = "FEDERAL REPUBLIC OF NIGERIA\nGUIDELINES FOR THE DESIGNATION OF CHIEF DATA OFFICERS IN MINISTRIES, DEPARTMENTS AND AGENCIES (MDAs), 2025\n"
    assert (
        as_the_text_titles_it("Guidelines for the Designation of Chief Data Officers in MDAs, 2025", cover)
        == (cover.splitlines()[1])
    )
    policy = build_document_from(
        "Data Governance Policy and Procedures\nIntroduction\nThe University of Auckland (the University) holds data.\n"
        "Review\nThis policy will be reviewed every three years.\nDocument management and control\n"
        "Content manager: Chief Data Officer\nOwner: Provost\nApproved by: Vice-Chancellor\n"
        "Date approved: 20 May 2025\nReview date: 20 May 2028\n"
    )
    assert (policy.issuer, policy.date) == ("The University of Auckland", "2025-05-20")
    assert is_complete(policy)
    translation = build_document_from(
        "Implementation Plan for the Chief Data Officer System of Futian District, Shenzhen\n"
        "Fu Fu Ban [2025] No. 41 (福府办〔2025〕41号)\nI. General Requirements\nThe district will set up CDOs.\n"
        "General Office of the People's Government of Futian District, Shenzhen\nJuly 28, 2025\n"
        "Disclaimer: This translation is for reference only.\n"
    )
    assert (translation.doc_number, translation.date) == ("福府办〔2025〕41号", "2025-07-28")
    assert translation.region == "广东省深圳市福田区"
    minutes = build_document_from(
        "重庆市渝北区首席数据官工作例会纪要\n渝北数据纪〔2025〕7号\n重庆市渝北区大数据发展局　　　　2025年9月26日\n"
        "会议听取了区大数据发展局的汇报。\n"
    )
    assert (minutes.issuer, minutes.date) == ("重庆市渝北区大数据发展局", "2025-09-26")
    zone = build_document_from("苏州工业园区数据专员考核办法\n第一条　为加强数据专员管理，制定本办法。\n")
    assert zone.region == "江苏省苏州市苏州工业园区"


def test_the_first_cold_review_of_batch_37_and_38s_reading() -> None:
    """A plain text's cited links are no site it was saved from; a date under a bulletin's kind is
    no number; "(c)" opening a list item is no copyright; a zone named after a three-character city;
    "The Government" is no government's name; a self-naming body without the post before it."""
    cited = build_document(
        Path("cdo-policy.txt"),
        doc_id="cdo-policy",
        data=(
            b"Chief Data Officer Policy\nThe CDO shall follow the guidance at https://www.gov.uk/a and "
            b"https://www.gov.uk/b.\n"
        ),
    )
    assert cited.region == ""
    bulletin = build_document_from(
        "CITY OF SPRINGFIELD\nADMINISTRATIVE BULLETIN\n07-01-2025\nData Governance and the Chief Data Officer\n"
        "The Chief Data Officer shall lead data governance.\n"
    )
    assert bulletin.doc_number != "07-01-2025"
    text = "Data policy\nThe CDO shall publish data.\n(c) the Government of Canada, where a federal statute requires it.\n"
    assert infer_issuer(text, text, "Data policy") == ""
    assert (
        infer_region("石家庄高新区管理委员会", "石家庄高新区首席数据官工作方案")
        == "河北省石家庄市石家庄高新区"
    )
    directorate = build_document_from(
        "Publication\nCDO Network\nDirectorate: Digital Directorate\nThe Government will act. The Government "
        "agrees. The Government funds it. The Scottish Government leads.\n"
    )
    assert directorate.issuer == "Scottish Government (Digital Directorate)"
    policy = build_document_from(
        "Data Policy\nIntroduction\nThis policy is approved by the Vice-Chancellor of The University of Auckland "
        "(the University) for all staff.\n"
    )
    assert policy.issuer == "The University of Auckland"


def test_batches_39_and_40_heads() -> None:
    """The heads batches 39 and 40 printed, each read as the document's own."""
    portal = build_document_from(
        "南阳市人民政府门户网站\n无障碍浏览　长者模式　English　登录　注册\n"
        "标　　题：南阳市人民政府办公室关于印发南阳市首席数据官工作规则的通知\n\n"
        "南阳市人民政府办公室\n关于印发《南阳市首席数据官工作规则》的通知\n宛政办〔2025〕21号\n"
        "各县（市、区）人民政府：\n现印发给你们，请认真贯彻执行。\n南阳市人民政府办公室\n2025年7月18日\n"
    )
    assert (
        portal.title == "南阳市人民政府办公室关于印发《南阳市首席数据官工作规则》的通知"
    )  # the head, marks kept
    assert "登录" not in portal.text
    statute = build_document_from(
        "Indiana Code 2025 — updated through the 2025 session.\nIC 4-3-26\nChapter 26. Management Performance Hub\n"
        "IC 4-3-26-1 Applicability\nSec. 1. This chapter applies to each state agency.\n"
    )
    assert (statute.title, statute.issuer, statute.region) == (
        "Chapter 26. Management Performance Hub",
        "Indiana General Assembly",
        "United States / Indiana",
    )
    town = build_document_from(
        "昆山市周市镇人民政府关于建立首席数据官工作制度的通知\n各办局：\n现通知如下。\n"
    )
    assert (town.region, town.level) == ("江苏省昆山市周市镇", "镇")
    assert region_places(town.region)[-1] == "周市镇"
    memo = build_document_from(
        "COUNTY OF FAIRFAX, VIRGINIA\nPROCEDURAL MEMORANDUM NO. 70-14\n"
        "Subject: | Chief Data Officer and Enterprise Data Governance\nDate: | September 22, 2025\n"
        "Supersedes: | Procedural Memorandum No. 70-08, “Data Sharing,” dated June 3, 2019\n"
        "1. Purpose\nThis memorandum establishes the position of Chief Data Officer.\n"
    )
    assert (memo.date, memo.doc_number) == ("2025-09-22", "PROCEDURAL MEMORANDUM NO. 70-14")
    assert memo.title.endswith(": Chief Data Officer and Enterprise Data Governance")
    om = build_document_from(
        "No. F.2-11/2025-DG(MoITT)\nGOVERNMENT OF PAKISTAN\nMINISTRY OF INFORMATION TECHNOLOGY & TELECOMMUNICATION\n"
        "Islamabad, the 14th May, 2025\nOFFICE MEMORANDUM\nSubject: DESIGNATION OF CHIEF DATA OFFICERS\n"
        "The undersigned is directed to state the following.\n"
    )
    assert om.doc_number == "F.2-11/2025-DG(MoITT)"
    directive = build_document_from(
        "Executive Directive No. 14: Data Governance and the Chief Data Officer\n"
        "OFFICE OF THE MAYOR — CITY OF LOS ANGELES\nExecutive Directive No. 14\nIssue Date: October 7, 2025\n"
        "Subject: Data Governance and the Chief Data Officer\nBackground\nThe City collects data.\n"
        "Executed this 7th day of October, 2025.\nKAREN BASS\nMayor\n"
    )
    assert directive.doc_number == "Executive Directive No. 14" and is_complete(directive)
    borough = build_document_from(
        "Data Governance Board: Terms of Reference\nThe Board is the London Borough of Camden's senior forum.\n"
        "Camden Council\n"
    )
    assert borough.region == "United Kingdom / England / Camden"
    kentucky = build_document_from(
        "Enterprise Policy CIO-131\nThis policy applies to Executive Branch agencies of the Commonwealth of "
        "Kentucky. The Commonwealth Chief Data Officer serves the Commonwealth. Data held by the Commonwealth "
        "is shared across the Commonwealth. Kentucky agencies comply.\n"
    )
    assert kentucky.region == "United States / Kentucky"


def test_a_shortened_chinese_property_title_spelled_out_by_the_head() -> None:
    from ingest.formats.base import as_the_text_titles_it

    head = (
        "穗埔府办〔2025〕9号\n广州市黄埔区人民政府办公室 广州开发区管委会办公室关于印发《广州市黄埔区 "
        "广州开发区首席数据官制度实施细则》的通知\n各街道办事处：\n"
    )
    assert as_the_text_titles_it("关于印发首席数据官制度实施细则的通知", head).startswith(
        "广州市黄埔区人民政府办公室"
    )


def test_an_annex_left_out_and_a_distribution_list_end_no_body() -> None:
    left_out = build_document_from(
        "Notice on the CDO system\nThe CDOs shall report by July 10 each year.\n"
        "Annex: Registration Form of Chief Data Officers (omitted)\n"
        "Hangzhou Municipal Data Resources Administration\nApril 18, 2025\n"
    )
    assert is_complete(left_out)
    assert (
        region_places("浙江省湖州市德清县新市镇")[-1] == "新市镇"
        and region_places("广东省佛山市南海区狮山镇")[-1] == "狮山镇"
    )


def test_what_the_cold_review_found_in_the_heads() -> None:
    row = build_document_from(
        "Data Strategy\nMilestone | Target date | June 30, 2026\nApproved: July 1, 2025\nThe CDO shall lead.\n"
    )
    assert row.date == "2025-07-01"  # a milestone's cell dates no document
    regulations = build_document_from(
        "Code of Maryland Regulations\nCOMAR 14.01.01\nThe Department shall act.\n"
    )
    assert regulations.issuer != "Maryland General Assembly"
    borough = build_document_from("Data Board\nThe London Borough of Tower Hamlets council decides.\n")
    assert borough.region == "United Kingdom / England / Tower Hamlets"


def test_batch_42_heads_and_ends_read_as_printed() -> None:
    """Batch 42, written blind: a governor's order that names only his post and its page's short
    number ("EO 25-17: …"), a share bar below it; a council's resolution under a header block of
    long labelled lines; a speech dated under its speaker days before its page's 发布时间, in an
    autonomous prefecture by its short name; a WeChat post whose credits end with 终审."""
    order = build_document_from(
        "EO 25-17: To Establish the State Chief Data and Analytics Officer\nExecutive Orders | September 10, 2025\n"
        "WHEREAS, data is a strategic asset of the State;\n"
        "NOW, THEREFORE, I, the Governor of the State of Arkansas, acting under the authority vested in me, "
        "do hereby order and direct the following:\nSection 1. Purpose\nThe purpose of this Order is to lead.\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this 10th day of September, in the year of our Lord 2025.\n"
        "/s/ Governor of the State of Arkansas\nATTEST: /s/ Secretary of State\n"
        "Share this page: Facebook X Email Copy link\n"
    )
    assert (order.issuer, order.doc_number) == ("Governor of the State of Arkansas", "EO 25-17")
    assert is_complete(order)
    resolution = build_document_from(
        "CITY OF PORTLAND, OREGON\nCOUNCIL ACTION SUMMARY\n"
        "Agenda Item 812 | Regular Agenda | Council Meeting of October 8, 2025\n"
        "Title: Establish the position of Chief Data Officer and create a Data Governance Steering Committee "
        "to coordinate Citywide data governance (Resolution)\n"
        "Prepared by: /s/ Priya Natarajan Senior Policy Analyst, Office of the City Administrator\n"
        "RESOLUTION No. 37758\nWHEREAS, City bureaus collect data; and\n"
    )
    assert resolution.title.startswith("Establish the position of Chief Data Officer")
    assert resolution.doc_number == "Resolution No. 37758"
    speech = build_document_from(
        "首页 > 政务公开 > 领导讲话\n来源：大理州数据局　　发布时间：2025-06-23 10:12　　浏览次数：642\n"
        "在全州首席数据官制度建设推进会上的讲话\n大理州人民政府副州长　段志华\n（2025年6月20日）\n同志们：\n"
        "今天，我们召开全州首席数据官制度建设推进会。\n"
    )
    assert (speech.date, speech.region) == ("2025-06-20", "云南省大理州")
    post = build_document_from(
        "钟山区举行首席数据官聘任仪式\n\n7月15日，钟山区举行首席数据官聘任仪式。\n\n"
        "区直各部门首席数据官共80余人参加会议。\n\n来源：钟山区融媒体中心\n记者：杨雪 张鹏\n编辑：陈露\n终审：黄海涛\n"
    )
    assert is_complete(post)


def test_batch_43_heads_and_ends_read_as_printed() -> None:
    """Batch 43, written blind: a city whose name ends in 镇 (景德镇市, not a town); a WeChat copy
    whose account name and post time stand on lines of their own above the notice's title; a
    red-header report titled …的总结; a Taiwan law page's related rules and news after its last
    point; a street's page on its district's site, whose footer names the district."""
    plan = build_document_from(
        "景德镇市人民政府办公室关于印发景德镇市全面推行首席数据官制度实施方案的通知\n景府办字〔2025〕38号\n"
        "各县（市、区）人民政府：\n现印发给你们，请认真抓好贯彻落实。\n"
    )
    assert (plan.region, plan.level) == ("江西省景德镇市", "市")
    post = build_document_from(
        "牡丹江交投\n2025年03月14日 08:30 黑龙江\n\n关于印发《牡丹江市交通投资集团有限公司首席数据官工作制度》的通知\n\n"
        "原创 综合办公室 牡丹江交投\n\n牡交投发〔2025〕17号\n\n集团各部门：\n现予印发，请遵照执行。\n"
    )
    assert post.title == "关于印发《牡丹江市交通投资集团有限公司首席数据官工作制度》的通知"
    report = build_document_from(
        "酒泉市数据局\n酒数函〔2025〕87号\n酒泉市数据局关于2025年全市首席数据官制度推进工作情况的总结\n市人民政府：\n"
        "2025年，市数据局统筹推进全市首席数据官制度建设。现将全年工作情况总结如下。\n"
    )
    assert report.title == "酒泉市数据局关于2025年全市首席数据官制度推进工作情况的总结"
    rule = build_document_from(
        "法規名稱：宜蘭縣政府首席資料長設置要點\n"
        "十、首席資料長應於每年一月底前，將前一年度本府資料治理執行成果及次年度推動重點，向縣長提出年度報告。\n"
        "十一、本府資料治理所需經費，由計畫處及各局處相關年度預算支應。\n"
        "十二、各局處推動資料治理之執行成效，列入年度考核項目；執行績效優良之有關人員，由各局處依權責予以敘獎。\n"
        "十三、本小組成員均為無給職。\n:::\n相關法規\n"
        "．宜蘭縣政府資通安全管理要點\n最新消息\n．冬山河親水公園夜間燈光秀延長開放至10月底（2025-09-10）\n"
        "回上一頁　|　回頁首\n:::\n宜蘭縣政府 版權所有 © 2025\n最後更新日期：2025-09-05　　瀏覽人次：3,876,412\n"
    )
    assert is_complete(rule)
    news = build_document_from(
        "# 人民东路街道推行首席数据官制度\n\n3月13日，人民东路街道召开首席数据官制度推进会。\n\n"
        "街道首席数据官由办事处主任兼任。\n\n主办：郴州市北湖区人民政府办公室　承办：郴州市北湖区数据局\n"
    )
    assert news.region == "湖南省郴州市北湖区人民东路街道"


def test_batch_44_heads_and_ends_read_as_printed() -> None:
    """Batch 44, written blind: a reposting site's 【广告】 line above the notice (no title); a
    notice whose 附件 line stands above its signer and 版记 (whole); a Markdown page's "### 相关文章"
    list (cut); an order numbered "#265"; a control table whose cells a PDF ran together; a city
    the dictionary notes with its kind capitalised ("Turpan City in Xinjiang"); Xi'an, the city."""
    from kb.gazetteer import chinese_place, province_of

    notice = build_document_from(
        "政策汇编网 - 地方政策法规全文检索 | 免费查询 | 每日更新\n\n"
        "【广告】数据资产入表、数据知识产权登记一站式服务，专业团队全程代办，咨询热线400-860-3721\n\n"
        "吐鲁番市人民政府办公室关于建立首席数据官制度的通知\n\n吐市政办发〔2025〕19号\n\n"
        "市人民政府各部门：\n\n现就在全市建立首席数据官制度有关事项通知如下。\n"
    )
    assert notice.title == "吐鲁番市人民政府办公室关于建立首席数据官制度的通知"
    assert province_of("吐鲁番市") == "新疆维吾尔自治区"
    assert chinese_place("Xi'an") == "西安市"  # not 辽源's 西安区, a district of the same name
    assert chinese_place("Liancheng") == ""  # 连城县, whatever the dictionary's old entries say
    signed = build_document_from(
        "六、保障措施\n（六）首席数据官每年向州人民政府常务会议报告全州数据工作情况。\n"
        "附件：黔南州首席数据官、副首席数据官及数据专员备案表\n黔南州人民政府办公室\n2025年4月18日\n"
        "（此件公开发布）\n抄送：州委各部门。\n黔南州人民政府办公室　　　　2025年4月18日印发\n"
    )
    assert is_complete(signed)
    two = signed.text.replace(
        "附件：黔南州首席数据官、副首席数据官及数据专员备案表", "附件：1.首席数据官备案表\n2.数据专员名单"
    )
    assert is_complete(build_document_from(two))
    page = build_document_from(
        "# 南京市江宁区首席数据官履职评价办法（试行）\n\n第十九条　本办法自2025年6月1日起施行，试行期两年。\n\n"
        "附件：江宁区首席数据官年度履职评分表.xlsx\n\n### 相关文章\n\n- 江宁区召开首席数据官制度工作推进会　2025-04-18\n"
        "- 江宁开发区智能网联汽车测试道路再扩容　2025-05-19\n"
    )
    assert is_complete(page) and "智能网联" not in page.text
    order = build_document_from(
        "State of Wisconsin\nOffice of the Governor\n\nEXECUTIVE ORDER #265\n\n"
        "Relating to the Creation of the Position of State Chief Data Officer\n\n"
        "WHEREAS, state agencies collect data; and\n"
    )
    assert order.doc_number == "EXECUTIVE ORDER #265"
    directive = build_document_from(
        "Chief Data Officer Directive\nVolume 1 — Corporate Management\nPolicy number GAM 1.27\n"
        "Approved by Management Board\nEffective date September 1, 2025\n1. Authority\n"
        "1.1 This directive is issued by Management Board.\n"
    )
    assert directive.doc_number == "GAM 1.27"
    html = (
        "<html><head><title>花蓮縣政府設置首席資料長-新聞稿-花蓮縣政府全球資訊網</title></head><body>"
        "<h2>花蓮縣政府設置首席資料長</h2><ul><li>發布日期：114-03-12</li><li>發布單位：行政暨研考處</li></ul>"
        "<p>花蓮縣政府今（12）日宣布由副縣長兼任本府首席資料長，並成立資料治理推動小組。</p>"
        "<p>縣府將以資料治理為基礎，逐步推動智慧防災等應用。</p><p>回列表 ｜ 回頂端</p></body></html>"
    )
    release = build_document(Path("hualien.html"), doc_id="hualien", data=html.encode())
    assert release.issuer == "花蓮縣政府"  # the unit that posted it names no body: the site's owner
    assert is_complete(release)


def test_batch_45_heads_and_ends_read_as_printed() -> None:
    """Batch 45, written blind: an order under its filing stamp and a letterhead with its phone
    line; a policy's number after a word of whose ("Corporate Policy Number"), its approval date
    over its effective date, and a page foot that says where to send questions (whole); a city
    of another country at its own address (vancouver.ca); a council's name in two languages over
    its cover title; a county page's 發布單位 the text leaves out."""
    order = build_document_from(
        "FILED\nAUG 12 2025\nNEBRASKA SECRETARY OF STATE\n\nSTATE OF NEBRASKA\nOFFICE OF THE GOVERNOR\n"
        "P.O. Box 94848 | Lincoln, Nebraska 68509-4848\nPhone: (402) 471-2244 | governor.nebraska.gov\n\n"
        "EXECUTIVE ORDER No. 25-07\n\nESTABLISHING THE OFFICE OF THE CHIEF DATA OFFICER\n\n"
        "WHEREAS, the State of Nebraska collects data; and\n"
    )
    assert order.title == "EXECUTIVE ORDER No. 25-07: ESTABLISHING THE OFFICE OF THE CHIEF DATA OFFICER"
    assert order.doc_number == "EXECUTIVE ORDER No. 25-07"
    policy = build_document_from(
        "CITY OF VANCOUVER\nChief Data Officer Mandate and Data Governance Framework\n"
        "Corporate Policy Number: ADMIN-047\nApproved by City Manager: October 14, 2025\n"
        "Effective Date: November 1, 2025\nCall 3-1-1 or visit vancouver.ca.\n"
        "1. Purpose\n1.1 This Framework establishes the mandate of the City of Vancouver's Chief Data Officer.\n"
        '9. Definitions\n"City data" means any data held by the City.\n'
        "Related: Open Data Policy (ADMIN-039) | Information Security Policy (ADMIN-031)\n"
        "Questions about this Framework? Contact data.governance@vancouver.ca\n"
    )
    assert (policy.doc_number, policy.date) == ("ADMIN-047", "2025-10-14")
    assert policy.region.startswith("Canada / ") and policy.region.endswith("Vancouver")
    assert is_complete(policy)
    cover = build_document_from(
        "Cardiff Council\nCyngor Caerdydd\nData Strategy 2025–2028:\n"
        "Chief Data Officer and Data Governance Arrangements\nVersion 1.0\n"
        "This document is available in Welsh / Mae’r ddogfen hon ar gael yn Gymraeg\n"
        "1. Introduction and Purpose\n1.1 Cardiff Council collects and holds data about residents in Wales.\n"
    )
    assert (cover.issuer, cover.region) == ("Cardiff Council", "United Kingdom / Wales / Cardiff")
    county = (
        "<html><head><title>臺東縣政府設置首席資料長-縣政新聞-臺東縣政府全球資訊網</title></head><body>"
        "<ul class='info'><li>發布單位：計畫處</li><li>發布日期：114-03-18</li></ul>"
        "<div class='content'><h2>臺東縣政府設置首席資料長</h2>"
        "<p>臺東縣政府於18日縣務會議通過設置要點，首席資料長由副縣長兼任，綜理全府資料治理政策。</p>"
        "<p>縣府將以資料治理為基礎，逐步擴大開放資料。</p></div></body></html>"
    )
    assert build_document(Path("taitung.html"), doc_id="taitung", data=county.encode()).issuer == "臺東縣政府"


def test_a_copy_whose_page_marks_stop_before_its_last_page_is_incomplete() -> None:
    """ "Page n of 7" on each page, the last mark page 4: the stored copy lost pages 5 to 7; one
    mark alone may be a sentence's."""
    from kb.sources import stopped_at_page

    assert stopped_at_page("a\nPage 1 of 7\nb\nPage 2 of 7\nc\nPage 4 of 7\n") == (
        "the copy stored stops at page 4 of 7"
    )
    assert stopped_at_page("第1页 共3页\n…\n第2页 共3页\n") == "the copy stored stops at page 2 of 3"
    assert stopped_at_page("Page 1 of 2\nPage 2 of 2\n") == ""
    assert stopped_at_page("as set out on Page 3 of 10 of the plan") == ""


def test_page_marks_that_reach_the_last_page_say_the_copy_is_whole() -> None:
    """A policy PDF whose last page ends with the council's address, "Page 4 of 4" in its footer
    (batch 43's Christchurch policy): whole, though its last line ends no sentence."""
    from kb.sources import reaches_last_page

    assert reaches_last_page("Page 1 of 4\nPage 2 of 4\nPage 3 of 4\nPage 4 of 4\n")
    assert not reaches_last_page("Page 1 of 7\nPage 2 of 7\n")
    assert not reaches_last_page("see Page 4 of 4 of the plan")  # one mark may be a sentence's


def test_batch_46_cities_named_with_a_township_word_prefectures_and_a_reprints_lead() -> None:
    """Batch 46, written blind: 新乡市 is a city, not the township 新乡 (乡 before 市, as 景德镇市's
    镇); an autonomous prefecture by its short name that the dictionary notes only under its seat
    (恩施州: "Enshi … capital of Enshi Tujia and Miao Autonomous Prefecture"); the City of Sydney
    under "(NSW)" acts, which names no country; a WeChat post whose lead says who issued what it
    reprints (近日，泸州市人民政府办公室印发《…》（…号），现将全文发布如下)."""
    from kb.gazetteer import with_province

    assert region_places("新乡市人民政府办公室") == ["新乡市"]
    assert region_places("安徽省六安市霍山县下符桥镇") == ["安徽省", "六安市", "霍山县", "下符桥镇"]
    assert infer_region("新乡市人民政府办公室", "") == "河南省新乡市"
    assert (with_province("恩施州"), with_province("大理州"), with_province("杭州")) == (
        "湖北省恩施州",
        "云南省大理州",
        "浙江省杭州",
    )
    sydney = build_document_from(
        "CITY OF SYDNEY\nData Governance Framework 2025\nApproval date: 14 May 2025\n"
        "1. Purpose\n1.1 This Framework sets out how the City of Sydney governs data.\n"
        "1.2 It meets the Privacy and Personal Information Protection Act 1998 (NSW) and the State Records "
        "Act 1998 (NSW), with other NSW government agencies.\n"
    )
    assert sydney.region == "Australia / New South Wales / Sydney"
    council = build_document_from(
        "OFFICIAL\nBirmingham City Council\nData Charter and Chief Data Officer Terms of Reference\n"
        "1. Introduction\n1.1 This charter sets out how Birmingham City Council manages its data.\n"
    )
    assert (council.region, council.level) == ("Birmingham", "city")  # a city's council: no country said
    rule = build_document_from(
        "彰化縣政府首席資料長設置要點\n法規沿革 | 中華民國114年3月5日府計資字第1140087654號函訂定\n"
        "一、彰化縣政府為強化資料治理，特訂定本要點。\n"
    )
    assert rule.doc_number == "府計資字第1140087654號"  # the letter that enacted it, under its title
    post = build_document_from(
        "# 泸州市首席数据官工作考核细则（试行）\n\n原创 泸州大数据 2025年06月18日 09:30 四川\n\n"
        "> 近日，泸州市人民政府办公室印发《泸州市首席数据官工作考核细则（试行）》（泸市府办函〔2025〕38号），现将全文发布如下。\n\n"
        "**泸州市首席数据官工作考核细则（试行）**\n\n## 第一章 总则\n\n"
        "**第一条** 为压实各级首席数据官工作责任，制定本细则。\n\n来源：泸州市大数据中心\n"
    )
    assert (post.issuer, post.doc_number) == ("泸州市人民政府办公室", "泸市府办函〔2025〕38号")
