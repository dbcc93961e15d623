"""Retrieval and no-answer quality on a question file shaped like shared/eval/dev.jsonl.

A question is answered correctly when one of the first five cited passages contains one of
its keys, compared after folding traditional to simplified and dropping whitespace.
Unanswerable questions (empty keys) must come back as no-answer.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kb.errors import UsageError
from kb.knowledge_base import KnowledgeBase
from kb.text import fold_compact


@dataclass
class QuestionResult:
    id: str
    question: str
    answerable: bool
    rank: int | None  # 1-based rank of the first cited passage holding a key
    retrieval_rank: int | None  # the same over the retrieved passages, before the no-answer judgement
    no_answer: bool
    ok: bool
    ms: float


@dataclass
class EvalReport:
    questions: int
    answerable: int
    recall_at_5: float
    mrr: float
    retrieval_recall_at_5: float
    no_answer_accuracy: float  # unanswerable questions that came back as no-answer
    false_no_answers: int  # answerable questions that came back as no-answer
    results: list[QuestionResult] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)


def read_utf8(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{path}: not UTF-8 text (byte {exc.start}); save the question file as UTF-8"
        ) from exc


def load_questions(path: Path) -> list[dict]:
    questions = []
    for number, line in enumerate(read_utf8(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(
                f"{path}:{number}: not a JSON line ({exc.msg}); one JSON object per line"
            ) from exc
        if not isinstance(item, dict) or not item.get("question"):
            raise UsageError(f'{path}:{number}: needs a "question" field')
        questions.append(item)
    return questions


def _first_rank(texts: list[str], keys: list[str]) -> int | None:
    folded_keys = [fold_compact(k) for k in keys if k]
    for rank, text in enumerate(texts[:5], start=1):
        folded = fold_compact(text)
        if any(key in folded for key in folded_keys):
            return rank
    return None


def evaluate(kb: KnowledgeBase, questions: list[dict], k: int = 5) -> EvalReport:
    results = []
    for number, item in enumerate(questions, start=1):
        keys = list(item.get("keys") or [])
        answer = kb.ask(item["question"], k=k)
        hits = kb.search(item["question"], k=k)
        rank = None if answer.no_answer else _first_rank([c.text for c in answer.citations], keys)
        retrieval_rank = _first_rank([h.chunk.text for h in hits], keys)
        answerable = bool(keys)
        ok = (rank is not None) if answerable else answer.no_answer
        results.append(
            QuestionResult(
                str(item.get("id", number)),
                item["question"],
                answerable,
                rank,
                retrieval_rank,
                answer.no_answer,
                ok,
                answer.ms,
            )
        )
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    n = max(len(answerable), 1)
    return EvalReport(
        questions=len(results),
        answerable=len(answerable),
        recall_at_5=round(sum(r.rank is not None for r in answerable) / n, 4),
        mrr=round(sum(1 / r.rank for r in answerable if r.rank) / n, 4),
        retrieval_recall_at_5=round(sum(r.retrieval_rank is not None for r in answerable) / n, 4),
        no_answer_accuracy=round(sum(r.no_answer for r in unanswerable) / max(len(unanswerable), 1), 4),
        false_no_answers=sum(r.no_answer for r in answerable),
        results=results,
    )
