"""DOCX: body text in order (paragraphs and tables interleaved) with Word's automatic numbering.

python-docx leaves the numbers of auto-numbered paragraphs (一、 （一） 1.) out of `p.text`;
chunking needs them to find sections, so they are computed here from numbering.xml the way
Word counts them: levels, start values, restarts, overrides and the number formats Chinese
documents use (chineseCounting, ideographTraditional, ...).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.formats.base import (
    Extracted,
    RawPage,
    as_the_text_titles_it,
    plausible_title,
    safe_zip,
    transmitted_by_text,
)
from kb.errors import FileError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"


# --------------------------------------------------------------------------- number formats

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL_S = "零壹贰叁肆伍陆柒捌玖"
_CN_LEGAL_T = "零壹貳參肆伍陸柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_CARDINAL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ORDINAL = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def chinese_counting(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (Word's chineseCounting, below 10 000)."""
    if n <= 0 or n >= 10000:
        return str(n)
    ten, hundred, thousand = units
    parts = []
    zero = False
    for value, unit in ((1000, thousand), (100, hundred), (10, ten), (1, "")):
        d = (n // value) % 10
        if d == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        if not (unit == ten and d == 1 and n < 20 and digits is _CN_DIGITS):
            parts.append(digits[d])
        parts.append(unit)
    return "".join(parts)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for value, sym in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out += sym
            n -= value
    return out


def _letter(n: int) -> str:
    """Word's letters: A..Z, then AA..ZZ, AAA.. (the letter repeated)."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def format_number(n: int, fmt: str) -> str:
    """The number `n` in a w:numFmt style; unknown formats fall back to decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "koreanCounting", "koreanDigital2"):  # fmt: skip
        return chinese_counting(n)
    if fmt == "chineseLegalSimplified":
        return chinese_counting(n, _CN_LEGAL_S, "拾佰仟")
    if fmt in ("ideographLegalTraditional", "japaneseLegal", "taiwaneseCountingThousand"):
        return chinese_counting(n, _CN_LEGAL_T, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return _PAREN[n - 1] if 0 < n <= len(_PAREN) else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _FULLSTOP[n - 1] if 0 < n <= len(_FULLSTOP) else f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "ordinal":
        return _ordinal_suffix(n)
    if fmt == "cardinalText":
        return _CARDINAL[n].capitalize() if 0 <= n < len(_CARDINAL) else str(n)
    if fmt == "ordinalText":
        return _ORDINAL[n].capitalize() if 0 <= n < len(_ORDINAL) else _ordinal_suffix(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


# --------------------------------------------------------------------------- numbering.xml


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: 0 = never, k = after level k (1-based) is used
    legal: bool = False  # w:isLgl: all numbers shown as decimal
    suffix: str = "tab"  # w:suff: tab, space or nothing
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


def _val(elem, tag: str) -> str | None:
    child = elem.find(f"{_W}{tag}") if elem is not None else None
    return child.get(f"{_W}val") if child is not None else None


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _level(lvl) -> Level:
    level = Level()
    level.fmt = _val(lvl, "numFmt") or "decimal"
    text = _val(lvl, "lvlText")
    level.text = text if text is not None else ""
    level.start = _int(_val(lvl, "start"), 1)
    restart = _val(lvl, "lvlRestart")
    level.restart = _int(restart, 0) if restart is not None else None
    legal = lvl.find(f"{_W}isLgl")
    level.legal = legal is not None and (legal.get(f"{_W}val") or "1") not in ("0", "false", "off")
    level.suffix = _val(lvl, "suff") or "tab"
    level.style = _val(lvl, "pStyle")
    return level


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # full lvl overrides


class Numbering:
    """Word's list counters for one document, advanced paragraph by paragraph in body order."""

    def __init__(self, numbering_el, styles_el) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum numStyleLink -> style id
        self.nums: dict[str, _Num] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        if numbering_el is not None:
            for absn in numbering_el.findall(f"{_W}abstractNum"):
                aid = absn.get(f"{_W}abstractNumId") or ""
                self.abstract[aid] = {
                    _int(lvl.get(f"{_W}ilvl"), 0): _level(lvl) for lvl in absn.findall(f"{_W}lvl")
                }
                link = _val(absn, "numStyleLink")
                if link:
                    self.style_link[aid] = link
            for num in numbering_el.findall(f"{_W}num"):
                entry = _Num(_val(num, "abstractNumId") or "")
                for override in num.findall(f"{_W}lvlOverride"):
                    ilvl = _int(override.get(f"{_W}ilvl"), 0)
                    start = _val(override, "startOverride")
                    if start is not None:
                        entry.starts[ilvl] = _int(start, 1)
                    lvl = override.find(f"{_W}lvl")
                    if lvl is not None:
                        entry.levels[ilvl] = _level(lvl)
                self.nums[num.get(f"{_W}numId") or ""] = entry
        if styles_el is not None:
            for style in styles_el.findall(f"{_W}style"):
                sid = style.get(f"{_W}styleId") or ""
                based = _val(style, "basedOn")
                if based:
                    self.style_based[sid] = based
                numpr = style.find(f"{_W}pPr/{_W}numPr")
                if numpr is not None:
                    ilvl = _val(numpr, "ilvl")
                    self.style_numpr[sid] = (
                        _val(numpr, "numId"),
                        _int(ilvl, 0) if ilvl is not None else None,
                    )
        self._counters: dict[str, dict[int, int | None]] = {}

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        aid = num.abstract
        levels = self.abstract.get(aid)
        if aid in self.style_link:  # numStyleLink: the levels live in the style's list
            linked = self.style_numpr.get(self.style_link[aid], (None, None))[0]
            target = self.nums.get(linked or "")
            if target is not None and target.abstract in self.abstract:
                aid, levels = target.abstract, self.abstract[target.abstract]
        if levels is None:
            return None
        if num.levels:
            levels = {**levels, **num.levels}
        # A w:num that restarts a level (startOverride) is its own list; others share counters.
        key = f"num:{num_id}" if num.starts or num.levels else f"abs:{aid}"
        return key, levels

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.style_numpr:
                return self.style_numpr[style_id]
            style_id = self.style_based.get(style_id)
        return None, None

    def label(self, p) -> tuple[str, str]:
        """(number text, suffix) for paragraph element `p`, advancing the counters."""
        ppr = p.find(f"{_W}pPr")
        style_id = _val(ppr, "pStyle")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id = _val(numpr, "numId")
        ilvl_text = _val(numpr, "ilvl")
        ilvl = _int(ilvl_text, 0) if ilvl_text is not None else None
        if num_id is None:
            style_num, style_ilvl = self._style_numpr(style_id)
            num_id = style_num
            if ilvl is None:
                ilvl = style_ilvl
        if not num_id or num_id == "0":
            return "", ""
        found = self._levels(num_id)
        if found is None:
            return "", ""
        key, levels = found
        if ilvl is None:  # level chosen by style binding (w:lvl/w:pStyle), else the first
            ilvl = next((k for k, lv in levels.items() if style_id and lv.style == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        starts = self.nums[num_id].starts
        counters = self._counters.setdefault(key, {})
        current = counters.get(ilvl)
        counters[ilvl] = starts.get(ilvl, level.start) if current is None else current + 1
        for deeper, lv in levels.items():
            if deeper <= ilvl:
                continue
            restart = lv.restart
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                counters[deeper] = None
        if level.fmt == "bullet":
            return "", ""

        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k, Level())
            value = counters.get(k)
            if value is None:
                value = starts.get(k, lv.start)
            fmt = "decimal" if level.legal and lv.fmt not in ("none", "bullet") else lv.fmt
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", number, level.text)
        return text, level.suffix


# --------------------------------------------------------------------------- body text


def _run_text(elem, out: list[str], boxes: list) -> None:
    """Visible text of a paragraph subtree; text boxes are collected separately."""
    for child in elem:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{_W}t":
            # An unresolved entity (&xxe;, refused by the parser), comment or PI inside w:t is a
            # child node whose .tail holds the text after it: keep the tails, never the node.
            out.append((child.text or "") + "".join(c.tail or "" for c in child))
        elif tag == f"{_W}tab" or tag == f"{_W}ptab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag in (f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText", f"{_W}pPr", f"{_W}rPr"):
            continue
        elif tag == f"{{{MC}}}Fallback":
            continue  # duplicate of mc:Choice
        elif tag == f"{_W}txbxContent":
            boxes.append(child)
        else:  # runs, hyperlinks, insertions, smart tags, fields, mc:Choice
            _run_text(child, out, boxes)


def paragraph_text(p) -> tuple[str, list]:
    out: list[str] = []
    boxes: list = []
    _run_text(p, out, boxes)
    return "".join(out), boxes


def _cell_text(tc, numbering: Numbering) -> str:
    parts = []
    for block in _blocks(tc, numbering):
        if block.strip():
            parts.append(block.strip().replace("\n", " "))
    return " ".join(parts)


def _table_lines(tbl, numbering: Numbering) -> Iterator[str]:
    """Rows as 'a | b | c'; vertically merged cells repeat the value so each row stands alone."""
    above: dict[int, str] = {}
    for tr in tbl.findall(f"{_W}tr"):
        cells: list[str] = []
        col = 0
        for tc in tr.findall(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = _int(_val(tcpr, "gridSpan"), 1)
            vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
            if vmerge is not None and (vmerge.get(f"{_W}val") or "continue") == "continue":
                text = above.get(col, "")
            else:
                text = _cell_text(tc, numbering)
            above[col] = text
            cells.append(text)
            col += span
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            yield " | ".join(cells)


def _blocks(container, numbering: Numbering) -> Iterator[str]:
    """Paragraph and table lines of a body, cell or content control, in document order."""
    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{_W}p":
            text, boxes = paragraph_text(child)
            number, suffix = numbering.label(child)
            text = text.strip()
            if number and text:
                # Word puts a tab or a space after the number; a tab before Chinese text is
                # dropped so "1.设立" reads like typed Chinese outline numbers.
                spaced = suffix == "space" or (suffix == "tab" and not _starts_cjk(text))
                sep = " " if spaced and not number.endswith(" ") else ""
                text = f"{number}{sep}{text}"
            if text:
                yield text
            for box in boxes:
                yield from _blocks(box, numbering)
        elif tag == f"{_W}tbl":
            yield from _table_lines(child, numbering)
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, numbering)
        elif tag in (f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"):
            yield from _blocks(child, numbering)


def _starts_cjk(text: str) -> bool:
    return bool(text) and ord(text[0]) > 0x2E80


def read(path: Path, data: bytes, progress: Callable[[int, int], None] | None = None) -> Extracted:
    """Read a .docx: one page (DOCX has no fixed pages) of numbered paragraphs and table rows."""
    zf = safe_zip(path, data, "DOCX")
    names = {i.filename for i in zf.infolist()}
    if "word/document.xml" not in names:
        hint = "save it as .docx from Word or WPS" if "[Content_Types].xml" in names else "check the file"
        raise FileError(path, "not a Word document (no word/document.xml)", hint)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise FileError(path, f"not a readable DOCX ({exc})", "re-save it from Word or WPS") from exc
    except Exception as exc:  # lxml XMLSyntaxError and friends
        raise FileError(
            path, f"broken DOCX ({type(exc).__name__}: {exc})", "re-save it from Word or WPS"
        ) from exc
    part = document.part
    numbering_el = None
    with contextlib.suppress(KeyError, NotImplementedError):
        numbering_el = part.numbering_part.element
    styles_el = None
    with contextlib.suppress(KeyError, NotImplementedError):
        styles_el = part.styles.element
    numbering = Numbering(numbering_el, styles_el)
    body = document.element.body
    lines = list(_blocks(body, numbering))
    if progress:
        progress(1, 1)
    front: dict[str, str] = {}
    try:
        title = (document.core_properties.title or "").strip()
    except Exception:
        title = ""
    if plausible_title(title) and not transmitted_by_text(title, "\n".join(lines)):
        front["title"] = as_the_text_titles_it(title, "\n".join(lines))
    return Extracted(
        pages=[RawPage(label=None, text="\n".join(lines))], front_matter=front, format="docx", extra={}
    )
