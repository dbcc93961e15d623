"""The system of record: documents, chunks, duties, deadlines and the embedding cache in SQLite.

Chroma and the keyword index are derived from it. A document is written here in one
transaction, so a kill leaves either the old version or the new one, never half of each;
`state` says whether its vectors have reached Chroma yet ('pending' until they have; the
knowledge base mends pending documents when it opens).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

import numpy as np

from kb.types import Chunk, Deadline, Document, Duty, PageSpan

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, title TEXT, issuer TEXT, date TEXT, doc_number TEXT, language TEXT,
    region TEXT, level TEXT, source TEXT, content_hash TEXT, text TEXT, pages TEXT, extra TEXT,
    state TEXT NOT NULL, seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, end_ INTEGER NOT NULL, section TEXT, page TEXT, hash TEXT NOT NULL,
    tokens TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks (doc_id, idx);
CREATE TABLE IF NOT EXISTS duties (doc_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS duties_doc ON duties (doc_id);
CREATE TABLE IF NOT EXISTS deadlines (doc_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS deadlines_doc ON deadlines (doc_id);
CREATE TABLE IF NOT EXISTS embeddings (
    embedder TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (embedder, hash)
);
"""

TOKEN_SEP = "\x1f"
# Parameters one statement may bind: SQLite builds before 3.32 allow 999.
SQL_VARIABLES = 999
DOC_FIELDS = (
    "title",
    "issuer",
    "date",
    "doc_number",
    "language",
    "region",
    "level",
    "source",
    "content_hash",
)


class Catalog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- meta -----------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        """Bumped by every change to the chunks; derived indexes compare against it."""
        return int(self.get_meta("generation") or 0)

    # -- documents ------------------------------------------------------------------------
    def replace_document(
        self,
        doc: Document,
        chunks: list[Chunk],
        tokens: list[list[str]],
        duties: list[Duty],
        deadlines: list[Deadline],
    ) -> None:
        """Swap in a document and everything derived from it, in one transaction."""
        with self._lock, self._transaction():
            self._delete_rows(doc.doc_id)
            seq = int(self._db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0])
            self._db.execute(
                "INSERT INTO documents (doc_id, title, issuer, date, doc_number, language, region, level,"
                " source, content_hash, text, pages, extra, state, seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                (
                    doc.doc_id,
                    *(getattr(doc, name) for name in DOC_FIELDS),
                    doc.text,
                    json.dumps([asdict(p) for p in doc.pages]),
                    json.dumps(doc.extra, ensure_ascii=False),
                    seq,
                ),
            )
            self._db.executemany(
                "INSERT INTO chunks (chunk_id, doc_id, idx, text, start, end_, section, page, hash, tokens)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.chunk_id,
                        c.doc_id,
                        c.index,
                        c.text,
                        c.start,
                        c.end,
                        c.section,
                        c.page,
                        c.hash,
                        TOKEN_SEP.join(t),
                    )
                    for c, t in zip(chunks, tokens, strict=True)
                ],
            )
            self._db.executemany(
                "INSERT INTO duties (doc_id, body) VALUES (?, ?)",
                [(doc.doc_id, json.dumps(asdict(d), ensure_ascii=False)) for d in duties],
            )
            self._db.executemany(
                "INSERT INTO deadlines (doc_id, body) VALUES (?, ?)",
                [(doc.doc_id, json.dumps(asdict(d), ensure_ascii=False)) for d in deadlines],
            )
            self.bump_generation()

    def mark_stored(self, doc_id: str) -> None:
        with self._lock:
            self._db.execute("UPDATE documents SET state = 'ok' WHERE doc_id = ?", (doc_id,))

    def delete_document(self, doc_id: str) -> None:
        with self._lock, self._transaction():
            self._delete_rows(doc_id)
            self.bump_generation()

    def _delete_rows(self, doc_id: str) -> None:
        for table in ("documents", "chunks", "duties", "deadlines"):
            self._db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def bump_generation(self) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key)"
                " DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )

    def content_hash(self, doc_id: str) -> str | None:
        row = self._query_one("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,))
        return row[0] if row else None

    def source_of(self, doc_id: str) -> str | None:
        row = self._query_one("SELECT source FROM documents WHERE doc_id = ?", (doc_id,))
        return row[0] if row else None

    def set_source(self, doc_id: str, source: str) -> None:
        with self._lock:
            self._db.execute("UPDATE documents SET source = ? WHERE doc_id = ?", (source, doc_id))

    def doc_id_for_source(self, source: str) -> str | None:
        row = self._query_one("SELECT doc_id FROM documents WHERE source = ?", (source,))
        return row[0] if row else None

    def doc_id_for_content(self, content_hash: str) -> str | None:
        row = self._query_one(
            "SELECT doc_id FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1", (content_hash,)
        )
        return row[0] if row else None

    def pending_documents(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT doc_id FROM documents WHERE state != 'ok'")]

    def documents(self, with_text: bool = False) -> list[Document]:
        with self._lock:
            rows = self._db.execute(
                "SELECT doc_id, title, issuer, date, doc_number, language, region, level, source, content_hash,"
                f" {'text' if with_text else 'NULL'}, pages, extra FROM documents ORDER BY seq"
            ).fetchall()
        return [_row_to_document(row) for row in rows]

    def document(self, doc_id: str) -> Document | None:
        row = self._query_one(
            "SELECT doc_id, title, issuer, date, doc_number, language, region, level, source, content_hash,"
            " text, pages, extra FROM documents WHERE doc_id = ?",
            (doc_id,),
        )
        return _row_to_document(row) if row else None

    def endings(self, chars: int) -> dict[str, str]:
        """The last `chars` characters of each document's text: enough to see a copy that stops
        mid-sentence (kb.sources.is_complete) without reading every text."""
        with self._lock:
            return dict(
                self._db.execute("SELECT doc_id, substr(text, ?) FROM documents", (-chars,)).fetchall()
            )

    def chunk_counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._db.execute("SELECT doc_id, COUNT(*) FROM chunks GROUP BY doc_id").fetchall())

    # -- chunks ---------------------------------------------------------------------------
    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, Chunk]:
        ids = list(chunk_ids)
        rows = []
        for start in range(0, len(ids), SQL_VARIABLES):  # a how-many question may read thousands
            batch = ids[start : start + SQL_VARIABLES]
            marks = ",".join("?" * len(batch))
            with self._lock:
                rows += self._db.execute(
                    f"SELECT doc_id, idx, text, start, end_, section, page FROM chunks WHERE chunk_id IN ({marks})",
                    batch,
                ).fetchall()
        found = [Chunk(*row) for row in rows]
        return {c.chunk_id: c for c in found}

    def chunk_tokens(self, chunk_ids: Iterable[str]) -> dict[str, set[str]]:
        """The keyword tokens stored with each chunk, so reranking need not tokenize again."""
        ids = list(chunk_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._db.execute(f"SELECT chunk_id, tokens FROM chunks WHERE chunk_id IN ({marks})", ids)
            return {cid: set(tokens.split(TOKEN_SEP)) if tokens else set() for cid, tokens in rows}

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                "SELECT doc_id, idx, text, start, end_, section, page FROM chunks WHERE doc_id = ? ORDER BY idx",
                (doc_id,),
            ).fetchall()
        return [Chunk(*row) for row in rows]

    def chunk_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT chunk_id FROM chunks")}

    def iter_tokens(self) -> Iterator[tuple[str, str, list[str]]]:
        """(chunk_id, doc_id, tokens) for every chunk, in a stable order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT chunk_id, doc_id, tokens FROM chunks ORDER BY doc_id, idx"
            ).fetchall()
        for chunk_id, doc_id, tokens in rows:
            yield chunk_id, doc_id, tokens.split(TOKEN_SEP) if tokens else []

    def count_chunks(self) -> int:
        row = self._query_one("SELECT COUNT(*) FROM chunks", ())
        return int(row[0]) if row else 0

    # -- duties and deadlines -------------------------------------------------------------
    def duties(self) -> list[Duty]:
        with self._lock:
            rows = self._db.execute("SELECT body FROM duties ORDER BY rowid").fetchall()
        return [Duty(**json.loads(r[0])) for r in rows]

    def deadlines(self) -> list[Deadline]:
        with self._lock:
            rows = self._db.execute("SELECT body FROM deadlines ORDER BY rowid").fetchall()
        return [Deadline(**json.loads(r[0])) for r in rows]

    # -- embedding cache ------------------------------------------------------------------
    def cached_vectors(self, embedder: str, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(hashes), 500):
                part = hashes[start : start + 500]
                marks = ",".join("?" * len(part))
                for h, blob in self._db.execute(
                    f"SELECT hash, vector FROM embeddings WHERE embedder = ? AND hash IN ({marks})",
                    [embedder, *part],
                ):
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def cache_vectors(self, embedder: str, vectors: dict[str, np.ndarray]) -> None:
        with self._lock, self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (embedder, hash, vector) VALUES (?, ?, ?)",
                [(embedder, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )

    # -- helpers --------------------------------------------------------------------------
    def _query_one(self, sql: str, params: tuple) -> tuple | None:
        with self._lock:
            return self._db.execute(sql, params).fetchone()

    def _transaction(self):
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def _row_to_document(row: tuple) -> Document:
    (
        doc_id,
        title,
        issuer,
        date,
        doc_number,
        language,
        region,
        level,
        source,
        content_hash,
        text,
        pages,
        extra,
    ) = row
    return Document(
        doc_id=doc_id,
        title=title or "",
        text=text or "",
        issuer=issuer or "",
        date=date or "",
        doc_number=doc_number or "",
        language=language or "",
        region=region or "",
        level=level or "",
        source=source or "",
        content_hash=content_hash or "",
        pages=[PageSpan(**p) for p in json.loads(pages or "[]")],
        extra=json.loads(extra or "{}"),
    )
