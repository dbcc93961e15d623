"""职责 Duties: who must do what, by role and region, as a table and a CSV download."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import handlers as h
from ui.i18n import ZH, lang_code, t
from ui.page.common import Labels, Page, download, merged, shown_errors, tab_label, table


class DutiesTab:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.labels = labels = Labels()
        choices = h.filter_choices(page.kb)
        with gr.Tab(tab_label("tab_duties"), id="duties", elem_id="cdokb-tab-duties") as self.tab:
            with gr.Row():
                self.role = labels.add(
                    gr.Dropdown(choices=h.role_choices(page.kb), value=None, allow_custom_value=True,
                                label=t("role"), elem_id="cdokb-duty-role"),
                    label="role",
                )  # fmt: skip
                self.region = labels.add(
                    gr.Dropdown(choices=choices["region"], value=None, label=t("region")), label="region"
                )
                self.button = labels.add(gr.Button(t("show_duties"), variant="primary"), value="show_duties")
            self.count = gr.Markdown()
            self.table = gr.Dataframe(
                table(h.duty_headers(), []),
                interactive=False,
                wrap=True,
                elem_id="cdokb-duties",
                column_widths=["10%", "6%", "12%", "22%", "30%", "10%", "10%"],
                show_search="search",
            )
            self.csv = labels.add(gr.DownloadButton(t("download_csv"), value=None), label="download_csv")
        self._wire()

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return [self.role, self.region]

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        return {self.role: gr.update(choices=roles), self.region: gr.update(choices=choices["region"])}

    def view(self, role: str | None, region: str | None, lang: str) -> dict[Any, Any]:
        kb = self.page.kb
        with shown_errors(lang):
            found = h.duties(kb, role, region)
            csv = h.export_duties_csv(kb, role, region, self.page.exports)
        rows = h.duty_rows(found)
        return {
            self.table: table(h.duty_headers(lang), rows),
            self.count: t("count", lang, n=len(rows)),
            self.csv: download(csv),
        }

    def _on_show(self, role, region, lang_choice) -> dict[Any, Any]:
        return self.view(role, region, lang_code(lang_choice))

    def on_lang(self, choice, role, region) -> dict[Any, Any]:
        lang = lang_code(choice)
        return merged(self.labels.updates(lang), self.view(role, region, lang))

    def on_load(self, request: gr.Request) -> dict[Any, Any]:
        return self.view(None, None, ZH)

    def _wire(self) -> None:
        lang = self.page.lang
        shown = {self.table, self.count, self.csv}
        self.load_outputs = shown  # filled by web.py's one page-load event

        for trigger in (self.button.click, self.role.select, self.region.select):
            trigger(self._on_show, [self.role, self.region, lang], shown, api_visibility="private")
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.role, self.region]
        self.lang_outputs = {*self.labels.components, *shown}
