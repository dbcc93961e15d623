"""OFD (GB/T 33190-2016), China's fixed-layout format: a zip of XML, read with the stdlib.

OFD.xml -> DocBody/DocRoot (Document.xml) -> Pages/Page@BaseLoc (Content.xml) holding
TextObject/TextCode elements with positions. Text is placed by coordinates, not by file order,
so lines are rebuilt from positions and then joined like PDF text (`ingest.formats.layout`).
"""

from __future__ import annotations

import contextlib
import posixpath
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

from ingest.formats.base import Extracted, RawPage, plausible_title, read_member, safe_zip
from ingest.formats.layout import Line, assemble_pages, group_fragments
from kb.errors import FileError

NS = "http://www.ofdspec.org/2016"
_Q = f"{{{NS}}}"

MAX_PAGES = 2000


# --------------------------------------------------------------------------- OFD structure


def _parse(zf: zipfile.ZipFile, path: Path, name: str) -> ET.Element:
    try:
        return ET.fromstring(read_member(zf, path, name))
    except ET.ParseError as exc:
        raise FileError(path, f"broken XML in {name!r} ({exc})", "re-export the OFD") from exc


def _resolve(base_dir: str, loc: str, names: set[str]) -> str | None:
    """An OFD location (absolute from the package root or relative to base_dir) to a member."""
    loc = loc.strip().replace("\\", "/")
    joined = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    norm = posixpath.normpath(joined)
    if norm.startswith("../") or norm == "..":
        return None
    if norm in names:
        return norm
    lowered = {n.lower(): n for n in names}  # some writers differ in case (content.xml)
    return lowered.get(norm.lower())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _floats(text: str | None) -> list[float]:
    out: list[float] = []
    for tok in (text or "").split():
        try:
            out.append(float(tok))
        except ValueError:
            continue
    return out


def _deltas(spec: str | None) -> list[float]:
    """Expand DeltaX/DeltaY: numbers, with 'g N v' meaning N repeats of v."""
    toks = (spec or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            with contextlib.suppress(ValueError):
                out.extend([float(toks[i + 2])] * min(int(toks[i + 1]), 100000))
            i += 3
            continue
        with contextlib.suppress(ValueError):
            out.append(float(toks[i]))
        i += 1
    return out


def _advances(text: str, dx: list[float], size: float) -> list[float]:
    """Offsets between consecutive glyphs; missing DeltaX values repeat the last one given,
    or fall back to the font size (CJK) / half of it (Latin) when there is no DeltaX at all."""
    need = len(text) - 1
    if dx:
        return (dx + [dx[-1]] * need)[:need]
    return [size if ord(ch) > 0x2E80 else size / 2 for ch in text[:need]]


def _text_fragments(elem: ET.Element, offset: tuple[float, float] = (0.0, 0.0)) -> list[Line]:
    """Positioned text of a page's content tree (layers, nested PageBlocks)."""
    frags: list[Line] = []
    for child in elem:
        tag = _local(child.tag)
        if tag in ("Layer", "PageBlock", "Content"):
            frags.extend(_text_fragments(child, offset))
        elif tag == "TextObject":
            frags.extend(_text_object(child, offset))
    return frags


def _text_object(obj: ET.Element, offset: tuple[float, float]) -> list[Line]:
    box = _floats(obj.get("Boundary"))
    if len(box) < 4:
        return []
    bx, by = box[0] + offset[0], box[1] + offset[1]
    size = (_floats(obj.get("Size")) or [box[3] / 1.2 or 3.5])[0]
    ctm = _floats(obj.get("CTM"))
    # CTM a b c d e f maps object space into the Boundary box; rotation/shear (b, c) is rare
    # in text and ignored, scale and translation are applied.
    scale_x, scale_y, shift_x, shift_y = (
        (ctm[0], ctm[3], ctm[4], ctm[5]) if len(ctm) == 6 else (1.0, 1.0, 0.0, 0.0)
    )
    frags = []
    x = y = 0.0
    for code in obj.iter(f"{_Q}TextCode"):
        text = code.text or ""
        if code.get("X") is not None:
            x = (_floats(code.get("X")) or [x])[0]
        if code.get("Y") is not None:
            y = (_floats(code.get("Y")) or [y])[0]
        if not text.strip():
            continue
        advances = _advances(text, _deltas(code.get("DeltaX")), size)
        advance = sum(advances)
        last = size if ord(text[-1]) > 0x2E80 else size / 2
        x0 = bx + x * scale_x + shift_x
        base = by + y * scale_y + shift_y
        h = size * abs(scale_y or 1.0)
        frags.append(
            Line(text, x0, x0 + (advance + last) * abs(scale_x or 1.0), base - 0.85 * h, base + 0.15 * h)
        )
        x += advance + last  # a following TextCode without X continues after this one
    return frags


def read(path: Path, data: bytes, progress: Callable[[int, int], None] | None = None) -> Extracted:
    """Read an OFD file: page texts in reading order, page labels 1..n, DocInfo title."""
    zf = safe_zip(path, data, "OFD")
    names = {i.filename for i in zf.infolist() if not i.is_dir()}
    entry = _resolve("", "OFD.xml", names)
    if entry is None:
        raise FileError(path, "no OFD.xml in the package", "check that this is an OFD file")
    root = _parse(zf, path, entry)
    body = root.find(f"{_Q}DocBody")
    doc_root = body.findtext(f"{_Q}DocRoot") if body is not None else None
    doc_name = _resolve("", doc_root or "", names) if doc_root else None
    if doc_name is None:
        raise FileError(path, "OFD.xml names no readable DocRoot", "re-export the OFD")
    front: dict[str, str] = {}
    info = body.find(f"{_Q}DocInfo") if body is not None else None
    if info is not None:
        title = (info.findtext(f"{_Q}Title") or "").strip()
        if plausible_title(title):
            front["title"] = title
    document = _parse(zf, path, doc_name)
    doc_dir = posixpath.dirname(doc_name)
    page_elems = document.findall(f"{_Q}Pages/{_Q}Page")
    if not page_elems:
        raise FileError(path, "the OFD has no pages", "re-export the OFD")
    if len(page_elems) > MAX_PAGES:
        raise FileError(
            path, f"the OFD has {len(page_elems)} pages, over the {MAX_PAGES}-page limit", "split it"
        )
    box = _floats(document.findtext(f"{_Q}CommonData/{_Q}PageArea/{_Q}PhysicalBox"))
    page_width = box[2] if len(box) == 4 else None
    pages: list[list[Line]] = []
    missing: list[str] = []
    for n, page in enumerate(page_elems, start=1):
        loc = _resolve(doc_dir, page.get("BaseLoc", ""), names)
        if loc is None:
            missing.append(str(n))
            pages.append([])
            continue
        content = _parse(zf, path, loc)
        pages.append(group_fragments(_text_fragments(content)))
        if progress:
            progress(n, len(page_elems))
    texts, continued = assemble_pages(pages, page_width)
    if not any(t.strip() for t in texts):
        raise FileError(path, "the OFD has no text (a scan?)", "supply a text version or a PDF of the scan")
    extra = {"pages": str(len(page_elems))}
    if continued:
        extra["continued_pages"] = ",".join(str(i + 1) for i in continued)
    if missing:
        extra["missing_pages"] = ",".join(missing)
        extra["warnings"] = f"page content missing for page(s) {', '.join(missing)}"
    out = [RawPage(label=str(i + 1), text=t) for i, t in enumerate(texts)]
    return Extracted(pages=out, front_matter=front, format="ofd", extra=extra, continued=tuple(continued))
