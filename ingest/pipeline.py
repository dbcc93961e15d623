"""files -> documents -> chunks -> duties/deadlines -> KnowledgeBase.add_document.

Each file stands alone: a bad one is reported with its one-line error and the rest go on;
an unchanged one (same content hash) is skipped without embedding anything, and so is a copy
of a stored document found under another path (reported as a duplicate, never cited twice).
A link inside a folder is followed only to a file inside that folder.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunk import chunk_document
from ingest.deadlines import extract_deadlines
from ingest.document import build_document, content_hash, doc_id_for
from ingest.duties import extract_duties
from ingest.loaders import read_bytes
from kb.config import MAX_CHUNKS_PER_DOCUMENT
from kb.errors import CdokbError, FileError, StoreUnavailableError
from kb.knowledge_base import KnowledgeBase
from kb.text import printable
from kb.types import IngestReport, ProgressCallback


@dataclass
class Collected:
    files: list[tuple[Path, Path | None]] = field(default_factory=list)  # (file, folder it must stay in)
    folders: list[Path] = field(default_factory=list)  # whose vanished files count as removed
    refused: list[dict[str, str]] = field(default_factory=list)  # path, error (links leaving a folder)


def expand_paths(paths: Iterable[Path]) -> Collected:
    """The files to read. A folder is walked without following links out of it: a link named
    report.txt that points at /etc/passwd must not put the password file into answers."""
    collected = Collected()
    for path in paths:
        if path.is_dir():
            folder = path.resolve()
            collected.folders.append(folder)
            _walk(path, folder, collected)
        else:
            collected.files.append((path, None))  # named by the user: followed wherever it points
    return collected


def _walk(path: Path, folder: Path, collected: Collected) -> None:
    found: list[Path] = []
    for root, dirs, names in os.walk(path, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in dirs:
            link = here / name
            if link.is_symlink() and not _is_within(link.resolve(), folder):
                collected.refused.append(_link_refusal(link, "folder"))
            # a link to a folder inside is not walked twice: its files are met where they are
        for name in names:
            entry = here / name
            if _hidden(name):
                continue
            if entry.is_symlink() and not _is_within(entry.resolve(), folder):
                collected.refused.append(_link_refusal(entry, "file"))
            elif entry.is_file():  # not a pipe, socket or device: reading one would never end
                found.append(entry)
    collected.files.extend((entry, folder) for entry in sorted(found))


def _link_refusal(path: Path, kind: str) -> dict[str, str]:
    return {
        "path": str(path),
        "error": f"{printable(str(path))}: is a link to a {kind} outside the folder being ingested, "
        "not followed; copy what it points at into the folder if it belongs to the knowledge base",
    }


def _stored_through(kb: KnowledgeBase, refusal: dict[str, str]) -> dict[str, str]:
    """A link followed by an older version may have left its target stored: say how to remove it."""
    doc_id = kb.doc_id_for_source(str(Path(refusal["path"]).resolve()))
    if doc_id is None:
        return refusal
    return refusal | {"error": refusal["error"] + f" (stored earlier as {doc_id}: `cdokb remove {doc_id}`)"}


def ingest_paths(
    kb: KnowledgeBase, paths: Iterable[Path], progress: ProgressCallback | None = None
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    collected = expand_paths(paths)
    report.failed.extend(_stored_through(kb, refusal) for refusal in collected.refused)
    for path, folder in collected.files:
        if progress:
            progress("file", printable(str(path)))
        status, doc_id, error = ingest_file(kb, path, progress, within=folder)
        report.results.append({"path": str(path), "doc_id": doc_id, "status": status, "error": error})
        if status == "failed":
            report.failed.append({"path": str(path), "error": error})
        elif status == "duplicate":
            report.duplicates.append({"path": str(path), "doc_id": doc_id})
        else:
            setattr(report, status, getattr(report, status) + 1)
    report.removed = _remove_vanished(kb, collected.folders)
    kb.refresh()
    infos = kb.documents()
    report.documents = len(infos)
    report.chunks = sum(i.chunks for i in infos)
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def ingest_file(
    kb: KnowledgeBase, path: Path, progress: ProgressCallback | None = None, within: Path | None = None
) -> tuple[str, str, str]:
    """(status, doc_id, error) with status added / updated / unchanged / duplicate / failed;
    a duplicate's doc_id is the stored document with the same bytes. `within`: the folder the
    file was found in, which it must still be in when read (a link swapped in meanwhile is not)."""
    source = str(path.resolve()) if path.exists() else str(path)
    own = kb.doc_id_for_source(source)
    doc_id = own or _free_doc_id(kb, path, source)
    try:
        if within is not None and not _is_within(Path(source), within):
            raise FileError(
                path, "now leads outside the folder being ingested, not followed", "check the folder"
            )
        data = read_bytes(path)
        digest = content_hash(data)
        if kb.is_unchanged(doc_id, digest):
            if kb.source_of(doc_id) != source:
                kb.relocate(doc_id, source)
            return "unchanged", doc_id, ""
        if own is None:  # a path not stored before may be a copy, or the new place, of a stored file
            twin = _twin(kb, digest)
            if twin is not None:
                twin_id, twin_alive = twin
                if twin_alive:
                    return "duplicate", twin_id, ""
                kb.relocate(twin_id, source)  # the stored copy's file was renamed or moved here
                return "unchanged", twin_id, ""

        def on_pages(done: int, total: int) -> None:
            if progress and total > 1:
                progress("pages", f"{done}/{total}")

        doc = build_document(path, doc_id=doc_id, data=data, progress=on_pages)
        doc.source = source
        chunks = chunk_document(doc)
        if len(chunks) > MAX_CHUNKS_PER_DOCUMENT:
            raise FileError(
                path,
                f"splits into {len(chunks):,} passages, over the {MAX_CHUNKS_PER_DOCUMENT:,}-passage limit "
                "of one document",
                "split it into one file per document",
            )
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
        return "failed", doc_id, str(FileError(path, "too large to process in memory", "split the file"))
    except Exception as exc:  # a bug must not cost the user the rest of the batch
        detail = " ".join(str(exc).split())[:160]
        problem = f"could not be processed ({type(exc).__name__}: {detail})"
        return "failed", doc_id, str(FileError(path, problem, "report this file"))


def _twin(kb: KnowledgeBase, digest: str) -> tuple[str, bool] | None:
    """(doc_id, whether its file still holds these bytes) of the stored document read from the
    same bytes, if any. A twin whose file has since changed is not this file's copy."""
    twin = kb.doc_id_for_content(digest)
    if twin is None:
        return None
    twin_source = Path(kb.source_of(twin) or "")
    if not twin_source.is_absolute() or not twin_source.is_file():
        return twin, False
    try:
        alive = content_hash(read_bytes(twin_source)) == digest
    except FileError:
        alive = False
    return (twin, True) if alive else None


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


def _hidden(name: str) -> bool:
    """Dot files (.DS_Store, .git, an upload's temporary copy) are not documents; a name that
    merely starts with ".." (a Windows path pasted into a name, ..\\..\\x.txt) is."""
    return name.startswith(".") and not name.startswith("..")
