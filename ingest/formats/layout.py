"""Positioned text -> paragraphs, for PDF, OFD and OCR alike: every such source needs the
same three steps, namely build lines, drop running headers and page footers, then re-join
wrapped lines (Chinese without a space) into paragraphs while keeping structure lines
(一、 （一） 1.) on their own line so chunking can find them."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class Line:
    """A line of text with its box in page units (y grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # (left, right) of the column of text it belongs to, where a page sets two side by side;
    # None: the page's own margins
    column: tuple[float, float] | None = None
    cells: bool = False  # a table's row (runs of words set well apart): joined to no other line

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]")

# A line that starts like this begins a new paragraph even when the previous line was full.
STRUCTURE = re.compile(
    r"^\s*(?:"
    r"[一二三四五六七八九十百零〇]+\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十百零〇]+\s*[）)]"
    r"|\d{1,3}\s*(?:、(?!\d)|、(?=(?:19|20)\d\d年)|[.．](?!\d))"
    # a numbered paragraph's number before a capital or a Chinese word: 4.10 Promote…, 2.3.1 范围;
    # not a sum (1.5 million, 2.5 亿条)
    r"|\d{1,3}(?:\.\d{1,3}){1,2}\s+(?=[A-Z\u4e00-\u9fff])(?![亿万千百倍])"
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


def join_gap(left: str, right: str) -> str:
    """What goes between a wrapped line and the next (both stripped): nothing around CJK or
    after a word's hyphen, else a space."""
    if not left or not right or is_cjk(left[-1]) or is_cjk(right[0]) or _hyphenated(left, right):
        return ""
    if left[-1] == "-" and left[-2:-1].isalpha() and right[:1].islower():
        return ""  # a compound's hyphen at the line's end: three- / to-five-year
    return " "


def _hyphenated(left: str, right: str) -> bool:
    """A word broken at the line's end (Depart- / ment, cross-depart- / mental), not a compound
    whose next part has a hyphen of its own (three- / to-five-year)."""
    first = right.split(maxsplit=1)[0] if right.strip() else ""
    return (
        len(left) >= 2
        and left[-1] in "-\u00ad"
        and left[-2].isalpha()
        and right[:1].islower()
        and "-" not in first
    )


def join_text(left: str, right: str) -> str:
    """Join a wrapped line to the next: no space around CJK, hyphenation undone, else a space."""
    left = left.rstrip()
    right = right.lstrip()
    if left and not is_cjk(left[-1]) and _hyphenated(left, right):
        return left[:-1] + right
    return left + join_gap(left, right) + right


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


# A page's label as a running footer prints it: 3, an appendix's A.1, B-2 or A1, a preface's iv or IV
_PAGE_LABEL_TOKEN = re.compile(r"(?<!\S)(?:[A-Z]{1,2}[.\-–]?\d+|\d+|[ivxlc]{1,6}|[IVXLC]{1,6})(?!\S)")


def _chrome_key(text: str) -> str:
    """A running line's text with its page label and other numbers as "#": the footer of page 3
    and that of appendix page A.1 are the same line."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", _PAGE_LABEL_TOKEN.sub("#", text)))


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


def page_edges(lines: list[Line]) -> set[int]:
    """Indexes of one page's lines set apart at its top or bottom (a running header or footer),
    by the page's own spacing: where they stay when the lines between are reordered."""
    height, gap = _spacing([lines])
    return _edge_zone(lines, height, gap) if len(lines) > 1 else set()


def _running_edges(pages: list[list[Line]]) -> tuple[list[set[int]], set[str]]:
    """Each page's edge zone, and the keys of the lines set apart on at least half the pages
    (and on two at least)."""
    height, gap = _spacing(pages)
    zones = [_edge_zone(lines, height, gap) for lines in pages]
    counts: dict[str, int] = {}
    for lines, zone in zip(pages, zones, strict=True):
        for key in {_chrome_key(lines[i].text) for i in zone}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(2, (len(pages) + 1) // 2)
    return zones, {k for k, n in counts.items() if n >= threshold and k}


def running_heads(pages: list[list[Line]]) -> list[str]:
    """The running header over the first page, as its lines read ("Manchester City Council",
    "Item 7"): dropped from the text as chrome, yet often the only place a report names the body
    that issues it."""
    if not pages or not pages[0]:
        return []
    zones, repeated = _running_edges(pages)
    first = pages[0]
    return [
        first[i].text.strip()
        for i in sorted(zones[0])
        if i < len(first) / 2 and _chrome_key(first[i].text) in repeated  # the header, not the footer
    ]


def drop_page_chrome(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove printed page numbers and running headers/footers from the edges of each page.

    Only lines set apart from the text block at the top or bottom count (a body line that
    happens to start two pages is kept). A page number is such a line, or the first/last line,
    in a page-number pattern. A running header/footer is such a line whose text, digits
    ignored, is set apart on at least half the pages (and on two at least).
    """
    zones, repeated = _running_edges(pages)
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
    # Paragraphs open with a first-line indent (a Chinese document's two characters): a line at
    # the left margin then goes on with the paragraph above, wherever that line stopped.
    indented: bool = False


# A Chinese paragraph's first-line indent is two characters; its start is a line set in by
# about that much after a line that ends a sentence or a heading.
_INDENT_CHARS = (1.5, 2.6)
_INDENT_EVIDENCE = 3  # indented paragraph starts before a document counts as indented
# What a Chinese line that ends its sentence ends with (ingest.clean's unwrapping reads it too)
ZH_LINE_END = re.compile(r"[。！？!?；;：:…”’」』）)】》]$")
_ZH_PROSE = re.compile(r"[，。；：,;]|、$")  # a clause's marks; not 一、基本情况's alone


def _indented(pages: list[list[Line]], left: float, height: float) -> bool:
    starts = ends = 0
    for page in pages:
        for prev, cur in itertools.pairwise(ln for ln in page if ln.text.strip() and ln.column is None):
            if _INDENT_CHARS[0] * height <= cur.x0 - left <= _INDENT_CHARS[1] * height:
                starts += 1
                # after a sentence's end or a heading (二、主要做法): a paragraph's start
                ends += bool(ZH_LINE_END.search(prev.text.rstrip()) or STRUCTURE.match(prev.text))
    return starts >= _INDENT_EVIDENCE and ends * 3 >= starts * 2


def _geometry(pages: list[list[Line]], page_width: float | None) -> _Geometry:
    lines = [ln for page in pages for ln in page if ln.text.strip() and ln.column is None]
    if not lines:
        return _Geometry(0, 0, 10, 2, False)
    x0s = sorted(ln.x0 for ln in lines)
    x1s = sorted(ln.x1 for ln in lines)
    left = x0s[len(x0s) // 10]
    right = x1s[min(len(x1s) - 1, (len(x1s) * 95) // 100)]
    height, gap = _spacing(pages)
    usable = right - left > 8 * height and (page_width is None or right - left > 0.4 * page_width)
    return _Geometry(left, right, height, gap, usable, _indented(pages, left, height))


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
    if not (g.usable or prev.column) or STRUCTURE.match(cur.text) or prev.cells or cur.cells:
        return False
    h = max(prev.height, cur.height)
    if h > 1.2 * min(prev.height, cur.height):  # font size changed: a heading boundary
        return False
    vgap = cur.top - prev.bottom
    if not across_pages and (vgap > g.gap + 0.6 * h or vgap < -0.5 * h):
        return False
    left, right = prev.column or (g.left, g.right)
    if (cur.column or (g.left, g.right)) != (left, right):
        return False  # a column's last line and the next column's or the page's first
    room = right - prev.x1
    full = room <= _first_token_width(cur.text, h) + 0.6 * h
    if full and cur.x0 <= left + 0.8 * h:
        return True
    if g.indented and not across_pages and not prev.column and _runs_on(prev, cur, g, h):
        return True
    if across_pages or prev.column:
        return False
    # Wrapped centred titles: both lines centred, the first one wide.
    centre = (g.left + g.right) / 2
    # (margins on both sides: an indented paragraph's line runs to the right margin)
    both_centred = all(
        abs((ln.x0 + ln.x1) / 2 - centre) < 1.5 * h and ln.x0 > g.left + h and ln.x1 < g.right - h
        for ln in (prev, cur)
    )
    width = g.right - g.left
    # (an English line broken where the next word would have fitted is a letterhead's line of its
    # own: "GOVERNMENT OF MAHARASHTRA" over "Information Technology Department")
    # (not a title its writer balanced by hand: "Policy on the Appointment and Responsibilities" over
    # "of Chief Data Officers …", "Guidelines for Chief Data Officers of" over "Ministries")
    broken_early = (
        not is_cjk(cur.text.lstrip()[:1] or "a")
        and cur.text.lstrip()[:1].isupper()
        and not OPEN_END.search(prev.text.rstrip())
        and prev.x1 - prev.x0 + _first_token_width(cur.text, h) + 0.5 * h < _WRAPPED_SHARE * width
    )
    return both_centred and not broken_early and prev.x1 - prev.x0 > 0.45 * width and vgap <= g.gap + 0.3 * h


_WRAPPED_SHARE = 0.85  # of the text's width, a centred line filled before it wrapped
# A word no sentence or title ends with: the line after it goes on with it ("… to the Permanent" /
# "Secretary"; "Guidelines for Chief Data Officers of" / "Ministries"); ingest.clean reads it too
OPEN_END = re.compile(
    r"\b(?:the|of|and|or|to|in|for|a|an|every|each|by|with|between|across|on|from|at|under|its|their|all|any)$",
    re.I,
)


def _runs_on(prev: Line, cur: Line, g: _Geometry, h: float) -> bool:
    """A Chinese line broken early (a hard line break copied into the PDF: "…负责统筹本单位数据资源管理、"
    over "推动数据共享开放…"): its clause goes on at the margin, where no paragraph of an indented
    document starts."""
    text = prev.text.rstrip()
    return (
        cur.x0 <= g.left + 0.5 * h
        and prev.x0 <= g.left + _INDENT_CHARS[1] * h  # prose, not a centred title or a signature
        and bool(text)
        and is_cjk(text[-1])
        and not ZH_LINE_END.search(text)
        and bool(_ZH_PROSE.search(text))
        and bool(cur.text.strip())
        and is_cjk(cur.text.lstrip()[0])
    )


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
