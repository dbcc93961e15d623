"""LLM answers checked clause by clause, against a real OpenAI-compatible server on 127.0.0.1
(stdlib http.server, scripted replies, plain JSON and SSE streaming), through LangChain."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kb.errors import UsageError
from kb.llm import NOT_ANSWERED, LlmConfig, LlmUnavailableError, check_answer, llm_answer
from kb.llm.prompt import build_messages, clause_block
from kb.types import Answer, Citation

TITLE_ZH = "海丰县首席数据官制度试点工作方案"
ZH = [
    (
        "三、工作任务 > (一)建立首席数据官制度",
        "1.设立县首席数据官一名,由分管政务服务数据管理工作的县政府领导兼任。",
    ),
    (
        "四、保障措施 > (二)组织培训",
        "(二)组织培训。2023年1月底前,县政务服务数据管理局组织开展试点镇、部门首席数据官培训工作。",
    ),
    (
        "三、工作任务 > (二)明确职责 > 2.加快推动系统迁云上云",
        "2.加快推动系统迁云上云。试点镇、部门首席数据官应加快推动本地本部门政务信息系统“应上尽上”市政务云平台。",
    ),
]
TITLE_EN = "Foundations for Evidence-Based Policymaking Act of 2018"
EN = [
    (
        "Sec. 3520 > (a)",
        "(a) Establishment. The head of each agency shall designate a nonpolitical appointee employee "
        "as the Chief Data Officer.",
    ),
    (
        "Sec. 3520 > (d)",
        "(d) Annual report. The Chief Data Officer shall submit an annual report to Congress by May 31, 2023.",
    ),
]
QUESTION_ZH = "海丰县首席数据官由谁兼任？什么时候组织培训？"
QUESTION_EN = "Who designates the Chief Data Officer, and when is the annual report due?"


def citations(title: str, clauses: list[tuple[str, str]]) -> list[Citation]:
    return [
        Citation(n, f"doc-{title[:4]}", title, "", "", "", section, text, 1.0 / n, chunk_id=f"c#{n}")
        for n, (section, text) in enumerate(clauses, start=1)
    ]


def answer(question: str, cited: list[Citation]) -> Answer:
    return Answer(question, f"{cited[0].text} [1]", False, cited)


# ---------------------------------------------------------------------------------------------
# A scripted OpenAI-compatible server


class Server:
    def __init__(self) -> None:
        self.replies: list[str] = []
        self.requests: list[tuple[str, str, dict]] = []  # method, path, JSON body
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                outer.requests.append(("GET", self.path, {}))
                self.send_error(404)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"raw": raw.decode("utf-8", "replace")}
                outer.requests.append(("POST", self.path, body))
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                reply = outer.replies.pop(0)
                model = body.get("model", "")
                if body.get("stream"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    pieces = [reply[i : i + 7] for i in range(0, len(reply), 7)]
                    for piece in pieces:
                        self._event(model, {"content": piece}, None)
                    self._event(model, {}, "stop")
                    self.wfile.write(b"data: [DONE]\n\n")
                    return
                data = json.dumps(
                    {
                        "id": "chatcmpl-test",
                        "object": "chat.completion",
                        "created": 0,
                        "model": model,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": reply},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _event(self, model: str, delta: dict, finish: str | None) -> None:
                chunk = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def prompts(self) -> list[str]:
        return [m["content"] for _, _, body in self.requests for m in body.get("messages", [])]


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def config(server):
    return LlmConfig(url=server.url, model="scripted-7b", key="")


# ---------------------------------------------------------------------------------------------
# Scripted replies through the server


CORRECT_ZH = (
    "海丰县首席数据官由分管政务服务数据管理工作的县政府领导兼任[1]。"
    "2023年1月底前，县政务服务数据管理局组织开展试点镇、部门首席数据官培训[2]。"
)
CORRECT_EN = (
    "The head of each agency designates a nonpolitical appointee employee as the Chief Data Officer [1]. "
    "The Chief Data Officer submits an annual report to Congress by 31 May 2023 [2]."
)
REPLIES = [
    # (name, question, reply, stream, mode, kept sentences, reasons of the dropped ones)
    (
        "fabricated number",
        QUESTION_ZH,
        "县首席数据官由县政府领导兼任[1]。海丰县设立县首席数据官三名[1]。2023年1月底前组织培训[2]。",
        False,
        "llm",
        ["县首席数据官由县政府领导兼任[1]。", "2023年1月底前组织培训[2]。"],
        ["the number 三 is not in [1]"],
    ),
    (
        "invented quotation",
        QUESTION_ZH,
        "试点部门首席数据官推动政务信息系统迁云上云[3]。各部门要做到“全部上云”[3]。",
        True,
        "llm",
        ["试点部门首席数据官推动政务信息系统迁云上云[3]。"],
        ["the quotation “全部上云” is not word for word in [3]"],
    ),
    (
        "uncited sentence",
        QUESTION_ZH,
        "县首席数据官由县政府领导兼任[1]。这项制度在全国效果很好。县政务服务数据管理局组织培训[2]。",
        True,
        "llm",
        ["县首席数据官由县政府领导兼任[1]。", "县政务服务数据管理局组织培训[2]。"],
        ["no citation"],
    ),
    (
        "wrong date",
        QUESTION_ZH,
        "2023年2月底前组织开展培训[2]。首席数据官培训由县政务服务数据管理局负责[7]。",
        False,
        "extractive",
        [],
        ["the date 2023年2月 (2023-02) is not in [2]", "cites [7], which does not exist"],
    ),
    ("correct Chinese", QUESTION_ZH, CORRECT_ZH, True, "llm", None, []),
    ("correct English", QUESTION_EN, CORRECT_EN, False, "llm", None, []),
    ("not answered", QUESTION_ZH, NOT_ANSWERED, True, "extractive", [], []),
]


@pytest.mark.parametrize(
    ("name", "question", "reply", "stream", "mode", "kept", "reasons"), REPLIES, ids=[r[0] for r in REPLIES]
)
def test_scripted_replies(server, config, name, question, reply, stream, mode, kept, reasons):
    cited = citations(TITLE_EN, EN) if question == QUESTION_EN else citations(TITLE_ZH, ZH)
    extractive = answer(question, cited)
    server.replies.append(reply)
    deltas: list[str] = []
    result = llm_answer(config, question, extractive, deltas.append if stream else None)

    assert result.mode == mode
    assert result.model == "scripted-7b"
    assert [d["reason"] for d in result.dropped] == reasons
    checked = check_answer(reply, cited)
    if kept is not None:
        assert checked.kept == kept
    if stream:
        assert "".join(deltas) == reply and len(deltas) > 1  # passed on piece by piece
    (_, path, body) = server.requests[-1]
    assert path == "/v1/chat/completions"
    assert body["model"] == "scripted-7b" and body["temperature"] == 0 and bool(body.get("stream")) == stream
    if mode == "extractive":
        assert result.text == extractive.answer
        assert result.fallback == ("not_answered" if reply == NOT_ANSWERED else "unsupported")
    elif reasons:
        note = "（另有1句因所引条文不支持而删去。）"
        assert result.text == "".join(kept) + "\n" + note
    else:
        assert result.text == reply and result.fallback == ""


def test_prompt_holds_the_cited_clauses_and_nothing_else_from_the_corpus(fake_kb, server, config):
    from tests.test_knowledge_base import HAIFENG, US, make_doc

    fake_kb.add_document(
        *make_doc("haifeng", HAIFENG, title=TITLE_ZH, region="海丰县", language="zh-Hans", date="2023-01-03")
    )
    fake_kb.add_document(*make_doc("us", US, title=TITLE_EN, language="en", date="2019-01-14"))
    extractive = fake_kb.ask("县首席数据官由谁兼任?", k=1)
    assert not extractive.no_answer and extractive.citations
    server.replies.append(
        "县首席数据官由分管政务服务数据管理工作的县政府领导兼任[1]。"
        if extractive.citations[0].text == HAIFENG[0]
        else NOT_ANSWERED
    )
    llm_answer(config, "县首席数据官由谁兼任?", extractive)

    system, user = server.prompts()
    shown = {c.text for c in extractive.citations}
    assert all(text in user for text in shown)
    corpus = [c.text for doc in ("haifeng", "us") for c in fake_kb.chunks_of(doc)]
    assert [text for text in corpus if text in user or text in system] == list(shown)
    assert user == (
        "Clauses:\n\n"
        + "\n\n".join(clause_block(c) for c in extractive.citations)
        + "\n\nQuestion: 县首席数据官由谁兼任?"
    )
    assert "[1] 《" + TITLE_ZH + "》" in user


def test_no_answer_asks_no_model(server, config):
    found_nothing = Answer(QUESTION_ZH, "在已收录的文件中未找到答案。", True, [])
    result = llm_answer(config, QUESTION_ZH, found_nothing)
    assert (result.mode, result.fallback, result.text) == ("extractive", "no_answer", found_nothing.answer)
    assert server.requests == []


def test_prompt_rules_follow_the_question_language():
    zh = build_messages(QUESTION_ZH, citations(TITLE_EN, EN))[0][1]
    en = build_messages(QUESTION_EN, citations(TITLE_ZH, ZH))[0][1]
    assert "simplified Chinese" in zh and "simplified Chinese" not in en and "Answer in English" in en
    assert NOT_ANSWERED in zh and "[1]" in zh


def test_unreachable_server_is_one_line_naming_the_fix():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nothing listens there
    url = f"http://127.0.0.1:{port}/v1"
    cited = citations(TITLE_ZH, ZH)
    with pytest.raises(LlmUnavailableError) as caught:
        llm_answer(LlmConfig(url, "m", ""), QUESTION_ZH, answer(QUESTION_ZH, cited))
    message = str(caught.value)
    assert "\n" not in message and url in message
    assert "is the LLM server running? check CDOKB_LLM_URL" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(UsageError, match="CDOKB_LLM_URL"):
        llm_answer(LlmConfig("127.0.0.1:8080", "m", ""), QUESTION_ZH, answer(QUESTION_ZH, cited))


def test_unknown_model_is_one_line(server, config):
    server.replies.append("x")
    cited = citations(TITLE_ZH, ZH)
    wrong = LlmConfig(server.url.replace("/v1", "/nope"), "m", "")
    with pytest.raises(LlmUnavailableError, match="CDOKB_LLM_MODEL"):
        llm_answer(wrong, QUESTION_ZH, answer(QUESTION_ZH, cited))


def test_nothing_but_the_model_server_is_reached(server, config, monkeypatch):
    """LangSmith tracing switched on by the environment (pointed at this server, so a trace
    would show up here) sends nothing; tiktoken is never asked for an encoding."""
    import tiktoken
    import tiktoken.load

    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "true")
    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2-test")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", server.url.removesuffix("/v1"))

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("tiktoken was asked for an encoding")

    monkeypatch.setattr(tiktoken, "get_encoding", no_download)
    monkeypatch.setattr(tiktoken, "encoding_for_model", no_download)
    monkeypatch.setattr(tiktoken.load, "read_file_cached", no_download)

    cited = citations(TITLE_ZH, ZH)
    server.replies += [CORRECT_ZH, CORRECT_ZH]
    assert llm_answer(config, QUESTION_ZH, answer(QUESTION_ZH, cited)).mode == "llm"
    assert llm_answer(config, QUESTION_ZH, answer(QUESTION_ZH, cited), lambda _: None).mode == "llm"
    from langchain_core.tracers.context import _tracing_v2_is_enabled

    assert not _tracing_v2_is_enabled()
    assert os.environ["LANGSMITH_TRACING"] == "false"
    time.sleep(1.5)  # longer than LangSmith's background batching would wait
    assert {(method, path) for method, path, _ in server.requests} == {("POST", "/v1/chat/completions")}


# ---------------------------------------------------------------------------------------------
# check_answer on its own


def one(text: str, section: str = "", title: str = "t") -> list[Citation]:
    return [Citation(1, "d", title, "", "", "", section, text, 1.0)]


def kept(answer_text: str, clause: str) -> bool:
    checked = check_answer(answer_text, one(clause))
    return bool(checked.kept) and not checked.dropped


def test_traditional_and_simplified_are_one_text():
    clause = "首席數據官負責「統籌數據資源」工作，設立縣首席數據官一名。"
    assert kept("首席数据官负责“统筹数据资源”工作[1]。", clause)
    assert kept("設立縣首席數據官一名[1]。", "设立县首席数据官一名。")
    assert not kept("首席数据官负责“统筹全部资源”工作[1]。", clause)


def test_numbers_compare_as_numbers():
    assert kept("共设10项任务，试点期为3年[1]。", "试点期为三年，共设十项任务。")
    assert kept("The pilot covers ten tasks over three years [1].", "试点期为三年，共设十项任务。")
    assert kept("试点共设十项任务[1]。", "The pilot covers 10 tasks.")
    assert kept("共设１０项任务[1]。", "共设十项任务。")  # full-width digits
    assert not kept("共设12项任务[1]。", "共设十项任务。")
    assert not kept("试点期为四年[1]。", "试点期为三年。")
    assert kept("各部门统一部署[1]。", "各部门协同推进。")  # 统一's 一 is a word, not a figure


def test_echoes_and_questions_state_nothing():
    # What a base model writes when it cannot answer: the clause's label, the question again.
    title, section = "广东省首席数据官制度试点工作方案", "二、试点范围"
    cited = one("选取广州、深圳等10个地市开展试点。", section, title)
    checked = check_answer(
        f"[1] 《{title}》\n[1] 《{title}》 {section}\nWhat is the purpose of the plan[1]?", cited
    )
    assert not checked.kept
    assert [d.reason for d in checked.dropped] == [
        "only repeats the title or heading of [1]",
        "only repeats the title or heading of [1]",
        "a question, not an answer",
    ]
    assert kept("试点选取广州、深圳等10个地市[1]。", "选取广州、深圳等10个地市开展试点。")


def test_the_article_a_clause_is_may_be_named():
    cited = one("本市鼓励拓展数字经济领域国际合作。", "第七章 > 第五十六条 鼓励拓展数字经济领域国际合作")
    assert not check_answer("根据第五十六条,本市鼓励拓展数字经济领域国际合作[1]。", cited).dropped
    assert check_answer("根据第五十七条,本市鼓励拓展数字经济领域国际合作[1]。", cited).dropped


def test_answers_are_capped():
    from kb.llm.client import MAX_ANSWER_TOKENS, LlmConfig, chat_model

    assert chat_model(LlmConfig("http://127.0.0.1:9/v1", "m")).max_tokens == MAX_ANSWER_TOKENS


def test_dates_compare_as_dates():
    clause = "The report is due by May 31, 2023, and each year by 28 June."
    for said in ("2023年5月31日", "2023-05-31", "31 May 2023", "二〇二三年五月三十一日", "2023年5月"):
        assert kept(f"报告于{said}前提交[1]。", clause), said
    assert kept("每年6月28日前报送[1]。", clause)
    assert not kept("报告于2023年6月30日前提交[1]。", clause)
    assert not kept("每年7月28日前报送[1]。", clause)
    assert kept("2023年1月31日前完成培训[1]。", "2023年1月底前完成培训。")  # 月底 is the month's last day


def test_doc_numbers_with_any_brackets():
    clause = "根據海府辦函〔２０２３〕5號，開展試點。"
    assert kept("依据海府办函［2023］5号开展试点[1]。", clause)
    assert kept("依据海府办函(2023)5号开展试点[1]。", clause)
    assert not kept("依据粤府办函〔2023〕5号开展试点[1]。", clause)
    assert not kept("依据海府办函〔2023〕6号开展试点[1]。", clause)


def test_places_and_roles_must_be_in_the_cited_clause():
    cited = [
        Citation(1, "a", "海丰县首席数据官制度试点工作方案", "", "", "", "", "设立县首席数据官一名。", 1.0),
        Citation(2, "b", "惠州市首席数据官制度试点工作方案", "", "", "", "", "设立市首席数据官一名。", 1.0),
    ]
    reasons = [d.reason for d in check_answer("惠州市设立县首席数据官一名[1]。", cited).dropped]
    assert reasons == ["the place 惠州市 is not in [1]"]
    reasons = [d.reason for d in check_answer("Haifeng County appoints one CDO [2].", cited).dropped]
    assert reasons == ["the place Haifeng is not in [2]"]
    assert check_answer("Haifeng County appoints one county CDO [1].", cited).dropped == []
    reasons = [d.reason for d in check_answer("设立首席数据执行官一名[1]。", cited).dropped]
    assert reasons == ["the role 首席数据执行官 is not in [1]"]
    assert (
        check_answer("设立市首席数据官一名[1]。", cited).dropped[0].reason
        == "the role 市首席数据官 is not in [1]"
    )


def test_sentences_and_citation_placement():
    clause = "设立县首席数据官一名,由县政府领导兼任。"
    checked = check_answer("设立县首席数据官一名。[1]由县政府领导兼任。[1][9]", one(clause))
    assert checked.kept == ["设立县首席数据官一名[1]。", "由县政府领导兼任[1]。"] and not checked.dropped
    checked = check_answer("The county has one CDO. [1] It is held by a county leader [1].", one(clause))
    assert len(checked.kept) == 2 and not checked.dropped
    # a lead-in ending in a colon belongs to what follows; a part ending in ；to its sentence
    checked = check_answer("规定如下：\n1. 设立县首席数据官一名[1]\n2. 由县政府领导兼任[1]", one(clause))
    assert len(checked.kept) == 2 and not checked.dropped
    assert kept("设立县首席数据官一名；由县政府领导兼任[1]。", clause)
    checked = check_answer("<think>maybe 5?</think>设立县首席数据官一名[1]。", one(clause))
    assert checked.kept == ["设立县首席数据官一名[1]。"]


# ---------------------------------------------------------------------------------------------
# Through the facade and `cdokb ask --llm --json`


def test_ask_llm_json_carries_mode_and_dropped(fake_kb, server, monkeypatch):
    from dataclasses import replace

    from click.testing import CliRunner

    from tests.test_knowledge_base import HAIFENG, make_doc
    from ui import cli

    fake_kb.add_document(
        *make_doc("haifeng", HAIFENG, title=TITLE_ZH, region="海丰县", language="zh-Hans", date="2023-01-03")
    )

    def opened(ctx: cli.Context):  # the knowledge base `cdokb` would open with ctx.settings
        fake_kb.settings = replace(
            fake_kb.settings, llm_url=ctx.settings.llm_url, llm_model=ctx.settings.llm_model
        )
        return fake_kb

    monkeypatch.setattr(cli.Context, "kb", property(opened))
    question = "县首席数据官由谁兼任?"
    assert not fake_kb.ask(question, k=1).no_answer
    server.replies += [
        "县首席数据官由分管政务服务数据管理工作的县政府领导兼任[1]。县首席数据官共有9名[1]。"
    ] * 2
    plain = CliRunner().invoke(cli.cli, ["ask", question, "--k", "1", "--json"])
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.output)["mode"] == "extractive"
    assert not server.requests  # no LLM configured: nothing asked

    result = CliRunner().invoke(cli.cli, ["ask", question, "--k", "1", "--json", "--llm", server.url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"] == "llm" and data["model"] == "default"
    assert data["answer"].startswith("县首席数据官由分管政务服务数据管理工作的县政府领导兼任[1]。")
    assert [d["sentence"] for d in data["dropped"]] == ["县首席数据官共有9名[1]。"]

    fake_kb.settings = replace(fake_kb.settings, llm_url=server.url, llm_model="scripted-7b")
    checked = fake_kb.rephrase(fake_kb.ask(question, k=1))
    assert checked.mode == "llm" and checked.model == "scripted-7b" and len(checked.dropped) == 1


# ---------------------------------------------------------------------------------------------
# The ask tab of the web page (ui/page/ask.py) with an LLM configured

RAW_ZH = "县首席数据官由分管政务服务数据管理工作的县政府领导兼任[1]。县首席数据官共有9名[1]。"


def ask_tab(kb, tmp_path, llm_url: str = "", model: str = "scripted-7b"):
    """The ask tab over `kb`, built as the page builds it, with `llm_url` as its LLM."""
    from dataclasses import replace

    import gradio as gr

    from ui.page.ask import AskTab
    from ui.page.common import Page, language_switch

    kb.settings = replace(kb.settings, llm_url=llm_url, llm_model=model)
    with gr.Blocks() as demo:
        _, lang = language_switch()
        tab = AskTab(Page(kb=kb, role_of=lambda _: "admin", exports=tmp_path, lang=lang, demo=demo))
    return demo, tab


@pytest.fixture
def haifeng_kb(fake_kb):
    from tests.test_knowledge_base import HAIFENG, make_doc

    fake_kb.add_document(
        *make_doc("haifeng", HAIFENG, title=TITLE_ZH, region="海丰县", language="zh-Hans", date="2023-01-03")
    )
    return fake_kb


def asked(
    tab, question: str = "县首席数据官由谁兼任?", lang: str = "中文", extractive: bool = False
) -> list[dict]:
    return list(tab._answer_llm(question, 1, None, None, None, None, None, lang, extractive))


def test_page_streams_then_shows_the_checked_answer_and_the_model(haifeng_kb, server, tmp_path):
    from ui import handlers as h
    from ui.i18n import t

    _, tab = ask_tab(haifeng_kb, tmp_path, server.url)
    server.replies.append(RAW_ZH)
    updates = asked(tab)

    first, *streamed, last = updates
    assert "cdokb-card" in first[tab.cards] and first[tab.llm_state] is None  # the sources at once
    assert t("llm_writing", model="scripted-7b") in first[tab.answer_html]
    assert streamed and all(set(u) == {tab.answer_html} for u in streamed)
    assert "共有9名" in streamed[-1][tab.answer_html]  # the raw text, before the check
    result = last[tab.llm_state]
    assert result.mode == "llm" and result.model == "scripted-7b"
    assert [d["sentence"] for d in result.dropped] == ["县首席数据官共有9名[1]。"]
    final = last[tab.answer_html]
    assert final == h.render_llm_answer(first[tab.answer_state], result, "zh")
    assert "由 scripted-7b 改写，逐句核对" in final and "cdokb-llm-writing" not in final
    shown_text = final.split('class="cdokb-answer-text">')[1].split("</div>")[0]
    assert "共有9名" not in shown_text and 'href="#cdokb-cite-1"' in shown_text
    assert "县首席数据官共有9名[1]。" in final and "数字 9 不见于 [1]" in final  # dropped, and why
    english = tab.on_lang("English", first[tab.answer_state], result, False)[tab.answer_html]
    assert "Rephrased by scripted-7b, checked sentence by sentence" in english
    assert "the number 9 is not in [1]" in english


def test_the_checkbox_switches_answers_without_asking_again(haifeng_kb, server, tmp_path):
    from ui import handlers as h
    from ui.i18n import t

    _, tab = ask_tab(haifeng_kb, tmp_path, server.url)
    server.replies.append(RAW_ZH)
    updates = asked(tab)
    answer, result = updates[0][tab.answer_state], updates[-1][tab.llm_state]
    asked_before = len(server.requests)

    extractive = tab._on_toggle(True, answer, result, "中文")[tab.answer_html]
    assert extractive == h.render_answer(answer, "zh") and "scripted-7b" not in extractive
    assert tab._on_toggle(False, answer, result, "中文")[tab.answer_html] == updates[-1][tab.answer_html]
    assert tab._on_toggle(True, None, None, "中文") == {}  # nothing asked yet
    assert len(server.requests) == asked_before
    assert t("show_extractive") == "显示原文摘录答案"

    # asked with the box ticked: the extractive answer throughout, the model's kept for later
    server.replies.append(RAW_ZH)
    ticked = asked(tab, extractive=True)
    assert [set(u) for u in ticked[1:]] == [{tab.answer_html, tab.llm_state}]
    assert ticked[-1][tab.answer_html] == h.render_answer(ticked[0][tab.answer_state], "zh")
    assert ticked[-1][tab.llm_state].mode == "llm"


def test_an_unreachable_llm_shows_the_extractive_answer_and_one_notice(haifeng_kb, tmp_path):
    from ui import handlers as h
    from ui.i18n import t

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the block ends
    _, tab = ask_tab(haifeng_kb, tmp_path, f"http://127.0.0.1:{port}/v1")
    updates = asked(tab)
    answer, result = updates[0][tab.answer_state], updates[-1][tab.llm_state]
    assert (result.mode, result.fallback) == ("extractive", h.UNAVAILABLE)
    final = updates[-1][tab.answer_html]
    assert t("llm_unavailable") in final and h.render_answer(answer, "zh") in final
    assert str(port) not in final and "Traceback" not in final and "CDOKB_LLM" not in final
    english = tab.on_lang("English", answer, result, False)[tab.answer_html]
    assert t("llm_unavailable", "en") in english


def test_without_an_llm_the_tab_is_unchanged(haifeng_kb, server, tmp_path):
    import inspect

    import gradio as gr

    demo, tab = ask_tab(haifeng_kb, tmp_path, "")
    assert not hasattr(tab, "show_extractive") and not hasattr(tab, "llm_state")
    assert not any(isinstance(b, gr.Checkbox) for b in demo.blocks.values())
    assert tab.lang_inputs == [tab.answer_state]
    wired = [f.fn for f in demo.fns.values() if f.fn is not None]
    assert tab._answer in wired and not any(inspect.isgeneratorfunction(fn) for fn in wired)
    shown = tab._answer("县首席数据官由谁兼任?", 1, None, None, None, None, None, "中文")
    assert set(shown) == {tab.answer_html, tab.cards, tab.source, tab.source_title, tab.answer_state}
    assert not server.requests


def test_the_text_is_passed_on_while_the_model_writes():
    """Each piece reaches the page before the model has finished (a handshake, not a timer)."""
    from types import SimpleNamespace

    from kb.llm import LlmResult
    from ui import handlers as h

    go_on = threading.Event()

    def rephrase(answer, stream):
        stream("县首席数据官")
        assert go_on.wait(10), "the first piece was not passed on before the reply ended"
        stream("由县政府领导兼任[1]。")
        return LlmResult("llm", "checked", [], "m")

    kb = SimpleNamespace(rephrase=rephrase, settings=SimpleNamespace(llm_model="m"))
    steps = h.rephrase_stream(kb, answer(QUESTION_ZH, citations(TITLE_ZH, ZH)))
    assert next(steps) == "县首席数据官"
    go_on.set()
    rest = list(steps)
    assert rest[0] == "县首席数据官由县政府领导兼任[1]。" and rest[-1].text == "checked"


def test_a_bug_in_the_model_call_is_raised_not_hidden():
    from types import SimpleNamespace

    from ui import handlers as h

    def rephrase(answer, stream):
        raise ZeroDivisionError

    kb = SimpleNamespace(rephrase=rephrase, settings=SimpleNamespace(llm_model=""))
    with pytest.raises(ZeroDivisionError):
        list(h.rephrase_stream(kb, answer(QUESTION_ZH, citations(TITLE_ZH, ZH))))


def test_dropped_reasons_read_in_chinese():
    from ui.handlers import dropped_reason

    reasons = [r for *_, rs in REPLIES for r in rs] + [
        "the place 惠州市 is not in [1]",
        "the role 首席数据执行官 is not in [1] or [2]",
        "the document number 粤府办函〔2023〕5号 is not in [2]",
        "cites [7], [9], which do not exist",
        "a question, not an answer",
        "only repeats the title or heading of [1] or [2]",
    ]
    shown = [dropped_reason(r, "zh") for r in reasons]
    assert shown == [
        "数字 三 不见于 [1]",
        "引号中的 “全部上云” 未逐字见于 [3]",
        "未引用条文",
        "日期 2023年2月 (2023-02) 不见于 [2]",
        "引用的 [7] 不存在",
        "地名 惠州市 不见于 [1]",
        "职务 首席数据执行官 不见于 [1]或[2]",
        "文号 粤府办函〔2023〕5号 不见于 [2]",
        "引用的 [7]、[9] 不存在",
        "是提问，不是回答",
        "只重复了 [1]或[2] 的标题",
    ]
    assert [dropped_reason(r, "en") for r in reasons] == reasons
    assert dropped_reason("some new wording", "zh") == "some new wording"
