"""DOCX: body order, tables as rows, and Word's automatic numbering computed from numbering.xml."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.formats import docx
from ingest.formats.docx import chinese_counting, format_number
from kb.errors import FileError
from tests import make_files as mf

pytest.importorskip("docx")


def _lines(blob: bytes) -> list[str]:
    ex = docx.read(Path("plan.docx"), blob)
    assert ex.format == "docx" and len(ex.pages) == 1 and ex.pages[0].label is None
    return ex.pages[0].text.split("\n")


def test_auto_numbering_is_rendered_in_body_order():
    assert _lines(mf.numbered_docx()) == [
        "某某县首席数据官制度试点实施方案",
        "为推进数字政府改革建设，结合我县实际，制定本方案。",
        "一、工作目标",
        "（一）建立上下贯通的首席数据官组织体系",
        "1.设立县首席数据官一名，由分管政务服务数据管理工作的县政府领导兼任。",
        "2.设立数据专员和政务专员各一名，人员名单报县政务服务数据管理局备案。",
        "层级 | 角色 | 兼任",
        "县 | 首席数据官 | 分管县领导",
        "镇 | 首席数据官 | 班子成员",
        "（二）明确首席数据官职责任务",
        "1.推进数字政府改革建设。",  # level 3 restarts after a level-2 item
        "二、保障措施",
        "1.加强组织领导。",  # numId 3: same list, startOverride restarts level 3
        "第一条 本办法所称首席数据官，是指负责数据治理的领导。",  # suff=space keeps the space
        "第二条 本办法自印发之日起施行。",
        "甲、总则",
        "1.1目的",  # isLgl: the 甲 of level 1 is shown as 1
        "1.2范围",
        "乙、附则",
        "2.3解释",  # lvlRestart 0: level 2 never restarts
    ]


def test_numbering_from_paragraph_style():
    assert _lines(mf.style_numbered_docx()) == [
        "一、总体要求",
        "（一）指导思想",
        "以数据治理为主线。",
        "（二）工作目标",
        "二、主要任务",
        "（一）建立制度",
    ]


def test_title_from_core_properties():
    ex = docx.read(Path("plan.docx"), mf.numbered_docx())
    assert ex.front_matter == {"title": "某某县首席数据官制度试点实施方案"}


def test_through_the_loader():
    from ingest.loaders import load_data

    ex = load_data(Path("plan.docx"), mf.numbered_docx())
    assert ex.format == "docx" and "一、工作目标" in ex.pages[0].text


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCounting", "一百零五"),
        (110, "chineseCounting", "一百一十"),
        (3, "chineseLegalSimplified", "叁"),
        (12, "chineseLegalSimplified", "壹拾贰"),
        (2, "ideographTraditional", "乙"),
        (11, "ideographTraditional", "甲"),
        (3, "ideographZodiac", "寅"),
        (3, "decimalEnclosedCircle", "③"),
        (3, "decimalEnclosedCircleChinese", "③"),
        (2, "decimalEnclosedParen", "⑵"),
        (4, "decimalFullWidth", "４"),
        (5, "decimalZero", "05"),
        (4, "upperRoman", "IV"),
        (9, "lowerRoman", "ix"),
        (27, "upperLetter", "AA"),
        (2, "lowerLetter", "b"),
        (2, "ordinal", "2nd"),
        (3, "cardinalText", "Three"),
        (1, "bullet", ""),
        (7, "somethingNew", "7"),
    ],
)
def test_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_counting_agrees_with_cn2an(n):
    cn2an = pytest.importorskip("cn2an")
    assert chinese_counting(n) == cn2an.an2cn(n)


def test_zip_bomb_is_rejected_before_decompression():
    with pytest.raises(FileError) as err:
        docx.read(Path("bomb.docx"), mf.zip_bomb(size=64 * 1024 * 1024))
    assert "bomb.docx" in str(err.value) and "zip bomb" in str(err.value)


def test_path_traversal_member_is_rejected():
    blob = mf.zip_bytes({"word/document.xml": "<w:document/>", "../../etc/cron.d/x": "boom"})
    with pytest.raises(FileError, match="unsafe member name"):
        docx.read(Path("evil.docx"), blob)


def test_zip_without_word_document():
    with pytest.raises(FileError, match="not a Word document"):
        docx.read(Path("other.docx"), mf.zip_bytes({"[Content_Types].xml": "<Types/>", "x.xml": "<x/>"}))


def test_broken_zip():
    with pytest.raises(FileError, match="broken zip"):
        docx.read(Path("cut.docx"), mf.numbered_docx()[:300])


def test_broken_document_xml():
    blob = mf.numbered_docx()
    broken = mf._replace_member(blob, "word/document.xml", b"<w:document><unclosed>")
    with pytest.raises(FileError) as err:
        docx.read(Path("broken.docx"), broken)
    assert "broken.docx" in str(err.value)


# --------------------------------------------------------------------------- DTD entities (issue 12)


def _doctype_docx(tmp_path: Path, doctype: str, first_run: str) -> Path:
    """A python-docx document whose word/document.xml carries `doctype` and `first_run` as text."""
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("x")
    buf = io.BytesIO()
    document.save(buf)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}\n'
        f'<w:document xmlns:w="{docx.W}"><w:body>'
        f"<w:p><w:r><w:t>{first_run}</w:t><w:t>同段其余</w:t></w:r><w:r><w:t>第二个run</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>下一段保留。</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    path = tmp_path / "hostile.docx"
    path.write_bytes(mf._replace_member(buf.getvalue(), "word/document.xml", xml.encode()))
    return path


def _read_text(path: Path) -> str:
    return docx.read(path, path.read_bytes()).pages[0].text


@pytest.mark.parametrize("target", ["file:///etc/passwd", "secret"])
def test_external_entity_is_not_resolved_and_the_text_around_it_is_kept(tmp_path, target):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET-MARKER\n")
    url = secret.as_uri() if target == "secret" else target
    path = _doctype_docx(tmp_path, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}">]>', "前文&xxe;后文")
    text = _read_text(path)
    assert text.split("\n") == ["前文后文同段其余第二个run", "下一段保留。"]
    assert "root:" not in text and "SECRET-MARKER" not in text and "&xxe;" not in text


def test_external_parameter_entity_is_not_loaded(tmp_path):
    path = _doctype_docx(
        tmp_path, '<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>', "正文"
    )
    text = _read_text(path)
    assert text.split("\n") == ["正文同段其余第二个run", "下一段保留。"]
    assert "root:" not in text


def test_internal_entity_is_not_expanded_and_the_text_after_it_is_kept(tmp_path):
    # A few nested levels stay under libxml2's amplification limit: parsed, never expanded.
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 4))
    path = _doctype_docx(
        tmp_path, f"<!DOCTYPE w:document [{entities}<!ENTITY name 'value'>]>", "前&a3;中&name;后"
    )
    text = _read_text(path)
    assert text.split("\n") == ["前中后同段其余第二个run", "下一段保留。"]
    assert "lol" not in text and "value" not in text


def test_billion_laughs_finishes_fast_without_expansion(tmp_path):
    levels = 30  # 10**30 "lol"s if it were ever expanded
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, levels)
    )
    path = _doctype_docx(tmp_path, f"<!DOCTYPE w:document [{entities}]>", f"前&a{levels - 1};后")
    start = time.perf_counter()
    try:
        text = _read_text(path)
    except FileError as err:  # libxml2's entity depth/amplification limits refuse it outright
        assert "hostile.docx" in str(err)
    else:
        assert "lol" not in text and text.split("\n")[-1] == "下一段保留。"
    assert time.perf_counter() - start < 5
