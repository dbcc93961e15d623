"""Files -> Extracted pages: format detection by content, text decoding and front matter.

Only the text/markdown reader lives here; the other formats are modules in
`ingest/formats/` (`read(path, data) -> Extracted`), imported lazily so a missing optional
dependency only affects files of that format. Every failure is a `FileError` that names the
file and the fix: a user on an air-gapped intranet must be able to act on it alone.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import yaml

from ingest.decode import UndecodableError, decode
from ingest.formats.base import Extracted, RawPage
from ingest.formats.markdown import inline_text
from kb.config import MAX_DOCUMENT_CHARS, MAX_FILE_BYTES, MAX_LINE_CHARS
from kb.countries import links_host
from kb.errors import FileError

MAX_FRONT_MATTER_CHARS = 64 * 1024

_TEXT_FIX = "save it as UTF-8 text, PDF, DOCX or OFD"


# ---------------------------------------------------------------------------------------------
# Format detection

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Binary formats people drop into a document folder by mistake, with a name for the message.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF document"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_XML_HTML = re.compile(rb"^\s*<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)


def detect_format(path: Path, data: bytes) -> str:
    """The format by CONTENT: "pdf", "docx", "ofd", "html", "markdown" or "text"; also
    "doc" (OLE2: .doc/.wps), "zip" (an archive that is neither DOCX nor OFD) and "binary",
    which `load` turns into errors. The extension only tells markdown from plain text."""
    pdf_at = data[:1024].find(b"%PDF-")
    if pdf_at == 0 or (pdf_at > 0 and re.search(rb"[\x00-\x08]", data[:pdf_at])):
        return "pdf"  # the header may follow a little binary junk, never prose
    if data.startswith(_OLE2):
        return "doc"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data)
    if data.startswith(_UTF16_BOMS) or data.startswith(b"\xef\xbb\xbf"):
        pass  # text with a byte-order mark; fall through to the text checks
    else:
        for magic, _ in _BINARY_MAGIC:
            if data.startswith(magic):
                return "binary"
    sample = _strip_bom(data[:4096])
    if data.startswith(_UTF16_BOMS):
        sample = data[:8192].decode("utf-16", errors="ignore").encode("utf-8")
    elif b"\x00" in data[:8192]:
        return "binary"
    if _HTML_START.match(sample) or _XML_HTML.match(sample):
        return "html"
    if path.suffix.lower() in {".md", ".markdown", ".mdown"}:
        return "markdown"
    text = sample.decode("utf-8", errors="ignore")
    if len(_MD_HEADING.findall(text)) >= 2:
        return "markdown"
    return "text"


def _strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _zip_format(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "zip"
    lower = {n.lower().lstrip("/") for n in names}
    if "word/document.xml" in lower:
        return "docx"
    if "ofd.xml" in lower:
        return "ofd"
    return "zip"


# ---------------------------------------------------------------------------------------------
# Loading


def read_bytes(path: Path) -> bytes:
    """The file's bytes, with the size limit and unreadable files as FileError."""
    path = Path(path)
    try:
        if not path.exists():
            raise FileError(path, "file not found", "check the path and the file name")
        if path.is_dir():
            raise FileError(path, "is a folder, not a file", "give the path of a document file")
        if not path.is_file():  # a pipe or a device: reading it might never end
            raise FileError(path, "is not a regular file (a pipe, socket or device)", "give a document file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileError(
                path,
                f"file is {size / 1024 / 1024:.0f} MB, over the {MAX_FILE_BYTES // 1024 // 1024} MB limit",
                "split the document into smaller files",
            )
        return path.read_bytes()
    except PermissionError:
        raise FileError(path, "cannot be read (permission denied)", "give the user read access") from None
    except OSError as exc:
        raise FileError(
            path, f"cannot be read ({exc.strerror or exc})", "check the disk and the path"
        ) from None


PageProgress = Callable[[int, int], None]


def load(path: Path) -> Extracted:
    """Read, check and decode one file into pages; raises FileError."""
    path = Path(path)
    return load_data(path, read_bytes(path))


def load_data(path: Path, data: bytes, progress: PageProgress | None = None) -> Extracted:
    """`load` for bytes already read (so callers can hash exactly what was parsed);
    `progress(done, total)` is called per page by the paged readers (OCR is slow)."""
    path = Path(path)
    if len(data) > MAX_FILE_BYTES:
        raise FileError(
            path,
            f"file is over the {MAX_FILE_BYTES // 1024 // 1024} MB limit",
            "split the document into smaller files",
        )
    if not data.strip():
        raise FileError(path, "file is empty", "add the document's text or remove the file")
    fmt = detect_format(path, data)
    if fmt in ("text", "markdown"):
        return check_extent(path, read_text(path, data, fmt))
    if fmt == "doc":
        raise FileError(
            path,
            "is an old Word/WPS binary document (.doc/.wps), which cdokb cannot read",
            "open it and save it as .docx (or install LibreOffice so it can be converted)",
        )
    if fmt == "zip":
        raise FileError(
            path, "is a zip archive that is neither DOCX nor OFD", "unpack it and add the files inside"
        )
    if fmt == "binary":
        raise FileError(path, f"looks binary ({_binary_kind(data)})", _TEXT_FIX)
    return check_extent(path, _read_other(path, data, fmt, progress))


def check_extent(path: Path, extracted: Extracted) -> Extracted:
    """Refuse text no person wrote as a policy document, before it costs hours of embedding."""
    total = sum(len(page.text) for page in extracted.pages)
    if total > MAX_DOCUMENT_CHARS:
        raise FileError(
            path,
            f"holds {total:,} characters of text, over the {MAX_DOCUMENT_CHARS:,}-character limit "
            "of one document",
            "split it into one file per document",
        )
    longest = max((len(line) for page in extracted.pages for line in page.text.split("\n")), default=0)
    if longest > MAX_LINE_CHARS:
        raise FileError(
            path,
            f"has a line of {longest:,} characters, over the {MAX_LINE_CHARS:,}-character limit "
            "(generated or damaged text, not a document)",
            "save the document with its paragraphs on separate lines",
        )
    return extracted


def _binary_kind(data: bytes) -> str:
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    return "NUL bytes"


def _read_other(path: Path, data: bytes, fmt: str, progress: PageProgress | None = None) -> Extracted:
    """Dispatch to `ingest.formats.<fmt>.read`, imported only when such a file is met."""
    module_name = f"ingest.formats.{fmt}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name not in (module_name, "ingest.formats"):
            raise FileError(
                path,
                f"the {fmt.upper()} reader needs the missing package {exc.name!r}",
                "install it, or convert the file to .txt",
            ) from exc
        module = None
    reader = getattr(module, "read", None)
    if reader is None:
        raise FileError(path, f"no reader for {fmt.upper()} yet", "convert it to .txt")
    try:
        extracted = reader(path, data, progress=progress)
    except FileError:
        raise
    except Exception as exc:  # a reader bug or a damaged file: one line for the user, cause kept
        raise FileError(
            path,
            f"could not be read as {fmt.upper()} ({type(exc).__name__}: {str(exc)[:200]})",
            f"check that it opens in a {fmt.upper()} viewer, or convert it to .txt",
        ) from exc
    if not isinstance(extracted, Extracted):
        raise FileError(path, f"the {fmt.upper()} reader returned no pages", "convert it to .txt")
    return extracted


# ---------------------------------------------------------------------------------------------
# Text / markdown


def read_text(path: Path, data: bytes, fmt: str = "text") -> Extracted:
    """Decode, split off YAML front matter, and return the body as one page without a label."""
    text, encoding = decode_text(path, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_matter, body = split_front_matter(path, text)
    if fmt == "markdown":
        host = links_host(body)  # the site its links point to, before the links go
        if host and "site_host" not in front_matter:
            front_matter = {**front_matter, "site_host": host}
        body = inline_text(body)
    if not body.strip():
        problem = "has front matter but no text after it" if front_matter else "has no text"
        raise FileError(path, problem, "add the document's text below the front matter")
    return Extracted(
        pages=[RawPage(label=None, text=body)],
        front_matter=front_matter,
        format=fmt,
        extra={"encoding": encoding},
    )


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # category Cc but \t \n \f \r


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Text and the encoding used (`ingest.decode.decode`), refusing results that are mostly
    control characters (binary data that happens to be valid UTF-8)."""
    try:
        text, encoding = decode(data)
    except UndecodableError as exc:
        raise FileError(path, exc.problem, _TEXT_FIX) from None
    controls = _CONTROLS.subn("", text)[1]
    if controls > max(2, len(text) // 100):
        raise FileError(path, "looks binary (control characters)", _TEXT_FIX)
    return text, encoding


_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FM_KEY_LINE = re.compile(r"^[A-Za-z_][\w\- ]*:(?:\s|$)")


def split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    """YAML front matter (`---` first line ... `---`) as string values, and the body.

    A leading `---` line without a YAML-looking block after it is a plain separator and the
    text is returned whole; a block that looks like YAML but does not parse is a FileError.
    """
    stripped = text.lstrip("\ufeff")
    first, sep, rest = stripped.partition("\n")
    if first.rstrip() != "---" or not sep:
        return {}, text
    close = _FM_CLOSE.search(rest)
    if close is None:
        return {}, text
    block = rest[: close.start()]
    body = rest[close.end() :].lstrip("\n")
    first_content = next(
        (ln for ln in block.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), ""
    )
    if not _FM_KEY_LINE.match(first_content):
        return {}, text  # a separator line, not front matter
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise FileError(
            path, "front matter is too long", "keep only short key: value lines between the --- lines"
        )
    try:
        # BaseLoader keeps every scalar as written: dates stay "2022-03-28", yes stays "yes".
        data = yaml.load(block, Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 2}"
        problem = getattr(exc, "problem", None) or "syntax error"
        raise FileError(
            path,
            f"front matter is not valid YAML{where} ({problem})",
            'fix it (quote values that contain ":" or "#") or remove the --- block',
        ) from None
    if not isinstance(data, dict):
        return {}, text
    return {str(k).strip().lower(): _as_string(v) for k, v in data.items() if str(k).strip()}, body


def _as_string(value: object, budget: int = 10000) -> str:
    """A front-matter value as one string; nested values are cut at `budget` characters so
    YAML aliases (a "billion laughs" block) cannot blow up memory."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()[:budget]
    if isinstance(value, list):
        parts: list[str] = []
        for item in value:
            if budget <= 0:
                break
            part = _as_string(item, budget)
            parts.append(part)
            budget -= len(part) + 2
        return ", ".join(parts)[:10000]
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if budget <= 0:
                break
            part = f"{_as_string(key, budget)}: {_as_string(item, budget)}"
            parts.append(part)
            budget -= len(part) + 2
        return "; ".join(parts)[:10000]
    return str(value)[:budget]
