"""Where an uploaded file is kept: data_dir/uploads/, under a sanitised name that never leaves
the folder.

Two agencies' 通知.pdf are different documents: a name that is taken by different bytes gets
the content's short hash (通知-1a2b3c.pdf) instead of replacing the other file. The same bytes
again reuse the file they are already in, so a re-upload is "unchanged", not a duplicate.
"""

from __future__ import annotations

import filecmp
import hashlib
import os
import tempfile
from pathlib import Path

from ingest.pipeline import ingest_file
from kb.errors import FileError
from kb.filenames import safe_name
from kb.knowledge_base import KnowledgeBase
from kb.types import ProgressCallback


def candidate_names(name: str, digest: str) -> list[str]:
    """The names tried in order: the sanitised name, then stem-<6 hex>.ext, then longer hashes
    (only reached if someone uploaded a file literally named like the hashed one)."""
    base = safe_name(name)
    stem, ext = Path(base).stem, Path(base).suffix
    return [base] + [f"{stem}-{digest[:n]}{ext}" for n in (6, 12, 64)]


def ingest_upload(
    kb: KnowledgeBase, src: Path, uploads: Path, progress: ProgressCallback | None = None
) -> tuple[str, str, str]:
    """Save one uploaded file and ingest it: (status, doc_id, error) as `ingest_file`. A file
    that is refused, or that repeats a stored document, leaves nothing behind in uploads/."""
    target, created = save_upload(Path(src), uploads)
    status = "failed"
    try:
        status, doc_id, error = ingest_file(kb, target, progress)
    finally:
        if created and status in ("failed", "duplicate"):
            target.unlink(missing_ok=True)
    return status, doc_id, error


def save_upload(src: Path, uploads: Path, name: str | None = None) -> tuple[Path, bool]:
    """Copy src into uploads/: (where its bytes lie, whether this call put them there). `name`
    is the name the user gave the file (default: src's own name). An existing file with the
    same bytes is reused as is."""
    src = Path(src)
    if src.is_symlink():
        raise FileError(src, "is a link, not an uploaded file", "upload the document file itself")
    uploads.mkdir(parents=True, exist_ok=True)
    folder = uploads.resolve()
    digest = _sha256(src)
    for candidate in candidate_names(name if name is not None else src.name, digest):
        target = (folder / candidate).resolve()
        if target.parent != folder:  # cannot happen after safe_name; kept as the last guard
            raise FileError(src, "unsafe file name", "rename the file and upload it again")
        if not target.exists():
            _copy_atomically(src, target)
            return target, True
        if target.is_file() and filecmp.cmp(src, target, shallow=False):
            return target, False
    raise FileError(src, "every name for this upload is taken by other files", "rename the file")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _copy_atomically(src: Path, target: Path) -> None:
    """Write to a hidden temp file beside the target, then rename: a crash mid-copy never leaves
    a half file under the real name (hidden files are skipped when a folder is ingested)."""
    fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                out.write(block)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
