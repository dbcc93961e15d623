"""Loaders: detection by content, decoding, front matter, and errors a user can act on."""

from __future__ import annotations

import io
import sys
import types
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import loaders
from ingest.loaders import Extracted, RawPage, decode_text, detect_format, load, load_data, split_front_matter
from kb.errors import FileError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(name, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        ("a.bin", b"\x00\x01%PDF-1.4\n", "pdf"),
        ("a.txt", "政策说明:%PDF-1.4 只是文字".encode(), "text"),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),
        ("a.zip", _zip(["[Content_Types].xml", "word/document.xml"]), "docx"),
        ("a.zip", _zip(["OFD.xml", "Doc_0/Document.xml"]), "ofd"),
        ("a.docx", _zip(["readme.txt"]), "zip"),
        ("a.docx", b"PK\x03\x04 broken", "zip"),
        ("a.txt", b"<!DOCTYPE html>\n<html><body>x</body></html>", "html"),
        ("a.txt", b"\xef\xbb\xbf  <!-- saved -->\n<HTML><head></head></HTML>", "html"),
        ("a", b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>', "html"),
        ("a.pdf", "海丰县人民政府办公室".encode(), "text"),
        ("a.md", b"plain words", "markdown"),
        ("a.txt", b"# Title\n\ntext\n\n## Part\n", "markdown"),
        ("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("a.txt", b"abc\x00def", "binary"),
        ("a.txt", "数据".encode("utf-16"), "text"),
    ],
)
def test_detect_format_by_content(name: str, data: bytes, expected: str) -> None:
    assert detect_format(Path(name), data) == expected


def _error(tmp_path: Path, name: str, data: bytes) -> FileError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileError) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message and ";" in message
    return info.value


@pytest.mark.parametrize(
    ("name", "data", "problem", "fix"),
    [
        ("empty.txt", b"", "empty", "add"),
        ("blank.txt", b"  \n\t\n", "empty", "add"),
        ("nul.txt", b"text\x00\x00\x00binary", "NUL bytes", "UTF-8 text, PDF, DOCX or OFD"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x01" * 20, "PNG image", "UTF-8 text"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".doc/.wps", ".docx"),
        ("bundle.zip", _zip(["a.txt", "b.txt"]), "neither DOCX nor OFD", "unpack"),
        ("fm.txt", b"---\ntitle: x\n---\n\n  \n", "front matter but no text", "add"),
        ("bad.txt", b"---\ntitle: [unclosed\nissuer: x\n---\nbody\n", "not valid YAML", "fix it"),
    ],
)
def test_bad_files_give_one_line_with_the_fix(
    tmp_path: Path, name: str, data: bytes, problem: str, fix: str
) -> None:
    error = _error(tmp_path, name, data)
    assert problem in error.problem
    assert fix in error.fix


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="not found"):
        load(tmp_path / "nope.txt")
    with pytest.raises(FileError, match="folder"):
        load(tmp_path)


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_FILE_BYTES", 10)
    error = _error(tmp_path, "big.txt", b"x" * 11)
    assert "limit" in error.problem and "split" in error.fix


def test_undecodable_bytes_are_a_file_error(tmp_path: Path) -> None:
    data = bytes(range(1, 32)) * 40  # control bytes only: no codec makes text of this
    error = _error(tmp_path, "noise.txt", data)
    assert "binary" in error.problem or "encoding" in error.problem


def _corpus_bodies() -> list[tuple[str, str]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        body = split_front_matter(path, path.read_text(encoding="utf-8"))[1]
        if any("\u4e00" <= ch <= "\u9fff" for ch in body):
            out.append((path.name, body))
    return out


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk", "gb2312", "big5", "big5hkscs"]
)
def test_chinese_corpus_round_trips_in_every_encoding(codec: str) -> None:
    tested = 0
    for name, body in _corpus_bodies():
        try:
            data = body.encode(codec)
        except UnicodeEncodeError:
            continue  # simplified text has no Big5 form, traditional none in GB2312
        text, used = decode_text(Path(name), data)
        assert text == body, (name, codec, used)
        tested += 1
    assert tested >= 3


def test_encoding_is_recorded_and_gbk_reads_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("关于印发首席数据官制度试点工作方案的通知\n各县人民政府:".encode("gbk"))
    extracted = load(path)
    assert extracted.extra["encoding"] == "gb18030"
    assert extracted.pages[0].text.startswith("关于印发")
    assert extracted.format == "text" and extracted.pages[0].label is None


def test_front_matter_values_stay_as_written(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(
        b"---\r\ntitle: \xe6\x96\xb9\xe6\xa1\x88\r\ndate: 2022-03-28\r\ncomplete: yes\r\n"
        b"Tags: [a, b]\r\nnumber: 0012\r\nempty:\r\n---\r\n\r\nBody text.\r\n"
    )
    extracted = load(path)
    assert extracted.front_matter == {
        "title": "方案",
        "date": "2022-03-28",
        "complete": "yes",
        "tags": "a, b",
        "number": "0012",
        "empty": "",
    }
    assert extracted.pages[0].text == "Body text.\n"
    assert extracted.format == "markdown"


@pytest.mark.parametrize(
    "text",
    [
        "---\nJust a separator line, then prose.\n---\nMore prose.\n",
        "---\ntitle: never closed\nbody\n",
        "--- \n",
        "No front matter at all.\n",
    ],
)
def test_text_without_real_front_matter_is_kept_whole(text: str) -> None:
    assert split_front_matter(Path("x.txt"), text) == ({}, text)


def test_shipped_corpus_loads_with_front_matter() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        extracted = load(path)
        assert extracted.front_matter["title"], path.name
        assert not extracted.pages[0].text.startswith("---")
        assert all(isinstance(v, str) for v in extracted.front_matter.values())


def test_missing_reader_says_convert_to_txt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ingest.formats.html", None)
    with pytest.raises(FileError, match=r"no reader for HTML yet; convert it to \.txt"):
        load_data(Path("page.html"), b"<html><body>x</body></html>")


def test_dispatch_to_format_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {}

    def read(path: Path, data: bytes, progress=None) -> Extracted:
        seen["args"] = (path, data[:5])
        return Extracted([RawPage("1", "第一页")], {}, "pdf", {"ocr": "false"})

    monkeypatch.setitem(sys.modules, "ingest.formats.pdf", types.SimpleNamespace(read=read))
    extracted = load_data(Path("a.pdf"), b"%PDF-1.4 ...")
    assert extracted.pages[0].text == "第一页" and seen["args"] == (Path("a.pdf"), b"%PDF-")

    def broken(path: Path, data: bytes, progress=None) -> Extracted:
        raise ValueError("bad xref table")

    monkeypatch.setitem(sys.modules, "ingest.formats.pdf", types.SimpleNamespace(read=broken))
    with pytest.raises(FileError, match=r"could not be read as PDF .*bad xref table") as info:
        load_data(Path("a.pdf"), b"%PDF-1.4 ...")
    assert isinstance(info.value.__cause__, ValueError)

    monkeypatch.setitem(sys.modules, "ingest.formats.pdf", types.SimpleNamespace())
    with pytest.raises(FileError, match="no reader for PDF yet"):
        load_data(Path("a.pdf"), b"%PDF-1.4 ...")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_load_or_raise_file_error(data: bytes) -> None:
    try:
        extracted = load_data(Path("fuzz.txt"), data)
    except FileError as error:
        assert "\n" not in str(error)
    else:
        assert extracted.pages and extracted.pages[0].text.strip()
        assert all(isinstance(v, str) for v in extracted.front_matter.values())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_front_matter_text_is_handled(body: str) -> None:
    try:
        front, rest = split_front_matter(Path("x.txt"), "---\n" + body + "\n---\nbody")
    except FileError as error:
        assert "front matter" in error.problem
    else:
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in front.items())
        assert rest


def test_markdown_inline_syntax_gives_way_to_its_text(tmp_path: Path) -> None:
    """A policy copied into Markdown: bold labels, links and images read as their words, so that
    "c. **Chief Data Officer.** The CDO:" opens its list as plain text would."""
    from ingest.formats.markdown import inline_text

    md = (
        "[VA.gov](https://www.va.gov) › Directives\n\n> **Print** | *Email*\n\n---\n\n"
        "c. **Chief Data Officer.** The CDO:\n\n(1) Chairs the __Data Council__ ![seal](seal.png)\n"
        "* a bullet stays\n2 * 3 stays, and snake_case_words stay\n"
    )
    assert inline_text("Signed: ________ Date: ________") == "Signed: ________ Date: ________"
    assert inline_text(md) == (
        "VA.gov › Directives\n\nPrint | Email\n\n\n\n"
        "c. Chief Data Officer. The CDO:\n\n(1) Chairs the Data Council seal\n"
        "* a bullet stays\n2 * 3 stays, and snake_case_words stay\n"
    )
    # a site's logo shows its body's name; the page's anchor says nothing (batch 42's ACT page)
    page = '![ACT Government logo](/logo.svg)\n<a id="main-content"></a>\n# Role\n'
    assert inline_text(page) == "ACT Government\n\n# Role\n"
    path = tmp_path / "directive.md"
    path.write_text("# Directive\n\nc. **Chief Data Officer.** The CDO:\n", encoding="utf-8")
    assert "**" not in load(path).pages[0].text
