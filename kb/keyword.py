"""BM25 over the tokens of kb.text.tokenize, derived from the catalog and saved beside it.

The saved index carries the catalog generation it was built from; a mismatch (a crash
mid-ingest, a change by another process) means rebuild, so it can never drift from the
catalog. Readers take one immutable snapshot and use it for a whole question, so a question
asked while documents are added sees the old index or the new one, never half of each.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kb.catalog import Catalog
from kb.faults import checkpoint


@dataclass(frozen=True)
class KeywordSnapshot:
    """The index as built from one catalog generation."""

    generation: int = -1
    bm25: object | None = None
    chunk_ids: list[str] = field(default_factory=list)
    doc_ids: np.ndarray = field(default_factory=lambda: np.array([], dtype=object))
    vocab: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # token -> occurrences in all chunks
    total_tokens: int = 0

    @property
    def size(self) -> int:
        return len(self.chunk_ids)

    def rate(self, token: str) -> float:
        """The token's share of all the tokens of the chunks: how often the documents use it,
        to set against general language's rate (kb.topic)."""
        return self.counts.get(token, 0) / self.total_tokens if self.total_tokens else 0.0

    def query(
        self, tokens: list[str], k: int, allowed_docs: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk_id, BM25 score) best first; only chunks with a score above zero."""
        known = [t for t in tokens if t in self.vocab]
        if self.bm25 is None or not known:
            return []
        scores = np.asarray(self.bm25.get_scores(known), dtype=np.float32)  # type: ignore[attr-defined]
        return self._top(scores, k, allowed_docs)

    def query_translations(
        self, groups: list[tuple[str, ...]], k: int, allowed_docs: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Like `query`, for a translated question: each group holds one question word's
        translations, and a passage earns the best of them, not their sum (Pirkola's structured
        query, 1998), so a vague word with seven senses (交: hand, deliver, turn, give …) cannot
        outvote a precise one with one (报告: report)."""
        if self.bm25 is None:
            return []
        scores = np.zeros(len(self.chunk_ids), dtype=np.float32)
        for group in groups:
            known = [t for t in dict.fromkeys(group) if t in self.vocab]
            if known:
                per_token = [np.asarray(self.bm25.get_scores([t]), dtype=np.float32) for t in known]  # type: ignore[attr-defined]
                scores += np.max(per_token, axis=0)
        return self._top(scores, k, allowed_docs)

    def _top(self, scores: np.ndarray, k: int, allowed_docs: set[str] | None) -> list[tuple[str, float]]:
        if allowed_docs is not None:
            scores = np.where(np.isin(self.doc_ids, list(allowed_docs)), scores, 0.0)
        n = min(k, int((scores > 0).sum()))
        if n == 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(self.chunk_ids[i], float(scores[i])) for i in top]

    def holding(self, tokens: list[str], allowed_docs: set[str] | None = None) -> list[str]:
        """The chunks that hold any of `tokens`, in index order (the index's own postings)."""
        if self.bm25 is None:
            return []
        indptr, indices = self.bm25.scores["indptr"], self.bm25.scores["indices"]  # type: ignore[attr-defined]
        rows: set[int] = set()
        for token in tokens:
            if token in self.vocab:
                column = self.vocab[token]
                rows.update(int(i) for i in indices[indptr[column] : indptr[column + 1]])
        found = sorted(rows)
        if allowed_docs is not None:
            found = [i for i in found if self.doc_ids[i] in allowed_docs]
        return [self.chunk_ids[i] for i in found]

    def sole_holder(self, token: str, min_chunks: int) -> str | None:
        """The one document whose chunks alone hold `token`, at least `min_chunks` of them; None
        as soon as a second document holds it."""
        if self.bm25 is None or token not in self.vocab:
            return None
        indptr, indices = self.bm25.scores["indptr"], self.bm25.scores["indices"]  # type: ignore[attr-defined]
        column = self.vocab[token]
        rows = indices[indptr[column] : indptr[column + 1]]
        holder = self.doc_ids[int(rows[0])] if len(rows) else None
        if len(rows) < min_chunks or any(self.doc_ids[int(i)] != holder for i in rows):
            return None
        return holder

    def document_frequency(self, token: str) -> int:
        """How many chunks hold the token: relevance weighs the question's words by it."""
        if self.bm25 is None or token not in self.vocab:
            return 0
        indptr = self.bm25.scores["indptr"]  # type: ignore[attr-defined]
        column = self.vocab[token]
        return int(indptr[column + 1] - indptr[column])


def _snapshot(
    generation: int,
    bm25: object | None,
    chunk_ids: list[str],
    doc_ids: list[str],
    counts: dict[str, int],
) -> KeywordSnapshot:
    vocab = dict(bm25.vocab_dict) if bm25 is not None else {}  # type: ignore[attr-defined]
    return KeywordSnapshot(
        generation, bm25, chunk_ids, np.array(doc_ids, dtype=object), vocab, counts, sum(counts.values())
    )


class KeywordIndex:
    def __init__(self, directory: Path, catalog: Catalog) -> None:
        self.directory = directory
        self._catalog = catalog
        self._lock = threading.Lock()
        self._current = KeywordSnapshot()

    def ensure_current(self) -> KeywordSnapshot:
        generation = self._catalog.generation
        current = self._current
        if current.generation == generation:
            return current
        with self._lock:
            if self._current.generation != generation:
                self._current = self._load(generation) or self._rebuild(generation)
            return self._current

    def saved_state(self) -> tuple[int | None, set[str]]:
        """(generation, chunk ids) of the index on disk, without loading or rebuilding it."""
        try:
            info = json.loads((self.directory / "info.json").read_text("utf-8"))
            # saved before token counts were: stale, rebuilt on first use (_load)
            generation = info.get("generation") if "counts" in info else None
            return generation, set(info.get("chunk_ids", []))
        except (OSError, ValueError):
            return None, set()

    def _load(self, generation: int) -> KeywordSnapshot | None:
        try:
            info = json.loads((self.directory / "info.json").read_text("utf-8"))
            if info.get("generation") != generation or "counts" not in info:
                return None  # another generation's, or saved before token counts were
            import bm25s

            bm25 = bm25s.BM25.load(str(self.directory / "bm25"), mmap=True) if info["chunk_ids"] else None
            return _snapshot(generation, bm25, info["chunk_ids"], info["doc_ids"], info["counts"])
        except (OSError, ValueError, KeyError):
            return None

    def _rebuild(self, generation: int) -> KeywordSnapshot:
        import bm25s

        rows = list(self._catalog.iter_tokens())
        chunk_ids = [r[0] for r in rows]
        doc_ids = [r[1] for r in rows]
        corpus = [r[2] or [""] for r in rows]
        counts = dict(Counter(t for r in rows for t in r[2]))
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=self.directory.name + ".tmp-", dir=self.directory.parent))
        bm25 = None
        if corpus:
            bm25 = bm25s.BM25()
            bm25.index(corpus, show_progress=False)
            bm25.save(str(tmp / "bm25"))
        (tmp / "info.json").write_text(
            json.dumps(
                {"generation": generation, "chunk_ids": chunk_ids, "doc_ids": doc_ids, "counts": counts},
                ensure_ascii=False,
            ),
            "utf-8",
        )
        checkpoint("keyword-built")
        # Swap the folder in whole; a kill in between leaves a stale index, rebuilt on next use.
        old = Path(tempfile.mkdtemp(prefix=self.directory.name + ".old-", dir=self.directory.parent))
        try:
            if self.directory.exists():
                self.directory.rename(old / "index")
            tmp.rename(self.directory)
        except OSError:
            # Another process swapped its own rebuild in first: same catalog, same index.
            shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        return _snapshot(generation, bm25, chunk_ids, doc_ids, counts)
