"""文库 Library: the stored documents, one document's outline and text, and (for admins) the
upload box and removal."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import handlers as h
from ui.auth import can_write
from ui.i18n import EN, ZH, lang_code, t
from ui.page.common import Labels, Page, merged, shown_errors, tab_label, table
from ui.page.errors import error_text


def _lang_class(lang: str) -> list[str]:
    """The upload box's class that picks its drop text (see common.lang_css)."""
    return ["cdokb-en"] if lang == EN else ["cdokb-zh"]


class LibraryTab:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.labels = labels = Labels()
        docs = h.filter_choices(page.kb)["doc"]
        with gr.Tab(tab_label("tab_library"), id="library", elem_id="cdokb-tab-library") as self.tab:
            self.table = gr.Dataframe(
                table(h.library_headers(), []),
                interactive=False,
                wrap=True,
                elem_id="cdokb-library",
                column_widths=["15%", "30%", "13%", "8%", "12%", "6%", "7%", "5%", "4%"],
                max_chars=90,
            )
            self.view_doc = labels.add(
                gr.Dropdown(choices=docs, value=None, label=t("view_doc"), elem_id="cdokb-view-doc"),
                label="view_doc",
            )
            with gr.Row():
                self.structure = gr.HTML(js_on_load=None, elem_id="cdokb-structure", max_height=560)
                self.doc_text = gr.HTML(js_on_load=None, elem_id="cdokb-doc-text", max_height=560)
            self.viewer_note = gr.Markdown(t("admin_only"), visible=False)
            with gr.Column(visible=True) as self.admin_box:
                self.files = labels.add(
                    gr.File(file_count="multiple", label=t("upload"), elem_id="cdokb-upload",
                            elem_classes=_lang_class(ZH)),
                    label="upload",
                )  # fmt: skip
                self.upload_btn = labels.add(
                    gr.Button(t("upload_button"), variant="primary"), value="upload_button"
                )
                self.upload_out = labels.add(
                    gr.Textbox(label=t("upload_result"), lines=3, interactive=False,
                               elem_id="cdokb-upload-result"),
                    label="upload_result",
                )  # fmt: skip
                with gr.Row():
                    self.remove_doc = labels.add(
                        gr.Dropdown(choices=docs, value=None, label=t("remove_doc")), label="remove_doc"
                    )
                    self.remove_btn = labels.add(
                        gr.Button(t("remove_button"), variant="stop"), value="remove_button"
                    )
                self.remove_out = gr.Markdown()
        self.writes = self._wire()

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return [self.view_doc, self.remove_doc]

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        return {c: gr.update(choices=choices["doc"]) for c in self.choice_components}

    def listing(self, lang: str) -> dict[Any, Any]:
        return {self.table: table(h.library_headers(lang), h.library_rows(self.page.kb))}

    # -- handlers ---------------------------------------------------------------------------------
    def on_load(self, request: gr.Request) -> dict[Any, Any]:
        admin = can_write(self.page.role_of(request))
        return {
            **self.listing(ZH),
            self.admin_box: gr.update(visible=admin),
            self.viewer_note: gr.update(visible=not admin),
        }

    def _on_view(self, doc_id, lang_choice) -> dict[Any, Any]:
        if not doc_id:
            return {self.structure: "", self.doc_text: ""}
        lang = lang_code(lang_choice)
        kb = self.page.kb
        with shown_errors(lang):
            return {
                self.structure: h.document_structure(kb, doc_id, lang),
                self.doc_text: h.source_view(kb, doc_id, "", lang),
            }

    def _on_upload(self, paths, lang_choice, request: gr.Request, progress=gr.Progress()) -> dict:  # noqa: B008
        lang = lang_code(lang_choice)
        with shown_errors(lang):
            results = h.upload(
                self.page.kb, paths, self.page.role_of(request), lambda f, m: progress(f, desc=m), lang
            )
        shown = [{**r, "error": error_text(r["error"], lang, with_name=False) if r.get("error") else ""}
                 for r in results]  # fmt: skip
        return {self.upload_out: h.upload_lines(shown, lang), **self.listing(lang), self.files: None}

    def _on_remove(self, doc_id, lang_choice, request: gr.Request) -> dict[Any, Any]:
        lang = lang_code(lang_choice)
        with shown_errors(lang):
            message = h.remove(self.page.kb, doc_id, self.page.role_of(request), lang)
        return {
            self.remove_out: message,
            **self.listing(lang),
            self.structure: "",
            self.doc_text: "",
            self.view_doc: gr.update(value=None),
            self.remove_doc: gr.update(value=None),
        }

    def on_lang(self, choice, doc_id) -> dict[Any, Any]:
        lang = lang_code(choice)
        viewed = self._on_view(doc_id, choice) if doc_id else {}
        return merged(
            self.labels.updates(lang),
            {self.files: gr.update(elem_classes=_lang_class(lang)), self.viewer_note: t("admin_only", lang)},
            self.listing(lang),
            viewed,
        )

    def _wire(self) -> list[Any]:
        lang = self.page.lang
        self.load_outputs = {self.table, self.admin_box, self.viewer_note}  # web.py's page-load event
        self.view_doc.change(
            self._on_view, [self.view_doc, lang], {self.structure, self.doc_text}, api_visibility="private"
        )
        writing = {"concurrency_limit": 1, "concurrency_id": "write", "api_visibility": "private"}
        uploaded = self.upload_btn.click(
            self._on_upload, [self.files, lang], {self.upload_out, self.table, self.files}, **writing
        )
        removed = self.remove_btn.click(
            self._on_remove,
            [self.remove_doc, lang],
            {self.remove_out, self.table, self.structure, self.doc_text, self.view_doc, self.remove_doc},
            **writing,
        )
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.view_doc]
        self.lang_outputs = {
            *self.labels.components,
            self.viewer_note,
            self.table,
            self.structure,
            self.doc_text,
        }
        return [uploaded, removed]
