"""职责 Duties: who must do what, by role and region, as a table and a CSV download."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import handlers as h
from ui.i18n import ZH, lang_code, t
from ui.page.common import Labels, Page, download, merged, shown_errors, tab_label, table
from ui.page.deadlines import group_choices, group_radio


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
                self.language = labels.add(
                    gr.Dropdown(choices=choices["language"], value=None, label=t("doc_language")),
                    label="doc_language",
                )
                self.group = group_radio()
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
            with gr.Row():
                self.brief_button = labels.add(gr.Button(t("make_brief")), value="make_brief")
                self.brief = labels.add(
                    gr.DownloadButton(t("download_brief"), value=None, interactive=False),
                    label="download_brief",
                )
        self._wire()
        self._wire_brief()

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return [self.role, self.region, self.language]

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        return {
            self.role: gr.update(choices=roles),
            self.region: gr.update(choices=choices["region"]),
            self.language: gr.update(choices=choices["language"]),
        }

    def view(
        self,
        role: str | None,
        region: str | None,
        lang: str,
        language: str | None = None,
        group: str | None = None,
    ) -> dict[Any, Any]:
        kb = self.page.kb
        group = group or None
        with shown_errors(lang):
            found = h.duties(kb, role, region, language)
            csv = h.export_duties_csv(kb, role, region, self.page.exports, language)
        rows = h.duty_rows(found, group, kb)
        return {
            self.table: table(h.duty_headers(lang, group), rows),
            self.count: t("count", lang, n=len(rows)),
            self.csv: download(csv),
        }

    def _on_show(self, role, region, language, group, lang_choice) -> dict[Any, Any]:
        return self.view(role, region, lang_code(lang_choice), language, group)

    def on_lang(self, choice, role, region, language, group) -> dict[Any, Any]:
        lang = lang_code(choice)
        return merged(
            self.labels.updates(lang),
            {self.group: gr.update(choices=group_choices(lang), label=t("group_by", lang))},
            self.view(role, region, lang, language, group),
        )

    def on_load(self, request: gr.Request) -> dict[Any, Any]:
        return self.view(None, None, ZH)

    def _on_brief(self, role, region, lang_choice) -> Any:
        """The trainer's brief for the chosen role and place as Word (`cdokb brief`), to download."""
        lang = lang_code(lang_choice)
        with shown_errors(lang):
            path = h.export_brief(self.page.kb, role, region, lang, self.page.exports)
        return download(path)

    def _wire_brief(self) -> None:
        inputs = [self.role, self.region, self.page.lang]
        self.brief_button.click(self._on_brief, inputs, self.brief, api_visibility="private")

    def _wire(self) -> None:
        lang = self.page.lang
        shown = {self.table, self.count, self.csv}
        self.load_outputs = shown  # filled by web.py's one page-load event

        inputs = [self.role, self.region, self.language, self.group, lang]
        for trigger in (
            self.button.click,
            self.role.select,
            self.region.select,
            self.language.select,
            self.group.change,
        ):
            trigger(self._on_show, inputs, shown, api_visibility="private")
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.role, self.region, self.language, self.group]
        self.lang_outputs = {*self.labels.components, self.group, *shown}
