"""files -> documents -> chunks -> duties/deadlines -> KnowledgeBase.add_document.

Each file stands alone: a bad one is reported with its one-line error and the rest go on;
an unchanged one (same content hash) is skipped without embedding anything.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.chunk import chunk_document
from ingest.deadlines import extract_deadlines
from ingest.document import build_document, content_hash, doc_id_for
from ingest.duties import extract_duties
from ingest.loaders import read_bytes
from kb.errors import CdokbError, StoreUnavailableError
from kb.knowledge_base import KnowledgeBase


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
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


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to read, and the folders given (whose vanished files count as removed)."""
    files: list[Path] = []
    folders: list[Path] = []
    for path in paths:
        if path.is_dir():
            folders.append(path.resolve())
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and not _hidden(p, path))
        else:
            files.append(path)
    return files, folders


def ingest_paths(
    kb: KnowledgeBase, paths: Iterable[Path], progress: ProgressCallback | None = None
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    files, folders = expand_paths(paths)
    for path in files:
        if progress:
            progress("file", str(path))
        status, doc_id, error = ingest_file(kb, path, progress)
        report.results.append({"path": str(path), "doc_id": doc_id, "status": status, "error": error})
        if status == "failed":
            report.failed.append({"path": str(path), "error": error})
        else:
            setattr(report, status, getattr(report, status) + 1)
    report.removed = _remove_vanished(kb, folders)
    kb.refresh()
    infos = kb.documents()
    report.documents = len(infos)
    report.chunks = sum(i.chunks for i in infos)
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def ingest_file(
    kb: KnowledgeBase, path: Path, progress: ProgressCallback | None = None
) -> tuple[str, str, str]:
    """(status, doc_id, error) with status added / updated / unchanged / failed."""
    source = str(path.resolve()) if path.exists() else str(path)
    doc_id = kb.doc_id_for_source(source) or _free_doc_id(kb, path, source)
    try:
        data = read_bytes(path)
        if kb.is_unchanged(doc_id, content_hash(data)):
            if kb.source_of(doc_id) != source:
                kb.relocate(doc_id, source)
            return "unchanged", doc_id, ""

        def on_pages(done: int, total: int) -> None:
            if progress and total > 1:
                progress("pages", f"{done}/{total}")

        doc = build_document(path, doc_id=doc_id, data=data, progress=on_pages)
        doc.source = source
        chunks = chunk_document(doc)
        duties = extract_duties(doc, chunks)
        deadlines = extract_deadlines(doc, chunks)

        def on_chunks(done: int, total: int) -> None:
            if progress:
                progress("chunks", f"{done}/{total}")

        status = kb.add_document(doc, chunks, duties, deadlines, progress=on_chunks)
        return status, doc.doc_id, ""
    except StoreUnavailableError:
        raise  # the store is down: no later file would fare better
    except CdokbError as exc:
        return "failed", doc_id, str(exc)
    except MemoryError:
        return "failed", doc_id, f"{path}: too large to process in memory; split the file into smaller parts"
    except Exception as exc:  # a bug must not cost the user the rest of the batch
        detail = " ".join(str(exc).split())[:160]
        return (
            "failed",
            doc_id,
            f"{path}: could not be processed ({type(exc).__name__}: {detail}); report this file",
        )


def _free_doc_id(kb: KnowledgeBase, path: Path, source: str) -> str:
    """The file's own id, unless another file that still exists holds it (a moved file keeps
    its id, so moving the corpus folder creates no duplicates)."""
    doc_id = doc_id_for(path)
    holder = kb.source_of(doc_id)
    if holder is None or not Path(holder).exists():
        return doc_id
    suffix = hashlib.sha1(source.encode("utf-8")).hexdigest()[:6]
    return f"{doc_id}-{suffix}"


def _remove_vanished(kb: KnowledgeBase, folders: list[Path]) -> int:
    removed = 0
    for info in kb.documents():
        source = Path(info.source)
        inside = any(_is_within(source, folder) for folder in folders)
        if inside and not source.exists():
            kb.remove(info.doc_id)
            removed += 1
    return removed


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
