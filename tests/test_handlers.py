"""The web page's handlers, called directly on a real KnowledgeBase (fake embedder for speed)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.errors import CdokbError, UsageError
from kb.types import Chunk, Deadline, Document, Duty
from ui import handlers as h
from ui.auth import ADMIN, VIEWER, Users, hash_password, load_users, verify_password
from ui.i18n import EN, LABELS, ZH, lang_code, t

ZH_TEXT = (
    "海丰县首席数据官制度试点工作方案\n"
    "一、工作目标\n到2023年12月31日前，建立首席数据官制度。\n"
    "二、工作任务\n（一）明确首席数据官职责\n首席数据官由县政府分管副县长兼任，负责统筹数据資源管理。\n"
    "（二）报送总结\n各试点单位每年6月28日前报送半年度工作总结。\n"
)
EN_TEXT = (
    "44 U.S.C. 3520 Chief Data Officers\n"
    "(a) Establishment. The head of each agency shall designate a Chief Data Officer.\n"
    "(c) Functions. The Chief Data Officer shall be responsible for lifecycle data management.\n"
)


def _chunks(doc: Document, pieces: list[tuple[str, str]]) -> list[Chunk]:
    chunks = []
    for i, (section, text) in enumerate(pieces):
        start = doc.text.index(text)
        chunks.append(Chunk(doc.doc_id, i, text, start, start + len(text), section))
    return chunks


def seed(kb) -> None:
    """Two small documents with duties and deadlines, added through the facade."""
    zh = Document(
        doc_id="haifeng", title="海丰县首席数据官制度试点工作方案", text=ZH_TEXT, issuer="海丰县人民政府办公室", date="2023-03-01",
        doc_number="海府办函〔2023〕5号", language="zh-Hans", region="海丰县", level="县", source="haifeng.txt",
    )  # fmt: skip
    zh_chunks = _chunks(
        zh,
        [
            ("一、工作目标", "到2023年12月31日前，建立首席数据官制度。"),
            (
                "二、工作任务 > （一）明确首席数据官职责",
                "首席数据官由县政府分管副县长兼任，负责统筹数据資源管理。",
            ),
            ("二、工作任务 > （二）报送总结", "各试点单位每年6月28日前报送半年度工作总结。"),
        ],
    )
    duty = Duty("首席数据官", "县", "分管副县长", "统筹数据资源管理", zh_chunks[1].text, "haifeng", zh.title,
                zh_chunks[1].section)  # fmt: skip
    deadlines = [
        Deadline("各试点单位", "报送半年度工作总结", "2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28", None,
                 zh_chunks[2].text, "haifeng", zh.title, zh_chunks[2].section),
        Deadline("", "建立首席数据官制度", "2023-12-31", None, None, zh_chunks[0].text, "haifeng", zh.title,
                 zh_chunks[0].section),
        Deadline("", "完善制度", None, None, "印发之日", zh_chunks[0].text, "haifeng", zh.title, zh_chunks[0].section,
                 flag="unresolved anchor"),
    ]  # fmt: skip
    kb.add_document(zh, zh_chunks, [duty], deadlines)
    en = Document(
        doc_id="us-3520", title="44 U.S.C. 3520 Chief Data Officers", text=EN_TEXT, issuer="U.S. Congress", date="2019-01-14",
        language="en", region="United States", level="US federal", source="us.txt",
    )  # fmt: skip
    en_chunks = _chunks(
        en,
        [
            (
                "(a) Establishment",
                "(a) Establishment. The head of each agency shall designate a Chief Data Officer.",
            ),
            (
                "(c) Functions",
                "(c) Functions. The Chief Data Officer shall be responsible for lifecycle data management.",
            ),
        ],
    )
    en_duty = Duty("Chief Data Officer", "agency", "", "lifecycle data management", en_chunks[1].text, "us-3520",
                   en.title, en_chunks[1].section)  # fmt: skip
    kb.add_document(en, en_chunks, [en_duty], [])
    kb.refresh()


@pytest.fixture
def kb(fake_kb):
    seed(fake_kb)
    return fake_kb


# -- ask ----------------------------------------------------------------------------------------
def test_ask_renders_answer_and_cards_with_every_citation_field(kb):
    answer = h.ask(kb, "首席数据官由谁兼任？", 3)
    assert not answer.no_answer and answer.citations
    cards = h.render_cards(answer, ZH)
    first = answer.citations[0]
    for value in (first.title, first.issuer, first.date, first.doc_number, first.section):
        assert value in unescape(cards)
    assert f'data-chunk="{first.chunk_id}"' in cards
    assert "<mark>" in cards  # the question's words are highlighted
    shown = h.render_answer(answer, ZH)
    assert re.search(r'href="#cdokb-cite-\d+">\[\d+\]</a>', shown)


def test_answer_dict_is_the_api_shape(kb):
    data = h.answer_dict(h.ask(kb, "Chief Data Officer functions", 2))
    assert set(data) >= {"question", "answer", "no_answer", "citations"}
    assert {"n", "title", "issuer", "date", "doc_number", "section", "text"} <= set(data["citations"][0])


def test_filters_restrict_the_documents(kb):
    answer = h.ask(kb, "Chief Data Officer", 5, h.make_filters(language=["en"]))
    assert answer.citations and {c.doc_id for c in answer.citations} == {"us-3520"}
    answer = h.ask(kb, "首席数据官", 5, h.make_filters(doc="haifeng", year=["2023"]))
    assert {c.doc_id for c in answer.citations} == {"haifeng"}


def test_make_filters_drops_empty_values():
    assert h.make_filters(None, [], ["", " "], "en", ["2023"]) == {"language": ["en"], "year": ["2023"]}


def test_empty_question_is_a_one_line_error(kb):
    with pytest.raises(CdokbError) as err:
        h.ask(kb, "   ")
    assert "\n" not in str(err.value)


def test_asking_an_empty_knowledge_base_is_a_one_line_error(fake_kb):
    """The facade says the knowledge base is empty and how to fill it; the page shows that line."""
    with pytest.raises(UsageError, match="empty") as err:
        h.ask(fake_kb, "首席数据官由谁担任？")
    assert "\n" not in str(err.value) and "cdokb ingest" in str(err.value)


def test_the_page_shows_a_usage_error_in_its_language_without_paths():
    import gradio as gr

    from ui.page.common import shown_errors

    message = "the knowledge base at /srv/cdokb/kb is empty; run `cdokb ingest` first"
    with pytest.raises(gr.Error) as err, shown_errors(ZH):
        raise UsageError(message)
    assert err.value.message == "知识库为空；请先用 `cdokb ingest` 导入文件。"
    assert not err.value.print_exception  # a user's mistake: no traceback in the server log
    with pytest.raises(gr.Error) as err, shown_errors(EN):
        raise UsageError(message)
    assert "empty" in err.value.message and "/srv" not in err.value.message


# Paths as a server names them: POSIX, with spaces, home-relative, Windows.
_SERVER_PATHS = [
    "/tmp/gradio/3f9a0c1d/bad.txt",
    "/home/cdo user/My Documents/kb/uploads/年度 计划.pdf",
    "~/kb/uploads/plan.docx",
    "C:\\Users\\cdo\\AppData\\Local\\Temp\\gradio\\x.ofd",
]
_LOOKS_LIKE_A_PATH = re.compile(r"(?:^|[\s(（：:'\"])(?:~?/|[A-Za-z]:\\)\S|[\w.-]+[/\\][\w.-]+[/\\]")


@pytest.mark.parametrize("path", _SERVER_PATHS)
@pytest.mark.parametrize(
    "problem",
    [
        "file is empty; add the document's text or remove the file",
        "looks binary (NUL bytes); save it as UTF-8 text, PDF, DOCX or OFD",
        "the PDF is password protected; save an unencrypted copy and add that",
        "could not be read as PDF (ValueError: stream at /tmp/x/y.pdf is broken); re-export the PDF",
        "something no rule knows about; ask someone",
        "cannot be read ([Errno 5] Input/output error: '/srv/kb/uploads/x.txt'); check the disk and the path",
    ],
)
@pytest.mark.parametrize("lang", [ZH, EN])
def test_no_error_text_shown_in_the_page_holds_a_filesystem_path(path, problem, lang):
    from kb.errors import FileError
    from ui.page.errors import error_text

    name = re.split(r"[/\\]", path)[-1]
    message = str(FileError(path, *problem.split("; ", 1)))
    for shown in (error_text(message, lang), error_text(message, lang, with_name=False)):
        assert not _LOOKS_LIKE_A_PATH.search(shown), shown
        assert "\n" not in shown
    assert error_text(message, lang).startswith(name)
    inline = f"the knowledge base at {path} is empty; run `cdokb ingest` first"
    assert not _LOOKS_LIKE_A_PATH.search(error_text(inline, lang))


def test_known_errors_are_chinese_in_the_chinese_page():
    from ui.page.errors import error_text

    assert error_text("/tmp/a/b.txt: file is empty; add the document's text or remove the file", ZH) == (
        "b.txt：文件是空的；请补充文件正文或删除该文件。"
    )
    assert error_text("the question is empty; type a question about the documents", ZH).startswith("问题为空")
    assert error_text("/tmp/a/b.pdf: not a PDF (no %PDF header); check the file or its extension", ZH,
                      with_name=False) == "不是 PDF 文件；请用原软件重新导出后再上传。"  # fmt: skip


def test_no_answer_is_labelled(kb):
    answer = h.ask(kb, "年终奖金发放标准是多少？", 3)
    if answer.no_answer:
        assert t("no_answer", ZH) in h.render_answer(answer, ZH)


def test_highlight_marks_folded_matches_and_escapes():
    out = h.highlight("<b>統籌數據資源</b> & more", "数据资源")
    assert "&lt;b&gt;" in out and "&amp;" in out
    assert "<mark>數據資源</mark>" in out


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=30))
def test_highlight_never_changes_the_passage(passage, question):
    """Removing the marks and unescaping gives back the passage exactly."""
    out = h.highlight(passage, question)
    assert unescape(out.replace("<mark>", "").replace("</mark>", "")) == passage


def test_source_view_marks_the_cited_chunk(kb):
    chunk = kb.chunks_of("haifeng")[1]
    view = h.source_view(kb, "haifeng", chunk.chunk_id, ZH)
    marked = re.search(r"<mark class='cdokb-target' id='cdokb-target'>(.*?)</mark>", view, re.S)
    assert marked and unescape(marked.group(1)) == chunk.text
    assert (
        unescape(re.sub(r"<[^>]+>", "", view)).count("海丰县首席数据官制度试点工作方案") >= 2
    )  # title + text


def test_source_view_of_unknown_document_names_the_fix(kb):
    with pytest.raises(CdokbError, match="cdokb docs"):
        h.source_view(kb, "nope")


# -- choices, duties, deadlines, library -------------------------------------------------------------
def test_filter_choices_come_from_the_documents(kb):
    choices = h.filter_choices(kb)
    assert ("海丰县首席数据官制度试点工作方案（2023-03-01）", "haifeng") in choices["doc"]
    assert choices["region"] == ["United States", "海丰县"]
    assert choices["year"] == ["2023", "2019"]
    assert set(choices["language"]) == {"en", "zh-Hans"}


def test_duties_by_role_and_region(kb):
    rows = h.duty_rows(h.duties(kb, "首席数据官"))
    assert rows and rows[0][3] == "统筹数据资源管理" and "兼任" in rows[0][4]
    assert len(rows[0]) == len(h.duty_headers(EN))
    assert h.duties(kb, None, "United States")[0].doc_id == "us-3520"
    assert h.duties(kb, "首席数据官", "United States") == [] or all(
        d.doc_id == "us-3520" for d in h.duties(kb, "首席数据官", "United States")
    )


def test_deadlines_upcoming_first_then_past_then_undated(kb):
    items = h.deadlines(kb, today="2023-09-01")
    statuses = [s for s, _, _ in items]
    assert statuses == ["upcoming", "upcoming", "undated"]
    # the yearly rule shows its next date after today, and sorts by it
    assert [shown for _, shown, _ in items[:2]] == ["2023-12-31", "2024-06-28"]
    items = h.deadlines(kb, today="2024-07-01")
    assert [(s, shown) for s, shown, _ in items[:2]] == [("upcoming", "2025-06-28"), ("past", "2023-12-31")]
    rows = h.deadline_rows(items, EN)
    assert rows[0][0] == "upcoming" and len(rows[0]) == len(h.deadline_headers(EN))


def test_deadlines_are_the_facades_schedule():
    """The handler only turns the widgets' values into the facade's arguments."""
    calls = []

    class Facade:
        def deadline_schedule(self, filters=None, role=None, today=None):
            calls.append((filters, role, today))
            return [("undated", "", None)]

    assert h.deadlines(Facade(), "海丰县", "", "2024-01-01") == [("undated", "", None)]
    assert h.deadlines(Facade()) == [("undated", "", None)]
    assert calls == [({"region": ["海丰县"]}, None, "2024-01-01"), (None, None, None)]


def test_deadlines_filter_by_region(kb):
    assert h.deadlines(kb, region="United States") == []


def test_library_rows_and_structure(kb):
    rows = {r[0]: r for r in h.library_rows(kb)}
    assert rows["haifeng"][4] == "海府办函〔2023〕5号" and rows["haifeng"][8] == 3
    outline = h.document_structure(kb, "haifeng", EN)
    assert (
        "（一）明确首席数据官职责" in outline and "{count}" not in outline and "margin-left:1.2em" in outline
    )


def test_downloads_are_files(kb, tmp_path):
    ics = h.export_deadlines(kb, None, None, "ics", tmp_path)
    assert ics.suffix == ".ics" and b"BEGIN:VCALENDAR" in ics.read_bytes()
    csv = h.export_deadlines(kb, None, None, "csv", tmp_path)
    assert "报送半年度工作总结" in csv.read_text("utf-8-sig")
    duties_csv = h.export_duties_csv(kb, "首席数据官", None, tmp_path)
    assert "统筹数据资源管理" in duties_csv.read_text("utf-8-sig")
    assert ics.parent != csv.parent  # one folder per download: concurrent users do not collide


# -- upload and remove ------------------------------------------------------------------------------
def test_viewers_may_not_upload_or_remove(kb, tmp_path):
    with pytest.raises(UsageError, match="admin"):
        h.upload(kb, [tmp_path / "x.txt"], VIEWER, lang=EN)
    with pytest.raises(UsageError, match="管理员"):
        h.remove(kb, "haifeng", VIEWER, ZH)
    assert "haifeng" in {i.doc_id for i in kb.documents()}


def test_remove_needs_a_document_and_then_removes_it(kb):
    with pytest.raises(UsageError):
        h.remove(kb, "", ADMIN)
    assert "haifeng" in h.remove(kb, "haifeng", ADMIN, EN)
    assert [i.doc_id for i in kb.documents()] == ["us-3520"]
    assert h.deadlines(kb) == []


def test_upload_reports_each_file(kb, tmp_path):
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    good = tmp_path / "in" / "haifeng-cdo-pilot-plan-2023.txt"
    good.parent.mkdir()
    good.write_bytes((corpus / "haifeng-cdo-pilot-plan-2023.txt").read_bytes())
    bad = tmp_path / "in" / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02 not a policy document")
    events: list[tuple[float, str]] = []
    results = h.upload(kb, [good, bad, good], ADMIN, lambda f, m: events.append((f, m)), EN)
    assert [r["status"] for r in results][::2] == ["added", "unchanged"]
    assert results[1]["status"] in ("failed", "added")
    if results[1]["status"] == "failed":
        assert results[1]["error"] and "\n" not in results[1]["error"]
    assert events and events[-1][0] == 1.0 and all(0 <= f <= 1 for f, _ in events)
    assert (Path(kb.settings.data_dir) / "uploads" / good.name).exists()
    lines = h.upload_lines(results, EN).splitlines()
    assert len(lines) == 3 and lines[0].startswith("haifeng-cdo-pilot-plan-2023.txt: added")


def test_two_uploads_with_one_name_are_two_documents(kb, tmp_path):
    """Two agencies' 通知.txt: the second is kept beside the first, not over it."""
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    first = tmp_path / "a" / "通知.txt"
    second = tmp_path / "b" / "通知.txt"
    for path, source in (
        (first, "haifeng-cdo-pilot-plan-2023.txt"),
        (second, "guangzhou-cdo-pilot-plan-2021.txt"),
    ):
        path.parent.mkdir()
        path.write_bytes((corpus / source).read_bytes())
    before = len(kb.documents())
    results = h.upload(kb, [first, second, second], ADMIN, lang=EN)
    assert [r["status"] for r in results] == ["added", "added", "unchanged"]
    assert results[0]["doc_id"] != results[1]["doc_id"] == results[2]["doc_id"]
    assert len(kb.documents()) == before + 2
    assert len(list((Path(kb.settings.data_dir) / "uploads").iterdir())) == 2


def test_upload_needs_files(kb, tmp_path):
    with pytest.raises(UsageError):
        h.upload(kb, [], ADMIN)


# -- i18n and auth ----------------------------------------------------------------------------------
def test_every_label_has_both_languages():
    for key, (zh, en) in LABELS.items():
        assert zh and en, key
        assert re.findall(r"{\w+}", zh) == re.findall(r"{\w+}", en), key
    assert lang_code("English") == EN and lang_code("中文") == ZH and lang_code(None) == ZH


def test_passwords_are_hashed_and_checked(tmp_path):
    stored = hash_password("s3cret", iterations=1000)
    assert "s3cret" not in stored and verify_password("s3cret", stored) and not verify_password("x", stored)
    assert not verify_password("s3cret", "garbage")
    users_file = tmp_path / "users.toml"
    users_file.write_text(
        f'[users.alice]\nrole = "admin"\npassword = "{stored}"\n[users.bob]\npassword = "{stored}"\n', "utf-8"
    )
    users = load_users(users_file)
    assert isinstance(users, Users) and users.check("alice", "s3cret") and not users.check("carol", "s3cret")
    assert users.role("alice") == ADMIN and users.role("bob") == VIEWER and users.role(None) == VIEWER


@pytest.mark.parametrize(
    "content",
    [
        "not toml [",
        '[users.a]\nrole = "root"\npassword = "pbkdf2_sha256$1$00$00"',
        '[users.a]\npassword = "plain"',
        "",
    ],
)
def test_bad_users_files_name_the_fix(tmp_path, content):
    users_file = tmp_path / "users.toml"
    users_file.write_text(content, "utf-8")
    with pytest.raises(CdokbError) as err:
        load_users(users_file)
    assert str(users_file) in str(err.value) and "\n" not in str(err.value)


def test_auth_cli_prints_a_loadable_entry(tmp_path, monkeypatch, capsys):
    from ui import auth

    monkeypatch.setattr(auth.getpass, "getpass", lambda prompt="": "pw 1")
    assert auth.main(["张 三", "--admin"]) == 0
    users_file = tmp_path / "users.toml"
    users_file.write_text(capsys.readouterr().out, "utf-8")
    users = load_users(users_file)
    assert users.check("张 三", "pw 1") and users.role("张 三") == ADMIN
