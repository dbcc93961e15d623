"""clean(): each rule on the real junk of the shipped corpus, plus invariants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import (
    clean,
    collapse_repetitions,
    cut_tail,
    drop_chrome_lines,
    drop_page_furniture,
    drop_vendor_ads,
    is_chrome_line,
    remove_pinyin_glosses,
)
from ingest.loaders import split_front_matter

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def body(name: str) -> str:
    path = CORPUS / name
    return split_front_matter(path, path.read_text(encoding="utf-8"))[1]


# What must survive and what must go, per shipped file (the content is what users ask about).
KEEP = {
    "haifeng-cdo-pilot-plan-2023.txt": [
        "海府办函〔2023〕5号",
        "海丰县人民政府办公室关于印发《海丰县首席数据官制度试点实施方案》的通知",
        "本部门领导班子成员兼任",
        "每年6月28日前、12月25日前",
        "(牵头单位:县政务服务数据管理局)",
        "各镇(场、经济开发区)人民政府",
        "(一)建立上下贯通的首席数据官组织体系",
        "海丰县人民政府办公室\n\n2023年1月3日",
        "并将优秀经验纳入优秀案例库。",
    ],
    "bazhong-cdo-reform-report.txt": [
        "全國首席數據官改革試點",
        "在市縣(區)政府分別設立",
        "部門(單位)首席數據官",
        "《巴中市政務數據資源管理辦法(暫行)》",
        "200余名",
        "90項重點項目",
        "6636個",
        "105項政務服務",
        "信息服務業產值超78億元。",
    ],
    "haizhu-cdo-pilot-news.txt": ["2018年率先出臺", "“一碼通辦”", "“兩官一員”", "兩項試點。"],
    "huizhou-cdo-news-2022-en.txt": [
        'implement the "chief data of',
        "Time:2022.06.08",
        "business integration, technological integration, technical integration, technology integration. Data integration",
        "Municipal Public Security Bureau",
        '"Coordinating data"Innovation',
        "Writing: Li Xiangying",
    ],
    "cdo-pilots-comparison-abstract-2024.txt": ["人才供给欠缺", "supply of talents", "ISSN:1672-2272"],
    "guangdong-enterprise-cdo-guide-2022.txt": ["(Chief Data Officer,以下簡稱“CDO”)", "(DCMM)"],
    "guangdong-cdo-pilot-work-plan-2021.txt": ["粤办函〔2021〕63号", "(市、区)", "(一)明确首席数据"],
    "us-cdo-council-charter-2020.txt": ["• Meet statutory requirements", "o Convening and presiding"],
    "us-44usc3520-chief-data-officers.txt": ["(a) Establishment .", "(14) comply with any regulation"],
}
DROP = {
    "haifeng-cdo-pilot-plan-2023.txt": [
        "头部",
        "底部",
        "政务微信",
        "您现在所在的位置",
        "分享到",
        "2023-01-03 16:24",
        "来源:",
        "发布机构",
        "【字体",
        "相关附件",
        "扫一扫在手机打开当前页",
        "无标题文档",
        "您访问的链接即将离开",
        "\n--",
    ],
    "bazhong-cdo-reform-report.txt": [
        "(shù)",
        "(jù)",
        "(qū)",
        "更多精彩",
        "11.jpg",
        "關於國脈",
        "國脈",
        "責任編輯",
        "wuwenfei",
    ],
    "haizhu-cdo-pilot-news.txt": ["(shù)", "(chǎng)", "更多精彩", "國脈", "提供商"],
    "huizhou-cdo-news-2022-en.txt": [
        '\\"',
        "- END -",
        "Heilongjiang",
        "Luoyang",
        "data-vwidth",
        "technical integration, technical integration",
        "technical integration, and technical integration",
    ],
    "cdo-pilots-comparison-abstract-2024.txt": ["首页|", "扫码查看", "展开 >"],
}


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_file_keeps_content_and_loses_junk(name: str) -> None:
    cleaned = clean(body(name))
    for needle in KEEP.get(name, []):
        assert needle in cleaned, needle
    for needle in DROP.get(name, []):
        assert needle not in cleaned, needle
    assert cleaned == clean(cleaned)
    assert not re.search(r"[ \t]+$", cleaned, re.M)
    assert "\n\n\n" not in cleaned
    assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)", cleaned)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("us-*.txt")))
def test_clean_english_sources_lose_nothing_but_whitespace(name: str) -> None:
    """... and the hyphens of words broken at a line's end (Depart- / ment), made whole."""
    raw = body(name)
    assert re.sub(r"[\s-]+", "", clean(raw)) == re.sub(r"[\s-]+", "", raw)


# --- line rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "头部",
        "  • 政务微信",
        "您现在所在的位置 : 首页 > 海丰县人民政府门户网站 > 政务公开",
        "当前位置:首页 > 新闻中心",
        "分享到:",
        "  • 2023-01-03 16:24",
        "  • 来源: 海丰县人民政府办公室",
        "• 发布机构: 海丰县人民政府门户网站",
        "发布日期:2023-01-03",
        "  • 【字体:\u00a0\u00a0 ",
        "字号:大 中 小",
        "打印本页 关闭窗口",
        "扫一扫在手机打开当前页",
        "无标题文档",
        "相关附件:",
        "您访问的链接即将离开“海丰县人民政府”门户网站,是否继续?",
        "粤ICP备05070829号",
        "网站标识码:4415210001",
        "首页|政府首席数据官制度:地方试点比较及启示",
        "扫码查看",
        "展开 >",
        "11.jpg",
        "IMG_2033.PNG",
        "责任编辑:wuwenfei",
        "責任編輯:wuwenfei",
        "--",
        "•",
        "None",
        "版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領",
        "文档简介",
        "版权说明：本文档由用户提供并上传",  # a full-width colon, as Chinese pages write it
        "编辑：张三",
        "来源：海丰县人民政府办公室",
        "Sign In | Create an Account | Job Alerts",  # a job board's account bar
        "Share: Email | Facebook | X | LinkedIn",
        "Powered by GovCareers | Privacy Policy | Terms of Use | Agency Login",
        # batch 21's county page: its seal's placeholder, site name, tools bar, post fields, counter
        "[COUNTY SEAL]",
        "Dane County Executive - Official Website",
        "Translate  |  Text Size: A  |  Print  |  Email  |  Share on Facebook  |  Share on X",
        "Posted: February 17, 2026  ·  Category: Executive Orders  ·  Downloads: PDF (212 KB)",
        "Page views: 1,284",
        "主办：衡阳市人民政府办公室　承办：衡阳市数据局",
        "建议使用1366×768分辨率 IE10以上版本浏览器浏览本站",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "• Meet statutory requirements, including the required report to Congress.",
        "- Managing data assets of the agency,",
        "海府办函〔2023〕5号",
        "2023年1月3日",
        "2023-01-03",
        "(牵头单位:县政务服务数据管理局)",
        "首页设计由县政府统一负责。",
        "分享数据是首席数据官的职责。",
        "Source: Huizhou Daily",
        "一、工作目标",
        "版权声明:各单位应当尊重数据的知识产权。",
        "Share: data is shared by default with other agencies.",  # a lifecycle stage, not a button
        "[1] See the Data Strategy.",
        "Category: restricted data shall be encrypted.",  # one field-like sentence, not a post's fields
        "主办：市数据局",  # an event's organiser, not a portal's footer
        "主办：市数据局；承办：各区数据局；本次培训共三天。",
        "建议使用国产密码算法和国产浏览器访问政务信息系统。",
    ],
)
def test_content_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_drop_chrome_lines_keeps_order() -> None:
    assert drop_chrome_lines("头部\n标题\n  • 2023-01-03 16:24\n正文。") == "标题\n正文。"


# --- tail rules ------------------------------------------------------------------------------

ARTICLE = (
    "The city will establish a chief data officer system in ten municipal departments.\n"
    "The chief data officer coordinates data sharing, data governance and data security.\n"
)


def test_unrelated_items_after_end_marker_are_cut() -> None:
    text = ARTICLE + "- END -\nThe controlling shareholder of Luoyang Xiyuan Guotou changed!\n"
    assert cut_tail(text) == ARTICLE.rstrip("\n")


def test_related_text_after_end_marker_stays() -> None:
    text = ARTICLE + "END\nThe chief data officer system covers municipal departments and data sharing.\n"
    assert cut_tail(text) == text


def test_chinese_end_suffix_and_editor_line() -> None:
    text = "首席数据官负责统筹数据共享工作。（完）\n责任编辑:张三\n洛阳西苑国投控股股东变更\n"
    assert clean(text) == "首席数据官负责统筹数据共享工作。"


def test_follow_us_cuts_only_in_second_half() -> None:
    article = "首席数据官负责统筹全县数据资源管理工作,推动数据共享开放。\n" * 4
    assert clean(article + "更多精彩,请关注“官方微信”\n某某公司广告内容\n") == article.strip()
    early = "更多精彩,请关注“官方微信”\n" + article
    assert clean(early) == article.strip()


def test_vendor_ad_with_or_without_heading() -> None:
    article = "首席数据官负责统筹全县数据资源管理工作。\n" * 6
    ad = "关于某某科技\n某某科技,是智慧城市解决方案提供商,服务政府客户。\n"
    assert drop_vendor_ads(article + ad).strip() == article.strip()
    assert drop_vendor_ads(article + "某某科技,是数字政府服务商。").strip() == article.strip()
    legit = article + "关于工作要求\n各部门要按时报送材料。\n"
    assert drop_vendor_ads(legit) == legit
    # an advertisement's line: a sales hotline with an offer; a hotline alone is a contact
    promo = "【某某云仓】一站式智慧仓储解决方案，扫码预约演示，限时享年度服务八折优惠！咨询热线：400-880-6618"
    assert drop_vendor_ads(article + promo).strip() == article.strip()
    contact = article + "咨询热线：0898-8866XXXX"
    assert drop_vendor_ads(contact) == contact
    training = article + "培训免费，报名热线：010-12345678"
    assert drop_vendor_ads(training) == training


# --- span rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("數(shù)據(jù)", "數據"),
        ("市縣(區(qū))政府", "市縣(區)政府"),
        ("應(yīng)用創(chuàng)新", "應用創新"),
        ("數(sh\nù)據", "數據"),
        ("數\n(shù)據", "數\n據"),
        ("(牵头单位:县政务服务数据管理局)", "(牵头单位:县政务服务数据管理局)"),
        ("各县(市、区)人民政府", "各县(市、区)人民政府"),
        ("(一)明确", "(一)明确"),
        ("（一）明确", "（一）明确"),
        ("条款(a)和(1)", "条款(a)和(1)"),
        ("首席数据官(CDO)", "首席数据官(CDO)"),
        ("附件(an)", "附件(an)"),
        ("Section (a) (official)", "Section (a) (official)"),
    ],
)
def test_pinyin_glosses(text: str, expected: str) -> None:
    assert remove_pinyin_glosses(text) == expected


def test_toneless_glosses_only_in_glossed_text() -> None:
    glossed = "數(shù)據(jù)治理(lǐ)的(de)工作(zuò)"
    assert remove_pinyin_glosses(glossed) == "數據治理的工作"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("data data data sharing", "data sharing"),
        (
            "technical integration, technical integration, and technical integration.",
            "technical integration.",
        ),
        (
            "to support business integration, technological integration,, technical integration,, technical "
            "integration, technology integration, technical integration, and technical integration. Next.",
            "to support business integration, technological integration, technical integration, technology "
            "integration. Next.",
        ),
        (
            "cross -regional, cross -sector, and cross -level data",
            "cross -regional, cross -sector, and cross -level data",
        ),
        ("yes, yes, no", "yes, yes, no"),
        ("Yes\tYes\tYes", "Yes\tYes\tYes"),
    ],
)
def test_collapse_repetitions(text: str, expected: str) -> None:
    assert collapse_repetitions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("  a  \n\tb\t", "a\nb"),
        ("\u3000\u3000一、总则", "一、总则"),
        ("数\u200b据\ufeff\u00ad\x07", "数据"),
        ("ＣＤＯ制度第１条", "CDO制度第1条"),
        ("（一）、，。：", "（一）、，。："),
        ('implement the \\"chief data\\"', 'implement the "chief data"'),
        ("\n\n正文\n\n", "正文"),
        ("數據 stays 數據", "數據 stays 數據"),
    ],
)
def test_character_rules(text: str, expected: str) -> None:
    assert clean(text) == expected


# --- invariants ------------------------------------------------------------------------------

JUNKY_PIECES = [
    *'數据區数官(（)）,，、。.: \n\t•-END完责任编辑关于国脉是提供商更多精彩请关注abcdshùjùqūyīng\\"',
    *["technical integration", ", ", " and ", "头部", "分享到", "- END -", "（完）", "\u3000", "Ａ"],
]
JUNKY = st.lists(st.sampled_from(JUNKY_PIECES), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), JUNKY))
def test_clean_never_crashes_and_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


CJK_WORDS = st.text(
    alphabet="数据治理共享开放建设推进工作制度试点规划应用服务管理机制体系县镇部门统筹",
    min_size=2,
    max_size=30,
)
EN_SENTENCE = st.lists(
    st.sampled_from(
        ["data", "officer", "agency", "shall", "plan", "report", "council", "the", "of", "sharing"]
    ),
    min_size=1,
    max_size=8,
    unique=True,
).map(lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(CJK_WORDS.map(lambda s: s + "。"), EN_SENTENCE), min_size=1, max_size=12))
def test_ordinary_sentences_lose_no_characters(sentences: list[str]) -> None:
    text = "\n".join(sentences)
    assert clean(text) == text


def test_markup_comments_go_and_unclosed_ones_stay() -> None:
    from ingest.clean import drop_markup_comments

    text = "# 北京市数字经济促进条例\n\n<!-- INFO END -->\n\n## 第一章 总 则"
    assert drop_markup_comments(text) == "# 北京市数字经济促进条例\n\n\n\n## 第一章 总 则"
    assert drop_markup_comments("a <!-- one --> b <!-- two\nlines --> c") == "a  b  c"
    hostile = "<!--" * 50_000 + "正文"
    assert drop_markup_comments(hostile) == hostile  # unclosed: left as written, in linear time


def test_a_news_page_s_related_stories_adverts_and_spaced_pinyin_go() -> None:
    """A traditional-script repost: 數據(shù jù)官 glossed word by word, then 相關閱讀 and an
    advert after the article."""
    from ingest.clean import clean

    page = (
        "珠海市印發首席數據官制度試點實施方案\n\n"
        "《方案》明確，市首席數據官由分管數字政府建設工作的副市長兼任。"
        "首席數據(shù jù)官主要負責統籌本地區本部門數據管理工作，推動數據共享開放。\n\n"
        "《方案》要求，2021年12月底前完成首席數據官任命。\n\n"
        "相關閱讀：\n珠海舉辦第三屆數字經濟峰會\n"
        "廣告：XX大數據平臺，助力政府數字化轉型，諮詢熱線400-000-0000\n"
    )
    cleaned = clean(page)
    assert "首席數據官主要負責" in cleaned and "(shù" not in cleaned
    assert cleaned.rstrip().endswith("完成首席數據官任命。")
    assert "峰會" not in cleaned and "廣告" not in cleaned
    assert clean("设立首席数据官(CDO)，按照(a)项") == "设立首席数据官(CDO)，按照(a)项"
    # English in parentheses stays in a glossed text; a plan's 推广 line and a regulation's last
    # article after a "相关链接" line stay.
    glossed = "數(shù)據(jù)治(zhì)理(lǐ)的長期(long run)目標"
    assert clean(glossed) == "數據治理的長期(long run)目標"
    assert "推广：2023年起在全市推广试点经验。" in clean("三、推广\n推广：2023年起在全市推广试点经验。")
    regulation = (
        "第一条 为了规范数据管理，制定本条例。\n第二条 本条例适用于本市。\n相关链接\n"
        "第三条 本条例自2022年1月1日起施行，由市数据局负责解释本条例的具体应用问题。"
    )
    assert "第三条" in clean(regulation)


def test_a_text_copys_running_head_with_its_page_and_rule_go() -> None:
    """An order copied from its PDF: "Executive Order 25-07        Page 2" over a rule of dashes and
    the running head again, between two items of one section."""
    page = "-" * 79
    text = (
        "(a) There is hereby created the Data Governance Council.\n\n"
        f"Executive Order 25-07                                          Page 1\n{page}\nExecutive Order 25-07\n\n"
        "(b) The Council shall consist of the following members:\n\n"
        f"Executive Order 25-07                                          Page 2\n{page}\nExecutive Order 25-07\n\n"
        "(c) The Council shall meet quarterly.\n"
    )
    assert [line for line in drop_page_furniture(text).split("\n") if line.strip()] == [
        "(a) There is hereby created the Data Governance Council.",
        "(b) The Council shall consist of the following members:",
        "(c) The Council shall meet quarterly.",
    ]
    # a contents list's entries, each with its page, are no running head: the head above them stays
    contents = (
        "DATA POLICY\nCONTENTS\n1. Purpose          Page 2\n2. Scope            Page 2\n3. Roles   Page 3\n"
    )
    assert drop_page_furniture(contents) == contents


def test_a_bill_s_printed_line_numbers_and_page_feet_go() -> None:
    """A bill as its PDF prints it: each page's lines numbered 1, 2, 3 … in the margin, a page
    foot ("p. 1    SHB 1742.SL"), a sentence that runs on across the page's end."""
    from ingest.clean import clean

    page_one = [f"{n:2d} Line {n} of the first page ends its sentence." for n in range(1, 21)]
    bill = "\n".join(
        [
            *page_one,
            "21     (b) Maintain a statewide catalog of agency data assets based on",
            "",
            "p. 1                    SHB 1742.SL",
            "",
            " 1 agency inventories;",
            " 2     (c) Develop a model data sharing agreement.",
            " 3 NEW SECTION.  Sec. 4.  The director shall act.",
        ]
    )
    assert clean(bill).split("\n")[-5:] == [
        "Line 20 of the first page ends its sentence.",
        "(b) Maintain a statewide catalog of agency data assets based on",
        "agency inventories;",
        "(c) Develop a model data sharing agreement.",
        "NEW SECTION.  Sec. 4.  The director shall act.",
    ]
    # numbers that are not a page's margin stay: a short run, a list's "1." items
    listed = "1 Purpose\n2 Scope\n3 Policy\n1. Agencies shall comply."
    assert clean(listed) == listed
    table = "\n".join(f"{n} 市数据局 负责第{n}项任务" for n in range(1, 26))  # a task table's 序号
    assert clean(table) == table
    # a heading at a page's foot keeps its place: the next page's paragraph is not its sentence
    heading = "第三章 首席数据官的职责与工作机制安排\n\n- 3 -\n\n首席数据官应当统筹本单位数据工作。"
    assert clean(heading).split("\n") == [
        "第三章 首席数据官的职责与工作机制安排",
        "",
        "首席数据官应当统筹本单位数据工作。",
    ]
    # Chinese cut by a page's end mid-clause goes on; a date above the page's end does not
    chinese = (
        "到2024年底，试点单位政务数据资源目录编制完成率达到100%，数据共享\n\n— 2 —\n\n需求满足率达到90%以上。\n"
        "2024年4月25日\n\n— 3 —\n\n附件"
    )
    assert clean(chinese).split("\n") == [
        "到2024年底，试点单位政务数据资源目录编制完成率达到100%，数据共享",
        "需求满足率达到90%以上。",
        "2024年4月25日",
        "",
        "附件",
    ]


def test_page_furniture_and_portal_links_go_a_table_stays() -> None:
    """A PDF's page numbers and the running header after them, a portal's previous/next links,
    an English site's skip links, search box, breadcrumb and footer bar: none is the text."""
    from ingest.clean import clean

    pdf = (
        "合肥市首席数据官制度建设工作方案\n一、总体要求\n（一）市首席数据官。\n— 2 —\n合肥市首席数据官制度建设工作方案\n"
        "（二）市首席数据执行官。\n第 3 页 共 6 页\n合肥市首席数据官制度建设工作方案\n（三）数据专员。\nPage 4 of 6"
    )
    assert clean(pdf).split("\n") == [
        "合肥市首席数据官制度建设工作方案",
        "一、总体要求",
        "（一）市首席数据官。",
        "（二）市首席数据执行官。",
        "（三）数据专员。",
    ]
    # pdf-parse's page separator ("-- 3 of 6 --") between a list's items
    separated = "(iii) review the inventories;\n\n-- 3 of 6 --\n\n(iv) consolidate the reports;"
    assert "of 6" not in clean(separated)
    # a two-line running header: the republic's name over its department's, after every page
    circular = (
        "Section 5.\nThe ADGC shall meet.\nPage 2 of 7\nRepublic of the Philippines\n"
        "DEPARTMENT OF INFORMATION AND COMMUNICATIONS TECHNOLOGY\n6.1 The Agency CDO shall:\n"
        "a. Formulate the policy.\nPage 3 of 7\nRepublic of the Philippines\n"
        "DEPARTMENT OF INFORMATION AND COMMUNICATIONS TECHNOLOGY\nSection 7. Reporting."
    )
    assert "DEPARTMENT" not in clean(circular) and "Republic" not in clean(circular)
    # a running header longer than a title, its two parts set apart on the line, between two items
    irish = (
        "(h) represent the Department on the Network; and\n\nPage 2 of 5\n\n"
        "Circular 07/2025 – Appointment of Chief Data Officers                Ciorclán 07/2025\n\n"
        "(i) prepare the annual data report.\n\nPage 3 of 5\n\n"
        "Circular 07/2025 – Appointment of Chief Data Officers                Ciorclán 07/2025\n\n6. Data Stewards"
    )
    assert "Ciorclán" not in clean(irish) and "(i) prepare" in clean(irish)
    # a portal's "相关解读" list after the text goes
    related = (
        "三、创新亮点\n"
        + "通过年度述职和制度运行评估，推动首席数据官从挂名向履职转变。" * 3
        + "\n\n相关解读\n·图解：一图读懂《实施方案》　2025-07-08\n·《管理办法》政策解读　2025-05-16\n"
    )
    assert "相关解读" not in clean(related) and "向履职转变" in clean(related)
    # a mirror site's related issuances on one line, then another office's press release
    mirrored = (
        "8.5. Funding shall be charged against the existing appropriations of the agencies concerned.\n"
        * 4
        + "8.6. Compliance with this Circular shall form part of the digital transformation indicators.\n"
        "Done in Quezon City, this 26th day of May 2025.\n(SGD.) RAMON T. VILLANUEVA\nSecretary\n"
        "Related issuances: MC No. 2025-009 – Government Cloud Policy · DC No. 2025-004 – Free Wi-Fi Guidelines\n"
        "DICT, LGU partners switch on 120 new Free Wi-Fi sites in Eastern Visayas\n"
        "TACLOBAN CITY — The regional office has activated 120 new Free Wi-Fi sites in Leyte, Samar and Biliran.\n"
    )
    assert clean(mirrored).endswith("Secretary")
    # a table of contents' heading, met again once after a page mark, is the body's heading
    contents = "目录\n一、总体要求\n二、主要任务\n- 1 -\n一、总体要求\n到2025年，完成目录编制。"
    assert clean(contents).split("\n") == [
        "目录",
        "一、总体要求",
        "二、主要任务",
        "一、总体要求",
        "到2025年，完成目录编制。",
    ]
    portal = (
        "Skip to main content\nLanguage selection\nFrançais\nSearch Canada.ca\nMenu\n"
        "Canada.ca > Natural Resources Canada > Transparency > Data governance\n"
        "Terms of Reference: Chief Data Officer\nThe CDO leads the data strategy.\n"
        "Share this page\nDate modified: 2024-04-01\nBack to top | Accessibility | Privacy Policy | Contact us\n"
        "上一篇：集团召开安全生产月动员部署会\n下一篇:集团公司签署合作协议"
    )
    assert clean(portal).split("\n") == [
        "Terms of Reference: Chief Data Officer",
        "The CDO leads the data strategy.",
    ]
    for kept in (
        "| Milestone | Measurement | Target Date |\n| Launch CDO Council | Meetings held | January 31, 2020 |",
        "Report to the CDO | weekly | the council chair",
        "Privacy | Chief Privacy Officer | Quarterly",
        "数据类型 | 图片 | 视频 | 音频",
        "• Privacy",
        "Search and rescue data",
    ):
        assert clean(kept) == kept


def test_a_news_site_s_menu_breadcrumb_and_share_row_go() -> None:
    from ingest.clean import clean

    page = (
        "chinadaily.com.cn\n"
        "Home | China | World | Business | Lifestyle | Culture | Travel | Sports\n"
        "Search   |   Mobile   |   Global Edition   |   中文\n\n"
        "Home / China / Innovation\n\n"
        "Nanning's chief data officers set out to tear down data silos\n\n"
        "[Facebook] [X] [LinkedIn] [Mail] [Mobile]\n\n"
        "Nanning now has a chief data officer in every department.\n\n"
        "Contact the writer at someone@chinadaily.com.cn\n"
        "English | 中文"
    )
    assert [line for line in clean(page).split("\n") if line] == [
        "chinadaily.com.cn",  # a site's name alone may be a reference in a list: kept
        "Nanning's chief data officers set out to tear down data silos",
        "Nanning now has a chief data officer in every department.",
    ]
    for kept in (
        "Home | Work | Study",  # three words with bars: not a site's menu
        "Inputs / outputs / outcomes",
        "[1] [2] Cited works",
        "[1] [2] [3]",  # references, not sharing buttons
    ):
        assert clean(kept) == kept


def test_a_page_s_copyright_line_a_reporter_s_byline_and_past_posts_go() -> None:
    """ "© Crown copyright 2024", 记者：…　通讯员：… and a WeChat post's 往期推荐 list after the
    story are no part of it: left in, the copy would read as cut short."""
    from ingest.clean import clean

    profile = "We are committed to a diverse workforce.\n\n© Crown copyright 2024"
    assert clean(profile).rstrip() == "We are committed to a diverse workforce."
    story = (
        "正定县首席数据官制度全面落地。各单位首席数据官已全部到位，数据共享办理时间大幅缩短。\n\n"
        "记者：赵晓蕾　通讯员：郭鹏\n\n往期推荐\n● 正定古城夜游再上新！这份攻略请收好\n● 县人社局：公益性岗位招聘公告"
    )
    assert (
        clean(story).rstrip()
        == "正定县首席数据官制度全面落地。各单位首席数据官已全部到位，数据共享办理时间大幅缩短。"
    )


def test_a_news_site_s_masthead_spaced_menu_login_bar_and_print_row_are_junk() -> None:
    page = (
        "绵阳新闻网 | 绵阳日报 绵阳晚报 数字报\n首页  绵阳要闻  区县新闻  科技城  社会民生  视频\n"
        "登录 | 注册    今天是：2024年5月16日 星期四\n\n我市全面推行首席数据官制度\n\n"
        "记者 王晓婷    字号：大 中 小    【打印本页】 【关闭窗口】\n\n"
        "本报讯 近日，市政府办公室印发《绵阳市全面推行首席数据官制度实施方案》。\n"
        "首页　　政务公开　　政务服务　　互动交流　　走进温州　　无障碍浏览\n"
    )
    assert clean(page).split("\n\n") == [
        "我市全面推行首席数据官制度",
        "本报讯 近日，市政府办公室印发《绵阳市全面推行首席数据官制度实施方案》。",
    ]
    text = "今天是2024年我市全面推行首席数据官制度的第一天，各单位首席数据官均已到岗。\n\n政务外网 | 政务内网 | 互联网 | 物联网"
    assert clean(text) == text  # a sentence and a list of networks, no date bar or masthead


def test_a_government_page_s_menu_language_switch_and_feedback_rows_are_junk() -> None:
    page = (
        "Menu  Search\nHome | Services | Policy, regulation and strategy | About us | News and media\n"
        "Te reo Māori | English\n\n1. Purpose\n\n1.1 This policy sets out the operating model.\n\n"
        "Was this page helpful?  Yes  No\nShare this page: Facebook | LinkedIn | Email | Print\n\n"
        "Page last updated: 18 November 2024\n"
    )
    assert clean(page).split("\n\n") == ["1. Purpose", "1.1 This policy sets out the operating model."]


def test_a_site_s_cookie_banner_copyright_line_and_feedback_bar_are_junk() -> None:
    """A UK council's Markdown page: its cookie banner (heading, sentence, buttons) is no title
    and no text; "© Bristol City Council" and "Was this page helpful? Yes No · Report a problem"
    close no body."""
    page = (
        "Cookies on bristol.gov.uk\nWe use some essential cookies to make this website work. We'd like"
        " to set additional cookies to understand how you use the site.\n"
        "[Accept additional cookies] [Reject additional cookies] View cookies\n\n"
        "# 1. Purpose\n\nThe Board oversees the council's data.\n\n"
        "Was this page helpful? Yes No · Report a problem with this page\n\n© Bristol City Council\n"
    )
    assert clean(page).split("\n\n") == ["# 1. Purpose", "The Board oversees the council's data."]
    assert not is_chrome_line("Cookies are small files that the council's systems store.")


def test_a_pdf_s_hard_wrapped_chinese_lines_are_joined() -> None:
    """Text copied out of a PDF: lines cut at the page's width are one paragraph again; a line
    that ends a sentence, a numbered item and a short heading start their own; a web page's
    paragraphs (lines of every length) are left as they are."""
    from ingest.clean import unwrap_chinese_lines

    items = "".join(
        f"{i}.组织开展本单位数据资源普查工作，编制和更新政务数据资源目录，落实数据\n按需共享和安全保护。\n"
        for i in range(1, 6)
    )
    text = "三、主要职责\n" + items
    joined = unwrap_chinese_lines(text).split("\n")
    assert joined[0] == "三、主要职责"
    assert (
        joined[1]
        == "1.组织开展本单位数据资源普查工作，编制和更新政务数据资源目录，落实数据按需共享和安全保护。"
    )
    assert len(joined) == 7  # the heading, five items and the last empty line
    page = "发出日期：2024年7月15日\n致：各公共部门及实体\n" + "".join(
        f"第{i}段{'数据' * (8 + i)}\n" for i in range(12)
    )
    assert unwrap_chinese_lines(page) == page
    # a year at a line's end goes on on the next line; a list of names at the page's width is
    # no paragraph
    dated = text.replace("落实数据\n按需共享", "落实数据按需共享于2024\n5月20日前完成")
    assert "于2024\n5月" not in unwrap_chinese_lines(dated)
    names = text + "".join(f"某某市第{i}人民医院信息中心数据管理部门\n" for i in range(6))
    assert "数据管理部门\n某某市" in unwrap_chinese_lines(names)


def test_other_positions_in_a_framework_are_not_a_job_boards_tail() -> None:
    text = (
        "1. Data Owners\n"
        + "Data owners approve access to their data. " * 20
        + "\nOther positions\n3. Data Custodians\nCustodians run the systems.\n"
    )
    assert "Data Custodians" in cut_tail(text)


def test_a_share_bar_without_a_colon_and_a_breadcrumb_from_the_site_s_name_go() -> None:
    from ingest.clean import clean

    page = (
        "长春市朝阳区人民政府 > 部门动态 > 区政务服务和数字化建设管理局 > 通知公告\n\n"
        "Share this page Facebook X LinkedIn Email Print\n\n"
        "各单位要按要求报送材料。\n"
        "Share this page: Facebook X Email Copy link\n"  # a governor's page below its order (batch 42)
    )
    assert [line for line in clean(page).split("\n") if line] == ["各单位要按要求报送材料。"]
    for kept in (
        "数据量 > 100 > 50 的情形应当报告。",
        "Canada / Alberta / Edmonton",
        "数据采集 > 数据治理 > 数据共享 > 数据开放",  # a process, not a site's path
        "Collect > Govern > Share > Reuse",
    ):
        assert clean(kept) == kept


def test_a_portal_s_links_after_the_article_go_whatever_their_topic() -> None:
    """ "相关链接：" over titles of the portal's other pages, and "—— 往期推荐 ——" over an older post,
    go even when they share the article's words; a breadcrumb from an intranet's name goes."""
    from ingest.clean import clean

    body = "".join(
        f"（{i}）盛泽镇首席数据官每年向镇党委会述职，报告数据工作推进情况。\n" for i in range(1, 8)
    )
    page = (
        f"{body}\n相关链接：\n·盛泽镇2025年“一网统管”工作要点\n·吴江区数据局关于开展公共数据资源目录编制工作的通知\n"
        "主办单位：苏州市吴江区盛泽镇人民政府"
    )
    assert clean(page).rstrip().endswith("报告数据工作推进情况。")
    post = (
        f"{body}—— 往期推荐 ——\n集团与银行签署战略合作协议\n11月18日，集团与银行在济南签署全面战略合作协议。"
    )
    assert "银行" not in clean(post)
    crumb = (
        "GNBnet > Finance and Treasury Board > OCIO > Policies, Standards and Directives > Data Management"
    )
    assert (
        clean(f"{crumb}\nDIRECTIVE ON DEPARTMENTAL CHIEF DATA OFFICERS\n")
        == "DIRECTIVE ON DEPARTMENTAL CHIEF DATA OFFICERS"
    )
    assert "Plan > Do > Check > Act" in clean("The cycle:\nPlan > Do > Check > Act\n")
    # in the body, capitalised names by arrows are a process, not a breadcrumb
    process = "Data Collection > Data Quality Review > Data Sharing > Archive"
    assert process in clean("Title\n" + "The steps.\n" * 5 + process + "\n")


def test_a_page_s_details_block_joins_each_label_to_its_value() -> None:
    """gov.scot sets each label over its value: read as "label: value" lines, not as headings;
    a list's lead-in ("The Chief Data Officer:" over its first item) stays as written."""
    from ingest.clean import join_head_labels

    page = "Guidance\nPart of:\nDigital\nPublished:\n14 October 2025\nDirectorate:\nDigital Directorate\n1. Introduction"
    assert join_head_labels(page).split("\n") == [
        "Guidance",
        "Part of: Digital",
        "Published: 14 October 2025",
        "Directorate: Digital Directorate",
        "1. Introduction",
    ]
    lead_in = (
        "Our Chief Data Officer\nThe Chief Data Officer:\nleads delivery of the Data Strategy\nsets standards"
    )
    assert join_head_labels(lead_in) == lead_in


def test_a_footer_s_running_title_with_its_page_number() -> None:
    """A PDF's footer copied as text, its title and its page number set right, and the marking
    under it on every page: page furniture, not the policy's text."""
    from ingest.clean import clean

    text = "\n".join(
        f"4.{n} Business units shall act.\nAdministration Policy CS-027 | Data Stewardship        Page {n} of 3\n"
        "ISC: Unrestricted"
        for n in (1, 2, 3)
    )
    assert clean(text).split("\n") == [
        "4.1 Business units shall act.",
        "4.2 Business units shall act.",
        "4.3 Business units shall act.",
    ]


def test_a_wechat_accounts_line_goes_but_a_clause_naming_an_account_stays() -> None:
    """The line under a copied post's account name ("…官方公众号") is the account's, at the head of
    the text; an article or item that names an account (政务微信公众号) is the text's own."""
    post = clean("深圳政数\n深圳市政务服务和数据管理局官方公众号\n\n深圳市召开2025年首席数据官述职会\n")
    assert "官方公众号" not in post and "述职会" in post
    rules = "第八条 首席数据官应当组织本单位通过门户网站、政务微信公众号\n等渠道公开数据开放目录。\n第九条 首席数据官办公室负责运营本局官方服务号\n"
    assert "政务微信公众号" in clean(rules) and "官方服务号" in clean(rules)
    assert "二、规范管理政务公众号" in clean("一、总则\n二、规范管理政务公众号\n")


def test_english_prose_broken_into_lines_is_rejoined() -> None:
    """A plain-text copy of a printed circular (batch 35's Trinidad and Tobago): its sentences
    rejoined at the copy's width, a word hyphenated at the line's end made whole where the text
    writes it whole and a compound's hyphen kept; its items, headings, labels and a table's dated
    rows stay lines of their own; a web page's list items, of no one width, stay apart."""
    from ingest.clean import unwrap_latin_lines

    text = (
        "1.1  The Government holds large volumes of data on citizens and\n"
        "businesses, and these data are managed separately by each Ministry.\n"
        "5.1  The Chief Data Officer shall, under the general direction of the\n"
        "Permanent Secretary or Head of Department, be responsible for:\n"
        "(a) developing a Data Governance Plan for the Ministry or Depart-\n"
        "ment, to be approved by the Permanent Secretary by 30 June in the\n"
        "year 2026, with a long-term view of the data of each Department;\n"
        "(b) setting data quality standards for the Ministry and a three-\n"
        "to-five-year roadmap for the data held by each Division; and\n"
        "(c) coordinating the work of the Data Stewards within ten\n"
        "(10) working days of each request from another Ministry.\n"
        "4.4  The Chief Data Officer shall report directly to the Permanent\n"
        "Secretary or Head of Department on all matters under this Circular.\n"
        "Roles and responsibilities of the Chief Data Officer in each Ministry\n"
        "The Chief Data Officer shall be appointed by the Permanent Secretary.\n"
        "Submission of the first annual data management Chief Data Officer 31 July 2026\n"
        "report\n"
        "Permanent Secretary, Ministry of Digital Transformation and the\n"
        "cc: All Heads of Department\n"
    )
    lines = unwrap_latin_lines(text).split("\n")
    assert lines[0].endswith("each Ministry.") and lines[1].endswith("be responsible for:")
    assert (
        "Ministry or Department, to be approved by the Permanent Secretary by 30 June in the year 2026"
        in lines[2]
    )
    assert "a long-term view" in lines[2]
    assert "a three-to-five-year roadmap" in lines[3]
    assert (
        lines[4]
        == "(c) coordinating the work of the Data Stewards within ten (10) working days of each request from another Ministry."
    )
    assert lines[5].endswith("Permanent Secretary or Head of Department on all matters under this Circular.")
    assert lines[6:] == [
        "Roles and responsibilities of the Chief Data Officer in each Ministry",
        "The Chief Data Officer shall be appointed by the Permanent Secretary.",
        "Submission of the first annual data management Chief Data Officer 31 July 2026",
        "report",
        "Permanent Secretary, Ministry of Digital Transformation and the",
        "cc: All Heads of Department",
        "",
    ]
    page = (
        "The agency Chief Data Officer is responsible for:\n"
        "developing and maintaining the agency data strategy\n"
        "leading the agency data governance board and its work\n"
        "publishing the agency data inventory on the portal\n"
        "setting data quality standards for every program\n"
        "reporting annually to the State Chief Data Officer on progress\n"
        "Data Stewards\n"
        "Each division shall designate a data steward.\n"
    )
    assert clean(page, structural_lines=True) == page.rstrip(
        "\n"
    )  # a web page's items are lines of their own
    assert (
        unwrap_latin_lines("One short line\nand another\n") == "One short line\nand another\n"
    )  # no evidence


def test_a_forum_thread_ends_with_its_first_post() -> None:
    post = "帖子正文。" * 30 + "\n州政府办公室\n2025年7月14日\n"
    replies = "本帖最后由 布尔哈通河畔 于 2025-7-21 09:02 编辑\n签名：只聊技术。\n沙发 | 海兰江边的风 | 发表于 2025-7-21 09:15\n感谢\n"
    assert cut_tail(post + replies).rstrip() == post.rstrip()
    floor = "5# | 珲春小李 | 发表于 2025-7-22 14:20\n顶一下\n"
    assert cut_tail(post + floor).rstrip() == post.rstrip()


def test_a_running_header_above_each_page_number_is_dropped() -> None:
    page = "Ministry of Digital Transformation\nCircular Memorandum No. 7 of 2025\nPage {} of 6\n"
    text = (
        "1.1 The Government holds data.\n"
        + page.format(2)
        + "2.1 Each Ministry shall designate a CDO.\n"
        + page.format(3)
        + "3.1 The CDO reports quarterly.\n"
    )
    kept = drop_page_furniture(text)
    assert "Ministry of Digital Transformation" not in kept and "Circular Memorandum" not in kept
    assert "2.1 Each Ministry shall designate a CDO." in kept


def test_a_compounds_hyphen_at_a_line_end_is_kept() -> None:
    from ingest.clean import unwrap_latin_lines

    wrapped = "".join(
        f"Line {i} of a long paragraph about the policy, and the text goes on to\nthe next line of the copy as printed.\n"
        for i in range(4)
    )
    text = wrapped + (
        "The agency sets out in this policy a plan for the decade with a long-\n"
        "term view of the data of the agency and its e-government and the Depart-\n"
        "ment of State.\nThe Department acts.\n"
    )
    joined = unwrap_latin_lines(text)
    assert (
        "a long-term view of the data of the agency and its e-government and the Department of State."
        in joined
    )


def test_the_second_cold_reviews_wraps() -> None:
    """A word hyphenated by the print (interoper- / ability) is whole, a compound's hyphen kept
    (long- / term); a line opening with Hon. or "follows:" goes on the sentence before it."""
    from ingest.clean import _join_wrapped, _wraps

    assert _join_wrapped("the interoper-", "ability of data", "") == "the interoper" + "ability of data"
    assert _join_wrapped("a long-", "term view", "") == "a long-term view"
    assert _wraps("the Minister responsible for the data of the State, the", "Hon. Minister of Finance", 60)
    assert _wraps(
        "the functions of the Chief Data Officer shall be as", "follows: to develop the standards", 52
    )


def test_a_word_file_of_printed_lines_joins_a_labelled_first_line_and_a_bracket() -> None:
    """Batch 37's Word file of printed lines: "（一）指导思想。以…思想为" (a label's 。, no comma) goes
    on on the next line, and so does a place's "县" over "（市、区）" (not an item's mark)."""
    from ingest.clean import unwrap_chinese_lines

    lines = [f"组织开展本单位数据资源普查工作，编制和更新目录，落{i}" for i in range(6)]
    label = "（一）指导思想。以习近平新时代中国特色社会主义思想为"
    county = "各试点县（市、区）首席数据官由该县分管数据工作的副县"
    assert len(label) == len(county) == len(lines[0])  # printed at one width
    text = "\n".join([*lines, label, "指导，全面贯彻党的二十大精神。", county, "（市、区）长兼任。", ""])
    joined = unwrap_chinese_lines(text)
    assert "思想为指导，全面贯彻" in joined
    assert "副县（市、区）长兼任" in joined
