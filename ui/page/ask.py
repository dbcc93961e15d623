"""问答 Ask: the question box, example chips that ask, filters, the answer with its citation
cards, and the source a card opens. Also the public `/ask` API (extractive only).

With an LLM configured (Settings.llm_url) the answer streams: the cards first, then the model's
text as it writes, then its checked text; a checkbox switches back to the extractive answer.
Without one the tab is the extractive page and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from kb.errors import CdokbError
from ui import handlers as h
from ui.i18n import lang_code, t
from ui.page.common import ASK_CONCURRENCY, USER_MISTAKES, Labels, Page, shown_errors, tab_label
from ui.page.errors import strip_paths

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


def _event_value(evt: gr.EventData, name: str) -> str:
    """One field of the data a gr.HTML trigger() sent; "" when it sent none."""
    try:
        value = getattr(evt, name)
    except (AttributeError, TypeError):
        return ""
    return value if isinstance(value, str) else ""


def _sample_text(sample: Any) -> str:
    """An example chip's question; "" for anything else a client sends."""
    text = sample[0] if isinstance(sample, list | tuple) and sample else ""
    return text if isinstance(text, str) else ""


class AskTab:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.labels = labels = Labels()
        choices = h.filter_choices(page.kb)
        self.llm = bool(page.kb.settings.llm_url)
        with gr.Tab(tab_label("tab_ask"), id="ask", elem_id="cdokb-tab-ask") as self.tab:
            with gr.Row():
                self.question = labels.add(
                    gr.Textbox(label=t("question"), placeholder=t("question_placeholder"), lines=2, scale=5,
                               elem_id="cdokb-question"),
                    label="question", placeholder="question_placeholder",
                )  # fmt: skip
                self.ask_btn = labels.add(
                    gr.Button(t("ask"), variant="primary", scale=1, elem_id="cdokb-ask"), value="ask"
                )
            self.examples = labels.add(
                gr.Dataset(
                    components=[self.question],
                    samples=[[q] for q in h.EXAMPLES],
                    label=t("examples"),
                    elem_id="cdokb-examples",
                ),
                label="examples",
            )
            with labels.add(gr.Accordion(t("filters"), open=False, elem_id="cdokb-filters"), label="filters"):
                with gr.Row():
                    self.f_doc = self._filter(choices["doc"], "filter_doc")
                    self.f_region = self._filter(choices["region"], "filter_region")
                    self.f_level = self._filter(choices["level"], "filter_level")
                    self.f_language = self._filter(choices["language"], "filter_language")
                    self.f_year = self._filter(choices["year"], "filter_year")
                self.k = labels.add(gr.Slider(1, 10, value=5, step=1, label=t("k")), label="k")
            if self.llm:
                self.show_extractive = labels.add(
                    gr.Checkbox(False, label=t("show_extractive"), elem_id="cdokb-show-extractive"),
                    label="show_extractive",
                )
            self.answer_html = gr.HTML(js_on_load=None, elem_id="cdokb-answer")
            self.cards = gr.HTML(js_on_load=CARD_JS, elem_id="cdokb-cards")
            self.source_title = gr.Markdown(f"### {t('source')}", visible=False)
            self.source = gr.HTML(js_on_load=SCROLL_JS, elem_id="cdokb-source", max_height=560)
            self.answer_state = gr.State(None)  # inside the tab: see add_api
            if self.llm:
                self.llm_state = gr.State(None)  # the LlmResult over answer_state's answer
        self._wire()

    def _filter(self, choices: list, key: str) -> gr.Dropdown:
        return self.labels.add(gr.Dropdown(choices=choices, multiselect=True, label=t(key)), label=key)

    @property
    def filters(self) -> list[gr.Dropdown]:
        return [self.f_doc, self.f_region, self.f_level, self.f_language, self.f_year]

    @property
    def choice_components(self) -> list[gr.Dropdown]:
        return self.filters

    def choice_updates(self, choices: dict[str, list], roles: list[str]) -> dict[Any, Any]:
        keys = ("doc", "region", "level", "language", "year")
        return {c: gr.update(choices=choices[key]) for c, key in zip(self.filters, keys, strict=True)}

    # -- handlers ---------------------------------------------------------------------------------
    def _answer(self, question_text, k_value, doc, region, level, language, year, lang_choice) -> dict:
        lang = lang_code(lang_choice)
        shown = {self.source: "", self.source_title: gr.update(visible=False)}
        if not (question_text or "").strip():  # a user's slip, not an error: say what to do
            return {**shown, self.answer_html: h.render_notice(t("empty_question", lang)), self.cards: "",
                    self.answer_state: None}  # fmt: skip
        filters = h.make_filters(doc, region, level, language, year)
        with shown_errors(lang):
            answer = h.ask(self.page.kb, question_text, k_value, filters)
        return {
            **shown,
            self.answer_html: h.render_answer(answer, lang),
            self.cards: h.render_cards(answer, lang),
            self.answer_state: answer,
        }

    def _on_example(self, sample, k_value, doc, region, level, language, year, lang_choice) -> dict:
        question_text = _sample_text(sample)
        answered = self._answer(question_text, k_value, doc, region, level, language, year, lang_choice)
        return {self.question: question_text, **answered}

    def _answer_llm(
        self, question_text, k_value, doc, region, level, language, year, lang_choice, extractive_shown
    ) -> Iterator[dict]:
        """The extractive answer's cards at once, then the model's text as it comes, then the
        checked text (or the extractive answer and why); the checkbox picks what the box shows."""
        lang = lang_code(lang_choice)
        first = self._answer(question_text, k_value, doc, region, level, language, year, lang_choice)
        answer = first[self.answer_state]
        if answer is None:  # nothing asked
            yield {**first, self.llm_state: None}
            return
        model = h.llm_model(self.page.kb)
        writing = not extractive_shown and not answer.no_answer  # no_answer: the model is not asked
        if writing:
            first[self.answer_html] = h.render_llm_stream("", model, lang)
        yield {**first, self.llm_state: None}
        for step in h.rephrase_stream(self.page.kb, answer):
            if isinstance(step, str):
                if writing:
                    yield {self.answer_html: h.render_llm_stream(step, model, lang)}
                continue
            yield {self.answer_html: self._shown(answer, step, extractive_shown, lang), self.llm_state: step}

    def _on_example_llm(self, sample, *inputs) -> Iterator[dict]:
        question_text = _sample_text(sample)
        for i, update in enumerate(self._answer_llm(question_text, *inputs)):
            yield {self.question: question_text, **update} if i == 0 else update

    def _on_toggle(self, extractive_shown, answer, result, lang_choice) -> dict:
        """Switch between the two answers kept in the State; nothing is asked again."""
        if answer is None:
            return {}
        return {self.answer_html: self._shown(answer, result, extractive_shown, lang_code(lang_choice))}

    @staticmethod
    def _shown(answer, result, extractive_shown: bool, lang: str) -> str:
        if extractive_shown or result is None:
            return h.render_answer(answer, lang)
        return h.render_llm_answer(answer, result, lang)

    def _on_card(self, lang_choice: str, evt: gr.EventData) -> dict:
        doc = _event_value(evt, "doc")
        if not doc:
            return {}
        lang = lang_code(lang_choice)
        with shown_errors(lang):
            view = h.source_view(self.page.kb, doc, _event_value(evt, "chunk"), lang)
        return {self.source: view, self.source_title: gr.update(visible=True)}

    def on_lang(self, choice, answer, result=None, extractive_shown=True) -> dict:
        lang = lang_code(choice)
        shown = {}
        if answer:
            shown = {
                self.answer_html: self._shown(answer, result, extractive_shown, lang),
                self.cards: h.render_cards(answer, lang),
            }
        return {**self.labels.updates(lang), self.source_title: f"### {t('source', lang)}", **shown}

    def _wire(self) -> None:
        lang = self.page.lang
        inputs = [self.k, *self.filters, lang]
        outputs = {self.answer_html, self.cards, self.source, self.source_title, self.answer_state}
        asking = {"concurrency_limit": ASK_CONCURRENCY, "concurrency_id": "ask", "api_visibility": "private"}
        if self.llm:
            self._wire_llm(inputs, outputs, asking)
        else:
            for trigger in (self.ask_btn.click, self.question.submit):
                trigger(self._answer, [self.question, *inputs], outputs, **asking)
            self.examples.click(
                self._on_example, [self.examples, *inputs], outputs | {self.question}, **asking
            )
        self.cards.click(self._on_card, [lang], {self.source, self.source_title}, api_visibility="private")
        # The language switch: web.py calls on_lang(choice, *lang_inputs) in the page's one
        # relabelling event.
        self.lang_inputs = [self.answer_state]
        if self.llm:
            self.lang_inputs += [self.llm_state, self.show_extractive]
        self.lang_outputs = {*self.labels.components, self.source_title, self.answer_html, self.cards}

    def _wire_llm(self, inputs: list, outputs: set, asking: dict) -> None:
        """One answer streams at a time, or an older model's text would land under a newer
        question's cards: the button and Enter are one event (ignored while it runs, as Gradio
        does for a pending event), and it and an example chip each stop the other's stream."""
        inputs, outputs = [*inputs, self.show_extractive], outputs | {self.llm_state}
        typed = [self.ask_btn.click, self.question.submit]
        asked = gr.on(typed, self._answer_llm, [self.question, *inputs], outputs, **asking)
        example = self.examples.click(
            self._on_example_llm,
            [self.examples, *inputs],
            outputs | {self.question},
            cancels=[asked],
            **asking,
        )
        gr.on(typed, None, cancels=[example], api_visibility="private")
        toggle_inputs = [self.show_extractive, self.answer_state, self.llm_state, self.page.lang]
        self.show_extractive.input(
            self._on_toggle, toggle_inputs, {self.answer_html}, api_visibility="private"
        )

    def add_api(self) -> None:
        """The public `/ask` endpoint. web.py calls it outside the tabs: a component between two
        tabs (gr.api makes one) makes Gradio list the later tabs twice."""
        kb = self.page.kb

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
            try:
                answer = h.ask(kb, question, k, h.make_filters(doc, region, level, language, year))
            except CdokbError as exc:  # the API speaks English, without the server's paths
                shown = strip_paths(str(exc))
                raise gr.Error(shown, print_exception=not isinstance(exc, USER_MISTAKES)) from exc
            return h.answer_dict(answer)

        gr.api(ask, api_name="ask", concurrency_limit=ASK_CONCURRENCY, concurrency_id="ask")
