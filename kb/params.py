"""The numbers that decide ranking and "not found", fitted on the tuning half of the question set.

Every value is written into kb/tuned.json by `evaluation/fit.py` from the questions of
evaluation/questions.jsonl whose split is "tune" (the held-out half is only ever scored); the
file records when and on what. Nothing here is set by hand for one question: to change a value,
change the fitting script or the question set, and fit again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

TUNED_FILE = Path(__file__).resolve().parent / "tuned.json"


@dataclass(frozen=True)
class RetrievalParams:
    rrf_k: float = 30.0  # reciprocal rank fusion constant
    pool: int = 40  # passages each ranking contributes
    rerank_pool: int = 30  # fused passages reranked by coverage
    other_language_weight: float = 0.8  # dense ranking of the passages in the other language
    translated_weight: float = 0.8  # keyword ranking of the question's translated words
    coverage_weight: float = 1.0  # coverage added to the normalised fused score
    translated_credit: float = 0.8  # a word found only through its translation counts this much
    official_bonus: float = 0.0  # added for documents with a 文号 or an issuing body
    translated_dense_weight: float = 0.8  # dense ranking of the translated words, other language
    place_weight: float = 1.0  # rankings within the documents of the places the question names
    place_bonus: float = 0.2  # added for passages of those documents
    shape_bonus: float = (
        0.0  # added for passages holding what the question's kind asks for (kb.intents.holds_answer)
    )
    dimension_bonus: float = (
        0.0  # added for passages on a dimension the question asks about (kb.dimensions.tagged)
    )
    holder_weight: float = (
        0.0  # ranking of the passages that put someone in the post a who-holds-it question names
    )
    duty_weight: float = 0.0  # ranking of the passages stating the duties of the post a duties question names
    title_weight: float = 0.0  # rankings within the documents the question names by a title word
    title_max_documents: int = 2  # a title word names documents when at most this many titles hold it
    part_weight: float = 0.5  # ranking of each part of a several-part question, beside the whole
    context_weight: float = (
        1.0  # weight of the words the asker describes themself with (kb.intents.asker_context)
    )
    count_weight: float = (
        0.0  # ranking of the passages that write a number before what a how-many question counts
    )
    filler_common_share: float = (
        1.0  # a stopword in at least this share of passages is vocabulary, not filler
    )


@dataclass(frozen=True)
class AnswerModel:
    """Logistic model of "the retrieved passages answer the question"; below `threshold`
    the answer is "not found" and the passages are shown as the closest ones."""

    features: tuple[str, ...] = ()
    weights: tuple[float, ...] = ()
    bias: float = 0.0
    threshold: float = 0.5

    def probability(self, values: dict[str, float]) -> float:
        import math

        z = self.bias + sum(w * values[name] for name, w in zip(self.features, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class AnswerParams:
    sentence_rank_decay: float = 0.15  # a later passage's sentence needs this much more coverage per rank
    second_sentence_ratio: float = 0.8  # a second sentence joins the answer within this share of the best
    # a sentence of the shape the question asks for (a date, a count, a holder) answers first
    # when its coverage is within this share of the best sentence's (at or above
    # second_sentence_ratio it adds nothing: those sentences are near-best already)
    shape_sentence_ratio: float = 1.0
    compare_passages: int = 2  # passages quoted and cited for each place of a comparison
    # one model per kind of embedder: dense similarity means something only on the scale it was fitted on
    models: dict[str, AnswerModel] = field(default_factory=dict)

    def model(self, embedder: str) -> AnswerModel:
        return self.models.get(embedder) or self.models.get("any") or AnswerModel()


@dataclass(frozen=True)
class Tuned:
    retrieval: RetrievalParams = RetrievalParams()
    answer: AnswerParams = AnswerParams()
    provenance: dict = field(default_factory=dict)


def _build(cls, values: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in values.items() if k in names})


def from_json(data: dict) -> Tuned:
    answer = dict(data.get("answer", {}))
    models = {
        name: AnswerModel(tuple(m["features"]), tuple(m["weights"]), float(m["bias"]), float(m["threshold"]))
        for name, m in answer.pop("models", {}).items()
    }
    return Tuned(
        _build(RetrievalParams, data.get("retrieval", {})),
        AnswerParams(**{**{k: v for k, v in answer.items() if k != "models"}, "models": models}),
        data.get("provenance", {}),
    )


@lru_cache(maxsize=1)
def tuned() -> Tuned:
    """The fitted values; the defaults above only until the first fit."""
    try:
        return from_json(json.loads(TUNED_FILE.read_text("utf-8")))
    except FileNotFoundError:
        return Tuned()
