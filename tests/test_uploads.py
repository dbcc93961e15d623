"""Where uploads are kept: sanitised names that never leave the folder, and two different files
with one name (two agencies' 通知.pdf) kept apart instead of overwriting each other."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.pipeline import ingest_file
from ingest.uploads import candidate_names, save_upload
from kb.filenames import MAX_NAME_BYTES, safe_name
from tests.conftest import CORPUS


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\evil.txt", "evil.txt"),
        ("海丰 方案(2023).txt", "海丰_方案_2023_.txt"),
        ("...", "upload"),
        (".hidden.txt", "hidden.txt"),
        ("通知／附件.pdf", "附件.pdf"),  # a full-width slash is a slash after NFKC
    ],
)
def test_safe_name(name, expected):
    assert safe_name(name) == expected


@settings(max_examples=80)
@given(st.text(min_size=1, max_size=200))
def test_safe_name_is_one_plain_short_name(name):
    safe = safe_name(name)
    assert safe and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".") and safe not in (".", "..")
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES


def test_long_chinese_names_fit_the_file_system_and_keep_their_extension(tmp_path):
    name = "关于" + "首席数据官" * 60 + ".pdf"
    src = tmp_path / "src.bin"
    src.write_bytes(b"x")
    saved = save_upload(src, tmp_path / "uploads", name=name)[0]
    assert saved.suffix == ".pdf" and saved.name.startswith("关于首席数据官")


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@settings(max_examples=60)
@given(
    name=st.text(min_size=1, max_size=60), contents=st.lists(st.binary(max_size=20), min_size=1, max_size=3)
)
def test_any_name_is_saved_inside_the_folder_and_never_overwrites(name, contents):
    """Whatever the browser calls the file, it lands directly in uploads/; each distinct content
    keeps its own file, and the same content again reuses its file."""
    with tempfile.TemporaryDirectory() as tmp:
        uploads = Path(tmp) / "data" / "uploads"
        src = Path(tmp) / "src.bin"
        saved: dict[bytes, Path] = {}
        for data in contents + contents:
            src.write_bytes(data)
            target = save_upload(src, uploads, name=name)[0]
            assert target.parent == uploads.resolve() and target.read_bytes() == data
            assert saved.setdefault(data, target) == target
        assert len(set(saved.values())) == len(saved)
        assert sorted(p.name for p in uploads.iterdir()) == sorted(p.name for p in saved.values())


def test_a_taken_name_gets_the_content_hash(tmp_path):
    first = _write(tmp_path / "a" / "通知.pdf", b"agency A")
    second = _write(tmp_path / "b" / "通知.pdf", b"agency B")
    uploads = tmp_path / "uploads"
    assert save_upload(first, uploads)[0].name == "通知.pdf"
    short = hashlib.sha256(b"agency B").hexdigest()[:6]
    assert save_upload(second, uploads)[0].name == f"通知-{short}.pdf"
    assert (uploads / "通知.pdf").read_bytes() == b"agency A"  # not overwritten
    assert save_upload(first, uploads)[0].name == "通知.pdf"  # same bytes: same file
    assert {p.name for p in uploads.iterdir()} == {"通知.pdf", f"通知-{short}.pdf"}


def test_a_hashed_name_taken_by_other_bytes_gets_a_longer_hash(tmp_path):
    uploads = tmp_path / "uploads"
    digest = hashlib.sha256(b"B").hexdigest()
    _write(uploads / "notice.txt", b"A")
    _write(uploads / f"notice-{digest[:6]}.txt", b"someone else's file with that name")
    src = _write(tmp_path / "notice.txt", b"B")
    assert save_upload(src, uploads)[0].name == f"notice-{digest[:12]}.txt"
    assert candidate_names("notice", digest)[1] == f"notice-{digest[:6]}"  # no extension: none added


def test_two_files_with_one_name_become_two_documents(fake_kb, tmp_path):
    uploads = tmp_path / "data" / "uploads"
    a = _write(tmp_path / "a" / "通知.txt", (CORPUS / "haifeng-cdo-pilot-plan-2023.txt").read_bytes())
    b = _write(tmp_path / "b" / "通知.txt", (CORPUS / "guangzhou-cdo-pilot-plan-2021.txt").read_bytes())
    results = [ingest_file(fake_kb, save_upload(src, uploads)[0]) for src in (a, b)]
    assert [status for status, _, _ in results] == ["added", "added"]
    assert results[0][1] != results[1][1]
    fake_kb.refresh()
    titles = {i.title for i in fake_kb.documents()}
    assert len(titles) == 2 and any("海丰" in x for x in titles) and any("广州" in x for x in titles)
    again = ingest_file(fake_kb, save_upload(b, uploads)[0])
    assert again[:2] == ("unchanged", results[1][1])
    assert len(list(uploads.iterdir())) == 2
