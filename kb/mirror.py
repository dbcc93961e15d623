"""The stored vectors a search reads, kept in memory and scored exactly.

Why: a question that names a place searches that place's documents on their own, and one that
asks who holds a post searches the passages that name a holder: about a dozen Chroma queries
in the slowest asks, each costing 1 to 3 ms however few passages its filter leaves
(bench/RESULTS.md, 2026-12-03). The same few hundred vectors held here are scored in a
fraction of that, and exactly, where Chroma's search held to a few ids misses one now and then.
A library of up to MAX_LANGUAGE_VECTORS passages a language is searched whole from its copy
too (bench/RESULTS.md, 2026-12-04, fourth stop); Chroma stays the store and searches larger
ones. Copies are dropped whenever anything is written (here or, through the catalog
generation, elsewhere).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

import numpy as np

# A filter over more documents than this goes to Chroma: a user's region filter over a large
# library would copy most of it. A place's documents in the shipped corpus: at most 16.
MAX_DOCUMENTS = 200
# About 31 MB of 384-dimensional vectors (multilingual-e5-small), the most held by document or
# by passage (the whole-language copies below have their own limit): a load that would pass it
# empties those first, and one larger than it is used once and not held.
MAX_VECTORS = 20_000

# The passages of one language searched whole from a copy, not by Chroma: 15 MB of vectors,
# about 400 documents the size of the shipped corpus's. Scoring 10,000 copies took 0.2 ms
# and a Chroma query 1.7 to 2.6 ms at 500 passages (EF_SEARCH 400; numbers from 2026-12-04).
MAX_LANGUAGE_VECTORS = 10_000

Loaded = list[tuple[str, str, list[float]]]  # (doc_id, chunk_id, vector) as the store returns them


def _unit(vectors: list[list[float]]) -> np.ndarray:
    if not vectors:
        return np.zeros((0, 0), dtype=np.float32)
    rows = np.asarray(vectors, dtype=np.float32).reshape(len(vectors), -1)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def nearest(vector: np.ndarray, ids: list[str], rows: np.ndarray, k: int) -> list[tuple[str, float]]:
    """(chunk_id, cosine similarity) of the `k` rows most like `vector`, best first."""
    if k <= 0 or not ids:
        return []
    query = np.asarray(vector, dtype=np.float32)
    distance = -(rows @ (query / (np.linalg.norm(query) or 1.0)))
    candidates = np.arange(len(ids))
    if len(ids) > k:  # the k best and every tie with the k-th: the order a full stable sort gives
        candidates = np.flatnonzero(distance <= np.partition(distance, k - 1)[k - 1])
    best = candidates[np.argsort(distance[candidates], kind="stable")][:k]
    return [(ids[i], -float(distance[i])) for i in best]


class VectorMirror:
    """Copies of one store's vectors, per language, by document or by passage."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._epoch = 0  # moved by forget(): a load begun before it keeps nothing
        self._documents: dict[tuple[bool, str], tuple[list[str], np.ndarray]] = {}
        self._passages: dict[tuple[bool, str], np.ndarray] = {}
        # is_chinese -> every passage of that language, or None: more than MAX_LANGUAGE_VECTORS
        self._languages: dict[bool, tuple[list[str], np.ndarray] | None] = {}
        self._language_load = threading.Lock()  # one whole-language load at a time, not one per asker

    def forget(self) -> None:
        """Drop every copy; a load under way keeps nothing. Called before and after each write."""
        with self._lock:
            self._epoch += 1
            self._documents = {}
            self._passages = {}
            self._languages = {}

    def of_language(
        self, chinese: bool, count: Callable[[], int], load: Callable[[], Loaded]
    ) -> tuple[list[str], np.ndarray] | None:
        """Every stored passage of one language and its unit vector; None when `count` says
        there are more than MAX_LANGUAGE_VECTORS (Chroma searches those)."""
        languages = self._languages  # read once: forget() may swap it meanwhile
        if chinese in languages:
            return languages[chinese]
        with self._language_load:
            languages = self._languages
            if chinese in languages:  # another asker loaded it while this one waited
                return languages[chinese]
            epoch = self._epoch
            expected = count()
            if expected > MAX_LANGUAGE_VECTORS:
                held = None
            else:
                loaded = load()
                if len(loaded) > MAX_LANGUAGE_VECTORS:
                    return None  # grown past the limit while it was read: Chroma searches it
                unique = dict((cid, vector) for _, cid, vector in loaded)
                held = (list(unique), _unit(list(unique.values())))
                if len(unique) != expected or len(loaded) != expected:
                    # read in pages while another process wrote: right enough for this search,
                    # not to be kept
                    return held
            with self._lock:
                if epoch == self._epoch:
                    self._languages = {**self._languages, chinese: held}
            return held

    def of_documents(
        self, chinese: bool, docs: Iterable[str], load: Callable[[list[str]], Loaded]
    ) -> tuple[list[str], np.ndarray]:
        """Every stored passage of `docs` (one language's) and its unit vector; `load` reads
        the documents not held yet from the store."""
        wanted = sorted(set(docs))
        held = self._documents
        missing = [d for d in wanted if (chinese, d) not in held]
        if missing:
            epoch = self._epoch
            grouped: dict[str, tuple[list[str], list[list[float]]]] = {d: ([], []) for d in missing}
            for doc_id, chunk_id, vector in load(missing):
                if doc_id in grouped:
                    grouped[doc_id][0].append(chunk_id)
                    grouped[doc_id][1].append(vector)
            fresh = {(chinese, d): (ids, _unit(vectors)) for d, (ids, vectors) in grouped.items()}
            self._keep(epoch, fresh, {})
            held = {**held, **fresh}
        ids = [cid for d in wanted for cid in held[(chinese, d)][0]]
        rows = [held[(chinese, d)][1] for d in wanted if held[(chinese, d)][0]]
        return ids, (np.concatenate(rows) if rows else np.zeros((0, 0), dtype=np.float32))

    def of_passages(
        self, chinese: bool, chunk_ids: Iterable[str], load: Callable[[list[str]], Loaded]
    ) -> tuple[list[str], np.ndarray]:
        """The passages of `chunk_ids` the store holds (a vector lost to a crash is left out)
        and their unit vectors."""
        wanted = list(dict.fromkeys(chunk_ids))
        held = self._passages
        missing = [cid for cid in wanted if (chinese, cid) not in held]
        if missing:
            epoch = self._epoch
            loaded = load(missing)
            fresh = {}
            if loaded:
                rows = _unit([vector for _, _, vector in loaded])
                fresh = {(chinese, cid): rows[i] for i, (_, cid, _) in enumerate(loaded)}
            self._keep(epoch, {}, fresh)
            held = {**held, **fresh}
        ids = [cid for cid in wanted if (chinese, cid) in held]
        if not ids:
            return [], np.zeros((0, 0), dtype=np.float32)
        return ids, np.stack([held[(chinese, cid)] for cid in ids])

    def _keep(self, epoch: int, documents: dict, passages: dict) -> None:
        """Hold what was loaded unless something was written meanwhile. New dicts, never
        changed in place, so a search reading the old ones needs no lock."""
        loaded = sum(len(ids) for ids, _ in documents.values()) + len(passages)
        if loaded > MAX_VECTORS:
            return  # used for this search, held by none
        with self._lock:
            if epoch != self._epoch:
                return
            held = sum(len(ids) for ids, _ in self._documents.values()) + len(self._passages)
            if held + loaded > MAX_VECTORS:
                self._documents, self._passages = {}, {}
            self._documents = {**self._documents, **documents}
            self._passages = {**self._passages, **passages}
