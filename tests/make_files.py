"""Producers of real test files: PDF (text layer, scanned), DOCX with Word numbering, OFD, HTML.

The files are built the way the real tools build them (reportlab/Pillow for PDF, python-docx
plus a hand-written numbering.xml, the GB/T 33190 zip layout for OFD) so the readers are tested
against genuine structure, not against strings shaped like the expected output.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
]


def cjk_font() -> Path | None:
    """A Chinese TrueType font from a Debian package, or None (tests then skip)."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return Path(candidate)
    return None


# A made-up notice in the usual shape of a county document: title, 文号, body with 一、 (一) 1.
NOTICE_PAGES: list[list[str]] = [
    [
        "#某某县人民政府办公室关于印发《某某县首席数据官制度试点实施方案》的通知",
        "#某府办函〔2023〕5号",
        "各镇人民政府，县直各有关单位：",
        "《某某县首席数据官制度试点实施方案》业经县政府同意，现印发给你们，请结合实际认真贯彻实施。"
        "实施过程遇到的问题，请径向县政务服务数据管理局反映。",
        "一、工作目标",
        "建立县、镇两级首席数据官制度，加强数据资源管理的领导力、决策力和执行力，带动我县镇、部门协同"
        "促进政府数字化转型，以数据共享开放推动数据资源开发利用，加快推进数据要素有序流通。",
        "二、工作任务",
        "（一）建立上下贯通的首席数据官组织体系",
    ],
    [
        "1.设立县首席数据官一名，由分管政务服务数据管理工作的县政府领导兼任，负责推动全县数据资源规划、"
        "采集、处理、共享开放和开发利用等工作。",
        "2.各试点部门于2024年3月31日前报送首席数据官人员名单，每年6月28日前、12月25日前报送工作总结。",
        "三、保障措施",
        "各级首席数据官要加强统筹协调，定期研究解决数据资源管理中的重大问题，确保试点工作取得实效。",
        ">某某县人民政府办公室",
        ">2023年1月3日",
    ],
]

ENGLISH_PAGES: list[list[str]] = [
    [
        "#Chief Data Officer Council Charter",
        "Section 1. Purpose. The Chief Data Officer Council shall establish government-wide best practices "
        "for the use, protection, dissemination, and generation of data, and shall promote and encourage "
        "data sharing agreements between agencies.",
        "Section 2. Membership. The Council shall consist of the Chief Data Officer of each agency and "
        "representatives of the Office of Management and Budget.",
        "Section 3. Duties. Interagency coordination responsibilities include standardization "
        "interoperability accountability transparency confidentiality administration "
        "documentation dissemination modernization and implementation responsibilities.",
    ],
    [
        "Section 4. Meetings. The Council shall meet regularly, and not less than quarterly, to consider "
        "interoperability requirements and the implementation of the Evidence Act.",
    ],
]


def _wrap(text: str, width: float, first_indent: float, measure) -> list[str]:
    """Break `text` into lines no wider than `width`: CJK anywhere, Latin at spaces or with a hyphen."""
    lines: list[str] = []
    avail = width - first_indent
    cur = ""
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        trial = cur + tok
        if measure(trial.rstrip()) <= avail or not cur.strip():
            if measure(trial.rstrip()) > avail and len(tok) > 1:  # a token wider than a line
                tok_fit = ""
                for ch in tok:
                    if measure(cur + tok_fit + ch) > avail:
                        break
                    tok_fit += ch
                lines.append(cur + tok_fit)
                tokens[i] = tok[len(tok_fit) :]
                cur = ""
                avail = width
                continue
            cur = trial
            i += 1
            continue
        word = tok.strip()
        if word.isalpha() and word.isascii() and len(word) >= 8:  # hyphenate long words
            for cut in range(len(word) - 3, 2, -1):
                if measure(cur + word[:cut] + "-") <= avail:
                    lines.append(cur + word[:cut] + "-")
                    tokens[i] = word[cut:] + tok[len(tok.rstrip()) :]
                    cur = ""
                    avail = width
                    break
            else:
                lines.append(cur.rstrip())
                cur = ""
                avail = width
            continue
        lines.append(cur.rstrip())
        cur = ""
        avail = width
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    """Latin words with their trailing space; every CJK character its own token."""
    out: list[str] = []
    word = ""
    for ch in text:
        if ch.isascii() and ch != " ":
            word += ch
            continue
        if ch == " ":
            out.append(word + " ")
            word = ""
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def text_pdf(
    pages: Sequence[Sequence[str]] = NOTICE_PAGES,
    *,
    font: str = "embedded",
    header: str | None = "某某县人民政府办公室文件",
    footer: str | None = "dash",
    label_start: int | None = None,
    cover: bool = False,
) -> bytes:
    """A PDF with a real text layer.

    font: "embedded" (TTF subset from a Debian font package) or "cid" (STSong-Light, not
    embedded, the way many government PDFs are produced). footer: "dash" (- 1 -), "cn"
    (第 1 页 共 2 页), "en" (Page 1 of 2) or None. label_start: add /PageLabels numbering the body
    from 1 after a cover page (needs cover=True) or from label_start.
    Lines: "#" centred title, ">" right aligned, else a body paragraph with a two-character indent.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    if font == "embedded":
        path = cjk_font()
        if path is None:
            raise RuntimeError("no CJK TrueType font installed")
        from reportlab.pdfbase.ttfonts import TTFont

        name = "WQYZenHei"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    elif font == "cid":
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        name = "STSong-Light"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))
    else:
        name = "Helvetica"
    size = 12
    leading = 20
    width, height = A4
    margin = 72
    text_width = width - 2 * margin

    def measure(s: str) -> float:
        return pdfmetrics.stringWidth(s, name, size)

    # Lay out first (a paragraph that overflows continues on the next page, as in a real
    # document), then draw, so "共 N 页" footers know N.
    laid: list[list[tuple[str, float, float, str]]] = []
    y = 0.0

    def new_page() -> None:
        nonlocal y
        laid.append([])
        y = height - margin

    def put(kind: str, x: float, text: str) -> None:
        nonlocal y
        if y < margin:
            new_page()
        laid[-1].append((kind, x, y, text))
        y -= leading

    for paragraphs in pages:
        new_page()
        for para in paragraphs:
            if para.startswith("#"):
                for line in _wrap(para[1:], text_width - 4 * size, 0, measure):
                    put("centre", width / 2, line)
                y -= leading / 2
                continue
            if para.startswith(">"):
                put("right", width - margin - 2 * size, para[1:])
                continue
            indent = 2 * size if not para.isascii() else 0
            for k, line in enumerate(_wrap(para, text_width, indent, measure)):
                put("left", margin + (indent if k == 0 else 0), line)
            if para.isascii():
                y -= leading / 2  # English paragraphs: block style with space between

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if cover:
        c.setFont(name, 22)
        c.drawCentredString(width / 2, height / 2, pages[0][0].lstrip("#")[:12])
        c.showPage()
    for pno, ops in enumerate(laid, start=1):
        if header:
            c.setFont(name, 9)
            c.drawCentredString(width / 2, height - 40, header)
        c.setFont(name, size)
        for kind, x, yy, text in ops:
            {"centre": c.drawCentredString, "right": c.drawRightString, "left": c.drawString}[kind](
                x, yy, text
            )
        if footer:
            c.setFont(name, 10)
            text = {
                "dash": f"- {pno} -",
                "cn": f"第 {pno} 页 共 {len(laid)} 页",
                "en": f"Page {pno} of {len(laid)}",
            }[footer]
            c.drawCentredString(width / 2, 40, text)
        c.showPage()
    if label_start is not None:
        if cover:
            c.addPageLabel(0, style="ROMAN_LOWER")
            c.addPageLabel(1, style="ARABIC", start=label_start)
        else:
            c.addPageLabel(0, style="ARABIC", start=label_start)
    c.save()
    return buf.getvalue()


def two_column_pdf(
    heading: str, left: Sequence[str], right: Sequence[str], table: Sequence[Sequence[str]]
) -> bytes:
    """An English page set as a role profile is: a full-width heading, two columns of wrapped
    lines side by side (their baselines a little apart, as two text frames put them), then a
    full-width table of short cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    height = A4[1]
    c.setFont("Helvetica", 11)
    y = height - 72
    c.drawString(56, y, heading)
    top = y - 24
    for i, line in enumerate(left):
        c.drawString(56, top - 15 * i, line)
    for i, line in enumerate(right):
        c.drawString(315, top - 1.5 - 15 * i, line)
    y = top - 15 * max(len(left), len(right)) - 24
    for row in table:
        for j, cell in enumerate(row):
            c.drawString(56 + 120 * j, y, cell)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def text_image(lines: Sequence[str], *, size: int = 32, width: int = 1240, height: int = 1754):
    """A white A4 page at 150 dpi with the lines drawn in the CJK font (a 'scan')."""
    from PIL import Image, ImageDraw, ImageFont

    path = cjk_font()
    if path is None:
        raise RuntimeError("no CJK TrueType font installed")
    fnt = ImageFont.truetype(str(path), size, index=0)
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    y = 150
    for line in lines:
        draw.text((120, y), line, font=fnt, fill="black")
        y += int(size * 1.8)
    return img


def scanned_pdf(
    pages: Sequence[Sequence[str]], *, blank_last: bool = False, noise_page: bool = False
) -> bytes:
    """An image-only PDF (no text layer), as a scanner produces, one image per page.

    noise_page adds a page of random speckle that OCR cannot read (to test reporting).
    """
    from PIL import Image

    images = [text_image(lines) for lines in pages]
    if noise_page:
        import random

        rng = random.Random(7)
        img = Image.new("L", (1240, 1754), 255)
        px = img.load()
        for _ in range(6000):
            x, y = rng.randrange(1240), rng.randrange(1754)
            for dx in range(3):
                for dy in range(3):
                    px[min(x + dx, 1239), min(y + dy, 1753)] = 0
        images.append(img.convert("RGB"))
    if blank_last:
        images.append(Image.new("RGB", (1240, 1754), "white"))
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=150.0, save_all=True, append_images=images[1:])
    return buf.getvalue()


def mixed_pdf(text_pages: Sequence[Sequence[str]], scanned: Sequence[str]) -> bytes:
    """A text PDF followed by one scanned page (a signed last page, as often seen)."""
    import pypdf

    writer = pypdf.PdfWriter()
    for blob in (text_pdf(text_pages, header=None), scanned_pdf([scanned])):
        for page in pypdf.PdfReader(io.BytesIO(blob)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted_pdf(password: str = "secret") -> bytes:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(text_pdf(font="cid")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password="owner", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# abstractNum 1: the standard Chinese government outline 一、 / （一） / 1. / （1）
# abstractNum 2: a decimal list "第%1条" with chineseCounting, to test prefixes and isLgl-free text
NUMBERING_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
  <w:abstractNum w:abstractNumId="1">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
      <w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
      <w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:multiLevelType w:val="singleLevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/>
      <w:suff w:val="space"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
      <w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>
"""


def numbered_docx() -> bytes:
    """A DOCX whose outline numbers exist only in numbering.xml (Word auto-numbering).

    Expected rendering (the numbers are NOT in the paragraph text):
        一、工作目标 / （一）组织体系 / 1.设立县首席数据官 / 2.设立数据专员 / table /
        （二）职责任务 / 1.推进数字政府 (level 2 restarts after level 1) / 二、保障措施 /
        numId 3 (same abstractNum, startOverride) restarts level 2 at 1 / 第一条 / 第二条 /
        甲、总则 / 1.1目的 / 1.2范围 / 乙、附则 / 2.3解释 (isLgl: decimal; lvlRestart 0: never restarts)
    """
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.core_properties.title = "某某县首席数据官制度试点实施方案"
    document.add_heading("某某县首席数据官制度试点实施方案", level=1)
    document.add_paragraph("为推进数字政府改革建设，结合我县实际，制定本方案。")

    def numbered(text: str, num_id: int, ilvl: int, style: str | None = None):
        p = document.add_paragraph(text, style=style)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
        return p

    numbered("工作目标", 1, 0)
    numbered("建立上下贯通的首席数据官组织体系", 1, 1)
    numbered("设立县首席数据官一名，由分管政务服务数据管理工作的县政府领导兼任。", 1, 2)
    numbered("设立数据专员和政务专员各一名，人员名单报县政务服务数据管理局备案。", 1, 2)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("层级", "角色", "兼任"), ("县", "首席数据官", "分管县领导"), ("镇", "首席数据官", "班子成员")]
    ):
        for col, value in enumerate(row):
            table.cell(r, col).text = value
    numbered("明确首席数据官职责任务", 1, 1)
    numbered("推进数字政府改革建设。", 1, 2)
    numbered("保障措施", 1, 0)
    numbered("加强组织领导。", 3, 2)
    numbered("本办法所称首席数据官，是指负责数据治理的领导。", 2, 0)
    numbered("本办法自印发之日起施行。", 2, 0)
    numbered("总则", 4, 0)
    numbered("目的", 4, 1)
    numbered("范围", 4, 1)
    numbered("附则", 4, 0)
    numbered("解释", 4, 1)

    buf = io.BytesIO()
    document.save(buf)
    # Replace (or add) the numbering part with ours.
    buf.seek(0)
    document = docx.Document(buf)
    part = document.part
    try:
        numbering_part = part.numbering_part
        numbering_part._element = parse_xml(NUMBERING_XML.encode())
    except NotImplementedError:
        numbering_part = Part(
            PackURI("/word/numbering.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            NUMBERING_XML.encode(),
            part.package,
        )
        part.relate_to(numbering_part, RT.NUMBERING)
    out = io.BytesIO()
    document.save(out)
    return _replace_member(out.getvalue(), "word/numbering.xml", NUMBERING_XML.encode())


def style_numbered_docx() -> bytes:
    """Numbering that comes from the paragraph STYLE (Word templates link Heading 1/2 to a list).

    The heading styles carry <w:numPr> (numId 1; Heading 2 at ilvl 1), the paragraphs carry
    nothing. Expected: 一、总体要求 / （一）指导思想 / （二）工作目标 / 二、主要任务 / （一）建立制度.
    """
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = document.styles[name].element.get_or_add_pPr()
        ppr.append(
            parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>')
        )
    document.add_heading("总体要求", level=1)
    document.add_heading("指导思想", level=2)
    document.add_paragraph("以数据治理为主线。")
    document.add_heading("工作目标", level=2)
    document.add_heading("主要任务", level=1)
    document.add_heading("建立制度", level=2)
    out = io.BytesIO()
    document.save(out)
    return _replace_member(out.getvalue(), "word/numbering.xml", NUMBERING_XML.encode())


def _replace_member(blob: bytes, name: str, content: bytes) -> bytes:
    """Rewrite one zip member (python-docx keeps its template numbering.xml otherwise)."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = content if info.filename == name else src.read(info.filename)
            dst.writestr(info, data)
    return out.getvalue()


# --------------------------------------------------------------------------- OFD

OFD_NS = "http://www.ofdspec.org/2016"


def _delta_x(text: str, size: float) -> str:
    """DeltaX with the 'g' repeat notation: CJK advance = size, Latin = size/2."""
    advances = [size if not ch.isascii() else size / 2 for ch in text[:-1]]
    if not advances:
        return ""
    if all(a == advances[0] for a in advances):
        return f"g {len(advances)} {advances[0]:g}"
    return " ".join(f"{a:g}" for a in advances)


def ofd_file(
    pages: Sequence[Sequence[str]] = NOTICE_PAGES,
    *,
    title: str = "某某县首席数据官制度试点实施方案",
    shuffle: bool = True,
    footer: bool = True,
    per_char: bool = False,
    page_locs: Sequence[str] | None = None,
) -> bytes:
    """A real OFD package (GB/T 33190-2016): OFD.xml, Document.xml, PublicRes.xml, pages.

    Each wrapped line is one TextObject (as OFD writers emit them), or one TextObject per glyph
    with per_char=True (as some converters do), written in a scrambled order when shuffle=True
    so that reading order has to come from coordinates. Units are mm on A4. page_locs overrides
    the Page BaseLoc values (to test hostile references).
    """
    import random

    size = 4.2  # 12 pt in mm
    width, height = 210.0, 297.0
    left, right = 25.0, 185.0

    def measure(s: str) -> float:
        return sum(size if not ch.isascii() else size / 2 for ch in s)

    members: dict[str, str] = {}
    members["OFD.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">
  <ofd:DocBody>
    <ofd:DocInfo><ofd:DocID>6a0e2b3c</ofd:DocID><ofd:Title>{title}</ofd:Title>
      <ofd:Author>某某县人民政府办公室</ofd:Author><ofd:CreationDate>2023-01-03</ofd:CreationDate></ofd:DocInfo>
    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>
  </ofd:DocBody>
</ofd:OFD>
"""
    page_refs = "".join(
        f'<ofd:Page ID="{10 + i}" BaseLoc="{page_locs[i] if page_locs else f"Pages/Page_{i}/Content.xml"}"/>'
        for i in range(len(pages))
    )
    members["Doc_0/Document.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document xmlns:ofd="{OFD_NS}">
  <ofd:CommonData>
    <ofd:MaxUnitID>999</ofd:MaxUnitID>
    <ofd:PageArea><ofd:PhysicalBox>0 0 {width:g} {height:g}</ofd:PhysicalBox></ofd:PageArea>
    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>
  </ofd:CommonData>
  <ofd:Pages>{page_refs}</ofd:Pages>
</ofd:Document>
"""
    members["Doc_0/PublicRes.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res">
  <ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts>
</ofd:Res>
"""
    rng = random.Random(3)
    next_id = 100
    for pno, paragraphs in enumerate(pages):
        objects: list[str] = []
        y = 30.0

        def emit(text: str, x: float, y: float, objects: list[str] = objects) -> None:
            if per_char and len(text) > 1:
                for ch in text:
                    emit(ch, x, y, objects)
                    x += measure(ch)
                return
            nonlocal next_id
            next_id += 1
            w = measure(text)
            # Boundary origin at the line box; TextCode X/Y relative to it, Y is the baseline.
            objects.append(
                f'<ofd:TextObject ID="{next_id}" Boundary="{x:.2f} {y - size:.2f} {w + 1:.2f} {size * 1.4:.2f}" '
                f'Font="2" Size="{size}"><ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{size:.2f}" DeltaX="{_delta_x(text, size)}">{_xml_escape(text)}</ofd:TextCode>'
                f"</ofd:TextObject>"
            )

        for para in paragraphs:
            if para.startswith("#"):
                for line in _wrap(para[1:], right - left - 4 * size, 0, measure):
                    emit(line, (width - measure(line)) / 2, y)
                    y += size * 1.6
                y += size * 0.8
                continue
            if para.startswith(">"):
                emit(para[1:], right - 2 * size - measure(para[1:]), y)
                y += size * 1.6
                continue
            indent = 2 * size
            for k, line in enumerate(_wrap(para, right - left, indent, measure)):
                # Justified lines: the last glyph of a full line ends at the right margin.
                emit(line, left + (indent if k == 0 else 0), y)
                y += size * 1.6
        if footer:
            emit(f"- {pno + 1} -", width / 2 - 6, 280.0)
        if shuffle:
            rng.shuffle(objects)
        members[f"Doc_0/Pages/Page_{pno}/Content.xml"] = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="{OFD_NS}">
  <ofd:Content><ofd:Layer ID="{next_id + 1000}">{"".join(objects)}</ofd:Layer></ofd:Content>
</ofd:Page>
"""
    return zip_bytes(members)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def zip_bytes(members: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, content in members.items():
            zf.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


def zip_bomb(member: str = "word/document.xml", size: int = 200 * 1024 * 1024) -> bytes:
    """A small zip that inflates to `size` bytes of zeros (streamed, never held in memory)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(member, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return buf.getvalue()


# --------------------------------------------------------------------------- HTML

HTML_BODY_LINES = [
    "某府办函〔2023〕5号",
    "各镇人民政府，县直各有关单位：",
    "《某某县首席数据官制度试点实施方案》业经县政府同意，现印发给你们，请结合实际认真贯彻实施。",
    "一、工作目标",
    "建立县、镇两级首席数据官制度，加强数据资源管理的领导力、决策力和执行力。",
    "（一）建立上下贯通的首席数据官组织体系",
    "1.设立县首席数据官一名，由分管政务服务数据管理工作的县政府领导兼任。",
    "2.各试点部门于2024年3月31日前报送首席数据官人员名单。",
]
HTML_TITLE = "某某县人民政府办公室关于印发《某某县首席数据官制度试点实施方案》的通知"


def html_page(layout: str = "modern", encoding: str = "utf-8") -> bytes:
    """A government portal page: 'modern' (div layout, meta tags, http-equiv-free <meta charset>)
    or 'table' (old nested-table layout, charset in http-equiv), with portal chrome around."""
    body_html = "".join(f"<p>{line}</p>" for line in HTML_BODY_LINES[:3])
    body_html += f"<p>{HTML_BODY_LINES[3]}<br>{HTML_BODY_LINES[4]}</p>"
    body_html += "".join(f"<p>{line}</p>" for line in HTML_BODY_LINES[5:])
    body_html += '<p style="text-align:right">某某县人民政府办公室<br/>2023年1月3日</p>'
    nav = "".join(
        f'<li><a href="/c{i}">{name}</a></li>'
        for i, name in enumerate(
            ["首页", "政务公开", "政务服务", "互动交流", "走进某某", "政府文件", "政策解读", "新闻中心"]
        )
    )
    footer = (
        "<div class='footer'><p>主办单位：某某县人民政府办公室</p><p>网站标识码：4415210001</p>"
        "<p>粤ICP备12345678号</p><p>粤公网安备 44152102000001号</p></div>"
    )
    if layout == "modern":
        head = (
            f'<meta charset="{encoding}"><title>{HTML_TITLE}_某某县人民政府门户网站</title>'
            f'<meta name="ArticleTitle" content="{HTML_TITLE}"><meta name="PubDate" content="2023-01-03 16:24">'
            '<meta name="ContentSource" content="某某县人民政府办公室">'
        )
        html = f"""<!DOCTYPE html><html><head>{head}</head><body>
<div class="header"><ul class="nav">{nav}</ul><div class="search"><input placeholder="请输入关键字"></div></div>
<div class="crumb">您现在所在的位置 : <a href="/">首页</a> &gt; <a>政务公开</a> &gt; <a>政府文件</a></div>
<div class="article">
  <h1 class="title">{HTML_TITLE}</h1>
  <div class="info"><span>发布时间：2023-01-03 16:24</span><span>来源：某某县人民政府办公室</span>
    <span>【字体：大 中 小】</span><span>分享到：</span></div>
  <div class="TRS_Editor" id="zoom">{body_html}</div>
  <div class="tools"><a>打印本页</a> <a>关闭窗口</a> 扫一扫在手机打开当前页</div>
  <div class="prevnext"><p>上一篇：某某县2022年政务公开工作要点</p><p>下一篇：关于做好春节期间安全工作的通知</p></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a>国务院</a></li><li><a>广东省人民政府</a></li></ul></div>
{footer}</body></html>"""
    else:
        head = (
            f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'
            f"<title>{HTML_TITLE}</title>"
        )
        html = f"""<html><head>{head}</head><body>
<table width="1000" align="center"><tr><td><table width="100%"><tr>{
            "".join(
                f'<td><a href="/c{i}">{n}</a></td>'
                for i, n in enumerate(["首页", "政务公开", "办事服务", "互动交流"])
            )
        }</tr></table></td></tr>
<tr><td class="dqwz">当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 政府文件</td></tr>
<tr><td><table width="100%" class="xxgk"><tr><td>索引号：007234567/2023-00005</td><td>分类：其他文件</td></tr>
<tr><td>发文机关：某某县人民政府办公室</td><td>成文日期：2023年01月03日</td></tr>
<tr><td>标题：{HTML_TITLE}</td><td>发文字号：某府办函〔2023〕5号</td></tr>
<tr><td>发布日期：2023年01月05日</td><td>主题词：</td></tr></table></td></tr>
<tr><td align="center" class="title"><b>{HTML_TITLE}</b></td></tr>
<tr><td class="content">{body_html}</td></tr>
<tr><td align="center">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>{footer}</td></tr></table></body></html>"""
    codec = "gb18030" if encoding.lower() in ("gb2312", "gbk", "gb18030") else encoding
    return html.encode(codec)
