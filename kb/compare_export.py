"""The comparison matrix as files a trainer or drafter opens: Markdown, CSV (Excel) and Word.

Every layout keeps the matrix's promise: documents as columns, dimensions as rows, each clause
quoted whole with its section (and page), and a sources table (title, issuer, date, 文号, whether
the stored copy is complete) so every cell can be found in its document.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kb.compare import NOT_IN_STORED_TEXT, NOT_STATED, Cell, Matrix
from kb.types import DocumentInfo, DocumentMeta

_STATUS = {
    NOT_STATED: ("未作规定", "not stated"),
    NOT_IN_STORED_TEXT: ("收录文本不完整，未见相关条文", "not in the stored text (the copy is incomplete)"),
}
_HEADINGS = {
    "dimension": ("维度", "Dimension"),
    "sources": ("来源", "Sources"),
    "title": ("标题", "Title"),
    "issuer": ("发文机关", "Issuer"),
    "date": ("日期", "Date"),
    "doc_number": ("文号", "Document number"),
    "complete": ("收录完整", "Complete copy"),
    "yes": ("是", "yes"),
    "no": ("否（收录文本中断）", "no (the stored copy stops early)"),
    "compare": ("对比", "Comparison"),
}


def _say(key: str, chinese: bool) -> str:
    zh, en = _HEADINGS.get(key) or _STATUS[key]
    return zh if chinese else en


def where(section: str, page: str | None, chinese: bool, whole: bool = False) -> str:
    """Where a clause stands: its nearest heading (the whole heading path when `whole`: the
    clause is read away from its document), and its page."""
    place = section if whole else section.split(" > ")[-1] if section else ""
    if page:
        place = f"{place}, {'第' + page + '页' if chinese else 'p. ' + page}".strip(", ")
    return place


def citation(doc: DocumentMeta, section: str, page: str | None, chinese: bool) -> str:
    """Everything a reader needs to find a clause quoted away from its document: title,
    issuer, date, 文号, section and page (what is unknown is left out, never guessed)."""
    title = f"《{doc.title}》" if chinese else doc.title
    parts = [title, doc.issuer, doc.date, doc.doc_number, where(section, page, chinese, whole=True)]
    return ("，" if chinese else ", ").join(p for p in parts if p)


def cell_lines(cell: Cell, chinese: bool) -> list[str]:
    """A cell as lines: each clause followed by where it stands, or why the cell is empty."""
    if not cell.clauses:
        return [_say(cell.status, chinese)]
    lines = []
    for clause in cell.clauses:
        at = where(clause.section, clause.page, chinese)
        text = " ".join(clause.text.split())
        lines.append(f"{text}（{at}）" if at and chinese else f"{text} ({at})" if at else text)
    return lines


def _label(matrix: Matrix, index: int, chinese: bool) -> str:
    d = matrix.dimensions[index]
    return d.label_zh if chinese else d.label_en


def _doc_label(doc) -> str:
    """A column head: the place, then enough of the title to tell two documents of one place apart."""
    title = doc.title if len(doc.title) <= 40 else doc.title[:39] + "…"
    return f"{doc.region} · {title}" if doc.region else title


def sources_rows(documents: list[DocumentInfo], chinese: bool) -> list[list[str]]:
    yes, no = _say("yes", chinese), _say("no", chinese)
    return [[d.title, d.issuer, d.date, d.doc_number, yes if d.complete else no, d.doc_id] for d in documents]


def source_header(chinese: bool) -> list[str]:
    return [_say(k, chinese) for k in ("title", "issuer", "date", "doc_number", "complete")] + ["doc_id"]


def sources_heading(chinese: bool) -> str:
    return _say("sources", chinese)


def add_docx_table(word, head: list[str], rows: list[list[str]]) -> None:
    """A gridded Word table, a header row then one row per item."""
    table = word.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for j, name in enumerate(head):
        table.cell(0, j).text = name
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value


def to_markdown(matrix: Matrix, chinese: bool = True) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|")

    header = [_say("dimension", chinese)] + [escape(_doc_label(d)) for d in matrix.documents]
    out = [f"# {_say('compare', chinese)}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for i, dimension in enumerate(matrix.dimensions):
        row = [_label(matrix, i, chinese)]
        for doc in matrix.documents:
            lines = cell_lines(matrix.cell(doc.doc_id, dimension.id), chinese)
            row.append("<br><br>".join(escape(line) for line in lines))
        out.append("| " + " | ".join(row) + " |")
    out += ["", f"## {_say('sources', chinese)}", ""]
    head = source_header(chinese)
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    rows = sources_rows(matrix.documents, chinese)
    out += ["| " + " | ".join(escape(v) for v in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def to_csv(matrix: Matrix, chinese: bool = True) -> str:
    """One row a dimension, one column a document; write with encoding="utf-8-sig" for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_say("dimension", chinese)] + [f"{d.title} ({d.doc_id})" for d in matrix.documents])
    for i, dimension in enumerate(matrix.dimensions):
        row = [_label(matrix, i, chinese)]
        for doc in matrix.documents:
            row.append("\n\n".join(cell_lines(matrix.cell(doc.doc_id, dimension.id), chinese)))
        writer.writerow(row)
    return buffer.getvalue()


def to_docx(matrix: Matrix, path: Path, chinese: bool = True) -> None:
    from docx import Document as Word
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    word = Word()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    word.add_heading(_say("compare", chinese), level=1)
    table = word.add_table(rows=1 + len(matrix.dimensions), cols=1 + len(matrix.documents))
    table.style = "Table Grid"
    table.cell(0, 0).text = _say("dimension", chinese)
    for j, doc in enumerate(matrix.documents, start=1):
        table.cell(0, j).text = _doc_label(doc)
    for i, dimension in enumerate(matrix.dimensions, start=1):
        table.cell(i, 0).text = _label(matrix, i - 1, chinese)
        for j, doc in enumerate(matrix.documents, start=1):
            cell = table.cell(i, j)
            lines = cell_lines(matrix.cell(doc.doc_id, dimension.id), chinese)
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    word.add_heading(_say("sources", chinese), level=2)
    add_docx_table(word, source_header(chinese), sources_rows(matrix.documents, chinese))
    word.save(str(path))
