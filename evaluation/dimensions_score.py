"""Precision, recall and F1 of `kb.dimensions.dimensions_of` against hand labels.

    .venv/bin/python -m evaluation.dimensions_score [--split tune|heldout] [--json] [--misses]
        [--labels FILE]
    .venv/bin/python -m evaluation.dimensions_score --agreement   # second annotator vs the first

The gold is evaluation/dimensions/adjudicated.jsonl: 287 passages of the shipped corpus, one a
line: {"doc_id", "chunk_index", "section", "chunk_hash" (kb.types.Chunk.hash), "text" (the whole
passage, so scoring needs no knowledge base), "dimensions", "split", "how"}. Two annotators
labelled every passage blind, by the guide below: labels.jsonl (the first, who also split them)
and second_annotator.jsonl. Where they agree, that is the gold ("how": "agreed"); on the 106
passages where they differ, a third reader who saw both label sets in random order, the guide
and the passage, never the tagger, decided each contested dimension ("how": "adjudicated", with
a "reason"; the rules applied are in adjudication_rules.md). `--labels labels.jsonl` scores
against the first annotator alone.

- goals: aims, purpose, vision, objectives or targets of the system, body or document
  (工作目标, 指导思想, a preamble's 为…制定本方案, a statute's purpose clause).
- scope: where or to whom it applies: pilot units, eligibility, applicability.
- organisation: the structure: tiers of CDOs and related roles, councils, committees, working
  groups, leading groups, membership, chairs, coordination and voting arrangements.
- duties: responsibilities, functions or tasks assigned to the CDO or a named body or role.
- steps: implementation schedule: phases, timelines, deadlines, milestones, procedures.
- safeguards: supporting measures: leadership, funding, talent and training, incentives,
  publicity, supervision of implementation (保障措施).
- holder: who serves as CDO or a designated data officer, who appoints them, qualifications.
- reporting: reports, work summaries, 述职, evaluation and assessment of the CDO or body,
  performance metrics.

The research abstract (corpus/cdo-pilots-comparison-abstract-2024.txt) is left out: it is where
the dimensions come from, text about them rather than a policy passage.

`--agreement` scores the second annotator against the first as if it were a tagger: what two
careful readers agree on bounds what any tagger can be measured to.

training.jsonl holds 325 further passages (the shipped corpus's passages that the gold does not
hold, sampled per document), labelled by two more annotators by the same guide, blind to the
tagger: with the gold's tune half they are what `evaluation.learned_dimensions` learns from.

The split was made once, before any cue was tuned (`assign_splits`, seed SEED): per document,
passages shuffled and dealt alternately to "tune" and "heldout". Improve cues and the model
only from the tune half and training.jsonl; the held-out half is what is reported.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kb.dimensions import DIMENSION_IDS, dimensions_of
from kb.errors import FileError

LABELS = Path(__file__).resolve().parent / "dimensions" / "labels.jsonl"
SECOND_ANNOTATOR = LABELS.with_name("second_annotator.jsonl")
ADJUDICATED = LABELS.with_name("adjudicated.jsonl")
SPLITS = ("tune", "heldout")
SEED = 20250611


@dataclass
class DimensionScore:
    precision: float
    recall: float
    f1: float
    gold: int  # passages labelled with the dimension
    predicted: int  # passages the classifier tagged with it


@dataclass
class DimensionReport:
    split: str
    passages: int
    micro: DimensionScore
    macro_f1: float
    exact: float  # share of passages whose whole set is right
    by_dimension: dict[str, DimensionScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)  # passages with any wrong tag


def load_labels(path: Path = ADJUDICATED, split: str | None = None) -> list[dict[str, Any]]:
    """Labelled passages, optionally of one split; a bad line is a FileError naming it."""
    if not path.is_file():
        raise FileError(path, "label file not found", "pass the path of labels.jsonl")
    items = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FileError(path, f"line {n} is not valid JSON ({exc.msg})", "fix that line") from exc
        unknown = set(item.get("dimensions", [])) - set(DIMENSION_IDS)
        if "text" not in item or "dimensions" not in item or unknown:
            raise FileError(path, f"line {n}: needs text and dimensions from {DIMENSION_IDS}", "fix it")
        if split is None or item.get("split") == split:
            items.append(item)
    return items


def assign_splits(items: list[dict[str, Any]], seed: int = SEED) -> None:
    """How the stored split was made, once: per document (sorted), passages shuffled and dealt
    alternately; a document with an odd count moves the next document's start by one."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[item["doc_id"]].append(item)
    rng = random.Random(seed)
    odd = 0
    for doc in sorted(groups):
        members = sorted(groups[doc], key=lambda x: x["chunk_index"])
        rng.shuffle(members)
        for i, item in enumerate(members):
            item["split"] = SPLITS[(i + odd) % 2]
        odd += len(members) % 2


def _score(tp: int, gold: int, predicted: int) -> DimensionScore:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return DimensionScore(round(p, 4), round(r, 4), round(f1, 4), gold, predicted)


def tagger(item: dict[str, Any]) -> set[str]:
    return set(dimensions_of(item.get("section", ""), item["text"]))


def second_annotator(path: Path = SECOND_ANNOTATOR) -> Callable[[dict[str, Any]], set[str]]:
    """The second annotator's labels as a predictor, by passage."""
    labels = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            labels[(item["doc_id"], item["chunk_index"])] = set(item["dimensions"])
    return lambda item: labels[(item["doc_id"], item["chunk_index"])]


def score(
    items: list[dict[str, Any]],
    split: str = "all",
    predict: Callable[[dict[str, Any]], set[str]] = tagger,
) -> DimensionReport:
    """Per-dimension and micro-averaged precision/recall/F1 of `predict` (the tagger,
    `dimensions_of`, by default) on `items`."""
    tp: dict[str, int] = defaultdict(int)
    gold: dict[str, int] = defaultdict(int)
    pred: dict[str, int] = defaultdict(int)
    exact = 0
    misses = []
    for item in items:
        want = set(item["dimensions"])
        got = predict(item)
        for dim in DIMENSION_IDS:
            tp[dim] += dim in want and dim in got
            gold[dim] += dim in want
            pred[dim] += dim in got
        if want == got:
            exact += 1
        else:
            misses.append(
                {
                    "doc_id": item["doc_id"],
                    "chunk_index": item["chunk_index"],
                    "section": item.get("section", ""),
                    "missed": sorted(want - got),
                    "extra": sorted(got - want),
                    "text": item["text"][:160],
                }
            )
    by_dim = {d: _score(tp[d], gold[d], pred[d]) for d in DIMENSION_IDS}
    micro = _score(sum(tp.values()), sum(gold.values()), sum(pred.values()))
    return DimensionReport(
        split=split,
        passages=len(items),
        micro=micro,
        macro_f1=round(sum(s.f1 for s in by_dim.values()) / len(by_dim), 4),
        exact=round(exact / len(items), 4) if items else 0.0,
        by_dimension=by_dim,
        misses=misses,
    )


def table(rep: DimensionReport) -> str:
    lines = [
        f"{rep.split}: {rep.passages} passages, micro P {rep.micro.precision:.3f} R {rep.micro.recall:.3f} "
        f"F1 {rep.micro.f1:.3f}, macro F1 {rep.macro_f1:.3f}, exact set {rep.exact:.3f}",
        f"{'dimension':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}",
    ]
    for dim, s in rep.by_dimension.items():
        lines.append(f"{dim:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>6}{s.predicted:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="one half only (default: both)")
    parser.add_argument("--labels", type=Path, default=ADJUDICATED)
    parser.add_argument("--json", action="store_true", help="JSON on stdout instead of tables")
    parser.add_argument("--misses", action="store_true", help="list wrong passages (tune only!)")
    parser.add_argument(
        "--agreement", action="store_true", help="score the second annotator instead of the tagger"
    )
    args = parser.parse_args(argv)
    predict = second_annotator() if args.agreement else tagger
    if args.agreement:
        args.labels = LABELS
    splits = [args.split] if args.split else SPLITS
    reports = [score(load_labels(args.labels, s), s, predict) for s in splits]
    if args.json:
        out = {r.split: asdict(r) if args.misses else {**asdict(r), "misses": len(r.misses)} for r in reports}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for rep in reports:
        print(table(rep))
        if args.misses:
            for m in rep.misses:
                print(f"  {m['doc_id']}#{m['chunk_index']} missed {m['missed']} extra {m['extra']}")
                print(f"    [{m['section'][-70:]}] {m['text'][:110]!r}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
