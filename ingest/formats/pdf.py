"""PDF: text layer through pdfplumber, scanned pages through offline OCR; lines are joined
into paragraphs by `ingest.formats.layout`, as for OFD."""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ingest.formats.base import Extracted, RawPage, plausible_title
from ingest.formats.layout import Line, assemble, assemble_pages, group_fragments
from kb.errors import FileError

log = logging.getLogger(__name__)

MAX_PAGES = 2000
MAX_OCR_PAGES = 400
# A page whose text layer has fewer visible characters than this is treated as scanned.
MIN_TEXT_CHARS = 8

Progress = Callable[[int, int], None]


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


# A glyph with no Unicode map ("(cid:127)") opening a line: the bullet a slide or a list draws
_CID_BULLET = re.compile(r"^\(cid:\d+\)\s*")


def _without_cids(lines: list[Line]) -> list[Line]:
    """A page's lines with the few unmapped glyphs of a page that has a text layer: a line's
    first is its bullet, any other no text (a page of mostly such glyphs is read by OCR)."""
    return [replace(ln, text=_CID.sub("", _CID_BULLET.sub("• ", ln.text)).strip()) for ln in lines]


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
                    lines = _without_cids(lines)
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
