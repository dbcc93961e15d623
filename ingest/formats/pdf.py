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

from ingest.formats.base import (
    Extracted,
    RawPage,
    as_the_text_titles_it,
    plausible_title,
    transmitted_by_text,
)
from ingest.formats.layout import Line, assemble, assemble_pages, group_fragments, page_edges, running_heads
from kb.errors import FileError
from kb.sources import reaches_last_page, stopped_at_page

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


# Two columns of text side by side (a role profile's responsibilities beside its relationships):
# pdfplumber's lines run across both, so they are read column by column. A gutter is a gap this
# wide (points) in the middle band of the page that no line crosses, with text on both sides.
MIN_GUTTER = 12.0
_GUTTER_BAND = (0.3, 0.7)  # where a gutter may lie, as shares of the page width
# A side of a block is a column of running text, not a table's column of short cells, when its
# lines are this wide (a share of the page) at the median, and the block has this many a side.
MIN_COLUMN_SHARE = 0.25
MIN_COLUMN_LINES = 3


def _plumber_lines(page) -> list[Line]:
    rows = [r for r in page.extract_text_lines(strip=True, return_chars=True) if r["text"].strip()]
    runs = [_spans(r["chars"]) for r in rows]
    lines = [
        Line(tidy_line(r["text"]), r["x0"], r["x1"], r["top"], r["bottom"], cells=len(spans) > 2)
        for r, spans in zip(rows, runs, strict=True)
    ]
    left, _, right, _ = (float(v) for v in page.bbox)  # a page's box need not start at 0
    width = right - left
    gutter = _gutter(runs, left, width)
    if gutter is None:
        return lines
    read: list[Line] = []
    block: list[int] = []

    def flush() -> None:
        if _two_columns([runs[i] for i in block], gutter, width):
            top, bottom = min(rows[i]["top"] for i in block), max(rows[i]["bottom"] for i in block)
            for x0, x1 in ((left, gutter), (gutter, right)):
                column = _plumber_lines_flat(page.crop((x0, top - 0.5, x1, bottom + 0.5), strict=False))
                if not column:
                    continue
                bounds = _margins(column)
                read.extend(replace(ln, column=bounds) for ln in column)
        else:
            read.extend(lines[i] for i in block)
        block.clear()

    edges = page_edges(lines)
    for i, spans in enumerate(runs):
        crosses = any(a < gutter < b for a, b in spans)
        if i in edges or crosses or lines[i].cells:  # a header, a full-width line, a table's row
            flush()
            read.append(lines[i])
        else:
            block.append(i)
    flush()
    return read


def _margins(lines: list[Line]) -> tuple[float, float]:
    """A column's left and right edges, as ingest.formats.layout reads a page's: most lines start
    at the left one, and only a few run past the right one."""
    x0s, x1s = sorted(ln.x0 for ln in lines), sorted(ln.x1 for ln in lines)
    return x0s[len(x0s) // 10], x1s[min(len(x1s) - 1, (len(x1s) * 95) // 100)]


def _plumber_lines_flat(page) -> list[Line]:
    rows = page.extract_text_lines(strip=True, return_chars=False)
    return [
        Line(tidy_line(r["text"]), r["x0"], r["x1"], r["top"], r["bottom"]) for r in rows if r["text"].strip()
    ]


def _spans(chars: list[dict]) -> list[tuple[float, float]]:
    """A line's runs of text: its characters joined where less than a gutter apart (wider for a
    large font: a title set with its characters spaced out is one run)."""
    if not chars:
        return []
    apart = max(MIN_GUTTER, 1.5 * statistics.median(c["bottom"] - c["top"] for c in chars))
    spans: list[tuple[float, float]] = []
    for ch in sorted(chars, key=lambda c: c["x0"]):
        if spans and ch["x0"] - spans[-1][1] < apart:
            spans[-1] = (spans[-1][0], max(spans[-1][1], ch["x1"]))
        else:
            spans.append((ch["x0"], ch["x1"]))
    return spans


def _gutter(rows: list[list[tuple[float, float]]], left: float, width: float) -> float | None:
    """The x in the middle band that most lines have text on both sides of and none crosses
    between them, or None when fewer than MIN_COLUMN_LINES do."""
    best, best_count = None, 0
    for x in range(int(left + width * _GUTTER_BAND[0]), int(left + width * _GUTTER_BAND[1]), 2):
        count = sum(
            1
            for spans in rows
            if not any(a < x < b for a, b in spans)
            and any(b <= x for _, b in spans)
            and any(a >= x for a, _ in spans)
        )
        if count > best_count:
            best, best_count = float(x), count
    return best if best_count >= MIN_COLUMN_LINES else None


def _two_columns(rows: list[list[tuple[float, float]]], gutter: float, width: float) -> bool:
    """Whether lines no line crosses at `gutter` are two columns of running text: each side of
    a line one run of words (a table's row of two cells has a run per cell), wide at the median."""
    if any(sum(b <= gutter for _, b in s) > 1 or sum(a >= gutter for a, _ in s) > 1 for s in rows):
        return False
    left = [
        max(b for _, b in s if b <= gutter) - min(a for a, _ in s)
        for s in rows
        if any(b <= gutter for _, b in s)
    ]
    right = [
        max(b for _, b in s) - min(a for a, _ in s if a >= gutter)
        for s in rows
        if any(a >= gutter for a, _ in s)
    ]
    return (
        len(left) >= MIN_COLUMN_LINES
        and len(right) >= MIN_COLUMN_LINES
        and statistics.median(left) >= MIN_COLUMN_SHARE * width
        and statistics.median(right) >= MIN_COLUMN_SHARE * width
    )


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
    if title and not transmitted_by_text(title, "\n".join(texts[:1])):
        front["title"] = as_the_text_titles_it(title, "\n".join(texts[:1]))
    # the footers dropped as chrome still say how many pages the copy should have ("Page 4 of 7")
    marks = "\n".join(line.text for lines in page_lines for line in lines)
    stopped = stopped_at_page(marks)
    if stopped:
        extra["complete"] = "no"
        extra["note"] = stopped
    elif reaches_last_page(marks):
        extra["complete"] = "yes"
    pages = [RawPage(label=labels[i], text=texts[i]) for i in range(n)]
    heads = tuple(running_heads(page_lines))
    return Extracted(
        pages=pages,
        front_matter=front,
        format="pdf",
        extra=extra,
        running_heads=heads,
        continued=tuple(continued),
    )


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
