"""对比 Compare: documents side by side along the dimensions, each cell the quoted clause, and the
matrix as Word, Markdown and CSV downloads."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import handlers as h
from ui.i18n import ZH, lang_code, t
from ui.page.common import Labels, Page, download, merged, shown_errors, tab_label


class CompareTab:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.labels = labels = Labels()
        choices = h.filter_choices(page.kb)
        with gr.Tab(tab_label("tab_compare"), id="compare", elem_id="cdokb-tab-compare") as self.tab:
            with gr.Row():
                self.docs = labels.add(
                    gr.Dropdown(choices=choices["doc"], value=[], multiselect=True, label=t("compare_docs"),
                                elem_id="cdokb-compare-docs"),
                    label="compare_docs",
                )  # fmt: skip
                self.regions = labels.add(
                    gr.Dropdown(choices=choices["region"], value=[], multiselect=True,
                                label=t("compare_regions"), elem_id="cdokb-compare-regions"),
                    label="compare_regions",
                )  # fmt: skip
            self.dimensions = gr.CheckboxGroup(
                choices=h.dimension_choices(ZH), value=[], label=t("compare_dimensions"),
                elem_id="cdokb-compare-dimensions",
            )  # fmt: skip
            self.button = labels.add(gr.Button(t("show_compare"), variant="primary"), value="show_compare")
            self.matrix = gr.HTML(elem_id="cdokb-compare-matrix")
            with gr.Row():
                self.docx = labels.add(
                    gr.DownloadButton(t("download_docx"), value=None), label="download_docx"
                )
                self.md = labels.add(gr.DownloadButton(t("download_md"), value=None), label="download_md")
                self.csv = labels.add(gr.DownloadButton(t("download_csv"), value=None), label="download_csv")
        self._wire()

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return [self.docs, self.regions]

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        return {
            self.docs: gr.update(choices=choices["doc"]),
            self.regions: gr.update(choices=choices["region"]),
        }

    def view(self, docs: list[str], regions: list[str], dimensions: list[str], lang: str) -> dict[Any, Any]:
        kb, exports = self.page.kb, self.page.exports
        with shown_errors(lang):
            matrix = h.compare(kb, docs, regions, dimensions)
            files = {fmt: h.export_compare(matrix, fmt, lang, exports) for fmt in ("docx", "md", "csv")}
        return {
            self.matrix: h.compare_html(matrix, lang),
            self.docx: download(files["docx"]),
            self.md: download(files["md"]),
            self.csv: download(files["csv"]),
        }

    def _on_show(self, docs, regions, dimensions, lang_choice) -> dict[Any, Any]:
        return self.view(docs, regions, dimensions, lang_code(lang_choice))

    def on_lang(self, choice, docs, regions, dimensions, shown: str | None) -> dict[Any, Any]:
        lang = lang_code(choice)
        relabelled = merged(
            self.labels.updates(lang),
            {
                self.dimensions: gr.update(
                    label=t("compare_dimensions", lang), choices=h.dimension_choices(lang)
                )
            },
        )
        if not shown:
            return relabelled  # nothing shown yet: the first comparison waits for the button
        try:
            return merged(relabelled, self.view(docs, regions, dimensions, lang))
        except gr.Error:
            return relabelled  # the pickers changed since (a removed document): relabel the rest

    def _wire(self) -> None:
        lang = self.page.lang
        shown = {self.matrix, self.docx, self.md, self.csv}
        self.button.click(
            self._on_show, [self.docs, self.regions, self.dimensions, lang], shown, api_visibility="private"
        )
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.docs, self.regions, self.dimensions, self.matrix]
        self.lang_outputs = {*self.labels.components, self.dimensions, *shown}
