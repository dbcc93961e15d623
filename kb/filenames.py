"""File names cdokb writes (uploads, downloads) from names users give: one folder level, no
leading dots, no odd characters, short enough for any file system."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r"[^\w.\-]+")
# Bytes of the sanitised name: with "-<64 hex>" added it stays under the usual 255-byte limit
# of a file name (a Chinese character is 3 bytes in UTF-8).
MAX_NAME_BYTES = 150


def safe_name(name: str) -> str:
    """A file name that stays inside the uploads folder: no folders, no leading dots, no odd
    characters (so a browser-supplied "../../etc/passwd" becomes "passwd")."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = _shorten(_UNSAFE.sub("_", base).strip("._"))
    return base or "upload"


def _shorten(name: str) -> str:
    """Trim the stem (not the extension) until the name fits MAX_NAME_BYTES."""
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    path = Path(name)
    ext = path.suffix if len(path.suffix.encode("utf-8")) <= 16 else ""
    stem = name[: len(name) - len(ext)]
    while stem and len((stem + ext).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem.rstrip("._") or "upload") + ext
