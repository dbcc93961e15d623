"""Plain functions behind the web page: each calls the KnowledgeBase facade and turns the result
into what a widget shows (HTML, table rows, a file). No Gradio here, so they are tested directly.

Errors from the knowledge base (CdokbError) pass through unchanged; the page words them for
the user in one place, ui/page/errors.py.
Everything from a document is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import contextlib
import html
import logging
import queue
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from kb import export
from kb.config import MAX_K
from kb.errors import CdokbError, UsageError
from kb.filenames import safe_name
from kb.knowledge_base import DEFAULT_LLM_MODEL
from kb.llm.check import strip_thinking
from kb.llm.client import LlmResult
from kb.store import FILTER_KEYS
from kb.text import fold_same_length, printable, tokenize
from kb.types import Answer, Citation, Deadline, Duty
from ui.auth import can_write
from ui.i18n import ZH, t

log = logging.getLogger(__name__)
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
    body = _linked(answer.answer)
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


# -- LLM answers (only when an LLM is configured) ----------------------------------------------
# LlmResult.fallback of a model that could not be asked at all (the page's own; kb.llm has
# no_answer, not_answered and unsupported).
UNAVAILABLE = "unavailable"
# What kb.llm.check says of a dropped sentence, for the Chinese page: "the KIND WHAT is not in
# [n]" (KIND one of _REASON_KINDS), "the quotation … is not word for word in [n]", "cites [n],
# which does not exist", "no citation". An unknown wording is shown as it is.
_REASON_KINDS = {
    "title": "kind_title",
    "document number": "kind_doc_number",
    "date": "kind_date",
    "month": "kind_month",
    "number": "kind_number",
    "place": "kind_place",
    "role": "kind_role",
}
_REASON_QUOTE = re.compile(r"^the quotation (.+) is not word for word in (\[\d+\](?: or \[\d+\])*)$", re.S)
_REASON_MISSING = re.compile(
    rf"^the ({'|'.join(_REASON_KINDS)}) (.+) is not in (\[\d+\](?: or \[\d+\])*)$", re.S
)
_REASON_CITES = re.compile(r"^cites (.+), which (?:does|do) not exist$", re.S)
_REASON_ECHO = re.compile(r"^only repeats the title or heading of (\[\d+\](?: or \[\d+\])*)$", re.S)
_THREAD_DONE = object()


def llm_model(kb) -> str:
    """The model's name as the page shows it: the one kb.rephrase sends."""
    return kb.settings.llm_model or DEFAULT_LLM_MODEL


def rephrase_stream(kb, answer: Answer) -> Iterator[str | LlmResult]:
    """kb.rephrase in a worker thread, so a page can show the text as it comes: yields the
    model's raw text so far whenever more has arrived (pieces that came together as one step),
    then the checked LlmResult. A model that cannot be asked (a CdokbError) ends in the
    extractive answer with fallback UNAVAILABLE; why goes to the server's log, not the page."""
    pieces: queue.SimpleQueue = queue.SimpleQueue()
    outcome: list[LlmResult | BaseException] = []

    def work() -> None:
        try:
            outcome.append(kb.rephrase(answer, pieces.put))
        except CdokbError as exc:
            log.warning("cdokb: the LLM answer fell back to the extractive one: %s", exc)
            outcome.append(LlmResult("extractive", answer.answer, [], llm_model(kb), UNAVAILABLE))
        except BaseException as exc:  # a bug: raised in the page's thread below
            outcome.append(exc)
        finally:
            pieces.put(_THREAD_DONE)

    threading.Thread(target=work, name="cdokb-llm", daemon=True).start()
    text, finished = "", False
    while not finished:
        batch = [pieces.get()]
        while not pieces.empty():
            batch.append(pieces.get())
        finished = batch[-1] is _THREAD_DONE  # the worker's last put
        arrived = "".join(p for p in batch if p is not _THREAD_DONE)
        if arrived:
            text += arrived
            yield text
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    yield outcome[0]


def _linked(text: str) -> str:
    """Escaped text with each [n] a link to its citation card."""
    return re.sub(r"\[(\d{1,2})\]", r'<a class="cdokb-ref" href="#cdokb-cite-\1">[\1]</a>', html.escape(text))


def render_llm_stream(text: str, model: str, lang: str = ZH) -> str:
    """The model's text while it writes: raw and not yet checked, and said to be so."""
    return (
        f'<div class="cdokb-answer cdokb-llm cdokb-llm-writing">'
        f'<div class="cdokb-ms cdokb-llm-model">{html.escape(t("llm_writing", lang, model=model))}</div>'
        f'<div class="cdokb-answer-text">{_linked(strip_thinking(text))}</div></div>'
    )


def render_llm_answer(answer: Answer, result: LlmResult, lang: str = ZH) -> str:
    """The checked LLM answer with the model's name and the sentences the check removed; when
    the extractive answer stands, it with one line saying why (none when nothing was found)."""
    dropped = render_dropped(result.dropped, lang)
    if result.mode == "llm":
        by = html.escape(t("llm_by", lang, model=result.model))
        return (
            f'<div class="cdokb-answer cdokb-llm"><div class="cdokb-ms cdokb-llm-model">{by}</div>'
            f'<div class="cdokb-answer-text">{_linked(result.text)}</div>{dropped}</div>'
        )
    key = {
        UNAVAILABLE: "llm_unavailable",
        "not_answered": "llm_not_answered",
        "unsupported": "llm_unsupported",
    }
    notice = ""
    if result.fallback in key:
        line = html.escape(t(key[result.fallback], lang, model=result.model))
        notice = f'<div class="cdokb-hint cdokb-llm-notice">{line}</div>'
    return f'<div class="cdokb-llm-fallback">{notice}{render_answer(answer, lang)}{dropped}</div>'


def render_dropped(dropped: Sequence[dict[str, str]], lang: str = ZH) -> str:
    """The sentences the check removed, each with why."""
    if not dropped:
        return ""
    items = "".join(
        f'<li><span class="cdokb-dropped-sentence">{html.escape(d["sentence"])}</span>'
        f"{html.escape(t('dropped_why', lang, reason=dropped_reason(d['reason'], lang)))}</li>"
        for d in dropped
    )
    title = html.escape(t("llm_dropped", lang, n=len(dropped)))
    return f'<div class="cdokb-dropped"><div class="cdokb-hint">{title}</div><ul>{items}</ul></div>'


def dropped_reason(reason: str, lang: str = ZH) -> str:
    """kb.llm.check's reason in the page's language; English is the check's own wording."""
    if lang != ZH:
        return reason

    def cites(where: str) -> str:
        return where.replace(" or ", "或").replace(", ", "、")

    if reason == "no citation":
        return t("reason_no_citation", lang)
    if reason == "a question, not an answer":
        return t("reason_question", lang)
    if found := _REASON_ECHO.match(reason):
        return t("reason_echo", lang, where=cites(found[1]))
    if found := _REASON_QUOTE.match(reason):
        return t("reason_quotation", lang, what=found[1], where=cites(found[2]))
    if found := _REASON_MISSING.match(reason):
        kind = t(_REASON_KINDS[found[1]], lang)
        return t("reason_missing", lang, kind=kind, what=found[2], where=cites(found[3]))
    if found := _REASON_CITES.match(reason):
        return t("reason_cites", lang, where=cites(found[1]))
    return reason


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
def duty_headers(lang: str = ZH, group_by: str | None = None) -> list[str]:
    keys = ("col_role", "col_level", "col_holder", "col_duty", "col_clause", "col_document", "col_section")
    return ([t(f"group_{group_by}", lang)] if group_by else []) + [t(k, lang) for k in keys]


def duties(kb, role: str | None = None, region: str | None = None, language: str | None = None) -> list[Duty]:
    return kb.duties(role=role or None, filters=make_filters(region=region, language=language) or None)


def duty_rows(items: Iterable[Duty], group_by: str | None = None, kb=None) -> list[list[str]]:
    """One row per duty; grouped by "place" (the document's region) or "role", the group first."""
    items = list(items)
    rows = [[d.role, d.level, d.holder, d.duty, d.text, d.title, d.section] for d in items]
    if not group_by:
        return rows
    from kb.roles import role_label

    regions = _regions(kb) if group_by == "place" else {}
    labels = [regions.get(d.doc_id, "") if regions else role_label(d.role, d.level) for d in items]
    return _grouped_rows(labels, rows)


def _regions(kb) -> dict[str, str]:
    return {i.doc_id: i.region for i in kb.documents()} if kb is not None else {}


def _grouped_rows(labels: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The group as the first column, each group's rows together (kb.schedule.grouped)."""
    from kb.schedule import grouped

    pairs = grouped(list(zip(labels, rows, strict=True)), lambda x: x[0])
    return [[group, *row] for group, (_, row) in pairs]


def export_duties_csv(
    kb, role: str | None, region: str | None, out_dir: Path | None = None, language: str | None = None
) -> Path:
    name = _export_name("duties", role, region, "csv")
    return _write(out_dir, name, export.duties_to_csv(duties(kb, role, region, language)))


def export_brief(
    kb, role: str | None, region: str | None, lang: str = ZH, out_dir: Path | None = None
) -> Path:
    """The trainer's brief for the chosen role and place as a Word file (`cdokb brief`)."""
    from kb.handout_export import brief_blocks, to_docx

    brief = kb.brief(role or "", [region] if region else [])
    path = _write(out_dir, _export_name("brief", role, region, "docx"), b"")
    to_docx(brief_blocks(brief, lang == ZH), path, lang == ZH)
    return path


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
def deadline_headers(lang: str = ZH, group_by: str | None = None) -> list[str]:
    keys = (
        "col_status", "col_due", "col_repeat", "col_who", "col_what", "col_anchor", "col_clause",
        "col_document", "col_section", "col_flag",
    )  # fmt: skip
    return ([t(f"group_{group_by}", lang)] if group_by else []) + [t(k, lang) for k in keys]


def deadlines(
    kb,
    region: str | None = None,
    role: str | None = None,
    today: str | None = None,
    language: str | None = None,
) -> list[tuple[str, str, Deadline]]:
    """(status, shown date, deadline) as the facade orders them: upcoming, past, undated."""
    filters = make_filters(region=region, language=language) or None
    return kb.deadline_schedule(filters=filters, role=role or None, today=today)


def deadline_rows(
    items: Iterable[tuple[str, str, Deadline]], lang: str = ZH, group_by: str | None = None, kb=None
) -> list[list[str]]:
    """One row per deadline, the repeat and the note in words (the RRULE stays in the exports)."""
    from kb.roles import who_label
    from kb.schedule import flag_in_words, when_in_words

    items = list(items)
    zh = lang == ZH
    rows = [
        [t(status, lang), shown, when_in_words(d, zh) if d.recurrence else "", d.who, d.what,
         d.relative_to or "", d.text, d.title, d.section, flag_in_words(d.flag, zh)]
        for status, shown, d in items
    ]  # fmt: skip
    if not group_by:
        return rows
    regions = _regions(kb) if group_by == "place" else {}
    labels = [regions.get(d.doc_id, "") if regions else who_label(d.who) for _, _, d in items]
    return _grouped_rows(labels, rows)


def export_deadlines(
    kb,
    region: str | None,
    role: str | None,
    fmt: str,
    out_dir: Path | None = None,
    language: str | None = None,
) -> Path:
    """The deadlines shown, as .ics (calendar) or .csv."""
    items = [d for _, _, d in deadlines(kb, region, role, language=language)]
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
