"""The records that flow through cdokb: files -> Document -> Chunk -> Hit -> Answer.

Plain dataclasses so every layer (ingest, kb, ui) speaks the same small vocabulary and the
CLI can turn any of them into JSON with `dataclasses.asdict`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


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
class Document:
    """One source file after loading and cleaning.

    `text` is the cleaned display text, as written (traditional stays traditional); chunk
    offsets point into it. Metadata fields are "" when unknown, never guessed.
    """

    doc_id: str
    title: str
    text: str
    issuer: str = ""
    date: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
    doc_number: str = ""  # 文号, e.g. 海府办函〔2023〕5号
    language: str = ""  # zh-Hans, zh-Hant or en
    region: str = ""  # e.g. 海丰县, 广东省, United States
    level: str = ""  # 国家/省/市/县/区/镇/部门/企业 or "US federal"
    source: str = ""  # where the file came from (path or URL)
    content_hash: str = ""  # hash of the raw file bytes: unchanged files are skipped
    pages: list[PageSpan] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # complete, note, ocr, format …

    @property
    def year(self) -> str:
        return self.date[:4] if self.date[:4].isdigit() else ""


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
