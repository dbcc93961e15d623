"""Plain functions behind the web page: each calls the KnowledgeBase facade and turns the result
into what a widget shows (HTML, table rows, a file). No Gradio here, so they are tested directly.

Errors from the knowledge base (CdokbError) pass through unchanged; the page words them for
the user in one place, ui/page/errors.py.
Everything from a document is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import contextlib
import html
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

from kb import export
from kb.config import MAX_K
from kb.errors import UsageError
from kb.filenames import safe_name
from kb.store import FILTER_KEYS
from kb.text import fold_same_length, printable, tokenize
from kb.types import Answer, Citation, Deadline, Duty
from ui.auth import can_write
from ui.i18n import ZH, t

Filters = dict[str, list[str]]
# (fraction 0..1, message) -> None; the page passes gr.Progress, tests pass a list's append.
ProgressFn = Callable[[float, str], None]
EXAMPLES = [
    "首席数据官的主要职责有哪些？",
    "首席数据官由谁担任？",
    "试点工作什么时候完成？",
    "What are the functions of an agency Chief Data Officer?",
    "Who chairs the Chief Data Officers Council?",
]


# -- ask --------------------------------------------------------------------------------------
def make_filters(
    doc: Sequence[str] | None = None,
    region: Sequence[str] | None = None,
    level: Sequence[str] | None = None,
    language: Sequence[str] | None = None,
    year: Sequence[str] | None = None,
) -> Filters:
    """Only the filters that hold something; a dropdown may hand over a single string."""
    given = dict(zip(FILTER_KEYS, (doc, region, level, language, year), strict=True))
    filters: Filters = {}
    for key, values in given.items():
        if isinstance(values, str):
            values = [values]
        kept = [str(v).strip() for v in values or [] if str(v).strip()]
        if kept:
            filters[key] = kept
    return filters


def ask(kb, question: str, k: int = 5, filters: Filters | None = None) -> Answer:
    """The page's and the API's question; what a caller sends is checked, not trusted."""
    if question is not None and not isinstance(question, str):
        raise UsageError("the question must be text")
    try:
        count = int(k)
    except (TypeError, ValueError, OverflowError):
        raise UsageError(f"k={str(k)[:20]!r} is not a whole number; ask for 1 to {MAX_K} citations") from None
    return kb.ask(question or "", k=count, filters=filters or None)


def answer_dict(answer: Answer) -> dict:
    """The /ask API's reply: the answer with [n] markers and every citation's fields."""
    return asdict(answer)


def _blank(value: str | None, lang: str) -> str:
    return value if value else t("not_stated", lang)


def render_answer(answer: Answer, lang: str = ZH) -> str:
    """The answer as HTML; each [n] links to its citation card."""
    body = html.escape(answer.answer)
    body = re.sub(r"\[(\d{1,2})\]", r'<a class="cdokb-ref" href="#cdokb-cite-\1">[\1]</a>', body)
    css = "cdokb-answer cdokb-none" if answer.no_answer else "cdokb-answer"
    note = f'<div class="cdokb-none-note">{t("no_answer", lang)}</div>' if answer.no_answer else ""
    took = f'<div class="cdokb-ms">{t("ms", lang, ms=answer.ms)}</div>'
    return f'<div class="{css}">{note}<div class="cdokb-answer-text">{body}</div>{took}</div>'


def render_notice(text: str) -> str:
    """A hint in the answer's place (e.g. for an empty question): not an error, no red."""
    return f'<div class="cdokb-answer cdokb-notice">{html.escape(text)}</div>'


def render_cards(answer: Answer, lang: str = ZH) -> str:
    """One card per citation: where it is, and the quote with the question's words marked."""
    if not answer.citations:
        return ""
    cards = [_card(c, answer.question, lang) for c in answer.citations]
    return (
        f'<div class="cdokb-hint">{t("open_hint", lang)}</div><div class="cdokb-cards">{"".join(cards)}</div>'
    )


def _card(c: Citation, question: str, lang: str) -> str:
    esc = html.escape
    meta = " · ".join(
        f"{t(key, lang)}: {esc(_blank(value, lang))}"
        for key, value in (("issuer", c.issuer), ("date", c.date), ("doc_number", c.doc_number))
    )
    where = f"{t('section', lang)}: {esc(_blank(c.section, lang))}"
    if c.page:
        where += f" · {t('page', lang)}: {esc(c.page)}"
    flags = "".join(
        f'<span class="cdokb-flag">{t(key, lang)}</span>'
        for key, on in (("closest", c.closest), ("incomplete", not c.complete))
        if on
    )
    original = ""
    if c.text_original and c.text_original != c.text:
        original = (
            f'<details class="cdokb-original"><summary>{t("original_script", lang)}</summary>'
            f"<blockquote>{esc(c.text_original.strip())}</blockquote></details>"
        )
    return (
        f'<div class="cdokb-card" id="cdokb-cite-{c.n}" role="button" tabindex="0" '
        f'data-doc="{esc(c.doc_id)}" data-chunk="{esc(c.chunk_id)}" data-n="{c.n}">'
        f'<div class="cdokb-card-title"><span class="cdokb-n">[{c.n}]</span> {esc(c.title)} {flags}</div>'
        f'<div class="cdokb-meta">{meta}</div><div class="cdokb-where">{where}</div>'
        f'<blockquote class="cdokb-quote">{highlight(c.text.strip(), question)}</blockquote>{original}'
        f'<div class="cdokb-open">{t("open_source", lang)} →</div></div>'
    )


def highlight(passage: str, question: str) -> str:
    """Escaped passage with the question's words in <mark>; matching is on folded text, so
    數據 in the passage is marked for 数据 in the question."""
    folded = fold_same_length(passage, lower=True)
    words = {w for w in tokenize(question) if len(w) >= 2}
    marked = [False] * len(passage)
    for word in words:
        pattern = re.escape(word)
        if word.isascii():
            pattern = rf"(?<![a-z0-9]){pattern}"
        for match in re.finditer(pattern, folded):
            for i in range(match.start(), match.end()):
                marked[i] = True
    out: list[str] = []
    i = 0
    while i < len(passage):
        j = i
        while j < len(passage) and marked[j] == marked[i]:
            j += 1
        piece = html.escape(passage[i:j])
        out.append(f"<mark>{piece}</mark>" if marked[i] else piece)
        i = j
    return "".join(out)


def source_view(kb, doc_id: str, chunk_id: str = "", lang: str = ZH) -> str:
    """The whole cleaned document with the cited passage marked (the page scrolls to it)."""
    doc = kb.document(doc_id)
    start = end = 0
    if chunk_id:
        for chunk in kb.chunks_of(doc_id):
            if chunk.chunk_id == chunk_id:
                start, end = chunk.start, chunk.end
                break
    esc = html.escape
    meta = " · ".join(
        f"{t(key, lang)}: {esc(_blank(value, lang))}"
        for key, value in (("issuer", doc.issuer), ("date", doc.date), ("doc_number", doc.doc_number))
    )
    text = doc.text
    body = (
        f"{esc(text[:start])}<mark class='cdokb-target' id='cdokb-target'>{esc(text[start:end])}</mark>"
        f"{esc(text[end:])}"
        if end > start
        else esc(text)
    )
    return (
        f'<div class="cdokb-source" data-doc="{esc(doc.doc_id)}"><div class="cdokb-card-title">{esc(doc.title)}</div>'
        f'<div class="cdokb-meta">{meta}</div><div class="cdokb-doc">{body}</div></div>'
    )


# -- choices ----------------------------------------------------------------------------------
def filter_choices(kb) -> dict[str, list]:
    """Dropdown choices from the stored documents: (label, doc_id) pairs for doc, values otherwise."""
    infos = kb.documents()
    choices: dict[str, list] = {
        "doc": [(f"{i.title}（{i.date}）" if i.date else i.title, i.doc_id) for i in infos]
    }
    for key in ("region", "level", "language"):
        choices[key] = sorted({getattr(i, key) for i in infos if getattr(i, key)})
    choices["year"] = sorted({i.date[:4] for i in infos if i.date[:4].isdigit()}, reverse=True)
    return choices


def role_choices(kb) -> list[str]:
    return kb.roles()


# -- duties -----------------------------------------------------------------------------------
def duty_headers(lang: str = ZH) -> list[str]:
    keys = ("col_role", "col_level", "col_holder", "col_duty", "col_clause", "col_document", "col_section")
    return [t(k, lang) for k in keys]


def duties(kb, role: str | None = None, region: str | None = None) -> list[Duty]:
    return kb.duties(role=role or None, filters=make_filters(region=region) or None)


def duty_rows(items: Iterable[Duty]) -> list[list[str]]:
    return [[d.role, d.level, d.holder, d.duty, d.text, d.title, d.section] for d in items]


def export_duties_csv(kb, role: str | None, region: str | None, out_dir: Path | None = None) -> Path:
    name = _export_name("duties", role, region, "csv")
    return _write(out_dir, name, export.duties_to_csv(duties(kb, role, region)))


# -- compare ----------------------------------------------------------------------------------
def dimension_choices(lang: str = ZH) -> list[tuple[str, str]]:
    from kb.dimensions import DIMENSIONS

    return [(d.label_zh if lang == ZH else d.label_en, d.id) for d in DIMENSIONS]


def compare(kb, docs: list[str] | None, regions: list[str] | None, dimensions: list[str] | None):
    return kb.compare(docs or (), regions or (), dimensions or ())


def compare_html(matrix, lang: str = ZH) -> str:
    """The matrix as an HTML table: documents as columns, dimensions as rows, each clause with
    its section, each column head linking to the source when the source is a web address."""
    from kb.compare_export import cell_lines

    chinese = lang == ZH
    head = [f"<th>{html.escape(t('dimension', lang))}</th>"]
    for doc in matrix.documents:
        title = html.escape(doc.title)
        if doc.source.startswith(("http://", "https://")):
            title = (
                f'<a href="{html.escape(doc.source, quote=True)}" target="_blank" rel="noopener">{title}</a>'
            )
        meta = " · ".join(html.escape(x) for x in (doc.issuer, doc.date, doc.doc_number) if x)
        incomplete = "" if doc.complete else f"<br><em>{html.escape(t('incomplete_copy', lang))}</em>"
        head.append(
            f"<th><strong>{html.escape(doc.region)}</strong><br>{title}<br><small>{meta}</small>{incomplete}</th>"
        )
    rows = []
    for dimension in matrix.dimensions:
        label = dimension.label_zh if chinese else dimension.label_en
        cells = [f"<th>{html.escape(label)}</th>"]
        for doc in matrix.documents:
            cell = matrix.cell(doc.doc_id, dimension.id)
            lines = cell_lines(cell, chinese)
            css = "stated" if cell.clauses else "empty"
            body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
            cells.append(f'<td class="cdokb-{css}">{body}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<div class="cdokb-compare"><table><thead><tr>'
        + "".join(head)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )


def export_compare(matrix, fmt: str, lang: str = ZH, out_dir: Path | None = None) -> Path:
    from kb import compare_export

    chinese = lang == ZH
    name = f"compare.{fmt}"
    if fmt == "md":
        return _write(out_dir, name, compare_export.to_markdown(matrix, chinese).encode("utf-8"))
    if fmt == "csv":
        return _write(out_dir, name, compare_export.to_csv(matrix, chinese))
    path = _write(out_dir, name, b"")
    compare_export.to_docx(matrix, path, chinese)
    return path


# -- deadlines --------------------------------------------------------------------------------
def deadline_headers(lang: str = ZH) -> list[str]:
    keys = (
        "col_status", "col_due", "col_repeat", "col_who", "col_what", "col_anchor", "col_clause",
        "col_document", "col_section", "col_flag",
    )  # fmt: skip
    return [t(k, lang) for k in keys]


def deadlines(
    kb, region: str | None = None, role: str | None = None, today: str | None = None
) -> list[tuple[str, str, Deadline]]:
    """(status, shown date, deadline) as the facade orders them: upcoming, past, undated."""
    return kb.deadline_schedule(filters=make_filters(region=region) or None, role=role or None, today=today)


def deadline_rows(items: Iterable[tuple[str, str, Deadline]], lang: str = ZH) -> list[list[str]]:
    return [
        [t(status, lang), shown, d.recurrence or "", d.who, d.what, d.relative_to or "", d.text, d.title,
         d.section, d.flag or ""]
        for status, shown, d in items
    ]  # fmt: skip


def export_deadlines(kb, region: str | None, role: str | None, fmt: str, out_dir: Path | None = None) -> Path:
    """The deadlines shown, as .ics (calendar) or .csv."""
    items = [d for _, _, d in deadlines(kb, region, role)]
    if fmt == "ics":
        return _write(out_dir, _export_name("deadlines", role, region, "ics"), export.deadlines_to_ics(items))
    return _write(out_dir, _export_name("deadlines", role, region, "csv"), export.deadlines_to_csv(items))


# -- library ----------------------------------------------------------------------------------
def library_headers(lang: str = ZH) -> list[str]:
    keys = (
        "col_id", "col_title", "col_issuer", "col_date", "col_number", "col_language", "col_region",
        "col_doclevel", "col_chunks", "col_complete",
    )  # fmt: skip
    return [t(k, lang) for k in keys]


def library_rows(kb) -> list[list]:
    return [
        [
            i.doc_id,
            i.title,
            i.issuer,
            i.date,
            i.doc_number,
            i.language,
            i.region,
            i.level,
            i.chunks,
            "✓" if i.complete else "✗",
        ]
        for i in kb.documents()
    ]


def document_structure(kb, doc_id: str, lang: str = ZH) -> str:
    """The document's outline (kb.outline) as HTML, indented by depth, with chunk counts and pages."""
    doc = kb.document(doc_id)
    rows = []
    for entry in kb.outline(doc_id):
        shown_count = f' <span class="cdokb-count">({entry.chunks})</span>' if entry.chunks else ""
        shown_page = f' <span class="cdokb-page">p. {html.escape(entry.page)}</span>' if entry.page else ""
        rows.append(
            f'<li style="margin-left:{entry.depth * 1.2}em">{html.escape(entry.heading)}{shown_count}{shown_page}</li>'
        )
    esc = html.escape
    meta = " · ".join(
        f"{t(key, lang)}: {esc(_blank(value, lang))}"
        for key, value in (("issuer", doc.issuer), ("date", doc.date), ("doc_number", doc.doc_number))
    )
    return (
        f'<div class="cdokb-structure"><div class="cdokb-card-title">{esc(doc.title)}</div>'
        f'<div class="cdokb-meta">{meta}</div><ul>{"".join(rows)}</ul></div>'
    )


def upload(
    kb,
    files: Sequence[Path | str] | None,
    role: str,
    progress: ProgressFn | None = None,
    lang: str = ZH,
) -> list[dict[str, str]]:
    """The upload box: admins only; one result per file ({name, doc_id, status, error})."""
    if not can_write(role):
        raise UsageError(t("admin_only", lang))
    paths = [Path(f) for f in files or []]
    if not paths:
        raise UsageError(t("no_files", lang))

    def report(i: int, event: str, detail: str) -> None:
        if progress is None:
            return
        name = printable(paths[i].name)
        if event == "chunks":
            done, total = (int(x) for x in detail.split("/"))
            frac = (i + (done / total if total else 1.0)) / len(paths)
            progress(frac, t("embedding", lang, name=name, detail=detail))
        else:
            progress(i / len(paths), t("uploading", lang, name=name))

    results = kb.upload(paths, report)
    if progress:
        progress(1.0, "")
    return results


def upload_lines(results: Iterable[dict[str, str]], lang: str = ZH) -> str:
    """One plain line per file: name: added (doc_id) / failed: why."""
    lines = []
    for r in results:
        status = t(f"status_{r['status']}", lang) if f"status_{r['status']}" in _STATUSES else r["status"]
        tail = f": {r['error']}" if r.get("error") else (f" ({r['doc_id']})" if r.get("doc_id") else "")
        lines.append(f"{r['name']}: {status}{tail}")
    return "\n".join(lines)


_STATUSES = {"status_added", "status_updated", "status_unchanged", "status_duplicate", "status_failed"}


def remove(kb, doc_id: str | None, role: str, lang: str = ZH) -> str:
    if not can_write(role):
        raise UsageError(t("admin_only", lang))
    if not doc_id:
        raise UsageError(t("pick_doc", lang))
    kb.remove(doc_id)
    kb.refresh()
    return t("removed", lang, doc=doc_id)


# -- files ------------------------------------------------------------------------------------
def _export_name(kind: str, role: str | None, region: str | None, ext: str) -> str:
    parts = [kind] + [safe_name(p) for p in (region, role) if p]
    return "-".join(parts) + f".{ext}"


def _write(out_dir: Path | None, name: str, data: str | bytes) -> Path:
    """A fresh folder per download so concurrent users never overwrite each other's file; folders
    older than a day in out_dir are dropped on the way."""
    if out_dir is not None:
        _prune(Path(out_dir), max_age_s=86400)
    folder = Path(tempfile.mkdtemp(prefix="cdokb-", dir=out_dir))
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8-sig")  # Excel opens UTF-8 CSV with a BOM correctly
    return path


def _prune(folder: Path, max_age_s: float) -> None:
    cutoff = time.time() - max_age_s
    for old in folder.glob("cdokb-*"):
        with contextlib.suppress(OSError):
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
