"""Optional answers written by a language model over the extractive answer's clauses, each
sentence checked against the clauses it cites (see kb.llm.check). langchain_openai is imported
only when a model is called: `import kb.llm` stays cheap."""

from kb.llm.check import Checked, Dropped, check_answer
from kb.llm.client import (
    LlmConfig,
    LlmResult,
    LlmUnavailableError,
    chat_model,
    llm_answer,
    no_tracing,
    tracing_off,
)
from kb.llm.prompt import NOT_ANSWERED, build_messages

__all__ = [
    "NOT_ANSWERED",
    "Checked",
    "Dropped",
    "LlmConfig",
    "LlmResult",
    "LlmUnavailableError",
    "build_messages",
    "chat_model",
    "check_answer",
    "llm_answer",
    "no_tracing",
    "tracing_off",
]
