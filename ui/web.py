"""The Gradio page: builds the widgets and wires them to `ui.handlers`; nothing else lives here.

Air-gapped by construction: system fonts only (no Google Fonts), analytics off, no share
link, no SSR/Node, no PWA or MCP, no run history. `/ask` is an API endpoint whose only required
input is the question, so `gradio_client.Client(url).predict(q, api_name="/ask")` works.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest.loaders import MAX_FILE_BYTES
from ingest.pipeline import ingest_paths
from kb.config import SHIPPED_CORPUS, Settings  # sets GRADIO_ANALYTICS_ENABLED=False first
from kb.errors import CdokbError, UsageError
from ui import handlers as h
from ui.auth import ADMIN, Users, auth_file_from_env, can_write, load_users
from ui.i18n import LANGUAGES, ZH, lang_code, t
from ui.progress import ProgressBar

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
import gradio as gr

ASSETS = Path(__file__).resolve().parent / "assets"
ASK_CONCURRENCY = 4  # 2-core machines: more parallel asks only queue inside the embedder
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SYSTEM_FONTS = [
    "system-ui",
    "PingFang SC",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]

# A click on a card sends its document and chunk to Python (gr.HTML's trigger()).
CARD_JS = """
const open = (e) => {
  const card = e.target.closest('.cdokb-card');
  if (card) trigger('click', {doc: card.dataset.doc, chunk: card.dataset.chunk});
};
element.addEventListener('click', open);
element.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(e); });
"""
# After the source view is re-rendered, bring the cited passage into view.
SCROLL_JS = """
watch('value', () => {
  const mark = element.querySelector('.cdokb-target');
  if (mark) mark.scrollIntoView({block: 'center'});
});
"""


@contextmanager
def _shown_errors() -> Iterator[None]:
    """A CdokbError is one line that names the fix: show it as it is."""
    try:
        yield
    except CdokbError as exc:
        raise gr.Error(str(exc)) from exc


class _Labels:
    """Every relabelled widget and which of its properties carry which i18n key."""

    def __init__(self) -> None:
        self.items: list[tuple[Any, dict[str, str]]] = []

    def add(self, component: Any, **props: str) -> Any:
        self.items.append((component, props))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _ in self.items]

    def updates(self, lang: str) -> list[Any]:
        return [gr.update(**{p: t(k, lang) for p, k in props.items()}) for _, props in self.items]


def _table(headers: list[str], rows: list[list]) -> dict:
    return {"headers": headers, "data": rows or [["" for _ in headers]]}


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def build_app(kb, data_dir: Path, users: Users | None = None) -> gr.Blocks:
    """The four tabs and the /ask API over one shared KnowledgeBase."""
    labels = _Labels()
    choices = h.filter_choices(kb)
    roles = h.role_choices(kb)

    def role_of(request: gr.Request | None) -> str:
        return ADMIN if users is None else users.role(getattr(request, "username", None))

    exports = Path(tempfile.mkdtemp(prefix="cdokb-exports-"))  # downloads; Gradio serves the temp dir
    # delete_cache: Gradio's copies of downloads and uploads are dropped after a day.
    with gr.Blocks(title=t("title"), analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        answer_state = gr.State(None)
        with gr.Row():
            header = gr.Markdown(f"## {t('title')}\n{t('subtitle')}", elem_id="cdokb-header")
            lang_radio = labels.add(
                gr.Radio(
                    list(LANGUAGES),
                    value="中文",
                    label=t("language"),
                    elem_id="cdokb-lang",
                    scale=0,
                    min_width=180,
                ),
                label="language",
            )
        with gr.Tabs():
            # -- 问答 Ask ----------------------------------------------------------------------
            with labels.add(gr.Tab(t("tab_ask"), id="ask", elem_id="cdokb-tab-ask"), label="tab_ask"):
                with gr.Row():
                    question = labels.add(
                        gr.Textbox(label=t("question"), placeholder=t("question_placeholder"), lines=2, scale=5,
                                   elem_id="cdokb-question"),
                        label="question", placeholder="question_placeholder",
                    )  # fmt: skip
                    ask_btn = labels.add(
                        gr.Button(t("ask"), variant="primary", scale=1, elem_id="cdokb-ask"), value="ask"
                    )
                examples = gr.Examples(h.EXAMPLES, inputs=[question], label=t("examples"))
                labels.add(examples.dataset, label="examples")
                with labels.add(
                    gr.Accordion(t("filters"), open=False, elem_id="cdokb-filters"), label="filters"
                ):
                    with gr.Row():
                        f_doc = labels.add(
                            gr.Dropdown(choices=choices["doc"], multiselect=True, label=t("filter_doc")),
                            label="filter_doc",
                        )
                        f_region = labels.add(
                            gr.Dropdown(
                                choices=choices["region"], multiselect=True, label=t("filter_region")
                            ),
                            label="filter_region",
                        )
                        f_level = labels.add(
                            gr.Dropdown(choices=choices["level"], multiselect=True, label=t("filter_level")),
                            label="filter_level",
                        )
                        f_language = labels.add(
                            gr.Dropdown(
                                choices=choices["language"], multiselect=True, label=t("filter_language")
                            ),
                            label="filter_language",
                        )
                        f_year = labels.add(
                            gr.Dropdown(choices=choices["year"], multiselect=True, label=t("filter_year")),
                            label="filter_year",
                        )
                    k = labels.add(gr.Slider(1, 10, value=5, step=1, label=t("k")), label="k")
                answer_html = gr.HTML(js_on_load=None, elem_id="cdokb-answer")
                cards = gr.HTML(js_on_load=CARD_JS, elem_id="cdokb-cards")
                source_title = gr.Markdown(f"### {t('source')}", visible=False)
                source = gr.HTML(js_on_load=SCROLL_JS, elem_id="cdokb-source", max_height=560)

            # -- 职责 Duties -------------------------------------------------------------------
            with labels.add(
                gr.Tab(t("tab_duties"), id="duties", elem_id="cdokb-tab-duties"), label="tab_duties"
            ):
                with gr.Row():
                    d_role = labels.add(
                        gr.Dropdown(choices=roles, value=None, allow_custom_value=True, label=t("role"),
                                    elem_id="cdokb-duty-role"),
                        label="role",
                    )  # fmt: skip
                    d_region = labels.add(
                        gr.Dropdown(choices=choices["region"], value=None, label=t("region")), label="region"
                    )
                    d_btn = labels.add(gr.Button(t("show_duties"), variant="primary"), value="show_duties")
                d_count = gr.Markdown()
                d_table = gr.Dataframe(
                    _table(h.duty_headers(), []),
                    interactive=False,
                    wrap=True,
                    elem_id="cdokb-duties",
                    column_widths=["10%", "6%", "12%", "22%", "30%", "10%", "10%"],
                    show_search="search",
                )
                d_csv = labels.add(gr.DownloadButton(t("download_csv"), value=None), label="download_csv")

            # -- 时间节点 Deadlines ------------------------------------------------------------
            with labels.add(
                gr.Tab(t("tab_deadlines"), id="deadlines", elem_id="cdokb-tab-deadlines"),
                label="tab_deadlines",
            ):
                with gr.Row():
                    dl_region = labels.add(
                        gr.Dropdown(choices=choices["region"], value=None, label=t("region")), label="region"
                    )
                    dl_role = labels.add(
                        gr.Dropdown(choices=roles, value=None, allow_custom_value=True, label=t("role")),
                        label="role",
                    )
                    dl_btn = labels.add(
                        gr.Button(t("show_deadlines"), variant="primary"), value="show_deadlines"
                    )
                dl_count = gr.Markdown()
                dl_table = gr.Dataframe(
                    _table(h.deadline_headers(), []),
                    interactive=False,
                    wrap=True,
                    elem_id="cdokb-deadlines",
                    column_widths=["7%", "9%", "9%", "10%", "15%", "7%", "25%", "8%", "6%", "4%"],
                    show_search="search",
                )
                with gr.Row():
                    dl_ics = labels.add(
                        gr.DownloadButton(t("download_ics"), value=None, elem_id="cdokb-ics"),
                        label="download_ics",
                    )
                    dl_csv = labels.add(
                        gr.DownloadButton(t("download_csv"), value=None, elem_id="cdokb-deadlines-csv"),
                        label="download_csv",
                    )

            # -- 文库 Library ------------------------------------------------------------------
            with labels.add(
                gr.Tab(t("tab_library"), id="library", elem_id="cdokb-tab-library"), label="tab_library"
            ):
                lib_table = gr.Dataframe(
                    _table(h.library_headers(), []),
                    interactive=False,
                    wrap=True,
                    elem_id="cdokb-library",
                    column_widths=["15%", "30%", "13%", "8%", "12%", "6%", "7%", "5%", "4%"],
                    max_chars=90,
                )
                view_doc = labels.add(
                    gr.Dropdown(
                        choices=choices["doc"], value=None, label=t("view_doc"), elem_id="cdokb-view-doc"
                    ),
                    label="view_doc",
                )
                with gr.Row():
                    structure = gr.HTML(js_on_load=None, elem_id="cdokb-structure", max_height=560)
                    doc_text = gr.HTML(js_on_load=None, elem_id="cdokb-doc-text", max_height=560)
                viewer_note = gr.Markdown(t("admin_only"), visible=False)
                with gr.Column(visible=True) as admin_box:
                    files = labels.add(
                        gr.File(file_count="multiple", label=t("upload"), elem_id="cdokb-upload"),
                        label="upload",
                    )
                    up_btn = labels.add(
                        gr.Button(t("upload_button"), variant="primary"), value="upload_button"
                    )
                    up_out = labels.add(
                        gr.Textbox(
                            label=t("upload_result"),
                            lines=3,
                            interactive=False,
                            elem_id="cdokb-upload-result",
                        ),
                        label="upload_result",
                    )
                    with gr.Row():
                        rm_doc = labels.add(
                            gr.Dropdown(choices=choices["doc"], value=None, label=t("remove_doc")),
                            label="remove_doc",
                        )
                        rm_btn = labels.add(
                            gr.Button(t("remove_button"), variant="stop"), value="remove_button"
                        )
                    rm_out = gr.Markdown()

        # -- handlers' glue ---------------------------------------------------------------------
        def duties_view(role: str | None, region: str | None, lang: str) -> list[Any]:
            with _shown_errors():
                found = h.duties(kb, role, region)
                csv = h.export_duties_csv(kb, role, region, exports)
            rows = h.duty_rows(found)
            return [_table(h.duty_headers(lang), rows), t("count", lang, n=len(rows)), _download(csv)]

        def deadlines_view(region: str | None, role: str | None, lang: str) -> list[Any]:
            with _shown_errors():
                found = h.deadlines(kb, region, role)
                ics = h.export_deadlines(kb, region, role, "ics", exports)
                csv = h.export_deadlines(kb, region, role, "csv", exports)
            rows = h.deadline_rows(found, lang)
            return [
                _table(h.deadline_headers(lang), rows),
                t("count", lang, n=len(rows)),
                _download(ics),
                _download(csv),
            ]

        def library_view(lang: str) -> dict:
            return _table(h.library_headers(lang), h.library_rows(kb))

        choice_outputs = [f_doc, f_region, f_level, f_language, f_year, d_role, d_region, dl_region, dl_role,
                          view_doc, rm_doc]  # fmt: skip

        def choice_updates(reset_docs: bool = False) -> list[Any]:
            c = h.filter_choices(kb)
            r = h.role_choices(kb)
            docs = {"choices": c["doc"], **({"value": None} if reset_docs else {})}
            return [
                gr.update(choices=c["doc"]), gr.update(choices=c["region"]), gr.update(choices=c["level"]),
                gr.update(choices=c["language"]), gr.update(choices=c["year"]), gr.update(choices=r),
                gr.update(choices=c["region"]), gr.update(choices=c["region"]), gr.update(choices=r),
                gr.update(**docs), gr.update(**docs),
            ]  # fmt: skip

        def on_load(request: gr.Request) -> list[Any]:
            admin = can_write(role_of(request))
            return [
                *duties_view(None, None, ZH), *deadlines_view(None, None, ZH), library_view(ZH),
                gr.update(visible=admin), gr.update(visible=not admin), *choice_updates(),
            ]  # fmt: skip

        demo.load(
            on_load,
            outputs=[d_table, d_count, d_csv, dl_table, dl_count, dl_ics, dl_csv, lib_table, admin_box, viewer_note,
                     *choice_outputs],
            api_visibility="private",
        )  # fmt: skip

        def on_ask(question_text, k_value, doc, region, level, language, year, lang_choice):
            lang = lang_code(lang_choice)
            with _shown_errors():
                answer = h.ask(kb, question_text, k_value, h.make_filters(doc, region, level, language, year))
            return (
                h.render_answer(answer, lang),
                h.render_cards(answer, lang),
                "",
                gr.update(visible=False),
                answer,
            )

        ask_event = {
            "fn": on_ask,
            "inputs": [question, k, f_doc, f_region, f_level, f_language, f_year, lang_radio],
            "outputs": [answer_html, cards, source, source_title, answer_state],
            "concurrency_limit": ASK_CONCURRENCY,
            "concurrency_id": "ask",
            "api_visibility": "private",
        }
        ask_btn.click(**ask_event)
        question.submit(**ask_event)

        def on_card(lang_choice: str, evt: gr.EventData):
            data = evt._data if isinstance(evt._data, dict) else {}
            if not data.get("doc"):
                return gr.update(), gr.update()
            with _shown_errors():
                view = h.source_view(kb, data["doc"], data.get("chunk") or "", lang_code(lang_choice))
            return view, gr.update(visible=True)

        cards.click(on_card, inputs=[lang_radio], outputs=[source, source_title], api_visibility="private")

        def on_duties(role, region, lang_choice):
            return duties_view(role, region, lang_code(lang_choice))

        d_btn.click(
            on_duties, [d_role, d_region, lang_radio], [d_table, d_count, d_csv], api_visibility="private"
        )
        for picker in (d_role, d_region):
            picker.select(
                on_duties, [d_role, d_region, lang_radio], [d_table, d_count, d_csv], api_visibility="private"
            )

        def on_deadlines(region, role, lang_choice):
            return deadlines_view(region, role, lang_code(lang_choice))

        dl_outputs = [dl_table, dl_count, dl_ics, dl_csv]
        for trigger in (dl_btn.click, dl_region.select, dl_role.select):
            trigger(on_deadlines, [dl_region, dl_role, lang_radio], dl_outputs, api_visibility="private")

        def on_view(doc_id, lang_choice):
            if not doc_id:
                return "", ""
            lang = lang_code(lang_choice)
            with _shown_errors():
                return h.document_structure(kb, doc_id, lang), h.source_view(kb, doc_id, "", lang)

        view_doc.change(on_view, [view_doc, lang_radio], [structure, doc_text], api_visibility="private")

        def on_upload(paths, lang_choice, request: gr.Request, progress=gr.Progress()):  # noqa: B008
            lang = lang_code(lang_choice)
            with _shown_errors():
                results = h.upload(
                    kb, paths, data_dir, role_of(request), lambda f, m: progress(f, desc=m), lang
                )
            return [h.upload_lines(results, lang), library_view(lang), None, *choice_updates()]

        up_btn.click(
            on_upload, [files, lang_radio], [up_out, lib_table, files, *choice_outputs],
            concurrency_limit=1, concurrency_id="write", api_visibility="private",
        )  # fmt: skip

        def on_remove(doc_id, lang_choice, request: gr.Request):
            lang = lang_code(lang_choice)
            with _shown_errors():
                message = h.remove(kb, doc_id, role_of(request), lang)
            return [message, library_view(lang), "", "", *choice_updates(reset_docs=True)]

        rm_btn.click(
            on_remove, [rm_doc, lang_radio], [rm_out, lib_table, structure, doc_text, *choice_outputs],
            concurrency_limit=1, concurrency_id="write", api_visibility="private",
        )  # fmt: skip

        def on_lang(choice, answer, role, region, dl_reg, dl_rol, doc_id):
            lang = lang_code(choice)
            keep = gr.update()
            shown = [h.render_answer(answer, lang), h.render_cards(answer, lang)] if answer else [keep, keep]
            header_text = f"## {t('title', lang)}\n{t('subtitle', lang)}"
            return [
                *labels.updates(lang),
                header_text,
                f"### {t('source', lang)}",
                t("admin_only", lang),
                *shown,
                *duties_view(role, region, lang),
                *deadlines_view(dl_reg, dl_rol, lang),
                library_view(lang),
                *(on_view(doc_id, choice) if doc_id else (keep, keep)),
            ]

        lang_radio.change(
            on_lang,
            [lang_radio, answer_state, d_role, d_region, dl_region, dl_role, view_doc],
            [*labels.components, header, source_title, viewer_note, answer_html, cards, d_table, d_count, d_csv,
             dl_table, dl_count, dl_ics, dl_csv, lib_table, structure, doc_text],
            api_visibility="private",
        )  # fmt: skip

        # -- the API: /ask takes the question (the rest is optional) and returns JSON ----------
        def ask(
            question: str,
            k: int = 5,
            doc: list[str] | None = None,
            region: list[str] | None = None,
            level: list[str] | None = None,
            language: list[str] | None = None,
            year: list[str] | None = None,
        ) -> dict:
            """Answer a question from the documents: the answer with [n] markers and, for each n, the
            citation (title, issuer, date, doc_number, section, page, quoted text)."""
            with _shown_errors():
                answer = h.ask(kb, question, k, h.make_filters(doc, region, level, language, year))
            return h.answer_dict(answer)

        gr.api(ask, api_name="ask", concurrency_limit=ASK_CONCURRENCY, concurrency_id="ask")
    return demo


def _download(path: Path | None) -> Any:
    return gr.update(value=str(path), interactive=True) if path else gr.update(value=None, interactive=False)


def ingest_corpus(kb, corpus: Path) -> None:
    """First start: fill the empty knowledge base from corpus/ through the ingest pipeline; only
    the progress bar and the summary lines on stderr are the page's own."""

    if not Path(corpus).exists():
        raise UsageError(
            f"{corpus}: no such corpus folder; pass an existing folder or run `cdokb ingest PATH` first"
        )
    print(f"cdokb: the knowledge base is empty; ingesting {corpus} first", file=sys.stderr, flush=True)
    with ProgressBar() as bar:
        report = ingest_paths(kb, [Path(corpus)], progress=bar.update)
    print(
        f"cdokb: added {report.added}, failed {len(report.failed)}; "
        f"{report.documents} documents, {report.chunks} chunks in {report.seconds} s",
        file=sys.stderr,
        flush=True,
    )
    for failure in report.failed:
        print(f"cdokb: failed: {failure['error']}", file=sys.stderr)


def serve(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth_file: Path | None = None,
    corpus: Path = SHIPPED_CORPUS,
) -> None:
    """Open (and on first start fill) the knowledge base, then serve the page until interrupted."""
    from kb.knowledge_base import KnowledgeBase

    auth_file = auth_file or auth_file_from_env()
    users = load_users(auth_file) if auth_file else None
    if users is None and host not in LOCAL_HOSTS:
        print(
            f"cdokb: warning: serving on {host} without login; anyone who reaches it may upload and remove "
            "documents (set CDOKB_AUTH=users.toml to require a login)",
            file=sys.stderr,
        )
    kb = KnowledgeBase(settings)
    if not kb.documents():
        ingest_corpus(kb, corpus)
    kb.warm_up()
    demo = build_app(kb, Path(settings.data_dir), users)
    demo.queue(default_concurrency_limit=ASK_CONCURRENCY, max_size=512)
    kb.serving(f"http://{host}:{port}")
    try:
        demo.launch(
            server_name=host,
            server_port=port,
            auth=users.check if users else None,
            auth_message=t("title") if users else None,
            theme=theme(),
            css_paths=[ASSETS / "web.css"],
            share=False,
            inbrowser=False,
            show_error=True,
            footer_links=["api"],
            run_history=False,
            enable_monitoring=False,
            ssr_mode=False,
            pwa=False,
            mcp_server=False,
            max_file_size=MAX_FILE_BYTES,  # the readers' limit: a bigger upload is refused at the door
        )
    except OSError as exc:
        raise UsageError(
            f"cannot serve on {host}:{port}: the port is taken or the address is not this machine's; "
            "pick another with --port or --host"
        ) from exc
    finally:
        kb.close()
