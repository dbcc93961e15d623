"""The records that flow through cdokb: files -> Document -> Chunk -> Hit -> Answer.

Plain dataclasses so every layer (ingest, kb, ui) speaks the same small vocabulary and the
CLI can turn any of them into JSON with `dataclasses.asdict`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


def text_hash(text: str) -> str:
    """Stable short hash used for content-addressed caching (files, chunks, embeddings)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class PageSpan:
    """A page of the source: cleaned-text offsets [start, end) and its printed label."""

    start: int
    end: int
    label: str


@dataclass
class DocumentMeta:
    """What a policy document says about itself, or what was inferred from its text: "" when
    unknown, never guessed. The one metadata type of ingest, the store and the library list."""

    doc_id: str = ""
    title: str = ""
    issuer: str = ""
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
    doc_number: str = ""  # 文号, e.g. 海府办函〔2023〕5号
    language: str = ""  # zh-Hans, zh-Hant or en
    region: str = ""  # e.g. 海丰县, 广东省, United States
    # 国家/省/市/县/区/镇/街道/部门/企业/医院/高校/事业单位, or "US federal", state, county, city, national
    level: str = ""
    source: str = ""  # where the file came from (path or URL)
    extra: dict[str, str] = field(default_factory=dict)  # complete, note, ocr, format …

    @property
    def year(self) -> str:
        return self.date[:4] if self.date[:4].isdigit() else ""


@dataclass
class Document(DocumentMeta):
    """One source file after loading and cleaning. `text` is the cleaned display text, as
    written (traditional stays traditional); chunk offsets point into it."""

    text: str = ""
    content_hash: str = ""  # hash of the raw file bytes: unchanged files are skipped
    pages: list[PageSpan] = field(default_factory=list)


@dataclass
class DocumentInfo(DocumentMeta):
    """A stored document as the library lists it."""

    chunks: int = 0
    complete: bool = True  # False when the stored copy stops early (kb.sources.is_complete)
    official: bool = False  # issued by a public body, not reported by the press


@dataclass
class Chunk:
    """A passage cut along the document's own structure.

    Invariant: `document.text[start:end] == text`.
    """

    doc_id: str
    index: int
    text: str
    start: int
    end: int
    section: str = ""  # e.g. "三、工作任务 > (二)明确首席数据官职责任务 > 2.统筹数据融合创新应用"
    page: str | None = None  # printed page label, None for sources without pages

    @property
    def chunk_id(self) -> str:
        return f"{self.doc_id}#{self.index}"

    @property
    def hash(self) -> str:
        return text_hash(f"{self.section}\n{self.text}")


@dataclass
class Hit:
    """A retrieved chunk with the scores that ranked it."""

    chunk: Chunk
    score: float  # fused score, higher is better
    dense_score: float | None = None  # cosine similarity, when the dense side found it
    keyword_score: float | None = None  # BM25, when the keyword side found it
    coverage: float = 0.0  # share of the question's weighted words the passage holds (kb.relevance)
    matched: frozenset[str] = frozenset()  # the question's content words it holds (or their translation)


@dataclass
class Citation:
    """Where an answer sentence comes from; every field a user needs to find the clause."""

    n: int
    doc_id: str
    title: str
    issuer: str
    date: str
    doc_number: str
    section: str
    text: str  # the exact quoted passage, from the stored chunk
    score: float
    page: str | None = None
    chunk_id: str = ""
    text_original: str = ""  # the passage in its own script, when `text` was shown simplified
    complete: bool = True  # False when the stored copy of the document stops early
    closest: bool = False  # shown with a "not found" as the closest clause, not as an answer


@dataclass
class Answer:
    question: str
    answer: str
    no_answer: bool
    citations: list[Citation] = field(default_factory=list)
    ms: float = 0.0


@dataclass
class Duty:
    """One duty a role is given, with the clause that gives it."""

    role: str  # canonical role, e.g. 首席数据官, 首席数据执行官, Chief Data Officer
    level: str  # 省/市/县/区/镇/部门/街道/企业, "agency", "" when the text does not say
    holder: str  # who holds the role (由…兼任), "" when not stated
    duty: str  # the duty, as a short phrase from the text
    text: str  # the verbatim clause
    doc_id: str
    title: str
    section: str


@dataclass
class Deadline:
    """A time-bound obligation with a normalised due date."""

    who: str
    what: str
    due: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when unresolved
    recurrence: str | None  # RFC 5545 RRULE, e.g. FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28
    relative_to: str | None  # the anchor of a relative deadline (印发之日, date of enactment)
    text: str  # the verbatim clause
    doc_id: str
    title: str
    section: str
    flag: str | None = None  # why the date is uncertain (ambiguous, unresolved anchor, …)


@dataclass
class IngestReport:
    """What one ingest run did, file by file (`ingest --json` prints it without `results`)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)  # path, doc_id of the stored copy
    documents: int = 0
    chunks: int = 0
    seconds: float = 0.0
    results: list[dict[str, str]] = field(default_factory=list)  # per file: path, doc_id, status, error

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("results")
        return data


# (event, detail): ("file", path) when a file starts, ("pages", "done/total") while a paged file is
# read (OCR can take seconds a page), ("chunks", "done/total") while embedding.
ProgressCallback = Callable[[str, str], None]
