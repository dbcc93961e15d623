"""How much of a question a passage holds: the idf-weighted share of the question's content
words found in it, directly or through their translation (kb.glossary).

Content words are the question's words that the knowledge base uses, itself or in translation;
the rest (filler, and words no document uses, such as 年终奖金 in a corpus without bonuses) are
left out of coverage and measured apart as `unknown_share`, a signal of its own for "not found".
Retrieval reranks by coverage and the answerer weighs both; one definition serves all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kb.glossary import Bridge


@dataclass(frozen=True)
class Weighed:
    content: dict[str, float] = field(default_factory=dict)  # token -> idf, words the corpus uses
    unknown_share: float = 0.0  # idf share of the question's words that no passage uses


class Relevance:
    def __init__(
        self,
        document_frequency: Callable[[str], int],
        corpus_size: Callable[[], int],
        translated_credit: float,
    ) -> None:
        self._df = document_frequency
        self._size = corpus_size
        self._translated_credit = translated_credit

    def idf(self, token: str) -> float:
        n = max(self._size(), 1)
        df = self._df(token)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def weigh(
        self,
        tokens: Iterable[str],
        bridges: list[Bridge],
        context: set[str] = frozenset(),
        context_weight: float = 1.0,
    ) -> Weighed:
        """Each content word's idf; the words of `context` (the asker's description of themself)
        count `context_weight` as much."""
        words = set(tokens)
        if not words:
            return Weighed()
        translatable = {
            t for bridge in bridges if any(self._df(x) for x in bridge.target) for t in bridge.source
        }
        content: dict[str, float] = {}
        unknown = 0.0
        for token in sorted(words):  # a fixed order: float sums, and so ties, the same in every process
            weight = self.idf(token) * (context_weight if token in context else 1.0)
            if self._df(token) or token in translatable:
                content[token] = weight
            else:
                unknown += weight
        total = unknown + sum(content.values())
        return Weighed(content, unknown / total if total else 0.0)

    def found(self, weighed: Weighed, bridges: list[Bridge], passage: set[str]) -> dict[str, float]:
        """The question's content words the passage holds, with the credit each earns: full
        for the word itself, `translated_credit` for its translation only."""
        translated = {t for bridge in bridges if bridge.rendered_in(passage) for t in bridge.source}
        return {
            t: 1.0 if t in passage else self._translated_credit
            for t in weighed.content
            if t in passage or t in translated
        }

    def coverage(self, weighed: Weighed, bridges: list[Bridge], passage: set[str]) -> float:
        if not weighed.content:
            return 0.0
        credit = self.found(weighed, bridges, passage)
        found = sum(w * credit[t] for t, w in weighed.content.items() if t in credit)
        return found / (sum(weighed.content.values()) or 1.0)


RAREST = 2  # the question's most distinctive words, whose absence says most


def rare_share(weighed: Weighed, found: set[str], names: set[str] = frozenset()) -> float:
    """Share of the question's RAREST content words (by idf) among `found`: a passage without
    the one unusual word of the question (年薪, Texas) rarely answers it. Places (`names`) are
    weighed apart, and single Chinese characters (里, 定) are too vague to count."""
    words = [t for t in weighed.content if t not in names and (t.isascii() or len(t) > 1)]
    rare = sorted(words, key=lambda t: -weighed.content[t])[:RAREST]
    total = sum(weighed.content[t] for t in rare)
    return sum(weighed.content[t] for t in rare if t in found) / total if total else 0.0
