"""Split the question set once into a tuning half and a held-out half.

Stratified by (kind, question language, document language) with a fixed seed, so both halves
hold the same mix. Run once; the result, evaluation/questions.jsonl, is what is tuned on
(split "tune") and reported (split "heldout"). Re-running gives the same split.

    .venv/bin/python -m evaluation.split evaluation/questions.jsonl
    .venv/bin/python -m evaluation.split --add new_batch.jsonl   (a later batch, split on its own)
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261129
OUT = Path(__file__).resolve().parent / "questions.jsonl"


def doc_language(item: dict) -> str:
    doc = item.get("doc") or ""
    if not doc:
        return "-"
    return "en" if doc.startswith("us-") or doc.endswith("-en") else "zh"


def split(items: list[dict]) -> list[dict]:
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for item in items:
        groups[(item["kind"], item["lang"], doc_language(item))].append(item)
    rng = random.Random(SEED)
    odd_groups = 0  # an odd group's extra question goes to each half in turn
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda q: q["id"])
        rng.shuffle(members)
        for i, item in enumerate(members):
            item["split"] = "tune" if (i + odd_groups) % 2 == 0 else "heldout"
        odd_groups += len(members) % 2
    return sorted(items, key=lambda q: q["id"])


def main(paths: list[str]) -> None:
    """`split.py FILE...` writes the set from scratch; `split.py --add FILE...` splits a new
    batch on its own and appends it (each question marked with its `batch`, the first file's
    name), leaving every question already split where it is."""
    add = bool(paths) and paths[0] == "--add"
    paths = paths[1:] if add else paths
    items = [
        json.loads(line) for p in paths for line in Path(p).read_text("utf-8").splitlines() if line.strip()
    ]
    if add:
        known = {json.loads(line)["id"] for line in OUT.read_text("utf-8").splitlines() if line.strip()}
        clash = sorted(known & {item["id"] for item in items})
        if clash:
            raise SystemExit(f"{OUT}: already holds {', '.join(clash[:5])}; give the new batch other ids")
        for item in items:
            item["batch"] = Path(paths[0]).stem  # the test re-splits each batch on its own
    with OUT.open("a" if add else "w", encoding="utf-8") as out:
        for item in split(items):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} questions {'added to' if add else '->'} {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
