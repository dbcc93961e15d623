"""OFD (GB/T 33190): real packages built per the standard, read in reading order by coordinates."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.formats import ofd
from ingest.formats.base import ZipLimits, safe_zip
from ingest.formats.ofd import _deltas
from kb.errors import FileError
from tests import make_files as mf

WRAPPED = (
    "建立县、镇两级首席数据官制度，加强数据资源管理的领导力、决策力和执行力，带动我县镇、部门协同"
    "促进政府数字化转型，以数据共享开放推动数据资源开发利用，加快推进数据要素有序流通。"
)


@pytest.mark.parametrize("per_char", [False, True])
def test_reading_order_from_coordinates(per_char):
    ex = ofd.read(Path("plan.ofd"), mf.ofd_file(per_char=per_char))
    assert ex.format == "ofd"
    assert [p.label for p in ex.pages] == ["1", "2"]
    lines = ex.pages[0].text.split("\n")
    assert lines[:3] == [
        "某某县人民政府办公室关于印发《某某县首席数据官制度试点实施方案》的通知",
        "某府办函〔2023〕5号",
        "各镇人民政府，县直各有关单位：",
    ]
    assert WRAPPED in lines
    assert "一、工作目标" in lines and "（一）建立上下贯通的首席数据官组织体系" in lines
    page2 = ex.pages[1].text.split("\n")
    assert page2[0].startswith("1.设立县首席数据官一名")
    assert page2[1].startswith("2.各试点部门于2024年3月31日前报送首席数据官人员名单")
    assert page2[-2:] == ["某某县人民政府办公室", "2023年1月3日"]
    assert "- 1 -" not in ex.pages[0].text and "- 2 -" not in ex.pages[1].text


def test_title_from_docinfo():
    ex = ofd.read(Path("plan.ofd"), mf.ofd_file())
    assert ex.front_matter == {"title": "某某县首席数据官制度试点实施方案"}


def test_through_the_loader():
    from ingest.loaders import load_data

    ex = load_data(Path("plan.ofd"), mf.ofd_file())
    assert ex.format == "ofd" and WRAPPED in ex.pages[0].text


def test_page_reference_outside_the_package_is_not_followed():
    blob = mf.ofd_file(page_locs=["Pages/Page_0/Content.xml", "../../../etc/passwd"])
    ex = ofd.read(Path("plan.ofd"), blob)
    assert ex.extra["missing_pages"] == "2" and ex.pages[1].text == ""
    assert "page content missing" in ex.extra["warnings"]


def test_absolute_page_reference():
    blob = mf.ofd_file(page_locs=["/Doc_0/Pages/Page_0/Content.xml", "/Doc_0/Pages/Page_1/Content.xml"])
    ex = ofd.read(Path("plan.ofd"), blob)
    assert ex.pages[1].text.startswith("1.设立县首席数据官")


def test_missing_docroot():
    blob = mf.zip_bytes({"OFD.xml": f'<ofd:OFD xmlns:ofd="{mf.OFD_NS}"><ofd:DocBody/></ofd:OFD>'})
    with pytest.raises(FileError, match="DocRoot"):
        ofd.read(Path("empty.ofd"), blob)


def test_broken_xml():
    blob = mf.zip_bytes({"OFD.xml": "<ofd:OFD"})
    with pytest.raises(FileError, match="broken XML"):
        ofd.read(Path("broken.ofd"), blob)


def test_ofd_without_text():
    blob = mf.ofd_file([[]], footer=False)
    with pytest.raises(FileError, match="no text"):
        ofd.read(Path("scan.ofd"), blob)


def test_zip_bomb_rejected():
    with pytest.raises(FileError, match="zip bomb"):
        ofd.read(Path("bomb.ofd"), mf.zip_bomb("Doc_0/Pages/Page_0/Content.xml", size=64 * 1024 * 1024))


def test_safe_zip_limits():
    blob = mf.zip_bytes({f"f{i}.xml": "<a/>" for i in range(30)})
    with pytest.raises(FileError, match="members"):
        safe_zip(Path("many.ofd"), blob, "OFD", ZipLimits(max_members=10))
    blob = mf.zip_bytes({"a.xml": "x" * 5000, "b.xml": "y" * 5000}, compression=zipfile.ZIP_STORED)
    with pytest.raises(FileError, match="inflate"):
        safe_zip(Path("big.ofd"), blob, "OFD", ZipLimits(max_total=8000))
    assert safe_zip(Path("ok.ofd"), blob, "OFD").namelist() == ["a.xml", "b.xml"]


@pytest.mark.parametrize(
    "name", ["../x.xml", "/etc/passwd", "a/../../x.xml", "C:/Windows/x.xml", "..\\x.xml"]
)
def test_hostile_member_names(name):
    blob = mf.zip_bytes({"OFD.xml": "<a/>", name: "<a/>"})
    with pytest.raises(FileError, match="unsafe member name"):
        safe_zip(Path("evil.ofd"), blob, "OFD")


def test_delta_x_notation():
    assert _deltas("g 3 4.2 1 2") == [4.2, 4.2, 4.2, 1.0, 2.0]
    assert _deltas("") == []
    assert _deltas("g x 1 3") == [3.0]  # a broken 'g' group is skipped, the rest kept


@given(st.lists(st.floats(min_value=0.1, max_value=50, allow_nan=False), min_size=1, max_size=30))
def test_delta_x_plain_lists_round_trip(values):
    assert _deltas(" ".join(repr(v) for v in values)) == values


def test_text_object_positions_with_ctm_and_delta_x():
    from xml.etree import ElementTree as ET

    from ingest.formats.ofd import _text_object

    obj = ET.fromstring(
        f'<ofd:TextObject xmlns:ofd="{mf.OFD_NS}" Boundary="20 30 100 10" Size="4" CTM="0.5 0 0 0.5 2 1">'
        '<ofd:TextCode X="0" Y="8" DeltaX="g 3 8">首席数据官</ofd:TextCode>'
        "<ofd:TextCode>制度</ofd:TextCode></ofd:TextObject>"
    )
    first, second = _text_object(obj, (0.0, 0.0))
    assert first.text == "首席数据官" and first.x0 == pytest.approx(22.0)
    # baseline at 30 + 8 * 0.5 + 1 = 35; glyph height 4 * 0.5 = 2
    assert first.bottom == pytest.approx(35.3) and first.top == pytest.approx(33.3)
    # advances 8, 8, 8 then the last missing one repeats 8, plus one glyph of 4: 36 * 0.5
    assert first.x1 == pytest.approx(22.0 + 18.0)
    assert second.x0 == pytest.approx(first.x1)  # a TextCode without X continues the line
