"""Vectors in Chroma: embedded under the data dir, or a `chroma run` server when a URL is set.

Chinese and English passages live in two collections (NAME-zh, NAME-en). Retrieval asks each
language separately (the embedder prefers the question's own language), and a Chroma query
restricted by a metadata filter costs about twenty times an unfiltered one at 100k chunks;
two collections make both questions unfiltered.
"""

from __future__ import annotations

import functools
import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

import numpy as np

from kb.errors import CdokbError, EmbedderMismatchError, StoreUnavailableError
from kb.mirror import MAX_DOCUMENTS, MAX_LANGUAGE_VECTORS, Loaded, VectorMirror, nearest

T = TypeVar("T")

FILTER_KEYS = ("doc", "region", "level", "language", "year")  # the filters the facade accepts
# Candidates HNSW examines per query. At 100 the same query, in a new process, missed its 29th
# nearest passage one time in three (of 40 asked, shipped corpus, about 500 passages per
# language), so the same question got another answer after a restart; at 400, six of six
# processes returned the exact 40.
EF_SEARCH = 400
# Passages read per Chroma get, so that listing or copying a large store stays a bounded read.
PAGE = 5000


def _translated(method: Callable[..., T]) -> Callable[..., T]:
    """Chroma and HTTP failures become one-line StoreUnavailableErrors naming the fix."""

    @functools.wraps(method)
    def wrapper(self: VectorStore, *args: object, **kwargs: object) -> T:
        try:
            return method(self, *args, **kwargs)
        except CdokbError:
            raise
        except Exception as exc:
            raise StoreUnavailableError(
                f"Chroma at {self.location} failed ({type(exc).__name__}: {str(exc)[:160]}); "
                "check that the server is up, then run `cdokb check --repair`"
            ) from exc

    return wrapper


class VectorStore:
    def __init__(
        self, data_dir: Path, embedder_name: str, url: str = "", collection: str = "cdokb", owner: str = ""
    ) -> None:
        self._url = url
        self._names = (collection, embedder_name, owner)
        self.location = url or str(data_dir / "chroma")
        # Writes and reopening take turns, so no write lands on handles about to be dropped;
        # `_opened` counts reopenings, so threads that failed together reopen once.
        self._lock = threading.RLock()
        self._opened = 0
        self._mirror = VectorMirror()
        self._open()

    def _open(self) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        collection, embedder_name, owner = self._names
        url = self._url
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if url:
                parsed = urlparse(url if "://" in url else f"http://{url}")
                # The configured server is the one place the app talks to: never via a proxy.
                no_proxy = [p for p in os.environ.get("NO_PROXY", "").split(",") if p]
                os.environ["NO_PROXY"] = ",".join([*no_proxy, parsed.hostname or "127.0.0.1"])
                self._client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=settings,
                )
            else:
                self._client = chromadb.PersistentClient(path=self.location, settings=settings)
            self._collections = {
                chinese: self._client.get_or_create_collection(
                    f"{collection}-{'zh' if chinese else 'en'}",
                    configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
                    metadata={"embedder": embedder_name, "owner": owner},
                    embedding_function=None,
                )
                for chinese in (True, False)
            }
            for chinese, chroma_collection in list(self._collections.items()):
                hnsw = (chroma_collection.configuration_json or {}).get("hnsw") or {}
                if hnsw.get("ef_search", EF_SEARCH) < EF_SEARCH:  # a store made before the change
                    chroma_collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
                    self._collections[chinese] = self._client.get_collection(
                        chroma_collection.name, embedding_function=None
                    )
            states = [(dict(c.metadata or {}), c.count() == 0, c) for c in self._collections.values()]
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot open Chroma at {self.location} ({type(exc).__name__}: {exc}); "
                "check that `chroma run` is up at that URL, or drop --chroma-url to use the embedded store"
            ) from exc
        for metadata, empty, chroma_collection in states:
            if metadata.get("owner") not in ("", None, owner) and not empty:
                raise StoreUnavailableError(
                    f"the Chroma collection {chroma_collection.name!r} at {self.location} belongs to another "
                    "knowledge base; give this one its own with --collection NAME (or CDOKB_COLLECTION)"
                )
            if metadata.get("embedder") not in (None, embedder_name) and not empty:
                raise EmbedderMismatchError(str(metadata["embedder"]), embedder_name, self.location)
            if metadata.get("owner") != owner or metadata.get("embedder") != embedder_name:
                chroma_collection.modify(metadata={"embedder": embedder_name, "owner": owner})

    def reopen(self, seen: int | None = None) -> None:
        """See what another process wrote. An embedded Chroma keeps its vector index in memory
        and never rereads it (its queries then fail with "Error finding id"), so the process-wide
        client of this folder is dropped and opened afresh. A Chroma server sees every write:
        nothing to do. `seen`: the count of reopenings the caller knew; if another thread has
        reopened since, that is enough."""
        if self._url:
            return
        from chromadb.api.shared_system_client import SharedSystemClient

        with self._lock:
            if seen is not None and seen != self._opened:
                return
            # Dropped, not stopped: a search still running on the old handles finishes on them.
            # The old client and its system refer to each other, so only the cycle collector
            # frees the old index.
            SharedSystemClient._identifier_to_system.pop(self.location, None)
            self._open()
            self._opened += 1
            self._mirror.forget()
        gc.collect()

    def forget_copies(self) -> None:
        """Drop the vectors held in memory (kb.mirror): the catalog generation moved, here or in
        another process."""
        self._mirror.forget()

    @_translated
    def count(self) -> int:
        return sum(c.count() for c in self._collections.values())

    @_translated
    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict], chinese: bool) -> None:
        """Store one document's vectors in its language's collection."""
        with self._lock:
            target, other = self._collections[chinese], self._collections[not chinese]
            self._mirror.forget()
            other.delete(ids=ids)  # a document whose language changed leaves nothing behind
            for start in range(0, len(ids), 1000):
                end = start + 1000
                target.upsert(
                    ids=ids[start:end], embeddings=vectors[start:end], metadatas=metadatas[start:end]
                )
            self._mirror.forget()  # and after: a search during the write may have copied old vectors

    @_translated
    def delete(self, ids: list[str]) -> None:
        with self._lock:
            self._mirror.forget()
            for chroma_collection in self._collections.values():
                for start in range(0, len(ids), 1000):
                    chroma_collection.delete(ids=ids[start : start + 1000])
            self._mirror.forget()

    @_translated
    def ids_of(self, doc_id: str) -> list[str]:
        return [
            cid
            for c in self._collections.values()
            for cid in c.get(where={"doc_id": doc_id}, include=[])["ids"]
        ]

    @_translated
    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        for chroma_collection in self._collections.values():
            offset = 0
            while True:
                page = chroma_collection.get(include=[], limit=PAGE, offset=offset)["ids"]
                ids.update(page)
                if len(page) < PAGE:
                    break
                offset += len(page)
        return ids

    def query(
        self,
        vector: np.ndarray,
        k: int,
        chinese: bool,
        filters: dict[str, list[str]] | None = None,
        among: list[str] | None = None,
    ) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first, among the passages of one language (and,
        with `among`, only those chunk ids of it, where `filters` are not read)."""
        seen = self._opened
        try:
            return self._query(vector, k, chinese, filters, among)
        except StoreUnavailableError:
            if self._url:
                raise
            # Another process may have written while this one searched (a CLI ingest beside
            # `cdokb serve`): look again with fresh handles before calling the store down.
            self.reopen(seen)
            return self._query(vector, k, chinese, filters, among)

    @_translated
    def _query(
        self,
        vector: np.ndarray,
        k: int,
        chinese: bool,
        filters: dict[str, list[str]] | None,
        among: list[str] | None,
    ) -> list[tuple[str, float]]:
        if among is not None:
            # Scored exactly from held copies: Chroma's search held to a few ids misses them
            # now and then (one passage among 41 near-duplicates came back in about three fresh
            # stores of four).
            ids, rows = self._mirror.of_passages(
                chinese, among, lambda missing: self._load(chinese, ids=missing)
            )
            return nearest(vector, ids, rows, k)
        docs = (filters or {}).get("doc_id")
        if docs and set(filters or {}) == {"doc_id"} and len(docs) <= MAX_DOCUMENTS:
            ids, rows = self._mirror.of_documents(
                chinese, docs, lambda missing: self._load(chinese, docs=missing)
            )
            return nearest(vector, ids, rows, k)
        if k <= 0:
            return []
        if chroma_where(filters) is None:
            whole = self._mirror.of_language(
                chinese, self._collections[chinese].count, lambda: self._load_all(chinese)
            )
            if whole is not None:
                return nearest(vector, *whole, k)
        # No count() first: Chroma 1.x returns what there is when asked for more, and the count
        # cost as much as the query itself (bench/RESULTS.md, 2026-12-01).
        result = self._collections[chinese].query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=k,
            where=chroma_where(filters),
            include=["distances"],
        )
        return [
            (cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]

    def _load_all(self, chinese: bool) -> Loaded:
        """The stored vectors of every passage of one language, read in pages (no document ids:
        a whole-language copy does not need them)."""
        loaded: Loaded = []
        while True:
            got = self._collections[chinese].get(include=["embeddings"], limit=PAGE, offset=len(loaded))
            loaded += [("", cid, vector) for cid, vector in zip(got["ids"], got["embeddings"], strict=True)]
            if len(got["ids"]) < PAGE or len(loaded) > MAX_LANGUAGE_VECTORS:
                return loaded

    def _load(self, chinese: bool, ids: list[str] | None = None, docs: list[str] | None = None) -> Loaded:
        """The stored vectors of some passages, or of every passage of some documents."""
        got = self._collections[chinese].get(
            ids=ids,
            where=chroma_where({"doc_id": docs}) if docs else None,
            include=["embeddings", "metadatas"],
        )
        return [
            (str((metadata or {}).get("doc_id", "")), cid, vector)
            for cid, metadata, vector in zip(got["ids"], got["metadatas"], got["embeddings"], strict=True)
        ]


def chroma_where(filters: dict[str, list[str]] | None) -> dict | None:
    clauses = [{key: {"$in": list(values)}} for key, values in (filters or {}).items() if values]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
