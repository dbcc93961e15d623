"""How well each "not found" signal separates answerable from unanswerable questions.

    .venv/bin/python -m evaluation.signals [--data-dir DIR] [--split tune|heldout]

For every signal of kb.answer.SIGNALS and the fitted model's probability: the AUC (the chance
that an answerable question whose passages hold a key scores above an unanswerable one; 0.5 is
a coin, below 0.5 the signal points the other way) on the same examples evaluation/fit.py
fits the model on. A signal near 0.5 cannot help the model, whatever its weight. Read it on
the tuning half; the held-out half only to report.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from evaluation.fit import QUESTIONS, answer_examples, open_kb
from evaluation.score import load_questions
from kb.answer import SIGNALS


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Mann-Whitney AUC of `scores` for labels 1 over labels 0, ties counting half."""
    positive, negative = scores[labels == 1], scores[labels == 0]
    if not len(positive) or not len(negative):
        return float("nan")
    above = (positive[:, None] > negative[None, :]).sum() + 0.5 * (
        positive[:, None] == negative[None, :]
    ).sum()
    return float(above / (len(positive) * len(negative)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parent.parent / ".fit")
    parser.add_argument("--split", choices=("tune", "heldout"), default="tune")
    args = parser.parse_args()
    kb = open_kb(args.data_dir)
    questions = load_questions(QUESTIONS, args.split)
    x, y = answer_examples(kb, [q for q in questions if q.get("kind") != "compare"])
    model = kb.tuned.answer.model("e5")
    columns = [SIGNALS.index(f) for f in model.features]
    probability = 1 / (1 + np.exp(-(x[:, columns] @ np.array(model.weights) + model.bias)))
    print(
        f"{args.split}: {int(y.sum())} answerable (passages hold a key), {int((y == 0).sum())} unanswerable"
    )
    print(f"{'signal':<16}{'AUC':>7}")
    for n, name in enumerate(SIGNALS):
        print(f"{name:<16}{auc(x[:, n], y):>7.3f}")
    print(f"{'model':<16}{auc(probability, y):>7.3f}")


if __name__ == "__main__":
    main()
