"""HTML from government portals: main text only, lines kept, GB2312 pages decoded, metadata found."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.formats import html
from tests import make_files as mf

CHROME = ["首页", "政务公开", "您现在所在的位置", "当前位置", "分享到", "打印本页", "关闭窗口", "上一篇", "下一篇",
          "ICP备", "网站标识码", "公网安备", "主办单位", "相关链接", "字体", "索引号", "请输入关键字"]  # fmt: skip


@pytest.mark.parametrize("layout", ["modern", "table"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb2312"])
def test_main_text_lines_only(layout, encoding):
    ex = html.read(Path("page.html"), mf.html_page(layout, encoding))
    assert ex.format == "html" and len(ex.pages) == 1 and ex.pages[0].label is None
    lines = ex.pages[0].text.split("\n")
    assert lines[0] == mf.HTML_TITLE
    assert lines[1:] == [*mf.HTML_BODY_LINES, "某某县人民政府办公室", "2023年1月3日"]  # <br> splits lines
    text = ex.pages[0].text
    for chrome in CHROME:
        assert chrome not in text, chrome


@pytest.mark.parametrize("encoding", ["utf-8", "gb2312"])
def test_metadata_modern(encoding):
    ex = html.read(Path("page.html"), mf.html_page("modern", encoding))
    assert ex.front_matter == {  # the portal's 发布时间: the signature's date wins (ingest.metadata)
        "title": mf.HTML_TITLE,
        "portal_date": "2023-01-03",
        "doc_number": "某府办函〔2023〕5号",
        "issuer": "某某县人民政府办公室",
        "source": "首页 > 政务公开 > 政府文件",
        "site_name": "某某县人民政府门户网站",  # the <title>'s last part, joined by "_" without spaces
    }


def test_metadata_table_layout_prefers_written_date():
    ex = html.read(Path("page.html"), mf.html_page("table", "gb2312"))
    assert ex.front_matter["date"] == "2023-01-03"  # 成文日期, not the later 发布日期
    assert ex.extra["published"] == "2023-01-05"
    assert ex.front_matter["doc_number"] == "某府办函〔2023〕5号"
    assert ex.front_matter["issuer"] == "某某县人民政府办公室"
    assert ex.front_matter["title"] == mf.HTML_TITLE


def test_a_taiwan_law_page_labels_read_in_traditional_characters():
    """法規資料庫-style pages label the rule's fields in traditional characters, its date in the
    Republic of China's calendar: the labels are read as their simplified forms, the values as
    written."""
    page = (
        "<html><body><main><h2>新竹縣政府首席資料長設置要點</h2><table>"
        "<tr><th>公發布日</th><td>中華民國114年3月5日</td></tr>"
        "<tr><th>發文字號</th><td>府授資字第1140031870號</td></tr>"
        "<tr><th>主管機關</th><td>新竹縣政府資訊處</td></tr></table>"
        "<p>一、新竹縣政府為強化資料治理，特設置首席資料長，並訂定本要點。</p>"
        "<p>二、本要點適用於本府各一級機關及所屬二級機關。</p></main></body></html>"
    ).encode()
    ex = html.read(Path("page.html"), page)
    assert ex.front_matter["date"] == "2025-03-05"
    assert ex.front_matter["doc_number"] == "府授資字第1140031870號"


def test_gbk_page_with_wrong_declared_charset():
    blob = mf.html_page("modern", "utf-8").decode("utf-8").encode("gb18030")  # says utf-8, is GBK
    ex = html.read(Path("page.html"), blob)
    assert "首席数据官" in ex.pages[0].text


def test_declared_charset_sniffing():
    assert html.declared_charset(b'<meta charset="GB2312">') == "gb18030"
    assert (
        html.declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gbk" />')
        == "gb18030"
    )
    assert html.declared_charset(b"<html><body>") is None


def test_source_line_breaks_inside_chinese_are_not_spaces():
    page = "<html><body><div class='TRS_Editor'><p>建立县、镇两级\n   首席数据官制度，加强数据资源管理的领导力、决策力和执行力。</p>" \
           "<p>Chief Data\n Officer</p></div></body></html>"  # fmt: skip
    ex = html.read(Path("p.html"), page.encode())
    assert "建立县、镇两级首席数据官制度" in ex.pages[0].text
    assert "Chief Data Officer" in ex.pages[0].text


def test_content_table_rows():
    page = (
        "<html><body><div id='zoom'><p>各级首席数据官职责如下（表格）：</p><table>"
        "<tr><th>层级</th><th>角色</th></tr><tr><td>县</td><td>首席数据官</td></tr></table></div></body></html>"
    )
    lines = html.read(Path("p.html"), page.encode()).pages[0].text.split("\n")
    assert lines[-2:] == ["层级 | 角色", "县 | 首席数据官"]


def test_through_the_loader():
    from ingest.loaders import load_data

    ex = load_data(Path("page.htm"), mf.html_page("table", "gb2312"))
    assert ex.format == "html" and ex.front_matter["doc_number"] == "某府办函〔2023〕5号"


def test_list_page_without_article_is_an_error():
    from kb.errors import FileError

    page = "<html><body><ul><li><a href='/1'>首页</a></li><li><a href='/2'>上一篇</a></li></ul></body></html>"
    with pytest.raises(FileError, match="no main text"):
        html.read(Path("list.html"), page.encode())


@given(st.text(alphabet="数据治理首席官制度政府部门建设推进共享开放管理", min_size=1, max_size=60))
def test_decode_round_trip_for_both_encodings(body):
    for codec, label in (("utf-8", "utf-8"), ("gb18030", "gb2312")):
        blob = f'<html><head><meta charset="{label}"></head><body><p>{body}</p></body></html>'.encode(codec)
        assert body in html.decode(blob)


@pytest.mark.parametrize(
    "line",
    ["您现在所在的位置 : 首页 > 政务公开", "分享到：", "【打印本页】【关闭窗口】", "粤ICP备12345678号", "网站标识码：4415210001",
     "发布时间：2023-01-03 16:24 来源：某某县人民政府办公室", "上一篇：关于做好春节期间安全工作的通知", "• 政务微信",
     "首页 | 政务公开 | 办事服务", "主办单位：某某县人民政府办公室  承办单位：某某县政务服务数据管理局", "English"],
)  # fmt: skip
def test_chrome_lines(line):
    assert html.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["时间：2024年3月1日上午9:00", "主办单位：市政务服务数据管理局", "一、工作目标", "来源于各部门的数据应统一汇聚。",
     "The English version of the plan is attached.", "附件：1.某某县首席数据官名单"],
)  # fmt: skip
def test_content_lines_are_not_chrome(line):
    assert not html.is_chrome(line)


def test_a_page_with_a_declared_charset_and_a_stray_nul_still_decodes():
    page = '<html><head><meta charset="gbk"></head><body><p>首席数据官\x00制度</p></body></html>'
    assert "首席数据官" in html.decode(page.encode("gbk"))


def test_an_english_page_s_date_and_its_link_to_the_next_part():
    """gov.scot's guidance: the date in a dc.date.issued tag or a "Published" line, and a page
    that links to its publication's next part ("Next: Part 2", in the navigation bar, which the
    text leaves out) is a copy cut short."""
    page = (
        "<html><head><title>Part 1 - CDO guidance - gov.scot</title></head><body>"
        "<h1>Chief Data Officer guidance for Scottish public bodies</h1>"
        "<dl><div><dt>Published</dt><dd>14 March 2024</dd></div></dl><article>"
        + "".join(
            f"<p>{i}.1 Each in-scope body must designate one Chief Data Officer.</p>" for i in range(1, 6)
        )
        + '</article><nav><a href="../part-2/">Next: Part 2: Reporting, assurance and support</a></nav>'
        "</body></html>"
    )
    ex = html.read(Path("part-1.html"), page.encode())
    assert ex.front_matter["portal_date"] == "2024-03-14"
    assert ex.front_matter["complete"] == "no"
    tagged = page.replace("<head>", '<head><meta name="dc.date.issued" content="2024-03-15">')
    tagged = tagged.replace("Published", "Updated").replace("Next: Part 2", "Back to top")
    ex = html.read(Path("part-1.html"), tagged.encode())
    assert ex.front_matter["portal_date"] == "2024-03-15" and "complete" not in ex.front_matter


def test_an_english_page_s_full_title_and_the_body_its_site_is() -> None:
    """<title>Data leadership roles | Leeds City Council</title> over <h1>Data leadership roles: our
    Chief Data Officer and Data Stewards</h1>: the heading spells the page's title out, and the
    site's name is the body that publishes it (a site that is no body's name is none)."""
    page = (
        "<html><head><title>Data leadership roles | Leeds City Council</title></head><body>"
        "<h1>Data leadership roles: our Chief Data Officer and Data Stewards</h1>"
        "<p>The Chief Data Officer chairs the Data Board.</p></body></html>"
    )
    ex = html.read(Path("leeds.html"), page.encode())
    assert ex.front_matter["title"] == "Data leadership roles: our Chief Data Officer and Data Stewards"
    assert ex.front_matter["issuer"] == "Leeds City Council"
    other = page.replace("Leeds City Council</title>", "Data Blog</title>").replace(
        "<h1>Data leadership roles: ", "<h1>"
    )
    ex = html.read(Path("blog.html"), other.encode())
    assert ex.front_matter["title"] == "Data leadership roles" and "issuer" not in ex.front_matter
    short = page.replace("Data leadership roles |", "Data roles |").replace(
        "<h1>Data leadership roles: ", "<h1>"
    )
    ex = html.read(Path("short.html"), short.encode())  # the site's name longer than the page's
    assert (
        ex.front_matter["issuer"] == "Leeds City Council" and ex.front_matter["title"] != "Leeds City Council"
    )


def test_a_page_ending_in_a_list_or_a_contact_block_is_whole_and_a_cut_one_is_not_said_to_be() -> None:
    """Leeds' page ends with list items (no full stop), "Contact us", the team and its e-mail, and
    "Last updated": its body is whole; Australia's Finance ends with a sentence before its
    contact block. A page that stops on a clause cut short is not called whole."""
    items = "".join(
        f"<li>the steward role number {i} is written into the job description</li>" for i in range(3)
    )
    page = (
        "<html><head><title>Data roles | Leeds City Council</title></head><body><main>"
        "<h1>Data roles</h1><p>The Chief Data Officer leads the Data Strategy for the council.</p>"
        f"<h2>Support</h2><ul>{items}</ul><h2>Contact us</h2>"
        "<p>Data and Insight team<br>Email: data@leeds.gov.uk</p><p>Last updated: 9 September 2024</p>"
        "</main></body></html>"
    )
    assert html.read(Path("leeds.html"), page.encode()).front_matter.get("complete") == "yes"
    sentence = page.replace(f"<h2>Support</h2><ul>{items}</ul>", "")
    assert html.read(Path("a.html"), sentence.encode()).front_matter.get("complete") == "yes"
    cut = page.replace("<h2>Contact us</h2><p>Data and Insight team<br>Email: data@leeds.gov.uk</p>", "")
    cut = cut.replace(
        f"<ul>{items}</ul>", "<p>Each steward completes the learning pathway within three months, and</p>"
    )
    assert "complete" not in html.read(Path("cut.html"), cut.encode()).front_matter
    last = f"<li>the steward role number {2} is written into the job description</li>"
    cut_item = page.replace(
        last, "<li>each steward completes the learning pathway within three months, and</li>"
    )
    assert "complete" not in html.read(Path("cut-item.html"), cut_item.encode()).front_matter
    # an infographic's page: short points to its end, then who made it and the original's link
    points = "".join(f"<p>坚持第{i}项原则与场景驱动相促进</p>" for i in range(8))
    infographic = (
        "<html><head><title>一图读懂</title></head><body><div class='article'><h1>一图读懂《实施方案》</h1>"
        f"{points}<p>（图片制作：某市数据局　设计：融媒）</p><p>原文链接：某市关于印发实施方案的通知</p>"
        "</div></body></html>"
    )
    assert html.read(Path("yitu.html"), infographic.encode()).front_matter.get("complete") == "yes"
    uncredited = infographic.replace(
        "<p>（图片制作：某市数据局　设计：融媒）</p><p>原文链接：某市关于印发实施方案的通知</p>", ""
    )
    assert "complete" not in html.read(Path("bare.html"), uncredited.encode()).front_matter
    # a news page's source and editor lines after a copy cut short after its heading say nothing
    news = infographic.replace("（图片制作：某市数据局　设计：融媒）", "来源：某市数据局").replace(
        "原文链接：某市关于印发实施方案的通知", "责任编辑：张三"
    )
    assert "complete" not in html.read(Path("news.html"), news.encode()).front_matter


def test_a_board_papers_cover_sheet_titles_it_and_its_trust_publishes_it():
    page = (
        "<html><head><title>Item 9.2 Establishing the role of Chief Data Officer - Board of Directors 27 "
        "November 2025 | Calderbrook Hospitals NHS Foundation Trust</title></head><body><main>"
        "<h1>Report to the Board of Directors (meeting held in public)</h1>"
        "<p>Date of meeting: Thursday 27 November 2025</p><p>Paper ref: BoD(P) 25/118</p>"
        "<p>Title: Establishing the role of Chief Data Officer</p>"
        "<h2>1. Purpose of the report</h2><p>1.1 This paper asks the Board to create a Chief Data "
        "Officer post and a Data Quality Assurance Group, so that one named senior manager is "
        "answerable for the quality, use and sharing of the Trust's data.</p></main></body></html>"
    )
    ex = html.read(Path("paper.html"), page.encode("utf-8"))
    assert ex.front_matter["title"] == "Establishing the role of Chief Data Officer"
    assert ex.front_matter["issuer"] == "Calderbrook Hospitals NHS Foundation Trust"


def test_the_sites_own_unit_posts_the_page_the_body_issues_it():
    """来源：信息中心 is the office of the hospital that posted the page, not the issuer; a
    university named in the page's <title> publishes its policy (batch 21)."""
    body = "<p>第四条　医院设立首席数据官，由分管信息化工作的副院长兼任，对全院数据工作负总责。</p>" * 3
    page = (
        "<html><head><title>包头市中心医院首席数据官制度_包头市中心医院</title></head><body>"
        '<div class="info">发布时间：2025-12-26 09:31:12 来源：信息中心 作者：院办</div>'
        "<h1>包头市中心医院首席数据官制度</h1>"
        + body
        + "<p>包头市中心医院</p><p>2025年12月26日</p></body></html>"
    )
    assert html.read(Path("p.html"), page.encode("utf-8")).front_matter.get("issuer") != "信息中心"
    policy = (
        "<html><head><title>Data Governance | Policy Library | Iowa State University</title></head><body>"
        "<h1>Data Governance</h1><p>This policy establishes the Chief Data Officer as the university official "
        "responsible for institutional data governance.</p></body></html>"
    )
    assert html.read(Path("q.html"), policy.encode("utf-8")).front_matter["issuer"] == "Iowa State University"


def test_a_contact_blocks_title_is_not_the_pages():
    lead = "<p>The city council appointed its first Chief Data Officer today, who will lead the data program.</p>"
    page = (
        "<html><head><title>City appoints first Chief Data Officer | City of Example</title>"
        '<meta property="og:title" content="City appoints first Chief Data Officer"></head><body><main>'
        "<h1>City appoints first Chief Data Officer</h1>" + lead * 12 + "<p>Media contact</p>"
        "<p>Name: John Smith</p><p>Title: Communications Manager</p></main></body></html>"
    )
    assert html.read(Path("news.html"), page.encode("utf-8")).front_matter["title"] == (
        "City appoints first Chief Data Officer"
    )


def test_an_faqs_questions_on_their_accordion_buttons_are_text():
    """An FAQ page's questions sit on the buttons that open each answer, inside headings classed
    "accordion-header": they are the page's text (the site's own buttons are not); an info
    table's label spaced out to its column's width (文　　号) still labels the number."""
    filler = (
        "Agencies keep their entries current, classify each data set and answer requests from other "
        "agencies within the program's published timelines, with help from the office's data team."
    )
    items = "".join(
        f'<div class="accordion-item"><h3 class="accordion-header" id="h{i}"><button class="accordion-button" '
        f'aria-controls="c{i}" aria-expanded="false">Q: {q}</button></h3><div id="c{i}" class="collapse">'
        f"<p>A: {a} {filler}</p></div></div>"
        for i, (q, a) in enumerate(
            [
                (
                    "Who appoints agency data stewards?",
                    "The executive director of each agency appoints one steward.",
                ),
                (
                    "When is the data inventory due?",
                    "Every agency submits its inventory update by March 31 each year.",
                ),
                (
                    "What does the State CDO do?",
                    "The State CDO sets statewide data policy and publishes the inventory.",
                ),
            ]
        )
    )
    page = (
        "<html><head><title>FAQ</title></head><body><header><button>Menu</button></header>"
        f'<main><h1>Frequently Asked Questions</h1><div class="accordion">{items}</div></main>'
        "<table><tr><td>文　　号：</td><td>平政纪〔2025〕12号</td></tr></table></body></html>"
    )
    ex = html.read(Path("faq.html"), page.encode())
    text = ex.pages[0].text
    assert "Q: Who appoints agency data stewards?" in text and "Menu" not in text
    assert text.index("Q: When is the data inventory due?") < text.index("A: Every agency")
    assert ex.front_matter["doc_number"] == "平政纪〔2025〕12号"


def test_a_label_without_its_date_gives_way_to_the_next_one():
    """A search form's 发布日期 field before the page's own 发布日期 line."""
    assert html._labelled_date("检索 发布日期： 至  \n正文\n发布日期：2024-03-05", "发布日期") == "2024-03-05"


_MEETING_PORTAL = """<html><head><title>Maricopa County - File #: 25-2186</title></head><body>
<div class="topnav"><a href="#">Home</a> <a href="#">Calendar</a></div>
<main id="main">
<table class="details">
<tr><td>File #:</td><td>25-2186</td><td>Version:</td><td>1</td></tr>
<tr><td>Title:</td><td>Resolution Establishing the Position of Chief Data Officer</td></tr>
</table>
<div class="memo"><h3>Agenda Item Text</h3>{memo}</div>
<h3>Other items on this agenda</h3>
<ul><li><a href="#">Item 26: Approve a contract for road resurfacing</a></li>
<li><a href="#">Item 28: Accept a grant for library services</a></li></ul>
<h3>Action Details</h3>
<table class="votes"><tr><th>Person Name</th><th>Vote</th></tr>
<tr><td>Daniel P. Whitford</td><td>Nay</td></tr><tr><td>Karen J. Liang</td><td>Aye</td></tr></table>
</main>
<aside><a href="#">Related</a></aside></body></html>"""


def test_the_pages_main_landmark_keeps_what_readability_drops_but_not_its_link_lists():
    """Readability keeps the part with the most running text (the memo); the page's <main> holds
    the record's table and its vote table too. Its list of links to other items, and the
    heading over that list, are no part of the document."""
    memo = "".join(
        f"<p>Section {i}. The Chief Data Officer shall maintain an inventory of County data assets and "
        f"report to the Board on the state of County data every year, beginning in 2026.</p>"
        for i in range(1, 9)
    )
    page = _MEETING_PORTAL.format(memo=memo).encode("utf-8")
    ex = html.read(Path("item.html"), page)
    lines = ex.pages[0].text.split("\n")
    assert "Daniel P. Whitford | Nay" in lines
    assert "File #: | 25-2186 | Version: | 1" in lines
    assert not any("road resurfacing" in ln or "Other items" in ln for ln in lines)
    assert ex.front_matter["title"] == "Resolution Establishing the Position of Chief Data Officer"
    # without a <main>, readability's choice stands
    plain = page.replace(b'<main id="main">', b"<div>").replace(b"</main>", b"</div>")
    assert "Daniel P. Whitford | Nay" not in html.read(Path("item.html"), plain).pages[0].text


def test_a_taiwan_law_database_page_names_its_rule_and_dates_its_amended_text():
    """法規名稱 gives the rule's name (the <h1> is the site's), 修正日期 the date of the amended text
    the page shows, before the first 公發布日; a traditional page's 瀏覽人次 line is chrome."""
    page = (
        "<html><head><title>高雄市法規查詢系統</title></head><body><h1>高雄市法規查詢系統</h1>"
        "<div id='content'><table><tr><td>法規名稱</td><td>高雄市政府資料長設置要點</td></tr>"
        "<tr><td>公發布日</td><td>中華民國113年05月20日</td></tr>"
        "<tr><td>修正日期</td><td>中華民國115年01月08日</td></tr></table>"
        "<p>一、高雄市政府為健全資料治理體制，特設資料長，訂定本要點。</p>"
        "<p>二、本府置資料長一人，由副市長兼任。</p>"
        "<p>發布單位：研考會 瀏覽人次：1,386</p></div></body></html>"
    ).encode()
    ex = html.read(Path("kaohsiung.html"), page)
    assert ex.front_matter["title"] == "高雄市政府資料長設置要點"
    assert ex.front_matter["date"] == "2026-01-08"
    assert html.is_chrome("發布單位：研考會 瀏覽人次：1,386")


def test_a_main_landmark_with_teaser_cards_but_no_table_leaves_readabilitys_choice():
    """A news page's <main> holds the article and teaser cards under a heading: readability's
    article stands, the cards do not come in."""
    body = "".join(
        f"<p>Paragraph {i}: the Chief Data Officer shall publish the data strategy and report to the "
        f"council every year on the progress of the data programme.</p>"
        for i in range(1, 9)
    )
    cards = (
        "<section><h2>Related news</h2><div><h3><a href='#'>Council adopts budget</a></h3>"
        "<p>The council adopted its budget for 2025 after a long debate.</p></div></section>"
    )
    page = f"<html><body><main><h1>Data strategy</h1><article>{body}</article>{cards}</main></body></html>"
    text = html.read(Path("news.html"), page.encode()).pages[0].text
    assert "Paragraph 1" in text and "adopted its budget" not in text


def test_a_job_boards_page_title_its_employer_and_its_number(tmp_path: Path) -> None:
    """<title>Chief Data Officer | Job Details | Louisville Metro Government Careers</title> over
    <h1>Chief Data Officer: the part the heading repeats is the page's title, the site's part
    less its section (Careers) the employer, and "Job Number" over its value the posting's number.
    The page ends with its contact block's telephone number: it is whole."""
    page = (
        "<html><head><title>Chief Data Officer | Job Details | Louisville Metro Government Careers</title>"
        "</head><body><h1>Chief Data Officer</h1><dl><dt>Job Number</dt><dd>MTS-24-0412</dd>"
        "<dt>Location</dt><dd>Louisville, KY</dd></dl>"
        "<p>Louisville Metro Government is seeking a Chief Data Officer.</p>"
        "<p>Describe a data governance program you have led.</p>"
        "<dl><dt>Agency</dt><dd>Louisville Metro Government</dd><dt>Address</dt><dd>Human Resources</dd>"
        "<dd>Louisville, Kentucky, 40202</dd><dt>Phone</dt><dd>(502) 574-3003</dd></dl></body></html>"
    )
    from ingest.document import build_document
    from kb.sources import is_complete

    def read(text: str, name: str):
        (tmp_path / name).write_text(text, encoding="utf-8")
        return build_document(tmp_path / name, doc_id=name)

    doc = read(page, "louisville.html")
    assert (doc.title, doc.issuer, doc.doc_number) == (
        "Chief Data Officer",
        "Louisville Metro Government",
        "MTS-24-0412",
    )
    assert is_complete(doc)
    # a page cut short on a clause is still not whole
    cut = page.replace(" you have led.</p>", "</p>").split("<dl><dt>Agency")[0]
    assert not is_complete(read(cut, "cut.html"))
    # a section's one-word heading is no page's title; a job board for any government no body
    board = (
        "<html><head><title>Chief Data Officer | Careers | Local Government Jobs</title></head>"
        "<body><h1>Careers</h1><p>A county seeks a Chief Data Officer to lead its data programme, to set its"
        " standards and to chair its data governance board.</p></body></html>"
    )
    ex = html.read(Path("board.html"), board.encode())
    assert ex.front_matter["title"] == "Chief Data Officer" and "issuer" not in ex.front_matter
    # a table cut short on an amount is not a page's telephone number
    amount = "<html><body><h1>Budget of the data programme</h1><p>The budget is set out below:</p><p>Staff</p><p>1 250 000</p></body></html>"
    assert not is_complete(read(amount, "amount.html"))


def test_a_wechat_article_keeps_its_styled_section_headings():
    """WeChat sets a 公众号 article's headings in short styled <section>s, which readability
    drops; its article container (js_content) keeps them."""
    paragraph = "<p>（一）制定目的。为提升集团数据资源管理和开发利用能力，激活数据要素价值，结合集团实际，制定本制度。</p>"
    page = (
        "<html><body><div class='rich_media_content' id='js_content'>"
        "<section><p style='font-weight:bold'>一、总则</p></section>" + paragraph * 6 + "</div></body></html>"
    )
    ex = html.read(Path("p.html"), page.encode())
    assert ex.pages[0].text.split("\n")[0] == "一、总则"
    assert ex.extra["html_extractor"] == "container"


def test_a_share_bar_that_names_itself_keeps_the_heading_above_it() -> None:
    """A link list drops the heading that introduces it ("Related news"), but a share bar says what
    it is ("Share: Facebook X"): the executive order's subtitle above it is the page's own."""
    import lxml.html

    from ingest.metadata import infer_metadata

    main = lxml.html.fromstring(
        "<main><h1>Executive Order 2025-11</h1>"
        "<h2>Establishing the Office of the State Chief Data Officer</h2>"
        '<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>'
        "<p>NOW, THEREFORE, I, Jane Roe, Governor of the State of Arizona, by virtue of the authority "
        "vested in me, do hereby order that the Office of the State Chief Data Officer is established.</p>"
        "<h3>Related news</h3><ul><li><a href='/a'>Governor opens school drive</a></li>"
        "<li><a href='/b'>Governor urges cooling centers</a></li></ul></main>"
    )
    text = "\n".join(html.html_lines(html._without_link_lists(main)))
    assert "Establishing the Office of the State Chief Data Officer" in text and "Related news" not in text
    meta = infer_metadata({"title": "Executive Order 2025-11"}, text, text, Path("eo.html"))
    assert meta.title == "Executive Order 2025-11: Establishing the Office of the State Chief Data Officer"
    assert meta.issuer == "Governor of the State of Arizona"


def test_an_english_source_label_and_a_sites_name_say_whose_page_it_is():
    """A news page's source, an English body's name, is its issuer as 来源 is a Chinese page's; a code
    section's page names its state only in the site's title over every page."""
    from ingest.metadata import infer_metadata

    paragraph = "<p>Nansha District has designated chief data officers in its departments, towns and subdistricts.</p>\n"
    news = (
        "<html><head><title>Nansha appoints CDOs - Nansha, Guangzhou</title>\n"
        '<meta name="ContentSource" content="Nansha Government Services and Data Management Bureau">\n'
        "</head><body>\n"
        '<div class="crumb wrap"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>\n'
        '<div class="main wrap">\n<div class="article">\n<h1>Nansha appoints chief data officers</h1>\n'
        '<div class="info">\n<span>Source: Nansha Government Services and Data Management Bureau</span>\n'
        "<span>Updated: 2025-07-14</span>\n</div>\n"
        '<div class="content" id="zoom">\n' + paragraph * 8 + "</div>\n</div>\n</div>\n</body></html>"
    )
    front = html.read(Path("news.html"), news.encode()).front_matter
    assert front["issuer"] == "Nansha Government Services and Data Management Bureau"
    statute = (
        "<html><head><title>GOVERNMENT CODE CHAPTER 2054. INFORMATION RESOURCES</title></head><body>"
        "<div id='header'><div class='siteTitle'><img alt='Seal'/> Texas Constitution and Statutes</div></div>"
        "<div id='content'><p>GOVERNMENT CODE</p><p>Sec. 2054.137. DESIGNATED DATA MANAGEMENT OFFICER.</p><p>"
        + "(a) Each state agency with more than 150 full-time employees shall designate a data management officer. "
        * 4
        + "</p></div></body></html>"
    )
    extracted = html.read(Path("statute.html"), statute.encode())
    assert extracted.front_matter["site_name"] == "Texas Constitution and Statutes"
    text = "\n".join(p.text for p in extracted.pages)
    meta = infer_metadata(extracted.front_matter, text, text, Path("statute.html"))
    assert (meta.region, meta.level) == ("United States / Texas", "state")


def test_a_council_systems_item_page_is_titled_by_its_item() -> None:
    """ "Agenda Item History - 2025.EX21.5": a council system's page of one item, whose own title
    is the heading below it and whose number cites it."""
    page = (
        b"<html><head><title>Agenda Item History - 2025.EX21.5 - City of Toronto</title></head><body>"
        b"<h1>Agenda Item History - 2025.EX21.5</h1><p>Meeting Date | June 25, 2025</p>"
        b"<h2>Establishing the Chief Data Officer Mandate and Data Governance Framework</h2>"
        b"<h3>Recommendations</h3><p>City Council direct the City Manager to establish the mandate.</p>"
        b"</body></html>"
    )
    ex = html.read(Path("page.html"), page)
    assert (
        ex.front_matter["title"]
        == "Establishing the Chief Data Officer Mandate and Data Governance Framework"
    )
    assert ex.front_matter["doc_number"] == "2025.EX21.5"
    menus = (
        b"<html><head><title>Agenda Item History - 2025.EX21.5</title></head><body>"
        b"<header><nav><h2>Access City Hall Services Online</h2></nav></header>"
        b"<h1>Agenda Item History - 2025.EX21.5</h1><h2>Decision Advice and Other Information</h2><p>x</p>"
        b"<h2>Establishing the Chief Data Officer Mandate</h2><p>City Council direct the City Manager to act.</p>"
        b"</body></html>"
    )
    assert (
        html.read(Path("page.html"), menus).front_matter["title"]
        == "Establishing the Chief Data Officer Mandate"
    )
