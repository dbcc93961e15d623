"""Answer quality on a question file, split by kind and language, the way users judge answers.

A question file has one JSON object per line: `question`, `keys` (strings a correct passage
holds, compared after folding traditional to simplified and dropping whitespace), optional
`id`, `kind`, `lang`, `doc` and `split`; a `compare` question has `places`:
{place: {"doc", "keys"}}. shared/eval/dev.jsonl has this shape without kinds.

- An answerable question is *answered* when the answer is not "not found" and one of its first
  five citations holds a key.
- A comparison is answered when every named place has a citation holding one of its keys.
- An unanswerable question (no keys, no places) is right when it comes back "not found".
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.clean import remove_pinyin_glosses
from kb.errors import UsageError
from kb.text import fold_compact
from kb.types import Answer

TOP = 5


@dataclass
class QuestionResult:
    id: str
    question: str
    kind: str
    lang: str
    cross: bool  # asked in one language about a document in the other
    answerable: bool
    rank: int | None  # 1-based rank of the first cited passage holding a key
    retrieval_rank: int | None  # the same over the retrieved passages, before the no-answer judgement
    in_answer: bool  # the answer's own text holds a key
    no_answer: bool
    ok: bool
    ms: float
    missing_places: list[str] = field(default_factory=list)


@dataclass
class Group:
    questions: int
    answered: float  # share of answerable questions answered (compare: every place has its line)
    not_found: int  # answerable questions that came back "not found"
    unanswerable: int
    unanswerable_ok: float  # share of unanswerable questions that came back "not found"


@dataclass
class EvalReport:
    questions: int
    answerable: int
    recall_at_5: float  # over non-comparison answerable questions
    mrr: float
    retrieval_recall_at_5: float
    answered: float  # every answerable question, comparisons included
    in_answer: float  # answerable non-comparison questions whose answer text itself holds a key
    no_answer_accuracy: float  # unanswerable questions that came back as no-answer
    false_no_answers: int  # answerable questions that came back as no-answer
    false_no_answer_rate: float
    by_kind: dict[str, Group] = field(default_factory=dict)
    by_lang: dict[str, Group] = field(default_factory=dict)
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


def load_questions(path: Path, split: str | None = None) -> list[dict]:
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
        if split is None or item.get("split") == split:
            questions.append(item)
    if split is not None and not questions:
        raise UsageError(f'{path}: no question has "split": "{split}"; drop --split or split the file')
    return questions


def _holds(text: str, keys: list[str]) -> bool:
    folded = fold_compact(text)
    return any(key_form(k) in folded for k in keys if k)


def key_form(key: str) -> str:
    """A key as a stored passage holds it: folded, and without the pinyin glosses a writer may
    have copied from a file's junk (數(shù)據(jù) is 數據 once cleaned)."""
    return fold_compact(remove_pinyin_glosses(key))


def first_rank(texts: list[str], keys: list[str]) -> int | None:
    for rank, text in enumerate(texts[:TOP], start=1):
        if _holds(text, keys):
            return rank
    return None


def judge(
    item: dict, answer: Answer, retrieved: list[str], doc_language: Callable[[str], str]
) -> QuestionResult:
    """One question's result from its answer and the passages retrieval returned."""
    keys = list(item.get("keys") or [])
    places: dict[str, dict] = item.get("places") or {}
    lang = item.get("lang") or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in item["question"]) else "en")
    docs = [item["doc"]] if item.get("doc") else [p.get("doc", "") for p in places.values()]
    cross = any(doc_language(d) not in ("", lang) for d in docs)
    cited = [c.text_original or c.text for c in answer.citations]
    missing: list[str] = []
    if places:
        missing = [p for p, spec in places.items() if not any(_holds(t, spec.get("keys", [])) for t in cited)]
        rank = None if answer.no_answer or missing else 1
        retrieval_rank = None
        answerable, in_answer = True, False
    else:
        answerable = bool(keys)
        rank = None if answer.no_answer else first_rank(cited, keys)
        retrieval_rank = first_rank(retrieved, keys)
        in_answer = answerable and not answer.no_answer and _holds(answer.answer, keys)
    ok = (rank is not None) if answerable else answer.no_answer
    return QuestionResult(
        str(item.get("id", "")),
        item["question"],
        item.get("kind") or ("unanswerable" if not answerable else "dev"),
        lang,
        cross,
        answerable,
        rank,
        retrieval_rank,
        in_answer,
        answer.no_answer,
        ok,
        answer.ms,
        missing,
    )


def _group(results: list[QuestionResult]) -> Group:
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    return Group(
        questions=len(results),
        answered=round(sum(r.ok for r in answerable) / max(len(answerable), 1), 4),
        not_found=sum(r.no_answer for r in answerable),
        unanswerable=len(unanswerable),
        unanswerable_ok=round(sum(r.ok for r in unanswerable) / max(len(unanswerable), 1), 4),
    )


def report(results: list[QuestionResult]) -> EvalReport:
    answerable = [r for r in results if r.answerable]
    plain = [r for r in answerable if r.kind != "compare"]
    unanswerable = [r for r in results if not r.answerable]
    n = max(len(plain), 1)
    by_kind: dict[str, list[QuestionResult]] = defaultdict(list)
    by_lang: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in results:
        by_kind[r.kind].append(r)
        by_lang[r.lang].append(r)
        if r.cross:
            by_lang["cross-language"].append(r)
    return EvalReport(
        questions=len(results),
        answerable=len(answerable),
        recall_at_5=round(sum(r.rank is not None for r in plain) / n, 4),
        mrr=round(sum(1 / r.rank for r in plain if r.rank) / n, 4),
        retrieval_recall_at_5=round(sum(r.retrieval_rank is not None for r in plain) / n, 4),
        answered=round(sum(r.ok for r in answerable) / max(len(answerable), 1), 4),
        in_answer=round(sum(r.in_answer for r in plain) / n, 4),
        no_answer_accuracy=round(sum(r.no_answer for r in unanswerable) / max(len(unanswerable), 1), 4),
        false_no_answers=sum(r.no_answer for r in answerable),
        false_no_answer_rate=round(sum(r.no_answer for r in answerable) / max(len(answerable), 1), 4),
        by_kind={k: _group(v) for k, v in sorted(by_kind.items())},
        by_lang={k: _group(v) for k, v in sorted(by_lang.items())},
        results=results,
    )


def evaluate(kb, questions: list[dict], k: int = TOP) -> EvalReport:
    """Ask every question through the facade, as a user would, every part of a long question
    searched whatever the machine's load (a busy machine would otherwise answer differently)."""
    languages = {d.doc_id: ("zh" if d.language.startswith("zh") else "en") for d in kb.documents()}
    results = []
    for item in questions:
        answer = kb.ask(item["question"], k=k, parts_budget_s=math.inf)
        retrieved = [h.chunk.text for h in kb.search(item["question"], k=k)]
        results.append(judge(item, answer, retrieved, lambda d: languages.get(d, "")))
    return report(results)


def table(rep: EvalReport) -> str:
    """The report as the plain-text table `cdokb eval` prints."""
    lines = [
        f"answered {rep.answered:.3f}  recall@5 {rep.recall_at_5:.3f}  MRR {rep.mrr:.3f}  "
        f"retrieval recall@5 {rep.retrieval_recall_at_5:.3f}  key in answer text {rep.in_answer:.3f}",
        f"unanswerable -> not found {rep.no_answer_accuracy:.3f}  answerable -> not found "
        f"{rep.false_no_answers}/{rep.answerable} ({rep.false_no_answer_rate:.1%})",
        "",
        f"{'group':<16}{'n':>5}{'answered':>10}{'not found':>11}{'unans.':>8}{'unans. ok':>11}",
    ]
    for name, group in [*rep.by_kind.items(), ("", None), *rep.by_lang.items()]:
        if group is None:
            lines.append("")
            continue
        lines.append(
            f"{name:<16}{group.questions:>5}{group.answered:>10.3f}{group.not_found:>11}"
            f"{group.unanswerable:>8}{group.unanswerable_ok:>11.3f}"
        )
    return "\n".join(lines)
