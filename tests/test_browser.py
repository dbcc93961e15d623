"""The page in a real browser (Debian's chromium through Playwright; never `playwright install`).

Loads the page, asks, opens a citation's source, switches to English, downloads the .ics, views
and uploads a document, and fails if any request leaves 127.0.0.1. Screenshots of each tab go to
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
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("CDOKB_ARTIFACTS") or tempfile.mkdtemp(prefix="cdokb-screens-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_page_end_to_end(server, artifacts, tmp_path, capsys):
    from playwright.sync_api import expect, sync_playwright

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

            # English relabels everything
            page.get_by_label("English").check()
            expect(page.locator("#cdokb-ask")).to_have_text("Ask")
            expect(page.get_by_role("tab", name="Deadlines")).to_be_visible()
            shot("1-ask-en")
            page.get_by_label("中文").check()
            expect(page.locator("#cdokb-ask")).to_have_text("提问")

            # 职责
            page.get_by_role("tab", name="职责").click()
            expect(page.locator("#cdokb-duties")).to_be_visible()
            shot("2-duties")

            # 时间节点: the .ics download
            page.get_by_role("tab", name="时间节点").click()
            expect(page.locator("#cdokb-deadlines")).to_be_visible()
            shot("3-deadlines")
            with page.expect_download() as download:
                page.locator("#cdokb-ics").click()
            saved = tmp_path / "deadlines.ics"
            download.value.save_as(saved)
            assert saved.read_bytes().startswith(b"BEGIN:VCALENDAR")

            # 文库: documents, one document's structure, an upload with its result line
            page.get_by_role("tab", name="文库").click()
            expect(page.locator("#cdokb-library")).to_contain_text("海丰")
            upload = tmp_path / UPLOAD
            shutil.copy(CORPUS / UPLOAD, upload)
            page.locator("#cdokb-upload input[type=file]").set_input_files(str(upload))
            page.get_by_role("button", name="加入知识库").click()
            result = page.locator("#cdokb-upload-result textarea")
            expect(result).to_have_value(re.compile(rf"^{re.escape(UPLOAD)}: 已加入"), timeout=120_000)
            expect(page.locator("#cdokb-library")).to_contain_text("广州")
            page.locator("#cdokb-view-doc input").click()
            page.get_by_role("option", name=re.compile("海丰")).first.click()
            expect(page.locator("#cdokb-structure li").first).to_be_visible()
            expect(page.locator("#cdokb-doc-text")).to_contain_text("首席数据官")
            shot("4-library")
        finally:
            browser.close()

    with capsys.disabled():
        print("\nscreenshots:\n  " + "\n  ".join(str(s) for s in shots))
    outside = sorted({u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                      and urlsplit(u).netloc != host})  # fmt: skip
    assert requests and not outside, f"requests left the host: {outside[:10]}"
