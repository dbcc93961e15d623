"""What the tabs share: the theme, the language switch, relabelling, tables and downloads, and
the one place the page shows an error (`shown_errors`)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.errors import CdokbError, FileError, UnknownDocumentError, UsageError
from ui.i18n import EN, LANGUAGES, ZH, t
from ui.page.errors import error_text

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
import gradio as gr

ASSETS = Path(__file__).resolve().parent.parent / "assets"
ASK_CONCURRENCY = 4  # 2-core machines: more parallel asks only queue inside the embedder
SYSTEM_FONTS = [
    "system-ui",
    "PingFang SC",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
# Mistakes a user makes and fixes; the server log gets no traceback for them.
USER_MISTAKES = (UsageError, FileError, UnknownDocumentError)


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def lang_css() -> str:
    """Styles that carry words: the upload box's drop text, which Gradio words in the browser's
    language, is drawn in the page's language instead (the box has class cdokb-en in English)."""
    box = '#cdokb-upload [data-testid="upload-text"]'
    return (
        f"{box} {{ visibility: hidden; position: relative; }}\n"
        f"{box}::after {{ visibility: visible; position: absolute; inset: 0; display: flex; "
        f"align-items: center; justify-content: center; text-align: center; "
        f"content: {json.dumps(t('drop_files', ZH), ensure_ascii=False)}; }}\n"
        f'#cdokb-upload.cdokb-en [data-testid="upload-text"]::after {{ content: {json.dumps(t("drop_files", EN), ensure_ascii=False)}; }}\n'
    )


@dataclass
class Page:
    """What every tab is built with: the knowledge base, who is asking, where downloads go, the
    language switch and the page itself (for its load event)."""

    kb: Any
    role_of: Callable[[gr.Request | None], str]
    exports: Path
    lang: gr.Radio
    demo: gr.Blocks


class Labels:
    """A tab's relabelled widgets and which of their properties carry which i18n key."""

    def __init__(self) -> None:
        self.items: list[tuple[Any, dict[str, str]]] = []

    def add(self, component: Any, **props: str) -> Any:
        self.items.append((component, props))
        return component

    @property
    def components(self) -> list[Any]:
        return [c for c, _ in self.items]

    def updates(self, lang: str) -> dict[Any, Any]:
        return {c: gr.update(**{p: t(k, lang) for p, k in props.items()}) for c, props in self.items}


def language_switch() -> tuple[gr.Markdown, gr.Radio]:
    """The page's title and the 中文 / English switch (web.py wires what the switch relabels)."""
    with gr.Row():
        header = gr.Markdown(f"## {t('title')}\n{t('subtitle')}", elem_id="cdokb-header")
        lang = gr.Radio(
            list(LANGUAGES), value="中文", label=t("language"), elem_id="cdokb-lang", scale=0, min_width=180
        )
    return header, lang


@contextmanager
def shown_errors(lang: str = ZH) -> Iterator[None]:
    """The one place the page shows an error: a CdokbError becomes a toast in the page's
    language without server paths; a user's own mistake leaves no traceback in the log."""
    try:
        yield
    except CdokbError as exc:
        raise gr.Error(
            error_text(str(exc), lang),
            title=t("error", lang),
            print_exception=not isinstance(exc, USER_MISTAKES),
        ) from exc


def tab_label(key: str) -> str:
    """A tab's label in both languages ("问答 Ask"): tab labels are never relabelled."""
    return f"{t(key, ZH)} {t(key, EN)}"


def merged(*updates: dict[Any, Any]) -> dict[Any, Any]:
    """Named updates put together; two gr.update()s for one component become one (a relabel and
    a new value for the same download button both apply)."""
    out: dict[Any, Any] = {}
    for part in updates:
        for component, update in part.items():
            before = out.get(component)
            both = (
                isinstance(before, dict) and isinstance(update, dict) and before.get("__type__") == "update"
            )
            out[component] = {**before, **update} if both and update.get("__type__") == "update" else update
    return out


def table(headers: list[str], rows: list[list]) -> dict:
    return {"headers": headers, "data": rows or [["" for _ in headers]]}


def download(path: Path | None) -> Any:
    return gr.update(value=str(path), interactive=True) if path else gr.update(value=None, interactive=False)
