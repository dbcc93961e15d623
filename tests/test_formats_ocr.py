"""Scanned PDFs: offline OCR reads the page back; unreadable pages are reported, not dropped.

OCR is slow on two cores, so one mixed file (text pages + a scan + speckle + a blank page) is
read once for the module and the assertions share it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kb.errors import FileError
from tests import make_files as mf

pytest.importorskip("rapidocr_onnxruntime")
pytest.importorskip("pypdfium2")
if mf.cjk_font() is None:
    pytest.skip("no CJK TrueType font (apt-get install fonts-wqy-zenhei)", allow_module_level=True)

SCAN_LINES = [
    "三、保障措施",
    "各级首席数据官要加强统筹协调，定期研究解决",
    "数据资源管理中的重大问题。",
    "各试点部门于2024年3月31日前报送人员名单。",
    "- 3 -",
]


@pytest.fixture(scope="module")
def mixed():
    """Two text pages, then a scanned page, a speckled page OCR cannot read, a blank page."""
    import io

    import pypdf

    from ingest.formats import pdf

    writer = pypdf.PdfWriter()
    blobs = [
        mf.text_pdf(font="cid", header=None),
        mf.scanned_pdf([SCAN_LINES], noise_page=True, blank_last=True),
    ]
    for blob in blobs:
        for page in pypdf.PdfReader(io.BytesIO(blob)).pages:
            writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    calls: list[tuple[int, int]] = []
    start = time.perf_counter()
    ex = pdf.read(Path("mixed.pdf"), buf.getvalue(), progress=lambda d, n: calls.append((d, n)))
    return ex, calls, time.perf_counter() - start


def test_scanned_page_is_read_by_ocr(mixed):
    ex, _, _ = mixed
    assert [p.label for p in ex.pages] == ["1", "2", "3", "4", "5"]
    scan = ex.pages[2].text
    lines = scan.split("\n")
    assert lines[0] == "三、保障措施"
    # the wrapped scan line is joined back without a space
    assert "各级首席数据官要加强统筹协调，定期研究解决数据资源管理中的重大问题。" in lines
    assert "2024年3月31日前" in scan
    assert "- 3 -" not in scan  # printed footer dropped from OCR text too
    assert ex.extra["ocr"] == "true"
    assert ex.extra["ocr_pages"] == "3,4,5"


def test_text_pages_keep_their_text_layer(mixed):
    ex, _, _ = mixed
    assert ex.pages[0].text.startswith("某某县人民政府办公室关于印发")


def test_unreadable_page_is_reported_not_dropped(mixed):
    ex, _, _ = mixed
    assert ex.extra["ocr_failed_pages"] == "4"  # the speckle page; the blank page is not a failure
    assert "4" in ex.extra["warnings"] and "OCR" in ex.extra["warnings"]
    assert ex.pages[3].text == "" and ex.pages[4].text == ""


def test_progress_reaches_every_page(mixed):
    _, calls, _ = mixed
    assert calls[-1] == (5, 5)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) == 5


def test_scan_that_reads_nothing_is_an_error():
    from ingest.formats import pdf

    blob = mf.scanned_pdf([], noise_page=True)
    with pytest.raises(FileError, match="no text"):
        pdf.read(Path("speckle.pdf"), blob)


def test_too_many_pages_for_ocr():
    from ingest.formats import pdf

    blob = mf.scanned_pdf([["首席数据官"], ["数据专员"]])
    with pytest.raises(FileError, match="OCR limit"):
        pdf.read(Path("big-scan.pdf"), blob, max_ocr_pages=1)


def test_upside_down_scan_is_turned_and_read():
    from ingest.formats import ocr

    image = mf.text_image(["首席数据官制度试点工作方案", "各试点部门于2024年3月31日前报送人员名单。"]).rotate(
        180
    )
    result = ocr.ocr_image(image)
    assert not result.failed and result.rotated == 180
    assert "首席数据官制度试点工作方案" in "".join(b.text for b in result.boxes)
