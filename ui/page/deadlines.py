"""时间节点 Deadlines: what is due when, by region, role and document language, grouped by place or
role if asked, upcoming first, as a table, a calendar (.ics) and a CSV download."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui import handlers as h
from ui.i18n import ZH, lang_code, t
from ui.page.common import Labels, Page, download, merged, shown_errors, tab_label, table


def group_choices(lang: str = ZH) -> list[tuple[str, str]]:
    """Group rows by nothing, by place (the document's region) or by role."""
    return [(t("group_none", lang), ""), (t("group_place", lang), "place"), (t("group_role", lang), "role")]


def group_radio() -> gr.Radio:
    return gr.Radio(choices=group_choices(), value="", label=t("group_by"))


class DeadlinesTab:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.labels = labels = Labels()
        choices = h.filter_choices(page.kb)
        with gr.Tab(tab_label("tab_deadlines"), id="deadlines", elem_id="cdokb-tab-deadlines") as self.tab:
            with gr.Row():
                self.region = labels.add(
                    gr.Dropdown(choices=choices["region"], value=None, label=t("region")), label="region"
                )
                self.role = labels.add(
                    gr.Dropdown(choices=h.role_choices(page.kb), value=None, allow_custom_value=True,
                                label=t("role")),
                    label="role",
                )  # fmt: skip
                self.language = labels.add(
                    gr.Dropdown(choices=choices["language"], value=None, label=t("doc_language")),
                    label="doc_language",
                )
                self.group = group_radio()
                self.button = labels.add(
                    gr.Button(t("show_deadlines"), variant="primary"), value="show_deadlines"
                )
            self.count = gr.Markdown()
            self.table = gr.Dataframe(
                table(h.deadline_headers(), []),
                interactive=False,
                wrap=True,
                elem_id="cdokb-deadlines",
                column_widths=["7%", "9%", "8%", "9%", "14%", "8%", "23%", "8%", "8%", "6%"],
                show_search="search",
            )
            with gr.Row():
                self.ics = labels.add(
                    gr.DownloadButton(t("download_ics"), value=None, elem_id="cdokb-ics"),
                    label="download_ics",
                )
                self.csv = labels.add(
                    gr.DownloadButton(t("download_csv"), value=None, elem_id="cdokb-deadlines-csv"),
                    label="download_csv",
                )
        self._wire()

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return [self.region, self.role, self.language]

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        return {
            self.region: gr.update(choices=choices["region"]),
            self.role: gr.update(choices=roles),
            self.language: gr.update(choices=choices["language"]),
        }

    def view(
        self,
        region: str | None,
        role: str | None,
        lang: str,
        language: str | None = None,
        group: str | None = None,
    ) -> dict[Any, Any]:
        kb, exports = self.page.kb, self.page.exports
        group = group or None
        with shown_errors(lang):
            found = h.deadlines(kb, region, role, language=language)
            ics = h.export_deadlines(kb, region, role, "ics", exports, language=language)
            csv = h.export_deadlines(kb, region, role, "csv", exports, language=language)
        rows = h.deadline_rows(found, lang, group, kb)
        return {
            self.table: table(h.deadline_headers(lang, group), rows),
            self.count: t("count", lang, n=len(rows)),
            self.ics: download(ics),
            self.csv: download(csv),
        }

    def _on_show(self, region, role, language, group, lang_choice) -> dict[Any, Any]:
        return self.view(region, role, lang_code(lang_choice), language, group)

    def on_lang(self, choice, region, role, language, group) -> dict[Any, Any]:
        lang = lang_code(choice)
        return merged(
            self.labels.updates(lang),
            {self.group: gr.update(choices=group_choices(lang), label=t("group_by", lang))},
            self.view(region, role, lang, language, group),
        )

    def on_load(self, request: gr.Request) -> dict[Any, Any]:
        return self.view(None, None, ZH)

    def _wire(self) -> None:
        lang = self.page.lang
        shown = {self.table, self.count, self.ics, self.csv}
        self.load_outputs = shown  # filled by web.py's one page-load event

        inputs = [self.region, self.role, self.language, self.group, lang]
        for trigger in (
            self.button.click,
            self.region.select,
            self.role.select,
            self.language.select,
            self.group.change,
        ):
            trigger(self._on_show, inputs, shown, api_visibility="private")
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.region, self.role, self.language, self.group]
        self.lang_outputs = {*self.labels.components, self.group, *shown}
