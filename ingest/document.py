"""One file -> one `kb.types.Document`: load, clean each page, infer metadata.

Deterministic: the same bytes give the same Document, so unchanged files can be skipped by
`content_hash` (sha256 of the raw bytes, truncated like `kb.types.text_hash`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from ingest.clean import clean
from ingest.formats.layout import join_gap
from ingest.loaders import PageProgress, load_data, read_bytes
from ingest.metadata import infer_metadata
from kb.errors import FileError
from kb.types import Document, PageSpan

_PAGED_FORMATS = frozenset({"pdf", "ofd"})
_STRUCTURED_FORMATS = frozenset({"html", "docx"})  # their lines are paragraphs and items, not a print's


def doc_id_for(path: Path) -> str:
    """A stable id from the file stem: the lower-cased stem with characters outside
    [a-z0-9._-] turned into "-" when the stem is ASCII, else "doc-" + 10 hex of sha1(stem)."""
    stem = unicodedata.normalize("NFC", Path(path).stem)
    if stem.isascii():
        slug = re.sub(r"[^a-z0-9._-]+", "-", stem.lower())
        slug = re.sub(r"-{2,}", "-", slug).strip("-._")
        if slug:
            return slug
    return "doc-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]


# Bump when cleaning, chunking or extraction change what a file turns into: every file is then
# processed again on the next ingest instead of being skipped as unchanged.
PIPELINE_VERSION = "65"


def content_hash(data: bytes) -> str:
    """Identity of a file's bytes (and of the pipeline that read them): an unchanged file is
    skipped before any parsing."""
    return hashlib.sha256(PIPELINE_VERSION.encode() + b"\0" + data).hexdigest()[:32]


def build_document(
    path: Path, doc_id: str | None = None, data: bytes | None = None, progress: PageProgress | None = None
) -> Document:
    """Read, clean and describe one file; raises FileError when nothing usable is in it."""
    path = Path(path)
    data = read_bytes(path) if data is None else data
    extracted = load_data(path, data, progress)
    paged = extracted.format in _PAGED_FORMATS or any(p.label is not None for p in extracted.pages)

    continued = set(extracted.continued)  # pages that go on with the one before (the reader says)
    parts: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    for number, page in enumerate(extracted.pages, start=1):
        text = clean(page.text, structural_lines=extracted.format in _STRUCTURED_FORMATS)
        if not text:
            continue
        label = page.label or str(number)
        if parts:
            # "…价值转" + "化。" is one sentence over a page break; other pages start a paragraph
            joiner = join_gap(parts[-1], text) if number - 1 in continued else "\n"
            parts.append(joiner)
            offset += len(joiner)
        parts.append(text)
        if paged:
            spans.append(PageSpan(offset, offset + len(text), label))
        offset += len(text)
    text = "".join(parts)
    if not text.strip():
        raise FileError(
            path,
            "no text left after cleaning",
            "check that the file holds the document's text (a scanned PDF needs OCR) and not only page furniture",
        )

    raw_text = "\n".join(p.text for p in extracted.pages)
    meta = infer_metadata(extracted.front_matter, raw_text, text, path, extracted.running_heads)
    extra = {"format": extracted.format, **extracted.extra, **meta.extra}
    if meta.source:
        extra["origin"] = meta.source
    return Document(
        doc_id=doc_id or doc_id_for(path),
        title=meta.title,
        text=text,
        issuer=meta.issuer,
        date=meta.date,
        doc_number=meta.doc_number,
        language=meta.language,
        region=meta.region,
        level=meta.level,
        source=str(path),
        content_hash=content_hash(data),
        pages=spans,
        extra={str(k): str(v) for k, v in extra.items()},
    )
