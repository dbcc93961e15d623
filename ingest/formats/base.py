"""What every format reader shares: the pages it returns, the zip checks DOCX and OFD need,
and the test for a usable file-property title. Here, not in `ingest.loaders` (which imports
the readers) or in one reader, so no reader imports the loader or another reader."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import FileError
from kb.sources import BODY_NAME_END
from kb.text import DOC_NUMBER, GO_NUMBER, HAN_CHAR, TW_DOC_NUMBER, to_simplified


@dataclass
class RawPage:
    label: str | None  # printed page label ("1", "iii"), None for sources without pages
    text: str  # decoded text of the page, before cleaning


@dataclass
class Extracted:
    pages: list[RawPage]
    front_matter: dict[str, str]  # YAML front matter (txt/md) or page metadata (html); {} when none
    format: str  # "text", "markdown", "html", "pdf", "docx", "ofd"
    extra: dict[str, str] = field(default_factory=dict)  # e.g. {"ocr": "true", "encoding": "gb18030"}
    # a paged file's running header over its first page, dropped from the text as chrome
    running_heads: tuple[str, ...] = ()
    # indexes of the pages whose first line goes on with the previous page's last paragraph
    continued: tuple[int, ...] = ()


@dataclass(frozen=True)
class ZipLimits:
    """Checked on the zip directory before anything is decompressed."""

    max_members: int = 20000
    max_total: int = 1024 * 1024 * 1024  # declared uncompressed bytes, all members
    max_member: int = 256 * 1024 * 1024  # declared uncompressed bytes, one member
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MB


def safe_zip(path: Path, data: bytes, kind: str, limits: ZipLimits = ZipLimits()) -> zipfile.ZipFile:
    """Open an in-memory zip after rejecting bombs, encrypted members and hostile names.

    The stdlib reader never returns more than a member's declared size (it fails the CRC
    instead), so checking the declared sizes bounds what decompression can produce.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise FileError(
            path, f"not a readable {kind} (broken zip: {exc})", f"re-save the {kind} and add it again"
        ) from exc
    if len(infos) > limits.max_members:
        raise FileError(
            path, f"{kind} zip has {len(infos)} members (limit {limits.max_members})", "check the file"
        )
    total = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", name) or "\0" in name:
            raise FileError(path, f"{kind} zip has an unsafe member name {name!r}", "do not add this file")
        if info.flag_bits & 0x1:
            raise FileError(path, f"{kind} is encrypted", f"save an unencrypted copy of the {kind}")
        total += info.file_size
        too_dense = info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        )
        if info.file_size > limits.max_member or too_dense:
            raise FileError(
                path,
                f"{kind} member {name!r} would inflate to {info.file_size // 2**20} MB (a zip bomb?)",
                "do not add this file; re-save it from the original application",
            )
    if total > limits.max_total:
        raise FileError(
            path, f"{kind} would inflate to {total // 2**20} MB in all (a zip bomb?)", "do not add this file"
        )
    return zf


def read_member(zf: zipfile.ZipFile, path: Path, name: str) -> bytes:
    try:
        return zf.read(name)
    except KeyError as exc:
        raise FileError(
            path, f"missing part {name!r}", "re-save the file from the original application"
        ) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # bad CRC, truncated, lying sizes
        raise FileError(
            path, f"corrupt part {name!r} ({exc})", "re-save the file from the original application"
        ) from exc


# The first lines where a notice gives its own title, transmitting the plan it names
_OWN_TITLE_LINES = 12


def transmitted_by_text(title: str, text: str) -> bool:
    """A file's property title that names the plan its text's notice transmits ("霍山县首席数据官
    制度实施方案" of "关于印发《霍山县首席数据官制度实施方案》的通知"): the notice's own title names the file."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:_OWN_TITLE_LINES])
    return bool(title) and re.search(rf"(?:印发|转发|印發|轉發)《{re.escape(title)}》", head) is not None


# A property title's lead that only refers to the document: "Circular No. MDE/07/2025 - ", "Ref: … – "
_REFERENCE_LEAD = re.compile(r"^[^–—:-]{0,60}?\b(?:No\.?|Number|Ref\.?)(?!\w)\s*[^\s–—:-]+\s*[–—:-]\s+", re.I)
# ... and what a title's fuller form goes on with: the noun phrase's own words ("… in Ministries,
# Departments and Statutory Bodies"), not a verb ("… was issued in 2023"), a running header's
# fields or a contents line's leaders and page
_GOES_ON = re.compile(r"\s+(?:in|for|of|on|to|at|by|under|within|across|and|from)\s[^|]*$")
_NOT_A_TITLE_LINE = re.compile(r"\|\s|\.{3,}|…{2,}|\s\d{1,3}$|[.。;；]$")
# How far below a transmitting notice (its head, its sentence, its signature and date) the rule's
# own heading stands
_NAMED_TITLE_LINES = 20


def as_the_text_titles_it(title: str, text: str) -> str:
    """The text's own title line where the file's property title is its shortened form
    ("Circular No. MDE/07/2025 - Appointment of Chief Data Officers" of the heading "Appointment of
    Chief Data Officers in Ministries, Departments and Statutory Bodies"); else the property title."""
    short = _REFERENCE_LEAD.sub("", title).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # ... or the rule's title under its body's name ("首席数据官管理办法" of the heading "扬州市城建
    # 国有资产控股（集团）有限责任公司首席数据官管理办法"), below a notice that transmits it
    named = next(
        (
            line
            for line in lines[:_NAMED_TITLE_LINES]
            if line.endswith(short) and BODY_NAME_END.search(to_simplified(line[: -len(short)]))
        ),
        "",
    )
    if HAN_CHAR.search(short) and named:
        return named
    if len(short) < _SHORTENED_CHARS:
        return title
    head = lines[:_OWN_TITLE_LINES]
    if short in head:
        return short  # the text writes it on a line of its own: its title as written
    fuller = next(
        (
            line
            for line in head
            if line.startswith(short)
            and _GOES_ON.match(line[len(short) :])
            and not _NOT_A_TITLE_LINE.search(line)
        ),
        "",
    )
    # ... or spells out what the property abbreviates, in any case ("… in MDAs, 2025" of the cover's
    # "… IN MINISTRIES, DEPARTMENTS AND AGENCIES (MDAs), 2025"): all its words, in their order
    spelled = next(
        (line for line in head if _spells_out(short, line) and not _NOT_A_TITLE_LINE.search(line)), ""
    )
    return fuller or spelled or title


def _spells_out(short: str, line: str) -> bool:
    if HAN_CHAR.search(short):
        # a Chinese title the property shortens by leaving out its issuers and the plan's place
        # (关于印发首席数据官制度实施细则的通知 of "…办公室关于印发《广州市黄埔区 广州开发区首席
        # 数据官制度实施细则》的通知"): its characters in order, the same last one
        chars = [c for c in short if not c.isspace()]
        rest = iter(line)
        return len(line) > len(chars) and line.rstrip()[-1:] == chars[-1] and all(c in rest for c in chars)
    words = re.findall(r"\w+", short.lower())
    written = re.findall(r"\w+", line.lower())
    if len(written) <= len(words) or not words or written[0] != words[0] or written[-1] != words[-1]:
        return False
    rest = iter(written)
    return all(word in rest for word in words)  # each in turn, after the one before


_SHORTENED_CHARS = 12  # a shortened title's characters at least: not a word that opens any line


def plausible_title(title: str) -> bool:
    """File-property titles are often junk ('Microsoft Word - 文档1.docx', 'untitled')."""
    t = title.strip()
    if len(t) < 4 or len(t) > 200:
        return False
    lowered = t.lower()
    junk = (
        "microsoft word",
        "untitled",
        "无标题",
        "文档",
        "document",
        "normal",
        ".doc",
        ".pdf",
        ".wps",
        "wps",
    )
    if any(word in lowered for word in junk) or re.fullmatch(r"[\w\-. ]*\d[\w\-. ]*", t):
        return False
    if DOC_NUMBER.fullmatch(t) or TW_DOC_NUMBER.fullmatch(t):
        return False  # a 文号 the writer put in the title field (皖数资〔2025〕31号) names no document
    if GO_NUMBER.match(t):
        return False  # an Indian order's file reference: "G.O.Ms.No.14 ITE&C (Prom) Dept Dt 22-07-2025"
    if re.search(r"(?i)\bofficial (?:web)?site\b|\bhome ?page\b|官方网站|门户网站|官網|官网", t):
        return False  # the site the file was saved from: "Dane County Executive - Official Website"
    return bool(HAN_CHAR.search(t)) or len(t.split()) >= 3
