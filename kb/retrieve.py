"""Hybrid retrieval: dense (Chroma) and keyword (BM25) rankings fused with RRF.

Both sides see the same folded question; the keyword side also gets the glossary's words in
the other language, so an English question can reach a Chinese clause and back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kb.catalog import Catalog
from kb.embed import Embedder
from kb.fusion import reciprocal_rank_fusion
from kb.glossary import expand_query
from kb.keyword import KeywordIndex
from kb.store import VectorStore
from kb.text import fold, tokenize
from kb.types import Hit


@dataclass
class Query:
    """A question prepared once and shared by retrieval and answering."""

    text: str
    tokens: list[str]  # the question's own tokens
    expansion: list[str]  # glossary tokens in the other language
    vector: np.ndarray


class Retriever:
    def __init__(
        self, catalog: Catalog, vectors: VectorStore, keywords: KeywordIndex, embedder: Embedder
    ) -> None:
        self._catalog = catalog
        self._vectors = vectors
        self._keywords = keywords
        self._embedder = embedder

    def prepare(self, question: str) -> Query:
        tokens = tokenize(question)
        expansion = [t for t in expand_query(question) if t not in tokens]
        return Query(question, tokens, expansion, self._embedder.embed_query(fold(question)))

    def search(
        self, query: Query, k: int = 5, allowed_docs: set[str] | None = None, pool: int = 40
    ) -> list[Hit]:
        if allowed_docs is not None and not allowed_docs:
            return []
        doc_filter = {"doc_id": sorted(allowed_docs)} if allowed_docs is not None else None
        dense = self._vectors.query(query.vector, pool, doc_filter)
        keyword = self._keywords.query(query.tokens + query.expansion, pool, allowed_docs)
        fused = reciprocal_rank_fusion([[c for c, _ in dense], [c for c, _ in keyword]], k=30)
        top = fused[: max(k, 1) * 4]
        chunks = self._catalog.chunks(cid for cid, _ in top)
        dense_scores = dict(dense)
        keyword_scores = dict(keyword)
        hits = [
            Hit(chunks[cid], score, dense_scores.get(cid), keyword_scores.get(cid))
            for cid, score in top
            if cid in chunks
        ]
        return hits
