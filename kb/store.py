"""Vectors in Chroma: embedded under the data dir, or a `chroma run` server when a URL is set."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from kb.errors import EmbedderMismatchError, StoreUnavailableError

FILTER_KEYS = ("doc_id", "region", "level", "language", "year")


class VectorStore:
    def __init__(self, data_dir: Path, embedder_name: str, url: str = "", collection: str = "cdokb") -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        self.location = url or str(data_dir / "chroma")
        try:
            if url:
                parsed = urlparse(url if "://" in url else f"http://{url}")
                self._client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=settings,
                )
            else:
                self._client = chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=settings)
            self._collection = self._client.get_or_create_collection(
                collection,
                configuration={"hnsw": {"space": "cosine", "ef_search": 100}},
                metadata={"embedder": embedder_name},
                embedding_function=None,
            )
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot open Chroma at {self.location} ({type(exc).__name__}: {exc}); "
                "check that `chroma run` is up at that URL, or drop --chroma-url to use the embedded store"
            ) from exc
        stored = (self._collection.metadata or {}).get("embedder")
        if stored and stored != embedder_name:
            raise EmbedderMismatchError(stored, embedder_name, self.location)

    def count(self) -> int:
        return self._collection.count()

    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        for start in range(0, len(ids), 1000):
            end = start + 1000
            self._collection.upsert(
                ids=ids[start:end], embeddings=vectors[start:end], metadatas=metadatas[start:end]
            )

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            self._collection.delete(ids=ids[start : start + 1000])

    def ids_of(self, doc_id: str) -> list[str]:
        return list(self._collection.get(where={"doc_id": doc_id}, include=[])["ids"])

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset = 0
        while True:
            page = self._collection.get(include=[], limit=5000, offset=offset)["ids"]
            ids.update(page)
            if len(page) < 5000:
                return ids
            offset += len(page)

    def query(
        self, vector: np.ndarray, k: int, filters: dict[str, list[str]] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first."""
        n = min(k, self.count())
        if n <= 0:
            return []
        result = self._collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=n,
            where=chroma_where(filters),
            include=["distances"],
        )
        return [
            (cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]


def chroma_where(filters: dict[str, list[str]] | None) -> dict | None:
    clauses = [{key: {"$in": list(values)}} for key, values in (filters or {}).items() if values]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
