"""Offline OCR for scanned pages: pypdfium2 renders, rapidocr-onnxruntime (PP-OCRv4) reads.

The models ship inside the rapidocr wheel, so nothing is downloaded. A page that cannot be
read is reported as failed (never silently dropped); a blank page is not a failure.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.formats.layout import Line
from kb.errors import FileError

log = logging.getLogger(__name__)

# 2.0 renders an A4 page at 144 dpi (1190 x 1684 px): small Chinese body text (10.5 pt) is
# about 21 px high, which PP-OCRv4 reads well; higher costs time without gaining accuracy.
RENDER_SCALE = 2.0
MIN_SCORE = 0.5  # rapidocr's own drop threshold for a text box
MIN_PAGE_SCORE = 0.6  # mean confidence below this marks the page as unreadable

_lock = threading.Lock()


@dataclass
class Box(Line):
    """One recognised text line, in pixels of the rendered image."""

    score: float = 0.0  # after Line's own fields, which have defaults; always given by keyword


@dataclass
class PageResult:
    boxes: list[Box] = field(default_factory=list)
    width: float = 0.0
    failed: bool = False
    reason: str = ""
    rotated: int = 0  # degrees the page image was turned to read it


@lru_cache(maxsize=1)
def engine():
    """The OCR engine, loaded once; threads capped so a busy machine does not thrash."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise FileError(
            "OCR",
            "the scanned pages need OCR but rapidocr-onnxruntime is not installed",
            "pip install rapidocr-onnxruntime==1.4.4",
        ) from exc
    from kb.config import Settings

    threads = Settings.from_env().ocr_threads
    return RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)


def ocr_image(image) -> PageResult:
    """Read one page image (PIL image or numpy array, RGB).

    rapidocr's per-line angle classifier is off: on upright pages it flipped whole lines
    (e.g. lines starting "2.县试点镇按照“一官两员”") and they were then dropped. A page that reads
    badly is retried turned 180° (and 90°/270° when its text boxes stand upright), which covers
    pages scanned upside down or sideways.
    """
    import numpy as np

    arr = np.asarray(image.convert("RGB") if hasattr(image, "convert") else image)
    if arr.ndim == 3 and arr.shape[2] == 4:
        arr = arr[:, :, :3]
    if _blank(arr):
        return PageResult(width=float(arr.shape[1]))
    result = _read(arr)
    if not result.failed:
        return result
    tall = sum(1 for b in result.boxes if b.height > 2 * (b.x1 - b.x0)) > len(result.boxes) / 2
    for quarter_turns in (2, 1, 3) if tall else (2,):
        retry = _read(np.ascontiguousarray(np.rot90(arr, quarter_turns)))
        if not retry.failed:
            retry.rotated = 90 * quarter_turns
            return retry
    return result


def _read(arr) -> PageResult:
    width = float(arr.shape[1])
    bgr = arr[:, :, ::-1].copy() if arr.ndim == 3 else arr
    with _lock:  # onnxruntime sessions are not re-entrant across our threads
        result, _ = engine()(bgr, use_cls=False)
    boxes = []
    for points, text, score in result or []:
        if not text.strip() or float(score) < MIN_SCORE:
            continue
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        boxes.append(Box(text.strip(), min(xs), max(xs), min(ys), max(ys), score=float(score)))
    if not boxes:
        return PageResult(width=width, failed=True, reason="no text recognised on a non-blank page")
    mean = sum(b.score * len(b.text) for b in boxes) / sum(len(b.text) for b in boxes)
    if mean < MIN_PAGE_SCORE:
        return PageResult(boxes, width, failed=True, reason=f"low OCR confidence {mean:.2f}")
    return PageResult(boxes, width)


def _blank(arr) -> bool:
    """Nearly uniform image: an empty page, nothing to read."""
    import numpy as np

    gray = arr.mean(axis=2) if arr.ndim == 3 else arr
    return float(np.std(gray)) < 2.0 or float((gray < 128).mean()) < 0.0005


def ocr_pdf_pages(path: Path, data: bytes, indices: Iterable[int]) -> Iterator[tuple[int, PageResult]]:
    """Render and OCR the given 0-based pages; yields (index, result) page by page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:
        raise FileError(path, f"the scanned PDF cannot be rendered ({exc})", "re-export the PDF") from exc
    try:
        for i in indices:
            try:
                page = pdf[i]
                image = page.render(scale=RENDER_SCALE).to_pil()
                page.close()
                result = ocr_image(image)
            except FileError:
                raise
            except Exception as exc:  # one bad page must not lose the rest
                log.warning("%s: OCR failed on page %d: %s", path, i + 1, exc)
                result = PageResult(failed=True, reason=str(exc))
            if result.failed:
                log.warning("%s: page %d unreadable by OCR: %s", path, i + 1, result.reason)
            yield i, result
    finally:
        pdf.close()
