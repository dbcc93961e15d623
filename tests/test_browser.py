"""The page in a real browser (Debian's chromium through Playwright; never `playwright install`).

Loads the page, asks (by typing, with an empty box, and by an example chip), opens a citation's
source, switches to English (the deadlines table's headers stay whole words), downloads the .ics,
views and uploads a document (and one that fails, shown in Chinese without a server path), and
fails if any request leaves 127.0.0.1 or the server logs a traceback. Screenshots of each tab go to
$CDOKB_ARTIFACTS (default: a tmp folder) and their paths are printed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench.web import start_server, stop_server
from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
SMALL_CORPUS = ["haifeng-cdo-pilot-plan-2023.txt", "us-44usc3520-chief-data-officers.txt"]
UPLOAD = "guangzhou-cdo-pilot-plan-2021.txt"
TIMEOUT_MS = 30_000
# Each table header whose text is laid out on lines that split inside a word ("Sectio|n") or
# runs past its cell's edge.
BROKEN_HEADERS_JS = """
(root) => {
  const broken = [];
  for (const th of root.querySelectorAll('th')) {
    const box = th.getBoundingClientRect();
    if (box.width === 0) continue;
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      let top = null;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        if (top !== null && rect.top > top + 2 && !/\\s/.test(text[i - 1])) broken.push(text.trim());
        if (rect.right > box.right + 1) broken.push(text.trim() + ' (cut off)');
        top = rect.top;
      }
    }
  }
  return broken;
}
"""
# A path as a server names it: /tmp/..., ~/..., C:\\...
SERVER_PATH = re.compile(r"(?:^|[\s(（：:'\"])(?:~?/|[A-Za-z]:\\)\S")


# playwright is an optional (dev) dependency and chromium a system package: without them the
# browser test is skipped, never failed.
if importlib.util.find_spec("playwright") is None or not CHROMIUM.exists():
    pytest.skip("needs the playwright package and Debian's /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name in SMALL_CORPUS:
        shutil.copy(CORPUS / name, corpus / name)
    data = tmp_path_factory.mktemp("data")
    log = tmp_path_factory.mktemp("log") / "server.log"
    proc, url = start_server(data, corpus, log=log, timeout=240)
    yield url, log
    stop_server(proc)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("CDOKB_ARTIFACTS") or tempfile.mkdtemp(prefix="cdokb-screens-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_page_end_to_end(server, artifacts, tmp_path, capsys):
    from playwright.sync_api import expect, sync_playwright

    from ui.i18n import ZH, t

    server, log = server
    host = urlsplit(server).netloc
    requests: list[str] = []
    shots: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        context.on("request", lambda r: requests.append(r.url))
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)

        def shot(name: str) -> None:
            path = artifacts / f"{name}.png"
            page.screenshot(path=str(path), full_page=True)
            shots.append(path)

        try:
            page.goto(server, wait_until="load")
            expect(page.locator("#cdokb-ask")).to_be_visible()

            # an empty question: a hint where the answer goes, no toast, no red "Error" badges
            page.locator("#cdokb-ask").click()
            expect(page.locator("#cdokb-answer")).to_contain_text(t("empty_question", ZH))
            expect(page.locator(".toast-body")).to_have_count(0)
            expect(page.get_by_text("Error", exact=True)).to_have_count(0)

            # 问答: ask, see a card with its 文号, open the source scrolled to the passage
            page.locator("#cdokb-question textarea").fill("海丰县首席数据官由谁担任？")
            page.locator("#cdokb-ask").click()
            card = page.locator(".cdokb-card").first
            expect(card).to_be_visible()
            expect(page.locator("#cdokb-answer")).to_contain_text("[1]")
            expect(page.locator(".cdokb-cards")).to_contain_text("〔2023〕")
            card.click()
            target = page.locator("#cdokb-source mark.cdokb-target")
            expect(target).to_be_visible()
            expect(target).to_be_in_viewport()
            shot("1-ask")

            # an example chip asks its question
            page.locator("#cdokb-examples").get_by_text("首席数据官由谁担任？", exact=True).click()
            expect(page.locator("#cdokb-question textarea")).to_have_value("首席数据官由谁担任？")
            expect(page.locator("#cdokb-source mark.cdokb-target")).to_have_count(0)  # a new answer
            expect(page.locator("#cdokb-answer")).to_contain_text("[1]")

            # English relabels everything
            page.get_by_label("English").check()
            expect(page.locator("#cdokb-ask")).to_have_text("Ask")
            expect(page.get_by_role("tab", name="时间节点 Deadlines")).to_be_visible()
            shot("1-ask-en")

            page.get_by_label("中文").check()
            expect(page.locator("#cdokb-ask")).to_have_text("提问")

            # 职责
            page.get_by_role("tab", name="职责 Duties").click()
            expect(page.locator("#cdokb-duties")).to_be_visible()
            shot("2-duties")

            # 时间节点: the .ics download
            page.get_by_role("tab", name="时间节点 Deadlines").click()
            expect(page.locator("#cdokb-deadlines")).to_be_visible()
            shot("3-deadlines")
            with page.expect_download() as download:
                page.locator("#cdokb-ics").click()
            saved = tmp_path / "deadlines.ics"
            download.value.save_as(saved)
            assert saved.read_bytes().startswith(b"BEGIN:VCALENDAR")

            # 文库: documents, one document's structure, an upload with its result line
            page.get_by_role("tab", name="文库 Library").click()
            expect(page.locator("#cdokb-library")).to_contain_text("海丰")
            drop = page.locator('#cdokb-upload [data-testid="upload-text"]')
            expect(drop).to_have_count(1)  # its own text is hidden; ::after draws ours
            assert "Drop File" not in page.locator("#cdokb-upload").inner_text()
            drawn = drop.evaluate("(e) => getComputedStyle(e, '::after').content")
            assert t("drop_files", ZH) in drawn
            upload = tmp_path / UPLOAD
            shutil.copy(CORPUS / UPLOAD, upload)
            page.locator("#cdokb-upload input[type=file]").set_input_files(str(upload))
            page.get_by_role("button", name="加入知识库").click()
            result = page.locator("#cdokb-upload-result textarea")
            expect(result).to_have_value(re.compile(rf"^{re.escape(UPLOAD)}: 已加入"), timeout=120_000)
            expect(page.locator("#cdokb-library")).to_contain_text("广州")

            # an upload that fails: why, in Chinese, with the file's name and no server path
            bad = tmp_path / "坏文件.txt"
            bad.write_bytes(b"\x00\x01\x02 not a document \x00" * 20)
            page.locator("#cdokb-upload input[type=file]").set_input_files(str(bad))
            page.get_by_role("button", name="加入知识库").click()
            expect(result).to_have_value(re.compile(r"^坏文件\.txt: 失败: \S"), timeout=120_000)
            shown = result.input_value() + " ".join(page.locator(".toast-body").all_inner_texts())
            assert not SERVER_PATH.search(shown), shown
            assert str(tmp_path) not in shown and "/tmp" not in shown and "gradio" not in shown
            assert not re.search(r"[A-Za-z]{4,} [a-z]{3,}", result.input_value()), "English words shown"
            page.locator("#cdokb-view-doc input").click()
            page.get_by_role("option", name=re.compile("海丰")).first.click()
            expect(page.locator("#cdokb-structure li").first).to_be_visible()
            expect(page.locator("#cdokb-doc-text")).to_contain_text("首席数据官")
            shot("4-library")

            # the English deadlines table: no header broken inside a word, each tab listed once
            page.get_by_label("English").check()
            page.get_by_role("tab", name="时间节点 Deadlines").click()
            assert page.get_by_role("tab").count() == 5
            deadlines = page.locator("#cdokb-deadlines")
            expect(deadlines.locator("th").filter(has_text="Section").first).to_be_visible()
            expect(page.locator("#cdokb-ics")).to_have_text("Download calendar .ics")
            assert deadlines.evaluate(BROKEN_HEADERS_JS) == []
            shot("3-deadlines-en")

            # the comparison matrix: every plan side by side, each cell quoted, Word to download
            page.get_by_role("tab", name="对比 Compare").click()
            page.locator("#cdokb-compare-dimensions").get_by_label("Who holds it").check()
            page.get_by_role("button", name="Compare", exact=True).click()
            matrix = page.locator("#cdokb-compare-matrix table")
            expect(matrix).to_be_visible(timeout=60_000)
            expect(matrix.locator("tbody th")).to_have_text(["Who holds it"])
            expect(matrix).to_contain_text("兼任")
            expect(page.get_by_role("button", name="Download Word")).to_be_enabled()
            shot("5-compare-en")
        finally:
            browser.close()

    with capsys.disabled():
        print("\nscreenshots:\n  " + "\n  ".join(str(s) for s in shots))
    outside = sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                      and urlsplit(u).netloc != host})  # fmt: skip
    assert requests and not outside, f"requests left the host: {outside[:10]}"
    assert "Traceback" not in log.read_text("utf-8", "replace"), "a user's slip was logged as a traceback"


class FirstClauseReplies(list):
    """The scripted model's replies: the first sentence of the longest line of the clause it was
    shown as [1] (not a heading), cited, then a sentence with a number no clause holds, which the
    check must drop: 99 in the first reply, 98 in the second, and so on."""

    def __init__(self, server) -> None:
        super().__init__()
        self.server = server

    def pop(self, index: int = -1) -> str:
        user = self.server.requests[-1][2]["messages"][-1]["content"]
        clause = re.search(r"^\[1\][^\n]*\n(.*?)(?:\n\n\[2\]|\n\nQuestion:)", user, re.S | re.M)
        longest = max(clause[1].splitlines(), key=len)
        first = re.split(r"(?<=[。！？])", longest.strip())[0].rstrip("。；;")
        return f"{first}[1]。首席数据官共有{100 - len(self.server.requests)}名[1]。"


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory):
    """The page with an LLM configured: a scripted OpenAI-compatible server on 127.0.0.1."""
    from tests.test_llm import Server

    model = Server()
    model.replies = FirstClauseReplies(model)
    corpus = tmp_path_factory.mktemp("llm-corpus")
    shutil.copy(CORPUS / SMALL_CORPUS[0], corpus / SMALL_CORPUS[0])
    data = tmp_path_factory.mktemp("llm-data")
    log = tmp_path_factory.mktemp("llm-log") / "server.log"
    env = {"CDOKB_LLM_URL": model.url, "CDOKB_LLM_MODEL": "scripted-7b"}
    proc, url = start_server(data, corpus, log=log, timeout=240, env=env)
    yield url, log, model
    stop_server(proc)
    model.close()


def test_page_with_an_llm_streams_a_checked_answer(llm_server, artifacts):
    from playwright.sync_api import expect, sync_playwright

    url, log, model = llm_server
    host = urlsplit(url).netloc
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.on("request", lambda r: requests.append(r.url))
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        try:
            page.goto(url, wait_until="load")
            toggle = page.locator("#cdokb-show-extractive input")
            expect(toggle).not_to_be_checked()
            page.locator("#cdokb-question textarea").fill("海丰县首席数据官由谁担任？")
            page.locator("#cdokb-ask").click()
            answer = page.locator("#cdokb-answer")
            expect(answer).to_contain_text("由 scripted-7b 改写，逐句核对", timeout=120_000)
            expect(page.locator(".cdokb-card").first).to_be_visible()
            expect(answer.locator(".cdokb-dropped")).to_contain_text("首席数据官共有99名[1]。")
            expect(answer.locator(".cdokb-dropped")).to_contain_text("数字 99 不见于 [1]")
            expect(answer.locator(".cdokb-answer-text")).not_to_contain_text("99")
            page.screenshot(path=str(artifacts / "1-ask-llm.png"), full_page=True)
            asked = len(model.requests)

            toggle.check()  # the extractive answer, from the State: the model is not asked again
            expect(answer).not_to_contain_text("scripted-7b")
            expect(answer.locator(".cdokb-ms")).to_contain_text("毫秒")
            toggle.uncheck()
            expect(answer).to_contain_text("由 scripted-7b 改写，逐句核对")
            page.get_by_label("English").check()
            expect(page.locator("#cdokb-show-extractive")).to_contain_text("Show the extractive answer")
            expect(answer).to_contain_text("Rephrased by scripted-7b, checked sentence by sentence")
            assert len(model.requests) == asked == 1

            # an example chip asks, and is rephrased, too
            page.locator("#cdokb-examples").get_by_text("首席数据官由谁担任？", exact=True).click()
            expect(answer.locator(".cdokb-dropped")).to_contain_text("共有98名", timeout=120_000)
            expect(answer).to_contain_text("Rephrased by scripted-7b")
            expect(page.locator("#cdokb-question textarea")).to_have_value("首席数据官由谁担任？")
            assert len(model.requests) == 2
        finally:
            browser.close()
    outside = sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                      and urlsplit(u).netloc != host})  # fmt: skip
    assert requests and not outside, f"requests left the host: {outside[:10]}"
    assert "Traceback" not in log.read_text("utf-8", "replace")
