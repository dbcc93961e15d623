"""Scores extracted duties and deadlines against hand-made gold lists (evaluation/gold/*.jsonl).

Gold files, one JSON object per line:
  deadlines.jsonl  {"doc_id", "due", "recurrence", "who", "key"}   (who is informative only)
  duties.jsonl     {"doc_id", "role", "level", "key"}

A line {"doc_id", "none": true} says the document was read and states no such item: it adds
the document to the precision scope (anything extracted from it is a false positive) and is not
a gold item itself.

Matching rule: an extracted item matches a gold item when the doc_id is equal, due and
recurrence are equal (deadlines; RRULEs compared part by part, INTERVAL=1 dropped, 12n months
read as n years) or role and level are equal (duties), and the gold key is contained in the
extracted `text` after `kb.text.fold_compact` (so 數據 matches 数据 and spacing is ignored).
Matching is not one-to-one: a gold item is found when any extracted item matches it (recall),
an extracted item is correct when it matches any gold item (precision). Precision only counts
extracted items from documents that appear in that gold file.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kb.errors import FileError
from kb.text import fold_compact
from kb.types import Deadline, Duty

GOLD = Path(__file__).resolve().parent / "gold"
DEADLINES_FILE = "deadlines.jsonl"
DUTIES_FILE = "duties.jsonl"


def load_gold(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """Gold items from a JSONL file; a bad line is a FileError naming the line."""
    if not path.is_file():
        raise FileError(
            path, "gold file not found", "pass the folder that holds deadlines.jsonl and duties.jsonl"
        )
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FileError(
                path, f"line {n} is not valid JSON ({exc.msg})", "fix or remove that line"
            ) from exc
        missing = [] if item.get("none") else [k for k in required if k not in item]
        if missing:
            raise FileError(
                path, f"line {n} lacks {', '.join(missing)}", "add the missing fields to that line"
            )
        items.append(item)
    return items


def norm_rrule(rule: str | None) -> str | None:
    """A comparable RRULE: upper case, parts sorted, INTERVAL=1 dropped, MONTHLY;INTERVAL=12n -> YEARLY."""
    if not rule:
        return None
    parts = dict(p.split("=", 1) for p in rule.upper().replace("RRULE:", "").split(";") if "=" in p)
    if parts.get("INTERVAL") == "1":
        parts.pop("INTERVAL")
    if parts.get("FREQ") == "MONTHLY" and "INTERVAL" in parts and int(parts["INTERVAL"]) % 12 == 0:
        parts["FREQ"] = "YEARLY"
        years = int(parts["INTERVAL"]) // 12
        if years == 1:
            parts.pop("INTERVAL")
        else:
            parts["INTERVAL"] = str(years)
    return ";".join(f"{k}={v}" for k, v in sorted(parts.items()))


def _deadline_matches(gold: dict[str, Any], item: Deadline) -> bool:
    return (
        gold["doc_id"] == item.doc_id
        and (gold.get("due") or None) == (item.due or None)
        and norm_rrule(gold.get("recurrence")) == norm_rrule(item.recurrence)
        and fold_compact(gold["key"]) in fold_compact(item.text)
    )


def _duty_matches(gold: dict[str, Any], item: Duty) -> bool:
    return (
        gold["doc_id"] == item.doc_id
        and gold["role"] == item.role
        and (gold.get("level") or "") == (item.level or "")
        and fold_compact(gold["key"]) in fold_compact(item.text)
    )


def _score(lines: list[dict[str, Any]], items: list, matches) -> dict[str, Any]:
    docs = {g["doc_id"] for g in lines}
    gold = [g for g in lines if not g.get("none")]
    scoped = [x for x in items if x.doc_id in docs]
    misses = [g for g in gold if not any(matches(g, x) for x in scoped)]
    false_positives = [x for x in scoped if not any(matches(g, x) for g in gold)]
    found = len(gold) - len(misses)
    correct = len(scoped) - len(false_positives)
    precision = correct / len(scoped) if scoped else 0.0
    recall = found / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": len(gold),
        "extracted": len(scoped),
        "documents": sorted(docs),
        "misses": misses,
        "false_positives": [asdict(x) for x in false_positives],
    }


def score(gold_dir: Path, duties: list[Duty], deadlines: list[Deadline]) -> dict[str, Any]:
    """Precision, recall and F1 for deadlines and duties, with the misses and false positives."""
    gold_dir = Path(gold_dir)
    gold_deadlines = load_gold(gold_dir / DEADLINES_FILE, ("doc_id", "key"))
    gold_duties = load_gold(gold_dir / DUTIES_FILE, ("doc_id", "role", "key"))
    return {
        "deadlines": _score(gold_deadlines, deadlines, _deadline_matches),
        "duties": _score(gold_duties, duties, _duty_matches),
    }
