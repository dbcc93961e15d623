"""Check a question file before it joins the set: every key must be in its document's cleaned
text (folded to simplified, whitespace dropped), every field present, ids unique.

    .venv/bin/python -m evaluation.check_questions evaluation/questions.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ingest.document import build_document
from kb.text import fold_compact

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"who", "when", "how_many", "list", "goal", "what", "compare", "unanswerable"}


def _texts() -> dict[str, str]:
    return {p.stem: fold_compact(build_document(p).text) for p in sorted((ROOT / "corpus").glob("*.txt"))}


def problems(items: list[dict], texts: dict[str, str]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for item in items:
        qid = item.get("id", "?")
        if qid in seen:
            found.append(f"{qid}: duplicate id")
        seen.add(qid)
        for name in ("id", "lang", "kind", "question"):
            if not item.get(name):
                found.append(f"{qid}: missing {name}")
        if item.get("kind") not in KINDS:
            found.append(f"{qid}: kind {item.get('kind')!r} not in {sorted(KINDS)}")
        if item.get("lang") not in ("zh", "en"):
            found.append(f"{qid}: lang must be zh or en")
        if item.get("kind") == "unanswerable":
            if item.get("keys") or item.get("doc"):
                found.append(f"{qid}: unanswerable questions have no doc and no keys")
            continue
        if item.get("kind") == "compare":
            places = item.get("places") or {}
            if len(places) < 2:
                found.append(f"{qid}: compare needs places with at least two entries")
            for place, spec in places.items():
                doc, keys = spec.get("doc"), spec.get("keys") or []
                if doc not in texts:
                    found.append(f"{qid}: place {place}: unknown doc {doc!r}")
                    continue
                for key in keys:
                    if fold_compact(key) not in texts[doc]:
                        found.append(f"{qid}: place {place}: key {key!r} not in {doc}")
                if not keys:
                    found.append(f"{qid}: place {place}: no keys")
            continue
        doc = item.get("doc")
        if doc not in texts:
            found.append(f"{qid}: unknown doc {doc!r} (use the corpus file stem)")
            continue
        if not item.get("keys"):
            found.append(f"{qid}: no keys")
        for key in item.get("keys") or []:
            if fold_compact(key) not in texts[doc]:
                found.append(f"{qid}: key {key!r} not in the cleaned text of {doc}")
    return found


def main(argv: list[str]) -> int:
    texts = _texts()
    bad = 0
    for name in argv:
        items = [json.loads(line) for line in Path(name).read_text("utf-8").splitlines() if line.strip()]
        for line in problems(items, texts):
            print(f"{name}: {line}")
            bad += 1
        print(f"{name}: {len(items)} questions checked")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
