"""Shared plumbing for duty and deadline extraction: clause splitting and section lookup.

Extractors match on `kb.text.fold_same_length`: a simplified, half-width copy of the text with
exactly the length of `Document.text`, so every match maps back to the original characters and
quotes are always taken verbatim from the document (traditional stays traditional).

The extractors themselves live in `ingest.duties` and `ingest.deadlines`; role names in `kb.roles`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from kb.text import is_chinese
from kb.types import Chunk

# A work plan's task is closed by a note of who leads it and by when: （牵头单位：市数据局；完成时限：
# 2024年6月底前）. The labels of the one who leads it (tables head their columns with them too) and
# of its time limit.
TASK_UNIT_LABELS = "牵头单位|责任单位|牵头部门|责任部门"
TASK_TIME_LABELS = "完成时限|完成时间|时间节点|时限要求"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# Lines that start a new unit in English text even without a blank line before them.
_EN_LINE_START = re.compile(
    r"\s*(?:\(\w{1,4}\)|[•●▪◦\-*|§]|\d+[.)]\s|\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+(?=[A-Z])|[A-Z][A-Z .,'’&-]{3,}[.—:-]|[a-z][.)]\s+[A-Z])"  # c. The Council …
)
_ABBREV = frozenset(
    [
        "u.s",
        "e.g",
        "i.e",
        "no",
        "nos",
        "pub",
        "l",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "vs",
        "etc",
        "inc",
        "co",
        "sec",
        "secs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "approx",
        "p",
        "pp",
        "para",
        "art",
        "ch",
    ]
)
_EN_STOP = re.compile(r"[.!?](?:[\"'”’)\]]|\[\^\d+\])*(?=\s)")


def _line_spans(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        spans.append(Span(pos, stop))
        pos = stop + 1
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


# A list item that opens with its verb: "(6) provide …", "b) maintain …"
_LOWER_ITEM = re.compile(r"\s*(?:\(\w{1,4}\)|\d{1,2}[.)]|[a-z][.)])\s+[a-z]")
_ITEM_END = re.compile(r"[;,.](?:\s+(?:and|or))?$")


_TABLE_RULE = re.compile(r"[ \t:=+-]*-{3,}[ \t:=+-]*(?:\|[ \t:=+-]*-{3,}[ \t:=+-]*)+")


def is_table_row(line: str) -> bool:
    """A table's row as the readers write it: a Markdown row (| a | b |), or a Word or PDF
    table's row with its cells parted by " | " (a | b), each a line of its own; or the rule under
    a plain-text table's header (-----|-----)."""
    return line.startswith("|") or (" | " in line and "\n" not in line) or bool(_TABLE_RULE.fullmatch(line))


def table_cells(folded: str, row: Span) -> list[Span]:
    """The cells of a table row, with or without its outer bars."""
    text = folded[row.start : row.end]
    bars = [row.start + i for i, ch in enumerate(text) if ch == "|"]
    if not bars:
        return []
    lead = text.lstrip().startswith("|")
    edges = ([] if lead else [row.start - 1]) + bars + ([] if text.rstrip().endswith("|") else [row.end])
    return [Span(a + 1, b) for a, b in itertools.pairwise(edges)]


def units(folded: str) -> list[Span]:
    """Paragraph-like units: a Chinese line, or English lines joined until a blank line, a list
    item, a table row or a heading starts a new one. Table rows ('|') are units of their own."""
    out: list[Span] = []
    current: Span | None = None
    for line in _line_spans(folded, 0, len(folded)):
        body = folded[line.start : line.end]
        stripped = body.strip()
        if not stripped:
            if current:
                out.append(current)
            current = None
            continue
        zh = is_chinese(stripped)
        table = is_table_row(stripped)
        joinable = (
            current is not None
            and not zh
            and not table
            and not _EN_LINE_START.match(body)
            and not is_chinese(folded[current.start : current.end])
            and not is_table_row(folded[current.start : current.end].strip())
        )
        if joinable:
            assert current is not None
            prev = folded[current.start : current.end].rstrip()
            last_line = prev.split("\n")[-1]
            if (
                len(last_line.strip()) < 70
                and prev[-1:] not in ".,;:—-–("
                and stripped[:1].isupper()
                # an item's wrapped line ("(6) provide training to Departmental Data" over
                # "Coordinators; and", ending as an item ends) is no heading, on the item's
                # second line or a later one ("… chaired by the Chief" over "Secretary;")
                and not (_LOWER_ITEM.match(prev.split("\n")[0]) and _ITEM_END.search(stripped))
            ):
                joinable = False  # a heading line ("Action 14: Develop a Data Ethics Framework")
            elif re.search(r"[.!?;:][\"'”’)\]]*(?:\[\^\d+\])?$", prev) and (
                stripped[:1].isupper() or stripped[:1].isdigit() or stripped[:1] in '(“"'
            ):
                joinable = False  # a line that ends a sentence before one that starts one
        if joinable:
            assert current is not None
            current = Span(current.start, line.end)
        else:
            if current:
                out.append(current)
            current = line
    if current:
        out.append(current)
    return [_trim(folded, s.start, s.end) for s in out if folded[s.start : s.end].strip()]


def sentences(folded: str, unit: Span) -> list[Span]:
    """Sentences of one unit: split after 。！？ and after an English . ! ? that ends a sentence."""
    out: list[Span] = []
    start = unit.start
    text = folded
    i = unit.start
    while i < unit.end:
        ch = text[i]
        cut = None
        if ch in "。!?！？":
            cut = i + 1
            while cut < unit.end and text[cut] in "”’\"')）]":
                cut += 1
        elif ch == "." and i + 1 < unit.end:
            m = _EN_STOP.match(text, i)
            if m and m.end() < unit.end:
                word = re.search(r"(?:^|(?<=[\s(“\"]))([A-Za-z.]+)$", text[start:i])
                token = word.group(1).lower().rstrip(".") if word else ""
                nxt = text[m.end() : m.end() + 3].lstrip()
                single_initial = bool(word) and len(word.group(1)) == 1 and word.group(1).isupper()
                if (
                    token not in _ABBREV
                    and not single_initial
                    and nxt
                    and (nxt[0].isupper() or nxt[0] in '(“"[' or nxt[0].isdigit())
                ):
                    cut = m.end()
        if cut is not None:
            span = _trim(text, start, cut)
            if span.end > span.start:
                out.append(span)
            start = cut
            i = cut
            continue
        i += 1
    span = _trim(text, start, unit.end)
    if span.end > span.start:
        out.append(span)
    return out


def split_on(folded: str, span: Span, marks: str) -> list[Span]:
    """Sub-spans of `span` cut after each character in `marks` (the mark stays on the left)."""
    out: list[Span] = []
    start = span.start
    for i in range(span.start, span.end):
        if folded[i] in marks:
            piece = _trim(folded, start, i + 1)
            if piece.end > piece.start:
                out.append(piece)
            start = i + 1
    piece = _trim(folded, start, span.end)
    if piece.end > piece.start:
        out.append(piece)
    return out


def segments(folded: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence cut at semicolons: one duty or obligation each, as drafters write them."""
    return split_on(folded, sentence, ";；")


# English lead-ins that hand a role the list below them, read alike by the duty and the deadline
# readers: a mandate's "is charged with:" / "is tasked with" (Dutch "is belast met" in
# translation), and an order's "shall perform the following duties:-" (a duty verb, not
# "will examine the following:")
EN_CHARGED_WITH = r"(?:is|are|shall\s+be|will\s+be)\s+(?:charged|tasked)\s+with"
# "shall be responsible for", an aside set off by commas before its "be" ("shall, under the general
# direction of the Permanent Secretary, be responsible for:"); duties and deadlines read it alike
EN_RESPONSIBLE_FOR = r"(?:shall|will|must)(?:\s*,[^,.;:\n]{1,80},)?\s+be\s+responsible\s+for"
# ("shall have the following duties and functions:")
EN_FOLLOWING_DUTIES = r"(?:perform|discharge|undertake|have|carry\s+out|do)\s+the\s+following(?:\s+\w+){0,3}"


_LIST_MARKER = re.compile(
    r"\s*(?:第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳]|[a-z]\)|\(\w{1,4}\)|[•●▪◦\-*]|"
    r"\d{1,2}(?:\.\d{1,2}){1,3}(?=\s)|"  # a clause number: 6.1, 5.1.1
    r"[A-Z]\.(?=\s)|"  # a state code's lettered subsection: "B. The CDO shall:"
    r"答[:：])\s*"  # a policy interpretation's answer: "答：部门首席数据官主要负责：…"
)


def skip_markers(folded: str, start: int, end: int) -> int:
    """Position after any leading list markers such as 一、 (二) 3. (c) •."""
    while True:
        m = _LIST_MARKER.match(folded, start, end)
        if not m or m.end() == start:
            return start
        start = m.end()


class SectionIndex:
    """Maps a document offset to the section path of the chunk that holds it."""

    def __init__(self, chunks: list[Chunk]) -> None:
        ordered = sorted(chunks, key=lambda c: (c.start, c.end))
        self._starts = [c.start for c in ordered]
        self._chunks = ordered

    def section_at(self, pos: int) -> str:
        i = bisect.bisect_right(self._starts, pos) - 1
        for j in range(i, max(i - 8, -1), -1):  # overlapping chunks: look a few back
            chunk = self._chunks[j]
            if chunk.start <= pos < chunk.end:
                return chunk.section
        return ""


# The verbs an executive order's operative paragraphs open with ("2. Direct that the CDO shall:",
# "5. Direct the head of each agency to designate … by November 14, 2025"): read as a shall is
EN_ORDERING_VERB = r"(?:direct|order|require|instruct|charge)s?"


def clean_phrase(text: str) -> str:
    """A quoted phrase with its whitespace runs collapsed (display only, never for matching)."""
    # (and the dash a timeline's item sets before its date: "nomination of Data Stewards – by …")
    return (
        re.sub(r"\s+", " ", text)
        .strip(" ,\uff0c、;\uff1b:：.。")
        .removesuffix(" –")
        .removesuffix(" —")
        .strip()
    )
