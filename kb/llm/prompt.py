"""What the model is shown: the clauses the extractive answer cited, numbered as it numbers them,
and the question. Nothing else from the knowledge base goes to the model."""

from __future__ import annotations

from kb.text import is_chinese
from kb.types import Citation

NOT_ANSWERED = "NOT_ANSWERED"

SYSTEM = """You answer questions about Chief Data Officer (首席数据官) policy documents. \
You are given numbered clauses quoted from the documents, and a question.

Rules:
1. Answer in {language}.
2. Use only what the clauses say. Restate them; add no knowledge, advice or opinion of your own.
3. End every sentence with the number of the clause that says it, in square brackets: [1], or [1][2]. \
Use only the numbers given.
4. Write every number, date, document number (文号), place name and role name exactly as the clause writes it.
5. Use quotation marks only for words copied exactly from a clause.
6. Keep it short: the few sentences that answer the question.
7. If the clauses do not answer the question, reply with exactly {marker} and nothing else."""

LANGUAGE_ZH = "simplified Chinese (简体中文), whatever language the clauses are in"
LANGUAGE_EN = "English, whatever language the clauses are in"


def clause_block(citation: Citation) -> str:
    """[n] 《title》 section, then the clause's text: the same [n] as the extractive answer."""
    head = f"[{citation.n}] 《{citation.title}》" if citation.title else f"[{citation.n}]"
    if citation.section:
        head += f" {citation.section}"
    return f"{head}\n{citation.text.strip()}"


def build_messages(question: str, citations: list[Citation]) -> list[tuple[str, str]]:
    """(role, content) pairs for a chat model: the rules, then the clauses and the question."""
    language = LANGUAGE_ZH if is_chinese(question) else LANGUAGE_EN
    system = SYSTEM.format(language=language, marker=NOT_ANSWERED)
    clauses = "\n\n".join(clause_block(c) for c in citations)
    user = f"Clauses:\n\n{clauses}\n\nQuestion: {question.strip()}"
    return [("system", system), ("user", user)]


def is_not_answered(reply: str) -> bool:
    """The model's "the clauses do not answer this", alone or with a few words around it."""
    text = reply.strip().strip("*`\"'“”。.").strip()
    return text.upper().startswith(NOT_ANSWERED) or (NOT_ANSWERED in reply.upper() and len(text) < 80)
