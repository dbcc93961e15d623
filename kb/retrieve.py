"""Hybrid retrieval: dense (Chroma) and keyword (BM25) rankings fused with RRF.

The embedder prefers passages in the question's own language, so the dense side is asked
twice, once per language, and both lists enter the fusion: an English question still meets
the Chinese clause that answers it. The keyword side gets the glossary's words in the other
language for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kb.catalog import Catalog
from kb.embed import Embedder
from kb.fusion import reciprocal_rank_fusion
from kb.glossary import Bridge, bridges
from kb.keyword import KeywordSnapshot
from kb.relevance import Relevance
from kb.store import VectorStore
from kb.text import fold, is_chinese, tokenize
from kb.types import Hit

RRF_K = 30
RERANK_POOL = 30
COVERAGE_WEIGHT = 1.0


@dataclass
class Query:
    """A question prepared once and shared by retrieval and answering."""

    text: str
    tokens: list[str]  # the question's own tokens
    vector: np.ndarray
    chinese: bool
    bridges: list[Bridge] = field(default_factory=list)  # its words in the other language

    @property
    def expansion(self) -> list[str]:
        own = set(self.tokens)
        return list(dict.fromkeys(t for b in self.bridges for t in b.target if t not in own))


class Retriever:
    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorStore,
        keywords: KeywordSnapshot,
        embedder: Embedder,
        docs_by_language: dict[bool, set[str]],
        places: list[str],
        relevance: Relevance,
    ) -> None:
        self._catalog = catalog
        self._vectors = vectors
        self._keywords = keywords
        self._embedder = embedder
        self._docs_by_language = docs_by_language  # is_chinese -> doc ids
        self._places = places
        self._relevance = relevance

    def prepare(self, question: str) -> Query:
        return Query(
            text=question,
            tokens=tokenize(question),
            vector=self._embedder.embed_query(fold(question)),
            chinese=is_chinese(question),
            bridges=bridges(question, self._places),
        )

    def search(
        self, query: Query, k: int = 5, allowed_docs: set[str] | None = None, pool: int = 40
    ) -> list[Hit]:
        if allowed_docs is not None and not allowed_docs:
            return []
        rankings: list[list[str]] = []
        weights: list[float] = []
        dense_scores: dict[str, float] = {}
        for same_language in (True, False):
            chinese = query.chinese == same_language
            docs = self._docs_by_language.get(chinese, set())
            if allowed_docs is not None:
                docs = docs & allowed_docs
                if not docs:
                    continue
            # Unfiltered unless the user filtered: each language has its own collection.
            doc_filter = {"doc_id": sorted(docs)} if allowed_docs is not None else None
            found = self._vectors.query(query.vector, pool, chinese, doc_filter)
            dense_scores.update(found)
            rankings.append([c for c, _ in found])
            weights.append(1.0 if same_language else 0.8)
        keyword = self._keywords.query(query.tokens, pool, allowed_docs)
        rankings.append([c for c, _ in keyword])
        weights.append(1.0)
        if query.expansion:
            # The question's words in the other language: a ranking of its own, weighed less,
            # so that a translated word cannot outvote the question's own words.
            translated = self._keywords.query(query.expansion, pool, allowed_docs)
            rankings.append([c for c, _ in translated])
            weights.append(0.8)
            keyword = keyword + [hit for hit in translated if hit[0] not in dict(keyword)]
        fused = reciprocal_rank_fusion(rankings, k=RRF_K, weights=weights)[:RERANK_POOL]
        return self._rerank(query, fused, dense_scores, dict(keyword))

    def _rerank(
        self,
        query: Query,
        fused: list[tuple[str, float]],
        dense_scores: dict[str, float],
        keyword_scores: dict[str, float],
    ) -> list[Hit]:
        """Fused rank plus how much of the question each passage holds: a clause holding every
        distinctive word beats one that is merely close in embedding space."""
        if not fused:
            return []
        chunks = self._catalog.chunks(cid for cid, _ in fused)
        tokens = self._catalog.chunk_tokens(chunks)
        best = fused[0][1]
        hits = []
        for cid, score in fused:
            if cid not in chunks:
                continue  # a vector whose chunk is gone (mended by `cdokb check --repair`)
            coverage = self._relevance.coverage(query.tokens, query.bridges, tokens.get(cid, set()))
            final = score / best + COVERAGE_WEIGHT * coverage
            hits.append(Hit(chunks[cid], final, dense_scores.get(cid), keyword_scores.get(cid), coverage))
        hits.sort(key=lambda h: -h.score)
        return hits
