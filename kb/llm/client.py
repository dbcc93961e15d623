"""An optional model-written answer over the extractive answer's clauses, through LangChain's
chat model interface to any OpenAI-compatible server (llama.cpp, vLLM, Ollama, LM Studio …).

The model sees only the cited clauses (kb.llm.prompt); what it writes is kept sentence by
sentence only where a cited clause holds it (kb.llm.check), and when too little survives the
extractive answer stands. Nothing is sent anywhere but the configured URL: LangSmith tracing is
off for the whole process and for each call, no callbacks are passed, and tiktoken is never
used (no token counting), so it never downloads an encoding.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlparse

from kb.errors import CdokbError, UsageError
from kb.llm.check import check_answer, strip_thinking
from kb.llm.prompt import build_messages, is_not_answered
from kb.text import is_chinese, printable
from kb.types import Answer

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

# Seconds a local model may take to answer: a 7B model on a CPU writes a few words a second.
DEFAULT_TIMEOUT_S = 120.0
# Tokens an answer may take: a few sentences over five clauses need a few hundred. A model that
# never stops (gemma-3-270m base under llama.cpp wrote 2,967 tokens in 251 s, measured by
# evaluation/llm_report.py) would otherwise write until its context is full.
MAX_ANSWER_TOKENS = 512


class LlmUnavailableError(CdokbError):
    """The model server cannot be reached or refused the request. One line, naming the fix."""


@dataclass(frozen=True)
class LlmConfig:
    url: str  # base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1
    model: str
    key: str = ""  # most local servers want none
    timeout: float = DEFAULT_TIMEOUT_S
    max_tokens: int = MAX_ANSWER_TOKENS


@dataclass
class LlmResult:
    mode: Literal["llm", "extractive"]
    text: str
    dropped: list[dict[str, str]] = field(default_factory=list)  # {"sentence", "reason"}
    model: str = ""
    # why the extractive answer stands: "no_answer" (nothing to answer from, the model was not
    # asked), "not_answered" (the model said the clauses do not answer), "unsupported" (fewer
    # than half of its sentences held up); "" in mode "llm"
    fallback: str = ""


def tracing_off() -> None:
    """LangSmith tracing off for this process, whatever the environment says: the variables
    are overwritten, and langsmith's own global switch (checked before them) is set."""
    for name in ("LANGSMITH_TRACING", "LANGSMITH_TRACING_V2", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"):
        os.environ[name] = "false"
    _configure_off()


@lru_cache(maxsize=1)
def _configure_off() -> None:
    import langsmith

    langsmith.configure(enabled=False)


@contextmanager
def no_tracing() -> Iterator[None]:
    """Tracing off for this call as well (a context variable, which outranks the process-wide
    switch should anything turn that back on)."""
    from langsmith.run_helpers import tracing_context

    tracing_off()
    with tracing_context(enabled=False):
        yield


def _check_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(
            f"the LLM URL {printable(url)!r} is not an http(s) address; set CDOKB_LLM_URL to the "
            "server's OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1"
        )
    return url.strip()


def chat_model(config: LlmConfig) -> ChatOpenAI:
    """LangChain's OpenAI chat model pointed at `config.url`: deterministic, no retries (a
    server that is down says so at once), Chat Completions (what local servers implement)."""
    from langchain_openai import ChatOpenAI

    tracing_off()
    return ChatOpenAI(
        base_url=_check_url(config.url),
        model=config.model,
        api_key=config.key or "not-needed",
        temperature=0,
        timeout=config.timeout,
        max_tokens=config.max_tokens,
        max_retries=0,
        use_responses_api=False,
        stream_usage=False,
    )


def _unavailable(config: LlmConfig, error: Exception) -> LlmUnavailableError:
    import openai

    url = printable(config.url)
    if isinstance(error, openai.APITimeoutError):
        return LlmUnavailableError(
            f"the LLM server at {url} did not answer within {config.timeout:g} s; is it overloaded, "
            "or the model too large for this machine? check CDOKB_LLM_URL and the server's log"
        )
    if isinstance(error, openai.APIConnectionError):
        return LlmUnavailableError(
            f"cannot reach the LLM server at {url}; is the LLM server running? check CDOKB_LLM_URL"
        )
    if isinstance(error, openai.AuthenticationError):
        return LlmUnavailableError(f"the LLM server at {url} refused the key; check CDOKB_LLM_KEY")
    if isinstance(error, openai.NotFoundError):
        return LlmUnavailableError(
            f"the LLM server at {url} has no model {printable(config.model)!r} (or no /chat/completions); "
            "check CDOKB_LLM_MODEL and that CDOKB_LLM_URL ends in /v1"
        )
    if isinstance(error, openai.APIStatusError):
        return LlmUnavailableError(
            f"the LLM server at {url} answered HTTP {error.status_code}; check the server's log "
            "and CDOKB_LLM_MODEL"
        )
    first = printable(str(error).splitlines()[0] if str(error) else type(error).__name__)[:200]
    return LlmUnavailableError(f"the LLM server at {url} failed: {first}; check CDOKB_LLM_URL")


def _reply(
    config: LlmConfig, messages: list[tuple[str, str]], stream_callback: Callable[[str], None] | None
) -> str:
    import openai

    model = chat_model(config)
    try:
        with no_tracing():
            if stream_callback is None:
                return model.invoke(messages).text
            parts = []
            for chunk in model.stream(messages):
                delta = chunk.text
                if delta:
                    parts.append(delta)
                    stream_callback(delta)
            return "".join(parts)
    except openai.OpenAIError as error:
        raise _unavailable(config, error) from None


def dropped_note(count: int, chinese: bool) -> str:
    if chinese:
        return f"（另有{count}句因所引条文不支持而删去。）"
    sentences = "sentence was" if count == 1 else "sentences were"
    return f"({count} {sentences} removed: the cited clauses did not support them.)"


def llm_answer(
    config: LlmConfig,
    question: str,
    answer: Answer,
    stream_callback: Callable[[str], None] | None = None,
) -> LlmResult:
    """The model's answer from `answer.citations`, checked clause by clause.

    With `stream_callback`, each piece of text is passed on as the model writes it: that is the
    raw, unchecked reply, to be replaced by the returned `text` once this returns. When the
    extractive answer found nothing (`answer.no_answer`) the model is not asked. Raises
    LlmUnavailableError (one line) when the server cannot be reached or refuses.
    """
    chinese = is_chinese(question)
    if answer.no_answer or not answer.citations:
        return LlmResult("extractive", answer.answer, [], config.model, "no_answer")
    reply = strip_thinking(_reply(config, build_messages(question, answer.citations), stream_callback))
    if not reply or is_not_answered(reply):
        return LlmResult("extractive", answer.answer, [], config.model, "not_answered")
    checked = check_answer(reply, answer.citations)
    dropped = [{"sentence": d.sentence, "reason": d.reason} for d in checked.dropped]
    total = len(checked.kept) + len(checked.dropped)
    if not checked.kept or 2 * len(checked.kept) < total:
        return LlmResult("extractive", answer.answer, dropped, config.model, "unsupported")
    text = checked.text
    if dropped:
        text += "\n" + dropped_note(len(dropped), chinese)
    return LlmResult("llm", text, dropped, config.model)
