"""BM25 over the tokens of kb.text.tokenize, derived from the catalog and saved beside it.

The saved index carries the catalog generation it was built from; a mismatch (a crash
mid-ingest, a change by another process) means rebuild, so it can never drift from the
catalog.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np

from kb.catalog import Catalog
from kb.faults import checkpoint


class KeywordIndex:
    def __init__(self, directory: Path, catalog: Catalog) -> None:
        self.directory = directory
        self._catalog = catalog
        self._lock = threading.Lock()
        self._generation = -1
        self._bm25 = None
        self._vocab: dict[str, int] = {}
        self.chunk_ids: list[str] = []
        self.doc_ids: np.ndarray = np.array([], dtype=object)

    def ensure_current(self) -> None:
        generation = self._catalog.generation
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:
                return
            if not self._load(generation):
                self._rebuild(generation)
            self._generation = generation

    def saved_state(self) -> tuple[int | None, set[str]]:
        """(generation, chunk ids) of the index on disk, without loading or rebuilding it."""
        try:
            info = json.loads((self.directory / "info.json").read_text("utf-8"))
            return info.get("generation"), set(info.get("chunk_ids", []))
        except (OSError, ValueError):
            return None, set()

    def _load(self, generation: int) -> bool:
        info_path = self.directory / "info.json"
        if not info_path.exists():
            return False
        try:
            info = json.loads(info_path.read_text("utf-8"))
            if info.get("generation") != generation:
                return False
            import bm25s

            self._bm25 = (
                bm25s.BM25.load(str(self.directory / "bm25"), mmap=True) if info["chunk_ids"] else None
            )
        except (OSError, ValueError, KeyError):
            return False
        self._set_ids(info["chunk_ids"], info["doc_ids"])
        return True

    def _rebuild(self, generation: int) -> None:
        import bm25s

        rows = list(self._catalog.iter_tokens())
        chunk_ids = [r[0] for r in rows]
        doc_ids = [r[1] for r in rows]
        corpus = [r[2] or [""] for r in rows]
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        self._bm25 = None
        if corpus:
            bm25 = bm25s.BM25()
            bm25.index(corpus, show_progress=False)
            bm25.save(str(tmp / "bm25"))
            self._bm25 = bm25
        (tmp / "info.json").write_text(
            json.dumps({"generation": generation, "chunk_ids": chunk_ids, "doc_ids": doc_ids}), "utf-8"
        )
        checkpoint("keyword-built")
        # Swap in whole: a reader sees the old index or the new one, and a stale one is rebuilt.
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(old)
        tmp.rename(self.directory)
        shutil.rmtree(old, ignore_errors=True)
        self._set_ids(chunk_ids, doc_ids)

    def _set_ids(self, chunk_ids: list[str], doc_ids: list[str]) -> None:
        self.chunk_ids = chunk_ids
        self.doc_ids = np.array(doc_ids, dtype=object)
        self._vocab = dict(self._bm25.vocab_dict) if self._bm25 is not None else {}

    def query(
        self, tokens: list[str], k: int, allowed_docs: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk_id, BM25 score) best first; only chunks with a score above zero."""
        self.ensure_current()
        known = [t for t in tokens if t in self._vocab]
        if self._bm25 is None or not known:
            return []
        scores = np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        if allowed_docs is not None:
            scores = np.where(np.isin(self.doc_ids, list(allowed_docs)), scores, 0.0)
        n = min(k, int((scores > 0).sum()))
        if n == 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(self.chunk_ids[i], float(scores[i])) for i in top]

    def document_frequency(self, token: str) -> int:
        """How many chunks hold the token: the answerer uses it to weigh query words."""
        self.ensure_current()
        if self._bm25 is None or token not in self._vocab:
            return 0
        indptr = self._bm25.scores["indptr"]
        column = self._vocab[token]
        return int(indptr[column + 1] - indptr[column])

    @property
    def size(self) -> int:
        self.ensure_current()
        return len(self.chunk_ids)
