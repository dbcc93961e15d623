"""PDF text layer: reading order, joined Chinese lines, footers/headers dropped, page labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.formats import pdf
from ingest.formats.layout import PAGE_FOOTER, Line, assemble, join_text
from kb.errors import FileError
from tests import make_files as mf

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

needs_font = pytest.mark.skipif(
    mf.cjk_font() is None, reason="no CJK TrueType font (apt-get install fonts-wqy-zenhei)"
)

WRAPPED = (
    "建立县、镇两级首席数据官制度，加强数据资源管理的领导力、决策力和执行力，带动我县镇、部门协同"
    "促进政府数字化转型，以数据共享开放推动数据资源开发利用，加快推进数据要素有序流通。"
)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _check_notice(pages) -> None:
    text = "\n".join(p.text for p in pages)
    lines = _lines(text)
    assert WRAPPED in lines  # a paragraph wrapped over three lines comes back as one line
    assert "一、工作目标" in lines and "二、工作任务" in lines and "三、保障措施" in lines
    assert "（一）建立上下贯通的首席数据官组织体系" in lines
    assert any(
        ln.startswith("1.设立县首席数据官一名，由分管政务服务数据管理工作的县政府领导兼任") for ln in lines
    )
    assert any(ln.startswith("2.各试点部门于2024年3月31日前报送") for ln in lines)
    assert "某某县人民政府办公室关于印发《某某县首席数据官制度试点实施方案》的通知" in lines  # wrapped title
    assert "某府办函〔2023〕5号" in lines
    assert "某某县人民政府办公室文件" not in text  # running header
    assert "- 1 -" not in text and "- 2 -" not in text and "第 1 页" not in text
    assert " " not in text.replace("\n", "")  # no spaces inside Chinese text


@needs_font
@pytest.mark.parametrize("footer", ["dash", "cn"])
def test_embedded_font_text_layer(footer):
    ex = pdf.read(Path("notice.pdf"), mf.text_pdf(font="embedded", footer=footer))
    assert ex.format == "pdf"
    assert [p.label for p in ex.pages] == ["1", "2"]
    _check_notice(ex.pages)
    assert ex.pages[1].text.startswith("1.设立县首席数据官")  # page 2 starts where page 2 starts
    assert "ocr" not in ex.extra


@pytest.mark.parametrize("footer", ["dash", "cn", "en"])
def test_non_embedded_cid_font(footer):
    """STSong-Light is referenced, not embedded (common in government PDFs): text still decodes."""
    ex = pdf.read(Path("notice.pdf"), mf.text_pdf(font="cid", footer=footer))
    _check_notice(ex.pages)
    assert "Page 1 of 2" not in ex.pages[0].text


def test_printed_page_labels_from_pagelabels():
    ex = pdf.read(Path("cover.pdf"), mf.text_pdf(font="cid", cover=True, label_start=1))
    assert [p.label for p in ex.pages] == ["i", "1", "2"]
    assert ex.pages[2].text.startswith("1.设立县首席数据官")


def test_page_labels_fall_back_to_index():
    ex = pdf.read(Path("cover.pdf"), mf.text_pdf(font="cid", cover=True))
    assert [p.label for p in ex.pages] == ["1", "2", "3"]


def test_english_lines_joined_with_space_and_hyphenation_undone():
    ex = pdf.read(
        Path("charter.pdf"),
        mf.text_pdf(mf.ENGLISH_PAGES, font="helvetica", footer="en", header="CDO Council"),
    )
    text = "\n".join(p.text for p in ex.pages)
    lines = _lines(text)
    assert "Chief Data Officer Council Charter" in lines
    assert any(ln.startswith("Section 1. Purpose.") and ln.endswith("between agencies.") for ln in lines)
    assert "establish government-wide best practices for the use" in text
    assert "administration documentation dissemination" in text and "documentat-" not in text
    assert "Page 1 of 2" not in text and "CDO Council\n" not in text
    assert ex.pages[1].text.startswith("Section 4. Meetings.")


def test_progress_called_per_page():
    calls = []
    pdf.read(
        Path("notice.pdf"), mf.text_pdf(font="cid"), progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(1, 2), (2, 2)]


def test_encrypted_pdf_is_a_clear_error():
    with pytest.raises(FileError) as err:
        pdf.read(Path("secret.pdf"), mf.encrypted_pdf())
    assert "secret.pdf" in str(err.value) and "password" in str(err.value) and "unencrypted" in str(err.value)


def test_owner_password_only_pdf_is_read():
    """Many government PDFs restrict printing with an owner password but open without one."""
    ex = pdf.read(Path("restricted.pdf"), mf.encrypted_pdf(password=""))
    assert WRAPPED in ex.pages[0].text


@pytest.mark.parametrize("blob", [b"%PDF-1.7\n garbage that is not a pdf", b"%PDF-1.4\n" + b"\x00" * 500])
def test_corrupt_pdf_is_a_clear_error(blob):
    with pytest.raises(FileError) as err:
        pdf.read(Path("broken.pdf"), blob)
    assert "broken.pdf" in str(err.value)


def test_page_limit():
    with pytest.raises(FileError, match="page limit"):
        pdf.read(Path("long.pdf"), mf.text_pdf(font="cid"), max_pages=1)


def test_scan_without_ocr_reports_no_text():
    blob = mf.scanned_pdf([["首席数据官"]]) if mf.cjk_font() else None
    if blob is None:
        pytest.skip("no CJK font")
    with pytest.raises(FileError, match="no text"):
        pdf.read(Path("scan.pdf"), blob, ocr=False)


def test_through_the_loader():
    from ingest.loaders import load_data

    ex = load_data(Path("notice.pdf"), mf.text_pdf(font="cid"))
    assert ex.format == "pdf" and WRAPPED in ex.pages[0].text


# ---------------------------------------------------------------------------------- layout units


@pytest.mark.parametrize(
    "line",
    [
        "- 1 -",
        "— 12 —",
        "-3-",
        "第 1 页 共 5 页",
        "第2页/共5页",
        "共 5 页 第 2 页",
        "Page 1 of 6",
        "page 3",
        "3 / 10",
        "7",
    ],
)
def test_footer_patterns(line):
    assert PAGE_FOOTER.match(line)


@pytest.mark.parametrize(
    "line", ["一、工作目标", "2024年3月31日前", "Section 1. Purpose.", "1.设立县首席数据官"]
)
def test_footer_pattern_spares_text(line):
    assert not PAGE_FOOTER.match(line)


def test_join_text_rules():
    assert (
        join_text("加强数据资源管理的领导力、", "决策力和执行力")
        == "加强数据资源管理的领导力、决策力和执行力"
    )
    assert join_text("best practices for", "the use") == "best practices for the use"
    assert join_text("documen-", "tation of data") == "documentation of data"
    assert join_text("government-", "Wide") == "government- Wide"  # capital: a real hyphen
    assert join_text("截至2024年", "3月31日") == "截至2024年3月31日"


_HAN = "数据治理首席官制度政府部门建设推进共享开放管理平台服务资源统筹协调融合创新应用安全运营考核评价"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=_HAN, min_size=1, max_size=90), min_size=1, max_size=6))
def test_assemble_rejoins_any_wrapped_chinese_paragraphs(paragraphs):
    """Invariant: paragraphs laid out as an indented, wrapped page come back exactly."""
    size, width, left = 12.0, 30, 72.0
    lines: list[Line] = []
    y = 72.0
    for para in paragraphs:
        rest, first = para, True
        while rest:
            room = width - (2 if first else 0)
            piece, rest = rest[:room], rest[room:]
            x0 = left + (2 * size if first else 0)
            lines.append(Line(piece, x0, x0 + len(piece) * size, y, y + size))
            y += 1.6 * size
            first = False
    # One full-width line somewhere so the right margin is known even for short paragraphs.
    lines.append(Line(_HAN[:width], left, left + width * size, y + size, y + 2 * size))
    out = assemble([lines], page_width=595)[0].split("\n")
    assert out[:-1] == paragraphs


def test_header_needs_repetition():
    """A first line seen on one page only is content, not a running header."""
    page1 = [Line("关于印发方案的通知", 200, 400, 50, 62), Line("正文内容", 72, 400, 80, 92)]
    page2 = [Line("第二页正文", 72, 400, 50, 62), Line("更多正文", 72, 400, 80, 92)]
    out = assemble([page1, page2], page_width=595)
    assert out[0].startswith("关于印发方案的通知")


def test_mostly_cid_text_is_treated_as_no_text_layer():
    lines = [Line("(cid:123)(cid:456)(cid:789)(cid:1)", 72, 300, 50, 62)]
    assert pdf._mostly_cid(lines)
    assert not pdf._mostly_cid([Line("首席数据官", 72, 300, 50, 62)])


def test_plausible_title():
    assert pdf.plausible_title("某某县首席数据官制度试点实施方案")
    assert pdf.plausible_title("Chief Data Officer Council Charter")
    for junk in ("Microsoft Word - 文档1.docx", "untitled", "2023-05", "abc.pdf", ""):
        assert not pdf.plausible_title(junk)


def test_paragraph_running_over_a_page_break_is_flagged():
    """Page texts stay per page (for labels); the page that starts mid-paragraph is named."""
    paragraphs = [f"{i + 1}.{WRAPPED}" if i % 3 == 0 else WRAPPED for i in range(40)]
    ex = pdf.read(Path("long.pdf"), mf.text_pdf([paragraphs], font="cid", footer="cn"))
    assert len(ex.pages) > 2
    continued = ex.extra.get("continued_pages", "").split(",")
    assert continued and continued[0]
    by_label = {p.label: p.text for p in ex.pages}
    for label in continued:
        before = by_label[str(int(label) - 1)].split("\n")[-1]
        after = by_label[label].split("\n")[0]
        assert join_text(before, after) in {WRAPPED, *(f"{i + 1}.{WRAPPED}" for i in range(40))}
    for label, text in by_label.items():  # every other page starts with a whole paragraph
        if label not in continued and label != "1":
            assert text.split("\n")[0] in {WRAPPED, *(f"{i + 1}.{WRAPPED}" for i in range(40))}


def test_tidy_line():
    assert pdf.tidy_line("关 于 印 发 首席数据官 方案") == "关于印发首席数据官方案"
    assert pdf.tidy_line("于 2024 年 3 月 31 日前报送") == "于 2024年3月31日前报送"
    assert pdf.tidy_line("数据 API 接口 and data") == "数据 API 接口 and data"


def test_letter_spaced_chinese_has_no_spaces():
    """Justified or letter-spaced lines (wide gaps between glyphs) still read as words."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    t = c.beginText(72, 700)
    t.setFont("STSong-Light", 16)
    t.setCharSpace(6)
    t.textLine("关于印发首席数据官制度试点实施方案的通知")
    t.setCharSpace(0)
    t.setFont("STSong-Light", 12)
    t.textLine("各试点部门于2024年3月31日前报送首席数据官人员名单。")
    c.drawText(t)
    c.showPage()
    c.save()
    text = pdf.read(Path("spaced.pdf"), buf.getvalue()).pages[0].text
    assert text.split("\n") == [
        "关于印发首席数据官制度试点实施方案的通知",
        "各试点部门于2024年3月31日前报送首席数据官人员名单。",
    ]


def test_unmapped_glyphs_of_a_text_page_are_bullets_or_nothing():
    """A slide's bullet drawn in a font with no Unicode map comes out as "(cid:127)": a line's
    first is its bullet, any other is dropped."""
    lines = [
        Line("(cid:127) Own the agency data strategy", 0, 100, 0, 10),
        Line("Data(cid:3)NSW", 0, 50, 12, 20),
    ]
    assert [ln.text for ln in pdf._without_cids(lines)] == ["• Own the agency data strategy", "DataNSW"]


LEFT = [
    "4.1 Set and maintain the data strategy and",
    "the data standards that support it across",
    "every group of the organisation.",
    "4.2 Keep a corporate register of data assets",
    "with a named owner for every asset rated high.",
]
RIGHT = [
    "The post holder provides a written update",
    "to the Executive Committee twice a year and",
    "an annual data report each July, and has",
    "direct access to the Permanent Secretary",
    "on matters of data ethics or data risk.",
]


def test_two_columns_are_read_one_after_the_other():
    """A role profile's two columns side by side: each column's lines in order, no line holding
    words of both, and the columns' wrapped lines joined into their paragraphs."""
    table = [
        ["Activity", "CDO", "CS", "DPO"],
        ["Data strategy", "A/R", "C", "C"],
        ["Open data", "A", "C", "I"],
    ]
    blob = mf.two_column_pdf("4. Key responsibilities", LEFT, RIGHT, table)
    text = pdf.read(Path("profile.pdf"), blob, ocr=False).pages[0].text
    lines = text.splitlines()
    assert lines[0] == "4. Key responsibilities"
    assert (
        "4.1 Set and maintain the data strategy and the data standards that support it across every group"
        in text
    )
    assert "4.2 Keep a corporate register of data assets with a named owner" in text
    assert "The post holder provides a written update to the Executive Committee twice a year" in text
    assert text.index("4.2 Keep") < text.index("The post holder")
    # the table's rows stay rows: short cells are no column of running text
    assert "Data strategy A/R C C" in lines and "Open data A C I" in lines


def test_a_title_set_with_its_characters_spaced_out_is_one_run_not_a_table_row():
    title = [{"x0": 100 + 36 * i, "x1": 122 + 36 * i, "top": 50.0, "bottom": 72.0} for i in range(6)]
    assert len(pdf._spans(title)) == 1  # 14-point gaps in a 22-point title
    body = [
        {"x0": 56.0, "x1": 120.0, "top": 80, "bottom": 91},
        {"x0": 176.0, "x1": 190.0, "top": 80, "bottom": 91},
    ]
    assert len(pdf._spans(body)) == 2  # two cells of 11-point text


def test_an_indented_paragraph_is_not_joined_as_a_wrapped_centred_title():
    """A short closing line ("…培育数据文化。") and the next indented paragraph running to the right
    margin are two paragraphs, though both sit near the page's centre."""
    full = Line("首" * 32, 72, 520, 40, 54)
    item = Line("7.组织开展数据人才培养和数字素养提升活动，培育数据文化。", 100, 491, 87, 101)
    nxt = Line("数据专员在首席数据官领导下，承担数据目录编制维护、共享需求对", 100, 520, 113, 127)
    wrap = Line("接、数据质量日常核查等具体工作。", 72, 296, 139, 153)
    out = assemble([[full, item, nxt, wrap]], page_width=595)[0].split("\n")
    assert out[1] == item.text
    assert out[2] == nxt.text + wrap.text


def test_the_running_header_over_the_first_page_is_kept_for_the_metadata():
    """ "Manchester City Council   Item 7" heads every page: dropped from the text, kept as the
    running header the issuer is read from; a footer is not part of it."""
    from ingest.formats.layout import running_heads

    def page(body: str) -> list[Line]:
        return [
            Line("Manchester City Council Item 7", 72, 520, 27, 37),
            Line("Report for Resolution", 72, 200, 38, 48),
            Line(body, 72, 520, 90, 100),
            Line("More of the report's text here.", 72, 400, 110, 120),
            Line("Scrutiny Committee - 14 November 2024", 72, 300, 806, 816),
        ]

    pages = [page("1.0 Introduction"), page("2.0 Background"), page("3.0 The role")]
    assert running_heads(pages) == ["Manchester City Council Item 7", "Report for Resolution"]
    assert "Manchester City Council" not in assemble(pages, page_width=595)[0]
    assert running_heads([[Line("关于印发方案的通知", 200, 400, 50, 62)]]) == []


def test_a_line_broken_early_goes_on_at_the_margin_of_an_indented_document():
    """Paragraphs open two characters in; a line that stops mid-clause ("…数据资源管理、") and the
    line at the margin below it are one paragraph, wherever the first stopped."""
    size, left = 15.0, 88.0

    def line(text: str, y: float, indent: bool = False) -> Line:
        x0 = left + (2 * size if indent else 0)
        return Line(text, x0, x0 + len(text) * size, y, y + size)

    lines = [
        line("一、基本情况", 40, indent=True),
        line("试点方案明确，首席数据官原则上由分管负责同志担任，", 67, indent=True),
        line("负责统筹本单位数据资源管理、", 94),
        line("推动数据共享开放等工作。截至5月底，各单位均已完成任命。", 121),
        line("二、主要做法", 148, indent=True),
        line("（一）健全组织体系。安庆市建立三级首席数据官体系。", 175, indent=True),
        line("（二）推动数据共享。滁州市建立共享需求签批机制。", 202, indent=True),
        line("（三）提升数据质量。省卫生健康委开展专项治理。", 229, indent=True),
        line("各试点单位首席数据官要", 256),
    ]
    out = assemble([lines], page_width=595)[0].split("\n")
    assert out[1] == lines[1].text + lines[2].text + lines[3].text
    assert out[2] == "二、主要做法"
    assert out[-1] == "各试点单位首席数据官要"  # a line after a sentence's end stays a line


def test_a_running_footer_with_the_appendices_page_labels_is_one_footer():
    """ "Louisiana Legislative Auditor 2 Audit Control # 40240031" on the report's pages and
    "… A.1 …" on its appendix's: one running footer, dropped from every page."""
    from ingest.formats.layout import drop_page_chrome

    def page(body: str, label: str) -> list[Line]:
        return [
            Line(body, 72, 520, 90, 100),
            Line("More of the report's text here.", 72, 400, 110, 120),
            Line(f"Louisiana Legislative Auditor {label} Audit Control # 40240031", 72, 520, 806, 816),
        ]

    pages = [
        page("Findings", "1"),
        page("Recommendations", "2"),
        page("Response", "A.1"),
        page("Method", "B.1"),
        page("Preface", "IV"),
    ]
    kept = [ln.text for p in drop_page_chrome(pages) for ln in p]
    assert not any("Audit Control" in t for t in kept) and "Response" in kept


def test_a_letterheads_centred_lines_stay_apart():
    """Batch 36's Maharashtra G.R.: "GOVERNMENT OF MAHARASHTRA" over "Information Technology
    Department" over the G.R.'s number, each centred and broken where the next word would have
    fitted: lines of their own, not a wrapped title."""
    body = [Line("x " * 60, 72, 508, 300 + 16 * i, 312 + 16 * i) for i in range(8)]
    head = [
        Line("GOVERNMENT OF MAHARASHTRA", 193.6, 401.6, 96, 108),
        Line("Information Technology Department", 209.0, 386.3, 112, 124),
        Line("Government Resolution No. MahaIT-2025/CR-47/39", 169.6, 425.6, 128, 140),
    ]
    out = assemble([[*head, *body]], page_width=595)[0].split("\n")
    assert out[:3] == [ln.text for ln in head]


def test_a_title_balanced_by_hand_is_still_one_title():
    body = [Line("x " * 60, 72, 540, 300 + 16 * i, 312 + 16 * i) for i in range(8)]
    title = [
        Line("Policy on the Appointment and Responsibilities", 156, 456, 96, 110),
        Line("of Chief Data Officers in State Agencies", 176, 436, 113, 127),
    ]
    out = assemble([[*title, *body]], page_width=612)[0].split("\n")
    assert out[0] == "Policy on the Appointment and Responsibilities of Chief Data Officers in State Agencies"
