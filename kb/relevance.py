"""How much of a question a passage holds: the idf-weighted share of the question's words
found in it, directly or through their translation (a glossary term, a place in pinyin).

Retrieval reranks by it and the answerer refuses to answer below a floor of it; one
definition serves both.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from kb.glossary import Bridge

# A word found only through its translation counts a little less: between two passages that
# hold the same meaning, the one in the question's own words is the likelier quote.
TRANSLATED_CREDIT = 0.8


class Relevance:
    def __init__(self, document_frequency: Callable[[str], int], corpus_size: Callable[[], int]) -> None:
        self._df = document_frequency
        self._size = corpus_size

    def idf(self, token: str) -> float:
        n = max(self._size(), 1)
        df = self._df(token)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def coverage(self, tokens: Iterable[str], bridges: list[Bridge], passage: set[str]) -> float:
        words = set(tokens)
        if not words:
            return 0.0
        translated = {t for bridge in bridges if passage.intersection(bridge.target) for t in bridge.source}
        weights = {t: self.idf(t) for t in words}
        found = sum(
            w if t in passage else TRANSLATED_CREDIT * w
            for t, w in weights.items()
            if t in passage or t in translated
        )
        return found / (sum(weights.values()) or 1.0)
