"""PDF: text layer through pdfplumber, scanned pages through offline OCR.

Also home of the page-layout helpers (`Line`, `group_fragments`, `assemble`) that OFD and OCR
share: every positioned-text source needs the same three steps, namely build lines, drop running
headers and page footers, then re-join wrapped lines (Chinese without a space) into paragraphs
while keeping structure lines (一、 （一） 1.) on their own line so chunking can find them.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kb.errors import FileError

if TYPE_CHECKING:
    from ingest.loaders import Extracted

log = logging.getLogger(__name__)

MAX_BYTES = 300 * 1024 * 1024
MAX_PAGES = 2000
MAX_OCR_PAGES = 400
# A page whose text layer has fewer visible characters than this is treated as scanned.
MIN_TEXT_CHARS = 8

Progress = Callable[[int, int], None]


# --------------------------------------------------------------------------- layout helpers


@dataclass
class Line:
    """A line of text with its box in page units (y grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]")

# A line that starts like this begins a new paragraph even when the previous line was full.
STRUCTURE = re.compile(
    r"^\s*(?:"
    r"[一二三四五六七八九十百零〇]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十百零〇]+\s*[）)]"
    r"|\d{1,3}\s*[.．、](?!\d)"
    r"|[（(]\s*\d{1,3}\s*[）)]"
    r"|[①-⑳⑴-⒇⒈-⒛]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节条部分篇款]"
    r"|附件\s*\d*\s*[:：]?"
    r"|[•●▪■◆◇□√]"
    r"|(?:chapter|section|article|part)\s+[\divxlc]+\b"
    r"|[a-z]\)\s|\([a-z0-9]{1,3}\)\s"
    r")",
    re.IGNORECASE,
)

# Page numbers as printed: - 1 -, — 1 —, 第 1 页 共 5 页, 第1页/共5页, Page 1 of 6, 1/5, 1.
PAGE_FOOTER = re.compile(
    r"^\s*(?:"
    r"[-—–－~]+\s*\d{1,4}\s*[-—–－~]+"
    r"|第\s*\d{1,4}\s*页\s*(?:[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页"
    r"|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|\d{1,4}"
    r")\s*$",
    re.IGNORECASE,
)

_EDGE = 2  # how many lines at the top and bottom of a page count as header/footer candidates


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def join_text(left: str, right: str) -> str:
    """Join a wrapped line to the next: no space around CJK, hyphenation undone, else a space."""
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    if len(left) >= 2 and left[-1] in "-\u00ad" and left[-2].isalpha() and right[0].islower():
        return left[:-1] + right
    return left + " " + right


def group_fragments(fragments: Sequence[Line]) -> list[Line]:
    """Group positioned fragments (OFD text codes, OCR boxes) into lines in reading order.

    Fragments whose vertical extents overlap by more than half the smaller height share a
    line; a line reads left to right, with a space only between Latin fragments that have a gap.
    """
    rows: list[list[Line]] = []
    for frag in sorted(fragments, key=lambda f: ((f.top + f.bottom) / 2, f.x0)):
        if not frag.text.strip():
            continue
        if rows:
            row = rows[-1]
            top = statistics.median(f.top for f in row)
            bottom = statistics.median(f.bottom for f in row)
            overlap = min(bottom, frag.bottom) - max(top, frag.top)
            if overlap > 0.5 * min(bottom - top, frag.height):
                row.append(frag)
                continue
        rows.append([frag])
    lines = []
    for row in rows:
        row.sort(key=lambda f: f.x0)
        text = ""
        prev: Line | None = None
        for frag in row:
            piece = frag.text
            latin_pair = text and not is_cjk(text[-1]) and not is_cjk(piece.lstrip()[:1] or "a")
            if (
                prev is not None
                and latin_pair
                and frag.x0 - prev.x1 > 0.2 * frag.height
                and not text.endswith(" ")
            ):
                piece = " " + piece.lstrip()
            text += piece
            prev = frag
        lines.append(
            Line(
                text=text.strip(),
                x0=min(f.x0 for f in row),
                x1=max(f.x1 for f in row),
                top=min(f.top for f in row),
                bottom=max(f.bottom for f in row),
            )
        )
    return lines


def _chrome_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _spacing(pages: list[list[Line]]) -> tuple[float, float]:
    """Typical line height and the vertical gap between lines inside a paragraph.

    The gap is the lower quartile of gaps between consecutive lines: the spacing inside
    paragraphs, even when most paragraphs are one line long.
    """
    lines = [ln for page in pages for ln in page]
    height = statistics.median(ln.height for ln in lines) if lines else 10.0
    gaps = [
        b.top - a.bottom
        for page in pages
        for a, b in itertools.pairwise(page)
        if -0.5 * height < b.top - a.bottom < 3 * height
    ]
    gap = sorted(gaps)[len(gaps) // 4] if gaps else 0.3 * height
    return height, max(gap, 0.0)


def _edge_zone(lines: list[Line], height: float, gap: float) -> set[int]:
    """Indexes of the lines set apart at the top or bottom of a page (at most _EDGE each):
    those before the first / after the last gap clearly wider than the line spacing."""
    zone: set[int] = set()
    n = len(lines)
    wide = gap + 0.8 * height
    for k in range(min(_EDGE, n - 1)):
        if lines[k + 1].top - lines[k].bottom > wide:
            zone.update(range(k + 1))
        j = n - 1 - k
        if lines[j].top - lines[j - 1].bottom > wide:
            zone.update(range(j, n))
    return zone


def drop_page_chrome(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove printed page numbers and running headers/footers from the edges of each page.

    Only lines set apart from the text block at the top or bottom count (a body line that
    happens to start two pages is kept). A page number is such a line, or the first/last line,
    in a page-number pattern. A running header/footer is such a line whose text, digits
    ignored, is set apart on at least half the pages (and on two at least).
    """
    height, gap = _spacing(pages)
    zones = [_edge_zone(lines, height, gap) for lines in pages]
    counts: dict[str, int] = {}
    for lines, zone in zip(pages, zones, strict=True):
        for key in {_chrome_key(lines[i].text) for i in zone}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, n in counts.items() if n >= threshold and k}
    out = []
    for lines, zone in zip(pages, zones, strict=True):
        kept = []
        last = len(lines) - 1
        for i, ln in enumerate(lines):
            at_end = i in (0, last) and not ln.text.strip().isdigit()  # a bare number must stand apart
            if PAGE_FOOTER.match(ln.text) and (i in zone or at_end):
                continue
            if i in zone and _chrome_key(ln.text) in repeated:
                continue
            kept.append(ln)
        out.append(kept)
    return out


@dataclass
class _Geometry:
    left: float
    right: float
    height: float
    gap: float
    usable: bool


def _geometry(pages: list[list[Line]], page_width: float | None) -> _Geometry:
    lines = [ln for page in pages for ln in page if ln.text.strip()]
    if not lines:
        return _Geometry(0, 0, 10, 2, False)
    x0s = sorted(ln.x0 for ln in lines)
    x1s = sorted(ln.x1 for ln in lines)
    left = x0s[len(x0s) // 10]
    right = x1s[min(len(x1s) - 1, (len(x1s) * 95) // 100)]
    height, gap = _spacing(pages)
    usable = right - left > 8 * height and (page_width is None or right - left > 0.4 * page_width)
    return _Geometry(left, right, height, gap, usable)


def _first_token_width(text: str, height: float) -> float:
    text = text.lstrip()
    if not text:
        return 0.0
    if is_cjk(text[0]):
        return height
    match = re.match(r"\S+", text)
    return 0.5 * height * len(match.group() if match else text[:1])


def _continues(prev: Line, cur: Line, g: _Geometry, across_pages: bool = False) -> bool:
    """True when `cur` is the wrapped continuation of `prev` (same paragraph)."""
    if not g.usable or STRUCTURE.match(cur.text):
        return False
    h = max(prev.height, cur.height)
    if h > 1.2 * min(prev.height, cur.height):  # font size changed: a heading boundary
        return False
    vgap = cur.top - prev.bottom
    if not across_pages and (vgap > g.gap + 0.6 * h or vgap < -0.5 * h):
        return False
    room = g.right - prev.x1
    full = room <= _first_token_width(cur.text, h) + 0.6 * h
    if full and cur.x0 <= g.left + 0.8 * h:
        return True
    if across_pages:
        return False
    # Wrapped centred titles: both lines centred, the first one wide.
    centre = (g.left + g.right) / 2
    both_centred = all(
        abs((ln.x0 + ln.x1) / 2 - centre) < 1.5 * h and ln.x0 > g.left + h for ln in (prev, cur)
    )
    return both_centred and prev.x1 - prev.x0 > 0.45 * (g.right - g.left) and vgap <= g.gap + 0.3 * h


def assemble_pages(pages: list[list[Line]], page_width: float | None = None) -> tuple[list[str], list[int]]:
    """Page texts with chrome dropped and wrapped lines re-joined (one paragraph per line),
    and the indexes of pages whose first line continues the previous page's last paragraph
    (so a cleaner can join across the page break without a line break)."""
    pages = drop_page_chrome(pages)
    g = _geometry(pages, page_width)
    texts = []
    continued = []
    last: Line | None = None
    for i, lines in enumerate(pages):
        paragraphs: list[str] = []
        prev: Line | None = None
        for ln in lines:
            if not ln.text.strip():
                continue
            if prev is not None and paragraphs and _continues(prev, ln, g):
                paragraphs[-1] = join_text(paragraphs[-1], ln.text)
            else:
                paragraphs.append(ln.text.strip())
            prev = ln
        if prev is not None:
            first = next(ln for ln in lines if ln.text.strip())
            if last is not None and _continues(last, first, g, across_pages=True):
                continued.append(i)
        last = prev  # None after an empty page: nothing to continue across it
        texts.append("\n".join(paragraphs))
    return texts, continued


def assemble(pages: list[list[Line]], page_width: float | None = None) -> list[str]:
    """Page texts with chrome dropped and wrapped lines re-joined; one paragraph per line."""
    return assemble_pages(pages, page_width)[0]


# --------------------------------------------------------------------------- PDF reading


_CID = re.compile(r"\(cid:\d+\)")


def _visible_chars(text: str) -> int:
    return len(re.sub(r"\s", "", _CID.sub("", text)))


def _open_pypdf(path: Path, data: bytes):
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # unsupported crypto, broken dictionaries
                raise FileError(
                    path, f"encrypted PDF ({exc})", "save an unencrypted copy and add that"
                ) from exc
            if not ok:
                raise FileError(
                    path, "the PDF is password protected", "save an unencrypted copy and add that"
                )
        n = len(reader.pages)
    except FileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise FileError(
            path, f"not a readable PDF ({exc})", "re-save or re-export the PDF and add it again"
        ) from exc
    return reader, n


def _page_labels(reader, n: int) -> list[str]:
    """Printed labels from /PageLabels when the file has them, else 1-based indexes."""
    try:
        root = reader.trailer["/Root"]
        if "/PageLabels" in root:
            labels = list(reader.page_labels)
            if len(labels) == n:  # a range with no style and no prefix has empty labels
                return [str(label) or str(i + 1) for i, label in enumerate(labels)]
    except Exception as exc:  # a broken label tree is not worth failing the file for
        log.debug("page labels unreadable: %s", exc)
    return [str(i + 1) for i in range(n)]


_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”])[ \u00a0]+(?=[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”])"
)
_DATE_SPACE = re.compile(r"(?<=\d)[ \u00a0]+(?=[年月日号])|(?<=[年月])[ \u00a0]+(?=\d)")


def tidy_line(text: str) -> str:
    """Drop the spaces extraction puts between Chinese characters (justified or letter-spaced
    lines) and inside dates (2024 年 3 月 31 日); spaces next to Latin words stay."""
    return _DATE_SPACE.sub("", _CJK_SPACE.sub("", text)).strip()


def _plumber_lines(page) -> list[Line]:
    rows = page.extract_text_lines(strip=True, return_chars=False)
    return [
        Line(tidy_line(r["text"]), r["x0"], r["x1"], r["top"], r["bottom"]) for r in rows if r["text"].strip()
    ]


def _title_from_metadata(reader) -> str:
    try:
        title = (reader.metadata or {}).get("/Title") or ""
    except Exception:
        return ""
    title = str(title).strip()
    return title if plausible_title(title) else ""


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
    return bool(re.search(r"[\u4e00-\u9fff]", t)) or len(t.split()) >= 3


def read(
    path: Path,
    data: bytes,
    progress: Progress | None = None,
    *,
    max_pages: int = MAX_PAGES,
    max_ocr_pages: int = MAX_OCR_PAGES,
    ocr: bool = True,
) -> Extracted:
    """Read a PDF page by page: text layer where there is one, OCR for pages without."""
    from ingest.loaders import Extracted, RawPage

    if len(data) > MAX_BYTES:
        raise FileError(
            path, f"PDF is {len(data) // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit", "split the file"
        )
    if b"%PDF" not in data[:1024]:
        raise FileError(path, "not a PDF (no %PDF header)", "check the file or its extension")
    reader, n = _open_pypdf(path, data)
    if n == 0:
        raise FileError(path, "the PDF has no pages", "re-export the PDF")
    if n > max_pages:
        raise FileError(
            path, f"the PDF has {n} pages, over the {max_pages}-page limit", "split it into parts"
        )
    labels = _page_labels(reader, n)

    import pdfplumber

    page_lines: list[list[Line]] = []
    widths: list[float] = []
    need_ocr: list[int] = []
    done = 0
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for i, page in enumerate(pdf.pages):
                lines = _plumber_lines(page)
                widths.append(float(page.width))
                if sum(_visible_chars(ln.text) for ln in lines) < MIN_TEXT_CHARS or _mostly_cid(lines):
                    need_ocr.append(i)
                    lines = []
                else:
                    done += 1
                    if progress:
                        progress(done, n)
                page_lines.append(lines)
                page.close()
    except FileError:
        raise
    except Exception as exc:  # pdfminer raises a zoo of exception types on broken files
        raise FileError(
            path, f"PDF text could not be read ({type(exc).__name__}: {exc})", "re-export the PDF"
        ) from exc

    extra: dict[str, str] = {"pages": str(n)}
    warnings: list[str] = []
    texts, continued = assemble_pages(page_lines, statistics.median(widths) if widths else None)
    if continued:
        extra["continued_pages"] = ",".join(labels[i] for i in continued)

    if need_ocr:
        if not ocr:
            warnings.append(f"{len(need_ocr)} page(s) have no text layer and OCR is off")
            extra["no_text_pages"] = ",".join(labels[i] for i in need_ocr)
        elif len(need_ocr) > max_ocr_pages:
            raise FileError(
                path,
                f"{len(need_ocr)} pages need OCR, over the {max_ocr_pages}-page OCR limit",
                "split the scan into parts or supply a text PDF",
            )
        else:
            texts, failed = _ocr_pages(path, data, texts, need_ocr, n, progress)
            extra["ocr"] = "true"
            extra["ocr_pages"] = ",".join(labels[i] for i in need_ocr)
            if failed:
                extra["ocr_failed_pages"] = ",".join(labels[i] for i in failed)
                warnings.append(
                    "OCR could not read page(s) "
                    + ", ".join(labels[i] for i in failed)
                    + "; their text is missing"
                )
    if not any(t.strip() for t in texts):
        raise FileError(path, "no text could be read from any page", "supply a text PDF or a clearer scan")
    if warnings:
        extra["warnings"] = "\n".join(warnings)
        for w in warnings:
            log.warning("%s: %s", path, w)
    front: dict[str, str] = {}
    title = _title_from_metadata(reader)
    if title:
        front["title"] = title
    pages = [RawPage(label=labels[i], text=texts[i]) for i in range(n)]
    return Extracted(pages=pages, front_matter=front, format="pdf", extra=extra)


def _mostly_cid(lines: list[Line]) -> bool:
    """Text drawn with a font that has no Unicode map comes out as (cid:123): unusable."""
    text = "".join(ln.text for ln in lines)
    cid = sum(len(m) for m in _CID.findall(text))
    return cid > 0.3 * max(len(text), 1)


def _ocr_pages(
    path: Path, data: bytes, texts: list[str], todo: list[int], n: int, progress: Progress | None
) -> tuple[list[str], list[int]]:
    from ingest.formats import ocr

    texts = list(texts)
    failed: list[int] = []
    done_before = n - len(todo)
    results: dict[int, list[Line]] = {}
    widths: list[float] = []
    for k, (i, result) in enumerate(ocr.ocr_pdf_pages(path, data, todo)):
        if result.failed:
            failed.append(i)
        else:
            results[i] = [Line(tidy_line(b.text), b.x0, b.x1, b.top, b.bottom) for b in result.boxes]
            widths.append(result.width)
        if progress:
            progress(done_before + k + 1, n)
    if results:
        order = sorted(results)
        assembled = assemble([group_fragments(results[i]) for i in order], statistics.median(widths))
        for i, text in zip(order, assembled, strict=True):
            texts[i] = text
    return texts, failed
