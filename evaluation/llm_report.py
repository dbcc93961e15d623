"""How a real model fares behind the clause-by-clause check: answers kept, sentences dropped
and why, and the wall time per answer, over a fixed sample of the held-out questions.

    .venv/bin/python -m evaluation.llm_report --data-dir /tmp/kb-base \\
        --llm http://127.0.0.1:8080/v1 --llm-model NAME -n 30 [--out report.json]

The sample is fixed so runs against different models compare: the held-out split's answerable
questions that are not comparisons (a comparison's answer is built per place, not rephrased as
one), in id order, taken Chinese and English in turn. Each question goes through
KnowledgeBase.ask and .rephrase in-process, as `cdokb ask --llm` does; the reply is streamed
only to time it. On llama.cpp's servers each streamed piece is one token, so pieces/s is the
decoding speed there; the first piece's wait is mostly the prompt being read.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from evaluation.score import load_questions
from kb.config import Settings
from kb.errors import CdokbError

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
SPLIT = "heldout"  # never tuned on (evaluation/split.py)

# The kinds of reason kb.llm.check gives, by the words each reason starts with.
_REASON_KINDS = [
    ("no citation", "no citation"),
    ("cites ", "cites a missing clause"),
    ("the quotation", "quotation"),
    ("the title", "title"),
    ("the document number", "document number"),
    ("the date", "date"),
    ("the month", "month"),
    ("the number", "number"),
    ("the place", "place"),
    ("the role", "role"),
]


@dataclass
class Row:
    id: str
    lang: str
    kind: str
    question: str
    mode: str  # "llm" | "extractive" | "error" (the server failed)
    fallback: str  # why the extractive answer stands (kb.llm.client.LlmResult), "" in mode llm
    kept: int  # sentences of the model's reply that passed the check
    dropped: list[dict[str, str]] = field(default_factory=list)  # {"sentence", "reason", "kind"}
    wall_s: float = 0.0  # the rephrase alone, model and check
    ask_ms: float = 0.0  # the extractive answer before it
    first_piece_s: float | None = None
    pieces: int = 0
    pieces_per_s: float | None = None  # after the first piece
    reply: str = ""  # the model's raw reply, unchecked
    answer: str = ""  # what the user is shown
    error: str = ""


def choose(items: list[dict], n: int) -> list[dict]:
    """The first `n` held-out answerable non-comparison questions by id, zh and en in turn
    (the other language fills in when one runs out)."""
    pool = sorted(
        (q for q in items if q.get("split") == SPLIT and q.get("keys") and q.get("kind") != "compare"),
        key=lambda q: str(q.get("id", "")),
    )
    zh = [q for q in pool if q.get("lang") == "zh"]
    en = [q for q in pool if q.get("lang") != "zh"]
    mixed = [q for pair in zip(zh, en, strict=False) for q in pair]
    shorter = min(len(zh), len(en))
    mixed += zh[shorter:] + en[shorter:]
    return mixed[:n]


def reason_kind(reason: str) -> str:
    for start, kind in _REASON_KINDS:
        if reason.startswith(start):
            return kind
    return "other"


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least `share` of them at or below."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


def summary(rows: list[Row]) -> dict:
    asked = [r for r in rows if r.mode != "error"]
    walls = [r.wall_s for r in asked if r.fallback != "no_answer"]
    speeds = [r.pieces_per_s for r in asked if r.pieces_per_s]
    firsts = [r.first_piece_s for r in asked if r.first_piece_s is not None]
    dropped = [d for r in rows for d in r.dropped]
    kept = sum(r.kept for r in asked)
    return {
        "questions": len(rows),
        "kept_as_llm": sum(r.mode == "llm" for r in rows),
        "fell_back": dict(Counter(r.fallback for r in asked if r.mode == "extractive")),
        "errors": sum(r.mode == "error" for r in rows),
        "sentences_kept": kept,
        "sentences_dropped": len(dropped),
        "dropped_by_reason": dict(Counter(d["kind"] for d in dropped).most_common()),
        "wall_s_median": round(statistics.median(walls), 2) if walls else None,
        "wall_s_p90": round(p90, 2) if (p90 := percentile(walls, 0.9)) is not None else None,
        "first_piece_s_median": round(statistics.median(firsts), 2) if firsts else None,
        "pieces_per_s_median": round(statistics.median(speeds), 1) if speeds else None,
    }


def run_one(kb, item: dict) -> Row:
    from kb.llm import check_answer

    answer = kb.ask(item["question"])
    row = Row(
        str(item.get("id", "")), item.get("lang", ""), item.get("kind", ""), item["question"], "", "", 0
    )
    row.ask_ms = answer.ms
    pieces: list[str] = []
    times: list[float] = []

    def on_piece(text: str) -> None:
        pieces.append(text)
        times.append(time.perf_counter())

    started = time.perf_counter()
    try:
        result = kb.rephrase(answer, stream=on_piece)
    except CdokbError as error:
        row.mode, row.error = "error", str(error)
        row.wall_s = round(time.perf_counter() - started, 2)
        return row
    row.wall_s = round(time.perf_counter() - started, 2)
    row.mode, row.fallback, row.answer = result.mode, result.fallback, result.text
    row.reply, row.pieces = "".join(pieces), len(pieces)
    if times:
        row.first_piece_s = round(times[0] - started, 2)
        if len(times) > 1 and times[-1] > times[0]:
            row.pieces_per_s = round((len(times) - 1) / (times[-1] - times[0]), 1)
    row.dropped = [d | {"kind": reason_kind(d["reason"])} for d in result.dropped]
    if result.fallback not in ("no_answer", "not_answered"):
        row.kept = len(check_answer(row.reply, answer.citations).kept)
    return row


def _cell(text: object, width: int) -> str:
    text = re.sub(r"\s+", " ", str(text))
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def table(rows: list[Row]) -> str:
    lines = [f"{'id':8} {'lang':4} {'kind':9} {'outcome':24} kept drop  wall_s  pieces/s"]
    for r in rows:
        outcome = r.mode + (f" ({r.fallback})" if r.fallback else "")
        speed = f"{r.pieces_per_s:8.1f}" if r.pieces_per_s else f"{'-':>8}"
        lines.append(
            f"{_cell(r.id, 8)} {_cell(r.lang, 4)} {_cell(r.kind, 9)} {_cell(outcome, 24)} "
            f"{r.kept:4d} {len(r.dropped):4d} {r.wall_s:7.1f} {speed}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument(
        "--llm", required=True, help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1"
    )
    parser.add_argument("--llm-model", default="")
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    from kb.knowledge_base import KnowledgeBase

    settings = Settings.from_env(data_dir=args.data_dir, llm_url=args.llm, llm_model=args.llm_model)
    kb = KnowledgeBase(settings)
    rows = []
    for item in choose(load_questions(args.questions), args.n):
        rows.append(run_one(kb, item))
        r = rows[-1]
        print(
            f"{r.id} {r.mode} {r.fallback} kept {r.kept} dropped {len(r.dropped)} {r.wall_s} s",
            file=sys.stderr,
        )
    print(table(rows))
    totals = summary(rows)
    print(json.dumps(totals, ensure_ascii=False, indent=1))
    if args.out:
        report = {
            "model": args.llm_model,
            "url": args.llm,
            "summary": totals,
            "rows": [asdict(r) for r in rows],
        }
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 1 if totals["errors"] == len(rows) else 0


if __name__ == "__main__":
    sys.exit(main())
